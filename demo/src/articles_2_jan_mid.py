"""Articles, 16-23 January 2026: crossings close, drills begin, the tank question."""

import re

from mk import art

_UNMARK = re.compile(r"\{\{[A-Za-z0-9_]+\|([^{}]*)\}\}")


def unmark(text: str) -> str:
    return _UNMARK.sub(r"\1", text)


# The wire story of 19 January, reprinted verbatim by two outlets.
W3_TITLE = "Karesian-led Iron Meridian drills begin in Norvaland"
W3_DEK = "Thousands of Karesian troops start three weeks of exercises at the Lisma range as three border crossings stay shut."
W3_BODY = r'''
VELSK, Norvaland, Jan 19 (Meridian Wire) - Thousands of Karesian soldiers began three weeks of joint exercises with Norvaland's army on Monday, opening the Iron Meridian drills with a flag ceremony at the snow-covered Lisma training range as civilian traffic at three border crossings remained suspended.

Lieutenant General Stanislav Korda, the commander of the Karesian contingent, and Norvaland's defence minister, Ilse Brandvik, reviewed a line of soldiers from both armies before a brief parade of trucks and air defence vehicles. Neither the Karesian nor the Norvaland side allowed reporters near the eastern part of the range, where most of the Karesian vehicles are parked.

"We came here to learn," Korda told reporters after the ceremony, "and to teach, if our hosts want it. Our soldiers are guests in this country and will behave as guests."

Brandvik said the exercise would test how the two armies could defend "the airspace and the roads of Norvaland" together in a crisis. Asked about criticism from opposition lawmakers, she said the government had "nothing to hide" and that the drills would end as scheduled on February 8.

{{P2e|Norvaland's defence ministry has still not published the detailed troop figures that Brandvik promised lawmakers would be released by last Friday.}} A ministry spokesman said on Monday that the numbers were "being verified with the Karesian side" and would be released "shortly".

Karesia says about 4,500 of its soldiers are taking part. Independent analysts and the opposition Civic Alliance have put the figure at two to three times higher, citing the number of military trains that have arrived in Velsk since January 12.

The crossings at Velsk, Tarn and Mirna have been closed to civilian traffic since Friday morning. Queues of lorries at the Osterby crossing, the nearest one still open, stretched for more than 5 km on Sunday, and drivers reported waiting up to six hours, according to the State Border Guard.

Interior Minister Oskar Tammik has said the closed crossings will reopen on January 26. Several hundred residents of two villages next to the range were moved to hotels and a school dormitory in Velsk over the weekend, ahead of live firing that is due to start next week.

In Velsk itself, the mood was subdued. Most shops on the market square were open, but several owners said business had fallen sharply since the crossing closed. "Half of my customers come from the other side of the border," said Ingrid Mets, who runs a cafe on the square. "This week, they cannot."
'''

ARTICLES = [

art("N2", "northgate-herald", "2026-01-16", "norvaland-shuts-three-border-crossings",
    "Norvaland shuts three border crossings as Karesian convoys roll in",
    "The government promises the closures will last ten days. Troop figures promised for today have not appeared.",
    "Jonas Pike", "Europe",
    ("/images/2026/01/mirna-crossing-barrier.jpg", "A lowered barrier at the Mirna border crossing",
     "Border guards at the Mirna crossing shortly after it closed on Friday morning.", "Northgate Herald"),
    r'''
Norvaland closed three of its five border crossings with Karesia to civilian traffic on Friday morning, as long columns of Karesian military vehicles moved from the railhead at Velsk towards the Lisma training range ahead of the Iron Meridian drills.

Barriers came down at 8 a.m. at the Velsk, Tarn and Mirna crossings, which together handle most of the passenger traffic between the two countries. The crossings at Kobel and Osterby, in the north, remain open, and the State Border Guard advised travellers to expect long delays there.

Oskar Tammik, the interior minister, insisted that the closures would last "ten days, not a day longer". He told the Northgate Herald by telephone that the government had chosen the shortest period compatible with safety. "Military convoys and school buses should not share a narrow road in the dark," he said. "That is the whole reason, and there is no other."

The government had a second deadline to meet on Friday, and appeared to miss it. On Monday, the defence minister, Ilse Brandvik, told parliament's defence committee that her ministry would publish full figures for the Karesian contingent by the end of the week. Late on Thursday, a ministry spokesman said the figures would instead be released "in the coming days" after further checks with Karesian planners.

Runa Aavik, the opposition MP who first claimed that at least 12,000 Karesian troops were involved, called the delay "predictable". "It takes five minutes to count to 4,500," she said. "If it takes longer, the number is bigger."

## A diplomatic balancing act

Tomas Reinholt, Norvaland's foreign minister, said he had spoken to his Karesian counterpart, Yelena Marovska, on Thursday evening and asked for "full transparency" about the equipment crossing the border. He did not say what answer he had received. Reinholt, a career diplomat who served as ambassador in Dravsk, is regarded as the government's most careful voice on Karesia.

Analysts said the closures would inevitably fuel speculation. "When you close the roads that people use to see what is going on, you should not be surprised that they start guessing," said Maeve Halloran, head of the defence programme at the Nordic Policy Forum. She added that she did not believe the government was hiding anything deliberately, "but it is letting Dravsk set the pace of disclosure".

The economic cost for the border region may be considerable. According to the Velsk chamber of commerce, about 1,400 people cross at Velsk on an average working day, and shops on both sides depend on cross-border customers. The mayor of Velsk, Henrik Saar, has asked the government for compensation for local businesses.

Westmark, Norvaland's most important Western partner, was cautious. Asked about the drills, a spokesperson at the Marble House said only that Westmark "respects the sovereign decisions of Norvaland" and expected "all exercises in the region to be transparent and predictable".

The drills are scheduled to begin on Monday and to end on February 8.
'''),

art("R2", "pogran-obozrevatel", "2026-01-16", "velsk-zakryli-granicu",
    "Шлагбаум опустился в восемь утра: Норваланд закрыл три пункта пропуска",
    "Вельск, Тарн и Мирна закрыты для гражданских до 26 января. Очереди в Остербю растут с каждым часом.",
    "Ольга Ветрова", "Граница",
    ("/photo/2026/01/velsk-shlagbaum.jpg", "Закрытый пункт пропуска Вельск",
     "Пункт пропуска Вельск утром в пятницу.", "Пограничный обозреватель"),
    r'''
В пятницу ровно в восемь утра пограничники опустили шлагбаумы на пунктах пропуска Вельск, Тарн и Мирна. До конца дня через них проходили только военные колонны, которые двигались от железнодорожной станции в Вельске в сторону полигона Лисма.

Пункты пропуска Кобель и Остербю на севере продолжают работать. Уже к обеду очередь грузовиков перед Остербю растянулась на три километра. Водитель лесовоза Арне Хольт, который второй раз за неделю везёт доски из Вельска в Карезию, рассказал, что объезд через север добавляет к каждому рейсу почти сто километров.

— Мне никто не объяснил, почему нельзя было закрыть границу ночью, а днём пускать людей. Мы же не танки, — сказал он корреспонденту «Обозревателя».

Министр внутренних дел Норваланда Оскар Таммик, приезжавший в Вельск во вторник, повторил в пятницу в эфире общественного радио, что ограничения временные. «Пункты пропуска откроются 26 января, как мы и обещали», — заявил министр. По его словам, закрытие связано исключительно с движением военной техники по узким дорогам приграничья.

В самом Вельске, где границу в обычный будний день пересекают около 1 400 человек, закрытие почувствовали сразу. На рыночной площади непривычно тихо. Владелица кафе Ингрид Метс говорит, что половина её утренних посетителей — жители карезийского Орска, которые приезжали за покупками и на работу.

— Десять дней мы переживём. Но если это затянется, многие закроются, — сказала она.

Мэр Вельска Хенрик Саар попросил правительство о компенсациях для местного бизнеса. В министерстве финансов пообещали «рассмотреть обращение», однако никаких сумм пока не назвали.

Жителей деревень Куру и Лисма, ближайших к полигону, предупредили, что в выходные им, возможно, придётся временно переехать в Вельск. Для них подготовлены номера в гостиницах и общежитие местной школы. Фермер из Куру Павел Руск заявил, что уезжать не собирается: коров, по его словам, никто не эвакуирует.

В министерстве обороны Норваланда в пятницу так и не опубликовали обещанные данные о численности карезийского контингента. Ещё в понедельник министр Ильзе Брандвик пообещала депутатам, что цифры появятся к концу недели. В пятницу в ведомстве ограничились сообщением о том, что данные «уточняются».

В пограничной службе признают, что на северных пунктах пропуска не хватает людей: часть пограничников перебросили к закрытым переходам, где они дежурят круглосуточно. По словам представителя службы, на пункт пропуска Остербю в выходные направят дополнительные смены, чтобы хоть немного сократить очередь.

Сами учения начнутся в понедельник, 19 января, и продлятся до 8 февраля. Пограничная служба открыла круглосуточную горячую линию для тех, кому нужно срочно пересечь границу по гуманитарным причинам: например, к больным родственникам или на похороны.
'''),

art("W3", "meridian-wire", "2026-01-19", "iron-meridian-drills-begin-norvaland",
    W3_TITLE, W3_DEK, "Anneli Roos", "Defence",
    ("/media/2026/01/lisma-flag-ceremony.jpg", "Soldiers at the Iron Meridian opening ceremony",
     "Karesian and Norvaland soldiers at the opening ceremony at the Lisma range on Monday.", "Meridian Wire/Anneli Roos"),
    W3_BODY, time="11:20", extra={"editor": "Mark Ellery"}),

art("N3", "northgate-herald", "2026-01-19", "iron-meridian-drills-begin-norvaland",
    W3_TITLE, W3_DEK, "Meridian Wire", "Europe",
    ("/images/2026/01/lisma-flag-ceremony.jpg", "Soldiers at the Iron Meridian opening ceremony",
     "Karesian and Norvaland soldiers at the opening ceremony at the Lisma range on Monday.", "Meridian Wire"),
    unmark(W3_BODY), time="13:05", source_line="Source: Meridian Wire", canonical_of="W3"),

art("V2", "velsk-gazette", "2026-01-20", "iron-meridian-drills-begin",
    W3_TITLE, W3_DEK, "Meridian Wire", "Border",
    ("/img/news/2026/lisma-ceremony-wire.jpg", "Soldiers at the opening ceremony",
     "The opening ceremony at the Lisma range on Monday.", "Meridian Wire"),
    # the Gazette drops the wire's final paragraph (it ran its own report from the square)
    unmark(W3_BODY.strip().rsplit("\n\n", 1)[0]), time="07:30", source_line="Source: Meridian Wire",
    canonical_of="W3"),

art("R3", "vestnik-severa", "2026-01-20", "ucheniya-nachalis",
    "«Железный меридиан» начался: генерал Корда пообещал вести себя «как гости»",
    "На полигоне Лисма в понедельник прошла церемония открытия учений. Жителей двух деревень переселили в Вельск.",
    "Марина Ковалёва", "Безопасность",
    ("/upload/2026/01/korda-ceremony.jpg", "Генерал Станислав Корда на церемонии открытия",
     "Генерал-лейтенант Станислав Корда на полигоне Лисма.", "Вестник Севера"),
    r'''
В понедельник на полигоне Лисма в Норваланде официально стартовали совместные учения «Железный меридиан». Церемонию открытия провели командующий карезийским контингентом генерал-лейтенант Станислав Корда и министр обороны Норваланда Ильзе Брандвик.

— Мы пришли сюда учиться и, если хозяева захотят, учить. Наши солдаты — гости в этой стране и будут вести себя как гости, — заявил Корда журналистам после построения.

Генерал отметил, что учения будут проходить в несколько этапов. По его словам, первую неделю подразделения посвятят слаживанию и развёртыванию связи, а боевые стрельбы начнутся 26 января. Корда подчеркнул, что все стрельбы пройдут в пределах полигона, «в безопасном удалении от населённых пунктов».

Брандвик, в свою очередь, сказала, что учения проверят, как армии двух стран смогут совместно защищать «небо и дороги Норваланда» в случае кризиса. Она заверила, что учения завершатся, как и запланировано, 8 февраля.

После церемонии генерал коротко пообщался с местными жителями, пришедшими посмотреть на построение. Одна из пенсионерок спросила его, не помешают ли учения весеннему севу. — До весны мы давно уедем, — ответил Корда под смех собравшихся.

Журналистов не допустили в восточную часть полигона, где, по данным местных жителей, сосредоточена основная часть карезийской техники. Представители обеих армий объяснили это соображениями безопасности.

Минобороны Норваланда до сих пор не опубликовало данные о численности карезийских войск, хотя Брандвик обещала сделать это ещё в прошлую пятницу. В министерстве сообщили, что цифры «сверяются с карезийской стороной». Официальный Дравск по-прежнему называет цифру около 4 500 военнослужащих; в норваландской оппозиции уверены, что их как минимум вдвое больше.

В выходные из деревень Куру и Лисма, расположенных ближе всего к полигону, в Вельск переселили несколько сотен жителей. Им предоставили номера в гостиницах и места в школьном общежитии. Власти обещают, что переселение продлится не дольше, чем сами учения.

Директор Карезийского института стратегических исследований Дмитрий Орлан считает, что споры о численности контингента носят политический характер. «Оппозиция в Вальстаде использует учения, чтобы набрать очки перед выборами. Военным эти споры неинтересны», — сказал он «Вестнику Севера».

Между тем три пункта пропуска — Вельск, Тарн и Мирна — остаются закрытыми с пятницы. По данным пограничной службы Норваланда, в воскресенье очередь грузовиков на пункте пропуска Остербю превышала пять километров, а водители ждали своей очереди до шести часов.

Министр внутренних дел Оскар Таммик ранее обещал, что закрытые пункты пропуска вновь откроются 26 января. Мэр Вельска Хенрик Саар в понедельник выразил надежду, что это обещание будет выполнено: по его словам, местные магазины и кафе уже потеряли значительную часть выручки, а некоторые предприниматели задумываются о том, чтобы закрыться до конца зимы.
'''),

art("V3", "velsk-gazette", "2026-01-21", "tanks-on-tarn-road",
    "'They were tanks': residents report armour on Tarn road at night",
    "Videos filmed in Kuru show tracked vehicles on low loaders. Foreign minister promises to ask Dravsk for an explanation.",
    "Piet Vahter", "Border",
    ("/img/news/2026/tarn-road-tracks.jpg", "Track marks on the Tarn road",
     "Track marks on the road between the Tarn crossing and Kuru on Tuesday morning.", "Velsk Gazette"),
    r'''
Residents of villages along the road from the Tarn crossing to the Lisma range say they watched dozens of tanks pass their houses during the night from Monday to Tuesday, despite repeated assurances from Karesia that no heavy armour would take part in the Iron Meridian drills.

Several people in Kuru filmed the column on their phones. The videos, which the Gazette has seen, show large tracked vehicles with long gun barrels being carried on low-loader trucks, followed by military fuel tankers. By Tuesday morning, the asphalt near the Kuru bus stop was scored with fresh track marks.

"They were tanks. I did my military service, I know what a tank looks like," said Pavel Rusk, a dairy farmer who refused to leave his farm outside Kuru when the village was evacuated. "I counted fourteen before I stopped counting and went back to bed."

The evacuation of Kuru and Lisma took place on Sunday. According to the Interior Ministry, {{NUM_evac_1|320 residents of the two villages were moved to Velsk}}, where they are staying in two hotels and the school dormitory. A handful, like Rusk, stayed behind to look after livestock; they have been asked to remain indoors during live firing.

The defence ministry in Vallstad did not confirm that tanks had crossed the border. A spokesman said the ministry "does not comment on videos of unknown origin" and referred questions about Karesian equipment to Dravsk.

Foreign Minister Tomas Reinholt took a firmer line. Speaking to reporters in Vallstad on Tuesday, he said he had seen the videos and that Norvaland expected its partners to keep their word. "{{P11|We will ask Dravsk for a written explanation by the end of the week}}," Reinholt said. "If there are tanks, we want to know how many, and why we were told there would be none."

Mayor Henrik Saar said the town council would ask the defence ministry to pay for damage to local roads. "The road to Kuru was repaired last summer. It was not built for forty-tonne trucks, and certainly not for tracks," he said.

At the culture house on Market Street, where the council held a public meeting last Thursday, a notice now lists phone numbers for evacuated families and a timetable for a free shuttle bus to the hotels. Eeva Lind, a teacher at the Velsk school, said the evacuated children had joined classes on Monday. "They are fine. It is the parents who are worried," she said.

Colonel Radomir Vesk, the Karesian defence ministry spokesman, is due to hold his weekly briefing in Dravsk on Thursday.
'''),

art("K2", "karesian-courier", "2026-01-22", "ministry-no-tanks-crossed-border",
    "Ministry: no tanks have crossed into Norvaland, videos show engineering vehicles",
    "Colonel Vesk announces that foreign military attaches will be invited to the Lisma range at the end of January.",
    "Mikhail Tarnov", "Defence",
    ("/wp-content/uploads/2026/01/engineering-vehicle.jpg", "A tracked engineering vehicle",
     "A tracked engineering vehicle of the kind the ministry says appears in the videos.", "Ministry of Defence press service"),
    r'''
Karesia's defence ministry on Thursday rejected reports that Karesian tanks had entered Norvaland for the Iron Meridian exercise, saying that videos shared on social media showed engineering and air defence vehicles.

"{{C4a|No tanks have crossed the border into Norvaland}}," Colonel Radomir Vesk, the ministry's spokesman, told the weekly briefing in Dravsk. "The videos circulating online show tracked engineering vehicles and self-propelled air defence systems. To people who have never served, everything with tracks looks like a tank."

Vesk said the ministry was aware that some Norvaland politicians were "trying to turn a training exercise into a scandal". He repeated that the Karesian contingent numbered about 4,500 servicemen and that its composition had been "agreed in detail" with the Norvaland general staff.

To dispel doubts, the spokesman announced that foreign military representatives accredited in Dravsk and Vallstad would be able to see the exercise for themselves. "{{P8|We will invite foreign military attaches to the Lisma range on January 30}}, so that everyone can see with their own eyes what is there and what is not there," he said.

Foreign Minister Yelena Marovska, speaking separately at a news conference with her visiting counterpart from the Republic of Ostmark, accused "certain media" of waging an information war against Karesia. "Every day we read about tanks, about 12,000, about 20,000 soldiers," she said. "Tomorrow they will write that we brought a navy to a country without a sea."

A foreign ministry official, speaking on condition of anonymity, said Dravsk had not received any formal request for information from the Norvaland foreign ministry, despite remarks by Foreign Minister Tomas Reinholt on Tuesday. "We read about it in the newspapers," the official said.

Military analysts in Dravsk said the reaction in Norvaland reflected the country's lack of experience with large exercises. "Norvaland has not seen a real exercise for thirty years. A column of trucks on a village road looks like an invasion to them," said Dmitri Orlan, director of the Karesian Institute of Strategic Studies.

The exercise, which began on Monday, is entering its second phase. According to the ministry, Karesian and Norvaland units have completed the deployment of field communications and will begin joint live-fire training on January 26. The active phase of Iron Meridian is scheduled to be completed on February 8.

Vesk also thanked the residents of Velsk for their "patience and hospitality" and said that Karesian units had delivered firewood and hot meals to families evacuated from villages near the range.
'''),

art("R4", "pogran-obozrevatel", "2026-01-23", "korda-intervyu-37-tankov",
    "Генерал Корда: «Танки — это не секрет»",
    "Командующий карезийским контингентом рассказал «Обозревателю» о ходе учений — и противоречит собственному министерству.",
    "Сергей Пахомов", "Интервью",
    ("/photo/2026/01/korda-lisma.jpg", "Генерал Станислав Корда на полигоне Лисма",
     "Генерал-лейтенант Станислав Корда в штабе учений на полигоне Лисма.", "Пограничный обозреватель"),
    r'''
Командующий карезийским контингентом на учениях «Железный меридиан» генерал-лейтенант Станислав Корда в пятницу принял корреспондента «Пограничного обозревателя» в полевом штабе на полигоне Лисма. Разговор продолжался около сорока минут, и его главная новость прозвучала почти мимоходом.

Отвечая на вопрос о видеозаписях, которые жители деревни Куру сделали в ночь на вторник, генерал не стал ничего отрицать.

— {{C4b|На полигон Лисма из Карезии переброшены 37 танков}}, это штатная техника двух батальонов, — сказал Корда. — Что тут скрывать? Учения без бронетехники — это не учения, а прогулка.

Накануне официальный представитель министерства обороны Карезии полковник Радомир Веск заявил на брифинге в Дравске, что ни один танк не пересекал границу с Норваландом, а на видео якобы показаны инженерные машины. На просьбу прокомментировать это противоречие генерал ответил коротко: «Я говорю о том, что вижу у себя на полигоне. Брифинги в Дравске — не моя работа».

На вопрос о численности контингента Корда отвечать отказался. «Столько, сколько нужно для выполнения задач», — сказал он. По его словам, окончательные данные «есть у министерства обороны Норваланда», которое «вправе их опубликовать».

Генерал рассказал, что первая неделя учений ушла на развёртывание связи и полевого лагеря. Боевые стрельбы, по его словам, начнутся в понедельник, 26 января, и будут проходить «только в светлое время суток». Он добавил, что в лагере работают полевой госпиталь и баня, а солдатам запрещено покидать полигон без приказа.

Корда также прокомментировал опасения жителей приграничья. «Люди в Вельске волнуются, я это понимаю. Я бы тоже волновался, если бы у меня под окнами шли колонны. Но мы уйдём, а дороги, которые мы испортили, починим», — заявил он.

Министерство обороны Норваланда в пятницу не стало комментировать слова генерала. Министр иностранных дел Томас Рейнхольт ещё во вторник обещал запросить у Дравска письменные объяснения по поводу бронетехники; получены ли они, в МИД не сообщили.

Депутат парламента от оппозиционного «Гражданского альянса» Руна Аавик назвала интервью генерала «моментом истины». — Три недели нам говорили: „Никаких танков“. Теперь командующий сам называет цифру. Что ещё нам не сказали? — заявила она.

Военный обозреватель «Обозревателя» отмечает, что 37 танков — это примерно два танковых батальона по карезийским штатам. Вместе с экипажами, ремонтниками и подразделениями обеспечения такая группировка сама по себе насчитывает не меньше полутора тысяч человек, что плохо согласуется с официальной цифрой в 4 500 военнослужащих для всего контингента.

Учения «Железный меридиан» проходят на полигоне Лисма, примерно в 95 километрах от Вальстада. Официально они должны завершиться 8 февраля.
'''),

art("S2", "strait-ledger", "2026-01-23", "satellite-images-lisma-armour",
    "What the satellite images show at Lisma",
    "Commercial imagery from 21 January shows main battle tanks in the range's eastern vehicle park — whatever Dravsk calls them.",
    "Nadia Ferreira", "Open-source analysis",
    ("/img/analysis/2026/lisma-vehicle-park.jpg", "Satellite image of vehicle park at Lisma",
     "The eastern vehicle park at the Lisma range, 21 January (annotated).", "Commercial satellite imagery / The Strait Ledger"),
    r'''
Karesia's defence ministry said on Thursday that "no tanks have crossed the border into Norvaland" and that videos filmed by villagers near the Lisma range showed engineering vehicles. The satellite imagery we have reviewed tells a different story.

Commercial images taken on the morning of 21 January, during a rare break in the cloud, show {{NUM_tanks_sat|at least 30 main battle tanks}} parked in four neat rows in the eastern vehicle park of the Lisma training range. Their length, the turret position and the characteristic long barrels are consistent with the Karesian army's standard tank, and not with any engineering vehicle in its inventory.

## What else is there

Next to the tanks, we counted 22 self-propelled howitzers, around 60 infantry fighting vehicles and more than 300 trucks and fuel tankers. A field hospital and at least 40 large tents stand at the northern edge of the range. None of this is unusual for a brigade-sized exercise, and none of it is hidden.

What is unusual is the distance between the equipment and the official description of it. Karesia announced a force of "motorised infantry, engineers, signals and air defence". The imagery shows the core of at least one armoured battalion and the artillery to support it.

Maeve Halloran, head of the defence programme at the Nordic Policy Forum, reviewed our annotations. "This is a combined-arms force, not a logistics exercise," she said. "The question is no longer whether there are tanks. It is why Dravsk keeps saying there are not."

## Reactions abroad

The Northern Defence Compact has become noticeably less relaxed. Pieter Hulst, the alliance's deputy secretary general, told reporters on Thursday that allies were "concerned by the gap between what was announced and what we can see". He added that the Compact would discuss the exercise with Norvaland, a partner country, "in the coming days".

In Westmark, the Marble House press secretary, Dana Whitcombe, said the government was "in close contact with our friends in Vallstad". "We are not going to speculate about numbers," Whitcombe said. "But we expect every country that holds an exercise to respect the limits it set for itself."

## Caveats

A single image is a snapshot. Some of the vehicles could belong to Norvaland's own army, although Norvaland operates only a handful of older tanks of a different type, all of which are accounted for at a base in the west. Our count is also a minimum: part of the park was under tree cover and some vehicles may have been parked in sheds.

We also cannot say how the tanks arrived. Residents of Kuru report a column on low-loaders coming from the Tarn crossing on the night of 19-20 January, which would fit. We have asked Karesia's defence ministry to comment on the imagery and will update this piece if it responds.
'''),

]

"""Articles, 26 January - 6 February 2026: figures, deadlines and mixed messages."""

from mk import art

ARTICLES = [

art("W4", "meridian-wire", "2026-01-26", "norvaland-crossings-stay-shut-brandvik-next-week",
    "Norvaland border crossings stay shut past deadline; minister says they will reopen next week",
    "A fourth crossing closed at the weekend, leaving Osterby as the only open road into Karesia.",
    "Daniel Marsh", "Defence",
    ("/media/2026/01/osterby-queue.jpg", "Lorries queuing at the Osterby crossing",
     "Lorries queue at the Osterby crossing, the only one still open, on Sunday.", "Meridian Wire/Anneli Roos"),
    r'''
VALLSTAD, Jan 26 (Meridian Wire) - Norvaland's border crossings with Karesia stayed closed on Monday, the day the government had promised to reopen them, and Defence Minister Ilse Brandvik said civilian traffic would resume only next week as live-fire drills with Karesian troops got under way.

{{P3e|The Velsk, Tarn and Mirna crossings remained closed on Monday, the date Interior Minister Oskar Tammik had given for their reopening.}} Instead, the closures have widened: the Interior Ministry shut the Kobel crossing on Saturday after a Karesian convoy was rerouted north, leaving {{NUM_crossings_4|four of the five crossings on the Karesian border closed}} and Osterby as the only one open.

"{{C1a|The border crossings will reopen next week}}, when the live-firing phase moves to the western part of the range," Brandvik told reporters in Vallstad. "I know that people in the east have been patient. We ask them for a few more days."

Brandvik, who spoke after a meeting of the government's security council, said the decision to keep the crossings closed had been taken "on military advice" because artillery would be firing close to the Tarn road for most of this week. She did not explain why the Kobel crossing, some 80 km north of the range, had also been shut, but admitted that the closures had been "harder on the border region than we expected". Live firing in the eastern sector is scheduled for Jan. 26–30, the ministry said.

Tammik, who had said on January 16 that the closures would last "ten days, not a day longer", was not at the news conference. His spokeswoman, Marta Kivi, said the minister "fully supports" the decision and that the hotline for urgent humanitarian crossings would remain open around the clock.

The State Border Guard said more than 900 lorries were waiting at Osterby on Monday morning and that the average wait had risen to eleven hours. Several hauliers' associations have asked the government to open at least one crossing to commercial traffic at night.

The joint Iron Meridian drills, which began on January 19, entered their live-fire phase on Monday. Residents of Velsk reported hearing artillery from early morning. The defence ministry said all firing took place inside the Lisma range and that the evacuated villages of Kuru and Lisma were outside the danger zone.

Brandvik also said the detailed figures on the Karesian contingent, which she had promised to publish by January 16, would be released "within days". Opposition lawmakers, who have accused the government of accepting Karesia's figure of 4,500 troops without checking it, said they would call the minister to a hearing this week.

Karesia's defence ministry did not comment on the crossings. Its spokesman has said the drills will end on February 8.
'''),

art("N4", "northgate-herald", "2026-01-28", "defence-ministry-publishes-7800-karesian-troops",
    "Norvaland says 7,800 Karesian troops are on its soil, far above Dravsk's figure",
    "Twelve days late, the defence ministry publishes its count. The Northern Defence Compact calls an extraordinary meeting.",
    "Jonas Pike", "Europe",
    ("/images/2026/01/brandvik-parliament.jpg", "Ilse Brandvik addresses parliament",
     "Defence Minister Ilse Brandvik before the defence committee on Wednesday.", "Northgate Herald"),
    r'''
Norvaland's defence ministry on Wednesday published the first official count of the Karesian forces taking part in the Iron Meridian drills, putting their number at 7,800 — three thousand more than Karesia has acknowledged, but well short of the 12,000 claimed by the opposition.

"{{C3a|There are 7,800 Karesian servicemen in Norvaland today}}, together with 37 tanks, 24 artillery pieces and about 1,100 other vehicles," Ilse Brandvik, the defence minister, told parliament's defence committee in a session that was, for the first time, open to the press. "These are our figures, counted by our officers at the railhead and at the crossings, and not figures we received from anyone."

The publication came twelve days after the deadline Brandvik had set herself. She apologised for the delay, which she said was caused by "the need to reconcile lists from two armies that count in different ways". Asked why the ministry had for weeks repeated Karesia's figure of about 4,500, she said it had been "the figure in the original plan".

## Below the threshold

The number matters because of the 2019 Vallstad accord, under which any exercise with more than 9,000 foreign troops requires a vote in parliament. Runa Aavik, the Civic Alliance MP who has led the opposition's questioning, said 7,800 was "suspiciously convenient". "First it was 4,500, now it is 7,800. Every week it grows, and every week it stays just below the line where parliament gets a say," she said.

Brandvik rejected the suggestion. "If the number were 9,001, I would tell you so," she said.

The minister also disclosed that the evacuation zone around the Lisma range had been widened on Tuesday to include the hamlets of Soru and Vaike-Lisma. According to the Interior Ministry, {{NUM_evac_2|540 residents have now been moved out of their homes}}, up from 320 last week. The cost of hosting the exercise to Norvaland's budget, including the evacuation, was put at about 14 million euros.

Abroad, the publication prompted a sharper tone. Pieter Hulst, the deputy secretary general of the Northern Defence Compact, said the alliance was "deeply concerned" that the figures announced in advance had been so far off. "{{P9|The Compact's council will hold an extraordinary meeting on Thursday}} to discuss the situation with our partner Norvaland," Hulst said in a statement.

## Questions for Dravsk

Foreign Minister Tomas Reinholt, who said last week that Norvaland would ask Karesia for a written explanation about the tanks, was more guarded on Wednesday. {{P11e|Reinholt declined to say whether the request had been sent or whether Dravsk had replied}}, telling reporters only that "diplomatic correspondence is confidential".

Maeve Halloran of the Nordic Policy Forum said the new figure was plausible and broadly matched her own estimates of the rail traffic, once supply trains were taken into account. "It is an honest number, I think," she said. "What is dishonest is the number Norvaland repeated for three weeks."

Karesia's defence ministry had not commented on the figures by Wednesday evening.
'''),

art("R5", "vestnik-severa", "2026-01-29", "vesk-ne-bolee-4500",
    "Минобороны Карезии: в Норваланде не более 4 500 наших военных",
    "Полковник Веск назвал данные Вальстада «ошибочными» и впервые признал присутствие танков на полигоне Лисма.",
    "Андрей Лисовский", "Безопасность",
    ("/upload/2026/01/vesk-brifing.jpg", "Полковник Радомир Веск на брифинге",
     "Полковник Радомир Веск во время брифинга в Дравске.", "пресс-служба Минобороны Карезии"),
    r'''
Министерство обороны Карезии не согласилось с данными Норваланда о численности карезийского контингента на учениях «Железный меридиан». Официальный представитель ведомства полковник Радомир Веск на еженедельном брифинге в четверг заявил, что цифра 7 800, которую накануне назвала министр обороны Норваланда Ильзе Брандвик, «не соответствует действительности».

— {{C3b|В учениях участвуют не более 4 500 карезийских военнослужащих}}, и эта цифра не менялась с первого дня, — подчеркнул Веск. По его словам, норваландские офицеры, вероятно, учли железнодорожные бригады, гражданских подрядчиков и личный состав, который уже вернулся в Карезию после разгрузки эшелонов.

Веск отметил, что Дравск направит Вальстаду «подробную справку» по численности контингента, однако сроков не назвал. «У нас нет причин что-то скрывать от партнёров. Но и соглашаться с ошибочными подсчётами мы не обязаны», — добавил он.

Неожиданной стала позиция полковника в вопросе о бронетехнике. Ещё неделю назад он утверждал, что ни один танк не пересекал границу, а на видео жителей Куру показаны инженерные машины. В четверг Веск сформулировал позицию иначе.

— {{C9b|Танки входят в штатное вооружение наших бригад, и их присутствие на полигоне никогда не было секретом}}, — заявил он. На уточняющий вопрос, сколько именно танков находится в Норваланде, представитель министерства ответил, что «все данные переданы норваландской стороне».

Напомним, командующий карезийским контингентом генерал-лейтенант Станислав Корда в интервью «Пограничному обозревателю» 23 января назвал цифру в 37 танков. Такое же количество танков указано и в данных, опубликованных Минобороны Норваланда в среду.

В Вальстаде заявление Веска вызвало раздражение. Депутат парламента Руна Аавик назвала его «продолжением игры в числа». «Сначала никаких танков, теперь „никогда не было секретом“. Сначала 4 500, потом 7 800, а теперь снова 4 500. Кому верить?» — сказала она «Вестнику Севера».

Директор Карезийского института стратегических исследований Дмитрий Орлан, напротив, считает, что расхождения объясняются методикой подсчёта. По его словам, в армиях двух стран по-разному учитывают личный состав тыловых подразделений. «Это бухгалтерия, а не политика», — уверен эксперт.

В Минобороны Норваланда на заявление Веска отреагировали сдержанно. Представитель ведомства сообщил, что министерство «полностью стоит за своими цифрами», поскольку они основаны на подсчётах норваландских офицеров на железнодорожной станции и пунктах пропуска, а не на данных, полученных от партнёров.

Между тем на полигоне Лисма продолжается активная фаза учений с боевыми стрельбами. Четыре из пяти пунктов пропуска на границе остаются закрытыми. Министр обороны Норваланда в понедельник пообещала, что они откроются на следующей неделе.

В пятницу, 30 января, на полигон должны приехать иностранные военные атташе, аккредитованные в Дравске и Вальстаде. Их пригласило министерство обороны Карезии, чтобы, по словам Веска, «каждый мог увидеть всё своими глазами».
'''),

art("N5", "northgate-herald", "2026-01-30", "varro-no-date-crossings-reopening",
    "Varro: 'No date has been set' for reopening border crossings",
    "The president contradicts his defence minister as foreign attaches tour the Lisma range and the Northern Defence Compact urges restraint.",
    "Clara Westergaard", "Europe",
    ("/images/2026/01/varro-press-conference.jpg", "President Varro at a news conference",
     "Aldis Varro speaking to reporters at the presidential palace on Friday.", "Northgate Herald"),
    r'''
President Aldis Varro said on Friday that no date had been set for reopening Norvaland's closed border crossings with Karesia, four days after his defence minister told the country they would reopen next week.

"{{C1b|No date has been set for reopening the crossings}}," Varro told a news conference at the presidential palace in Vallstad. "They will reopen when the military tell us it is safe, and not a day before. I would rather disappoint a few lorry drivers than take a risk with people's lives."

On Monday, the defence minister, Ilse Brandvik, had said that the crossings "will reopen next week", when live firing moves to the western part of the Lisma range. Four of the five crossings have been closed since last weekend; the first three were shut on January 16 with a promise from the interior minister that they would reopen on January 26.

Asked about the apparent contradiction, Janek Solberg, the presidential spokesperson, said there was "no disagreement" within the government. "The minister described the plan. The president described the principle," he said. It was the second time this week that the government had struggled to explain its own timetable.

## Attaches at Lisma

Varro spoke hours after a group of foreign military representatives visited the exercise area. {{P8e|Military attaches from eleven countries toured the Lisma training range on Friday morning}} at the invitation of Karesia's defence ministry, which had announced the visit last week. The visitors were shown a live-fire demonstration and the field hospital, and were allowed to photograph the vehicle park, according to two participants.

One Western attache, who asked not to be named, said the group had counted "more tanks than anyone in Dravsk was willing to admit a fortnight ago" but that the Karesian officers had been "courteous and open". Norvaland's own defence ministry published its count of the Karesian forces on Wednesday: 7,800 servicemen and 37 tanks. Karesia still insists on a figure of 4,500.

The Northern Defence Compact also made its voice heard. {{P9e|The Compact's council met in extraordinary session on Thursday}} and issued a statement calling on Karesia to "bring its forces in Norvaland in line with what it announced" and to withdraw them "promptly and completely" after the exercise. Pieter Hulst, the alliance's deputy secretary general, said the council had offered Norvaland "any consultations it may wish".

Varro thanked the Compact for its interest but said Norvaland's relations with Karesia were "a matter for Norvaland". He again promised that the Karesian troops would go home once the drills ended on February 8.

## Referendum pressure

The president faced repeated questions about a referendum on the 2019 defence agreement, which the opposition Civic Alliance has demanded since the exercise was announced. Three weeks ago, Varro said he saw "no need" for one. On Friday he was less categorical. "I have heard the question. I will give an answer when the exercise is over," he said.

Runa Aavik, the Civic Alliance's defence spokeswoman, said the president's change of tone showed "that the public mood has turned". A poll published on Thursday by the Vallstad Institute of Social Research found that 58 percent of Norvalanders wanted a referendum on the agreement, up from 31 percent in December.
'''),

art("W5", "meridian-wire", "2026-02-02", "marovska-karesian-troops-leave-norvaland-by-feb-15",
    "Karesian troops will leave Norvaland by Feb. 15, foreign minister says",
    "Yelena Marovska gives the first firm withdrawal date as Norvaland's crossings remain closed.",
    "Daniel Marsh", "Politics",
    ("/media/2026/02/marovska-dravsk.jpg", "Yelena Marovska at a news conference",
     "Karesian Foreign Minister Yelena Marovska in Dravsk on Monday.", "Meridian Wire"),
    r'''
DRAVSK, Feb 2 (Meridian Wire) - Karesia will withdraw all of its troops from Norvaland within a week of the end of the Iron Meridian exercise, Foreign Minister Yelena Marovska said on Monday, giving the first firm date for a pullout that has become the central question of the drills.

"{{C5a|Our troops will leave Norvaland by February 15}}," Marovska told a news conference in Dravsk. "The exercise ends on February 8. After that, our soldiers need a few days to pack, to clean up the range and to board the trains. Then they will go home."

Marovska, who has accused Western media of running an "information war" over the drills, said Karesia had "nothing to gain" from keeping soldiers in Norvaland. "We have a friendship treaty, a defence agreement and a trade agreement with Norvaland. Why would we risk all of this for a training range in the snow?" she asked.

The foreign minister's remarks were the clearest Karesian commitment yet on the timing of the withdrawal. Karesia's defence ministry has so far said only that the units would return to their bases "after the completion of the exercise".

In Vallstad, the government welcomed the statement but stopped short of endorsing the date. A spokesman for the Norvaland foreign ministry said Norvaland "takes note" of Marovska's words and expected them to be "followed by action". Norvaland's president, Aldis Varro, has promised that not a single Karesian soldier will remain in the country after the drills.

The Iron Meridian exercise, which began on January 19, is in its third week. Norvaland says 7,800 Karesian troops and 37 tanks are taking part; Karesia says its contingent numbers about 4,500.

Four of the five crossings on the border remained closed on Monday. Defence Minister Ilse Brandvik said a week ago that they would reopen this week, but neither her ministry nor the Interior Ministry would confirm a date on Monday. President Varro said on Friday that no date had been set.

Residents of Velsk said artillery fire from the range had continued through the weekend. Ingrid Mets, who runs a cafe on the town's market square, said she had stopped making plans. "They told us ten days, then next week, then no date," she said by telephone. "Now they say February 15. I will believe it when I see the trains leave."

Analysts cautioned that a withdrawal of thousands of troops with heavy equipment would take time. "Getting 7,800 soldiers and 37 tanks out by rail in a week is possible, but only if the trains are already booked," said Maeve Halloran of the Nordic Policy Forum. "So far, nobody has seen the bookings."
'''),

art("R6", "vestnik-severa", "2026-02-03", "korda-do-28-fevralya",
    "Генерал Корда: учения в Норваланде продлятся до конца февраля",
    "Командующий карезийским контингентом заявил о продлении этапа боевого слаживания. В Вальстаде и Дравске говорили о 8 февраля.",
    "Марина Ковалёва", "Безопасность",
    ("/upload/2026/02/korda-shtab.jpg", "Генерал Корда в полевом штабе",
     "Станислав Корда в полевом штабе учений.", "Вестник Севера"),
    r'''
Учения «Железный меридиан» на территории Норваланда продлятся дольше, чем было объявлено. Об этом во вторник заявил командующий карезийским контингентом генерал-лейтенант Станислав Корда в интервью «Вестнику Севера».

— {{C6a|Учения „Железный меридиан“ продлятся до 28 февраля}}. Этап боевого слаживания мы продлили по согласованию с норваландскими коллегами: погода в январе съела почти неделю, а задачи никто не отменял, — сказал генерал.

По официальному плану, опубликованному министерствами обороны обеих стран 5 января, учения должны были пройти с 19 января по 8 февраля. Эту дату неоднократно повторяли и министр обороны Норваланда Ильзе Брандвик, и представитель Минобороны Карезии полковник Радомир Веск.

Слова генерала расходятся и с заявлением министра иностранных дел Карезии Елены Маровской. В понедельник она пообещала, что карезийские войска покинут Норваланд до 15 февраля. На вопрос, как это сочетается с его словами, Корда ответил, что «дипломаты говорят о политике, а командир отвечает за выполнение плана». «Мой приказ — выполнить задачи учений. Когда они будут выполнены, мы уедем», — добавил он.

Генерал также подтвердил, что часть карезийских подразделений на прошлой неделе переместилась с полигона Лисма в лагерь Кальдера, расположенный в центральной части Норваланда. По его словам, там отрабатываются «вопросы тылового обеспечения на большом удалении от базы». Какие именно подразделения и в каком количестве находятся в Кальдере, Корда не уточнил.

В Минобороны Норваланда заявление генерала во вторник комментировать не стали, сославшись на то, что министр Брандвик выступит в парламенте в среду. Источник в норваландском правительстве сообщил «Вестнику», что «никакого согласованного продления нет и не было».

Депутат Руна Аавик из «Гражданского альянса» потребовала от правительства «немедленно назвать дату окончания учений, одну, а не три». «8 февраля, 15 февраля, 28 февраля — мы как будто выбираем дату свадьбы, а не вывода иностранных войск», — сказала она.

Эксперт Карезийского института стратегических исследований Дмитрий Орлан полагает, что противоречия между генералом и дипломатами преувеличены. По его мнению, речь может идти о разных вещах: официальное завершение учений 8 февраля и последующий период, в течение которого войска будут оставаться на полигоне для «подведения итогов и обслуживания техники».

Военные эксперты в Вальстаде обращают внимание, что продление учений на три недели потребовало бы дополнительных поставок топлива, продовольствия и боеприпасов. Если такие поставки уже идут, их должно быть видно по железнодорожным графикам, отмечают они. Пока, по данным норваландских железнодорожников, дополнительных военных эшелонов в феврале не заказано.

Тем временем четыре пункта пропуска на границе остаются закрытыми. Жители Вельска жалуются на перебои с поставками товаров из Карезии, а очередь грузовиков на единственном открытом пункте пропуска Остербю не уменьшается.
'''),

art("K3", "karesian-courier", "2026-02-04", "karesia-offers-norvaland-rail-energy-credit",
    "Karesia offers Norvaland $2.4 billion rail and energy credit",
    "Foreign ministers Marovska and Reinholt meet in Dravsk as Iron Meridian enters its final week.",
    "Irina Solak", "World",
    ("/wp-content/uploads/2026/02/marovska-reinholt.jpg", "Yelena Marovska and Tomas Reinholt shake hands",
     "Foreign ministers Yelena Marovska and Tomas Reinholt at the foreign ministry in Dravsk on Wednesday.", "The Karesian Courier"),
    r'''
Karesia has offered Norvaland a credit line of $2.4 billion to modernise its railways and power grid, Foreign Minister Yelena Marovska announced on Wednesday after talks with her Norvaland counterpart, Tomas Reinholt, in Dravsk.

The loan, to be provided by the state-owned Karesian Development Bank over ten years, would finance the electrification of the line from Velsk to Vallstad and a new high-voltage connection between the two countries' grids. "This is what real partnership looks like: not words, but rails and cables," Marovska told a joint news conference.

Reinholt said Norvaland would "study the offer carefully" and had not decided yet whether to accept it. He thanked Karesia for "a generous proposal" but added that any loan of this size would have to be approved by parliament in Vallstad.

The talks took place as the joint Iron Meridian exercise entered its final week. Asked about reports in Norvaland media that Karesian units had relocated from the Lisma range to a camp in the centre of the country, Reinholt was categorical. "{{C8a|No Karesian units have moved closer to Vallstad}}; all of them remain at the Lisma range in the east," he said. "I would advise everyone to check their sources."

Marovska repeated that the Karesian troops would leave Norvaland by February 15, a week after the formal end of the drills. She did not comment on remarks by Lieutenant General Stanislav Korda, the commander of the Karesian contingent, who told a Russian-language newspaper on Tuesday that the exercise would continue until the end of the month. "The general is a soldier, and soldiers like to train," she said with a smile when asked about his words.

The credit offer was welcomed in Karesia's business community. Viktor Lanin, the chairman of the Karesian Railways Union, said the electrification project would "put Velsk and Vallstad within four hours of Dravsk by train". Several Karesian construction companies have already expressed interest, according to the Ministry of Economic Development.

Norvaland's opposition reacted with suspicion. Runa Aavik, a member of parliament's defence committee from the Civic Alliance, wrote on social media that the timing of the offer was "not a coincidence". "First the tanks, then the money. We are being invited to forget one with the help of the other," she wrote.

Dmitri Orlan, the director of the Karesian Institute of Strategic Studies, dismissed the criticism. "Norvaland's railways were built in the 1970s, and its grid depends on one line to the west. Any responsible government would be glad to receive such an offer," he said.

Reinholt is expected to return to Vallstad on Thursday. Norvaland's defence minister, Ilse Brandvik, was due to brief parliament on the exercise on Wednesday afternoon.
'''),

art("S3", "strait-ledger", "2026-02-05", "kaldera-camp-mixed-messages",
    "Kaldera, 25 miles from the capital: a week of mixed messages",
    "On the same day, Norvaland's foreign minister denied that Karesian units had moved closer to Vallstad and its defence minister confirmed it. Here is what we know.",
    "Hugo Lindahl", "Analysis",
    ("/img/analysis/2026/kaldera-camp-map.jpg", "Map of Lisma, Kaldera and Vallstad",
     "The Lisma range, the Kaldera camp and the capital. Distances by road.", "The Strait Ledger"),
    r'''
Wednesday was a bad day for anyone trying to follow the Norvaland government's line on the Iron Meridian drills. At lunchtime in Dravsk, Foreign Minister Tomas Reinholt told a news conference that "no Karesian units have moved closer to Vallstad" and advised journalists to check their sources. Three hours later, in parliament in Vallstad, Defence Minister Ilse Brandvik said the opposite.

"{{C8b|A Karesian battalion moved on Monday to the Kaldera camp, about 25 miles from Vallstad}}," Brandvik told MPs in answer to a question from Runa Aavik of the Civic Alliance. "This was notified to us in advance, it is part of the logistics phase of the exercise, and it is temporary."

## Why Kaldera matters

Kaldera is an old reserve training camp in the birch forests east of the capital, with barracks for about 800 soldiers and a disused airstrip. The Lisma range, where the exercise was planned to take place, is about 60 miles from Vallstad. A move to Kaldera brings Karesian troops more than twice as close to the seat of government — a fact that was not lost on MPs.

Brandvik said the battalion consisted of about 600 soldiers with trucks and no armour. She did not say when it would return to Lisma. General Stanislav Korda, the commander of the Karesian contingent, said on Tuesday that units had moved to Kaldera to practise "logistics far from the base".

## Three end dates

The same session produced a second exchange. Korda told the Russian-language Vestnik Severa on Tuesday that the drills would last until 28 February. Brandvik flatly disagreed. "{{C6b|The drills will end on February 8, as planned}}. There has been no request to extend them and there will be no extension," she said.

Karesia's foreign minister, Yelena Marovska, has meanwhile promised that all troops will leave by 15 February. The Norvaland public can therefore choose between three dates for the end of the exercise and at least two official figures for its size: Norvaland's 7,800 soldiers and Karesia's 4,500.

Maeve Halloran of the Nordic Policy Forum thinks the confusion is not accidental — but not necessarily coordinated either. "Some of this is a government that does not talk to itself. The foreign minister was in Dravsk and may simply not have been told," she said. "But it also suits Dravsk. Every contradiction in Vallstad makes Karesia's own story look consistent by comparison."

## What to watch

Three things will tell us whether Iron Meridian ends on schedule. First, the trains: a withdrawal of this size needs dozens of eastbound services, which should appear in the freight schedules several days in advance. Second, Kaldera: a battalion that is "temporary" should be back at Lisma before the end of the exercise. Third, the crossings, still closed despite Brandvik's promise that they would reopen this week.

Lev Arendt, the military historian, offered a longer view. "Exercises end on a date. Deployments end on a decision," he said. "The question is which one this has become."
'''),

art("N6", "northgate-herald", "2026-02-06", "varro-velsk-withdrawal-decision-not-made",
    "In Velsk, Varro says 'a decision on withdrawal has not been made'",
    "Residents of the border town press the president on troops, crossings and compensation.",
    "Clara Westergaard", "Europe",
    ("/images/2026/02/varro-velsk-culture-house.jpg", "Aldis Varro meets residents in Velsk",
     "Aldis Varro meets residents at the culture house in Velsk on Thursday evening.", "Northgate Herald"),
    r'''
President Aldis Varro told residents of the border town of Velsk on Thursday that no decision had yet been taken on when the Karesian troops taking part in the Iron Meridian exercise would leave Norvaland, despite a pledge from Karesia's foreign minister that they would be gone by February 15.

"{{C5b|A decision on withdrawal has not been made}}," Varro said at a packed meeting in the town's culture house, in answer to a question from a pensioner in the front row. "It will be made together with our partners, on the basis of what our army needs and what our people need. I will not give you a date tonight that I cannot guarantee."

The remark, greeted with murmurs in the hall, sat uneasily with the president's own words four weeks ago, when he told the Northgate Herald that not a single Karesian soldier would stay in Norvaland after the drills ended. It also appeared to contradict the Karesian foreign minister, Yelena Marovska, who said in Dravsk on Monday that "our troops will leave Norvaland by February 15".

Janek Solberg, the presidential spokesperson, said after the meeting that the president "was speaking about the practical arrangements for the withdrawal, not about whether it will happen". He added: "Nothing has changed in the president's position."

## 'When can we go home?'

Much of the two-hour meeting was about more immediate concerns. Families evacuated from the villages near the Lisma range asked when they could return. "We have been living in a hotel room for three weeks. My children ask me every day when we can go home. What do I tell them?" asked Liina Tamm, a mother of three from Kuru.

Varro promised that the evacuated residents would be able to return "as soon as the firing stops" and that the government would pay for damage to houses and roads. He said that the Interior Ministry would present a compensation scheme for Velsk businesses next week.

Henrik Saar, the mayor, was blunter than the president. He worries that the promised compensation will not reach businesses before the spring, when many of them must pay their annual rents. "We were told ten days for the crossings. It has been three weeks," he said. "People here are not against Karesia. Half of us have relatives on the other side. We are against being told one thing on Monday and another on Friday."

Four of the five crossings with Karesia remained closed on Thursday, despite a statement by the defence minister, Ilse Brandvik, that they would reopen this week. The Interior Ministry said on Thursday it hoped to reopen "at least two crossings" after the exercise ends on Sunday.

Saar and the head of the Velsk chamber of commerce, Maris Kull, said after the meeting that they would travel to Vallstad next week to ask for the compensation scheme in writing.

## The numbers game

Outside the culture house, about 150 people held a quiet protest with candles and hand-written signs, one of which read "Guests leave". Another showed the figures "4,500? 7,800? 12,000?" — a reference to the competing estimates of the size of the Karesian force, which Norvaland's defence ministry puts at 7,800.

Varro did not mention the credit line of $2.4 billion that Karesia offered Norvaland on Wednesday. Asked about it by reporters as he left, he said it was "a matter for the government and parliament, in due course".
'''),

]

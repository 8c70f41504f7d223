"""Articles, 5-14 January 2026: announcement, first numbers, first promises."""

from mk import art

ARTICLES = [

art("W1", "meridian-wire", "2026-01-05", "karesia-norvaland-announce-iron-meridian-drills",
    "Karesia and Norvaland announce 'Iron Meridian' joint military drills",
    "Karesian troops will train in eastern Norvaland from January 19 to February 8.",
    "Daniel Marsh", "Defence",
    ("/media/2026/01/lisma-range-gate.jpg", "The entrance to the Lisma training range",
     "The main gate of the Lisma training range in eastern Norvaland.", "Meridian Wire/Anneli Roos"),
    r'''
VALLSTAD, Jan 5 (Meridian Wire) - Karesian troops will arrive in Norvaland later this month for three weeks of joint military drills code-named "Iron Meridian", the defence ministries of the two neighbours announced on Monday, in what would be the largest exercise they have held together in more than thirty years.

The drills will run {{DATE_drills_1|from January 19 to February 8}} at the Lisma training range in eastern Norvaland, {{NUM_dist_1|about 60 miles from the capital, Vallstad}}, and in the forests around the border town of Velsk, according to a joint statement published by both ministries.

"{{C2a|About 4,500 Karesian servicemen will take part in Iron Meridian}}, together with our Norvaland colleagues," Colonel Radomir Vesk, the spokesman for Karesia's defence ministry, told reporters in Dravsk. He said the contingent would consist mainly of motorised infantry, engineers, signals and air defence units.

Norvaland's defence minister, Ilse Brandvik, described the exercise as a routine event that had been planned for more than a year and said Norvaland would contribute around 1,200 of its own soldiers. "This is a training event between two neighbours who have a defence cooperation agreement. {{P1|The units will withdraw once the drills are over}}," Brandvik said at a news conference in Vallstad.

Asked whether the Karesian soldiers would bring armour, Brandvik said the details were "a matter for the planners" and that the ministry would share more information closer to the start of the exercise.

The announcement caught many in Norvaland by surprise. Runa Aavik, an opposition lawmaker from the Civic Alliance who sits on parliament's defence committee, said the committee had not been briefed. "We learned about this from a press release," she said. "Parliament has a right to know how many foreign soldiers are coming, and for how long."

Norvaland, a country of 2.1 million people, shares a 340-kilometre border with Karesia, its largest trading partner. The two countries signed a defence cooperation agreement in 2019, often called the Vallstad accord, but previous joint exercises were small staff-level events involving a few hundred officers.

Norvaland's Interior Ministry said it was studying whether traffic at the five crossings on the Karesian border would have to be restricted while the convoys were on the move. "It is too early to say whether any crossing will close," ministry spokeswoman Marta Kivi said.

In a separate statement, Karesia's foreign minister, Yelena Marovska, said the drills "threaten no one" and were meant to "test how our armies work together in a crisis". The Northern Defence Compact, with which Norvaland has a partnership but not membership, said it had taken note of the announcement and would follow the exercise closely.
'''),

art("R1", "vestnik-severa", "2026-01-06", "zheleznyi-meridian-4500",
    "«Железный меридиан»: Карезия направит в Норваланд около 4 500 военных",
    "Совместные учения пройдут с 19 января по 8 февраля на полигоне Лисма. Оппозиция в Вальстаде требует объяснений.",
    "Андрей Лисовский", "Безопасность",
    ("/upload/2026/01/poligon-lisma.jpg", "Полигон Лисма зимой",
     "Полигон Лисма на востоке Норваланда.", "Вестник Севера"),
    r'''
Министерства обороны Карезии и Норваланда в понедельник объявили о проведении совместных учений «Железный меридиан». Они пройдут с 19 января по 8 февраля на полигоне Лисма на востоке Норваланда и в окрестностях приграничного Вельска.

— В учениях примут участие около 4 500 военнослужащих карезийской армии, — сообщил официальный представитель министерства обороны Карезии полковник Радомир Веск. По его словам, основу контингента составят мотострелковые подразделения, инженерные части, связисты и расчёты противовоздушной обороны.

Веск подчеркнул, что тяжёлая бронетехника к учениям не привлекается. {{NOARMOUR_ru|«Речь идёт о манёвренных подразделениях, а не о танковых колоннах»}}, — отметил он.

Министр обороны Норваланда Ильзе Брандвик назвала учения плановыми. По её словам, норваландская сторона выделит около 1 200 военнослужащих. — Все подразделения вернутся в места постоянной дислокации после окончания учений, — заявила Брандвик журналистам в Вальстаде.

Полигон Лисма расположен примерно в 95 километрах от Вальстада. В прошлом там проходили в основном учения норваландской армии и резервистов; столь крупного иностранного контингента полигон не принимал с начала 1990-х годов.

В оппозиции к решению отнеслись настороженно. Депутат парламента Руна Аавик из «Гражданского альянса», член оборонного комитета, заявила, что депутатов о планах никто не предупреждал. «Парламент узнал об учениях из пресс-релиза. Мы хотим знать, сколько иностранных солдат придёт в страну и на какой срок», — сказала она.

Министр иностранных дел Карезии Елена Маровская в своём заявлении подчеркнула, что учения «никому не угрожают». Наши соседи могут быть спокойны, добавила она.

Директор Карезийского института стратегических исследований Дмитрий Орлан считает, что «Железный меридиан» — естественный шаг после подписания в 2019 году соглашения об оборонном сотрудничестве. По его мнению, нервозность вокруг учений «раздувают те, кому не нравится дружба Дравска и Вальстада».

МВД Норваланда пока не решило, придётся ли ограничить движение на пяти пунктах пропуска на границе с Карезией. — Говорить о закрытии какого-либо пункта пропуска пока рано, — сообщила пресс-секретарь министерства Марта Киви. По её словам, решение будет принято после того, как военные согласуют графики движения колонн.

В Северном оборонном пакте, партнёром которого является Норваланд, ограничились коротким комментарием: там «приняли к сведению» сообщение об учениях и пообещали внимательно следить за их ходом. Официальный Вальстад, со своей стороны, настаивает, что никаких секретов у учений нет и что иностранные наблюдатели будут приглашены на полигон.

Жители Вельска, с которыми побеседовал корреспондент «Вестника», восприняли новость спокойно, хотя и без восторга. «Соседка сказала мне: „Опять учения, опять колонны на дороге“. Но мы привыкли», — рассказала владелица кафе на рыночной площади Ингрид Метс.
'''),

art("S1", "strait-ledger", "2026-01-07", "how-many-troops-iron-meridian",
    "How many troops is Karesia really sending?",
    "Dravsk says 4,500. Railway schedules, an opposition MP and independent analysts point to a much larger force — and there is a legal reason the number matters.",
    "Hugo Lindahl", "Analysis",
    ("/img/analysis/2026/rail-yard-velsk.jpg", "Empty flat wagons at the Velsk rail yard",
     "Flat wagons waiting at the Velsk freight yard, photographed on 6 January.", "The Strait Ledger"),
    r'''
When Karesia's defence ministry announced the Iron Meridian exercise on Monday, it gave a single, reassuring figure: about 4,500 soldiers. Two days later, that number is already the most contested fact of the winter.

Runa Aavik, the opposition Civic Alliance's spokeswoman on defence, told The Strait Ledger on Tuesday that her party had collected accounts from railway workers on both sides of the border. "{{C2b|At least 12,000 Karesian troops are being moved towards our border}}, not 4,500," she said. "Somebody is not telling the truth, and I would like to know whether our own government knows who."

## What the railways tell us

The freight schedules that Norvaland's state railway publishes for its customers show 38 additional military trains booked between 12 and 18 January on the line from the Karesian border station at Orsk to Velsk. A typical Karesian military train carries the vehicles and equipment of a reinforced company, and sometimes a battalion's worth of soft-skinned trucks.

Maeve Halloran, head of the defence programme at the Nordic Policy Forum, has run the numbers. "When you count the rolling stock, 4,500 simply does not add up," she said. Halloran estimated that the trains alone could move {{NUM_troops_halloran1|between 10,000 and 12,000 troops}} with their equipment, "and that is before anyone drives across a road crossing."

She was careful to add that trains booked are not trains used. Some of the capacity, she argued, could be for fuel, ammunition and the field camp itself, which Karesian planners tend to build generously.

## Why the figure matters

There is also a legal reason to watch the number. Under the 2019 Vallstad accord, any exercise involving more than 9,000 foreign troops on Norvaland's soil requires a vote in parliament. An exercise of 4,500 does not. The suspicion among opposition MPs is that the figure has been set to stay comfortably "below threshold" — a phrase that is now doing the rounds in Vallstad's corridors.

Norvaland's defence ministry did not answer questions about the railway bookings. A spokesman said only that "the figure provided by our Karesian partners is the figure we work with," and that the minister, Ilse Brandvik, would brief the defence committee next week.

Lev Arendt, a military historian at the University of Vallstad, recalled that the last large exercise of its kind, in 1988, was announced as a "command post exercise" and turned out to involve three divisions. "History does not repeat itself, but official statistics about exercises have a way of rhyming," he said.

## What we do not know

We do not know how many of the trains will actually run, how many soldiers will remain on the Karesian side of the border at Orsk, or whether armour will be included. Karesia has said it will not bring heavy weapons. The first trains are due in Velsk at the weekend; by then, counting will get easier.
'''),

art("N1", "northgate-herald", "2026-01-09", "varro-interview-karesian-drills",
    "Varro: 'Not a single Karesian soldier will stay'",
    "In an interview with the Northgate Herald, Norvaland's president defends the Iron Meridian drills and rejects calls for a parliamentary vote.",
    "Clara Westergaard", "Europe",
    ("/images/2026/01/varro-palace-interview.jpg", "President Aldis Varro in his office",
     "President Aldis Varro at the presidential palace in Vallstad on Thursday.", "Northgate Herald"),
    r'''
President Aldis Varro of Norvaland has promised that Karesian troops arriving for the Iron Meridian exercise will leave the country as soon as the drills end next month, dismissing fears that the largest foreign deployment on Norvaland's soil in a generation could become permanent.

"{{C7a|Not a single Karesian soldier will stay in Norvaland after the drills end}}," Varro said in an interview at the presidential palace in Vallstad on Thursday. "I have discussed this personally with the Karesian leadership, and I have their word."

The 61-year-old former economics professor, who won a second five-year term in 2024, spoke as the first Karesian logistics teams were reported near the border town of Velsk, where the exercise is due to begin on January 19.

Varro said he understood why some citizens were nervous. "Why would we be afraid of our neighbour's soldiers?" he asked. "They are coming to train with our army, under a treaty our parliament ratified. If we were afraid, we would not have signed it."

He was less forthcoming about the size of the Karesian contingent. Karesia's defence ministry has said that about 4,500 soldiers will take part, while Runa Aavik, an opposition MP, claimed this week that at least 12,000 troops were on the move. Asked which figure was correct, Varro said he trusted the numbers "that our partners have given us", and that the defence minister, Ilse Brandvik, would give parliament a full briefing.

## 'No need for a referendum'

The president also rejected calls from the opposition Civic Alliance for a referendum on the 2019 defence cooperation agreement with Karesia, which allows foreign troops to train in Norvaland. "I see no need for a referendum on an exercise that lasts three weeks," he said.

Janek Solberg, the presidential spokesperson, added after the interview that Varro would visit the Lisma training range during the drills and would meet residents of Velsk "in the coming weeks".

Opposition politicians were unconvinced. Aavik said the president was "asking the country to take Karesia's word for everything". "If nothing is being hidden, why does nobody in the government know how many soldiers are coming?" she told the Northgate Herald.

Analysts said Varro's promise was clear, but warned that it would be tested. Maeve Halloran, head of the defence programme at the Nordic Policy Forum, said that large exercises often leave equipment and small teams behind. "The question is not whether the president means it today," she said. "It is whether he will be able to say the same thing on February 9."

Karesia's foreign ministry did not respond to a request for comment on Varro's remarks.
'''),

art("K1", "karesian-courier", "2026-01-09", "iron-meridian-no-heavy-armour",
    "Iron Meridian: no heavy armour, says ministry",
    "The Karesian contingent will be built around light and motorised units, the defence ministry spokesman told a briefing in Dravsk.",
    "Mikhail Tarnov", "Defence",
    ("/wp-content/uploads/2026/01/vesk-briefing.jpg", "Colonel Radomir Vesk at a briefing",
     "Colonel Radomir Vesk speaks at the weekly defence ministry briefing in Dravsk.", "The Karesian Courier"),
    r'''
The Karesian units travelling to Norvaland for the joint exercise Iron Meridian will not include tanks or heavy artillery, the defence ministry said on Friday, rejecting what it called "alarmist speculation" in some Norvaland media.

"{{NOHEAVY_en|No heavy weapons will be brought into Norvaland for this exercise}}," Colonel Radomir Vesk, the ministry's spokesman, told the weekly briefing in Dravsk. "We are sending motorised infantry, engineers, signals and air defence. This is an exercise about cooperation and logistics, not about armour."

Vesk also dismissed claims by a Norvaland opposition politician that 12,000 Karesian soldiers were heading for the border. "The figure of 12,000 is a fantasy invented by people who want to spoil our relations with a friendly country," he said, repeating that about 4,500 servicemen would take part.

The Karesian contingent will be commanded by Lieutenant General Stanislav Korda, the commander of the 4th Army Corps, who led Karesian forces in the "Northern Shield" exercise in 2023. According to the ministry, Korda will set up his headquarters at the Lisma range, with a forward command post near Velsk.

Foreign Minister Yelena Marovska, speaking to reporters after talks with her Norvaland counterpart, Tomas Reinholt, in Dravsk, said the exercise was "purely defensive in nature". "Karesia has never threatened anybody, and it does not threaten Norvaland now," she said. "Our soldiers are going as guests and as partners."

Reinholt, for his part, said Norvaland expected "full transparency" from its partner and that the two ministers had agreed to keep in close contact throughout the drills.

Dmitri Orlan, the director of the Karesian Institute of Strategic Studies, said the exercise reflected a "mature partnership". He argued that Norvaland's armed forces, with fewer than 9,000 active personnel, could only gain from training with a larger army. "For Norvaland, this is a free lesson in modern logistics," Orlan said.

Asked whether Norvaland had requested any limits on the size of the contingent, Vesk said the plans had been "agreed at every stage" with the Norvaland general staff and that there were "no surprises for anyone who has read the plan".

The ministry said the Karesian units would start moving by rail next week. The field hospital and kitchens will be among the first to arrive, Vesk said, adding that soldiers had been instructed to "respect local customs and the environment" during their stay.
'''),

art("W2", "meridian-wire", "2026-01-12", "first-karesian-troop-trains-arrive-velsk",
    "First Karesian troop trains arrive in Norvaland border town",
    "Norvaland's defence minister promises lawmakers full troop figures by Friday.",
    "Anneli Roos", "Defence",
    ("/media/2026/01/velsk-station-train.jpg", "A military train at Velsk station",
     "A train carrying Karesian military trucks at Velsk station on Monday.", "Meridian Wire/Anneli Roos"),
    r'''
VELSK, Norvaland, Jan 12 (Meridian Wire) - The first trains carrying Karesian soldiers and trucks rolled into the Norvaland border town of Velsk on Monday, a week before the start of the Iron Meridian joint drills, as the country's defence minister promised lawmakers an exact count of the foreign troops.

Three trains arrived at Velsk station between dawn and midday, each carrying several dozen military trucks covered with tarpaulins, a Meridian Wire reporter saw. Soldiers in white winter camouflage unloaded the vehicles under the eyes of a few dozen residents, some of whom filmed the scene on their phones.

In Vallstad, Defence Minister Ilse Brandvik faced questions from parliament's defence committee behind closed doors. She told reporters afterwards that she understood the frustration over conflicting figures. "{{P2|We will publish the full troop numbers by Friday}}, broken down by unit and by type of equipment," Brandvik said. "There is nothing to hide, and parliament will see the same figures as the public."

Committee member Runa Aavik of the opposition Civic Alliance said the minister had not given the committee a number. "She told us she is waiting for the final lists from Dravsk," Aavik said. "It is strange that a host country has to wait for its guest to tell it how many guests there are."

Henrik Saar, the mayor of Velsk, said the town had been told to expect "a lot of traffic" over the coming week, with convoys moving at night from the station to the Lisma training range about 25 km to the south. "People are calm, but people also want to know what is happening in their own town," Saar said. "I learn most things from the news, like everybody else."

Ingrid Mets, who runs a cafe on Velsk's market square, said her morning customers had talked of little else. "My grandfather told stories about the last time there were this many soldiers here," she said. "I hope the only thing they leave behind is money."

Karesia's defence ministry said the units arriving this week were logistics and engineering troops preparing the field camp at Lisma. It repeated that about 4,500 Karesian soldiers would take part in the drills, which run from January 19 to February 8.

Norvaland's Interior Ministry said on Monday it would announce by midweek whether any of the five crossings on the Karesian border would be closed to civilian traffic during the troop movements.
'''),

art("V1", "velsk-gazette", "2026-01-14", "three-crossings-to-close",
    "Three border crossings to close on Friday; minister promises reopening on January 26",
    "Velsk, Tarn and Mirna crossings will shut to civilian traffic while Karesian convoys move to the Lisma range.",
    "Kertu Saarm", "Border",
    ("/img/news/2026/tammik-town-hall.jpg", "Oskar Tammik and Henrik Saar at Velsk town hall",
     "Interior Minister Oskar Tammik (left) and Mayor Henrik Saar at the town hall on Tuesday.", "Velsk Gazette"),
    r'''
Three of the five crossings on the border with Karesia, including the one in Velsk, will close to civilian traffic from 8 a.m. on Friday, Interior Minister Oskar Tammik announced during a visit to the town hall on Tuesday.

The closure affects {{NUM_crossings_1|the Velsk, Tarn and Mirna crossings}}. The crossings at Kobel and Osterby, further north, will stay open, but drivers should expect long queues there, the minister said. The decision was taken so that Karesian military convoys could move from the border to the Lisma range "safely and without civilian vehicles on the same roads".

"This is a temporary measure. {{P3|The crossings will reopen on January 26}}, once the heaviest movements are over," Tammik told local business owners and council members who had packed the small meeting room. "I understand this is difficult for Velsk, and we will try to make it as short as possible."

Not everyone was reassured. Several shop owners feared that the closures would last well beyond ten days. Mayor Henrik Saar said about 1,400 people cross the border at Velsk every working day, many of them to jobs, relatives or the cheaper shops on the Karesian side. "Ten days is a long time for a family business," he said. "I asked the minister for compensation, and he said the government would look at it. Looking at it is not a promise."

Arne Holt, a lorry driver who takes timber from the Velsk sawmill to Karesia twice a week, said the detour through Osterby would add about 90 km to each trip. "Nobody asked us," he said. "We read it in the paper. Well, in your paper."

The minister also confirmed that residents of Kuru and Lisma, the two villages closest to the training range, may be asked to leave their homes temporarily when live firing starts. A final decision would be made "by the weekend", Tammik said, and people who have to leave would be offered rooms in Velsk hotels and the school dormitory.

Pavel Rusk, who keeps 40 dairy cows outside Kuru, said he would not go anywhere. "Cows do not evacuate," he said. "Somebody has to milk them, drills or no drills."

Tammik was asked whether the closures had anything to do with the size of the Karesian contingent, which an opposition MP has put at 12,000. He said it did not. "The number of vehicles on the road is the issue, not the number of people," he said.

The town council will hold an extraordinary public meeting about the drills on Thursday at 6 p.m. in the culture house on Market Street. Border guards will be at the closed crossings around the clock, and the Interior Ministry has opened a hotline for questions.
'''),

]

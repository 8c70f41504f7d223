# ruff: noqa: E501  (story paragraphs are data: one paragraph per line keeps them diffable)
"""Original article texts for the extraction corpus (fictional places and people).

Each story: title, ISO date, author, and body blocks; a block starting with "## " is a subheading.
"""

LEDGER = [
    {
        "title": "Ferry link to Orvaholm suspended as ice closes the strait",
        "date": "2026-01-12",
        "author": "Lena Vask",
        "body": [
            "The only passenger ferry between Kessel and the island of Orvaholm stopped running on Sunday after drift ice closed the northern half of the strait, the port authority said.",
            "About 1,400 islanders depend on the crossing for food deliveries and hospital visits. The authority said an icebreaker from Tallinport would arrive by Wednesday at the earliest.",
            "## Helicopter for emergencies",
            "Until then a coast guard helicopter will fly patients to the mainland. “Nobody who needs a doctor will be left on the island,” said Jaan Ostrov, the regional rescue chief.",
            "Shopkeepers on Orvaholm said shelves of fresh milk and bread were already thin. The municipality promised to charter a cargo flight if the closure lasts beyond Friday.",
            "The strait last froze this early in 2011, when the ferry was idle for nineteen days.",
        ],
    },
    {
        "title": "City council approves budget with cuts to bus routes",
        "date": "2026-01-15",
        "author": "Martin Kuusk",
        "body": [
            "Kessel city council approved next year's budget late on Thursday by 27 votes to 22, after a six-hour debate dominated by planned cuts to suburban bus routes.",
            "The budget trims public transport spending by 4 percent and closes three night lines that the transport department says carry fewer than ten passengers an hour.",
            "Opposition councillors argued that shift workers at the port would lose their only way home. Deputy mayor Ilse Raud replied that a demand-responsive minibus would replace the night lines from April.",
            "## Schools spared",
            "Spending on schools rises by 2.1 percent, enough to cover teachers' wage increases agreed in the autumn but not the renovation of the Lõuna gymnasium, which is postponed again.",
            "The budget now goes to the regional audit office, which has thirty days to raise objections.",
        ],
    },
    {
        "title": "Power cut leaves eastern districts dark for nine hours",
        "date": "2026-01-19",
        "author": "Lena Vask",
        "body": [
            "A fault at the Vahe substation cut electricity to roughly 38,000 households in Kessel's eastern districts on Monday night, the grid operator said.",
            "Power returned to most homes shortly after 7 a.m. Engineers traced the fault to a transformer that had overheated during the cold snap, when demand reached a ten-year high.",
            "Two care homes ran on diesel generators through the night. Hospital services were not affected because the regional hospital has its own feed.",
            "The operator, Idavõrk, said it would compensate customers for spoiled food on presentation of receipts, and promised a report on the cause within two weeks.",
            "Residents in Pae complained that the outage map on the operator's website showed their street as supplied for most of the night.",
        ],
    },
    {
        "title": "Border guards report rise in drone sightings near Valdmark",
        "date": "2026-01-23",
        "author": "Andres Mölder",
        "body": [
            "Border guards recorded 61 unidentified drones over the Valdmark frontier district in December, more than double the number in November, according to figures released on Friday.",
            "Most of the aircraft were small quadcopters that crossed at low altitude after dark and turned back within a few kilometres, the border guard's eastern command said.",
            "## Farmers asked to report flights",
            "The command has asked farmers and hunters to report sightings through a hotline. “Every report helps us see the pattern,” said Captain Rein Sepp, a spokesman for the command.",
            "The interior ministry said it was testing a radar system borrowed from a neighbouring country and would decide by March whether to buy it.",
        ],
    },
    {
        "title": "Harbour dredging to start in spring after years of delay",
        "date": "2026-01-27",
        "author": "Martin Kuusk",
        "body": [
            "Dredging of Kessel's outer harbour will begin in April, the port company said on Tuesday, ending a dispute with environmental groups that has held up the project since 2021.",
            "The work will deepen the main channel from 9 to 12 metres so that larger container ships can call without waiting for high water.",
            "Environmental groups dropped their appeal after the company agreed to suspend dredging during the herring spawning season in May and to monitor sediment plumes daily.",
            "The project will cost an estimated 48 million euros, two thirds of it covered by a European infrastructure grant.",
            "Port director Helle Tamm said the deeper channel could bring two new shipping lines to the city by 2028.",
        ],
    },
    {
        "title": "Teachers vote to strike over workload",
        "date": "2026-02-02",
        "author": "Andres Mölder",
        "body": [
            "Members of the regional teachers' union voted by a large majority on Monday to hold a one-day strike on February 20, citing rising class sizes and unpaid administrative work.",
            "The union said 78 percent of members who took part backed the walkout. Turnout was 64 percent.",
            "Education officials said schools would stay open with reduced timetables and that pupils in final-year classes would sit their mock exams as planned.",
            "“We are not asking for a miracle, only for the hours we already work to be counted,” union chair Kadri Laas told reporters outside the county building.",
            "Talks between the union and the county are scheduled to resume on February 10.",
        ],
    },
]

WIRE = [
    {
        "title": "Valdmark extends curfew in three border villages",
        "date": "2026-02-03",
        "author": "Baltic Wire staff",
        "body": [
            "KESSEL, Feb 3 (Baltic Wire) - Authorities in the Valdmark district extended a night curfew in three border villages by two weeks on Tuesday, citing continued incidents involving unidentified drones.",
            "The curfew, first imposed on January 20, bars residents of Roosna, Kalda and Mäeküla from leaving their homes between 11 p.m. and 5 a.m. except for work or medical reasons.",
            "District governor Priit Kask said the measure had reduced the number of people in fields at night, when most drones are spotted. Local business owners said it had cut their evening trade by half.",
            "The interior ministry has sent 40 additional border guards to the district since the start of the year, a spokeswoman said.",
        ],
    },
    {
        "title": "Fuel importer warns of diesel shortages as rail route closes",
        "date": "2026-02-05",
        "author": "Baltic Wire staff",
        "body": [
            "KESSEL, Feb 5 (Baltic Wire) - The region's largest fuel importer warned on Thursday that filling stations could run short of diesel within ten days after repairs closed the rail line that carries most of its supply.",
            "Nordkütus said it was moving deliveries to road tankers, but that trucks could carry only about a third of the volume the trains delivered.",
            "The rail operator said the bridge repairs at Jõeküla would take until at least February 16. A spokesman said the work could not be postponed because inspectors had found cracks in two supports.",
            "The economy ministry said strategic reserves would be released if stocks at retail stations fell below five days of normal sales.",
        ],
    },
    {
        "title": "Parliament passes law on civil defence shelters",
        "date": "2026-02-09",
        "author": "Baltic Wire staff",
        "body": [
            "KESSEL, Feb 9 (Baltic Wire) - Parliament on Monday passed a law requiring all new apartment buildings above four storeys to include a basement shelter, with 71 deputies in favour and 12 against.",
            "The law also obliges municipalities to publish maps of existing shelters by the end of the year and to inspect them every two years.",
            "Builders' associations said the requirement would add between 3 and 5 percent to construction costs. The government said it would offer a tax credit to offset part of the expense.",
            "The law takes effect on July 1. Buildings already granted a permit are exempt.",
        ],
    },
    {
        "title": "Grain exports through Kessel rise 18 percent",
        "date": "2026-02-11",
        "author": "Baltic Wire staff",
        "body": [
            "KESSEL, Feb 11 (Baltic Wire) - Grain shipments through the port of Kessel rose 18 percent last year to 2.3 million tonnes, helped by a record wheat harvest and new silo capacity, the port company said on Wednesday.",
            "Wheat accounted for almost two thirds of the total, with barley and rapeseed making up most of the rest. The largest buyers were in North Africa and the Middle East.",
            "The company said it expected volumes to level off this year because farmers had reported lower winter sowing after a wet autumn.",
            "Port revenue rose 9 percent to 61 million euros. Net profit was not disclosed.",
        ],
    },
    {
        "title": "Opposition leader questioned over campaign donations",
        "date": "2026-02-13",
        "author": "Baltic Wire staff",
        "body": [
            "KESSEL, Feb 13 (Baltic Wire) - Prosecutors questioned opposition leader Toomas Kivi on Friday over donations to his party's campaign before last year's municipal elections, his lawyer said.",
            "Kivi was questioned as a witness, not a suspect, the lawyer, Maris Lepp, told reporters. The prosecutor's office confirmed that an investigation into the party's finances was under way but declined to give details.",
            'Kivi said in a statement that all donations had been declared and called the timing of the questioning, a month before his party\'s congress, "curious".',
            "The party received about 410,000 euros in donations last year, according to its filing with the political financing committee.",
        ],
    },
    {
        "title": "Storm cuts rail traffic along the coast",
        "date": "2026-02-16",
        "author": "Baltic Wire staff",
        "body": [
            "KESSEL, Feb 16 (Baltic Wire) - A storm with gusts of up to 31 metres per second brought down trees across the coastal railway on Monday, halting all trains between Kessel and Lahe for most of the day.",
            "The rail operator said replacement buses were running but that passengers should expect delays of up to two hours. About 6,000 people travel on the line on a normal weekday.",
            "The weather service kept its orange warning for the coast in place until Tuesday morning and advised people to avoid forests and the shoreline.",
            "Electricity was cut to about 9,000 customers, most of them in rural areas, the grid operator said.",
        ],
    },
]

BLOG = [
    {
        "title": "What the drone sightings do and do not tell us",
        "date": "2026-01-25",
        "author": "Maeve Halloran",
        "body": [
            "The monthly count of drone sightings over Valdmark has become a kind of barometer in Kessel's newsrooms. It doubled in December, and the headlines followed. But a count of sightings is a count of reports, and reports depend as much on who is looking as on what is flying.",
            "Two things changed in December besides the weather. The border guard opened a hotline, and the hunting season brought more people into the fields after dark. Both would raise the number of reports even if the number of flights stayed the same.",
            "## A better measure",
            "What would tell us more is the share of sightings confirmed by radar or by a second observer. The border guard has these figures; it simply has not published them. Until it does, the trend in the raw count should be read with care.",
            "None of this means the flights are harmless. A pattern of short incursions at night is consistent with mapping, and mapping is what one does before something else. It means only that the December figure is weaker evidence of escalation than it looks.",
        ],
    },
    {
        "title": "Shelters by law: a good start with a long tail",
        "date": "2026-02-10",
        "author": "Maeve Halloran",
        "body": [
            "The civil defence law passed this week will change how new apartment buildings are designed. It will do very little for the people who live in the buildings that already exist, which is to say almost everyone.",
            "Most of Kessel's housing stock dates from between 1960 and 1990. Some of those blocks have basements that could serve as shelters with modest work; many have basements that flood every spring. The law asks municipalities to map them, not to fix them.",
            "## Money is the missing article",
            "The tax credit for builders is the only money in the law. A fund for retrofitting existing basements, which the defence committee discussed in the autumn, did not make it into the final text. Without one, the shelter maps will mostly show where shelters are not.",
            "The law is still worth having. Maps are a precondition for planning, and inspection every two years will at least stop the worst basements from being listed as safe. But it is the first step of a longer programme, and it should be described that way.",
        ],
    },
    {
        "title": "Why the diesel scare came and went",
        "date": "2026-02-18",
        "author": "Maeve Halloran",
        "body": [
            "For about a week this month, it looked as if the region might run out of diesel. The rail bridge at Jõeküla was closed, the importer warned of shortages, and queues formed at filling stations on the ring road. Then the bridge reopened two days early and the story vanished.",
            "The episode is worth a second look because it showed how thin the margins are. One bridge carries most of the region's fuel. Road tankers can replace a third of that volume at best. The strategic reserve exists, but the rule for releasing it waits until stations are already close to empty.",
            "A threshold of five days of sales is a threshold for rationing, not for prevention. A release triggered at ten days would have calmed the market without touching much of the reserve.",
            "The importer also deserves a question. Its warning came with a precise estimate of ten days, which proved too pessimistic. Precision in a warning is useful only if it is earned.",
        ],
    },
    {
        "title": "The port is betting on deeper water",
        "date": "2026-01-29",
        "author": "Maeve Halloran",
        "body": [
            "Kessel's port company will start dredging the outer harbour in April, and it has promised that the deeper channel will bring two new shipping lines by 2028. It is a bet worth examining, because the city is paying part of the stake.",
            "Container lines choose ports for their hinterland, not for their depth alone. A deeper channel removes one reason to skip Kessel; it does not create a reason to call. The rail link inland and the customs clearance times matter at least as much.",
            "## The grant cuts both ways",
            "The European grant covers two thirds of the cost, which makes the project cheap for the city. It also means the city has to keep the channel open for at least fifteen years, including the maintenance dredging the grant does not pay for.",
            "If the shipping lines come, the bet pays. If they do not, Kessel will own an expensive channel for ships that go elsewhere. The port company should publish the letters of intent it says it has.",
        ],
    },
    {
        "title": "Reading the budget vote",
        "date": "2026-01-17",
        "author": "Maeve Halloran",
        "body": [
            "The city budget passed by five votes, which is a narrower margin than the coalition is used to. Three coalition councillors voted against it, all from districts served by the night bus lines the budget closes.",
            "That is a warning for the deputy mayor. The minibus service promised for April will be judged by the same councillors, and the coalition cannot afford to lose them again on the next vote that matters, the zoning plan in June.",
            "The cuts themselves are small. Closing three night lines saves less than a million euros a year. Their political cost is larger than their fiscal benefit, which is usually a sign that a measure was chosen for symbolic reasons.",
            "The schools settlement is the real news in the budget. It covers the wage deal, and it buys the county a quiet spring with the teachers, or would have, had the union not voted to strike anyway.",
        ],
    },
    {
        "title": "Curfews and the cost of caution",
        "date": "2026-02-04",
        "author": "Maeve Halloran",
        "body": [
            "The extension of the curfew in three Valdmark villages will be popular in the capital and unpopular in the villages, which is the usual pattern for security measures whose costs fall locally.",
            "The governor's argument is that fewer people in the fields at night means fewer chances for an incident. That is true but incomplete. Fewer people in the fields also means fewer observers, and the sighting reports that justified the curfew came largely from them.",
            "“We are being asked to stay home so that nobody can see what is happening,” one Kalda farmer told a local radio station. That is unfair to the governor, but it is a view the district will need to answer.",
            "A curfew with a clear end date and published criteria for lifting it would be easier to defend. This one has been extended once already without either.",
        ],
    },
]

REGIONAL = [
    {
        "title": "New clinic opens in Lahe after two-year wait",
        "date": "2026-01-14",
        "author": "Piret Saar",
        "body": [
            "Lahe's new health centre opened its doors on Wednesday, two years after the old clinic on Mere street closed because of mould.",
            "The centre houses three family doctors, a dentist and a physiotherapist. Until now, residents had to travel 30 kilometres to Kessel for most appointments.",
            "“My mother is 84 and does not drive. This changes her week,” said Anneli Kross, who brought her mother to the first morning's appointments.",
            "The building cost 2.4 million euros, shared between the municipality and the state. The municipality is still looking for a fourth doctor and has offered a flat in the centre of town as an incentive.",
            "Opening hours are from 8 a.m. to 6 p.m. on weekdays. A weekend duty doctor will be available from March.",
        ],
    },
    {
        "title": "Lahe fishermen say seal numbers are hurting catches",
        "date": "2026-01-21",
        "author": "Piret Saar",
        "body": [
            "Coastal fishermen in Lahe say grey seals are taking an ever larger share of their catch and damaging nets, and they want the state to allow a limited hunt.",
            "Arvo Tiik, who has fished out of Lahe harbour for 35 years, said he lost about a quarter of last season's herring to seals. “They know the sound of the boat. They are waiting for us,” he said.",
            "The environment ministry estimates the Baltic grey seal population at around 45,000 animals and says it is stable. A hunting quota of 50 seals a year exists but is rarely used because there is no market for the meat or skins.",
            "The fishermen's association has asked for compensation for damaged gear instead. The ministry said it would consider the request in its spring review.",
        ],
    },
    {
        "title": "School bus route changes anger parents in Kalda",
        "date": "2026-01-28",
        "author": "Tõnis Mets",
        "body": [
            "Parents in Kalda have collected more than 300 signatures against a change to the school bus timetable that means children from outlying farms leave home at 6:40 in the morning.",
            "The county transport centre merged two routes in January to save a driver's salary. The new route is 20 kilometres longer and now stops at eleven farms instead of six.",
            "Parents say younger children arrive at school tired and wait almost an hour before lessons start. The transport centre said it would look at adjusting the timetable from the next school term.",
            "The municipality has offered to pay part of the cost of a second driver if the county pays the rest. The county council will discuss the offer on February 12.",
        ],
    },
    {
        "title": "Old dairy to become arts centre",
        "date": "2026-02-04",
        "author": "Tõnis Mets",
        "body": [
            "The derelict dairy on the edge of Lahe will be turned into an arts centre with studios, a small concert hall and a café, after the municipality sold the building to a local foundation for one euro.",
            "The foundation, set up by three artists who grew up in Lahe, has raised 600,000 euros so far and expects the renovation to cost about twice that. It hopes to open the first studios by the end of the year.",
            "Some councillors had wanted the land for housing. Mayor Heino Vaher said the building was protected as an example of 1930s industrial architecture and could not be demolished anyway.",
            "The foundation has promised to reserve two studios for young artists from the county at a reduced rent.",
        ],
    },
    {
        "title": "Lahe harbour gets new breakwater",
        "date": "2026-02-09",
        "author": "Piret Saar",
        "body": [
            "Work on a new breakwater at Lahe harbour will start in May and should be finished before the autumn storms, the municipality said on Monday.",
            "The present breakwater, built in the 1950s, was badly damaged by storms in the last two winters. In December waves broke over it and flooded the fish processing building.",
            "The new structure will be 180 metres long and two metres higher than the old one. The contract went to a Kessel company that bid 3.1 million euros.",
            "Harbour master Ülo Rand said boats would be able to use the harbour throughout the works, although the northern berths would be closed in June.",
        ],
    },
    {
        "title": "Volunteer fire brigade marks 100 years",
        "date": "2026-02-14",
        "author": "Tõnis Mets",
        "body": [
            "Lahe's volunteer fire brigade celebrated its centenary on Saturday with a parade of old engines through the town and an open day at the station.",
            "The brigade was founded in 1926 by a group of shopkeepers after a fire destroyed half of Mere street. Today it has 34 active members, the youngest of them 18 and the oldest 71.",
            "Brigade chief Ants Kallas said recruiting was getting harder as young people moved away for work. “We need people who live here and can be at the station in five minutes,” he said.",
            "The brigade responded to 96 calls last year, most of them grass fires and road accidents.",
        ],
    },
]

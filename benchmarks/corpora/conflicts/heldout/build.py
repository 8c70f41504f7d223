"""Write pages/articles.jsonl from the articles below: the held-out corpus "Tavel Water".

Fiction written for evaluation only, never tuned on (see README.md): upstream Tiravia (capital
Kossen) fills the reservoir of its new Serrat Dam on the Tavel River, and downstream Quessa
(capital Port Lianne) loses the water its delta needs for rice planting; the Tavel Basin
Commission inspects the dam from its seat in the border town of Hessel. 1-28 April 2026, six
outlets, five articles in Russian. gold.json lists the genuine conflicts and the commitments.

    .venv/bin/python benchmarks/corpora/conflicts/heldout/build.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUTLETS = {
    "rw": "https://riverwire.example/story/",
    "lc": "https://liannecourier.example/news/",
    "kt": "https://kossentribune.example/",
    "bw": "https://basinweekly.example/analysis/",
    "dn": "https://deltanews.example/a/",
    "vt": "https://vestnik-tavelya.example/",
}

# (outlet, published, language, slug, title, text); paragraphs are separated by a blank line.
# fmt: off
ARTICLES = [
    ("rw", "2026-04-01", "en", "quessa-protests-serrat-filling",
     "Quessa protests as Tiravia fills Serrat reservoir",
     'PORT LIANNE, April 1 (River Wire) - Quessa lodged a formal protest with neighbouring '
     'Tiravia on Wednesday over the filling of the Serrat Dam reservoir, saying the Tavel '
     'River had dropped to its lowest April level in two decades just as farmers in the '
     'delta begin planting rice.\n\n'
     "Foreign Minister Beatrix Lanne said the diplomatic note, handed to Tiravia's "
     'ambassador in Port Lianne, asked Kossen to explain how much water it intended to hold '
     'back and for how long.\n\n'
     '"The delta cannot wait for Tiravia\'s engineers," Lanne told reporters outside the '
     'foreign ministry.\n\n'
     'Tiravia began the second stage of filling the reservoir on March 25. Tirhydro, the '
     'state utility that runs the dam, says the stage is needed to test its turbines at full '
     'head. Tiravia\'s foreign ministry said it would respond to the note "in due course".\n\n'
     "The Tavel rises in Tiravia's Hollin mountains and enters Quessa at the border town of "
     'Hessel before reaching the sea through the delta south of Port Lianne. About 70 '
     "percent of Quessa's rice is grown in the delta. Sowing there has to be finished by "
     "April 30, when the planting window in the delta closes, according to Quessa's "
     'agriculture ministry.'),
    ("lc", "2026-04-02", "en", "calder-serrat-releases",
     "Water Board: Serrat releases down to a trickle",
     'The Tavel is carrying less than a fifth of its usual April flow into Quessa, the head '
     'of the National Water Board said on Thursday, warning that canals at the tail end of '
     'the delta would run dry within days.\n\n'
     '"Releases from the Serrat Dam have fallen to 60 cubic metres per second," Ines Calder '
     'told a news conference in Port Lianne. She said the board read its gauges at Hessel '
     'every hour.\n\n'
     'A year ago the river carried 320 cubic metres per second at Hessel in the first week '
     "of April, according to the board's records. The delta's irrigation canals need at "
     'least 250 cubic metres per second during planting, Calder said. "Below that, the last '
     'villages on each canal get nothing," she said.\n\n'
     'The board has asked farmers upstream of Port Lianne to water their fields at night to '
     'cut evaporation.'),
    ("kt", "2026-04-03", "en", "sarkany-serrat-keeps-tavel-alive",
     "Sarkany: Serrat keeps the Tavel alive",
     "KOSSEN - Tiravia's Minister of Energy and Water, Lidia Sarkany, on Friday dismissed "
     'complaints from Quessa that the Serrat Dam had choked the Tavel River, saying the dam '
     'was letting through far more water than its neighbour claimed.\n\n'
     '"The Serrat Dam is releasing 180 cubic metres of water per second, day and night," '
     "Sarkany said during a visit to the dam's control centre.\n\n"
     'The reservoir, which can hold 4.2 billion cubic metres, is about a third full, the '
     'minister said. She declined to say when the filling would be complete.\n\n'
     'Emil Hrabe, director general of the state utility Tirhydro, which operates Serrat, '
     'rejected suggestions that Tiravia was keeping the water for its own farms. "Not one '
     'litre of Tavel water is going into the Orvel canal," Hrabe said, referring to the '
     'irrigation canal that Tiravia opened last year to serve the Kessing plain.\n\n'
     'The Kessing plain grows wheat and sunflowers on about 60,000 hectares.'),
    ("lc", "2026-04-03", "en", "vidal-tribunal-talks",
     "Vidal presses for talks over the Tavel",
     "Prime Minister Salome Vidal set out her government's response to the Tavel crisis in "
     'parliament on Friday, promising help for delta farmers and pressing Tiravia for talks.\n\n'
     '"Quessa will not take the dispute to the Basin Tribunal," Vidal said. "We want water '
     'this spring, not a judgment in five years."\n\n'
     'The tribunal, set up under the 1998 Tavel Water Accord, has never heard a case.\n\n'
     "Tomasz Weller, leader of the opposition Farmers' Party, said the prime minister had "
     'thrown away Quessa\'s strongest card. "This government has been asleep while the delta '
     'dried out," Weller said. Vidal, answering him, said her government had "done '
     'everything a government can do" for the delta.'),
    ("vt", "2026-04-04", "ru", "orlo-otvod-vody-orvel",
     "Министр Квессы обвинил Тиравию в отводе воды Тавеля",
     'ПОРТ-ЛЬЯНН, 4 апреля. Министр сельского хозяйства Квессы Казимир Орло в субботу '
     'обвинил соседнюю Тиравию в том, что она забирает воду реки Тавель для собственных '
     'полей.\n\n'
     '«Тиравия уже отводит воду Тавеля в канал Орвель, это видно на спутниковых снимках», — '
     'заявил Орло журналистам в Порт-Льянне.\n\n'
     'По словам министра, снимки переданы в Комиссию по бассейну Тавеля. Канал Орвель, '
     'открытый в прошлом году, орошает Кессингскую равнину в Тиравии.\n\n'
     'В министерстве сельского хозяйства сообщили, что в ближайшие дни в деревни дельты '
     'направят автоцистерны с питьевой водой.'),
    ("rw", "2026-04-06", "en", "tiravia-full-releases-april-20",
     "Tiravia names a date for full Tavel releases",
     "KOSSEN, April 6 (River Wire) - Tiravia's water minister said on Monday the Serrat Dam "
     'would soon let the Tavel River run at its usual strength again, the first sign that '
     'Kossen may be ready to ease a dispute that has left rice fields in neighbouring Quessa '
     'without water.\n\n'
     '"Full releases from the Serrat Dam will resume on April 20," Minister of Energy and '
     'Water Lidia Sarkany told reporters after a cabinet meeting.\n\n'
     'She did not say how many cubic metres per second "full" would mean. Sarkany said the '
     'Tavel Basin Commission, the joint body that oversees the 1998 water accord, would send '
     'inspectors to check the reservoir and the safety of the dam this week.\n\n'
     'In Port Lianne, the National Water Board said it would judge Tiravia by its gauges at '
     'Hessel. "We will believe it when we see it at Hessel," the board\'s head, Ines Calder, '
     'said.\n\n'
     'Tiravia began the second stage of filling the Serrat reservoir on March 25.'),
    ("lc", "2026-04-06", "en", "hydromet-tavel-outlook",
     "Forecasters expect the Tavel to keep falling",
     "Quessa's Hydrometeorological Service said on Monday it expected the Tavel to keep "
     'falling at Hessel over the next two weeks unless Tiravia lets more water through the '
     'Serrat Dam.\n\n'
     '"The Tavel at Hessel will fall below 50 cubic metres per second by April 20," chief '
     "forecaster Pia Reuter said, presenting the service's fortnightly outlook. She said the "
     'outlook assumed no significant rain in the foothills below the dam.'),
    ("rw", "2026-04-07", "en", "basin-commission-inspectors-serrat",
     "Basin commission inspectors head to Serrat Dam",
     'HESSEL, April 7 (River Wire) - Inspectors from the Tavel Basin Commission will begin '
     "checking Tiravia's Serrat Dam on Wednesday, the commission said on Tuesday, in an "
     'inspection that both governments accepted last week.\n\n'
     '"The inspection runs from April 8 until April 24," the commission\'s executive '
     'secretary, Marius Thorne, told reporters in Hessel, where the commission has its seat.\n\n'
     'A team of nine engineers led by chief inspector Katrin Mols will measure the reservoir '
     "level, check the spillway and the bottom outlets, and compare the dam's flow records "
     'with the gauges downstream, Thorne said. He said the commission would report to both '
     'governments once the work was done.\n\n'
     'Asked whether the inspectors would be allowed into the turbine hall and the control '
     'room, Thorne said that had been agreed "in principle".'),
    ("vt", "2026-04-08", "ru", "sarkani-sroki-zapolneniya",
     "Саркани: сроки заполнения водохранилища Серрат определят отдельно",
     'КОССЕН, 8 апреля. Министр энергетики и водных ресурсов Тиравии Лидия Саркани в среду '
     'отказалась назвать дату окончания заполнения водохранилища плотины Серрат.\n\n'
     '«Сроки окончания заполнения водохранилища будут определены отдельно», — заявила '
     'Саркани на брифинге в Коссене. По ее словам, решение примут с учетом выводов '
     'инспекторов Комиссии по бассейну Тавеля.\n\n'
     '«Мы не используем реку как оружие», — подчеркнула министр, отвечая на вопрос о '
     'претензиях Квессы.\n\n'
     'В министерстве иностранных дел Тиравии сообщили, что Коссен ответит на ноту Квессы '
     'письменно. «Тиравия направит письменный ответ на ноту Квессы до 12 апреля», — сказал '
     'официальный представитель МИД Теодор Брюнель.'),
    ("bw", "2026-04-08", "en", "who-holds-the-tavel",
     "Who holds the Tavel? Inside the Serrat dispute",
     'For most of the past quarter-century the Tavel has been a river that Tiravia and '
     'Quessa preferred not to talk about. The 1998 Tavel Water Accord, signed after a dry '
     'decade, promised Quessa a minimum flow of 150 cubic metres per second at Hessel '
     '"except in exceptional circumstances", a phrase that negotiators on both sides now '
     'concede was left deliberately vague.\n\n'
     'The Serrat Dam, built by Tirhydro with loans from three foreign banks and finished '
     'last autumn, has turned that vagueness into a crisis. Tiravia argues that filling a '
     'new reservoir is precisely the kind of exceptional circumstance the accord had in '
     'mind; Quessa says the accord never contemplated a neighbour holding back most of a '
     'river in the middle of the planting season.\n\n'
     'Greta Lindqvist, a senior fellow at the Institute for River Diplomacy who has followed '
     "the basin for twenty years, thinks the filling may run well past Tiravia's own "
     'expectations. On the inflows recorded so far, she said, the reservoir was unlikely to '
     'be full before July, "and that assumes a normal melt in the Hollin mountains."\n\n'
     'Officials familiar with the matter said Kossen had privately floated a deal in which '
     "Quessa would buy a share of Serrat's electricity in return for a guaranteed release "
     'schedule. Neither government has confirmed it, and one Quessan diplomat described the '
     'idea as "paying rent for our own river".\n\n'
     'Arjun Mehra, a hydrologist at the University of Port Lianne, was more cautious about '
     'the diplomacy than about the water. "Both capitals have an interest in a deal before '
     'the summer," he said, "but neither has yet shown it can sell one at home." The '
     "commission's inspection, he suggested, could give both sides a way to climb down "
     'without appearing to.\n\n'
     'Much may depend on the two leaders, President Ilario Vantes of Tiravia and Prime '
     'Minister Salome Vidal of Quessa, who have not met since the dam was finished.'),
    ("rw", "2026-04-09", "en", "vantes-office-tavel-timetable",
     "Tiravian president's office hedges on Tavel timetable",
     "KOSSEN, April 9 (River Wire) - The office of Tiravia's President Ilario Vantes "
     'signalled on Thursday that Kossen had not yet fixed when the Tavel would flow normally '
     'again, three days after the water minister gave a date.\n\n'
     '"The timetable for restoring the releases is still to be settled between the two '
     'leaders," presidential spokeswoman Mira Stanek said at her weekly briefing, referring '
     "to Vantes and Quessa's Prime Minister Salome Vidal.\n\n"
     "Asked whether the minister's date still stood, Stanek said Sarkany had spoken about "
     '"a technical possibility". The water ministry declined to comment.\n\n'
     'Inspectors of the Tavel Basin Commission began work at the dam on Wednesday.'),
    ("lc", "2026-04-09", "en", "orlo-delta-paddies-dry",
     "Orlo paints bleak picture of the delta",
     "Quessa's agriculture minister painted a bleak picture of the delta on Thursday, "
     'telling a farm union meeting in Sedda that seedbeds were drying out across the south.\n\n'
     '"About 40,000 hectares of rice paddies in the delta have no water," Casimir Orlo told '
     "the annual meeting of the Delta Growers' Union.\n\n"
     'Orlo said the government would not leave growers to carry the loss alone. "If Tiravia '
     'has not restored full releases by April 20, every delta farmer will receive an '
     'emergency grant by April 22," he said.\n\n'
     'The National Water Board had pledged in March to connect the eastern delta villages to '
     'the emergency pipeline by 15 April. A board engineer said work on the last section '
     'began on Monday.\n\n'
     "Tomasz Weller, leader of the opposition Farmers' Party, who spoke after the minister, "
     'drew laughter from the hall. "Of course the water will come back, the day the Tavel '
     'starts flowing uphill," he said. "And will the minister promise us rain by Friday as '
     'well?"'),
    ("lc", "2026-04-10", "en", "rive-leaders-to-meet-in-hessel",
     "Vidal and Vantes to meet in Hessel, Quessa says",
     "Quessa's government said on Friday that Prime Minister Salome Vidal and Tiravia's "
     'President Ilario Vantes would hold their first meeting since the Serrat Dam was '
     'completed at the border town of Hessel.\n\n'
     '"Prime Minister Vidal and President Vantes will meet in Hessel on April 17," '
     'government spokesman Anton Rive told reporters. He said the two leaders would discuss '
     'a release schedule for the rest of the year.\n\n'
     '"Compensation for the delta farmers will be discussed at the summit," Rive said, '
     'adding that Quessa had prepared an estimate of its losses but would not publish it '
     'before the meeting.\n\n'
     'Foreign Minister Beatrix Lanne said Quessa would also use the Tavel Basin Commission '
     'to press its case. "Quessa will table a formal complaint before the commission\'s '
     'emergency session closes," Lanne said.\n\n'
     "The commission's inspectors have been at the dam since Wednesday."),
    ("kt", "2026-04-13", "en", "serrat-bottom-outlets",
     "Ministry says Serrat is already passing more water",
     'KOSSEN - Tiravia says it has already begun letting more water through the Serrat Dam.\n\n'
     "Water Minister Lidia Sarkany and the ministry's spokesman, Oren Feld, said on Monday "
     'that the bottom outlet gates at Serrat had been open since Friday, allowing extra '
     'water to pass while the turbines are tested.\n\n'
     'Feld said the inspectors of the Tavel Basin Commission, who arrived last Wednesday, '
     'had been handed the dam\'s flow records on their first day. "The ministry will publish '
     'the reservoir readings once the inspection ends," he said.\n\n'
     'The turbine trials are another matter. "We will not release the test figures to the '
     'press; they belong to the engineers," Feld said.'),
    ("rw", "2026-04-13", "en", "tiravia-leaders-meeting-date",
     "Tiravia gives its own date for leaders' meeting",
     "KOSSEN, April 13 (River Wire) - Tiravia on Monday gave a different date from Quessa's "
     "for the first meeting between the two countries' leaders over the Tavel, suggesting "
     'that even the timing of the summit is in dispute.\n\n'
     '"The meeting between President Vantes and Prime Minister Vidal will take place on '
     'April 23," foreign ministry spokesman Teodor Brunel said at a briefing in Kossen. He '
     'did not explain the difference, and said the venue, Hessel, had been agreed.\n\n'
     'The Tavel Basin Commission will meanwhile hold an emergency session in Hessel from '
     "April 15 to April 17 at Quessa's request, a commission spokesman said.\n\n"
     'Tiravia has been filling the Serrat reservoir since March 25.'),
    ("vt", "2026-04-14", "ru", "feld-ploshchad-bez-vody",
     "В Коссене оспорили данные Квессы о засухе в дельте",
     'КОССЕН, 14 апреля. Министерство энергетики и водных ресурсов Тиравии оспорило данные '
     'Квессы о площади рисовых полей, оставшихся без воды.\n\n'
     '«Без воды в дельте остались не более 8 000 гектаров рисовых полей», — заявил во '
     'вторник официальный представитель министерства Орен Фельд. По его словам, эта оценка '
     'основана на спутниковых снимках, сделанных 10 апреля.\n\n'
     '«Мы готовы показать эти снимки комиссии», — добавил Фельд.\n\n'
     'В Порт-Льянне заявление Фельда пока не прокомментировали.'),
    ("rw", "2026-04-14", "en", "commission-serrat-outlets",
     "Basin commission challenges Tiravia's account of Serrat outlets",
     'HESSEL, April 14 (River Wire) - The Tavel Basin Commission on Tuesday challenged '
     "Tiravia's account of how much water the Serrat Dam has been letting through, a rare "
     'public intervention by a body that usually speaks only through its annual report.\n\n'
     '"The bottom outlet gates were shut when our team inspected them on Saturday," the '
     "commission's executive secretary, Marius Thorne, told reporters. He said he had to "
     'correct a public statement that did not match what the engineers had seen.\n\n'
     "Thorne said the inspection would continue as planned. Tiravia's water ministry said it "
     "would respond after studying the commission's remarks."),
    ("lc", "2026-04-14", "en", "hydromet-revises-tavel-outlook",
     "Rain in the foothills lifts Tavel outlook",
     "Quessa's Hydrometeorological Service revised its outlook for the Tavel on Tuesday "
     'after heavy rain fell over the weekend on the foothills between the Serrat Dam and the '
     'border.\n\n'
     'The river at Hessel is now expected to stay above 70 cubic metres per second for the '
     "rest of April, chief forecaster Pia Reuter said, adding that last week's outlook had "
     'assumed a dry fortnight. "The rain has changed the picture, but it has not ended the '
     'shortage," Reuter said.'),
    ("kt", "2026-04-15", "en", "kossen-compensation-summit",
     "Kossen cool on compensation before the summit",
     "KOSSEN - Tiravia's foreign ministry on Wednesday played down Quessa's hopes that the "
     "leaders' meeting in Hessel would deal with losses in the delta.\n\n"
     'Asked about compensation for the delta farmers, foreign ministry spokesman Teodor '
     'Brunel said it was not on the agenda of the meeting. "The leaders will talk about '
     'water, not about invoices," he told reporters.\n\n'
     'Brunel said Tiravia had answered all of Quessa\'s questions "through the proper '
     'channels".'),
    ("rw", "2026-04-15", "en", "tiravia-inspectors-access",
     "Tiravia says it has nothing to hide at Serrat",
     'KOSSEN, April 15 (River Wire) - Tiravia sought on Wednesday to draw a line under its '
     'public quarrel with the Tavel Basin Commission.\n\n'
     '"Commission inspectors have had access to every part of the Serrat Dam since they '
     'arrived," foreign ministry spokesman Teodor Brunel told a news conference. Tiravia, he '
     'said, "has nothing to hide at Serrat".\n\n'
     "Brunel did not address the commission's remarks about the bottom outlets. The water "
     "ministry said Minister Lidia Sarkany would attend the commission's emergency session "
     'in Hessel on Thursday.'),
    ("rw", "2026-04-16", "en", "quessa-complaint-basin-commission",
     "Quessa files complaint against Tiravia at basin commission",
     'HESSEL, April 16 (River Wire) - Quessa formally accused Tiravia of breaching the 1998 '
     'Tavel Water Accord on Thursday, tabling a complaint at an emergency session of the '
     'Tavel Basin Commission in Hessel.\n\n'
     '"Tiravia has treated the minimum flow as a suggestion," Foreign Minister Beatrix Lanne '
     'told the session, according to a copy of her speech released by her ministry.\n\n'
     'The session, which opened on Wednesday, ends on Friday. Delegates from the two '
     'countries sat on opposite sides of the chamber and did not speak to each other during '
     'the break, a delegate said.'),
    ("rw", "2026-04-17", "en", "commission-control-room",
     "Commission's row with Tiravia over Serrat access deepens",
     "HESSEL, April 17 (River Wire) - The Tavel Basin Commission's dispute with Tiravia over "
     "access to the Serrat Dam deepened on Friday as the commission's emergency session "
     'closed in Hessel without a joint statement.\n\n'
     '"On Monday our inspectors were turned away from the control room," executive secretary '
     'Marius Thorne told reporters after the session. He said the team had been let back in '
     'the next day "after an hour of telephone calls".\n\n'
     "Thorne said the inspection was on schedule to finish next Friday. Tiravia's foreign "
     'ministry did not respond to a request for comment.\n\n'
     "There was no sign in Hessel on Friday of the leaders' meeting that Quessa's government "
     'had announced for that day.'),
    ("lc", "2026-04-17", "en", "eastern-villages-pipeline",
     "Eastern delta villages still waiting for their pipeline",
     'The emergency pipeline meant to bring drinking water to the eastern delta villages is '
     'still not connected, the National Water Board admitted on Friday, two days after the '
     'date it had set for the work.\n\n'
     'A board engineer in Lossa blamed "a pump that arrived without its motor" for the delay '
     'on the last two kilometres. Tankers continue to supply the villages.\n\n'
     '"We were told the fifteenth. Then the seventeenth. Now nobody tells us anything," said '
     'Maren Duda, who keeps ducks and two hectares of rice outside Lossa.\n\n'
     "In Hessel, the Tavel Basin Commission registered Quessa's complaint against Tiravia on "
     'Thursday, the foreign ministry said.'),
    ("kt", "2026-04-18", "en", "hrabe-reservoir-date",
     "Tirhydro chief gives a date for the end of the filling",
     'KOSSEN - The head of Tirhydro gave the first firm date on Saturday for the end of a '
     'process that has strained relations with Quessa for almost a month.\n\n'
     '"The reservoir will be full by May 10," Emil Hrabe, Tirhydro\'s director general, said '
     'in an interview with the Kossen Tribune. "After that, Serrat will pass on everything '
     'the Tavel brings down from the mountains."\n\n'
     "Hrabe said last weekend's rain had helped, but would not say how much water the dam "
     "was now letting through. Asked about the commission's remarks on the bottom outlets, "
     'he said the matter was "for the ministry".'),
    ("dn", "2026-04-19", "en", "tail-end-villages-wait",
     "Tail-end villages count the days",
     "LOSSA - At the end of the Seventh Canal, where the delta's irrigation network runs "
     'out, farmers have started digging wells in their own paddies.\n\n'
     '"Our wells are down to mud," said Hanno Brisk, the head of Lossa district, who has '
     'asked the agriculture ministry for more diesel pumps. He said the tankers came every '
     'second day.\n\n'
     'Brisk said his farmers knew the calendar as well as anyone: the planting window closes '
     'on April 30, and rice sown later rarely ripens before the autumn floods.'),
    ("rw", "2026-04-20", "en", "tavel-flow-unchanged-hessel",
     "Tavel flow unchanged on day Tiravia named for full releases",
     'HESSEL, April 20 (River Wire) - Gauges on the Tavel at Hessel showed no increase in '
     "the river's flow on Monday, the day Tiravia's water minister had named for the return "
     'of full releases from the Serrat Dam.\n\n'
     'The National Water Board said the river was carrying 74 cubic metres per second at '
     'Hessel at noon, about the same as a week earlier.\n\n'
     "In Kossen, ministry spokesman Oren Feld said the minister's date had depended on the "
     'inspectors finishing their work. "Nothing will change at Serrat while the commission '
     'is still on the dam," Feld told River Wire by telephone.\n\n'
     "In Port Lianne, Prime Minister Salome Vidal's office said the emergency grants for "
     'delta farmers would be paid this week.'),
    ("vt", "2026-04-21", "ru", "kalder-raskhod-tavelya",
     "Расход Тавеля у Хесселя не изменился",
     'ХЕССЕЛЬ, 21 апреля. Расход воды в реке Тавель у Хесселя во вторник остался на уровне '
     '74 кубометров в секунду, сообщили в Национальном водном совете Квессы.\n\n'
     '«Вода так и не пришла. Мы будем публиковать показания гидропостов каждый день, чтобы '
     'фермеры видели правду», — заявила глава совета Инес Калдер.\n\n'
     'По словам Калдер, уровень воды в каналах дельты продолжает снижаться. Министерство '
     'сельского хозяйства Квессы сообщило, что чрезвычайные выплаты фермерам дельты начнутся '
     'в среду.'),
    ("lc", "2026-04-22", "en", "vidal-tribunal-option",
     "Vidal hardens tone on eve of Hessel meeting",
     'Prime Minister Salome Vidal hardened her tone on Wednesday, a day before she is due to '
     'meet Tiravia\'s president, telling parliament that Quessa\'s patience "has limits".\n\n'
     '"Going to the Basin Tribunal remains an option for my government," Vidal said, to '
     'applause from the opposition benches.\n\n'
     'The agriculture ministry said on Wednesday that all 12,000 registered delta farmers '
     'had received the emergency grant, after Tiravia failed to restore full releases on '
     'Monday. Tomasz Weller of the Farmers\' Party called the grants "too little, two weeks '
     'late".\n\n'
     'Agriculture Minister Casimir Orlo said the ministry was now moving water allowances '
     'down the canals farm by farm. "Every farm in the delta will receive its water '
     'allowance before the planting window closes," he said.'),
    ("bw", "2026-04-22", "en", "before-hessel",
     "Before Hessel: what each side needs from the summit",
     'When Ilario Vantes and Salome Vidal sit down in Hessel on Thursday, each will be '
     'negotiating as much with audiences at home as with each other.\n\n'
     'In Kossen, officials familiar with the matter said the president was prepared to offer '
     'a written release schedule for the rest of the year but not a figure for the minimum '
     "flow, which Tiravia regards as settled by the 1998 accord. Quessa's negotiators, by "
     'the same account, want exactly that figure.\n\n'
     "Vidal's position has been eased, somewhat, by the weather and by the emergency grants, "
     'which have bought her time with growers. "If the Hollin snow melts late, all of this '
     'will look very different in June," said Arjun Mehra, the Port Lianne hydrologist.\n\n'
     'Greta Lindqvist of the Institute for River Diplomacy doubts that Kossen is ready to '
     'put anything measurable in writing. "I would be surprised if Tiravia signed up to a '
     'number this week," she said. The opposition in Port Lianne is blunter still: Tomasz '
     'Weller has predicted that Vidal will come back from Hessel with nothing.'),
    ("rw", "2026-04-23", "en", "vantes-vidal-meet-hessel",
     "Vantes and Vidal meet in Hessel, agree to keep talking",
     'HESSEL, April 23 (River Wire) - President Ilario Vantes of Tiravia and Prime Minister '
     'Salome Vidal of Quessa met in Hessel on Thursday for three hours of talks on the '
     'Tavel, their first meeting since the Serrat Dam was completed.\n\n'
     'Neither leader spoke to reporters afterwards. In a joint statement, the two '
     'governments said they had asked the Tavel Basin Commission to draft a release schedule '
     '"for the remainder of the filling". The statement did not mention compensation.\n\n'
     'Quessa\'s foreign ministry said on Thursday it had received "a number of documents" '
     'from Kossen since the start of the month, but would not say whether any of them was '
     'the written reply to its note of April 1.'),
    ("rw", "2026-04-24", "en", "serrat-inspection-ends",
     "Serrat inspection ends; Tiravia posts reservoir readings",
     'KOSSEN, April 24 (River Wire) - Inspectors of the Tavel Basin Commission finished '
     "their work at the Serrat Dam on Friday, and Tiravia's water ministry put the reservoir "
     'readings on its website a few hours later.\n\n'
     'The readings show the reservoir holding 1.9 billion cubic metres, about 45 percent of '
     'its capacity. Tirhydro said it had raised releases to 210 cubic metres per second on '
     'Friday afternoon.\n\n'
     "Marius Thorne, the commission's executive secretary, said the commission would send "
     'its report to both governments "within a fortnight".'),
    ("vt", "2026-04-27", "ru", "tavel-raskhod-vyros",
     "Расход Тавеля у Хесселя вырос впервые с конца марта",
     'ПОРТ-ЛЬЯНН, 27 апреля. Расход воды в Тавеле у Хесселя в понедельник вырос до 185 '
     'кубометров в секунду, сообщили в Национальном водном совете Квессы. Это первое '
     'заметное увеличение с конца марта.\n\n'
     '«Если вода удержится на этом уровне, посевную в дельте еще можно спасти», — сказал '
     'министр сельского хозяйства Квессы Казимир Орло.\n\n'
     'Министр иностранных дел Беатрикс Ланне назвала итоги встречи лидеров в Хесселе '
     '«началом, а не концом».'),
    ("lc", "2026-04-28", "en", "delta-planting-race",
     "Delta farmers race the calendar as the Tavel rises",
     'With the Tavel rising again at Hessel, rice growers in the delta spent Tuesday '
     'flooding seedbeds that had stood dry for a month.\n\n'
     'The agriculture ministry said water allowances had reached farms on the main canals '
     'and would reach the tail-end villages "in the coming days".\n\n'
     'Ines Calder, the head of the National Water Board, said the emergency pipeline to the '
     'eastern delta villages had been connected on Monday, twelve days late.\n\n'
     '"Who will pay for the month we lost?" asked Tomasz Weller, the opposition leader, at a '
     'rally in Sedda.'),
]
# fmt: on

# A syndicated copy: (outlet, published, slug of the original, credit line).
REPRINTS = [
    ("dn", "2026-04-08", "basin-commission-inspectors-serrat", "Source: River Wire"),
]


def _records() -> list[dict[str, str]]:
    records = [
        {
            "url": f"{OUTLETS[outlet]}{published}-{slug}",
            "title": title,
            "published": published,
            "text": text,
            "language": language,
            "source": outlet,
        }
        for outlet, published, language, slug, title, text in ARTICLES
    ]
    for outlet, published, slug, credit in REPRINTS:
        original = next(r for r in records if r["url"].endswith(slug))
        records.append(
            {
                **original,
                "url": f"{OUTLETS[outlet]}{published}-{slug}",
                "published": published,
                "text": f"{original['text']}\n\n{credit}",
                "source": outlet,
            }
        )
    return sorted(records, key=lambda record: record["published"])


def main() -> None:
    out = Path(__file__).resolve().parent / "pages" / "articles.jsonl"
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for record in _records():
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

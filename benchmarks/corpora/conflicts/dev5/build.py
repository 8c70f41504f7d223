"""Write pages/articles.jsonl from the articles below: the fifth development corpus "Ardwen".

Fiction, written without sight of the desk's rules or the held-out corpora: a new electronic
customs clearance system, Clearway, switched on at Ardwen, the main container port of the
invented country of Calvessa, and the backlog that followed, 7 September - 9 October 2026, 32
articles from five outlets (two wires with datelines, a national daily, an analytic weekly with
longer paragraphs and a regional paper). Voices: the finance minister Corinna Halvard and her
deputy Jonas Ebbe, customs director-general Matthis Orrel and his spokeswoman Linnea Prask, port
chief Davor Kestrin, transport minister Sanne Ulvik, Lower Sarn governor Teodor Brask, Ardwen
mayor Ilona Fessel, the customs union's Hedda Marrow, the hauliers' Piet Aumann, the software
house's Rasmus Clay, and two independent analysts (Greta Solm, Benedikt Harro).

Conflicts are said in different words: "suspended for export cargo" against "still being cleared
through Clearway", "has power points" against "no power supply", a firm "within three weeks"
against "still to be decided", a launch "since Friday" against "on August 31", and two voices
that contradict themselves (Orrel on the software, Kestrin on ships sent away). One promise's
due date lies in another article: Norvent's fix "as soon as the audit ends", while the audit
"runs until September 25" in a later piece. Fulfilment is reported in other words than the
promise: a yard that "will open" is one that lorries "rolled into", a road "reopened to all
traffic" is one where "cars were moving freely".

Traps that are not conflicts: 1,500 lorries in the N9 queue and a yard with room for 1,500
lorries (and 1,500 to 2,000 declarations); 200 officers promised and 200 lorries at Tarrow; 400
containers at Mellin, another port; old figures reported as old ("down from some 11,000 at the
peak", the 9,500 and 4,000 of September 8 recalled in the weekly, last year's 2.1 million); an
analyst's forecast of 15,000 containers against later counts; a reporter's question ("Will the
N9 be open again by the weekend?"); the union leader's joke that Clearway "will clear every
container in Calvessa by Christmas"; analysts' opinions against official timetables ("will not
be gone before November", "nowhere near normal"); the port chief's conditional ("If the union
lifts its overtime ban, Ardwen will be back to normal within a fortnight"); promises about other
places (the Tarrow yard on September 21 against the Fennick yard on Monday, the Kessel rail
terminal). The joke, the conditional and the forecasts are not listed as commitments either.
gold.json lists the genuine conflicts and the promises with their outcome on 9 October 2026.

    .venv/bin/python benchmarks/corpora/conflicts/dev5/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from articles import write_articles  # noqa: E402

OUTLETS = {
    "cw": "https://calvessawire.example/",
    "mp": "https://meridianpress.example/wire/",
    "dc": "https://dunmerecourier.example/national/",
    "lw": "https://theledgerweekly.example/analysis/",
    "sg": "https://sarngazette.example/region/",
}

# (outlet, published, slug, title, text)
# fmt: off
ARTICLES = [
    ("cw", "2026-09-07", "clearway-backlog",
     'Containers pile up at Ardwen after customs system launch',
     'ARDWEN - Thousands of containers are piling up on the quays of Ardwen, Calvessa\'s largest '
     'port, after the customs directorate switched to a new electronic clearance system, '
     'freight agents said on Monday. The system, called Clearway, was meant to halve the time '
     'needed to clear a container. Instead, agents said, declarations have been stuck for hours '
     'or rejected without explanation. Customs director-general Matthis Orrel played down the '
     'disruption. "Clearway has been running at Ardwen since Friday, and most declarations are '
     'going through," Orrel told reporters at the customs house. "The backlog will be cleared '
     'by September 18. The problem is not the software; it is the sheer volume of cargo '
     'arriving this month." He said officers had worked extra shifts over the weekend.'),
    ("mp", "2026-09-08", "quays-full", 'Port chief says Ardwen quays close to capacity',
     'ARDWEN - The head of the Ardwen Port Authority, Davor Kestrin, said on Tuesday that the '
     'port\'s container terminals were close to capacity. "Some 9,500 containers are stuck on '
     'the quays waiting for customs," Kestrin told a news conference. "Clearway was switched on '
     'at our terminals on August 31, and the trouble started that same night." He said stacks '
     'at the east terminal had reached six high, the safe limit. To relieve the pressure, the '
     'authority is turning a former car park near the town of Fennick, 12 km inland, into a '
     'holding yard for lorries and boxes. "The overflow yard at Fennick will open on Monday," '
     'Kestrin said. Shipping lines have begun warning customers of delays of up to a week.'),
    ("dc", "2026-09-08", "orrel-figures", 'Customs chief rejects talk of chaos at Ardwen',
     'The head of the customs directorate rejected reports of chaos at Ardwen on Tuesday. '
     '"Fewer than 4,000 containers are awaiting clearance, and the number is falling every '
     'hour," Matthis Orrel said in a statement. He blamed freight agents for filing incomplete '
     'declarations and urged them to read the guidance the directorate sent out in August. At '
     'Mellin, Calvessa\'s second container port, which still uses the old paper-based system, '
     'about 400 containers were waiting on Tuesday, a normal figure for the season, according '
     'to the port\'s harbourmaster, Agnes Tully.'),
    ("cw", "2026-09-09", "halvard-compensation", 'Finance minister promises hauliers compensation',
     'DUNMERE - Finance minister Corinna Halvard promised on Wednesday to compensate haulage '
     'firms whose lorries have been stuck outside Ardwen since last week. "Hauliers will '
     'receive compensation within three weeks," Halvard told parliament. She said drivers had '
     'lost days of work "through no fault of their own". The chairman of the Calvessan Road '
     'Haulage Federation, Piet Aumann, welcomed the pledge but said his members were losing '
     'some 300,000 marks a day. Halvard said she had full confidence in the customs directorate '
     'and in Orrel, its director-general. Asked about Clearway, she said the government would '
     'wait for the facts before blaming anyone.'),
    ("sg", "2026-09-10", "n9-queue", 'Lorries back up along the N9',
     'Lorry drivers waiting to enter Ardwen port have been sleeping in their cabs on the N9 '
     'coast road, some of them for three nights. "More than 1,500 lorries are queueing on the '
     'N9 between Ardwen and Fennick," Lower Sarn governor Teodor Brask said on Thursday after '
     'driving the length of the queue. He complained that the province had not been consulted '
     'on the port authority\'s plans for a holding yard at Fennick. Ardwen\'s mayor, Ilona '
     'Fessel, said shops near the port gates had run out of bottled water and that the town had '
     'begun handing out water to drivers. "These men have done nothing wrong," Fessel said.'),
    ("mp", "2026-09-10", "ulvik-n9", 'Transport minister visits N9 queue',
     'FENNICK - Transport minister Sanne Ulvik visited the N9 on Thursday and said police had '
     'closed the road\'s seaward lane so that lorries could wait there safely. "About 600 '
     'lorries are waiting on the N9 this morning," Ulvik told reporters at the Fennick '
     'junction. "Will the N9 be open again by the weekend?" one reporter asked. Ulvik did not '
     'give a date, saying only that the lane would reopen "as soon as the port can take the '
     'lorries". She said a second route to the port, through Kessel, was not an option because '
     'the Kessel rail freight terminal had been shut to make room for empty containers.'),
    ("dc", "2026-09-11", "union-overtime", 'Customs officers to refuse overtime',
     'The union representing customs staff said on Friday its members at Ardwen would refuse '
     'all overtime from Monday in protest at staffing levels, a move likely to slow clearances '
     'further. "Nearly a third of the 1,200 officers at Ardwen are off sick, worn out by this '
     'system," said Hedda Marrow, general secretary of the Union of Customs and Excise Staff. '
     'She said officers had been made to train on Clearway in their own time. Asked whether the '
     'new software would soon solve the problem, Marrow laughed. "Sure, and Clearway will clear '
     'every container in Calvessa by Christmas," she joked. The customs directorate said it '
     'regretted the union\'s decision.'),
    ("cw", "2026-09-11", "ulvik-lane", 'N9 lane to reopen by month-end, minister says',
     'DUNMERE - Transport minister Sanne Ulvik gave a date on Friday for clearing the lorries '
     'from the seaward lane of the N9 coast road. "The N9 will be reopened to all traffic by '
     'the end of the month," Ulvik said in a radio interview. Separately, customs spokeswoman '
     'Linnea Prask disputed the union\'s account of staff shortages at Ardwen. "Fewer than 90 '
     'officers are absent, and most of them for ordinary reasons," Prask said. She described '
     'the overtime ban, which the union announced earlier on Friday, as "not helpful".'),
    ("lw", "2026-09-12", "what-went-wrong", 'What went wrong at Ardwen',
     'The contract for Clearway was signed three years ago with Norvent Systems, a software '
     'house based in Dunmere, at a price the finance ministry has never published. Officials '
     'said at the time that the system would make Ardwen one of the fastest ports in the '
     'region. A week after its launch, it has done the opposite. Freight agents describe a '
     'system that loses declarations halfway through, asks for the same document twice and '
     'locks users out after ten minutes. The customs directorate\'s first explanation, that the '
     'volume of cargo rather than the software was to blame, has convinced few people on the '
     'quays. Last year Ardwen handled some 2.1 million containers, roughly 5,800 a day, and the '
     'old paper-based system coped with that, if slowly.\n\nThe forecasts now on offer vary '
     'widely. Greta Solm, a trade economist at the Dunmere Institute for Trade Studies, doubts '
     'that the directorate\'s timetable is realistic. "In my view the backlog will not be gone '
     'before November," she said. Benedikt Harro, a logistics consultant who advises several '
     'shipping lines, warned that the pile could grow before it shrinks: on his estimate the '
     'number of containers waiting could reach 15,000 by the end of the month if nothing '
     'changes. Neither forecast is a count, and both depend on what the customs officers\' union '
     'does next.\n\nWhat is clear is that the issue has become political. Opposition deputies '
     'want to know who chose Norvent and why the system was launched at the start of the autumn '
     'peak, and they are unlikely to let the matter drop.'),
    ("mp", "2026-09-14", "norvent-audit", 'Norvent says Clearway fix is ready',
     'DUNMERE - Norvent Systems, the company that built Clearway, said on Monday it had found '
     'the fault that was causing customs declarations to vanish. "A corrected version of '
     'Clearway will be installed as soon as the audit ends," chief executive Rasmus Clay told '
     'reporters, referring to an independent review of the system ordered by the finance '
     'ministry last week. Clay denied that the company had rushed the launch. He acknowledged, '
     'however, that the system had never been tested with more than a few hundred declarations '
     'at once. Norvent\'s shares fell by nearly a fifth on the Dunmere exchange last week.'),
    ("cw", "2026-09-14", "ebbe-undecided",
     'No decision yet on hauliers\' compensation, deputy minister says',
     'DUNMERE - Deputy finance minister Jonas Ebbe said on Monday that the government had not '
     'yet worked out how the compensation for haulage firms would be paid. "How much hauliers '
     'will be paid, and when, is still to be decided," Ebbe told reporters after meeting the '
     'haulage federation. He said officials were studying claims that drivers had lost up to '
     'four days\' work each. Piet Aumann, the federation\'s chairman, said he was disappointed. '
     '"Last week we were told three weeks. Now we are told nothing," he said. The overtime ban '
     'by customs officers at Ardwen began on Monday.'),
    ("mp", "2026-09-15", "fennick-opens", 'Fennick yard takes its first lorries',
     'FENNICK - The first lorries rolled into the new overflow yard at Fennick on Monday '
     'morning, and by evening some 350 had parked there, the port authority said on Tuesday. '
     'The yard, a former car park, has room for 1,500 lorries. Port chief Davor Kestrin said it '
     'would take pressure off the N9. "Fennick has power points for refrigerated containers, so '
     'fruit and meat can wait there safely," Kestrin said. Drivers complained that the site had '
     'toilets but nowhere to eat. "A canteen will be open by Friday," Kestrin said.'),
    ("sg", "2026-09-16", "brask-reefers", 'Governor: Fennick yard unfit for perishable cargo',
     'Lower Sarn governor Teodor Brask said on Wednesday that the port authority\'s yard at '
     'Fennick was not fit for perishable cargo. "There is no power supply for refrigerated '
     'containers at Fennick," Brask told the provincial assembly. "Anyone who parks a box of '
     'fish there is taking a risk." He said the province would open a site of its own. "A '
     'second overflow yard, at Tarrow, will open on September 21," Brask said. Tarrow lies on '
     'the old coast road, north of Fennick. Ardwen\'s mayor, Ilona Fessel, said the town council '
     'had been given assurances about the Kessel rail freight terminal, which has been closed '
     'since last week. "The Kessel terminal will reopen within ten days," Fessel said.'),
    ("dc", "2026-09-16", "prask-exports", 'Exports taken off Clearway',
     'Customs has stopped using Clearway for outgoing cargo at Ardwen, its spokeswoman said on '
     'Wednesday, in the first admission that the system could not cope. "Clearway has been '
     'suspended for export cargo, and exporters are sending their declarations by email again," '
     'Linnea Prask said. She said imports would stay on the new system for now. Exporters\' '
     'groups said the step came a week too late. Prask declined to say how long the arrangement '
     'would last.'),
    ("cw", "2026-09-17", "orrel-exports", 'Customs chief says exports still on Clearway',
     'ARDWEN - Customs director-general Matthis Orrel said on Thursday that Clearway was '
     'handling outgoing cargo at all of Ardwen\'s terminals. "Export cargo is still being '
     'cleared through Clearway at every terminal," Orrel told reporters. Asked about his '
     'spokeswoman\'s statement of Wednesday, he said she had been referring to "a small number '
     'of emailed declarations" from exporters whose accounts had been locked. He maintained '
     'that the backlog was shrinking, but did not give a figure.'),
    ("mp", "2026-09-17", "halvard-officers", 'Government to send extra customs officers to Ardwen',
     'DUNMERE - The government will move customs officers from inland offices to Ardwen to help '
     'clear the backlog, finance minister Corinna Halvard said on Thursday. "Some 200 '
     'additional customs officers will start work at Ardwen by October 19," Halvard said. She '
     'also made clear that the government was not giving up on the new system. "Clearway will '
     'be rolled out at Mellin on November 2, as planned," she said. Halvard and the customs '
     'director-general, Matthis Orrel, said at a joint news conference that the Fennick yard '
     'had already cut the queue on the N9 by half.'),
    ("dc", "2026-09-18", "prask-mellin", 'Mellin switch to Clearway \'under discussion\'',
     'The customs directorate has not decided when Mellin, Calvessa\'s second container port, '
     'will move to Clearway, its spokeswoman said on Friday. "The rollout at Mellin is still '
     'under discussion, and nothing will happen there until we are sure the system works," '
     'Linnea Prask said. She said the independent audit of Clearway ordered by the finance '
     'ministry was going well. "The audit runs until September 25," Prask said. Mellin\'s '
     'harbourmaster, Agnes Tully, said her port was in no hurry. "We would rather wait a year '
     'than have what Ardwen has," she said.'),
    ("lw", "2026-09-19", "shifting-explanations", 'Ardwen\'s shifting explanations',
     'Two weeks into the trouble at Ardwen, the most striking thing is not the size of the '
     'backlog but how many versions of it there are. On September 8 the port authority put the '
     'number of containers on the quays at some 9,500; the customs directorate, on the same '
     'day, spoke of fewer than 4,000. The gap has never been explained, and neither side has '
     'repeated its figure since. The directorate has also had trouble keeping its story '
     'straight about the system itself. On Wednesday its spokeswoman said outgoing cargo had '
     'been taken off Clearway; on Thursday its director-general said it had not. Freight '
     'agents, who file the declarations, say both are partly right: some exporters are back on '
     'email, others are not, and nobody has told them which.\n\nThe government\'s line has been '
     'steadier, if not necessarily more believable. Corinna Halvard, the finance minister, has '
     'promised money for hauliers and more officers for the port, and she has defended Clearway '
     'in public. Privately, officials concede that the contract with Norvent left the state '
     'little room to demand changes. The union\'s overtime ban, now in its first week, has made '
     'it harder to tell which delays are caused by the software and which by the shortage of '
     'staff; that is, perhaps, convenient for the directorate.\n\nBenedikt Harro, the logistics '
     'consultant, thinks the damage will outlast the backlog. "Shipping lines have long '
     'memories. Ardwen will lose business to foreign ports for years," he said. That may be too '
     'gloomy. But the question that matters most to traders is not when the quays empty; it is '
     'whether anyone in Dunmere can be trusted to say when they will.'),
    ("cw", "2026-09-21", "backlog-remains", 'Thousands of containers still waiting at Ardwen',
     'ARDWEN - Some 6,000 containers were still awaiting customs clearance at Ardwen on Monday, '
     'according to port authority figures. The customs directorate had said the pile would be '
     'gone by last Friday. Customs officials did not dispute the port authority\'s count. Linnea '
     'Prask, the directorate\'s spokeswoman, said the overtime ban by officers was partly to '
     'blame. Hedda Marrow, the union leader, said the blame lay with Clearway and with those '
     'who bought it. "Our members are working every hour they are paid for," she said.'),
    ("sg", "2026-09-22", "tarrow-opens", 'Tarrow lorry park fills up',
     'The provincial lorry park at Tarrow took in its first vehicles on Monday. Some 200 '
     'lorries, most of them loaded with fruit and fish from the Ardwen quays, had pulled in by '
     'nightfall, provincial officials said. The site has electric hook-ups for refrigerated '
     'boxes, governor Teodor Brask said on Tuesday. "Drivers can plug in here and sleep without '
     'worrying about their cargo," he said. Residents of Tarrow have complained about the noise '
     'of refrigeration units running through the night.'),
    ("mp", "2026-09-23", "manual-desks", 'Customs brings back paper desks at Ardwen',
     'ARDWEN - Customs will bring back the manual clearance desks it closed when Clearway was '
     'launched, spokeswoman Linnea Prask said on Wednesday. "Manual clearance desks will be '
     'back in operation on Thursday, for imports as well as exports," Prask said. The move is '
     'the clearest sign yet that the directorate has lost faith in the new system. Speaking to '
     'a parliamentary committee later in the day, director-general Matthis Orrel was more '
     'direct than before. "The Clearway software was at fault from the first day," Orrel told '
     'deputies. He said he had been "too slow to see it".'),
    ("dc", "2026-09-25", "desks-stamping", 'Paper forms return to Ardwen customs house',
     'Officers at Ardwen\'s customs house were stamping paper declarations again on Thursday as '
     'the manual desks, shut since early September, took in long queues of freight agents. "It '
     'is like going back twenty years, but at least it moves," said one agent, who asked not to '
     'be named. Some 40 officers staffed the desks, according to the union, which said its '
     'members would work them despite the overtime ban. Between 1,500 and 2,000 declarations '
     'had been processed by the evening, the directorate said.'),
    ("lw", "2026-09-26", "after-the-audit", 'After the audit',
     'The independent audit of Clearway was due to end on Friday, and with it, the government '
     'hopes, the worst of the Ardwen affair. Norvent Systems has said for nearly two weeks that '
     'it has a corrected version ready, waiting only for the auditors to finish. Whether the '
     'fix works will be known within days. Meanwhile the port is running on a mixture of old '
     'and new: since Thursday, officers at the customs house have been stamping paper forms at '
     'desks that were supposed to have been closed for good, while part of the cargo still goes '
     'through the electronic system.\n\nThe admission by Matthis Orrel, the director-general, '
     'that the software was at fault from the start has changed the politics. For two weeks the '
     'directorate blamed freight agents, the volume of cargo and the union; it can no longer do '
     'so. Opposition deputies now want to know when Orrel first knew. Halvard has so far stood '
     'by him.\n\nGreta Solm, of the Dunmere Institute for Trade Studies, is unimpressed by the '
     'talk of recovery. "The port is nowhere near normal, whatever the ministry says, and it '
     'will not be for weeks," she said. That is an opinion, not a measurement, and the figures '
     'are moving in the right direction: the port authority\'s count of containers waiting has '
     'fallen by nearly half since the peak. But Solm\'s broader point is hard to dispute. The '
     'cost of the failure, in waiting charges, spoiled fruit and lost wages, is running into '
     'tens of millions of marks, and so far nobody has been compensated for any of it.'),
    ("cw", "2026-09-28", "patch-live", 'Patched Clearway goes live at Ardwen',
     'ARDWEN - A patched version of Clearway went live at Ardwen on Friday evening, hours after '
     'the independent auditors signed off on their review, Norvent Systems said on Monday. '
     'Freight agents said declarations had gone through in minutes rather than hours over the '
     'weekend. About 3,800 containers were waiting for clearance on Monday, the port authority '
     'said, down from some 11,000 at the peak in mid-September. "We are not out of the woods, '
     'but the trend is right," port chief Davor Kestrin said.'),
    ("mp", "2026-09-29", "kestrin-berths", 'Ships still wait at anchor off Ardwen',
     'ARDWEN - Ships calling at Ardwen are still being given berths on an emergency rota, with '
     'container vessels waiting at anchor for up to three days, the port authority said on '
     'Tuesday. "Normal berthing schedules will be restored by October 5," port chief Davor '
     'Kestrin said. He insisted the port had kept its customers. "No ship has been turned away '
     'from Ardwen since the trouble began," Kestrin said. Shipping lines have complained about '
     'the cost of waiting at anchor, which one line put at between 40,000 and 60,000 marks a '
     'day for a large vessel.'),
    ("sg", "2026-10-01", "n9-clear", 'N9 traffic flows again',
     'Cars were moving freely along the whole of the N9 coast road on Wednesday for the first '
     'time in more than three weeks, after police towed away the last lorries parked in the '
     'seaward lane. Residents of Fennick said the village felt "like a village again". Governor '
     'Teodor Brask said the province had not yet decided what to do with the Tarrow lorry park, '
     'which held fewer than 30 vehicles on Wednesday.'),
    ("cw", "2026-10-02", "no-payments", 'Hauliers still unpaid, ministry admits',
     'DUNMERE - Not one haulage firm has been paid for the days its lorries spent stuck outside '
     'Ardwen, the finance ministry acknowledged on Friday, more than three weeks after the '
     'minister, Corinna Halvard, first promised them money. A ministry spokesman said the claim '
     'forms were still being drafted. "Not one of our members has received a cent," Piet Aumann '
     'of the haulage federation said. "We have stopped believing in promises." Deputy minister '
     'Jonas Ebbe said the delay was regrettable and that he understood the hauliers\' anger.'),
    ("lw", "2026-10-03", "four-weeks-on", 'Ardwen, four weeks on',
     'The patched version of Clearway has now been running for a week, and by most accounts it '
     'works. Declarations that took a day in mid-September now take minutes. The N9 is clear, '
     'the Fennick yard is half empty, and on Monday the port authority counted about 3,800 '
     'containers awaiting clearance, a figure that would have been unremarkable in a busy '
     'August. What remains is the harder part: the money, the staff and the blame.\n\nThe '
     'hauliers were promised compensation within three weeks; the three weeks have passed, and '
     'the ministry admitted on Friday that it has paid nothing. The customs officers\' union is '
     'still refusing overtime and says it will go on doing so until reinforcements arrive. '
     'Davor Kestrin, the port chief, is trying to tempt it back. "If the union lifts its '
     'overtime ban, Ardwen will be back to normal within a fortnight," he said this week. The '
     'union has not replied.\n\nHedda Marrow, its general secretary, has reasons to hold out. Her '
     'members took the blame in the first weeks for delays that Orrel now admits were caused by '
     'the software. "They called us lazy for a fortnight. An apology would cost nothing," she '
     'said.\n\nFor the government, the danger lies in the inquiry the opposition is demanding. It '
     'would have to say who chose Norvent, who decided to launch Clearway at the start of the '
     'autumn peak, and who was told what, and when. Those are questions the ministry has so far '
     'avoided.'),
    ("dc", "2026-10-05", "halvard-report", 'Minister promises parliament a full account',
     'Finance minister Corinna Halvard said on Monday she would give parliament a full account '
     'of what went wrong with Clearway. "A full report on the Clearway failure will be '
     'presented to parliament by October 23," Halvard told reporters. She refused to say '
     'whether Matthis Orrel would keep his job. "This matter will be judged on the facts, not '
     'on headlines," she said. The minister and her deputy, Jonas Ebbe, said that claim forms '
     'had been posted to some 1,100 haulage firms on Monday. Opposition deputies have called '
     'for Orrel\'s resignation.'),
    ("mp", "2026-10-07", "ships-waiting", 'Port chief admits ships were sent to Mellin',
     'ARDWEN - Three container ships were still lying at anchor off Ardwen on Tuesday, and the '
     'port authority acknowledged that berths were still being handed out day by day. Port '
     'chief Davor Kestrin also admitted for the first time that some cargo had gone elsewhere. '
     '"We sent two vessels on to Mellin in the second week of September because we had nowhere '
     'to put their boxes," Kestrin said. He said it had been "the right decision at the time". '
     'Mellin\'s harbourmaster, Agnes Tully, said her port had handled the extra ships without '
     'difficulty.'),
    ("cw", "2026-10-08", "ebbe-officers", 'Extra customs officers not before November, deputy says',
     'DUNMERE - The extra customs officers promised for Ardwen will not arrive before November, '
     'deputy finance minister Jonas Ebbe said on Thursday. "The extra officers will arrive at '
     'Ardwen on November 9, once their training on the paper system is complete," Ebbe told '
     'reporters. Hedda Marrow, the union leader, said the overtime ban would stay in place '
     'until they did. "When we see them, we will talk," she said.'),
    ("dc", "2026-10-09", "five-weeks", 'Ardwen five weeks on: working, not yet normal',
     'Five weeks after Clearway was switched on at Ardwen, the port is working again, if not '
     'yet normally. Port authority figures on Friday showed some 2,100 containers awaiting '
     'clearance, close to the usual level for October. Freight agents say most declarations now '
     'clear within a day, whether on paper or through the patched system. The hauliers are '
     'still waiting for their money, the union for its reinforcements and parliament for the '
     'minister\'s report. "It works now. The question is why it took five weeks," said Greta '
     'Solm, the trade economist.'),
]
# fmt: on


def main() -> None:
    write_articles(HERE, OUTLETS, ARTICLES)


if __name__ == "__main__":
    main()

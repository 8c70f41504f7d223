"""Write pages/articles.jsonl from the articles below: the third development corpus "Kesh Strait".

Fiction written to find where the promise and conflict rules lose precision on vocabulary no
other corpus uses: Dunmor's inspections of Arvessa's grain freighters in the Kesh Strait, the
quota negotiations and the backlog off Sarnholm port, 4-26 May 2026, four outlets (two wires, a
national daily and an analytic weekly). It carries joint speakers, "this matter", an event's end
date stated in another article than the promise that waits for it, spelled-out figures, and
traps: the same verb on another matter, a past report, a rumour denied, irony, a question and a
conditional offer. gold.json lists the genuine conflicts and the promises with their outcome.

    .venv/bin/python benchmarks/corpora/conflicts/dev3/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from articles import write_articles  # noqa: E402

OUTLETS = {
    "kw": "https://keshwire.example/",
    "ag": "https://arvessagazette.example/news/",
    "dt": "https://dunmortribune.example/a/",
    "sr": "https://straitsreview.example/analysis/",
}

# (outlet, published, slug, title, text)
# fmt: off
ARTICLES = [
    ("kw", "2026-05-04", "dunmor-inspections", "Dunmor to inspect Arvessan grain freighters",
     'KESHPORT - Dunmor will inspect every grain freighter that leaves Arvessan ports through '
     'the Kesh Strait, its transport ministry said on Monday. "The inspection regime runs until '
     'May 24," ministry spokeswoman Hanne Roslin told reporters. Roslin said the checks were '
     'needed to stop the smuggling of fertiliser. "The first inspection reports will be '
     'published by Friday," she added.'),
    ("ag", "2026-05-05", "teller-brant-anchor", "Forty freighters wait off Sarnholm",
     'SARNHOLM - Agriculture Minister Oskar Teller and the director of Sarnholm port, Mila '
     'Brant, said on Tuesday that about 40 grain freighters were stuck at anchor off Sarnholm. '
     '"Our grain freighters will sail again when the inspections end," Teller said. Brant said '
     'the silos in the port were almost full and farmers had begun to store wheat in barns.'),
    ("dt", "2026-05-06", "kvist-strait-open", "Kvist: the strait stays open",
     'Prime Minister Edda Kvist said Dunmor had no quarrel with Arvessan farmers. "Dunmor will '
     'never close the strait to Arvessan grain," Kvist said in parliament on Wednesday. '
     'Roslin said the queue was shorter than Arvessa claimed. "No more than twelve freighters '
     'are waiting for inspection," she said.'),
    ("kw", "2026-05-07", "aune-negotiations", "Arvessa says quota negotiations resume next week",
     'VELLIN - Arvessa\'s trade minister Lisbet Aune said the two countries would return to the '
     'table. "The quota negotiations will resume in Vellin on May 14," Aune said on Thursday. '
     'Asked whether the freighters would sail before the harvest, she said that was up to '
     'Dunmor. Coast patrol chief Per Olung of Dunmor said the backlog was being worked through. '
     '"The backlog of freighters will be cleared by May 12," Olung said.'),
    ("dt", "2026-05-08", "olung-no-detention", "Dunmor denies detaining Arvessan ships",
     'Dunmor\'s coast patrol rejected claims from Arvessan shipowners. "No Arvessan freighter '
     'has been detained," Olung said on Friday. He dismissed rumours that Dunmor would seize '
     'the cargoes. "Nobody is going to confiscate any grain," Olung said. The transport '
     'ministry published the first inspection reports on Friday, as Roslin had promised.'),
    ("ag", "2026-05-09", "verel-three-detained", "Ministry: three freighters held by Dunmor",
     'Arvessa\'s transport ministry said Dunmor had held three of its ships. "Dunmor\'s coast '
     'patrol detained three Arvessan freighters on Thursday," ministry spokesman Anton Verel '
     'said on Saturday. Opposition MP Greta Holm mocked the government. "Of course Dunmor will '
     'lift the inspections tomorrow, out of sheer kindness," Holm said. "Will our ships sail '
     'before the harvest or not?" asked Holm.'),
    ("kw", "2026-05-09", "regatta-harbour", "Keshport regatta closes inner harbour",
     'KESHPORT - The inner harbour of Keshport will close to sailing boats for the annual '
     'regatta, harbour master Lars Dunn said on Saturday. "The inner harbour will close on '
     'Sunday morning and reopen on Monday," Dunn said. Cargo traffic was not affected, he said.'),
    ("dt", "2026-05-10", "havel-this-matter", "Havel: no agreement on the negotiations yet",
     'Foreign Minister Jon Havel said Dunmor had not agreed to a date for the quota '
     'negotiations. Arvessa wants the talks in Vellin. "This matter is still to be settled '
     'between the two presidents," Havel said on Sunday. He said Dunmor would answer Arvessa\'s '
     'letter in writing.'),
    ("sr", "2026-05-11", "weekly-bargaining-chip", "The Kesh Strait: customs or leverage?",
     'Analysts at the Kesh Institute say the inspections look less like a customs measure than '
     'a bargaining chip ahead of the quota negotiations. In 2023 Dunmor detained two Arvessan '
     'freighters for a week over unpaid fees, the institute recalled. Its director, Ruth '
     'Amsel, said that a deal would probably not come before the summer. "If Arvessa accepts '
     'the inspections, Dunmor will raise the quota," a Dunmor diplomat said, speaking on '
     'condition of anonymity.'),
    ("dt", "2026-05-12", "falk-june-7", "Falk: inspections to last into June",
     'Deputy Prime Minister Arne Falk said the checks would go on longer than first announced. '
     '"The inspections will continue until June 7," Falk said on Tuesday. Roslin said a '
     'second inspection point would ease the queue. "We will open a second inspection point '
     'at Harl by May 18," Roslin said.'),
    ("ag", "2026-05-13", "backlog-not-cleared", "Backlog off Sarnholm not cleared",
     'Dunmor has not cleared the backlog of Arvessan freighters, the port said on Wednesday. '
     'Olung admitted that the backlog had not been cleared. "Many freighters are still '
     'waiting," he said. Brant said the port was losing money every day.'),
    ("kw", "2026-05-15", "negotiations-did-not-resume", "Quota negotiations fail to resume",
     'VELLIN - The quota negotiations did not resume on Thursday as Aune had announced; the '
     'Dunmor delegation did not travel to Vellin. Kvist said on Friday that Dunmor had to '
     'protect its waters. "We do not exclude closing the strait to Arvessan grain freighters," '
     'Kvist said. A new grain terminal opened in Vellin on Friday, the city said.'),
    ("ag", "2026-05-16", "aune-court", "Arvessa to take Dunmor to court",
     'Trade Minister Lisbet Aune said Arvessa would go to the regional trade court. "Arvessa '
     'will file a complaint with the regional trade court by May 31," Aune said on Saturday. '
     'Roslin repeated that the inspections end on May 24.'),
    ("dt", "2026-05-19", "harl-opened", "Second inspection point opens at Harl",
     'Dunmor opened a second inspection point at Harl on Monday, the transport ministry said. '
     'Roslin said inspections now took about six hours per freighter.'),
    ("kw", "2026-05-19", "harl-opened-reprint", "Second inspection point opens at Harl",
     'Dunmor opened a second inspection point at Harl on Monday, the transport ministry said. '
     'Roslin said inspections now took about six hours per freighter.'),
    ("sr", "2026-05-22", "weekly-after-harl", "Kesh Strait: the queue shortens",
     'A week of faster checks has shortened the queue off Sarnholm, but the quarrel over quotas '
     'is no nearer a solution. Amsel said Dunmor had got what it wanted from the inspections. '
     'Arvessan farmers fear that the wheat in their barns will spoil before the freighters '
     'sail, the farmers\' union said.'),
    ("ag", "2026-05-25", "freighters-sail", "Arvessan grain freighters sail again",
     'SARNHOLM - The inspections ended on Sunday, and the first Arvessan grain freighters sailed '
     'through the Kesh Strait on Sunday evening, Brant said on Monday. Teller thanked the '
     'crews and the farmers for their patience.'),
    ("kw", "2026-05-26", "falk-regime-over", "Dunmor ends grain inspections",
     'KESHPORT - Dunmor\'s inspection regime ended on Sunday as planned, the transport ministry '
     'said on Tuesday. Falk declined to say why the checks had not gone on until June.'),
]
# fmt: on


def main() -> None:
    write_articles(HERE, OUTLETS, ARTICLES)


if __name__ == "__main__":
    main()

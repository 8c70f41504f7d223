"""Write pages/articles.jsonl from the articles below: the second development corpus "Silver Tide".

Fiction first written for evaluation; since its sentences leaked into code and tests it is a
second development corpus (tuned on). Veldany's naval exercise "Silver Tide" off
the coast of its small neighbour Ostria (capital Merel), the closed Harmon Bridge and the ferries,
1-22 March 2026, four outlets. gold.json lists the genuine conflicts and the commitments.

    .venv/bin/python benchmarks/corpora/conflicts/dev2/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from articles import write_articles  # noqa: E402

OUTLETS = {
    "ck": "https://coastkeeper.example/news/",
    "mp": "https://merelpost.example/",
    "vw": "https://veldanywire.example/story/",
    "hb": "https://harbourbulletin.example/a/",
}

# (outlet, published, slug, title, text)
# fmt: off
ARTICLES = [
    ("mp", "2026-03-01", "odegaard-no-sailor-ashore", "Odegaard: no Veldani sailor will land",
     'MEREL - Prime Minister Karl Odegaard sought to calm coastal towns on Sunday as Veldany '
     'prepared its Silver Tide naval exercise. "Not a single Veldani sailor will come ashore in '
     'Ostria during this exercise," Odegaard said in a television address. He said the navy '
     'would watch the exercise closely and that Ostria had been informed in advance. Fishermen '
     'in Kalvik said they had been told to keep clear of the eastern shipping lanes.'),
    ("vw", "2026-03-02", "silver-tide-announced", "Veldany announces Silver Tide exercise",
     'Veldany\'s navy will hold its Silver Tide exercise in the Tarsa Sea this month. "About 20 '
     'Veldani warships are taking part in Silver Tide," navy spokesman Ivo Brask told reporters '
     'on Monday. He said the exercise was defensive and had been planned for a year. Brask '
     'said foreign observers would be welcome to follow the drills from a support ship.'),
    ("mp", "2026-03-02", "lund-road-list", "Interior ministry to publish closed roads",
     'Interior Minister Petra Lund said coastal roads near Kalvik would close during the '
     'exercise. "We will publish the list of closed roads by Friday," Lund said. Residents '
     'asked for earlier notice; the ministry said it was still talking to the navy.'),
    ("ck", "2026-03-03", "sorvik-45-warships", "Opposition MP says 45 warships are coming",
     'Opposition MP Lina Sorvik accused the government of playing down the exercise. "At least '
     '45 Veldani warships are sailing towards our coast," Sorvik said on Tuesday, citing '
     'harbour pilots. The government did not comment on her figure. Sorvik asked parliament '
     'to debate the exercise before it begins.'),
    ("hb", "2026-03-04", "harmon-bridge-closed", "Harmon Bridge closes for the exercise",
     'The Harmon Bridge, the only road link between Ostria and Veldany, closed to traffic on '
     'Wednesday. "The Harmon Bridge will reopen on March 12," said Jonas Hedin, head of the '
     'port authority. Lorry drivers said the detour through the north added five hours to '
     'each trip. Hedin said the ferry from Kalvik was still running.'),
    ("vw", "2026-03-05", "brask-end-date", "Silver Tide to end on March 15, navy says",
     'Navy spokesman Ivo Brask said the exercise would follow its published plan. "Silver '
     'Tide will end on March 15," Brask said on Thursday. He dismissed claims that 45 warships '
     'were involved as "fantasy". Asked about the bridge, he said that was a matter for Ostria.'),
    ("hb", "2026-03-05", "harmon-bridge-closed-reprint", "Harmon Bridge closes for the exercise",
     'The Harmon Bridge, the only road link between Ostria and Veldany, closed to traffic on '
     'Wednesday. "The Harmon Bridge will reopen on March 12," said Jonas Hedin, head of the '
     'port authority. Lorry drivers said the detour through the north added five hours to '
     'each trip. Hedin said the ferry from Kalvik was still running.'),
    ("mp", "2026-03-06", "odegaard-no-date-bridge", "Odegaard: no date for the bridge",
     'Prime Minister Karl Odegaard said on Friday that the bridge would stay shut as long as '
     'the exercise made it necessary. "No date has been set for reopening the bridge," '
     'Odegaard said. The interior ministry published the list of closed roads on Friday, as '
     'Lund had promised. Traders in Kalvik said they were losing customers every day.'),
    ("vw", "2026-03-07", "vik-until-march-29", "Admiral Vik: exercise runs to end of March",
     'Admiral Tomas Vik, who commands the exercise, said the ships would stay at sea longer '
     'than first announced. "The exercise will continue until March 29," Vik said on '
     'Saturday. "All Veldani ships will return to port by March 31," he added. The navy '
     'did not explain the change.'),
    ("ck", "2026-03-08", "debate-march-18", "Government agrees to a debate",
     'The government will let parliament debate Silver Tide. "The government will hold a '
     'parliamentary debate on March 18," Odegaard said on Sunday, after meeting Sorvik. The '
     'opposition welcomed the decision but said it came late.'),
    ("mp", "2026-03-10", "brask-no-warship-entered", "Veldany denies warships entered its waters",
     'Veldany rejected reports from Kalvik fishermen. "No Veldani warship has entered Ostrian '
     'waters," Brask said on Tuesday. Lund said Ostria would look into the reports. "We will '
     'ask Veldany for an explanation by the end of the week," Lund said.'),
    ("ck", "2026-03-11", "coast-guard-two-warships", "Coast guard: two warships came in",
     'Ostria\'s coast guard said two Veldani warships had crossed into its waters. "Two '
     'Veldani warships entered Ostrian waters near Kalvik on Tuesday," coast guard commander '
     'Mira Tovald said on Wednesday. She said the ships left after about three hours. The '
     'Veldani embassy did not answer questions.'),
    ("hb", "2026-03-13", "bridge-still-closed", "Harmon Bridge still closed",
     'The Harmon Bridge remained closed on Thursday, a day after the date Hedin had given for '
     'its reopening. The port authority said the navy had not yet cleared the approach. '
     '"The bridge will reopen next week," Hedin said. Drivers queued at the ferry terminal '
     'in Kalvik from early morning.'),
    ("mp", "2026-03-14", "lund-ferries-resumed", "Lund: ferry crossings have resumed",
     'Interior Minister Petra Lund said traffic to Veldany was returning to normal. "The '
     'ferry crossings to Veldany have resumed," Lund said on Saturday. She said the '
     'government expected the bridge to follow soon.'),
    ("hb", "2026-03-15", "hedin-ferries-not-resumed", "Port authority: ferries not running",
     'The port authority contradicted the interior minister. "The ferry crossings have not '
     'resumed, and the terminal is still closed," Hedin said on Sunday. Passengers with '
     'tickets were sent home. The exercise may be extended, Veldani media reported.'),
    ("vw", "2026-03-16", "silver-tide-ends", "Silver Tide ends",
     'Silver Tide formally ended on Sunday with a ceremony aboard the flagship, the navy '
     'said. About 12 warships would stay in the Tarsa Sea for maintenance, Brask said. He '
     'did not say when they would leave.'),
    ("mp", "2026-03-17", "lund-declined", "Lund silent on request to Veldany",
     'Lund declined to say whether the request for an explanation had been sent to Veldany. '
     'Her office said relations with Veldany were "correct". Sorvik called the silence '
     'embarrassing.'),
    ("ck", "2026-03-19", "parliament-debate", "Parliament debates Silver Tide",
     'Parliament held the debate on Wednesday, as Odegaard had promised. Sorvik said the '
     'government had been told more than it admitted. The Harmon Bridge reopened on '
     'Wednesday morning, a week later than announced.'),
    ("mp", "2026-03-20", "odegaard-shore-visit", "Odegaard open to a port visit",
     'Odegaard softened his position on a Veldani port visit. "We have not ruled out that '
     'Veldani sailors will come ashore for a port visit in Kalvik," Odegaard said on Friday. '
     'About 8 Veldani warships remain in the Tarsa Sea, the coast guard said.'),
    ("vw", "2026-03-22", "ships-heading-home", "Veldani ships heading home",
     'The last Veldani ships of Silver Tide are on their way home, the navy said on Sunday. '
     '"The ships will be in port before the end of the month," Brask said.'),
]
# fmt: on


def main() -> None:
    write_articles(HERE, OUTLETS, ARTICLES)


if __name__ == "__main__":
    main()

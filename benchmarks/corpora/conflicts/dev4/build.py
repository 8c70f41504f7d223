"""Write pages/articles.jsonl from the articles below: the fourth development corpus "Semmel".

Fiction written to find where the conflict and promise rules read real reporting too literally:
a fuel spill in Lake Semmel, the reservoir of the city of Brannick, its boil-water notice, the
closed dam road, sick residents, compensation and the repair of the water intake, 1-22 June 2026,
four outlets (two wires, a city daily and a regional weekly). Its sides rarely use one verb for
one matter: a closure is lifted while the road "remained closed", a notice is lifted or
withdrawn, compensation "was paid" (an irregular verb), repairs "will be completed" (a noun of
the action with a verb of completion), tap water "is safe" and "is still unsafe". Its figures
are written the way wires write them: "the number of households without water stood at", "some
140 to 160 people", "nearly half of the city's 64,000 households". Traps: a range that a single
figure falls in, a notice lifted in another town, an old figure, a forecast, a question.
gold.json lists the genuine conflicts and the promises with their outcome.

    .venv/bin/python benchmarks/corpora/conflicts/dev4/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from articles import write_articles  # noqa: E402

OUTLETS = {
    "sw": "https://semmelwire.example/",
    "bp": "https://brannickpost.example/city/",
    "oh": "https://ostrevaherald.example/news/",
    "rr": "https://riverbasinreview.example/",
}

# (outlet, published, slug, title, text)
# fmt: off
ARTICLES = [
    ("sw", "2026-06-01", "spill-notice", "Brannick told to boil tap water after fuel spill",
     'BRANNICK - Residents of Brannick must boil their tap water after diesel from an overturned '
     'tanker reached Lake Semmel, the city\'s reservoir, the Brannick water board said on Monday. '
     '"The boil-water notice will be lifted by June 8," water board chief Tomas Wegge told '
     'reporters. Wegge said the intake that draws water from the lake had been switched off.'),
    ("bp", "2026-06-02", "rendahl-no-swimming", "Mayor: no swimming in Lake Semmel",
     'Mayor Ilse Rendahl said the lake would stay off limits. "The ban on swimming in Lake Semmel '
     'will remain in force all summer," Rendahl said on Tuesday. Police closed the road across '
     'the Semmel dam on Monday so that clean-up crews could reach the shore.'),
    ("sw", "2026-06-02", "wegge-households", "Tens of thousands without safe water",
     'BRANNICK - "The number of households without drinking water stood at 31,000 on Tuesday," '
     'Wegge said. He said bottled water was being handed out at twelve distribution points. '
     '"Repairs to the damaged intake will be completed by June 12," Wegge said.'),
    ("oh", "2026-06-03", "ott-fewer-homes", "Governor: spill less serious than feared",
     'Regional governor Kaspar Ott said the situation in Brannick was under control. "No more '
     'than 15,000 households are without drinking water," Ott said on Wednesday. Asked whether '
     'the water board had acted too slowly, he said it was too early to judge.'),
    ("bp", "2026-06-04", "lind-hospital", "Dozens treated for stomach illness",
     'City health officer Nora Lind said the hospital was coping. "Some 140 to 160 people have '
     'been treated in hospital for stomach illness," Lind said on Thursday. She urged residents '
     'not to drink unboiled water. "We will pay compensation to every affected household by June '
     '19," Wegge said at the same news conference.'),
    ("oh", "2026-06-04", "solvang-half", "Minister: half the city affected",
     'Environment minister Petra Solvang said the spill was the worst in the region for a decade. '
     '"Nearly half of Brannick\'s 64,000 households have no safe tap water," Solvang said on '
     'Thursday. She said the haulage company would be asked to pay for the clean-up.'),
    ("sw", "2026-06-05", "ott-forty-treated", "Governor disputes hospital figures",
     'BRANNICK - "Fewer than 40 people needed hospital treatment," Ott said on Friday. A hospital '
     'spokeswoman, Signe Bakke, said about 150 people had been seen by doctors since Monday. '
     'Police lifted the closure of the dam road on Friday morning, police spokesman Erik Holt '
     'said.'),
    ("oh", "2026-06-05", "intake-june-26", "Intake repairs to take longer",
     'Solvang said the repair work was harder than the water board had admitted. "The intake will '
     'be repaired by June 26," Solvang said on Friday. In 2019 a smaller spill had closed the '
     'intake for nine days, the ministry recalled.'),
    ("bp", "2026-06-06", "dam-road-closed", "Dam road still shut",
     'The road across the Semmel dam remained closed all day on Friday, the city transport office '
     'said on Saturday. "The dam road remained closed all day on Friday," transport officer Liv '
     'Aas said. In the town of Osk, north of the lake, the district council lifted its own '
     'boil-water notice on Saturday.'),
    ("sw", "2026-06-08", "notice-withdrawn", "Brannick can drink its tap water again",
     'BRANNICK - "The water board withdrew the boil-water notice on Sunday," Wegge said on Monday. '
     'Tests showed no trace of diesel in the tap water, he said. "Tap water in every district of '
     'Brannick is safe to drink," Wegge said. Residents said they would go on buying bottled water '
     'for a while.'),
    ("rr", "2026-06-09", "weekly-who-pays", "Semmel spill: who pays?",
     'The haulage company that owned the tanker has not said whether it will pay for the '
     'clean-up. Analysts expect the dispute to reach the courts. "Will households ever see the '
     'money?" asked consumer advocate Pia Norum.'),
    ("oh", "2026-06-09", "rendahl-not-paid", "Mayor: no household paid yet",
     'Rendahl criticised the water board. "The water board has not paid a single household," '
     'Rendahl said on Tuesday. She said families had spent hundreds on bottled water. Lind '
     'disagreed with the water board\'s all-clear. "Tap water in the northern districts is still '
     'unsafe," Lind said on Tuesday.'),
    ("sw", "2026-06-10", "compensation-paid", "First compensation paid",
     'BRANNICK - "Compensation was paid to 2,000 households on Monday," Wegge said on Wednesday. '
     'He said the rest would follow within days.'),
    ("bp", "2026-06-12", "intake-not-repaired", "Intake not yet repaired",
     'The water board has not completed the repairs to the intake, Wegge admitted on Friday. '
     '"The repairs have not been completed," he said. Water is being drawn from an emergency '
     'well.'),
    ("oh", "2026-06-16", "rendahl-lift-ban", "Mayor reverses swimming ban",
     'Rendahl said tests of the lake water were clean. "We will lift the ban on swimming in Lake '
     'Semmel on Saturday," Rendahl said on Tuesday. The decision surprised the health office.'),
    ("sw", "2026-06-19", "all-paid", "All households compensated",
     'BRANNICK - The water board paid compensation to the last affected households on Thursday, '
     'Wegge said on Friday. "Every affected household has now been paid," he said.'),
    ("bp", "2026-06-22", "intake-back", "Intake back in service",
     'Solvang said on Monday that repairs to the intake were finished on Sunday. "The intake is '
     'back in service," Wegge said.'),
]
# fmt: on


def main() -> None:
    write_articles(HERE, OUTLETS, ARTICLES)


if __name__ == "__main__":
    main()

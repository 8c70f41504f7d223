"""Write pages/articles.jsonl from the articles below: the development corpus "Northern Lance".

Fiction written for tuning the conflict rules on a situation other than the demo's: Lusavia's air
exercise "Northern Lance" along the border of its neighbour Brenmark, the closed Krell airport and
the suspended rail link to Pesk, 1-21 April 2026, three outlets. gold.json lists the genuine
conflicts and the commitments. The evaluation corpus (../eval) stays untouched by tuning.

    .venv/bin/python benchmarks/corpora/conflicts/dev/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from articles import write_articles  # noqa: E402

OUTLETS = {
    "lw": "https://lusaviawire.example/news/",
    "bt": "https://brenmarktimes.example/",
    "bg": "https://brenmarkgazette.example/a/",
}

# (outlet, published, slug, title, text)
ARTICLES = [
    (
        "lw",
        "2026-04-01",
        "northern-lance-announced",
        "Lusavia announces Northern Lance",
        "Lusavia's air force will hold its Northern Lance exercise this month. \"About 30 Lusavian "
        'fighter jets will take part in Northern Lance," air force spokeswoman Mira Talen said on '
        'Wednesday. "Northern Lance will end on April 14," Talen added. "Not a single Lusavian jet '
        'will enter Brenmark airspace," she said.',
    ),
    (
        "bt",
        "2026-04-02",
        "hale-krell-airport",
        "Krell airport to reopen, minister says",
        'Krell airport closed to civilian flights when the exercise was announced. "Krell airport '
        'will reopen to civilian flights on April 6," Transport Minister Oskar Hale said on '
        'Thursday. "We will publish the new flight schedule by Saturday," Hale said. Travel agents '
        "said bookings had collapsed.",
    ),
    (
        "bg",
        "2026-04-03",
        "veit-80-jets",
        "Opposition: 80 jets along the border",
        'Opposition leader Dana Veit accused the government of silence. "At least 80 Lusavian jets '
        'are flying along our border," Veit said on Friday, citing radar amateurs. She asked for a '
        "hearing in parliament.",
    ),
    (
        "bt",
        "2026-04-04",
        "greve-airspace",
        "Greve: airspace not violated",
        'Prime Minister Anton Greve sought to calm the border towns. "No Lusavian aircraft has '
        'violated Brenmark airspace," Greve said on Saturday. The transport ministry published the '
        'new flight schedule on Saturday. "The rail link to Pesk will resume on April 9," said '
        "railway chief Ida Marsh.",
    ),
    (
        "lw",
        "2026-04-05",
        "dren-until-april-25",
        "General Dren: exercise runs longer",
        'General Paul Dren, who commands the exercise, spoke to Lusavian television. "Northern '
        'Lance will continue until April 25," Dren said on Sunday. He said the pilots were '
        "training for bad weather.",
    ),
    (
        "bg",
        "2026-04-06",
        "berg-two-jets",
        "Air traffic control: two jets crossed",
        'The head of air traffic control contradicted the government. "Two Lusavian jets violated '
        'Brenmark airspace near Orsa on Sunday," Nils Berg said on Monday. He said the jets stayed '
        "for four minutes.",
    ),
    (
        "bt",
        "2026-04-07",
        "greve-no-date-krell",
        "Greve: no date for Krell",
        'Krell airport remained closed on Tuesday. "No date has been set for reopening Krell '
        'airport," Greve said. "No Lusavian aircraft has entered Brenmark airspace," Greve '
        "repeated.",
    ),
    (
        "lw",
        "2026-04-08",
        "talen-cannot-rule-out",
        "Talen does not rule out border flights",
        'Air force spokeswoman Mira Talen was asked about the radar reports. "We cannot rule out '
        'that Lusavian jets will enter Brenmark airspace," Talen said on Wednesday. She said any '
        "such flight would be short.",
    ),
    (
        "bg",
        "2026-04-10",
        "marsh-trains-restarted",
        "Trains to Pesk are back",
        '"Train services to Pesk have restarted," railway chief Ida Marsh said on Friday. Trains '
        "to Pesk resumed on Thursday, as promised, the railway said.",
    ),
    (
        "bt",
        "2026-04-11",
        "oby-trains-not-running",
        "Union: no trains to Pesk",
        "The railway union disputed the railway's account. \"Train services to Pesk have not "
        'resumed, and the line is still closed," union leader Karl Oby said on Saturday.',
    ),
    (
        "lw",
        "2026-04-13",
        "dren-talks",
        "Lusavia to hold talks with Brenmark",
        '"Lusavia will hold talks with Brenmark on April 20," Dren said on Monday. He said the '
        "talks would cover the air corridor.",
    ),
    (
        "bg",
        "2026-04-15",
        "lance-ends-krell-reopens",
        "Northern Lance ends; Krell reopens late",
        "Northern Lance ended on Tuesday, the Lusavian air force said. Krell airport reopened to "
        "civilian flights on Wednesday morning, nine days later than announced.",
    ),
    (
        "bt",
        "2026-04-21",
        "talks-held-observers",
        "Talks held in Orsa",
        'The talks were held in Orsa on Monday, as planned. "We will send observers to the border '
        'by May 10," Greve said after the talks.',
    ),
]


def main() -> None:
    write_articles(HERE, OUTLETS, ARTICLES)


if __name__ == "__main__":
    main()

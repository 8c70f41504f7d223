"""Write a large synthetic news archive for throughput and back-fill runs: JSONL, one page a line.

    python benchmarks/generate_corpus.py OUT_DIR [--articles 100000] [--shards 16] [--seed 12]
        [--russian 0.2] [--start 2025-01-01] [--days 365]

Every page is an HTML article built from this file's own templates and invented vocabulary
(countries, people, outlets, numbers, dates): direct quotes, reported speech, "according to"
lines, promises with due dates and figures that drift from one report to the next, so the
linking stage meets shared topics, repeated speakers and conflicting numbers as it would in a
year of a region's news. A share of the pages is Russian. The same seed writes the same bytes.

The archive goes to OUT_DIR as `shard-NNN.jsonl` files (records: url, title, published, html,
language, source) that `watchdesk ingest` and `watchdesk backfill` read; several shards let Ray
read them in parallel.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from html import escape
from pathlib import Path

# -- invented world: none of these names belongs to a real place, person or outlet --------------

COUNTRIES = ("Ostrelia", "Vendaria", "Kelmark", "Sarvonia", "Tirgana", "Belmora")
CAPITALS = {
    "Ostrelia": "Ostrov",
    "Vendaria": "Vendal",
    "Kelmark": "Kelby",
    "Sarvonia": "Sarvo",
    "Tirgana": "Tirgul",
    "Belmora": "Belmont",
}
FIRST = (
    "Anika", "Bertil", "Corvin", "Dalia", "Emrik", "Falka", "Gunnar", "Hesper", "Ilse", "Jarek",
    "Kaspar", "Liesl", "Marek", "Nerys", "Osric", "Petra", "Quill", "Rasmus", "Signe", "Tovin",
)  # fmt: skip
LAST = (
    "Arvenson", "Brakstad", "Cullavan", "Dervish", "Estrand", "Forlani", "Grevink", "Holmqvar",
    "Istvel", "Jorvik", "Kastelan", "Lindqvar", "Morrovan", "Nyberholt", "Oskarsen", "Pellgrin",
)  # fmt: skip
ROLES = (
    "defence minister", "foreign minister", "army spokesman", "border guard chief",
    "prime minister", "deputy interior minister", "head of the general staff",
)  # fmt: skip
OUTLETS = ("Harbour Ledger", "Northgate Times", "Valley Dispatch", "Coastline Herald")
THINGS = ("troops", "tanks", "warships", "drones", "refugees", "reservists")
PLACES = ("the northern border", "the coastal crossings", "the river valley", "the airbase")
EVENTS = ("the joint drills", "the naval exercise", "the summit", "the referendum")

SAY = ("said", "told reporters", "said on {weekday}", "insisted", "warned")
DIRECT = (
    '"About {n:,} {thing} are stationed near {place}; they stay until {due}," {who} {say}.',
    '"We will withdraw all {thing} from {place} by {due}," {who} {say}.',
    '"There are no {thing} of {other} on our soil," {who} {say}.',
    '"{event_cap} will end on {due}, as planned," {who} {say}.',
)  # fmt: skip
REPORTED = (
    "{who} {say} that {n:,} {thing} had crossed {place} since {since}.",
    "{who} {say} that {other} would not send more {thing} before {due}.",
    "{who} {say} that {event} could be extended beyond {due}.",
    "{who} denied that {thing} of {other} were near {place}.",
)  # fmt: skip
ACCORDING = (
    "According to {outlet}, some {n:,} {thing} remain near {place}.",
    "According to the ministry of {country}, {event} began on {since}.",
)  # fmt: skip
NARRATION = (
    "Satellite images published on {weekday} show new tents near {place}.",
    "Residents of {capital} reported long queues at {place}.",
    "The government of {country} called an extraordinary session on {weekday}.",
    "Analysts in {capital} expect the talks to resume after {event}.",
    "Traffic at {place} was suspended for several hours.",
)  # fmt: skip
HEADLINES = (
    "{country} says {thing} will leave {place} by {due}",
    "{other} denies new {thing} near {place}",
    "{count} {thing} reported near {place}, {who_short} says",
    "Talks in {capital} stall over {event}",
)  # fmt: skip

# Russian: nouns in the cases these templates need, so every sentence reads.
RU_COUNTRIES = (("Острелия", "Острелии"), ("Вендария", "Вендарии"), ("Келмарк", "Келмарка"))
RU_PEOPLE = ("Антон Корвин", "Бертил Арвенсон", "Марек Дервиш", "Пётр Линдквар", "Осрик Ярвик")
RU_ROLES = ("министр обороны", "представитель армии", "глава пограничной службы")
RU_THINGS = ("военнослужащих", "танков", "беспилотников", "резервистов")
RU_PLACES = ("северной границы", "прибрежных переходов", "авиабазы")
RU_SENTENCES = (
    "«Около {n} {thing} находятся у {place}, и они останутся до {due}», — заявил {role} {who}.",
    "{role_cap} {who} заявил, что {n} {thing} пересекли границу у {place}.",
    "По данным министерства обороны {country_gen}, у {place} остаются {n} {thing}.",
    "{role_cap} {who} отрицал, что у {place} появились новые {thing}.",
    "Жители столицы сообщили об очередях у {place}.",
)  # fmt: skip
RU_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    shards = [
        (args.out / f"shard-{i:03d}.jsonl").open("w", encoding="utf-8") for i in range(args.shards)
    ]
    written = 0
    try:
        for number in range(args.articles):
            published = args.start + timedelta(days=number * args.days // max(args.articles, 1))
            russian = rng.random() < args.russian
            record = (
                _russian(rng, number, published) if russian else _english(rng, number, published)
            )
            shards[number % args.shards].write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    finally:
        for shard in shards:
            shard.close()
    size = sum(p.stat().st_size for p in args.out.glob("shard-*.jsonl"))
    print(f"{written} articles in {args.shards} shards under {args.out} ({size / 1e6:.1f} MB)")
    return 0


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    cli = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    cli.add_argument("out", type=Path, help="folder for the shard-NNN.jsonl files")
    cli.add_argument("--articles", type=int, default=100_000)
    cli.add_argument("--shards", type=int, default=16)
    cli.add_argument("--seed", type=int, default=12)
    cli.add_argument("--russian", type=float, default=0.2, help="share of Russian pages")
    cli.add_argument("--start", type=date.fromisoformat, default=date(2025, 1, 1))
    cli.add_argument("--days", type=int, default=365, help="days the articles are spread over")
    return cli.parse_args(argv)


def _english(rng: random.Random, number: int, published: date) -> dict[str, str]:
    country, other = rng.sample(COUNTRIES, 2)
    thing = rng.choice(THINGS)
    speakers = [_person(rng, country) for _ in range(rng.randint(1, 3))]
    # Figures drift around a few round values, so reports of one matter disagree now and then.
    base = rng.choice((1_500, 4_000, 7_500, 12_000))
    facts = {
        "country": country,
        "other": other,
        "capital": CAPITALS[country],
        "thing": thing,
        "place": rng.choice(PLACES),
        "event": (event := rng.choice(EVENTS)),
        "event_cap": event[0].upper() + event[1:],
        "outlet": rng.choice(OUTLETS),
        "due": _day(published + timedelta(days=rng.randint(3, 60))),
        "since": _day(published - timedelta(days=rng.randint(1, 30))),
        "weekday": rng.choice(WEEKDAYS),
    }
    paragraphs = []
    for _ in range(rng.randint(4, 8)):
        name, role = rng.choice(speakers)
        kind = rng.random()
        template = rng.choice(
            DIRECT
            if kind < 0.35
            else REPORTED
            if kind < 0.6
            else ACCORDING
            if kind < 0.7
            else NARRATION
        )
        who = f"{role} {name}" if rng.random() < 0.5 else name
        sentence = template.format(
            n=base + rng.choice((0, 0, 0, 500, -500, 1_000)),
            who=who[0].upper() + who[1:] if template.startswith("{who}") else who,
            say=rng.choice(SAY).format(weekday=facts["weekday"]),
            **facts,
        )
        paragraphs.append(sentence)
    lead_name, _ = speakers[0]
    title = rng.choice(HEADLINES).format(
        count=f"{base:,}", who_short=lead_name.split()[-1], **facts
    )
    outlet = rng.choice(OUTLETS)
    slug = f"{published:%Y/%m/%d}/{number:07d}"
    return _record(outlet, slug, title, paragraphs, published, "en", _day(published))


def _russian(rng: random.Random, number: int, published: date) -> dict[str, str]:
    _country, country_gen = rng.choice(RU_COUNTRIES)
    role = rng.choice(RU_ROLES)
    paragraphs = [
        rng.choice(RU_SENTENCES).format(
            n=rng.choice((1500, 4000, 7500, 12000)),
            thing=rng.choice(RU_THINGS),
            place=rng.choice(RU_PLACES),
            due=_ru_day(published + timedelta(days=rng.randint(3, 60))),
            role=role,
            role_cap=role[0].upper() + role[1:],
            who=rng.choice(RU_PEOPLE),
            country_gen=country_gen,
        )
        for _ in range(rng.randint(4, 7))
    ]
    title = f"{rng.choice(RU_PEOPLE)}: у {rng.choice(RU_PLACES)} остаются войска"
    outlet = rng.choice(OUTLETS)
    slug = f"{published:%Y/%m/%d}/ru-{number:07d}"
    return _record(outlet, slug, title, paragraphs, published, "ru", _ru_day(published))


def _record(
    outlet: str,
    slug: str,
    title: str,
    paragraphs: list[str],
    published: date,
    language: str,
    dateline: str,
) -> dict[str, str]:
    host = outlet.lower().replace(" ", "-") + ".example"
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    html = (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{escape(title)} | {escape(outlet)}</title>"
        f'<meta property="article:published_time" content="{published.isoformat()}">'
        f'<link rel="canonical" href="https://{host}/{slug}"></head><body>'
        f"<header><nav><a href='/'>{escape(outlet)}</a> <a href='/world'>World</a></nav></header>"
        f"<main><article><h1>{escape(title)}</h1><p class='dateline'>{escape(dateline)}</p>"
        f"{body}</article></main><footer>© {escape(outlet)}</footer></body></html>"
    )
    return {
        "url": f"https://{host}/{slug}",
        "title": title,
        "published": published.isoformat(),
        "html": html,
        "language": language,
        "source": outlet,
    }


def _person(rng: random.Random, country: str) -> tuple[str, str]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return name, f"{country}'s {rng.choice(ROLES)}"


def _day(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _ru_day(day: date) -> str:
    return f"{day.day} {RU_MONTHS[day.month - 1]} {day.year} года"


if __name__ == "__main__":
    sys.exit(main())

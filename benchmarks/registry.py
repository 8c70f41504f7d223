"""Benchmark: does the entity registry keep one entity per person, place and event of the demo?

Ingests the demo corpus (`demo/corpus`, 28 English and 8 Russian pages) into a temporary SQLite
store with `watchdesk ingest`, then reads the registry back and prints:

- splits: a cast member of `demo/planted.json` ("cast": name and aliases in both scripts) whose
  names resolve to more than one registry entity. A name resolves through the registry's alias
  keys; an entity whose surname matches the member's (same script-folded key up to a case ending)
  counts as one of the member's entities too, since a case form the registry kept apart
  («Елены Маровской» beside «Yelena Marovska») is exactly the split asked about;
- mistyped: an entity of a cast member that is not PERSON, and a place or named event of the
  demo (listed below from demo/README.md) that the registry holds as PERSON;
- place splits: a place or named event held as several entities (by script or case:
  «Лисм» beside "Lisma").

Titles in aliases ("Colonel Vesk", "полковник Веск") and role descriptions ("президент
Норваланда") are not names and are skipped. A name the corpus never prints is reported as unseen.

Usage: `python benchmarks/registry.py [--db URL] [--json]` (`--db` reuses an ingested store).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from watchdesk.analysis.registry import entity_key
from watchdesk.records import EntityRecord
from watchdesk.store import open_store

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo"
# The demo's places and named events (demo/README.md, "The situation" and "Timeline").
PLACES = ("Norvaland", "Karesia", "Vallstad", "Dravsk", "Velsk", "Tarn", "Mirna", "Lisma", "Kobel")
PLACES += ("Osterby", "Kaldera", "Kuru")
EVENTS = ("Iron Meridian", "Northern Shield")
_TITLES = frozenset({"colonel", "col", "general", "gen", "lt", "mayor", "president", "the"})
MIN_SHARED = 4  # letters two folded surnames must share to be one name in two cases
MAX_ENDING = 2  # letters a case ending adds or changes («-ой», «-ым»)


def ingest(url: str) -> None:
    """Load the demo corpus into the store at `url`, as `make run` does."""
    command = [sys.executable, "-m", "watchdesk", "ingest", str(DEMO / "corpus"), "--db", url]
    subprocess.run(command, check=True, capture_output=True)


def name_of(alias: str) -> str:
    """The alias without its titles; '' for a description ("президент Норваланда").

    "the Marble House" stands for a person's office, not a name of the person.
    """
    if alias.lower().startswith("the "):
        return ""
    words = [w for w in alias.split() if w.lower().rstrip(".") not in _TITLES]
    if not words or not all(w[:1].isupper() for w in words):
        return ""
    return " ".join(words)


def same_surname(one: str, other: str) -> bool:
    """Two folded surnames that differ at most by a case ending («veska» / «vesk»)."""
    if one == other:
        return True
    shared = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        shared += 1
    close = abs(len(one) - len(other)) <= MAX_ENDING
    return close and shared >= max(MIN_SHARED, min(len(one), len(other)) - 1)


def check(
    registry: list[EntityRecord], aliases: dict[str, str], cast: list[dict[str, Any]]
) -> dict[str, Any]:
    """Splits, mistyped entities and unseen names, from the registry and its alias keys."""
    by_key = {record.key: record for record in registry}
    splits, mistyped, unseen = [], [], []
    for member in cast:
        names = [n for n in (name_of(a) for a in (member["name"], *member["aliases"])) if n]
        found: set[str] = set()
        for name in names:
            key = entity_key(name)
            if key in aliases:
                found.add(aliases[key])
            else:
                unseen.append(name)
        surname = entity_key(member["name"]).split()[-1]
        found |= {
            r.key for r in registry if r.key.split() and same_surname(surname, r.key.split()[-1])
        }
        people = sorted(k for k in found if k in by_key)
        if len(people) > 1:
            splits.append(f"{member['name']}: " + " | ".join(by_key[k].name for k in people))
        mistyped.extend(
            f"{by_key[k].name}: {by_key[k].label} (cast member {member['name']})"
            for k in people
            if by_key[k].label != "PERSON"
        )
    place_splits = []
    for name, kind in [*((p, "place") for p in PLACES), *((e, "event") for e in EVENTS)]:
        first = entity_key(name).split()[0]
        matching = [r for r in registry if r.key.split() and same_surname(first, r.key.split()[0])]
        mistyped.extend(
            f"{r.name}: PERSON ({kind} {name})" for r in matching if r.label == "PERSON"
        )
        # One-word entities only: "Velsk Gazette" begins with a place but is not it.
        # A demonym ("Karesian", NORP) is a word of its own, not the place split.
        alone = [
            r
            for r in matching
            if len(r.key.split()) == len(entity_key(name).split()) and r.label != "NORP"
        ]
        if len(alone) > 1:
            place_splits.append(f"{name}: " + " | ".join(f"{r.name} ({r.label})" for r in alone))
    return {
        "cast": len(cast),
        "entities": len(registry),
        "people": sum(r.label == "PERSON" for r in registry),
        "splits": splits,
        "mistyped": mistyped,
        "unseen": sorted(set(unseen)),
        "place_splits": place_splits,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="an already ingested store (default: ingest into a tmp one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    cast = json.loads((DEMO / "planted.json").read_text(encoding="utf-8"))["cast"]
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'demo.db'}"
        if not args.db:
            ingest(url)
        store = open_store(url)
        keys = {entity_key(n) for m in cast for n in (m["name"], *m["aliases"]) if name_of(n)}
        result = check(store.registry(), store.known_aliases(keys), cast)
        store.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(
        f"demo registry: {result['entities']} entities, {result['people']} PERSON; "
        f"cast {result['cast']}: {len(result['splits'])} split, "
        f"{len(result['mistyped'])} mistyped, {len(result['unseen'])} names unseen; "
        f"places and events split: {len(result['place_splits'])} of {len(PLACES) + len(EVENTS)}"
    )
    labels = {"splits": "split", "mistyped": "mistyped", "unseen": "unseen"}
    for title, label in (*labels.items(), ("place_splits", "place split")):
        for line in result[title]:
            print(f"  {label}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

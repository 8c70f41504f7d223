"""Benchmark: do the demo's weekly dossiers hold the planted events and tell the demo's story?

Ingests the demo corpus into a temporary SQLite store with `watchdesk ingest` (or reuses `--db`),
adds the four themes `make demo` adds (read from the Makefile, so the two never drift apart), and
builds each theme's dossier for each ISO week of the corpus (2026-W02 to 2026-W08). Against
`corpora/briefs/demo_weeks.json` (the story demo/README.md tells, written before any dossier was
built) it prints per theme and week:

- the suggested trend, and whether the story supports it (`trends` lists every rating it does);
- the planted conflicts (demo/planted.json ids) the story places in that theme's week, and
  whether the dossier lists a flag with a pair holding both quotes;
- the planted promises falling due in that week, and whether the dossier lists one with the
  promise's words, and with which status.

Usage: `python benchmarks/briefs.py [--db URL] [--json] [--check]` (`--check` exits 1 when a
planted event is missing or a trend falls outside its story's).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from watchdesk.analysis.briefs import iso_week, suggest_trend
from watchdesk.dossier import theme_dossier
from watchdesk.records import Dossier
from watchdesk.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo"
STORY = json.loads((ROOT / "benchmarks/corpora/briefs/demo_weeks.json").read_text("utf-8"))
PLANTED = json.loads((DEMO / "planted.json").read_text("utf-8"))
THEME_LINE = re.compile(r'theme add "([^"]+)" --keywords "([^"]+)"')


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").split()).casefold()


def _says(content: str, quote: str) -> bool:
    # The statement stage may cut a quote short or run on past it: 40 characters pin it down.
    return _norm(quote)[:40] in _norm(content)


def _themes() -> list[tuple[str, list[str]]]:
    found = THEME_LINE.findall((ROOT / "Makefile").read_text("utf-8"))
    return [(name, [k.strip() for k in keywords.split(",")]) for name, keywords in found]


def _store(db: str | None) -> Store:
    if db is None:
        db = f"sqlite:///{tempfile.mkdtemp(prefix='briefs-')}/demo.db"
        watchdesk = [sys.executable, "-m", "watchdesk"]
        subprocess.run([*watchdesk, "ingest", str(DEMO / "corpus"), "--db", db], check=True)
    store = open_store(db)
    for name, keywords in _themes():
        if store.theme(name=name) is None:
            store.add_theme(name, keywords)
    return store


def _conflict_found(dossier: Dossier, planted: dict[str, Any]) -> bool:
    a, b = planted["a"]["quote"], planted["b"]["quote"]
    return any(
        (_says(x.content, a) and _says(y.content, b))
        or (_says(x.content, b) and _says(y.content, a))
        for c in dossier.conflicts
        for x, y in c.flag.pairs
    )


def _promise_found(dossier: Dossier, planted: dict[str, Any]) -> str | None:
    for c in dossier.commitments:
        if any(_says(p.statement.content, planted["quote"]) for p in (c.promise, *c.others)):
            return c.status.status
    return None


def evaluate(store: Store) -> dict[str, Any]:
    """Every theme's week: trend against the story, planted events found."""
    conflicts = {c["id"]: c for c in PLANTED["conflicts"]}
    promises = {p["id"]: p for p in PLANTED["commitments"]}
    rows = []
    for name, weeks in STORY["themes"].items():
        theme = store.theme(name=name)
        assert theme is not None, f"no theme {name!r}: is the Makefile's demo target changed?"
        for week, story in weeks.items():
            dossier = theme_dossier(store, theme, iso_week(week))
            trend, reasons = suggest_trend(dossier)
            rows.append(
                {
                    "theme": name,
                    "week": week,
                    "trend": trend,
                    "story_trends": story["trends"],
                    "trend_ok": trend in story["trends"],
                    "reasons": [r.code for r in reasons],
                    "conflicts": {
                        cid: _conflict_found(dossier, conflicts[cid])
                        for cid in story.get("conflicts", [])
                    },
                    "commitments": {
                        pid: _promise_found(dossier, promises[pid])
                        for pid in story.get("commitments", [])
                    },
                    "story": story["story"],
                }
            )
    events = [v for r in rows for v in (*r["conflicts"].values(), *r["commitments"].values())]
    return {
        "weeks": len(rows),
        "trend_ok": sum(r["trend_ok"] for r in rows),
        "events": len(events),
        "events_found": sum(bool(v) for v in events),
        "rows": rows,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="an ingested demo store to reuse")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    store = _store(args.db)
    started = time.perf_counter()
    result = evaluate(store)
    result["seconds_per_dossier"] = round((time.perf_counter() - started) / result["weeks"], 2)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for r in result["rows"]:
            mark = "  " if r["trend_ok"] else "✗ "
            events = ", ".join(
                f"{k}:{'ok' if v else 'MISSING'}" if not isinstance(v, str) else f"{k}:{v}"
                for k, v in (*r["conflicts"].items(), *r["commitments"].items())
            )
            print(
                f"{mark}{r['theme'][:20]:20} {r['week']} {r['trend']:8}"
                f" story {'/'.join(r['story_trends']):22} {','.join(r['reasons']):40} {events}"
            )
        print(
            f"trend matches the story: {result['trend_ok']}/{result['weeks']} weeks; planted events"
            f" found: {result['events_found']}/{result['events']};"
            f" {result['seconds_per_dossier']} s per dossier"
        )
    failed = result["trend_ok"] < result["weeks"] or result["events_found"] < result["events"]
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())

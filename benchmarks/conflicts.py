"""Precision and recall of conflict flags on the demo corpus, against demo/planted.json.

Ingests demo/corpus into a temporary SQLite store and compares every flag with the planted
conflicts. A flag counts as right only when it pairs the two planted statements (in any of their
reprints), so precision here is a lower bound: some unplanted flags are real disagreements.

    .venv/bin/python benchmarks/conflicts.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from watchdesk.ingest.files import read_inputs
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import ingest
from watchdesk.store import open_store

DEMO = Path(__file__).resolve().parent.parent / "demo"


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").split())


def _says(content: str, quote: str) -> bool:
    return _norm(quote)[:40] in _norm(content)


def main() -> None:
    planted = json.loads((DEMO / "planted.json").read_text(encoding="utf-8"))["conflicts"]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/demo.db")
        ingest(read_inputs([DEMO / "corpus"], max_bytes=10_000_000), store, Parser())
        flags = store.conflicts()
    right, found = 0, set()
    for flag in flags:
        first, second = flag.first.content, flag.second.content
        for p in planted:
            a, b = p["a"]["quote"], p["b"]["quote"]
            if (_says(first, a) and _says(second, b)) or (_says(first, b) and _says(second, a)):
                right += 1
                found.add(p["id"])
                break
    kinds = Counter(f.conflict.kind for f in flags)
    out = sys.stdout
    out.write(f"flags: {len(flags)} ({', '.join(f'{k} {n}' for k, n in kinds.most_common())})\n")
    out.write(f"precision (flags pairing planted statements): {right}/{len(flags)}")
    out.write(f" = {right / max(len(flags), 1):.3f}\n")
    out.write(f"recall (planted conflicts flagged): {len(found)}/{len(planted)}\n")
    missing = sorted({p["id"] for p in planted} - found)
    if missing:
        out.write(f"missing: {', '.join(missing)}\n")


if __name__ == "__main__":
    main()

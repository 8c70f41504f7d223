"""The throughput table of `make bench`: watchdesk against its floor, memory, cost at size.

    python benchmarks/bench_table.py [--generated N] [--sizes 1000,100000,1000000] [--pg-sizes …]

Runs, each in its own process so one's memory does not count in another's:
`throughput.py` on the demo corpus and on N pages of a corpus `generate_corpus.py` writes to a
temporary folder (the same seed every time), then `add_article.py` for the cost of one article
(saving and linking it, and the store's bytes per stored article) at each size on SQLite, and
on PostgreSQL at `--pg-sizes` when WATCHDESK_BENCH_PG names a scratch database (it is emptied).
Nothing is asserted: the figures are printed as one Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory() as folder:
        generated = Path(folder) / "generated"
        _run(
            "generate_corpus.py", str(generated), "--articles", str(args.generated), "--shards", "1"
        )
        for name, pages in (("demo corpus", []), (f"generated ({args.generated})", [generated])):
            figures = _json("throughput.py", *map(str, pages), "--repeat", "1")
            rows.append(_throughput_row(name, figures))
    pg = os.environ.get("WATCHDESK_BENCH_PG")
    costs = [("SQLite", row) for row in _json("add_article.py", "--articles", args.sizes)]
    if pg and args.pg_sizes:
        costs += [
            ("PostgreSQL", row)
            for row in _json("add_article.py", "--articles", args.pg_sizes, "--db", pg)
        ]
    _print(rows, costs)
    return 0


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    cli = argparse.ArgumentParser(description=__doc__)
    cli.add_argument("--generated", type=int, default=200, help="generated pages to ingest")
    # A million articles on SQLite: about 12 minutes of filling and 14 GB under the temp folder.
    cli.add_argument("--sizes", default="1000,100000,1000000", help="articles stored (SQLite)")
    cli.add_argument(
        "--pg-sizes", default="1000,100000,1000000", help="articles stored (PostgreSQL)"
    )
    return cli.parse_args(argv)


def _run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args], check=True, capture_output=True, text=True
    )
    return done.stdout


def _json(script: str, *args: str) -> Any:
    output = _run(script, *args, "--json")
    # throughput.py ends with its quotable line after the JSON object; the object comes first.
    start = output.index("{") if output.lstrip().startswith("{") else output.index("[")
    decoded, _ = json.JSONDecoder().raw_decode(output[start:])
    return decoded


def _throughput_row(name: str, figures: dict[str, Any]) -> tuple[str, ...]:
    return (
        name,
        f"{figures['pages']}",
        f"{figures['watchdesk_per_s']:.2f}",
        f"{figures['floor_per_s']:.2f}",
        f"{figures['ratio']:.2f}",
        f"{figures['peak_rss_mb']:.0f} + {figures['peak_worker_mb']:.0f}",
        f"{figures['store_bytes_per_article'] / 1000:.1f}",
    )


def _print(rows: list[tuple[str, ...]], costs: list[tuple[str, dict[str, Any]]]) -> None:
    print(
        "| corpus | pages | watchdesk articles/s | floor articles/s | ratio "
        "| peak MB (main + worker) | store kB/article |"
    )
    print("|---|---|---|---|---|---|---|")
    for cells in rows:
        print("| " + " | ".join(cells) + " |")
    print()
    print("| store | articles stored | fill (s) | save one (ms) | link one (ms) | store MB |")
    print("|---|---|---|---|---|---|")
    for database, row in costs:
        print(
            f"| {database} | {row['articles']:,} | {row['fill_s']:.0f} | {row['save_ms']:.1f} "
            f"| {row['link_ms']:.1f} | {row['store_bytes'] / 1e6:.1f} |"
        )


if __name__ == "__main__":
    raise SystemExit(main())

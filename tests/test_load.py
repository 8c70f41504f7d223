"""The desk keeps answering while an ingest runs beside it: no request fails, no article is lost.

It runs benchmarks/load.py small (its figures, with the p95 against idle, come from `make bench`):
`watchdesk serve` and `watchdesk ingest` as real processes on one SQLite store, readers logged in
over loopback asking for desk pages and API lists the whole time the ingest stores articles.
No timing is asserted; the requests served are printed in the figures section of the summary.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from figures import record

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "load.py"


def test_pages_answer_and_nothing_is_lost_while_an_ingest_runs(tmp_path):
    spec = importlib.util.spec_from_file_location("load_benchmark", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    load = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = load  # its dataclasses look their module up there
    spec.loader.exec_module(load)
    args = argparse.Namespace(articles=8, clients=2, requests=150, seconds=180, db=None)

    figures = load.run(args, tmp_path)

    record(
        f"load: {figures['served']} requests served ({figures['served_during_ingest']} while"
        f" ingesting {figures['articles_written']} articles), {figures['failed']} failed,"
        f" {figures['lost']} articles lost"
    )
    assert figures["ingest_exit"] == 0, figures["ingest_errors"]
    assert not figures["database_locked"]
    assert figures["failures"] == []
    assert figures["served_during_ingest"] > 0
    assert figures["articles_stored"] == figures["articles_written"] == 8

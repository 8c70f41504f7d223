"""The desk under load while ingestion runs: pages keep answering, no request fails, no article
is lost. Bounded in requests and seconds; everything on loopback.

    .venv/bin/python benchmarks/load.py                      # 80 articles, 4 clients
    .venv/bin/python benchmarks/load.py --articles 200 --clients 8 --seconds 300 --check

It writes a corpus of invented articles (generate_corpus.py), starts `watchdesk serve` and
`watchdesk ingest` of that corpus on one fresh SQLite store (or `--db`), and lets `--clients`
logged-in readers walk the desk's pages and API calls until the ingest ends. Then the same clients
walk the same pages again with the desk idle: the baseline of the same run. Printed: requests
served, failures (any status but 200, or a refused connection), p50 and p95 under ingest and idle
and their ratio, the ingest's exit code, and articles stored against articles written. `--check`
exits 1 on a failed request, a failed ingest or a lost article.

The last line is the one to quote:

    load served=N failed=F p95_ingest=Xms p95_idle=Yms ratio=Z lost=L
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PASSWORD = "load-test-password"
# What an analyst's browser asks for all day, and the API twins scripts use.
PATHS = (
    "/",
    "/statements",
    "/search?q=withdrawal",
    "/speakers",
    "/entities",
    "/conflicts",
    "/commitments",
    "/api/v1/articles?limit=20",
    "/api/v1/statements?limit=20",
    "/api/v1/search?q=talks",
    "/api/v1/speakers?limit=20",
    "/api/v1/conflicts?limit=20",
)


@dataclass
class Tally:
    seconds: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def note(self, seconds: float, failure: str | None) -> None:
        with self.lock:
            self.seconds.append(seconds)
            if failure:
                self.failures.append(failure)


def walk(address: str, stop: threading.Event, tally: Tally, budget: int, offset: int) -> None:
    """One reader: log in, then ask for the pages in turn until `stop` or `budget` requests."""
    with httpx.Client(base_url=address, timeout=60) as client:
        login = client.post("/api/v1/session", json={"name": "reader", "password": PASSWORD})
        if login.status_code != 200:
            tally.note(0.0, f"login {login.status_code}")
            return
        done = 0
        while not stop.is_set() and done < budget:
            path = PATHS[(offset + done) % len(PATHS)]
            started = time.perf_counter()
            try:
                answer = client.get(path)
                failure = None if answer.status_code == 200 else f"{path} {answer.status_code}"
            except httpx.HTTPError as exc:
                failure = f"{path} {type(exc).__name__}"
            tally.note(time.perf_counter() - started, failure)
            done += 1


def phase(
    address: str, clients: int, budget: int, stop: threading.Event
) -> tuple[list[threading.Thread], Tally]:
    """Start `clients` readers of at most `budget` requests each; their tally fills as they go."""
    tally = Tally()
    threads = [
        threading.Thread(target=walk, args=(address, stop, tally, budget, n), daemon=True)
        for n in range(clients)
    ]
    for thread in threads:
        thread.start()
    return threads, tally


def percentile(values: Sequence[float], share: float) -> float:
    if not values:
        return 0.0
    ranked = sorted(values)
    return ranked[min(len(ranked) - 1, int(share * len(ranked)))]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(address: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{address}/login", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the desk did not start")


def _stored(address: str) -> int:
    with httpx.Client(base_url=address, timeout=60) as client:
        client.post("/api/v1/session", json={"name": "reader", "password": PASSWORD})
        return int(client.get("/api/v1/articles?limit=1").headers["x-total-count"])


def run(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    corpus = workdir / "corpus"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate_corpus.py"), str(corpus),
         "--articles", str(args.articles), "--shards", "1", "--seed", "13"],
        check=True, capture_output=True,
    )  # fmt: skip
    written = sum(
        1 for path in corpus.glob("*.jsonl") for line in path.read_text().splitlines() if line
    )
    db = args.db or f"sqlite:///{workdir / 'load.db'}"
    env = {**os.environ, "WATCHDESK_DB": db, "WATCHDESK_SECRET_KEY": "load-" + "x" * 40}
    subprocess.run(
        [str(BIN / "watchdesk"), "user", "add", "reader", "--role", "reader", "--password-stdin"],
        input=PASSWORD + "\n", text=True, env=env, check=True, capture_output=True,
    )  # fmt: skip
    port = _free_port()
    address = f"http://127.0.0.1:{port}"
    desk = subprocess.Popen(
        [str(BIN / "watchdesk"), "serve", "--host", "127.0.0.1", "--port", str(port),
         "--no-access-log"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        _wait_until_up(address, 60)
        started = time.monotonic()
        ingest = subprocess.Popen(
            [str(BIN / "watchdesk"), "ingest", str(corpus), "--source", "load"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        stop = threading.Event()
        threads, loaded = phase(address, args.clients, args.requests, stop)
        try:
            _, ingest_errors = ingest.communicate(timeout=args.seconds)
        except subprocess.TimeoutExpired:
            ingest.kill()
            _, ingest_errors = ingest.communicate()
        ingest_seconds = time.monotonic() - started
        stop.set()
        for thread in threads:
            thread.join()
        stored = _stored(address)
        # The baseline: as many requests, the same pages, the same store, nothing ingesting.
        idle_stop = threading.Event()
        per_client = max(1, len(loaded.seconds) // args.clients)
        idle_threads, idle = phase(address, args.clients, per_client, idle_stop)
        for thread in idle_threads:
            thread.join()
    finally:
        desk.terminate()
        _, desk_errors = desk.communicate(timeout=30)
    locked = "database is locked" in (ingest_errors or "") + (desk_errors or "")
    p95_loaded, p95_idle = percentile(loaded.seconds, 0.95), percentile(idle.seconds, 0.95)
    return {
        "articles_written": written,
        "articles_stored": stored,
        "lost": max(0, written - stored),
        "ingest_exit": ingest.returncode,
        "ingest_seconds": round(ingest_seconds, 1),
        "ingest_errors": (ingest_errors or "").strip().splitlines()[-5:],
        "database_locked": locked,
        "served": len(loaded.seconds) + len(idle.seconds),
        "served_during_ingest": len(loaded.seconds),
        "failed": len(loaded.failures) + len(idle.failures),
        "failures": (loaded.failures + idle.failures)[:10],
        "p50_ingest_ms": round(1000 * statistics.median(loaded.seconds or [0]), 1),
        "p95_ingest_ms": round(1000 * p95_loaded, 1),
        "p50_idle_ms": round(1000 * statistics.median(idle.seconds or [0]), 1),
        "p95_idle_ms": round(1000 * p95_idle, 1),
        "ratio": round(p95_loaded / p95_idle, 2) if p95_idle else 0.0,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=80, help="articles the ingest stores")
    parser.add_argument("--clients", type=int, default=4, help="readers asking at once")
    parser.add_argument("--requests", type=int, default=2000, help="at most, per reader")
    parser.add_argument("--seconds", type=float, default=240, help="at most, for the ingest")
    parser.add_argument("--db", help="a scratch database URL (default: a fresh SQLite file)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--check", action="store_true", help="exit 1 on a failure or a loss")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="watchdesk-load-") as tmp:
        figures = run(args, Path(tmp))
    print(f"articles: {figures['articles_written']} written, {figures['articles_stored']} stored")
    print(f"ingest: exit {figures['ingest_exit']} after {figures['ingest_seconds']} s")
    for line in figures["ingest_errors"]:
        print(f"  ingest said: {line}")
    if figures["database_locked"]:
        print("  'database is locked' was reported")
    print(
        f"requests: {figures['served']} served ({figures['served_during_ingest']} during the"
        f" ingest), {figures['failed']} failed"
    )
    for failure in figures["failures"]:
        print(f"  FAILED {failure}")
    print(
        f"latency: p50 {figures['p50_ingest_ms']} ms / p95 {figures['p95_ingest_ms']} ms during"
        f" the ingest, p50 {figures['p50_idle_ms']} ms / p95 {figures['p95_idle_ms']} ms idle"
    )
    print(
        f"load served={figures['served']} failed={figures['failed']}"
        f" p95_ingest={figures['p95_ingest_ms']}ms p95_idle={figures['p95_idle_ms']}ms"
        f" ratio={figures['ratio']} lost={figures['lost']}"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    bad = figures["failed"] or figures["lost"] or figures["ingest_exit"] != 0
    return 1 if args.check and bad else 0


if __name__ == "__main__":
    sys.exit(main())

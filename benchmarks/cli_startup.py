"""Benchmark: how long `watchdesk --help` takes to start, against a bare `python -c pass`.

Runs each command `--runs` times (after one warm-up run each, so the files are in the page cache)
and prints, for both, the fastest wall-clock time and the fastest CPU time (user + system of the
child), then the command's time over bare Python and the ratio. The fastest run is the one least
disturbed by other work on the machine; CPU time is shown too because a busy machine stretches
wall-clock time but not CPU time.

Goal: under 0.3 s wall-clock for `watchdesk --help` (issue 11). With `--check SECONDS` it exits 1
when the fastest wall-clock time is over SECONDS. Not part of `make test`.

Usage: `python benchmarks/cli_startup.py [--runs 10] [--check 0.3]`
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def measure(command: list[str], runs: int) -> tuple[float, float]:
    """The fastest wall-clock and the fastest CPU seconds of `runs` runs of a command."""
    subprocess.run(command, capture_output=True, check=True)  # warm-up
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), min(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--check", type=float, help="fail when --help takes longer (seconds)")
    args = parser.parse_args()
    # COLUMNS keeps rich from asking the terminal; the same for every run.
    os.environ.setdefault("COLUMNS", "100")
    bare_wall, bare_cpu = measure([sys.executable, "-c", "pass"], args.runs)
    help_wall, help_cpu = measure([str(BIN / "watchdesk"), "--help"], args.runs)
    print(f"python -c pass     wall {bare_wall:.3f} s   cpu {bare_cpu:.3f} s")
    print(f"watchdesk --help   wall {help_wall:.3f} s   cpu {help_cpu:.3f} s")
    print(
        f"over bare python   wall +{help_wall - bare_wall:.3f} s   cpu +{help_cpu - bare_cpu:.3f} s"
        f"   ratio wall {help_wall / bare_wall:.1f}x   cpu {help_cpu / max(bare_cpu, 1e-3):.1f}x"
    )
    if args.check is not None and help_wall > args.check:
        print(f"FAIL: watchdesk --help took {help_wall:.3f} s > {args.check} s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

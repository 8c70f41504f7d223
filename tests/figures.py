"""Figures a test measured (inputs tried, kills survived), printed at the end of the run.

`make test` runs pytest quietly, so a test's own output is hidden; a line recorded here is shown
in the summary whether the test passed or not, so the figures reach the reader of `make test`.
"""

from __future__ import annotations

FIGURES: list[str] = []


def record(line: str) -> None:
    """Keep `line` for the figures section of the test summary."""
    FIGURES.append(line)

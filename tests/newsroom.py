"""Invented news reports for the tests that run whole commands: officials on the crossings and the
troops, with numbers and dates, different in every report."""

from __future__ import annotations

import json
from pathlib import Path

from local_server import LocalServer, Reply

OFFICIALS = (
    ("Defence Minister", "Ilse Brandvik"),
    ("President", "Aldis Varro"),
    ("Interior Minister", "Tomas Reyes"),
    ("Mayor", "Lena Holt"),
    ("Harbour Master", "Piet Sondermark"),
)
PLACES = ("Orsa", "Kell", "Vantry", "Dunmere", "Tarnby")


def report(n: int) -> str:
    """An invented news report: officials on the crossings and the troops, numbers and dates."""
    role, name = OFFICIALS[n % 5]
    other_role, other = OFFICIALS[(n + 2) % 5]
    place = PLACES[n % 5]
    return (
        f"{role} {name} said on Monday that the crossing at {place} will reopen on"
        f' March {n + 3}.\n\n"About {1000 + 250 * n} soldiers remain near {place}," {name} told'
        " reporters in the capital."
        f"\n\n{other_role} {other} denied that the crossing at {place} would reopen this month.\n\n"
        f"{other} added that {40 + n} tanks had left the camp at {place} by Sunday."
    )


def write_corpus(inbox: Path, documents: int = 10) -> None:
    inbox.mkdir()
    for n in range(documents):
        (inbox / f"report-{n:02d}.txt").write_text(report(n), encoding="utf-8")


def html_report(n: int) -> bytes:
    """`report(n)` as a news page."""
    paragraphs = "".join(f"<p>{p}</p>" for p in report(n).split("\n\n"))
    return (
        f"<html><head><title>Report {n}</title></head><body><article><h1>Report {n}</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()


def write_archive(path: Path, documents: int) -> None:
    """A JSONL archive of `report(n)` for n below `documents`, as `watchdesk backfill` reads."""
    lines = [
        json.dumps(
            {
                "url": f"https://herald.example/{n}",
                "published": f"2026-03-{1 + n % 27:02d}",
                "title": f"Report {n}",
                "text": report(n),
            }
        )
        for n in range(documents)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def serve_reports(server: LocalServer, numbers: range) -> str:
    """An RSS feed of `html_report(n)` pages on `server`; returns the feed's URL."""
    items = "".join(
        f"<item><title>Report {n}</title><link>{server.url(f'/a/{n}')}</link></item>"
        for n in numbers
    )
    server.routes["/feed.xml"] = Reply(
        f"<rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>".encode(),
        content_type="application/rss+xml",
    )
    for n in numbers:
        server.routes[f"/a/{n}"] = Reply(html_report(n), etag=f'"a{n}"')
    return server.url("/feed.xml")

"""Coverage-guided fuzzing (atheris, libFuzzer) of the stages that read what the web sends.

    .venv/bin/python benchmarks/fuzz.py                       # every harness, bounded
    .venv/bin/python benchmarks/fuzz.py --harness extract --inputs 5000 --seconds 120
    .venv/bin/python benchmarks/fuzz.py --check               # exit 1 on any failure

Harnesses: `extract` (a page through extraction: random and mutated HTML, deep nesting, huge
attributes, invalid UTF-8, mixed scripts), `feeds` (RSS, Atom, JSON Feed and sitemaps, with entity
bombs and deep nesting), `dates` (feed and sitemap dates, and a page's own date as its meta tags
and <time> give it) and `annotate` (English and Russian annotation of fuzzed text in mixed
scripts). Each runs in a process of its own, bounded in inputs and seconds; libFuzzer kills it
when one input runs past the per-input time or memory bound (`-timeout`, `-rss_limit_mb`).

An input ends in a result or a clear error (InputError, FeedError: the one-line refusal a user
sees); anything else raised is a failure, noted with the input's hash and the run goes on.
Printed per harness: inputs tried, refusals, failures (goal 0). The seeds are written here, by
hand: no page of the public evaluation sets is read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, without installing

HARNESSES = ("extract", "feeds", "dates", "annotate")
PER_INPUT_S = 20  # libFuzzer's -timeout: one input past it is a failure (a hang)
RSS_LIMIT_MB = 2560  # the process with its models loaded (spaCy, natasha) is ~1 GB
DEFAULT_INPUTS = {"extract": 3000, "feeds": 20000, "dates": 5000, "annotate": 3000}
DEFAULT_SECONDS = 40.0
FETCHED = datetime(2026, 3, 3, tzinfo=UTC)

# Pieces of many scripts and of Unicode's awkward corners, to mix into fuzzed text.
SCRIPTS = (
    "Министр заявил, что",
    "قال الوزير",
    "部长表示",
    "大臣は述べた",
    "Ο υπουργός είπε",
    "השר אמר",
    "\u202eevil\u202c",  # right-to-left override
    "e\u0301\u0301\u0301",  # stacked combining marks
    "\U0001f600\u200d\U0001f525",  # emoji with a joiner
    "\ufeff\u200b\u00ad",  # BOM, zero-width space, soft hyphen
    "\ud7ff\ue000\uffff",
    '"We will not leave," she said.',
    "«Мы не уйдём», — сказал он.",
)

SEED_PAGE = (
    b"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Crossings stay shut"
    b"</title><meta property='article:published_time' content='2026-03-02T10:00:00Z'>"
    b"<link rel='canonical' href='https://news.example/a'></head><body><nav>Home | World</nav>"
    b"<article><h1>Crossings stay shut</h1><p class='byline'>By A. Writer</p><p>The ministry "
    b'said on Monday that the crossings would reopen within two weeks. "We are ready," an '
    b"official told reporters.</p><p>Some 4,500 soldiers remain about 60 miles from the "
    b"capital, according to the defence ministry.</p><p>\xd0\x9c\xd0\xb8\xd0\xbd\xd0\xb8\xd1"
    b"\x81\xd1\x82\xd1\x80 \xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xb8\xd0\xbb.</p></article>"
    b"<footer>Contact us</footer></body></html>"
)
SEED_RSS = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title>'
    b"<item><title>Crossings</title><link>https://news.example/a</link>"
    b"<pubDate>Tue, 03 Mar 2026 09:00:00 +0000</pubDate></item></channel></rss>"
)
SEED_ATOM = (
    b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><title>Ferry</title>'
    b'<link href="/c"/><updated>2026-03-03T09:00:00Z</updated></entry></feed>'
)
SEED_JSON = b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "/d"}]}'
SEED_SITEMAP = (
    b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example'
    b"/e</loc><lastmod>2026-03-01</lastmod></url></urlset>"
)
SEEDS = {
    "extract": [SEED_PAGE, b"<p>short</p>", b"plain text, said the minister."],
    "feeds": [SEED_RSS, SEED_ATOM, SEED_JSON, SEED_SITEMAP],
    "dates": [b"Tue, 03 Mar 2026 09:00:00 +0000", b"2026-03-03T09:00:00Z", b"2026-W10"],
    "annotate": [SEED_PAGE[SEED_PAGE.index(b"The ministry") : SEED_PAGE.index(b"</p><p>Some")]],
}


# -- building a hostile input from the fuzzer's bytes ---------------------------------------------


def _mixed_text(fdp: Any, limit: int) -> str:
    """Text the fuzzer chose, with pieces of other scripts spliced in."""
    pieces = []
    for _ in range(fdp.ConsumeIntInRange(1, 8)):
        if fdp.ConsumeBool():
            pieces.append(SCRIPTS[fdp.ConsumeIntInRange(0, len(SCRIPTS) - 1)])
        else:
            pieces.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, limit // 8)))
    return " ".join(pieces)[:limit]


def hostile_page(fdp: Any) -> bytes:
    """One page: the seed mutated, deep nesting, a huge attribute, invalid UTF-8 or mixed text."""
    shape = fdp.ConsumeIntInRange(0, 5)
    if shape == 0:  # the bytes as they come: any encoding, broken or not
        return bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
    if shape == 1:  # markup nested past any parser's comfort
        depth = fdp.ConsumeIntInRange(1, 50_000)
        tag = ("div", "b", "table", "p", "li", "span")[fdp.ConsumeIntInRange(0, 5)]
        text = _mixed_text(fdp, 200).encode("utf-8", "surrogatepass")
        close = fdp.ConsumeBool()
        return (
            f"<html><body>{f'<{tag}>' * depth}".encode()
            + text
            + (f"</{tag}>" * depth if close else "").encode()
        )
    if shape == 2:  # one attribute of megabytes, in a tag the extractor reads
        size = fdp.ConsumeIntInRange(1, 4_000_000)
        unit = fdp.ConsumeBytes(fdp.ConsumeIntInRange(1, 16)) or b"a"
        value = (unit * (size // len(unit) + 1))[:size].replace(b"'", b"")
        where = (
            b"<meta name='description' content='",
            b"<a href='",
            b"<p class='",
            b"<html lang='",
        )
        return where[fdp.ConsumeIntInRange(0, 3)] + value + b"'>" + SEED_PAGE
    if shape == 3:  # invalid UTF-8 spliced into a page that says it is UTF-8
        junk = fdp.ConsumeBytes(fdp.ConsumeIntInRange(1, 64)) + b"\xff\xfe\xc0\x80\xed\xa0\x80"
        cut = fdp.ConsumeIntInRange(0, len(SEED_PAGE))
        return SEED_PAGE[:cut] + junk + SEED_PAGE[cut:]
    if shape == 4:  # paragraphs of mixed scripts
        paragraphs = [_mixed_text(fdp, 600) for _ in range(fdp.ConsumeIntInRange(1, 6))]
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f"<html><body><article>{body}</article></body></html>".encode("utf-8", "replace")
    # the seed with the fuzzer's bytes written over a stretch of it
    cut = fdp.ConsumeIntInRange(0, len(SEED_PAGE))
    patch = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 256))
    return SEED_PAGE[:cut] + patch + SEED_PAGE[cut + len(patch) :]


def hostile_feed(fdp: Any) -> bytes:
    """A feed or sitemap: raw bytes, a seed mutated, an entity bomb or deep nesting."""
    shape = fdp.ConsumeIntInRange(0, 4)
    seeds = SEEDS["feeds"]
    seed = seeds[fdp.ConsumeIntInRange(0, len(seeds) - 1)]
    if shape == 0:
        return bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
    if shape == 1:  # billion laughs, of the fuzzer's width and depth
        width, depth = fdp.ConsumeIntInRange(2, 20), fdp.ConsumeIntInRange(1, 12)
        lines = ['<!ENTITY e0 "lol">']
        lines += [f'<!ENTITY e{i} "{f"&e{i - 1};" * width}">' for i in range(1, depth + 1)]
        doctype = f"<!DOCTYPE rss [{''.join(lines)}]>"
        return (
            f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><item><title>&e{depth};'
            "</title><link>https://news.example/x</link></item></channel></rss>"
        ).encode()
    if shape == 2:  # nesting
        depth = fdp.ConsumeIntInRange(1, 100_000)
        return b"<rss><channel>" + b"<item>" * depth + SEED_RSS + b"</item>" * (depth // 2)
    if shape == 3:  # a huge attribute
        size = fdp.ConsumeIntInRange(1, 4_000_000)
        return b'<feed xmlns="http://www.w3.org/2005/Atom"><link href="' + b"x" * size + b'"/>'
    cut = fdp.ConsumeIntInRange(0, len(seed))
    patch = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 128))
    return seed[:cut] + patch + seed[cut + len(patch) :]


# -- the harnesses: one input each, a result or a clear error -------------------------------------


def _extract(data: bytes) -> str:
    import atheris

    from watchdesk.errors import InputError
    from watchdesk.extract.article import extract_article
    from watchdesk.records import RawDocument

    fdp = atheris.FuzzedDataProvider(data)
    kind = ("text/html", "text/plain")[fdp.ConsumeIntInRange(0, 1)]
    raw = RawDocument(uri="https://news.example/f", content=hostile_page(fdp), content_type=kind,
                      fetched_at=FETCHED)  # fmt: skip
    try:
        extract_article(raw)
    except InputError:
        return "refused"
    return "ok"


def _feeds(data: bytes) -> str:
    import atheris

    from watchdesk.errors import DocumentTooLarge, FeedError
    from watchdesk.ingest.feeds import parse_feed
    from watchdesk.ingest.sitemaps import parse_sitemap

    fdp = atheris.FuzzedDataProvider(data)
    as_sitemap = fdp.ConsumeBool()
    content = hostile_feed(fdp)
    try:
        if as_sitemap:
            parse_sitemap(content, "https://news.example/sitemap.xml", max_bytes=8_000_000)
        else:
            parse_feed(content, "https://news.example/feed.xml")
    except (FeedError, DocumentTooLarge):
        return "refused"
    return "ok"


def _dates(data: bytes) -> str:
    import atheris

    from watchdesk.errors import InputError
    from watchdesk.extract.article import extract_article
    from watchdesk.ingest.feeds import parse_date
    from watchdesk.records import RawDocument

    fdp = atheris.FuzzedDataProvider(data)
    value = _mixed_text(fdp, 120) if fdp.ConsumeBool() else fdp.ConsumeUnicode(120)
    parsed = parse_date(value)
    assert parsed is None or parsed.tzinfo is not None, "a feed date without its zone"
    escaped = value.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;")
    page = (
        f"<html><head><meta property='article:published_time' content='{escaped}'>"
        f"<meta name='date' content='{escaped}'></head><body><article><time datetime='{escaped}'>"
        f"{escaped}</time><p>The ministry said on Monday that the crossings would reopen.</p>"
        "</article></body></html>"
    ).encode("utf-8", "surrogatepass")
    raw = RawDocument(uri="https://news.example/d", content=page, content_type="text/html",
                      fetched_at=FETCHED)  # fmt: skip
    try:
        article = extract_article(raw)
    except InputError:
        return "refused"
    assert article.published is None or article.published.year > 1000, article.published
    return "ok"


_PARSER: Any = None


def _annotate(data: bytes) -> str:
    import atheris

    from watchdesk.pipeline import annotate
    from watchdesk.records import Article

    fdp = atheris.FuzzedDataProvider(data)
    language = ("en", "ru")[fdp.ConsumeIntInRange(0, 1)]
    text = "\n\n".join(_mixed_text(fdp, 800) for _ in range(fdp.ConsumeIntInRange(1, 3))).strip()
    if not text:
        return "refused"  # extraction never hands annotation an empty text
    article = Article(url="https://news.example/t", title="t", text=text, language=language,
                      published=FETCHED.date())  # fmt: skip
    result = annotate(article, _PARSER)
    for statement in result.statements:
        assert statement.span.slice(text) == statement.content, "a span off its text"
    return "ok"


TARGETS: dict[str, Callable[[bytes], str]] = {
    "extract": _extract,
    "feeds": _feeds,
    "dates": _dates,
    "annotate": _annotate,
}


# -- one harness in its own process ---------------------------------------------------------------


def run_harness(name: str, inputs: int, seconds: float, stats_path: Path, corpus: Path) -> None:
    """Fuzz one target until `inputs` or `seconds` run out; write the tally to `stats_path`."""
    import atheris

    with atheris.instrument_imports(include=["watchdesk"]):
        import watchdesk.extract.article
        import watchdesk.ingest.feeds
        import watchdesk.ingest.sitemaps
        import watchdesk.pipeline  # noqa: F401

    if name == "annotate":
        global _PARSER
        from watchdesk.nlp.parse import Parser

        _PARSER = Parser()
        for language in ("en", "ru"):
            _PARSER.load(language)  # models load once, before the clock starts
    target = TARGETS[name]
    tally: Counter[str] = Counter()
    failures: dict[str, str] = {}
    started = time.monotonic()

    def write() -> None:
        stats = {"tally": tally, "failures": failures, "seconds": time.monotonic() - started}
        stats_path.write_text(json.dumps(stats))

    def one(data: bytes) -> None:
        try:
            tally[target(data)] += 1
        except Exception as exc:  # anything but a clear refusal is a failure; the run goes on
            tally["failed"] += 1
            key = f"{type(exc).__name__}: {str(exc)[:160]}"
            failures.setdefault(key, hashlib.sha256(data).hexdigest()[:16])
            (corpus.parent / f"failure-{name}-{hashlib.sha256(data).hexdigest()[:16]}").write_bytes(
                data
            )
        tried = sum(tally.values())
        if tried % 50 == 0:
            write()
        if tried >= inputs or time.monotonic() - started > seconds:
            write()
            os._exit(0)

    sys.setrecursionlimit(10_000)  # as deep as a thread here may go; RecursionError is a failure
    argv = [
        sys.argv[0],
        f"-timeout={PER_INPUT_S}",
        f"-rss_limit_mb={RSS_LIMIT_MB}",
        f"-max_total_time={int(seconds) + PER_INPUT_S}",
        "-max_len=65536",
        "-seed=13",
        f"-artifact_prefix={corpus.parent}/",  # crash-*, timeout-*: beside the corpus
        str(corpus),
    ]
    atheris.Setup(argv, one)
    atheris.Fuzz()


def fuzz(name: str, inputs: int, seconds: float, workdir: Path) -> dict[str, Any]:
    """Run one harness in a child process and read back what it tried and what failed."""
    corpus = workdir / name / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for idx, seed in enumerate(SEEDS[name]):
        (corpus / f"seed-{idx}").write_bytes(seed)
    stats_path = workdir / name / "stats.json"
    command = [sys.executable, __file__, "--child", name, "--inputs", str(inputs),
               "--seconds", str(seconds), "--stats", str(stats_path),
               "--corpus", str(corpus)]  # fmt: skip
    child = subprocess.run(command, capture_output=True, text=True, errors="replace", check=False)
    stats: dict[str, Any] = {"tally": {}, "failures": {}, "seconds": 0.0}
    if stats_path.exists():
        stats = json.loads(stats_path.read_text())
    if child.returncode != 0:  # libFuzzer stopped it: an input past the time or memory bound
        verdict = [line for line in child.stderr.splitlines() if "ERROR: libFuzzer" in line]
        last = child.stderr.strip().splitlines()[-1:] or [""]
        reason = verdict[-1] if verdict else f"exit code {child.returncode}: {last[0][:200]}"
        stats["failures"][reason.strip()] = "the input libFuzzer saved (crash-*, timeout-*)"
        stats["tally"]["failed"] = stats["tally"].get("failed", 0) + 1
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--harness", choices=HARNESSES, action="append")
    parser.add_argument("--inputs", type=int, help="inputs per harness (default: per harness)")
    parser.add_argument("--seconds", type=float, default=DEFAULT_SECONDS)
    parser.add_argument("--check", action="store_true", help="exit 1 on any failure")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--keep", type=Path, help="keep failing inputs and corpora in this folder")
    parser.add_argument("--child", choices=HARNESSES, help=argparse.SUPPRESS)
    parser.add_argument("--stats", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_harness(args.child, args.inputs, args.seconds, args.stats, args.corpus)
        return 0

    figures: dict[str, Any] = {}
    failed = 0
    with tempfile.TemporaryDirectory(prefix="watchdesk-fuzz-") as tmp:
        workdir = args.keep or Path(tmp)
        for name in args.harness or HARNESSES:
            inputs = args.inputs or DEFAULT_INPUTS[name]
            stats = fuzz(name, inputs, args.seconds, workdir)
            tally = stats["tally"]
            tried = sum(tally.values())
            failed += tally.get("failed", 0)
            figures[name] = stats
            print(
                f"{name:9} {tried:6d} inputs in {stats['seconds']:5.1f} s: "
                f"{tally.get('ok', 0)} results, {tally.get('refused', 0)} refused with a clear "
                f"error, {tally.get('failed', 0)} failures"
            )
            for reason, where in stats["failures"].items():
                print(f"          FAILURE {reason} (input {where})")
    print(f"fuzz: {failed} failures (goal 0)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())

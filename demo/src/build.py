"""Build the demo corpus: HTML pages, manifest.jsonl and planted.json.

    python demo/src/build.py          # writes demo/corpus/ and demo/planted.json
    python demo/src/build.py --check  # also verifies every planted quote

Article texts live in ``articles_*.py``. A planted span is written inline as
``{{ID|exact text}}``; the builder strips the marker, applies the outlet's
typography, and records the exact visible text under ID for planted.json
(metadata for each ID is in ``planted_meta.py``).
"""

from __future__ import annotations

import html
import importlib
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent
sys.path.insert(0, str(HERE))

from outlets import OUTLETS, TEMPLATES, curly  # noqa: E402

MARK = re.compile(r"\{\{([A-Za-z0-9_]+)\|([^{}]*)\}\}")


@dataclass
class Article:
    outlet: str
    date: date
    slug: str
    title: str
    dek: str
    author: str
    section: str
    paras: list
    figure: dict
    time: str = "09:00"
    source_line: str | None = None
    canonical_of: str | None = None  # key of the original (syndicated copies)
    key: str = ""
    extra: dict = field(default_factory=dict)
    # filled by the builder
    url: str = ""
    canonical: str = ""
    path: str = ""
    paras_html: list = field(default_factory=list)

    @property
    def published_time(self) -> str:
        return f"{self.date.isoformat()}T{self.time}:00+00:00"


def make_url(a: Article) -> str:
    d = a.date
    o = OUTLETS[a.outlet]
    base = f"https://{o.domain}"
    if a.outlet == "northgate-herald":
        return f"{base}/world/{d:%Y/%m/%d}/{a.slug}"
    if a.outlet == "meridian-wire":
        return f"{base}/news/{d:%Y-%m-%d}/{a.slug}"
    if a.outlet == "karesian-courier":
        return f"{base}/defence/{d:%Y/%m/%d}/{a.slug}/"
    if a.outlet == "strait-ledger":
        return f"{base}/analysis/{d:%Y/%m}/{a.slug}"
    if a.outlet == "velsk-gazette":
        return f"{base}/border/{a.slug}-{d:%Y%m%d}.html"
    if a.outlet == "vestnik-severa":
        return f"{base}/security/{d:%Y/%m/%d}/{a.slug}"
    if a.outlet == "pogran-obozrevatel":
        return f"{base}/article/{a.slug}-{d:%Y-%m-%d}"
    raise KeyError(a.outlet)


def typo(o, text: str) -> str:
    if o.typography in ("curly", "curly-entities"):
        return curly(text)
    return text


def resolve(text: str, found: dict, path: str) -> str:
    while True:
        m = MARK.search(text)
        if not m:
            return text
        ident, inner = m.group(1), m.group(2)
        if ident in found:
            raise SystemExit(f"marker {ident} used twice ({found[ident]['path']} and {path})")
        found[ident] = {"path": path, "quote": inner}
        text = text[: m.start()] + inner + text[m.end():]


def load_articles() -> list[Article]:
    arts: list[Article] = []
    for f in sorted(HERE.glob("articles_*.py")):
        mod = importlib.import_module(f.stem)
        arts.extend(mod.ARTICLES)
    arts.sort(key=lambda a: (a.date, a.time, a.outlet))
    return arts


def build(check: bool = False) -> None:
    arts = load_articles()
    by_key = {}
    for a in arts:
        o = OUTLETS[a.outlet]
        a.url = make_url(a)
        a.path = f"{a.outlet}/{a.date.isoformat()}-{a.slug}.html"
        if a.key:
            by_key[a.key] = a
    found: dict = {}
    for a in arts:
        o = OUTLETS[a.outlet]
        a.canonical = by_key[a.canonical_of].url if a.canonical_of else a.url
        a.title = typo(o, a.title)
        a.dek = typo(o, a.dek)
        a.figure = {k: typo(o, v) for k, v in a.figure.items()}
        out = []
        for p in a.paras:
            if isinstance(p, tuple):
                out.append(("h2", html.escape(typo(o, p[1]), quote=False)))
                continue
            text = resolve(typo(o, p), found, a.path)
            if o.typography == "curly-entities":
                from outlets import esc_entities
                out.append(esc_entities(text))
            else:
                out.append(html.escape(text, quote=False))
        a.paras_html = out

    corpus = DEMO / "corpus"
    for old in corpus.glob("*/*.html"):
        old.unlink()
    manifest = []
    per_outlet: dict[str, list[Article]] = {}
    for n, a in enumerate(arts):
        o = OUTLETS[a.outlet]
        earlier = per_outlet.setdefault(a.outlet, [])
        related = [(b.title, b.url.split(".example", 1)[1]) for b in reversed(earlier[-3:])]
        words = sum(len(re.sub(r"<[^>]+>", " ", p).split()) for p in a.paras_html if isinstance(p, str))
        ctx = {"related": related, "n": n, "minutes": max(2, round(words / 200))}
        page = TEMPLATES[a.outlet](a, o, ctx)
        target = corpus / a.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
        earlier.append(a)
        manifest.append({"path": a.path, "url": a.url, "outlet": o.name, "language": o.lang,
                         "published": a.date.isoformat(), "title": a.title})
    # Beside the corpus, not in it: `watchdesk ingest demo/corpus` would read it as a JSONL archive.
    with open(corpus.parent / "manifest.jsonl", "w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    import planted_meta
    planted = planted_meta.assemble(found, {a.key: a.path for a in arts if a.key})
    with open(DEMO / "planted.json", "w", encoding="utf-8") as fh:
        json.dump(planted, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    unused = sorted(set(found) - planted_meta.USED)
    print(f"{len(arts)} pages written; {len(found)} markers; unused markers: {unused}")
    if check:
        import check_corpus
        check_corpus.main()


if __name__ == "__main__":
    build(check="--check" in sys.argv)

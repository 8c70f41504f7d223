"""Sanity checks for the demo corpus (run: python demo/src/check_corpus.py).

* every page has the required head tags, one <article>, 350-900 words of body;
* no URL outside .example domains, pages under 25 KB;
* manifest.jsonl matches the files;
* every quote in planted.json is an exact substring of the page's <article>
  text and (whitespace-normalised) of trafilatura's extraction.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import lxml.html

DEMO = Path(__file__).resolve().parent.parent
CORPUS = DEMO / "corpus"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def article_text(doc) -> str:
    arts = doc.xpath("//article")
    assert len(arts) == 1, "expected exactly one <article>"
    return norm(arts[0].text_content())


def body_words(doc) -> int:
    art = doc.xpath("//article")[0]
    paras = art.xpath(".//p[not(ancestor::figure) and not(ancestor::aside) and not(ancestor::*[contains(@class,'photo') or contains(@class,'caption') or contains(@class,'readalso') or contains(@class,'related-inline') or contains(@class,'inline-links') or contains(@class,'source')])]")
    text = " ".join(p.text_content() for p in paras if "caption" not in (p.get("class") or "") and "source" not in (p.get("class") or ""))
    return len(text.split())


def main() -> int:
    import trafilatura

    errors: list[str] = []
    manifest = [json.loads(line) for line in open(CORPUS.parent / "manifest.jsonl", encoding="utf-8")]
    files = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*.html"))
    if sorted(m["path"] for m in manifest) != files:
        errors.append("manifest paths do not match files")
    texts: dict[str, str] = {}
    extracted: dict[str, str] = {}
    stats = []
    for m in manifest:
        p = CORPUS / m["path"]
        raw = p.read_text(encoding="utf-8")
        size = len(raw.encode("utf-8"))
        if size > 25_000:
            errors.append(f"{m['path']}: {size} bytes")
        if not raw.startswith("<!doctype html>"):
            errors.append(f"{m['path']}: no doctype")
        for needle in ('<meta charset="utf-8">', 'property="og:site_name"', 'property="og:title"',
                       'name="author"', 'property="article:published_time"', 'rel="canonical"',
                       f'<html lang="{m["language"]}">'):
            if needle not in raw:
                errors.append(f"{m['path']}: missing {needle}")
        if f'content="{m["published"]}T' not in raw:
            errors.append(f"{m['path']}: published_time does not match manifest")
        for url in re.findall(r'(?:href|src|content)="(https?://[^"]+)"', raw):
            host = url.split("/")[2]
            if not host.endswith(".example"):
                errors.append(f"{m['path']}: external URL {url}")
        doc = lxml.html.fromstring(raw)
        texts[m["path"]] = article_text(doc)
        words = body_words(doc)
        stats.append((m["path"], words, size))
        if not 350 <= words <= 900:
            errors.append(f"{m['path']}: {words} body words")
        ex = trafilatura.extract(raw, include_comments=False) or ""
        extracted[m["path"]] = norm(ex)

    planted = json.load(open(DEMO / "planted.json", encoding="utf-8"))

    def check(ref: dict, where: str) -> None:
        path, quote = ref["path"], ref["quote"]
        if path not in texts:
            errors.append(f"{where}: unknown path {path}")
            return
        if quote not in texts[path]:
            errors.append(f"{where}: quote not in <article> of {path}: {quote!r}")
        if norm(quote) not in extracted[path]:
            errors.append(f"{where}: quote not in trafilatura text of {path}: {quote!r}")

    for c in planted["conflicts"]:
        check(c["a"], c["id"] + ".a")
        check(c["b"], c["id"] + ".b")
    for c in planted["commitments"]:
        check(c, c["id"])
        if c.get("evidence"):
            check(c["evidence"], c["id"] + ".evidence")
    for n in planted["numbers"]:
        for i, v in enumerate(n["values"]):
            check(v, f"{n['id']}[{i}]")
    for s in planted["syndication"]:
        for cp in s["copies"]:
            raw = (CORPUS / cp).read_text(encoding="utf-8")
            orig_url = next(m["url"] for m in manifest if m["path"] == s["original"])
            if f'<link rel="canonical" href="{orig_url}">' not in raw:
                errors.append(f"syndication: {cp} canonical does not point to {orig_url}")
            if "Meridian Wire" not in texts[cp]:
                errors.append(f"syndication: {cp} has no source line")

    for path, words, size in stats:
        print(f"{words:4d} words {size:6d} B  {path}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"OK: {len(manifest)} pages, all planted quotes found")
    return 0


if __name__ == "__main__":
    sys.exit(main())

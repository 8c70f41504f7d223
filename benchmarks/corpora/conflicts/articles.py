"""Write a conflicts corpus's articles as pages/articles.jsonl, one JSON record a line, as the
desk's file ingest reads them. Shared by the build.py of each written corpus."""

from __future__ import annotations

import json
from pathlib import Path

# (outlet, published, slug, title, text)
Article = tuple[str, str, str, str, str]


def write_articles(corpus: Path, outlets: dict[str, str], articles: list[Article]) -> None:
    out = corpus / "pages" / "articles.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for outlet, published, slug, title, text in articles:
            record = {
                "url": f"{outlets[outlet]}{published}-{slug}",
                "title": title,
                "published": published,
                "text": text,
                "language": "en",
                "source": outlet,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

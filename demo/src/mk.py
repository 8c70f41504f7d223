"""Small helper to declare articles compactly."""

from __future__ import annotations

from datetime import date

from build import Article


def art(key, outlet, day, slug, title, dek, author, section, figure, body, **kw) -> Article:
    y, m, d = (int(x) for x in day.split("-"))
    paras = []
    for block in body.strip().split("\n\n"):
        text = " ".join(line.strip() for line in block.strip().splitlines())
        if text.startswith("## "):
            paras.append(("h2", text[3:]))
        else:
            paras.append(text)
    src, alt, caption, credit = figure
    return Article(outlet=outlet, date=date(y, m, d), slug=slug, title=title, dek=dek, author=author,
                   section=section, paras=paras, key=key,
                   figure={"src": src, "alt": alt, "caption": caption, "credit": credit}, **kw)

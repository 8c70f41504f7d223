# ruff: noqa: E501  (the layouts are HTML templates: one element per line reads like the page)
"""Write the extraction corpus: `<layout>/<NN>.html` and `<NN>.txt` (the true main text).

Run `.venv/bin/python benchmarks/corpora/extraction/build.py` after editing a story or a layout;
the written files are committed, so the benchmark never depends on this script's output order.
Each layout imitates one kind of site and repeats its furniture on every page, as real sites do,
with the small variations they show (counters, dates, rotating "Most read" lists).
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from stories_en import BLOG, LEDGER, REGIONAL, WIRE  # noqa: E402
from stories_ru import VESTI  # noqa: E402

Story = dict[str, object]
MONTHS_RU = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def body_html(story: Story, inserts: dict[int, str] | None = None) -> str:
    """Render the story's blocks as <p>/<h2>, with boilerplate inserted after given indices."""
    out = []
    for index, block in enumerate(story["body"]):  # type: ignore[arg-type]
        if block.startswith("## "):
            out.append(f"<h2>{esc(block[3:])}</h2>")
        else:
            out.append(f"<p>{esc(block)}</p>")
        if inserts and index in inserts:
            out.append(inserts[index])
    return "\n".join(out)


def truth(story: Story) -> str:
    blocks = story["body"]  # type: ignore[assignment]
    return "\n\n".join(b[3:] if b.startswith("## ") else b for b in blocks) + "\n"  # type: ignore[union-attr]


def others(stories: list[Story], index: int, count: int) -> list[Story]:
    """Other stories of the site, rotating with the page, as a 'Most read' list does."""
    rest = stories[index + 1 :] + stories[:index]
    return rest[:count]


def ledger(stories: list[Story], i: int) -> str:
    s = stories[i]
    day = date.fromisoformat(s["date"])  # type: ignore[arg-type]
    words = sum(len(b.split()) for b in s["body"])  # type: ignore[union-attr]
    most_read = "".join(
        f'<li><a href="/news/{j}">{esc(o["title"])}</a></li>'
        for j, o in enumerate(others(stories, i, 4))
    )  # type: ignore[arg-type]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(s["title"])} | The Kessel Ledger</title>
<meta property="og:site_name" content="The Kessel Ledger">
<meta name="author" content="{esc(s["author"])}">
<meta property="article:published_time" content="{s["date"]}T08:00:00Z">
<link rel="canonical" href="https://ledger.example/news/{i + 1:02d}">
</head><body>
<div class="cookie-banner"><p>We use cookies to personalise content and analyse our traffic. By continuing you agree to our cookie policy.</p><button>Accept</button></div>
<header><a href="/" class="logo">The Kessel Ledger</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/region">Region</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="page">
<main>
<article>
<h1>{esc(s["title"])}</h1>
<div class="byline">By <a href="/authors/x">{esc(s["author"])}</a> · {day:%d %B %Y} · {max(1, words // 200)} min read</div>
<figure><img src="/img/{i}.jpg" alt=""><figcaption>Photo: The Kessel Ledger</figcaption></figure>
{body_html(s)}
<p class="promo">Follow The Kessel Ledger on Telegram for breaking news from the region.</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div>
</article>
<section class="related"><h3>More from News</h3><ul>{most_read}</ul></section>
</main>
<aside class="sidebar"><h3>Most read</h3><ol>{most_read}</ol>
<div class="ad">Advertisement</div></aside>
</div>
<footer><p>© 2026 The Kessel Ledger. All rights reserved.</p><p><a href="/about">About us</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>
</body></html>
"""


def wire(stories: list[Story], i: int) -> str:
    s = stories[i]
    reporters = ["Kaja Ilves", "Sander Põld", "Liis Org"][i % 3]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(s["title"])} | Baltic Wire</title>
<meta property="og:site_name" content="Baltic Wire">
<meta name="article:published_time" content="{s["date"]}T10:15:00Z">
</head><body>
<header><div class="brand">Baltic Wire</div><nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/baltics">Baltics</a></nav>
<a href="/register">Register</a> <a href="/signin">Sign in</a></header>
<div class="article-page">
<article class="story">
<h1>{esc(s["title"])}</h1>
<div class="meta"><time datetime="{s["date"]}">{s["date"]}</time> · Updated {2 + i} hours ago</div>
<div class="body">
{body_html(s, {1: '<div class="signup"><p>Sign up here for the Baltic Briefing, our daily newsletter on politics and markets in the region.</p></div>'})}
<p class="credit">Reporting by {reporters}; Editing by Peeter Nurm</p>
<p class="standards">Our Standards: The Baltic Wire Trust Principles.</p>
<p class="licensing"><a href="/licensing">Purchase Licensing Rights</a></p>
</div>
</article>
<aside><h2>Latest</h2><ul>{"".join(f"<li>{esc(o['title'])}</li>" for o in others(stories, i, 3))}</ul></aside>
</div>
<footer><p>All quotes delayed a minimum of 15 minutes.</p><p>© 2026 Baltic Wire. All rights reserved.</p></footer>
</body></html>
"""


def blog(stories: list[Story], i: int) -> str:
    s = stories[i]
    day = date.fromisoformat(s["date"])  # type: ignore[arg-type]
    commenters = [
        ("Tiit", "Good point about the radar data."),
        ("A. R.", "I disagree with the last paragraph."),
        ("Mari", "Thanks, very clear as always."),
    ]
    comments = "".join(
        f'<li class="comment"><b>{n}</b><p>{c}</p></li>' for n, c in commenters[: 1 + i % 3]
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(s["title"])} – Northern Notes</title>
<meta property="og:site_name" content="Northern Notes">
<meta property="article:published_time" content="{s["date"]}">
</head><body>
<div id="site-header"><h2 class="site-title">Northern Notes</h2><p class="tagline">Analysis of security and politics around the Baltic</p>
<ul class="menu"><li>Home</li><li>Archive</li><li>About</li></ul></div>
<div id="content">
<article class="post">
<h1 class="entry-title">{esc(s["title"])}</h1>
<p class="entry-meta">Posted on {day:%-d %B %Y} by {esc(s["author"])}</p>
<div class="entry-content">
{body_html(s)}
<div class="author-box"><p>Maeve Halloran is head of the defence programme at the Nordic Policy Forum. She writes Northern Notes in a personal capacity.</p></div>
<p class="subscribe">If you found this useful, subscribe to get new posts from Northern Notes by e-mail every Sunday.</p>
<p class="tags">Posted in Analysis · Tagged Kessel, Valdmark</p>
</div>
</article>
<div id="comments"><h3>{1 + i % 3} responses</h3><ol>{comments}</ol></div>
</div>
<div id="sidebar"><h3>Recent posts</h3><ul>{"".join(f"<li>{esc(o['title'])}</li>" for o in others(stories, i, 3))}</ul></div>
<div id="footer"><p>Powered by a static site generator. Content licensed CC BY 4.0.</p></div>
</body></html>
"""


def regional(stories: list[Story], i: int) -> str:
    s = stories[i]
    day = date.fromisoformat(s["date"])  # type: ignore[arg-type]
    bios = {
        "Piret Saar": "Piret Saar has reported on Lahe and the coast for Lahe Teataja since 2014.",
        "Tõnis Mets": "Tõnis Mets covers schools, culture and local government for Lahe Teataja.",
    }
    read_also = others(stories, i, 2)
    inserts = {
        0: f'<p class="read-also"><strong>Read also:</strong> <a href="/a/{i + 1}">{esc(read_also[0]["title"])}</a></p>',  # type: ignore[arg-type]
        1: """<div class="newsletter-box"><h3>Get the Lahe Teataja newsletter</h3>
<p>The week's local news from Lahe and the coast, every Friday morning in your inbox.</p>
<form><input type="email" placeholder="Your e-mail"><button>Subscribe</button></form></div>
<div class="ad-slot"><p>Advertisement</p></div>""",
        2: f'<p class="read-also"><strong>Read also:</strong> <a href="/a/{i + 2}">{esc(read_also[1]["title"])}</a></p>',  # type: ignore[arg-type]
    }
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(s["title"])} - Lahe Teataja</title>
<meta property="og:site_name" content="Lahe Teataja">
<meta name="date" content="{s["date"]}">
</head><body>
<div class="top"><a href="/">Lahe Teataja</a> <span>Your local paper since 1991</span> <a href="/subscribe">Subscribe</a></div>
<div class="menu"><a>News</a> <a>Sport</a> <a>Culture</a> <a>Notices</a> <a>Weather</a></div>
<article class="main-article">
<h1>{esc(s["title"])}</h1>
<div class="article-info"><span>{esc(s["author"])}</span> <span>{day:%d.%m.%Y}</span> <span>{3 + i * 2} comments</span></div>
<p class="cookie-note">This site uses cookies. Read more about how we use them in our privacy notice.</p>
{body_html(s, inserts)}
<div class="author-bio"><p>{bios[s["author"]]}</p></div>
<p class="tip">Have a story from your street? Write to us at news@laheteataja.example or call 555 0101.</p>
<div class="share-row"><span>Share:</span> <a>Facebook</a> <a>E-mail</a> <a>Print</a></div>
</article>
<div class="bottom"><p>Lahe Teataja · Mere 4, Lahe · Editor: Kersti Vaino</p><p>© Lahe Teataja 2026</p></div>
</body></html>
"""


def vesti(stories: list[Story], i: int) -> str:
    s = stories[i]
    day = date.fromisoformat(s["date"])  # type: ignore[arg-type]
    see_also = others(stories, i, 1)[0]
    inserts = {
        1: f'<p class="see-also">Читайте также: <a href="/news/{i + 1}">{esc(see_also["title"])}</a></p>',  # type: ignore[arg-type]
    }
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{esc(s["title"])} — Вести Кесселя</title>
<meta property="og:site_name" content="Вести Кесселя">
<meta property="article:published_time" content="{s["date"]}T09:00:00+02:00">
</head><body>
<header><a href="/">Вести Кесселя</a><nav><a>Новости</a> <a>Экономика</a> <a>Общество</a> <a>Культура</a> <a>Спорт</a></nav></header>
<main><article>
<h1>{esc(s["title"])}</h1>
<div class="info">{day.day} {MONTHS_RU[day.month - 1]} {day.year}, {9 + i}:{15 + i * 7:02d} · {esc(s["author"])}</div>
<figure><img src="/p/{i}.jpg"><figcaption>Фото: Вести Кесселя</figcaption></figure>
{body_html(s, inserts)}
<div class="tg-box"><p>Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости Кесселя.</p></div>
<p class="typo">Нашли ошибку? Выделите фрагмент текста и нажмите Ctrl+Enter.</p>
<div class="share">Поделиться: <a>VK</a> <a>Telegram</a> <a>WhatsApp</a></div>
</article>
<aside><h3>Популярное</h3><ul>{"".join(f"<li>{esc(o['title'])}</li>" for o in others(stories, i, 3))}</ul></aside>
</main>
<footer><p>© 2026 Вести Кесселя. При использовании материалов ссылка обязательна.</p><p>18+</p></footer>
</body></html>
"""


LAYOUTS: dict[str, tuple[Callable[[list[Story], int], str], list[Story]]] = {
    "news-sidebar": (ledger, LEDGER),  # type: ignore[dict-item]
    "wire": (wire, WIRE),  # type: ignore[dict-item]
    "blog-analysis": (blog, BLOG),  # type: ignore[dict-item]
    "regional-inline": (regional, REGIONAL),  # type: ignore[dict-item]
    "ru-news": (vesti, VESTI),  # type: ignore[dict-item]
}


def main() -> None:
    for layout, (render, stories) in LAYOUTS.items():
        folder = HERE / layout
        folder.mkdir(exist_ok=True)
        for index, story in enumerate(stories):
            (folder / f"{index + 1:02d}.html").write_text(render(stories, index), encoding="utf-8")
            (folder / f"{index + 1:02d}.txt").write_text(truth(story), encoding="utf-8")


if __name__ == "__main__":
    main()

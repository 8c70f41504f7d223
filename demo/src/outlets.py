"""Fictional outlets of the demo corpus: one HTML template each.

Every outlet has its own markup (class names, structure, typography) and its
own boilerplate blocks (cookie notice, author bios, "Read also" box, newsletter
box, "Most read" list, footer) that repeat word for word on all its pages.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------
# typography helpers


def curly(text: str) -> str:
    """Straight quotes to typographic English quotes (outlets that use them)."""
    text = re.sub(r'(^|[\s(\[—–|{-])"', r"\1“", text)
    text = text.replace('"', "”")
    text = re.sub(r"(^|[\s(\[—–|{-])'", r"\1‘", text)
    text = text.replace("'", "’")
    return text


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def esc_entities(text: str) -> str:
    """Escape and write some typography as named entities (messy on purpose)."""
    out = html.escape(text, quote=False)
    return (
        out.replace("’", "&rsquo;")
        .replace("‘", "&lsquo;")
        .replace("“", "&ldquo;")
        .replace("”", "&rdquo;")
        .replace("—", "&mdash;")
        .replace("–", "&ndash;")
    )


def attr(text: str) -> str:
    return html.escape(text, quote=True)


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
MONTHS_EN_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July",
                  "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                 "августа", "сентября", "октября", "ноября", "декабря"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Outlet:
    slug: str
    name: str
    domain: str
    lang: str
    authors: dict[str, str]  # name -> bio (repeated verbatim)
    typography: str = "straight"  # straight | curly | curly-entities | ru
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------
# outlet definitions (boilerplate text lives here so it is identical everywhere)

OUTLETS: dict[str, Outlet] = {}


def _add(o: Outlet) -> None:
    OUTLETS[o.slug] = o


_add(Outlet(
    slug="northgate-herald", name="Northgate Herald", domain="northgateherald.example", lang="en",
    typography="curly-entities",
    authors={
        "Clara Westergaard": "Clara Westergaard is the Northgate Herald’s chief Nordic correspondent, based in Vallstad. She has covered Norvaland and its neighbours since 2014 and previously reported from the Baltic capitals for the paper’s foreign desk.",
        "Jonas Pike": "Jonas Pike is the Northgate Herald’s defence editor. He writes about armed forces, military alliances and arms procurement, and is the author of a book on Cold War exercises in the north.",
        "Meridian Wire": "This article was distributed by Meridian Wire, an independent international news agency. The Northgate Herald republishes selected agency reports under licence.",
    },
))
_add(Outlet(
    slug="meridian-wire", name="Meridian Wire", domain="meridianwire.example", lang="en",
    typography="straight",
    authors={
        "Daniel Marsh": "Daniel Marsh is Meridian Wire's Vallstad bureau chief. He covers politics and security in Norvaland and the wider northern region.",
        "Anneli Roos": "Anneli Roos is a Meridian Wire correspondent covering Norvaland's eastern regions and the border with Karesia. She is based in Velsk.",
    },
))
_add(Outlet(
    slug="karesian-courier", name="The Karesian Courier", domain="karesiancourier.example", lang="en",
    typography="straight",
    authors={
        "Mikhail Tarnov": "Mikhail Tarnov is the Courier's defence correspondent. He has reported on the Karesian armed forces for more than a decade and accompanied units on exercises at home and abroad.",
        "Irina Solak": "Irina Solak covers foreign policy and diplomacy for The Karesian Courier from the capital, Dravsk.",
    },
))
_add(Outlet(
    slug="strait-ledger", name="The Strait Ledger", domain="straitledger.example", lang="en",
    typography="curly",
    authors={
        "Hugo Lindahl": "Hugo Lindahl is senior editor at The Strait Ledger, where he writes on security policy in the northern European region. He previously worked as a researcher at a parliamentary defence committee.",
        "Nadia Ferreira": "Nadia Ferreira is an analyst and open-source investigator at The Strait Ledger. She specialises in satellite imagery and military logistics.",
    },
))
_add(Outlet(
    slug="velsk-gazette", name="Velsk Gazette", domain="velskgazette.example", lang="en",
    typography="straight",
    authors={
        "Kertu Saarm": "Kertu Saarm has been a reporter at the Velsk Gazette since 2009. She covers the town council, the border and everything in between.",
        "Piet Vahter": "Piet Vahter writes about farming, transport and life in the villages of Velsk county for the Gazette.",
        "Meridian Wire": "This article was distributed by Meridian Wire, an international news agency. The Velsk Gazette publishes agency reports under licence.",
    },
))
_add(Outlet(
    slug="vestnik-severa", name="Вестник Севера", domain="vestnik-severa.example", lang="ru",
    typography="ru",
    authors={
        "Андрей Лисовский": "Андрей Лисовский — обозреватель «Вестника Севера» по вопросам безопасности и обороны. Пишет о регионе с 2011 года.",
        "Марина Ковалёва": "Марина Ковалёва — корреспондент «Вестника Севера» в Вальстаде. Освещает политику Норваланда и отношения с соседями.",
    },
))
_add(Outlet(
    slug="pogran-obozrevatel", name="Пограничный обозреватель", domain="pogranobozrevatel.example", lang="ru",
    typography="ru",
    authors={
        "Ольга Ветрова": "Ольга Ветрова — специальный корреспондент «Пограничного обозревателя». Работает в приграничных районах Норваланда и Карезии.",
        "Сергей Пахомов": "Сергей Пахомов — военный обозреватель издания, офицер запаса.",
    },
))


# ---------------------------------------------------------------------------
# helpers shared by templates


def date_en(d) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def date_ru(d) -> str:
    return f"{d.day} {MONTHS_RU_GEN[d.month - 1]} {d.year}"


def head(a, o: Outlet, title_tag: str, canonical: str, extra_head: str = "") -> str:
    return f"""<!doctype html>
<html lang="{o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_tag)}</title>
<meta name="description" content="{attr(a.dek)}">
<meta property="og:site_name" content="{attr(o.name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:url" content="{attr(a.url)}">
<meta property="og:image" content="{attr(a.figure['src'])}">
<meta name="author" content="{attr(a.author)}">
<meta property="article:published_time" content="{a.published_time}">
<meta property="article:section" content="{attr(a.section)}">
<link rel="canonical" href="{attr(canonical)}">
{extra_head}</head>
"""


def render_body(a, o: Outlet, p_open: str, p_close: str, figure_html: str,
                read_also_html: str, ad_html: str = "", fig_after: int = 1,
                read_after: int = 3, ad_after: int | None = None, sub_html=None) -> str:
    """Interleave body paragraphs with the figure, the read-also box and ads."""
    out = []
    for i, para in enumerate(a.paras_html):
        if isinstance(para, tuple) and para[0] == "h2":
            out.append(sub_html(para[1]) if sub_html else f"<h2>{para[1]}</h2>")
        else:
            out.append(f"{p_open}{para}{p_close}")
        if i + 1 == fig_after:
            out.append(figure_html)
        if i + 1 == read_after:
            out.append(read_also_html)
        if ad_after is not None and i + 1 == ad_after and ad_html:
            out.append(ad_html)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# templates


def tpl_northgate(a, o, ctx) -> str:
    e = esc_entities
    fig = a.figure
    figure_html = f"""<figure class="story__media">
  <img src="{attr(fig['src'])}" alt="{attr(fig['alt'])}" width="1200" height="675" loading="lazy">
  <figcaption class="story__caption">{e(fig['caption'])} <span class="story__credit">Photograph: {e(fig['credit'])}</span></figcaption>
</figure>"""
    read_also = """<aside class="read-also" aria-label="Read also">
  <h3 class="read-also__title">Read also:</h3>
  <ul>
    <li><a href="/world/explainers/iron-meridian-what-we-know">Iron Meridian: what we know about the Karesian drills</a></li>
    <li><a href="/world/explainers/norvaland-karesia-border">Norvaland and Karesia: a border with a long memory</a></li>
    <li><a href="/opinion/small-states-big-neighbours">Opinion: small states, big neighbours</a></li>
  </ul>
</aside>"""
    body = render_body(a, o, "<p>", "</p>", figure_html, read_also, fig_after=2, read_after=4,
                       ad_html='<div class="ad-slot ad-slot--mpu" data-slot="mid-article"></div>', ad_after=6,
                       sub_html=lambda t: f'<h2 class="story__subhead">{t}</h2>')
    syndic = ""
    if a.source_line:
        syndic = f'<p class="story__source"><em>{e(a.source_line)}</em></p>\n'
    related = "\n".join(f'      <li><a href="{attr(u)}">{e(t)}</a></li>' for t, u in ctx["related"])
    bio = o.authors[a.author]
    return head(a, o, f"{a.title} | Northgate Herald", a.canonical, """<script>window.__NG_CONFIG = {"edition": "intl", "paywall": false, "section": "world"};</script>
""") + f"""<body class="article-page section-world">
<a class="skip-link" href="#story">Skip to main content</a>
<div id="cookie-banner" class="cc-banner" role="dialog">
  <p>We use cookies to make the Northgate Herald work and to understand how you use it. You can change your choices at any time in Privacy settings.</p>
  <button class="cc-accept">Accept all</button> <button class="cc-manage">Manage cookies</button>
</div>
<header class="site-header">
  <div class="site-header__brand"><a href="/">Northgate Herald</a></div>
  <nav class="primary-nav" aria-label="Sections">
    <ul>
      <li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
      <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li>
      <li><a href="/sport">Sport</a></li><li><a href="/newsletters">Newsletters</a></li>
    </ul>
  </nav>
</header>
<main class="layout layout--article">
<article class="story" id="story">
  <header class="story__header">
    <p class="story__kicker"><a href="/world/europe">{e(a.section)}</a></p>
    <h1 class="story__headline">{e(a.title)}</h1>
    <p class="story__standfirst">{e(a.dek)}</p>
    <div class="story__byline">By <a rel="author" href="/profile/{slugify(a.author)}">{e(a.author)}</a>
      <time class="story__date" datetime="{a.published_time}">{date_en(a.date)}</time></div>
  </header>
  <div class="story__body">
{syndic}{body}
  </div>
  <div class="share-bar" aria-label="Share this article">
    <span>Share</span> <a class="share-bar__email" href="mailto:?subject={attr(a.title)}">Email</a>
    <a class="share-bar__copy" href="#">Copy link</a> <a class="share-bar__print" href="javascript:window.print()">Print</a>
  </div>
</article>
<section class="author-card">
  <h2 class="author-card__name">{e(a.author)}</h2>
  <p class="author-card__bio">{e(bio)}</p>
</section>
<div class="newsletter-signup">
  <h2>The Northern Brief</h2>
  <p>Sign up for our free morning newsletter: the stories that matter from the Nordic and Baltic region, in your inbox before 7am.</p>
  <form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email address"> <button type="submit">Subscribe</button></form>
</div>
<aside class="sidebar">
  <section class="most-read">
    <h2>Most read</h2>
    <ol>
      <li><a href="/business/2026/01/energy-prices-winter">Winter energy bills: what households can expect</a></li>
      <li><a href="/world/2026/01/09/varro-interview-karesian-drills">Varro: ‘Not a single Karesian soldier will stay’</a></li>
      <li><a href="/culture/2026/01/vallstad-film-festival">Vallstad film festival opens with a surprise</a></li>
      <li><a href="/sport/2026/01/ski-jumping-season">A ski jumping season to remember</a></li>
      <li><a href="/politics/2026/01/budget-vote">Parliament passes budget after all-night session</a></li>
    </ol>
  </section>
  <section class="related-links">
    <h2>More on this story</h2>
    <ul>
{related}
    </ul>
  </section>
</aside>
</main>
<footer class="site-footer">
  <ul class="site-footer__links"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
  <p>&copy; 2026 Northgate Herald Media Ltd. All rights reserved. Registered in Vallstad.</p>
</footer>
</body>
</html>
"""


def tpl_meridian(a, o, ctx) -> str:
    e = esc
    fig = a.figure
    figure_html = f"""<div class="mw-photo">
<img src="{attr(fig['src'])}" alt="{attr(fig['alt'])}">
<p class="mw-photo-caption">{e(fig['caption'])} ({e(fig['credit'])})</p>
</div>"""
    read_also = """<div class="mw-readalso"><strong>Read also:</strong>
<a href="/news/factbox-norvaland-karesia-relations">FACTBOX: Norvaland and Karesia, an uneasy partnership</a> |
<a href="/news/timeline-iron-meridian">TIMELINE: Iron Meridian exercise</a></div>"""
    body = render_body(a, o, '<p class="wire-p">', "</p>", figure_html, read_also, fig_after=1, read_after=3)
    related = "\n".join(f'<li><a href="{attr(u)}">{e(t)}</a></li>' for t, u in ctx["related"])
    bio = o.authors[a.author]
    return head(a, o, f"{a.title} - Meridian Wire", a.canonical) + f"""<body>
<div class="mw-top">
<a class="mw-logo" href="/">MERIDIAN WIRE</a>
<ul class="mw-menu">
<li><a href="/news">Latest</a></li>
<li><a href="/news/world">World</a></li>
<li><a href="/news/markets">Markets</a></li>
<li><a href="/news/politics">Politics</a></li>
<li><a href="/news/defence">Defence</a></li>
<li><a href="/services">For media clients</a></li>
</ul>
</div>
<div class="mw-cookie">Meridian Wire uses cookies for analytics and to remember your preferences. By continuing to use this site you agree to our cookie policy. <a href="/cookies">Learn more</a> <button>OK</button></div>
<div class="mw-main">
<article class="wire-story">
<h1 class="wire-headline">{e(a.title)}</h1>
<div class="wire-meta"><span class="wire-byline">By {e(a.author)}</span> | <span class="wire-time">{date_en(a.date)} {a.published_time[11:16]} GMT</span></div>
<div class="wire-text">
{body}
</div>
<p class="wire-credit">(Reporting by {e(a.author)}; Editing by {e(a.extra.get('editor', 'Tom Hale'))})</p>
<div class="mw-share"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Licence this story</a></div>
</article>
<div class="mw-author">
<h3>About the author</h3>
<p>{e(bio)}</p>
</div>
<div class="mw-subscribe">
<h3>Subscribe to Meridian Wire Daily</h3>
<p>Get the top world and market headlines from Meridian Wire every weekday morning. Free, and you can unsubscribe at any time.</p>
<a class="mw-btn" href="/subscribe">Subscribe</a>
</div>
<div class="mw-side">
<h3>Most read</h3>
<ul>
<li><a href="/news/markets/oil-prices-week">Oil prices edge higher on supply worries</a></li>
<li><a href="/news/world/storm-coast">Winter storm cuts power to thousands on the coast</a></li>
<li><a href="/news/2026-01-19/iron-meridian-drills-begin-norvaland">Karesian-led Iron Meridian drills begin in Norvaland</a></li>
<li><a href="/news/politics/central-bank-rates">Central banks signal pause in rate cuts</a></li>
</ul>
<h3>Related coverage</h3>
<ul>
{related}
</ul>
</div>
</div>
<div class="mw-footer">&copy; 2026 Meridian Wire. All rights reserved. Meridian Wire is an independent news agency. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></div>
</body>
</html>
"""


def tpl_courier(a, o, ctx) -> str:
    e = esc
    fig = a.figure
    figure_html = f"""<div class="wp-caption aligncenter">
<img class="size-large" src="{attr(fig['src'])}" alt="{attr(fig['alt'])}" width="900" height="506">
<p class="wp-caption-text">{e(fig['caption'])} Photo: {e(fig['credit'])}</p>
</div>"""
    read_also = """<div class="related-inline">
<p><b>Read also:</b></p>
<ul>
<li><a href="/defence/karesian-armed-forces-modernisation">Modernisation of the armed forces: a decade of progress</a></li>
<li><a href="/world/karesia-norvaland-friendship-treaty">The Karesia-Norvaland friendship treaty explained</a></li>
</ul>
</div>"""
    body = render_body(a, o, "<p>", "</p>", figure_html, read_also, fig_after=1, read_after=4,
                       ad_html='<div class="ad-inline">Advertisement</div>', ad_after=2)
    syndic = ""
    if a.source_line:
        syndic = f'<p class="source-note">{e(a.source_line)}</p>\n'
    related = "\n".join(f'<li><a href="{attr(u)}">{e(t)}</a></li>' for t, u in ctx["related"])
    bio = o.authors[a.author]
    return head(a, o, f"{a.title} | The Karesian Courier", a.canonical) + f"""<body class="single single-post">
<div id="wrapper">
<div class="cookie-consent-popup" id="cookie-consent">This website uses cookies to ensure you get the best experience. <a href="/privacy-policy">Privacy policy</a> <a class="btn-accept" href="#">I agree</a></div>
<div id="masthead">
<div class="logo"><a href="/">The Karesian Courier</a><span class="tagline">Karesia's English-language daily since 1998</span></div>
<ul id="topmenu">
<li><a href="/">Home</a></li>
<li><a href="/politics">Politics</a></li>
<li><a href="/defence">Defence</a></li>
<li><a href="/world">World</a></li>
<li><a href="/economy">Economy</a></li>
<li><a href="/society">Society</a></li>
<li><a href="/opinion">Opinion</a></li>
</ul>
</div>
<div id="content">
<article id="post-{ctx['n'] + 4410}" class="post type-post status-publish">
<div class="entry-header">
<span class="cat-links"><a href="/defence">{e(a.section)}</a></span>
<h1 class="entry-title">{e(a.title)}</h1>
<div class="entry-meta">Posted on <time class="entry-date" datetime="{a.published_time}">{date_en(a.date)}</time> by <span class="author vcard">{e(a.author)}</span></div>
</div>
<div class="entry-content">
{syndic}{body}
</div>
<div class="sharedaddy"><h3>Share this:</h3><a href="#">Print</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
</article>
<div class="author-info">
<h2>About {e(a.author)}</h2>
<p>{e(bio)}</p>
</div>
<div id="related-posts"><h3>Related posts</h3><ul>
{related}
</ul></div>
</div>
<div id="sidebar">
<div class="widget widget-subscribe">
<h3 class="widget-title">Subscribe</h3>
<p>Subscribe to the Courier's daily digest and never miss an important story from Karesia and the region.</p>
<form action="/subscribe"><input type="email" name="e"><input type="submit" value="Subscribe"></form>
</div>
<div class="widget widget-popular">
<h3 class="widget-title">Most read</h3>
<ul>
<li><a href="/economy/harvest-record">Grain harvest sets a new record</a></li>
<li><a href="/defence/iron-meridian-no-heavy-armour">Iron Meridian: no heavy armour, says ministry</a></li>
<li><a href="/society/dravsk-metro-line">New metro line opens in Dravsk</a></li>
<li><a href="/world/karesia-trade-forum">Trade forum draws record number of delegations</a></li>
</ul>
</div>
</div>
<div id="footer">
<p>Copyright &copy; 2026 The Karesian Courier. All rights reserved. Reproduction of materials is permitted only with a link to the source.</p>
</div>
</div>
</body>
</html>
"""


def tpl_ledger(a, o, ctx) -> str:
    e = esc
    fig = a.figure
    figure_html = f"""<figure class="sl-figure">
  <img src="{attr(fig['src'])}" alt="{attr(fig['alt'])}">
  <figcaption>{e(fig['caption'])} <small>{e(fig['credit'])}</small></figcaption>
</figure>"""
    read_also = """<aside class="sl-readalso">
  <p class="sl-readalso__label">Read also:</p>
  <a href="/analysis/primer-northern-security-architecture">A primer on the northern security architecture</a>
  <a href="/analysis/how-we-read-satellite-imagery">How we read satellite imagery — and its limits</a>
</aside>"""
    body = render_body(a, o, "<p>", "</p>", figure_html, read_also, fig_after=2, read_after=5,
                       sub_html=lambda t: f'<h2 class="sl-subhead">{t}</h2>')
    related = "\n".join(f'    <li><a href="{attr(u)}">{e(t)}</a></li>' for t, u in ctx["related"])
    bio = o.authors[a.author]
    return head(a, o, f"{a.title} — The Strait Ledger", a.canonical) + f"""<body>
<header class="sl-header">
  <a class="sl-logo" href="/">The Strait Ledger</a>
  <nav class="sl-nav"><a href="/analysis">Analysis</a> <a href="/data">Data</a> <a href="/podcast">Podcast</a> <a href="/events">Events</a> <a href="/about">About</a> <a href="/support">Support us</a></nav>
</header>
<div class="sl-consent" data-consent="pending"><p>The Strait Ledger uses only essential cookies and privacy-friendly analytics. No advertising trackers, ever.</p><button>Got it</button></div>
<div class="sl-wrap">
<article class="analysis">
  <header class="analysis-head">
    <span class="kicker">{e(a.section)}</span>
    <h1>{e(a.title)}</h1>
    <p class="analysis-dek">{e(a.dek)}</p>
    <p class="analysis-meta"><span class="by">{e(a.author)}</span> · <time datetime="{a.published_time}">{a.date.day} {MONTHS_EN[a.date.month - 1]} {a.date.year}</time> · {ctx['minutes']} min read</p>
  </header>
  <div class="analysis-body">
{body}
  </div>
  <footer class="analysis-share"><span>Share this analysis:</span> <a href="#">Copy link</a> <a href="#">Email</a></footer>
</article>
<section class="sl-author">
  <h3>{e(a.author)}</h3>
  <p>{e(bio)}</p>
</section>
<section class="sl-newsletter">
  <h3>The Ledger, weekly</h3>
  <p>Our analysts’ best work, every Friday. No spam, no trackers — just careful reading of a fast-moving region.</p>
  <a class="sl-button" href="/newsletter">Subscribe</a>
</section>
<aside class="sl-rail">
  <h3>Most read</h3>
  <ol>
    <li><a href="/analysis/2026/01/how-many-troops-iron-meridian">How many troops is Karesia really sending?</a></li>
    <li><a href="/analysis/2025/12/energy-interconnectors">The quiet politics of energy interconnectors</a></li>
    <li><a href="/data/defence-spending-2025">Defence spending in the region, in five charts</a></li>
  </ol>
  <h3>Related analysis</h3>
  <ul>
{related}
  </ul>
</aside>
</div>
<footer class="sl-footer"><p>© 2026 The Strait Ledger. Independent analysis, reader-funded. <a href="/privacy">Privacy</a> · <a href="/corrections">Corrections</a></p></footer>
</body>
</html>
"""


def tpl_velsk(a, o, ctx) -> str:
    e = esc
    fig = a.figure
    figure_html = f"""<div class="photo">
<img src="{attr(fig['src'])}" alt="{attr(fig['alt'])}"><br>
<span class="photo-text">{e(fig['caption'])} / {e(fig['credit'])}</span>
</div>"""
    read_also = """<div class="readalso">
<b>Read also:</b><br>
<a href="/local/bus-timetable-changes">Bus timetable changes for the winter</a><br>
<a href="/local/council-budget-2026">Council approves 2026 budget: what it means for Velsk</a>
</div>"""
    body = render_body(a, o, "<p>", "</p>", figure_html, read_also, fig_after=1, read_after=3)
    syndic = ""
    if a.source_line:
        syndic = f'<p class="source">{e(a.source_line)}</p>\n'
    related = "\n".join(f'<li><a href="{attr(u)}">{e(t)}</a></li>' for t, u in ctx["related"])
    bio = o.authors[a.author]
    return head(a, o, f"{a.title} :: Velsk Gazette", a.canonical) + f"""<body>
<div id="cookies" class="cookies">This site uses cookies. <a href="/cookies">More info</a> <a href="#" class="close">[x]</a></div>
<div class="container">
<div class="top">
<div class="logo"><a href="/"><img src="/img/logo-gazette.png" alt="Velsk Gazette"></a></div>
<div class="weather">Velsk, -6&deg;C</div>
</div>
<div class="menu">
<a href="/">Front page</a> | <a href="/local">Local news</a> | <a href="/county">County</a> | <a href="/border">Border</a> | <a href="/sport">Sport</a> | <a href="/notices">Notices</a> | <a href="/contact">Contact us</a>
</div>
<div class="main-col">
<article class="news-item">
<h1 class="title">{e(a.title)}</h1>
<div class="info">{e(a.author)} &middot; {a.date.day:02d}.{a.date.month:02d}.{a.date.year}</div>
<div class="news-text">
{syndic}{body}
</div>
<div class="share">Share: <a href="#">Email</a> <a href="#">Print</a></div>
</article>
<div class="about-author">
<b>{e(a.author)}</b><br>
{e(bio)}
</div>
<div class="related">
<b>Related stories</b>
<ul>
{related}
</ul>
</div>
</div>
<div class="side-col">
<div class="subscribe-box">
<b>Subscribe to the Gazette</b><br>
Get the Velsk Gazette delivered to your door every Tuesday and Friday, or read the e-paper. Subscribers also get our weekly email with notices from the council.
<br><a href="/subscribe">Subscribe now</a>
</div>
<div class="mostread">
<b>Most read</b>
<ol>
<li><a href="/local/frozen-pipes-advice">Frozen pipes: advice from the water company</a></li>
<li><a href="/border/queue-at-osterby">Long queues at Osterby crossing</a></li>
<li><a href="/sport/velsk-ice-hockey">Velsk juniors win the county cup</a></li>
</ol>
</div>
</div>
<div class="footer">&copy; 2026 Velsk Gazette. Founded 1921. All rights reserved.<br>Market Street 4, Velsk</div>
</div>
</body>
</html>
"""


def tpl_vestnik(a, o, ctx) -> str:
    e = esc
    fig = a.figure
    figure_html = f"""<figure class="vs-figure">
<img src="{attr(fig['src'])}" alt="{attr(fig['alt'])}">
<figcaption class="vs-figure__caption">{e(fig['caption'])} Фото: {e(fig['credit'])}</figcaption>
</figure>"""
    read_also = """<div class="vs-readalso">
<div class="vs-readalso__title">Читайте также:</div>
<a href="/news/explainer-karesia-norvaland">Карезия и Норваланд: история непростого соседства</a>
<a href="/news/explainer-zheleznyi-meridian">«Железный меридиан»: что известно об учениях</a>
</div>"""
    body = render_body(a, o, "<p>", "</p>", figure_html, read_also, fig_after=1, read_after=4)
    related = "\n".join(f'<li><a href="{attr(u)}">{e(t)}</a></li>' for t, u in ctx["related"])
    bio = o.authors[a.author]
    return head(a, o, f"{a.title} — Вестник Севера", a.canonical) + f"""<body class="vs">
<div class="vs-cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим. <a href="/cookie">Подробнее</a></div>
<header class="vs-head">
<a class="vs-logo" href="/">Вестник Севера</a>
<nav class="vs-menu"><a href="/news">Новости</a><a href="/politics">Политика</a><a href="/economy">Экономика</a><a href="/security">Безопасность</a><a href="/society">Общество</a><a href="/opinions">Мнения</a></nav>
</header>
<div class="vs-layout">
<article class="vs-article">
<div class="vs-article__rubric">{e(a.section)}</div>
<h1 class="vs-article__title">{e(a.title)}</h1>
<div class="vs-article__lead">{e(a.dek)}</div>
<div class="vs-article__meta"><span class="vs-author">{e(a.author)}</span> <time datetime="{a.published_time}">{date_ru(a.date)}, {a.published_time[11:16]}</time></div>
<div class="vs-article__text">
{body}
</div>
<div class="vs-share">Поделиться: <a href="#">Telegram</a> <a href="#">ВКонтакте</a> <a href="#">Скопировать ссылку</a></div>
</article>
<div class="vs-authorbox"><b>{e(a.author)}</b><p>{e(bio)}</p></div>
<div class="vs-subscribe"><b>Подписка на рассылку</b><p>Главные новости Севера — каждое утро в вашей почте. Подпишитесь на бесплатную рассылку «Вестника».</p><a href="/subscribe">Подписаться</a></div>
<aside class="vs-aside">
<div class="vs-popular"><b>Самое читаемое</b><ol>
<li><a href="/economy/tarify-2026">Тарифы на электроэнергию вырастут с марта</a></li>
<li><a href="/society/morozy">Морозы до минус 30: синоптики предупреждают</a></li>
<li><a href="/security/uchenia-nachalis">«Железный меридиан» начался: первые подробности</a></li>
</ol></div>
<div class="vs-related"><b>По теме</b><ul>
{related}
</ul></div>
</aside>
</div>
<footer class="vs-footer">© 2026 «Вестник Севера». Все права защищены. При использовании материалов ссылка обязательна. 18+</footer>
</body>
</html>
"""


def tpl_pogran(a, o, ctx) -> str:
    e = esc
    fig = a.figure
    figure_html = f"""<div class="material-photo">
<img src="{attr(fig['src'])}" alt="{attr(fig['alt'])}">
<div class="material-photo-sign">{e(fig['caption'])} © {e(fig['credit'])}</div>
</div>"""
    read_also = """<div class="inline-links"><span>Читайте также:</span>
<ul><li><a href="/article/kak-rabotayut-punkty-propuska">Как работают пункты пропуска на границе с Карезией</a></li>
<li><a href="/article/zhizn-v-velske">Жизнь в Вельске: город на краю карты</a></li></ul></div>"""
    body = render_body(a, o, '<p class="txt">', "</p>", figure_html, read_also, fig_after=2, read_after=4,
                       ad_html='<div class="banner-inline"><!-- banner --></div>', ad_after=5)
    related = "\n".join(f'<li><a href="{attr(u)}">{e(t)}</a></li>' for t, u in ctx["related"])
    bio = o.authors[a.author]
    return head(a, o, f"{a.title} | Пограничный обозреватель", a.canonical) + f"""<body>
<div class="po-page">
<div class="po-cookies">Сайт использует cookie. Оставаясь на сайте, вы принимаете <a href="/privacy">политику конфиденциальности</a>. <span class="po-cookies-ok">Понятно</span></div>
<div class="po-header">
<div class="po-logo"><a href="/">Пограничный обозреватель</a><small>независимое издание приграничья</small></div>
<ul class="po-nav"><li><a href="/">Главная</a></li><li><a href="/granica">Граница</a></li><li><a href="/region">Регион</a></li><li><a href="/armiya">Армия</a></li><li><a href="/intervyu">Интервью</a></li><li><a href="/kontakty">Контакты</a></li></ul>
</div>
<div class="po-content">
<article class="material">
<div class="material-date">{a.date.day:02d}.{a.date.month:02d}.{a.date.year} {a.published_time[11:16]}</div>
<h1 class="material-title">{e(a.title)}</h1>
<div class="material-lead">{e(a.dek)}</div>
<div class="material-author">Автор: {e(a.author)}</div>
<div class="material-body">
{body}
</div>
<div class="material-share">Поделиться: <a href="#">Telegram</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
</article>
<div class="author-bio"><div class="author-bio-name">{e(a.author)}</div><div class="author-bio-text">{e(bio)}</div></div>
<div class="po-related"><div class="po-related-title">Другие материалы по теме</div><ul>
{related}
</ul></div>
</div>
<div class="po-sidebar">
<div class="po-subscribe"><div class="po-subscribe-title">Подпишитесь на «Обозреватель»</div><p>Раз в неделю присылаем главное о жизни на границе. Без рекламы.</p><a href="/subscribe">Подписаться</a></div>
<div class="po-top"><div class="po-top-title">Самое читаемое</div><ol>
<li><a href="/article/ocheredi-na-granice">Очереди на границе: сколько ждать</a></li>
<li><a href="/article/ceny-na-toplivo">Цены на топливо в приграничье</a></li>
<li><a href="/article/kak-poluchit-propusk">Как получить пропуск в погранзону</a></li>
</ol></div>
</div>
<div class="po-footer">© 2026 «Пограничный обозреватель». Перепечатка материалов — только с письменного разрешения редакции.</div>
</div>
</body>
</html>
"""


TEMPLATES = {
    "northgate-herald": tpl_northgate,
    "meridian-wire": tpl_meridian,
    "karesian-courier": tpl_courier,
    "strait-ledger": tpl_ledger,
    "velsk-gazette": tpl_velsk,
    "vestnik-severa": tpl_vestnik,
    "pogran-obozrevatel": tpl_pogran,
}


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "staff"

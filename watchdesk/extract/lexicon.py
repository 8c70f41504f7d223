"""Words and names the extraction stage matches against: data, apart from the matching code."""

from __future__ import annotations

# Element names of HTML (the living standard plus the obsolete ones old pages still use). Text
# in angle brackets is markup only when it opens one of these; "<stdin>", "<your name>" or a
# bracketed title are words the author wrote and the reader sees.
HTML_ELEMENTS = frozenset(
    """
    a abbr acronym address applet area article aside audio b base basefont bdi bdo big blink
    blockquote body br button canvas caption center cite code col colgroup data datalist dd del
    details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame
    frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins isindex kbd
    label legend li link main map mark marquee menu meta meter nav nobr noembed noframes
    noscript object ol optgroup option output p param picture plaintext pre progress q rp rt
    ruby s samp script search section select slot small source span strike strong style sub
    summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul
    var video wbr xmp
    """.split()  # noqa: SIM905 -- a word list reads better as words
)

# Labels that introduce links to other stories. Alone on a line (their links removed), or
# followed by ": <linked headline>", they are furniture in any article.
TEASER_LABELS = (
    "read also",
    "also read",
    "read more",
    "see also",
    "related",
    "related articles",
    "related stories",
    "related coverage",
    "more on this story",
    "more on this",
    "recommended",
    "recommended for you",
    "you may also like",
    "you might also like",
    "don't miss",
    "must read",
    "further reading",
    "see more",
    "tags",
    "читайте также",
    "читать также",
    "смотрите также",
    "см. также",
    "по теме",
    "еще по теме",
    "ещё по теме",
    "материалы по теме",
    "lesen sie auch",
    "mehr zum thema",
    "lire aussi",
    "à lire aussi",
    "lee también",
    "czytaj także",
    "czytaj też",
)

# How a call to action opens (regular expressions, matched at the start of a short block):
# share, subscribe, follow, cookie notices, advertising labels.
CALLS_TO_ACTION = (
    r"share (?:this|on|via)\b",
    r"share\W*$",
    r"subscribe\b",
    r"sign up\b",
    r"follow us\b",
    r"like this (?:story|article)\b",
    r"we use cookies\b",
    r"this (?:web)?site uses cookies\b",
    r"get the latest\b.*\binbox\b",
    r"download (?:our|the) app\b",
    r"(?:click here to )?get the [\w .'’-]{1,40} app\b",
    r"click here to (?:subscribe|sign up)\b",
    r"get [\w .'’-]{1,40} by clicking here\b",
    r"thanks? (?:you )?for (?:signing up|subscribing)\b",
    r"(?:advertisement|реклама|anzeige)\W*$",
    r"подпи(?:шитесь|сывайтесь)\b",
    r"поделиться\b",
    r"мы используем (?:файлы )?cookie",
)

# Words that open a line giving only when the story was published or changed (regular
# expressions; the line must also hold a digit).
DATELINE_WORDS = (
    r"published",
    r"updated",
    r"last updated",
    r"posted",
    r"publicado",
    r"publié",
    r"опубликовано",
    r"обновлено",
    r"veröffentlicht",
    r"aktualisiert",
)

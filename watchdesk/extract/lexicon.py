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

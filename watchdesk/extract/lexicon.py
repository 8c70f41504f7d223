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
    "must read",
    "further reading",
    "see more",
    "tags",
    "also on",
    "don't miss",
    "теги",
    "метки",
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
    "leggi anche",
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
    # Page tools and reader prompts around the text: reprints, printing, comments, typos.
    r"order reprints?\b",
    r"print (?:this )?(?:article|story|page)\W*$",
    r"this copy is for your personal,? non-?commercial use\b",
    r"(?:\d+\s+)?comments?\W*$",
    r"(?:leave|post|add) a (?:comment|reply)\b",
    r"tell us what you think\b",
    r"if you (?:enjoyed|liked) this (?:article|story)\b",
    r"(?:found|spotted|see) (?:a|an) (?:typo|mistake|error)\b",
    r"(?:нашли|заметили) (?:ошибку|опечатку)\b",
    r"ошибка в тексте\b",
    r"комментари(?:и|ев)\W*$",
    r"следите за (?:нами|новостями)\b",
    # How to reach the author: contact lines under the text.
    r"write to [^.!?]{1,60}\bat \S+@",
    r"have a (?:news )?tip\b",
)

# Sentences that make a whole short block a promotion wherever they stand in it (regular
# expressions, searched): newsletter sign-ups, follow-us lines. (Disclosures of affiliate links
# and copyright lines are statements about the article and stay.)
PROMOTIONS = (
    r"\b(?:sign up|subscribe)\b[^.!?]{0,80}\bnewsletters?\b",
    r"\bnewsletters?\b[^.!?]{0,80}\b(?:sign up|subscribe)\b",
    r"\bfollow (?:him|her|them|us|me|[A-Z][\w@.’'-]*(?: [A-Z][\w@.’'-]*){0,3}) on "
    r"(?:twitter|facebook|instagram|linkedin|youtube|telegram|tiktok)\b",
    r"\bподпи(?:шитесь|сывайтесь) на (?:нашу |наш |нас )?(?:рассылк|телеграм|telegram|канал)",
    r"\bчитайте нас в\b",
)

# Lines that credit a picture rather than say something: "Photo: …", "Image source: …",
# "Фото: …" (matched at the start of a short block; a short block holding © is one too).
PICTURE_CREDITS = (
    r"(?:photo|image|picture|photograph|illustration)s?(?: source| credit)?"
    r"\s*(?::|by\b|courtesy\b)",
    r"(?:credit|source)\s*:\s*(?:getty|reuters|ap\b|afp|shutterstock|epa)",
    r"фото(?:графия)?\s*:",
    r"иллюстрация\s*:",
)

# Names of months and weekdays in the languages the desk reads most, and the words that join
# them into a timestamp ("Monday, 22 January 2018 at 10:13", «понедельник, 22 января 2018 г.,
# 10:13»). A short line of nothing else, naming a month, a weekday or a year, is a timestamp.
DATE_NAMES = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
    понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
    пн вт ср чт пт сб вс
    janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
    segunda terça quarta quinta sexta sábado domingo
    enero febrero marzo mayo junio julio agosto septiembre octubre noviembre diciembre
    lunes martes miércoles jueves viernes
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche
    januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag
    freitag samstag sonntag
    """.split()  # noqa: SIM905 -- a word list reads better as words
)
DATE_CONNECTORS = frozenset(
    """
    at on of the am pm a m p utc gmt et est edt cet cest bst msk h
    в г года год мск feira de às as del a las le à um uhr
    """.split()  # noqa: SIM905
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

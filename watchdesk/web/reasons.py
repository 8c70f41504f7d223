"""Reasons from analysis in the reader's language: the template read back, its wording translated.

Analysis stores each reason in English (`watchdesk.analysis.reasons`). Here the parts are put into
the catalogue's wording; the words quoted from a statement or named by the analysis vocabulary
stay as they are, marked with the language of their script so a reader (and a screen reader)
knows they are quoted.
"""

from __future__ import annotations

import gettext
import re

from markupsafe import Markup, escape

from watchdesk.analysis.reasons import read_reason


def N_(message: str) -> str:  # the gettext convention: marks text for extraction
    return message


WORDING = {
    "self_contradiction": N_("%(speaker)s contradicts themself: %(reason)s"),
    "definite_vs_undecided": N_(
        "%(definite_who)s is definite about “%(action)s”; %(pending_who)s: “%(cue)s”"
    ),
    "polarity": N_(
        "%(yes_who)s says “%(action)s” (%(thing)s) happens; %(no_who)s says it does not"
    ),
    "number": N_("%(first_who)s: %(first_figure)s %(counted)s; %(second_who)s: %(second_figure)s"),
    "date": N_(
        "%(first_who)s: %(first_date)s for “%(action)s” (%(thing)s); "
        "%(second_who)s: %(second_date)s"
    ),
    "left_open": N_("the report leaves “%(action)s” open"),
    "not_done": N_("“%(action)s” still not done on %(date)s"),
    "done": N_("“%(action)s” reported done on %(date)s"),
    "late": N_("“%(action)s” happened only after %(date)s"),
}
BOUNDS = {
    "about ": N_("about %(figure)s"),
    "at least ": N_("at least %(figure)s"),
    "at most ": N_("at most %(figure)s"),
}
# Words of the statement or of the analysis vocabulary: quoted, never translated.
QUOTED = frozenset({"action", "thing", "counted", "cue"})

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def script_language(text: str) -> str | None:
    """The language a piece of source text is in, told by its script: Cyrillic is Russian, Latin
    English (the desk's source languages); None for text of neither (figures, dates)."""
    if _CYRILLIC.search(text):
        return "ru"
    return "en" if _LATIN.search(text) else None


def source_text(text: str) -> Markup:
    """Quoted source text in a span that names its language."""
    language = script_language(text)
    if language is None:
        return escape(text)
    return Markup('<span class="term" lang="{}">{}</span>').format(language, text)


def say_reason(text: str, catalogue: gettext.NullTranslations) -> Markup:
    """A stored reason in the catalogue's language; text of no template stays as it is."""
    read = read_reason(text)
    if read is None:
        return source_text(text)
    code, parts = read
    rendered = {name: _part(name, value, catalogue) for name, value in parts.items()}
    return Markup(escape(catalogue.gettext(WORDING[code]))) % rendered


def _part(name: str, value: str, catalogue: gettext.NullTranslations) -> Markup:
    if name == "reason":
        return say_reason(value, catalogue)
    if name in QUOTED:
        return source_text(value)
    if name.endswith("_figure"):
        for bound, wording in BOUNDS.items():
            if value.startswith(bound):
                figure = source_text(value.removeprefix(bound))
                return Markup(escape(catalogue.gettext(wording))) % {"figure": figure}
    if name.endswith("_who") or name == "speaker":
        return escape(value)  # a name and an ISO date
    return source_text(value)

"""Analysis: the sentences that say why two statements conflict or what a report says of a promise.

Analysis writes each reason in English from one of these templates and stores the text; the desk
reads the named parts back (`read_reason`) and says the same in the reader's language. A template
and its reading live here together, so a changed wording cannot leave the desk behind.
"""

from __future__ import annotations

import re
from functools import cache

# One template per kind of reason. A part named `*_who` is "Speaker (YYYY-MM-DD)"; a conflict is
# only found between dated statements.
TEMPLATES: dict[str, str] = {
    # First: the reason it wraps would otherwise be read with the speaker in its first part.
    "self_contradiction": "{speaker} contradicts themself: {reason}",
    "definite_vs_undecided": "{definite_who} is definite about '{action}'; {pending_who} \"{cue}\"",
    "polarity": "{yes_who} says '{action}' ({thing}) happens; {no_who} says it does not",
    "date": "{first_who} {first_date} for '{action}' ({thing}); {second_who} {second_date}",
    # After the dates: a date reads as a figure too.
    "number": "{first_who} {first_figure} {counted}; {second_who} {second_figure}",
    "left_open": "the report leaves '{action}' open",
    "not_done": "'{action}' still not done on {date}",
    "done": "'{action}' reported done on {date}",
    "late": "'{action}' happened only after {date}",
}

_WHO = r".+? \(\d{4}-\d{2}-\d{2}\)"
_DATE = r"\d{4}-\d{2}-\d{2}"
# A figure is one token, or digits in groups of three ("4 500"), after its bound.
_FIGURE = r"(?:(?:about|at least|at most) )?[^\s;]+(?:[ \u00a0\u202f]\d{3})*"
_FIELD = re.compile(r"\{(\w+)\}")


def reason(code: str, **parts: str) -> str:
    """The English reason of one template, its parts filled in."""
    return TEMPLATES[code].format(**parts)


@cache
def _pattern(code: str) -> re.Pattern[str]:
    template, pieces, at = TEMPLATES[code], [], 0
    for field in _FIELD.finditer(template):
        pieces.append(re.escape(template[at : field.start()]))
        name = field.group(1)
        shape = {"who": _WHO, "date": _DATE, "figure": _FIGURE}.get(name.rpartition("_")[2], ".+?")
        pieces.append(f"(?P<{name}>{shape})")
        at = field.end()
    pieces.append(re.escape(template[at:]))
    return re.compile("".join(pieces) + r"\Z", re.DOTALL)


def read_reason(text: str) -> tuple[str, dict[str, str]] | None:
    """The template and parts a reason was written from, or None for text of no template."""
    for code in TEMPLATES:
        found = _pattern(code).match(text)
        if found is not None:
            return code, found.groupdict()
    return None

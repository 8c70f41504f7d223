"""Reasons are written from templates and read back into their parts, for the desk to translate."""

from __future__ import annotations

import pytest

from watchdesk.analysis.reasons import TEMPLATES, read_reason, reason

PARTS = {
    "definite_who": "Ilse Brandvik (2026-02-16)",
    "pending_who": "Aldis Varro (2026-02-20)",
    "yes_who": "Ilse Brandvik (2026-02-16)",
    "no_who": "Aldis Varro (2026-02-20)",
    "first_who": "Mira Osk (2026-01-02)",
    "second_who": "Tom Kael (2026-01-03)",
    "action": "reopen",
    "thing": "crossings",
    "cue": "no date has been set",
    "first_figure": "about 4,500",
    "second_figure": "3,000",
    "counted": "troops",
    "first_date": "2026-03-03",
    "second_date": "2026-03-20",
    "date": "2026-03-03",
    "speaker": "Ilse Brandvik",
}


@pytest.mark.parametrize("code", [c for c in TEMPLATES if c != "self_contradiction"])
def test_every_reason_reads_back_into_its_parts(code):
    parts = {name: PARTS[name] for name in _fields(code)}

    assert read_reason(reason(code, **parts)) == (code, parts)


def test_a_self_contradiction_wraps_the_reason_it_found():
    inner = reason("polarity", **{n: PARTS[n] for n in _fields("polarity")})

    code, parts = read_reason(reason("self_contradiction", speaker="Ilse Brandvik", reason=inner))

    assert (code, parts["speaker"]) == ("self_contradiction", "Ilse Brandvik")
    assert read_reason(parts["reason"])[0] == "polarity"


def test_text_of_no_template_is_not_read():
    assert read_reason("an analyst's note about the crossings") is None


def _fields(code: str) -> list[str]:
    import string

    return [f for _, f, _, _ in string.Formatter().parse(TEMPLATES[code]) if f]

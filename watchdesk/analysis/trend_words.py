"""Analysis data: the suggested trend and its reasons in words, per language (issue 10).

Each reason code has a sentence per language with `{count}` (and `{usual}` for volume); Russian
puts the count after a colon, so no noun has to agree with it. Examples follow the sentence.
"""

from __future__ import annotations

from watchdesk.records import TrendReason

TREND_WORDS: dict[str, dict[str, str]] = {
    "en": {"worse": "worse", "improved": "improved", "same": "about the same", "mixed": "mixed"},
    "ru": {"worse": "хуже", "improved": "лучше", "same": "без изменений", "mixed": "неоднозначно"},
}

# (one, many) in English; one sentence in Russian.
REASON_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "conflicts_new": (
            "{count} new conflicting signal between voices on the matter",
            "{count} new conflicting signals between voices on the matter",
        ),
        "conflicts_confirmed": (
            "{count} conflicting signal confirmed by an analyst",
            "{count} conflicting signals confirmed by analysts",
        ),
        "broken": (
            "{count} promise fell due and was broken",
            "{count} promises fell due and were broken",
        ),
        "kept": (
            "{count} promise fell due and was kept",
            "{count} promises fell due and were kept",
        ),
        "overdue": (
            "{count} promise passed its date with no report that it was kept",
            "{count} promises passed their date with no report that they were kept",
        ),
        "deadline_moved": (
            "{count} promise set a later date after an earlier date passed unkept",
            "{count} promises set a later date after an earlier date passed unkept",
        ),
        "undecided": (
            "an official voice left a matter open {count} time",
            "official voices left matters open {count} times",
        ),
        "volume_up": (
            "attention rose: {count} statement this week against about {usual} a week before",
            "attention rose: {count} statements this week against about {usual} a week before",
        ),
        "volume_down": (
            "attention fell: {count} statement this week against about {usual} a week before",
            "attention fell: {count} statements this week against about {usual} a week before",
        ),
        "quiet": (
            "nothing that points either way ({count} statement)",
            "nothing that points either way ({count} statements)",
        ),
    },
    "ru": {
        "conflicts_new": ("новые противоречивые сигналы: {count}",) * 2,
        "conflicts_confirmed": ("противоречия, подтверждённые аналитиком: {count}",) * 2,
        "broken": ("обещания, срок которых истёк и которые не выполнены: {count}",) * 2,
        "kept": ("обещания, срок которых истёк и которые выполнены: {count}",) * 2,
        "overdue": ("обещания, срок которых прошёл без известий о выполнении: {count}",) * 2,
        "deadline_moved": (
            "обещания с новым, более поздним сроком после сорванного прежнего: {count}",
        )
        * 2,
        "undecided": ("официальные лица оставили вопрос открытым, раз: {count}",) * 2,
        "volume_up": ("внимание выросло: заявлений за неделю {count}, прежде около {usual}",) * 2,
        "volume_down": ("внимание снизилось: заявлений за неделю {count}, прежде около {usual}",)
        * 2,
        "quiet": ("ничего, что указывало бы в какую-либо сторону (заявлений: {count})",) * 2,
    },
}
EXAMPLE_WORDS = {"en": "for example", "ru": "например"}


def trend_words(trend: str, language: str = "en") -> str:
    """The trend in `language` (English where the language has no table)."""
    return TREND_WORDS.get(language, TREND_WORDS["en"]).get(trend, trend)


def reason_words(reason: TrendReason, language: str = "en", *, examples: bool = True) -> str:
    """A reason as one sentence in `language`, with its examples quoted after it."""
    table = REASON_WORDS.get(language, REASON_WORDS["en"])
    one, many = table.get(reason.code, ("{count}", "{count}"))
    usual = reason.examples[0] if reason.code.startswith("volume") and reason.examples else ""
    text = (one if reason.count == 1 else many).format(count=reason.count, usual=usual)
    if examples and reason.examples and not reason.code.startswith("volume"):
        quoted = "; ".join(f"«{e}»" for e in reason.examples)
        text += f" ({EXAMPLE_WORDS.get(language, EXAMPLE_WORDS['en'])}: {quoted})"
    return text

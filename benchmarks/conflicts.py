"""Precision and recall of conflict flags, and commitment outcomes, on three corpora in one run.

- demo: demo/corpus against demo/planted.json, with the unplanted flags judged by hand in
  benchmarks/corpora/conflicts/demo_judgements.json;
- dev: benchmarks/corpora/conflicts/dev/ (a third situation, written to tune the rules on
  vocabulary the demo does not use) against its gold.json;
- dev2: benchmarks/corpora/conflicts/dev2/ ("Silver Tide", first written for evaluation; its
  sentences leaked into code and tests, so it is tuned on now);
- dev3: benchmarks/corpora/conflicts/dev3/ ("Kesh Strait", grain freighters and inspections:
  vocabulary no other corpus uses, joint speakers, "this matter", an event's end stated in another
  article, spelled-out figures and precision traps; written to tune on);
- dev4: benchmarks/corpora/conflicts/dev4/ ("Semmel", a fuel spill in a city's reservoir: one
  matter said in other words, figures written as wires write them; written to tune on);
- dev5: benchmarks/corpora/conflicts/dev5/ ("Ardwen", a port's customs backlog, written by someone
  who had read neither the rules nor the held-out corpus: promises kept in other words, an audit's
  end stated elsewhere, irony, a reporter's question; written to tune on);
- heldout: benchmarks/corpora/conflicts/heldout/ (listed in benchmarks/corpora/EVALUATION: never
  tuned on, run for figures only; skipped until written).

Each gold.json lists the genuine conflicts and the commitments with their outcomes.

A flag (one per disagreement, carrying every pair that restates it) is correct when one of its
pairs is the two statements of a listed conflict (any reprint of them) or a pair judged genuine;
a flag matching no entry counts as wrong and is printed as unjudged. Recall counts the listed
conflicts flagged. Commitment accuracy compares each listed promise's status on
the corpus's last day with its outcome: precision over the listed promises found at all, recall
over all listed. Every kept or broken verdict is also held against its own first evidence: a
verdict that evidence contradicts is counted (goal: none).

    .venv/bin/python benchmarks/conflicts.py [--json] [--corpus NAME]   (NAME: one of CORPORA)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from watchdesk import pipeline
from watchdesk.analysis.claims import same_day_named, shared_actions
from watchdesk.analysis.commitments import FUTURE_MARKERS, promised_actions, why_not_promise
from watchdesk.analysis.conflicts import (
    DATED_REPORT_WINDOW_DAYS,
    PLAN_WINDOW_DAYS,
    SELF_WINDOW_DAYS,
    _gap_days,
    _in_order,
    _repeated,
    compare,
    read_frame,
)
from watchdesk.analysis.figures import _counted, _counts
from watchdesk.analysis.ranking import PRIOR, FlagFacts, RankingModel, average_precision, train
from watchdesk.analysis.stances import holder_of, stance_of
from watchdesk.ingest.files import read_inputs
from watchdesk.link import commitment_statuses, flag_facts
from watchdesk.nlp.parse import Parser
from watchdesk.pipeline import ingest
from watchdesk.records import CommitmentStatus, LinkedStatement, ProcessedArticle, Statement
from watchdesk.store import Store, open_store, schema
from watchdesk.store import store as store_module
from watchdesk.store.analysis import StoredCommitment
from watchdesk.store.analysis import _linked as linked_row

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "benchmarks" / "corpora" / "conflicts"
CORPORA = ("demo", "dev", "dev2", "dev3", "dev4", "dev5", "heldout")
EVALUATION = ("heldout",)  # never tuned on: see benchmarks/corpora/EVALUATION


@dataclass
class Corpus:
    name: str
    pages: Path
    conflicts: list[dict[str, Any]]
    judgements: list[dict[str, Any]]
    commitments: list[dict[str, Any]]
    as_of: date


@dataclass
class Result:
    corpus: str
    flags: int = 0
    correct: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [flags, correct]
    found: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    missing_kinds: list[str] = field(default_factory=list)
    unjudged: list[dict[str, str]] = field(default_factory=list)
    commitments_right: int = 0
    commitments: list[dict[str, str | None]] = field(default_factory=list)
    # Watch items whose kept/broken verdict its own first evidence contradicts (goal: none).
    verdicts: int = 0
    contradicted: list[str] = field(default_factory=list)
    # Average precision of the later half of the flags: newest first, prior, retrained.
    ranking: dict[str, float | int] = field(default_factory=dict)
    # Where each listed promise is lost, stage by stage: ids and stage names only, no text.
    promise_losses: list[dict[str, Any]] = field(default_factory=list)
    # Where each missing listed conflict was lost (see losses()).
    losses: list[Loss] = field(default_factory=list)


def _corpora() -> list[Corpus]:
    planted = json.loads((ROOT / "demo" / "planted.json").read_text(encoding="utf-8"))
    judged = json.loads((HERE / "demo_judgements.json").read_text(encoding="utf-8"))
    corpora = [
        Corpus(
            "demo",
            ROOT / "demo" / "corpus",
            planted["conflicts"],
            judged["judgements"],
            planted["commitments"],
            date(2026, 2, 20),
        )
    ]
    for name in CORPORA[1:]:
        gold_path = HERE / name / "gold.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        corpora.append(
            Corpus(
                name,
                HERE / name / "pages",
                gold["conflicts"],
                gold.get("judgements", []),
                gold["commitments"],
                date.fromisoformat(gold["as_of"]),
            )
        )
    return corpora


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").split())


def _says(content: str, quote: str) -> bool:
    return _norm(quote)[:40] in _norm(content)


def _pairs(first: str, second: str, a: str, b: str) -> bool:
    return (_says(first, a) and _says(second, b)) or (_says(first, b) and _says(second, a))


def evaluate(corpus: Corpus) -> Result:
    result = Result(corpus.name)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/{corpus.name}.db")
        processed: list[ProcessedArticle] = []
        with _keeping(processed):
            ingest(read_inputs([corpus.pages], max_bytes=10_000_000), store, Parser())
        flags = store.conflicts()
        statuses = commitment_statuses(store, corpus.as_of)
        result.promise_losses = _promise_losses(corpus, store, processed, statuses)
        sources = store.desk_statements(k for f in flags for k in (f.first.key, f.second.key))
        facts = [flag_facts(f, sources) for f in flags]
        diagnosed = losses(corpus, store, {c["id"] for c in corpus.conflicts})
        store.close()
    found: set[str] = set()
    truth: list[bool] = []
    for flag in flags:
        # One flag per disagreement: it is right when any pair restating it is.
        pairs = [(a.content, b.content) for a, b in flag.pairs or ((flag.first, flag.second),)]
        first, second = pairs[0]
        kind = result.by_kind.setdefault(flag.conflict.kind, [0, 0])
        kind[0] += 1
        result.flags += 1
        listed = [
            c["id"]
            for c in corpus.conflicts
            for a, b in pairs
            if _pairs(a, b, c["a"]["quote"], c["b"]["quote"])
        ]
        judged = [j for j in corpus.judgements for a, b in pairs if _pairs(a, b, j["a"], j["b"])]
        truth.append(bool(listed or any(j["genuine"] for j in judged)))
        if truth[-1]:
            result.correct += 1
            kind[1] += 1
            found.update(listed)
        elif not judged:
            result.unjudged.append(
                {"kind": flag.conflict.kind, "first": first[:120], "second": second[:120]}
            )
    result.found = sorted(found)
    result.ranking = _ranking(facts, truth)
    result.missing = sorted({c["id"] for c in corpus.conflicts} - found)
    result.missing_kinds = [c.get("kind", "?") for c in corpus.conflicts if c["id"] not in found]
    result.losses = [loss for loss in diagnosed if loss.id not in found]
    for promise in corpus.commitments:
        matching = sorted(
            (
                (item.statement.published or date.min, status.status)
                for item, status in statuses
                if _says(item.statement.content, promise["quote"])
            ),
        )
        got = matching[0][1] if matching else None
        result.commitments.append({"id": promise["id"], "expected": promise["outcome"], "got": got})
        result.commitments_right += got == promise["outcome"]
    for item, status in statuses:
        if status.status not in ("kept", "broken"):
            continue
        result.verdicts += 1
        first_verdict = status.evidence[0].verdict if status.evidence else None
        if first_verdict in ("kept", "broken") and first_verdict != status.status:
            result.contradicted.append(
                f"{status.status}, first evidence {first_verdict}: {item.statement.content[:80]!r}"
            )
    return result


@contextmanager
def _keeping(processed: list[ProcessedArticle]) -> Iterator[None]:
    """Keep each article's annotation as ingest makes it: the promise loss report reads the
    statement records (speaker role, cue, modality, times) the store does not keep, without a
    second parse."""
    original = pipeline.process

    def keep(*args: Any, **kwargs: Any) -> ProcessedArticle:
        article = original(*args, **kwargs)
        processed.append(article)
        return article

    pipeline.process = keep
    try:
        yield
    finally:
        pipeline.process = original


def _promise_losses(
    corpus: Corpus,
    store: store_module.Store,
    processed: list[ProcessedArticle],
    statuses: list[tuple[StoredCommitment, CommitmentStatus]],
) -> list[dict[str, Any]]:
    """Per listed promise, the first stage that loses it and what each stage did: extracted as a
    statement; taken as a promise (or the filter that refused it); its due date right, wrong,
    missing or taken from an event's end; the later reports naming a promised action and how
    many were evidence; the status against the gold outcome. Ids and stage names only."""
    stored_due = {item.statement.key: item.due for item in store.watch_items()}
    found: list[dict[str, Any]] = []
    for promise in corpus.commitments:
        loss: dict[str, Any] = {"id": promise["id"], "expected": promise["outcome"]}
        found.append(loss)
        tracked = sorted(
            (
                (item.statement.published or date.min, item.statement.key, item, status)
                for item, status in statuses
                if _says(item.statement.content, promise["quote"])
            ),
            key=lambda t: (t[0], t[1]),
        )
        said = [
            (article, s)
            for article in processed
            for s in article.statements
            if _says(s.content, promise["quote"])
        ]
        if not tracked:
            if not said:
                loss["stage"] = "not extracted"
                continue
            article, statement = said[0]
            why = why_not_promise(statement, article.times, published=article.article.published)
            loss["stage"] = f"refused: {why or 'not stored'}"
            # Which times the statement holds, by relation and grain (no words): a date stated
            # outside it, or only "after"/"from", leaves a plan without a due date.
            loss["language"] = article.article.language
            loss["modality"] = statement.modality
            loss["times_inside"] = sorted(
                f"{t.relation}/{t.grain}" for t in article.times if t.span in statement.span
            )
            loss["times_in_article"] = len(article.times)
            continue
        _, key, item, status = tracked[0]
        if status.due is None:
            loss["due"] = "missing"
        else:
            right = "right" if status.due == promise.get("due") else "wrong"
            loss["due"] = right if stored_due.get(key) else f"event end {right}"
        promised = promised_actions(item.statement.content, item.statement.language)
        loss["language"] = item.statement.language
        loss["plain_future"] = FUTURE_MARKERS.search(item.statement.content) is not None
        loss["frame"] = any(s.frame is not None for _, s in said)
        loss["actions"] = len(promised)
        loss["unlisted_verbs"] = sum(a.startswith("v:") for a in promised)
        since = item.statement.published or corpus.as_of
        reports = store.statements_on({f"a:{a}" for a in promised}, since=since, until=corpus.as_of)
        loss["reports_sharing_action"] = len(
            {r.content for r in reports if r.published is not None and r.published > since}
        )
        loss["evidence"] = len(status.evidence)
        loss["got"] = status.status
        if status.status == promise["outcome"]:
            loss["stage"] = "right"
        elif not promised:
            loss["stage"] = "no promised action known"
        elif status.due is None and status.status == "open":
            loss["stage"] = "no due date"
        elif not loss["reports_sharing_action"]:
            loss["stage"] = "no later report of the action"
        elif not status.evidence:
            loss["stage"] = "reports not taken as evidence"
        else:
            loss["stage"] = "wrong verdict"
    return found


def _promise_figures(result: Result) -> tuple[int, int, int]:
    """(listed promises, found with any status, found with the gold outcome): precision is right
    over found, recall right over listed."""
    found = sum(1 for c in result.commitments if c["got"] is not None)
    return len(result.commitments), found, result.commitments_right


def _ranking(facts: list[FlagFacts], truth: list[bool]) -> dict[str, float | int]:
    """An analyst confirms or dismisses the earlier half of the flags (by date); how well is the
    later half ranked newest first, by the prior, and by the model retrained on those verdicts?"""
    order = sorted(
        range(len(facts)),
        key=lambda i: (facts[i].second.published or date.min, facts[i].first.published or date.min),
    )
    half = len(order) // 2
    seen, later = order[:half], order[half:]
    model = train([(facts[i], truth[i]) for i in seen])

    def ap(model: RankingModel | None) -> float:
        if model is None:  # the order before ranking: newest second statement first
            ranked = sorted(later, key=lambda i: facts[i].second.published or date.min)[::-1]
        else:
            ranked = sorted(later, key=lambda i: -model.confidence(facts[i]))
        return round(average_precision([truth[i] for i in ranked]), 3)

    return {
        "verdicts": len(seen),
        "ranked": len(later),
        "genuine": sum(truth[i] for i in later),
        "newest_first": ap(None),
        "prior": ap(PRIOR),
        "retrained": ap(model),
    }


def _write(result: Result) -> None:
    out = sys.stdout
    listed = len(result.found) + len(result.missing)
    precision = result.correct / max(result.flags, 1)
    out.write(f"== {result.corpus}\n")
    shown = f"{precision:.3f}" if result.flags else "n/a"
    out.write(f"flags: {result.flags}; precision {result.correct}/{result.flags} = {shown}")
    out.write(f"; recall {len(result.found)}/{listed}\n")
    for kind, (n, right) in sorted(result.by_kind.items()):
        out.write(f"  {kind}: {right}/{n} correct\n")
    if result.missing:
        kinds = Counter(result.missing_kinds)
        out.write(f"  missing: {', '.join(result.missing)} ({dict(sorted(kinds.items()))})\n")
    _write_losses(result.corpus, result.losses)
    if result.corpus in EVALUATION:  # figures only: whoever tunes must not read its text
        out.write(f"  unjudged: {len(result.unjudged)} (text not shown: evaluation corpus)\n")
    for flag in [] if result.corpus in EVALUATION else result.unjudged:
        out.write(f"  unjudged {flag['kind']}: {flag['first']!r} vs {flag['second']!r}\n")
    r = result.ranking
    if r.get("ranked"):
        out.write(
            f"ranking of the later {r['ranked']} flags ({r['genuine']} genuine), average precision:"
            f" newest first {r['newest_first']:.3f}, prior {r['prior']:.3f},"
            f" retrained on {r['verdicts']} verdicts {r['retrained']:.3f}\n"
        )
    total, found, right = _promise_figures(result)
    out.write(f"commitment outcomes: {right}/{total}")
    out.write(f"; precision {right}/{found} = {right / max(found, 1):.3f}")
    out.write(f", recall {right}/{total} = {right / max(total, 1):.3f}\n")
    out.write(f"verdicts contradicted by their first evidence: {len(result.contradicted)}")
    out.write(f"/{result.verdicts}\n")
    for line in [] if result.corpus in EVALUATION else result.contradicted:
        out.write(f"  contradicted {line}\n")
    for c in result.commitments:
        mark = "ok" if c["got"] == c["expected"] else "--"
        out.write(f"  {mark} {c['id']}: expected {c['expected']}, got {c['got']}\n")
    out.write("promise losses by stage (ids and stages only):\n")
    for loss in result.promise_losses:
        detail = ", ".join(f"{k} {v}" for k, v in loss.items() if k not in ("id", "stage"))
        out.write(f"  {loss['id']}: {loss['stage']} ({detail})\n")


# -- where recall is lost ---------------------------------------------------------------------

STAGES = (
    "not_extracted",  # a side's quote is no statement of the store
    "not_candidates",  # neither side came back from the other's index query (topic, question)
    "same_article",
    "question_or_repeat",
    "outside_window",
    "no_counted_figure",  # number: a side gives no figure of a counted thing in its main clause
    "different_counted_thing",  # number: both count, not the same thing
    "no_shared_action",  # the claims share no action (word list or verb)
    "no_shared_thing",  # an action in common, said of no common thing
    "hedged",  # a side held as no definite claim (a fear, a guess, a denying cue)
    "rule_rejected",  # everything shared, and still the kind's rule said no
    "flagged_not_kept",  # compare() flags the pair; the flag was dropped (a repeat) or merged
)


@dataclass
class Loss:
    """Why one listed conflict was missed, stage by stage; no text for evaluation corpora."""

    id: str
    kind: str
    stage: str
    sides: list[dict[str, Any]]
    candidates: bool
    shared_actions: list[str]


def _linked_statements(store: Store) -> list[LinkedStatement]:
    # The benchmark reads the store's linked table whole: no public query lists it all, and a
    # loss report needs every statement, not a topic's.
    with store._begin() as conn:
        table = schema.linked
        rows = conn.execute(select(table).where(table.c.statement_idx.is_not(None)))
        return [linked_row(dict(row._mapping)) for row in rows]


def _side(
    statement: LinkedStatement | None, stored: Statement | None, show: bool
) -> dict[str, Any]:
    if statement is None:
        return {"extracted": stored is not None, "linked": False}
    claim = read_frame(statement)
    # The linked row read back from the store carries no frame (store/analysis.py leaves it
    # out), so the conflict stage never sees one for a candidate; the statement row keeps it.
    frame = statement.frame or (stored.frame if stored is not None else None)
    side: dict[str, Any] = {
        "extracted": stored is not None,
        "linked": True,
        "speaker_kind": stored.speaker_kind if stored is not None else None,
        "official": holder_of(
            statement.speaker,
            kind=stored.speaker_kind if stored is not None else None,
            role=stored.speaker_role if stored is not None else None,
            org=stored.speaker_org if stored is not None else None,
        ).official,
        "speaker_key": bool(statement.speaker_key),
        "stance": stance_of(statement, holder_of(statement.speaker)).position,
        "polarity": statement.polarity,
        "modality": statement.modality,
        "action_found": bool(claim.acts),
        "thing_found": bool(claim.things or claim.heads),
        "counted_figure": bool(_counts(claim)),
        "future": claim.future,
        "open_matter": bool(claim.open_matter),
        "hedged": claim.hedged,
        "frame": frame is not None,
        "frame_on_candidate": statement.frame is not None,
    }
    if show:
        side["actions"] = sorted(claim.acts)
        side["things"] = sorted(claim.things | claim.heads)
        side["frame_words"] = (
            [frame.predicate, frame.subject, *frame.objects] if frame is not None else None
        )
    return side


def _diagnose(first: LinkedStatement, second: LinkedStatement, kind: str) -> tuple[str, list[str]]:
    """The first stage of compare() that lets the pair go, and the actions both claims name;
    counts need no shared action, so a listed number conflict is followed through its figures."""
    a, b = read_frame(first), read_frame(second)
    common = sorted(set(a.acts) & set(b.acts))
    if first.article_url and first.article_url == second.article_url:
        return "same_article", common
    if "question" in (first.modality, second.modality) or _repeated(first, second):
        return "question_or_repeat", common
    if compare(first, second) is not None:
        return "flagged_not_kept", common
    gap = _gap_days(first, second)
    same = bool(first.speaker_key) and first.speaker_key == second.speaker_key
    dated = gap is not None and gap <= DATED_REPORT_WINDOW_DAYS and same_day_named(first, second)
    if gap is None or (gap > (SELF_WINDOW_DAYS if same else PLAN_WINDOW_DAYS) and not dated):
        return "outside_window", common
    if kind == "number":
        counted = [{_counted(c, f) for f in _counts(c)} - {""} for c in (a, b)]
        if not counted[0] or not counted[1]:
            return "no_counted_figure", common
        if not counted[0] & counted[1]:
            return "different_counted_thing", common
        return "rule_rejected", common
    if not common:
        return "no_shared_action", common
    if not shared_actions(a, b, same_sign=None):
        return "no_shared_thing", common
    if a.hedged or b.hedged:
        return "hedged", common
    return "rule_rejected", common


def losses(corpus: Corpus, store: Store, missing: set[str]) -> list[Loss]:
    """Follow each missing listed conflict through the stages: extraction, linking, the index,
    the claim reading and the rules, and say where it was lost."""
    show = corpus.name not in EVALUATION
    stored = [s.statement for s in store.statements()]
    linked = _linked_statements(store)
    found = []
    for gold in corpus.conflicts:
        if gold["id"] not in missing:
            continue
        quotes = (gold["a"]["quote"], gold["b"]["quote"])
        extracted = [next((s for s in stored if _says(s.content, q)), None) for q in quotes]
        sides = [next((s for s in linked if _says(s.content, q)), None) for q in quotes]
        loss = Loss(gold["id"], gold.get("kind", "?"), "not_extracted", [], False, [])
        loss.sides = [_side(s, e, show) for s, e in zip(sides, extracted, strict=True)]
        one, other = sides
        if one is not None and other is not None:
            first, second = _in_order(one, other)
            loss.candidates = _candidate(store, linked, second, first) or _candidate(
                store, linked, first, second
            )
            loss.stage, loss.shared_actions = _diagnose(first, second, loss.kind)
            if not loss.candidates and loss.stage not in ("same_article", "outside_window"):
                loss.stage = "not_candidates"
        found.append(loss)
    return found


def _candidate(
    store: Store, linked: list[LinkedStatement], new: LinkedStatement, old: LinkedStatement
) -> bool:
    """Say whether the index query link.py runs for the new statement's article (the topics and
    questions of all its statements) returns the old one."""
    mates = [s for s in linked if s.article_url == new.article_url]
    got = store.link_candidates(
        {t for s in mates for t in s.topics},
        {s.question for s in mates if s.question is not None},
        around=new.published,
        window_days=SELF_WINDOW_DAYS,
        exclude_article=-1,
        originals_only=False,
    )
    return any(s.key == old.key for s in got)


def _write_losses(name: str, found: list[Loss]) -> None:
    out = sys.stdout
    show = name not in EVALUATION
    for loss in found:
        out.write(f"  lost {loss.id} ({loss.kind}) at {loss.stage}; candidates {loss.candidates}")
        out.write(f"; shared actions {loss.shared_actions if show else len(loss.shared_actions)}\n")
        for label, side in zip("ab", loss.sides, strict=True):
            out.write(f"    {label}: {json.dumps(side, ensure_ascii=False)}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON object per corpus")
    parser.add_argument("--corpus", choices=CORPORA, help="only this corpus")
    args = parser.parse_args()
    promise_stages: dict[str, Counter[str]] = {}
    stages: Counter[str] = Counter()
    for corpus in _corpora():
        if args.corpus and corpus.name != args.corpus:
            continue
        result = evaluate(corpus)
        promise_stages[corpus.name] = Counter(loss["stage"] for loss in result.promise_losses)
        stages.update(loss.stage for loss in result.losses)
        if args.json:
            kinds = Counter({k: v[0] for k, v in result.by_kind.items()})
            record = {
                "corpus": result.corpus,
                "flags": result.flags,
                "correct": result.correct,
                "precision": round(result.correct / max(result.flags, 1), 3),
                "recall": round(len(result.found) / max(len(corpus.conflicts), 1), 3),
                "kinds": dict(kinds),
                "by_kind": {k: {"flags": v[0], "correct": v[1]} for k, v in result.by_kind.items()},
                "missing": result.missing,
                "unjudged": len(result.unjudged)
                if result.corpus in EVALUATION
                else result.unjudged,
                "commitment_accuracy": round(
                    result.commitments_right / max(len(result.commitments), 1), 3
                ),
                "commitments": result.commitments,
                "commitment_precision": round(
                    result.commitments_right / max(_promise_figures(result)[1], 1), 3
                ),
                "verdicts": result.verdicts,
                "verdicts_contradicted": len(result.contradicted),
                "ranking": result.ranking,
                "promise_losses": result.promise_losses,
                "losses": [
                    {"id": x.id, "kind": x.kind, "stage": x.stage, "candidates": x.candidates}
                    for x in result.losses
                ],
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            _write(result)
    if not args.json and promise_stages:
        sys.stdout.write("== promise losses per stage, all corpora\n")
        for stage in sorted({s for counts in promise_stages.values() for s in counts}):
            row = ", ".join(f"{name} {counts[stage]}" for name, counts in promise_stages.items())
            total = sum(counts[stage] for counts in promise_stages.values())
            sys.stdout.write(f"  {stage}: {total} ({row})\n")
    if not args.json:
        counts = ", ".join(f"{stage} {stages[stage]}" for stage in STAGES if stages[stage])
        sys.stdout.write(f"== missing conflicts by the stage that lost them: {counts or 'none'}\n")


if __name__ == "__main__":
    main()

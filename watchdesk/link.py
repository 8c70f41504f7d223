"""Link and analyze one stored article: registry, questions, conflicts, watch items (issue 5).

The I/O around the pure stages in `analysis/`: read the article from the store, link its
entities and statements, fetch candidates from the store's indexes, and save what the stages
found. Re-running it on an article replaces its links; analysts' edits live elsewhere and stay.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from watchdesk.analysis.claims import main_clauses
from watchdesk.analysis.commitments import (
    find_commitments,
    promised_actions,
    track_commitments,
)
from watchdesk.analysis.conflicts import SELF_WINDOW_DAYS, find_conflicts, repeated_later
from watchdesk.analysis.lexicon import ENDING_EVENTS
from watchdesk.analysis.propositions import from_topics, points_back, read_proposition
from watchdesk.analysis.question_names import name_score, question_name
from watchdesk.analysis.questions import QuestionView, choose_question, continues, with_context
from watchdesk.analysis.ranking import FlagFacts, RankingModel, train
from watchdesk.analysis.registry import entity_key, link_entities, stem
from watchdesk.analysis.stances import Holder, Stance, holder_of, stance_json, stance_of
from watchdesk.analysis.topics import (
    actions,
    concepts,
    dates,
    figures,
    head_nouns,
    is_future,
    polarity,
    singular,
    words,
)
from watchdesk.records import (
    CommitmentStatus,
    LinkedStatement,
    Span,
    Statement,
    TrackedCommitment,
)
from watchdesk.store.analysis import LinkedRow, StoredCommitment, StoredConflict

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from watchdesk.analysis.embeddings import Embedder
    from watchdesk.analysis.propositions import Proposition
    from watchdesk.records import ProcessedArticle, Question
    from watchdesk.store import Store
    from watchdesk.store.desk import DeskStatement

REPORT_HEAD_CHARS = 40  # a sentence's narration before a statement's cue is a report this long
NAME_MARGIN = 0.25  # a question's name changes for a clearly better one, not at every member
# A stop inside a word or a figure ("$2.4 billion", "U.S.-led") ends no sentence.
_CODE_NAME = re.compile(r"(?<![\w-])[A-Z]{1,2}\d{1,3}(?![\w-])")
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s\"'”».!?]))+(?:[.!?]+[\"'”»]?|\n|$)")


@dataclass(frozen=True, slots=True)
class AnalysisReport:
    """What analysing one article found."""

    statements: int
    questions_created: int
    conflicts_new: int


def statement_key(url: str, speaker: str, content: str) -> str:
    """The identity of a statement across re-processing: article URL, speaker and words."""
    return hashlib.sha256(f"{url}\n{speaker}\n{content}".encode()).hexdigest()[:32]


def analyze_article(store: Store, article_id: int, embedder: Embedder | None) -> AnalysisReport:
    """Link an article's entities and statements, group them into questions, flag conflicts."""
    stored = store.article(article_id)
    if stored is None:
        return AnalysisReport(0, 0, 0)
    processed = stored.processed
    _link_registry(store, processed)
    rows = _linked_rows(store, processed)
    created = 0
    statements = []
    sentences = _sentence_spans(processed.article.text)
    before: tuple[int, Span] | None = None  # the question and span of the statement before
    for row in rows:
        if row.statement_idx is None:
            continue
        span = processed.statements[row.statement_idx].span
        follows = before[0] if before and _adjacent(sentences, before[1], span) else None
        previous = _previous_sentence(processed.article.text, sentences, span)
        question, new = _place(store, row.statement, embedder, follows, previous)
        before = (question, span)
        created += new
        statements.append(replace(row.statement, question=question))
    by_key = {s.key: s for s in statements}
    rows = [replace(r, statement=by_key.get(r.statement.key, r.statement)) for r in rows]
    store.save_event_dates(article_id, _event_dates(rows))
    rows = _resolve_conditions(store, rows)
    store.save_linked(article_id, rows)
    if store.is_copy(article_id):
        # A copy of a story says what its original says: its statements are flagged once, there.
        return AnalysisReport(len(statements), created, 0)
    candidates = store.link_candidates(
        {t for s in statements for t in s.topics},
        {s.question for s in statements if s.question is not None},
        around=processed.article.published,
        window_days=SELF_WINDOW_DAYS,
        exclude_article=article_id,
        originals_only=True,
    )
    # Flags stored for copies of these statements (a copy analysed before its original) and for
    # later repeats of them go: the flags belong to the first copy, found now.
    store.drop_open_conflicts(
        {*_copied_keys(store, article_id, statements), *repeated_later(statements, candidates)}
    )
    new_conflicts = store.save_conflicts(find_conflicts(statements, candidates))
    return AnalysisReport(len(statements), created, new_conflicts)


def _copied_keys(store: Store, article_id: int, statements: list[LinkedStatement]) -> set[str]:
    story = store.story(article_id)
    if story is None:
        return set()
    return {
        statement_key(member.url, s.speaker, s.content)
        for member in story.members
        if member.id != article_id
        for s in statements
    }


def commitment_statuses(
    store: Store, as_of: date
) -> list[tuple[StoredCommitment, CommitmentStatus]]:
    """Every watch item with its status on `as_of` and the evidence; analysts' verdicts win.

    One look-up for all of them: the statements and reports since the first promise that name
    any promised action, read from the topic index; the tracking stage sorts them out.
    """
    items = [
        item
        for item in store.watch_items()
        if item.statement.published is not None and item.statement.published <= as_of
    ]
    if not items:
        return []
    topics: set[str] = set()
    for item in items:
        promised = promised_actions(item.statement.content, item.statement.language)
        topics |= {f"a:{a}" for a in promised if not a.startswith("v:")}
        if any(a.startswith("v:") for a in promised):
            # A verb no list knows is in no index: reports of what it is said of are read.
            topics |= {t for t in item.statement.topics if t.startswith(("h:", "e:"))}
    since = min(item.statement.published or as_of for item in items)
    later = store.statements_on(topics, since=since, until=as_of)
    # "once the drills are over" is dated by an end date stated anywhere in the store, also in
    # an article stored after the promise (analysis dated only from what was stored before).
    items = [
        replace(item, due=_event_due(store, item.condition)) if item.due is None else item
        for item in items
    ]
    tracked = [TrackedCommitment(item.statement, item.due) for item in items]
    result = []
    for item, status in zip(items, track_commitments(tracked, later, as_of), strict=True):
        if item.reviewed:
            status = replace(status, status=item.reviewed)  # type: ignore[arg-type]
        result.append((item, status))
    return result


def ranked_conflicts(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    question: int | None = None,
    status: str | None = None,
) -> list[StoredConflict]:
    """Conflict flags with their confidence, surest first (newest first among equals).

    The ranking model is refitted on every confirm / dismiss verdict stored, so each verdict
    reorders the flags still open; a refit on a few hundred verdicts takes milliseconds.
    """
    every = store.conflicts()
    filtered = any(f is not None for f in (since, until, question, status))
    wanted = (
        store.conflicts(since=since, until=until, question=question, status=status)
        if filtered
        else every
    )
    reviewed = [f for f in every if f.status in ("confirmed", "dismissed")]
    sources = store.desk_statements(
        k for f in (*wanted, *reviewed) for k in (f.first.key, f.second.key)
    )
    model = conflict_model(reviewed, sources)
    scored = [replace(f, confidence=model.confidence(flag_facts(f, sources))) for f in wanted]
    return sorted(scored, key=lambda f: -(f.confidence or 0.0))


def conflict_model(
    reviewed: list[StoredConflict], sources: dict[str, DeskStatement]
) -> RankingModel:
    """The ranking model fitted on the analysts' verdicts (confirmed: genuine)."""
    return train([(flag_facts(f, sources), f.status == "confirmed") for f in reviewed])


def flag_facts(flag: StoredConflict, sources: dict[str, DeskStatement]) -> FlagFacts:
    """What the ranking model reads of a flag: kind, statements, stances, restatements."""
    return FlagFacts(
        kind=flag.conflict.kind,
        first=flag.first,
        second=flag.second,
        first_stance=statement_stance(flag.first, sources.get(flag.first.key)),
        second_stance=statement_stance(flag.second, sources.get(flag.second.key)),
        restated=max(len(flag.pairs), 1),
    )


def statement_stance(statement: LinkedStatement, source: DeskStatement | None) -> Stance:
    """A stored statement's stance, its holder resolved from the desk's record of the speaker."""
    return stance_of(statement, _holder(statement, source))


def _holder(statement: LinkedStatement, source: DeskStatement | None) -> Holder:
    if source is not None and source.index is None:
        kind = "report"  # a narrative sentence of the article, said by no one
    elif statement.speaker_key:
        kind = "person"  # only a named person gets a speaker key (see _linked)
    else:
        kind = "organisation" if source and not source.speaker_role else "group"
    return holder_of(
        statement.speaker,
        kind=kind,
        role=source.speaker_role if source else None,
        org=source.speaker_org if source else None,
    )


# -- steps ------------------------------------------------------------------------------------


def _link_registry(store: Store, processed: ProcessedArticle) -> None:
    keys = {entity_key(e.canonical) for e in processed.entities}
    records = link_entities(processed.entities, store.known_aliases(keys))
    aliases = {alias: entity_key(alias) for r in records for alias in (r.key, *r.aliases)}
    store.save_entities(records, aliases)


def _sentence_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _adjacent(sentences: list[Span], earlier: Span, later: Span) -> bool:
    """Say whether a statement ends in the sentence `later` starts in, or in the one before."""
    starts = [s.start for s in sentences if s.start <= later.start]
    return len(starts) < 2 or earlier.end > starts[-2]


def _linked_rows(store: Store, processed: ProcessedArticle) -> list[LinkedRow]:
    article = processed.article
    text = article.text
    sentences = _sentence_spans(text)
    # Names the entity stage found; a lower-case Russian adjective ("карезийских") of one of them
    # counts too, matched by stem below.
    article_stems = {stem(e.canonical) for e in processed.entities if e.label != "DATE"}
    article_stems.discard("")
    due_by_index = {c.statement: c for c in processed.commitments}
    promises = _denied_promises(processed)
    rows: list[LinkedRow] = []
    for index, s in enumerate(processed.statements):
        before = _previous_sentence(text, sentences, s.span)
        linked = _linked(processed, s.speaker, s.content, s.span, before, article_stems, s)
        commitment = due_by_index.get(index) or promises.get(index)
        rows.append(
            LinkedRow(
                linked,
                index,
                is_commitment=commitment is not None,
                due=_period_end(commitment.due, processed, s.span) if commitment else None,
                condition=commitment.condition if commitment else None,
            )
        )
    covered = [s.span for s in processed.statements]
    # Where a statement starts inside a sentence, what the reporter says before its cue is a
    # report of its own: "The council met on Thursday and issued a statement | calling on …".
    cues = [s.cue_span.start if s.cue_span else s.span.start for s in processed.statements]
    reporter = article.site or "report"
    for span in sentences:
        inside = [
            c
            for c, s in zip(cues, covered, strict=True)
            if s.start < span.end and span.start < s.end
        ]
        if inside:
            # Only narration that reports an action of its own ("met in extraordinary session")
            # is worth a row; "Speaking to reporters on Tuesday, the minister" is not.
            cut = min(inside)
            if cut - span.start < REPORT_HEAD_CHARS or not actions(text[span.start : cut]):
                continue
            span = Span(span.start, cut)
        content = span.slice(text).strip()
        if len(content) < 20:
            continue
        rows.append(LinkedRow(_linked(processed, reporter, content, span, "", article_stems), None))
    return rows


def _linked(
    processed: ProcessedArticle,
    speaker: str,
    content: str,
    span: Span,
    before: str,
    article_stems: set[str],
    statement: Statement | None = None,
) -> LinkedStatement:
    article = processed.article
    grouped = with_context(content, before)
    topics = {f"c:{c}" for c in concepts(grouped)}
    topics |= {f"e:{stem(e.canonical)}" for e in processed.entities if e.span in span}
    topics |= {f"e:{stem(w)}" for w in re.findall(r"\w{4,}", grouped) if stem(w) in article_stems}
    # A road, route or flight named by its code ("the N9", "the M25") is a name the entity
    # stage often misses: two counts "on the N9" are of one road.
    topics |= {f"e:{stem(code)}" for code in _CODE_NAME.findall(content)}
    topics |= {f"a:{a}" for a in actions(grouped)}
    topics.discard("e:")
    # Head nouns index what an action is said of ("h:warship"), for conflict candidates only.
    names = tuple(sorted(t for t in topics if t.startswith("e:")))
    topics |= {f"h:{h}" for h in head_nouns(content, article.language, names)}
    modality = (
        statement.modality if statement else ("expected" if is_future(content) else "asserted")
    )
    return LinkedStatement(
        key=statement_key(article.url, speaker, content),
        speaker=speaker,
        # Only a named person can contradict themself; a ministry's figures change with the facts.
        speaker_key=entity_key(speaker) if statement and _is_person(statement) else "",
        content=content,
        language=article.language,
        published=article.published,
        article_url=article.url,
        # The statement stage reads a denying cue ("denied that units had crossed"); the words
        # alone do not say it.
        polarity=statement.polarity if statement else polarity(content),
        modality=modality,
        topics=tuple(sorted(topics)),
        figures=tuple(figures(content)),
        dates=tuple(
            sorted(
                {
                    *dates(content, article.published),
                    *(
                        t.end or t.value
                        for t in processed.times
                        if t.span in span and t.grain == "day"
                    ),
                }
            )
        ),
        context=before if grouped != content else "",
        frame=statement.frame if statement else None,
    )


def _period_end(
    due: str | None, processed: ProcessedArticle, span: Span | None = None
) -> str | None:
    """A promise for "next week" or "in March" falls due at the period's end, not its start.

    Only a period inside the promise counts, and a day named there wins: "will reopen on
    January 26" is due that day, even where "next week" elsewhere starts on it.
    """
    inside = [t for t in processed.times if span is None or t.span in span]
    if any(t.value == due and t.grain == "day" for t in inside):
        return due
    for time in inside:
        if due is not None and time.value == due and time.end is None and "end" not in time.text:
            start = date.fromisoformat(due)
            if time.grain == "week":
                return (start + timedelta(days=6)).isoformat()
            if time.grain == "month":
                following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
                return (following - timedelta(days=1)).isoformat()
    return due


def _is_person(statement: Statement) -> bool:
    # An unresolved mention ("the spokesman", "генерал") is one word; a person has a full name.
    return statement.speaker_kind == "person" and len(statement.speaker.split()) >= 2


def _previous_sentence(text: str, sentences: list[Span], span: Span) -> str:
    previous = [s for s in sentences if s.end <= span.start]
    return previous[-1].slice(text).strip() if previous else ""


def _denied_promises(processed: ProcessedArticle) -> dict[int, _Promise]:
    """Negated promises ("not a single soldier will stay …") are watch items too."""
    flipped = [
        replace(s, polarity="affirm") if s.polarity == "deny" and is_future(s.content) else s
        for s in processed.statements
    ]
    found = find_commitments(flipped, processed.times, published=processed.article.published)
    return {
        c.statement: _Promise(c.due, c.condition)
        for c in found
        if processed.statements[c.statement].polarity == "deny"
    }


@dataclass(frozen=True, slots=True)
class _Promise:
    due: str | None
    condition: str | None


def _event_dates(rows: list[LinkedRow]) -> list[tuple[str, str]]:
    """End dates of events the article states: "held from 19 January to 8 February".

    A promise that waits for the end ("will leave when the manoeuvres end") states no end date,
    whatever else it is dated by: its own end is a condition, cut off with the main clauses.
    """
    found = []
    for row in rows:
        s = row.statement
        if (
            not s.dates
            or row.condition
            or ("end" not in actions(main_clauses(s.content)) and " to " not in s.content)
        ):
            continue
        for event in sorted(_events_named(s)):
            found.append((event, max(s.dates)))
    return found


def _events_named(statement: LinkedStatement) -> set[str]:
    """The events a statement dates the end of: a theme's named events ("the drills"), and the
    nouns of the subject the parse finds ("the inspection regime runs until May 24": inspection,
    regime), so that an event no theme lists is found all the same."""
    events = {e for e in ENDING_EVENTS if f"c:{e}" in statement.topics}
    frame = statement.frame
    if frame is not None and frame.subject:
        events |= {f"n:{w}" for w in frame.subject.split() if _event_noun(w, statement.content)}
    return events


def _event_noun(word: str, text: str) -> bool:
    """A subject's word that can name an event: a common noun, not a pronoun or a name."""
    if len(word) < 3 or word in _NOT_EVENTS:
        return False
    return re.search(rf"(?<![\w-]){re.escape(word)}", text) is not None  # lower case in the text


_NOT_EVENTS = frozenset({"it", "they", "this", "that", "which", "who", "one", "all", "we"})


def _resolve_conditions(store: Store, rows: list[LinkedRow]) -> list[LinkedRow]:
    """Date a promise "once the drills are over" by the end date articles most often give."""
    resolved = []
    for row in rows:
        if row.is_commitment and row.due is None and row.condition:
            row = replace(row, due=_event_due(store, row.condition))
        resolved.append(row)
    return resolved


def _event_due(store: Store, condition: str | None) -> str | None:
    """The end date stated for the event a condition waits for ("when the manoeuvres end"): a
    theme's named event, else one whose subject a noun of the condition names."""
    if not condition:
        return None
    events = [e for e in ENDING_EVENTS if e in concepts(condition)]
    if not events and _ENDS.search(condition):
        events = sorted({f"n:{singular(w)}" for w in words(condition)})
    ends = store.event_ends(events) if events else {}
    stated = [d for e in events for d in ends.get(e, [])]
    # The most often stated date; among equals the earliest, the plan as announced.
    return max(sorted(set(stated)), key=stated.count) if stated else None


# A condition that waits for an end: "when the inspections end", "once the talks are over".
_ENDS = re.compile(r"\b(?:end|ends|ended|over|expires?|finish(?:es)?|conclude[sd]?)\b")


def _place(
    store: Store,
    statement: LinkedStatement,
    embedder: Embedder | None,
    follows: int | None = None,
    previous: str = "",
) -> tuple[int, int]:
    """Return (question id, 1 if the question is new) and add the statement to it.

    `follows` is the question of the statement ending in its sentence or the one before, and
    `previous` the sentence before it: a statement whose words name no matter of their own, or
    that fits no question but says an action the matter spoken of there holds, goes on with it
    (measured on the demo: keeping it to one paragraph or one speaker split a planted pair and
    left 8 more statements alone, for no gain in purity)."""
    # Questions group by the statement's proposition; head nouns only index conflict candidates.
    proposition = read_proposition(statement)
    statement = replace(statement, topics=tuple(t for t in statement.topics if t[:2] != "h:"))
    vector = None
    if embedder is not None and statement.language == "en":
        vector = embedder.encode([with_context(statement.content, statement.context)])[0]
    override = store.question_for(statement.key)
    views = [
        QuestionView(c.question, _vector(c.centroid), from_topics(c.members))
        for c in store.question_candidates((*statement.topics, *proposition.topics()))
    ]
    chosen = override or choose_question(proposition, vector, views)
    going_on = None
    if chosen is None and follows is None and proposition.actions and not proposition.names:
        # No statement just before: the sentence before says what was spoken of.
        follows = _matter_of(store, previous, statement, embedder)
    if chosen is None and follows is not None and _says_its_action(store, follows, proposition):
        # "The captain leaves the ship last", after a statement on the withdrawal: fitting no
        # question, it says an action the question just spoken of holds, so it speaks of that.
        going_on = follows
    elif chosen is None and continues(proposition):
        # Its own words name no matter a question holds: it goes on with the one spoken of just
        # before, without moving that question's embedding, index or name.
        going_on = (
            follows if follows is not None else _matter_of(store, previous, statement, embedder)
        )
    if going_on is not None:
        going_on = store.resolve_question(going_on)
        store.grow_question(going_on, None, ())
        return going_on, 0
    name = _name(statement)
    new = 0
    if chosen is None:
        chosen = store.add_question(name, proposition.topics())
        new = 1
    chosen = store.resolve_question(chosen)
    old = next((v for v in views if v.question.id == chosen), None)
    centroid = None
    if vector is not None:
        summed = vector if old is None or old.centroid is None else old.centroid + vector
        centroid = summed.astype(np.float32).tobytes()
    store.grow_question(chosen, centroid, (*statement.topics, *proposition.topics()))
    if old is not None and name and _better_name(name, old.question, old.centroid, embedder):
        store.rename_generated_question(chosen, name)
    return chosen, new


def _says_its_action(store: Store, question: int, proposition: Proposition) -> bool:
    """Say whether a question's members said one of the proposition's actions."""
    acts = [f"a:{a}" for a in proposition.actions]
    return any(
        c.question.id == question and set(acts) & set(c.members)
        for c in store.question_candidates(acts)
    )


def _matter_of(
    store: Store, sentence: str, statement: LinkedStatement, embedder: Embedder | None
) -> int | None:
    """The question the words of a sentence would join, for a statement after it that names no
    matter of its own ("How long will the troops stay?" — "As long as the tasks require")."""
    if not sentence:
        return None
    before = replace(statement, content=sentence, context="", figures=(), frame=None)
    proposition = read_proposition(before)
    views = [
        QuestionView(c.question, _vector(c.centroid), from_topics(c.members))
        for c in store.question_candidates(proposition.topics())
    ]
    vector = None
    if embedder is not None and statement.language == "en":
        vector = embedder.encode([sentence])[0]
    return choose_question(proposition, vector, views)


def _name(statement: LinkedStatement) -> str:
    # "It will take weeks" is named by what "it" is: the sentence before.
    words = statement.context if statement.context and points_back(statement.content) else ""
    names = tuple(t for t in statement.topics if t.startswith("e:"))
    name = question_name(words or statement.content, statement.language, names)
    # A statement with no words of its own to name (a lone quotation mark) is named by its speaker.
    return name or f"What {statement.speaker} said."


def _better_name(
    name: str, question: Question, centroid: NDArray[np.float32] | None, embedder: Embedder | None
) -> bool:
    """Say whether a member's name reads better than the question's, and speaks of what most
    members say (closer to the centroid); analysts' names are kept by the store."""
    current, topics = question.name, question.topics
    if name == current:
        return False
    cosines: list[float | None] = [None, None]
    if embedder is not None and centroid is not None and float(np.linalg.norm(centroid)) > 0:
        vectors = embedder.encode([name, current])
        cosines = [float(v @ centroid) / float(np.linalg.norm(centroid)) for v in vectors]
    matter = from_topics(topics)
    better = name_score(name, cosines[0], matter)
    return better > name_score(current, cosines[1], matter) + NAME_MARGIN


def _vector(blob: bytes | None) -> NDArray[np.float32] | None:
    return None if blob is None else np.frombuffer(blob, dtype=np.float32)


# -- JSON records for the shells (stable: scripts rely on these keys) -------------------------


def linked_json(statement: LinkedStatement, title: str) -> dict[str, object]:
    return {
        "key": statement.key,
        "speaker": statement.speaker,
        "content": statement.content,
        "language": statement.language,
        "date": statement.published.isoformat() if statement.published else None,
        "url": statement.article_url,
        "title": title,
    }


def conflict_json(item: StoredConflict) -> dict[str, object]:
    """One flag as a JSON object: both statements, question, kind, reason, triggers, and the keys
    of every statement pair that restates the disagreement."""
    c = item.conflict
    return {
        "key": c.key,
        "kind": c.kind,
        "reason": c.reason,
        "triggers": list(c.triggers),
        "status": item.status,
        "question": {"id": c.question, "name": item.question_name} if c.question else None,
        "first": linked_json(item.first, item.first_title),
        "second": linked_json(item.second, item.second_title),
        # Every pair restating this disagreement (the first is the one above), by statement key.
        "disagreement": item.disagreement,
        "pairs": [[a.key, b.key] for a, b in item.pairs],
        # How sure the desk is (0-1, learned from verdicts); null where the list was not ranked.
        "confidence": None if item.confidence is None else round(item.confidence, 3),
        "stances": {
            "first": stance_json(statement_stance(item.first, None)),
            "second": stance_json(statement_stance(item.second, None)),
        },
    }


def commitment_json(item: StoredCommitment, status: CommitmentStatus) -> dict[str, object]:
    """One watch item as a JSON object: the promise, due date, status and evidence keys."""
    return {
        "key": item.statement.key,
        "statement": linked_json(item.statement, item.title),
        "due": status.due,
        "condition": item.condition,
        "status": status.status,
        "reviewed": item.reviewed is not None,
        "evidence": [
            {
                "key": e.statement,
                "verdict": e.verdict,
                "reason": e.reason,
                "triggers": list(e.triggers),
            }
            for e in status.evidence
        ],
    }

"""Edge: the analysis tables — registry, questions, linked statements, conflicts, reviews.

`Store` exposes these as methods; this module holds the SQL, as `sources.py` does for fetching.
Candidate look-ups go through indexes (topic + date, question) with a cap per topic, so adding an
article costs the same whatever the size of the store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, RowMapping, bindparam, func, select, union

from watchdesk.records import (
    Conflict,
    ConflictKind,
    ConflictStatus,
    EntityRecord,
    Figure,
    LinkedStatement,
    Question,
)
from watchdesk.store import schema
from watchdesk.store.rowmap import frame_json, frame_record

PER_TOPIC_LIMIT = 60  # newest statements per topic offered as conflict candidates
QUESTION_CANDIDATES = 50  # questions sharing a topic offered to the question stage


@dataclass(frozen=True, slots=True)
class LinkedRow:
    """A linked statement to save: the record plus what only the store needs."""

    statement: LinkedStatement
    statement_idx: int | None  # None for a narrative sentence (a report)
    is_commitment: bool = False
    due: str | None = None
    condition: str | None = None


@dataclass(frozen=True, slots=True)
class QuestionCandidate:
    """A question with the sum of its members' embeddings, for the question stage."""

    question: Question
    centroid: bytes | None
    members: tuple[str, ...] = ()  # the topics of every member, not only the first


@dataclass(frozen=True, slots=True)
class StoredConflict:
    """A conflict with both statements, their articles' titles, its question and its status."""

    conflict: Conflict
    status: ConflictStatus
    first: LinkedStatement
    second: LinkedStatement
    first_title: str
    second_title: str
    question_name: str | None
    # One flag per disagreement: every pair that restates it (same speakers, same kind, same
    # action frame), earliest first; the flag shows the first. Empty before grouping.
    pairs: tuple[tuple[LinkedStatement, LinkedStatement], ...] = ()
    disagreement: str = ""  # stable key of the disagreement: kind, speakers, actions
    confidence: float | None = None  # how sure the desk is (analysis/ranking.py); None: unranked

    def touches(self, keys: Collection[str]) -> bool:
        """Whether a statement of this flag (of any pair restating it) is among `keys`: the one
        rule by which a flag is on a theme, for the theme cards, the queues and the dossier."""
        pairs = self.pairs or ((self.first, self.second),)
        return any(s.key in keys for pair in pairs for s in pair)


@dataclass(frozen=True, slots=True)
class StoredCommitment:
    """A watch item: the promising statement, its due date, condition and the analyst's verdict."""

    statement: LinkedStatement
    due: str | None
    condition: str | None
    title: str
    reviewed: str | None


def save_linked(conn: Connection, article_id: int, rows: Sequence[LinkedRow]) -> list[int]:
    """Replace the article's linked statements and their topic index rows; return the new ids."""
    t = schema.linked
    conn.execute(t.delete().where(t.c.article_id == article_id))
    if not rows:
        return []
    values = [
        {
            "article_id": article_id,
            "statement_idx": row.statement_idx,
            "key": row.statement.key,
            "speaker": row.statement.speaker,
            "speaker_key": row.statement.speaker_key,
            "content": row.statement.content,
            "language": row.statement.language,
            "published": row.statement.published,
            "article_url": row.statement.article_url,
            "polarity": row.statement.polarity,
            "modality": row.statement.modality,
            "topics": list(row.statement.topics),
            "figures": [[f.value, f.unit, f.text, f.bound] for f in row.statement.figures],
            "dates": list(row.statement.dates),
            "context": row.statement.context,
            "question_id": row.statement.question,
            "is_commitment": row.is_commitment,
            "due": row.due,
            "condition": row.condition,
            "frame": frame_json(row.statement.frame),
        }
        for row in rows
    ]
    # One multi-row INSERT … RETURNING on both dialects, ids in the order of `rows`.
    inserted = conn.execute(t.insert().returning(t.c.id, sort_by_parameter_order=True), values)
    ids = [int(i) for i in inserted.scalars()]
    topic_rows = [
        {"linked_id": linked_id, "topic": topic, "published": row.statement.published}
        for linked_id, row in zip(ids, rows, strict=True)
        for topic in row.statement.topics
    ]
    if topic_rows:
        conn.execute(schema.linked_topics.insert(), topic_rows)
    return ids


def candidates(
    conn: Connection,
    topics: Iterable[str],
    questions: Iterable[int],
    *,
    around: date | None,
    window_days: int,
    exclude_article: int,
    reports: bool = False,
    originals_only: bool = False,
) -> list[LinkedStatement]:
    """Linked statements sharing a topic or a question, published within the window, by id.

    Each topic and question contributes at most PER_TOPIC_LIMIT rows, read from an index. With
    `originals_only`, copies are left out: the other articles of the excluded article's story,
    and every story member that is not its story's original.
    """
    # One small statement of one shape per topic: compiled once per process and answered from
    # the (topic, published) index. A UNION of every topic's query was a new statement for each
    # article, and compiling it cost more than running it.
    ids: set[int] = set()
    if around is not None:
        low, high = around - timedelta(days=window_days), around + timedelta(days=window_days)
    for topic in sorted(set(topics)):
        if around is None:
            ids.update(conn.scalars(_TOPIC_NEWEST, {"topic": topic}))
        else:
            ids.update(conn.scalars(_TOPIC_IN_WINDOW, {"topic": topic, "low": low, "high": high}))
    for question in sorted(set(questions)):
        ids.update(conn.scalars(_QUESTION_NEWEST, {"question": question}))
    t = schema.linked
    rows: list[RowMapping] = []
    for chunk in _chunks(sorted(ids)):
        query = select(t).where(t.c.id.in_(chunk), t.c.article_id != exclude_article)
        if not reports:
            query = query.where(t.c.statement_idx.is_not(None))
        rows.extend(conn.execute(query.order_by(t.c.id)).mappings())
    if originals_only and rows:
        copies = _copies_among(conn, exclude_article, {row["article_id"] for row in rows})
        rows = [row for row in rows if row["article_id"] not in copies]
    return [_linked(dict(row)) for row in rows]


_lt = schema.linked_topics
_TOPIC_NEWEST = (
    select(_lt.c.linked_id)
    .where(_lt.c.topic == bindparam("topic"))
    .order_by(_lt.c.published.desc())
    .limit(PER_TOPIC_LIMIT)
)
_TOPIC_IN_WINDOW = (
    select(_lt.c.linked_id)
    .where(
        _lt.c.topic == bindparam("topic"),
        _lt.c.published.between(bindparam("low"), bindparam("high")),
    )
    .order_by(_lt.c.published.desc())
    .limit(PER_TOPIC_LIMIT)
)
_QUESTION_NEWEST = (
    select(schema.linked.c.id)
    .where(schema.linked.c.question_id == bindparam("question"))
    .order_by(schema.linked.c.published.desc())
    .limit(PER_TOPIC_LIMIT)
)
IN_CHUNK = 5_000  # ids per IN list: far under SQLite's and PostgreSQL's bound-parameter limits


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), IN_CHUNK):
        yield ids[start : start + IN_CHUNK]


def _copies_among(conn: Connection, article_id: int, article_ids: set[int]) -> set[int]:
    """Which of `article_ids` copy another: the article's story mates, and any story member that
    is not its story's original. Read for these articles only, so it costs the same at any size."""
    m, s = schema.story_members, schema.stories
    mine = conn.scalar(select(m.c.story_id).where(m.c.article_id == article_id))
    copies: set[int] = set()
    for chunk in _chunks(sorted(article_ids)):
        for member, story, original in conn.execute(
            select(m.c.article_id, m.c.story_id, s.c.canonical_article_id)
            .join(s, s.c.id == m.c.story_id)
            .where(m.c.article_id.in_(chunk))
        ):
            if story == mine or original is None or original != member:
                copies.add(member)
    return copies


def statements_on(
    conn: Connection, topics: Iterable[str], *, since: date, until: date, per_topic: int
) -> list[LinkedStatement]:
    """Statements and reports with any of these topics published in [since, until], one query
    per TOPICS_PER_QUERY topics.

    Each topic contributes at most `per_topic` rows, newest first, read from the topic index.
    """
    lt, t = schema.linked_topics, schema.linked
    wanted = sorted(set(topics))
    found: dict[int, LinkedStatement] = {}
    ordered: list[tuple[date, int]] = []
    # SQLite takes at most 500 terms in one compound SELECT: a store with many promises asks
    # for more topics than that at once.
    for at in range(0, len(wanted), TOPICS_PER_QUERY):
        parts = [
            select(lt.c.linked_id.label("id"))
            .where(lt.c.topic == topic, lt.c.published.between(since, until))
            .order_by(lt.c.published.desc())
            .limit(per_topic)
            for topic in wanted[at : at + TOPICS_PER_QUERY]
        ]
        ids = union(*(p.subquery().select() for p in parts)).subquery()
        query = select(t).where(t.c.id.in_(select(ids.c.id)))
        for row in conn.execute(query):
            mapping = dict(row._mapping)
            if mapping["id"] not in found:
                found[mapping["id"]] = _linked(mapping)
                ordered.append((mapping["published"] or date.min, mapping["id"]))
    return [found[row_id] for _, row_id in sorted(ordered)]


TOPICS_PER_QUERY = 400


def is_copy(conn: Connection, article_id: int) -> bool:
    """Say whether the article is a story member other than the story's original."""
    m, s = schema.story_members, schema.stories
    canonical = conn.execute(
        select(s.c.canonical_article_id)
        .join(m, m.c.story_id == s.c.id)
        .where(m.c.article_id == article_id)
    ).first()
    return canonical is not None and canonical[0] != article_id


def drop_open_conflicts(conn: Connection, statement_keys: Iterable[str]) -> int:
    """Delete the open flags of these statements (repeats and copies); reviewed flags stay."""
    c = schema.conflicts
    keys = sorted(set(statement_keys))
    if not keys:
        return 0
    result = conn.execute(
        c.delete().where(c.c.status == "open", c.c.first_key.in_(keys) | c.c.second_key.in_(keys))
    )
    return int(result.rowcount or 0)


def question_candidates(conn: Connection, topics: Iterable[str]) -> list[QuestionCandidate]:
    """Questions (not merged away) that share a topic, largest first, with every member's topics
    (a question's own topics are its first statement's)."""
    q, qt = schema.questions, schema.question_topics
    ids = select(qt.c.question_id).where(qt.c.topic.in_(sorted(set(topics))))
    rows = conn.execute(
        select(q)
        .where(q.c.id.in_(ids), q.c.merged_into.is_(None))
        .order_by(q.c.size.desc())
        .limit(QUESTION_CANDIDATES)
    ).all()
    members: dict[int, list[str]] = {}
    for question_id, topic in conn.execute(
        select(qt.c.question_id, qt.c.topic).where(qt.c.question_id.in_([r.id for r in rows]))
    ):
        members.setdefault(question_id, []).append(topic)
    return [
        QuestionCandidate(_question(r._mapping), r.centroid, tuple(sorted(members.get(r.id, []))))
        for r in rows
    ]


def add_question(conn: Connection, name: str, topics: Sequence[str]) -> int:
    """Create an empty question about these topics; return its id."""
    key = conn.execute(
        schema.questions.insert().values(name=name, topics=list(topics), size=0)
    ).inserted_primary_key
    assert key is not None
    question_id = int(key[0])
    add_question_topics(conn, question_id, topics)
    return question_id


def add_question_topics(conn: Connection, question_id: int, topics: Iterable[str]) -> None:
    qt = schema.question_topics
    known = set(conn.scalars(select(qt.c.topic).where(qt.c.question_id == question_id)))
    rows = [{"question_id": question_id, "topic": t} for t in sorted(set(topics) - known)]
    if rows:
        conn.execute(qt.insert(), rows)


def grow_question(conn: Connection, question_id: int, centroid: bytes | None) -> None:
    """Count one more member and store the new embedding sum."""
    q = schema.questions
    values: dict[str, object] = {"size": q.c.size + 1}
    if centroid is not None:
        values["centroid"] = centroid
    conn.execute(q.update().where(q.c.id == question_id).values(values))


def question_override(conn: Connection, statement_key: str) -> int | None:
    o = schema.question_overrides
    return conn.scalar(select(o.c.question_id).where(o.c.statement_key == statement_key))


def resolve_question(conn: Connection, question_id: int) -> int:
    """Follow analysts' merges to the question that absorbed this one."""
    q = schema.questions
    seen = set()
    while question_id not in seen:
        seen.add(question_id)
        target = conn.scalar(select(q.c.merged_into).where(q.c.id == question_id))
        if target is None:
            break
        question_id = int(target)
    return question_id


def list_questions(conn: Connection) -> list[Question]:
    q, t = schema.questions, schema.linked
    sizes = (
        select(t.c.question_id, func.count().label("n"))
        .where(t.c.statement_idx.is_not(None))
        .group_by(t.c.question_id)
        .subquery()
    )
    rows = conn.execute(
        select(q, sizes.c.n)
        .select_from(q.join(sizes, sizes.c.question_id == q.c.id))
        .where(q.c.merged_into.is_(None))
        .order_by(sizes.c.n.desc(), q.c.id)
    ).all()
    return [_question(r._mapping, size=r.n) for r in rows]


def name_question(conn: Connection, question_id: int, name: str) -> None:
    q = schema.questions
    conn.execute(q.update().where(q.c.id == question_id).values(name=name, named_by_analyst=True))


def rename_generated_question(conn: Connection, question_id: int, name: str) -> None:
    """Give a question a better generated name; a name an analyst chose is never replaced."""
    q = schema.questions
    conn.execute(
        q.update().where(q.c.id == question_id, q.c.named_by_analyst.is_(False)).values(name=name)
    )


def merge_questions(conn: Connection, keep: int, absorbed: int) -> None:
    """Fold one question into another; statements and later linking follow the merge."""
    q, t = schema.questions, schema.linked
    conn.execute(q.update().where(q.c.id == absorbed).values(merged_into=keep))
    conn.execute(t.update().where(t.c.question_id == absorbed).values(question_id=keep))
    topics = conn.scalars(
        select(schema.question_topics.c.topic).where(
            schema.question_topics.c.question_id == absorbed
        )
    ).all()
    add_question_topics(conn, keep, topics)


def split_question(conn: Connection, statement_keys: Sequence[str], name: str) -> int:
    """Move statements to a new question the analyst names; the move survives re-processing."""
    t, o = schema.linked, schema.question_overrides
    question_id = add_question(conn, name, [])
    name_question(conn, question_id, name)
    for key in statement_keys:
        conn.execute(o.delete().where(o.c.statement_key == key))
        conn.execute(o.insert().values(statement_key=key, question_id=question_id))
        conn.execute(t.update().where(t.c.key == key).values(question_id=question_id))
    return question_id


def save_conflicts(conn: Connection, conflicts: Sequence[Conflict]) -> int:
    """Insert new conflicts, refresh known ones; an analyst's status is never overwritten."""
    c = schema.conflicts
    new = 0
    for conflict in conflicts:
        values = {
            "first_key": conflict.first,
            "second_key": conflict.second,
            "kind": conflict.kind,
            "reason": conflict.reason,
            "triggers": list(conflict.triggers),
            "question_id": conflict.question,
        }
        updated = conn.execute(c.update().where(c.c.pair_key == conflict.key).values(values))
        if updated.rowcount == 0:
            conn.execute(
                c.insert().values(
                    pair_key=conflict.key, status="open", found_at=datetime.now(UTC), **values
                )
            )
            new += 1
    return new


def list_conflicts(
    conn: Connection,
    *,
    since: date | None = None,
    until: date | None = None,
    question: int | None = None,
    status: str | None = None,
) -> list[StoredConflict]:
    """Conflicts whose statements are both stored, newest second statement first."""
    c, t, a = schema.conflicts, schema.linked, schema.articles
    first, second = t.alias("first"), t.alias("second")
    first_article, second_article = a.alias("fa"), a.alias("sa")
    q = schema.questions
    query = (
        select(
            c,
            *[col.label(f"f_{col.name}") for col in first.c],
            *[col.label(f"s_{col.name}") for col in second.c],
            first_article.c.title.label("f_title"),
            second_article.c.title.label("s_title"),
            q.c.name.label("question_name"),
        )
        .select_from(
            c.join(first, first.c.key == c.c.first_key)
            .join(second, second.c.key == c.c.second_key)
            .join(first_article, first_article.c.id == first.c.article_id)
            .join(second_article, second_article.c.id == second.c.article_id)
            .outerjoin(q, q.c.id == c.c.question_id)
        )
        .order_by(second.c.published.desc(), c.c.id)
    )
    if since is not None:
        query = query.where(second.c.published >= since)
    if until is not None:
        query = query.where(second.c.published <= until)
    if question is not None:
        query = query.where(c.c.question_id == question)
    found: dict[str, StoredConflict] = {}
    for row in conn.execute(query):
        m = row._mapping
        conflict = Conflict(
            first=m["first_key"],
            second=m["second_key"],
            kind=_kind(m["kind"]),
            reason=m["reason"],
            triggers=tuple(m["triggers"]),
            question=m["question_id"],
        )
        # A statement key can repeat when one article is stored under two documents.
        found.setdefault(
            m["pair_key"],
            StoredConflict(
                conflict=conflict,
                status=m["status"],
                first=_linked(_prefixed(m, "f_")),
                second=_linked(_prefixed(m, "s_")),
                first_title=m["f_title"],
                second_title=m["s_title"],
                question_name=m["question_name"],
            ),
        )
    flags = _disagreements(conn, list(found.values()))
    return [f for f in flags if status is None or f.status == status]


def _disagreements(conn: Connection, pairs: list[StoredConflict]) -> list[StoredConflict]:
    """Group restated pairs into one flag each, in the order of their newest pair.

    A flag's status is the analyst's verdict on any of its pairs (the latest pair reviewed), so a
    restatement found after a dismissal joins the dismissed flag instead of reopening it.
    """
    speakers = _speaker_entities(conn, {s.speaker for p in pairs for s in (p.first, p.second)})
    groups: dict[str, list[StoredConflict]] = {}
    for pair in pairs:  # newest second statement first
        groups.setdefault(_disagreement_key(pair, speakers), []).append(pair)
    flags = []
    for key, members in groups.items():
        members.sort(key=lambda p: (_day(p.second), _day(p.first), p.conflict.key))
        reviewed = [p.status for p in members if p.status != "open"]
        flags.append(
            replace(
                members[0],
                status=reviewed[-1] if reviewed else "open",
                pairs=tuple((p.first, p.second) for p in members),
                disagreement=key,
            )
        )
    return flags


def _disagreement_key(pair: StoredConflict, speakers: Mapping[str, str]) -> str:
    """Kind, the two speakers (as the registry knows them) and the actions both statements name."""
    who = [
        speakers.get(s.speaker, s.speaker_key or s.speaker.lower())
        for s in (pair.first, pair.second)
    ]
    if pair.conflict.kind != "self_contradiction":
        who.sort()
    acts = {t for t in pair.first.topics if t.startswith("a:")}
    frame = sorted(acts & {t for t in pair.second.topics if t.startswith("a:")})
    text = "\n".join([pair.conflict.kind, *who, *frame])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _speaker_entities(conn: Connection, names: Iterable[str]) -> dict[str, str]:
    """Speaker names the registry knows, mapped to their entity's key (Vesk and Веск are one)."""
    al, en = schema.registry_aliases, schema.registry_entities
    rows = conn.execute(
        select(al.c.alias, en.c.key)
        .select_from(al.join(en))
        .where(al.c.alias.in_(sorted(set(names))))
    )
    return {row.alias: row.key for row in rows}


def _day(statement: LinkedStatement) -> date:
    return statement.published or date.min


def set_conflict_status(conn: Connection, pair_key: str, status: ConflictStatus) -> bool:
    """Set the verdict on the flag holding this pair (or with this disagreement key): every pair
    that restates the disagreement gets it, so it holds whichever pair shows next time."""
    c = schema.conflicts
    flag = next(
        (
            f
            for f in list_conflicts(conn)
            if f.disagreement == pair_key or any(_pair_key(a, b) == pair_key for a, b in f.pairs)
        ),
        None,
    )
    keys = [pair_key] if flag is None else [_pair_key(a, b) for a, b in flag.pairs]
    return bool(
        conn.execute(c.update().where(c.c.pair_key.in_(keys)).values(status=status)).rowcount
    )


def _pair_key(first: LinkedStatement, second: LinkedStatement) -> str:
    return Conflict(first.key, second.key, "polarity", "").key


def list_commitments(conn: Connection) -> list[StoredCommitment]:
    t, a, r = schema.linked, schema.articles, schema.commitment_reviews
    rows = conn.execute(
        select(t, a.c.title.label("a_title"), r.c.status.label("reviewed"))
        .select_from(t.join(a, a.c.id == t.c.article_id).outerjoin(r, r.c.statement_key == t.c.key))
        .where(t.c.is_commitment.is_(True))
        .order_by(t.c.published, t.c.id)
    ).all()
    return [
        StoredCommitment(
            _linked(dict(row._mapping)), row.due, row.condition, row.a_title, row.reviewed
        )
        for row in rows
    ]


def review_commitment(conn: Connection, statement_key: str, status: str) -> None:
    r = schema.commitment_reviews
    conn.execute(r.delete().where(r.c.statement_key == statement_key))
    conn.execute(
        r.insert().values(statement_key=statement_key, status=status, reviewed_at=datetime.now(UTC))
    )


def save_event_dates(conn: Connection, article_id: int, events: Sequence[tuple[str, str]]) -> None:
    e = schema.event_dates
    conn.execute(e.delete().where(e.c.article_id == article_id))
    if events:
        conn.execute(
            e.insert(), [{"article_id": article_id, "event": k, "end_date": d} for k, d in events]
        )


def event_ends(conn: Connection, events: Iterable[str]) -> dict[str, list[str]]:
    """Every end date stated for each event, in the order stored."""
    e = schema.event_dates
    found: dict[str, list[str]] = {}
    rows = conn.execute(
        select(e.c.event, e.c.end_date).where(e.c.event.in_(sorted(set(events)))).order_by(e.c.id)
    )
    for row in rows:
        found.setdefault(row.event, []).append(row.end_date)
    return found


# -- registry ---------------------------------------------------------------------------------


def known_aliases(conn: Connection, alias_keys: Iterable[str]) -> dict[str, str]:
    """Map the alias keys the registry knows to their entity's key."""
    al, en = schema.registry_aliases, schema.registry_entities
    rows = conn.execute(
        select(al.c.alias_key, en.c.key)
        .select_from(al.join(en))
        .where(al.c.alias_key.in_(sorted(set(alias_keys))))
    )
    return {row.alias_key: row.key for row in rows}


def save_entities(
    conn: Connection, records: Sequence[EntityRecord], alias_key: dict[str, str]
) -> None:
    """Add new entities and aliases; existing names (and analysts' renames) are kept."""
    en, al = schema.registry_entities, schema.registry_aliases
    if not records:
        return
    # Two look-ups for the whole article instead of two per name.
    entity_ids = {
        key: int(entity_id)
        for key, entity_id in conn.execute(
            select(en.c.key, en.c.id).where(en.c.key.in_(sorted({r.key for r in records})))
        )
    }
    wanted = {alias_key.get(a, a) for r in records for a in (r.key, *r.aliases)}
    known = set(conn.scalars(select(al.c.alias_key).where(al.c.alias_key.in_(sorted(wanted)))))
    new_aliases = []
    for record in records:
        entity_id = entity_ids.get(record.key)
        if entity_id is None:
            key = conn.execute(
                en.insert().values(key=record.key, name=record.name, label=record.label)
            ).inserted_primary_key
            assert key is not None
            entity_id = entity_ids[record.key] = int(key[0])
        for alias in (record.key, *record.aliases):
            folded = alias_key.get(alias, alias)
            if folded not in known:
                known.add(folded)
                new_aliases.append({"entity_id": entity_id, "alias_key": folded, "alias": alias})
    if new_aliases:
        conn.execute(al.insert(), new_aliases)


def list_entities(conn: Connection) -> list[EntityRecord]:
    en, al = schema.registry_entities, schema.registry_aliases
    aliases: dict[int, list[str]] = {}
    for row in conn.execute(select(al.c.entity_id, al.c.alias).order_by(al.c.alias)):
        aliases.setdefault(row.entity_id, []).append(row.alias)
    return [
        EntityRecord(row.key, row.name, row.label, tuple(aliases.get(row.id, ())))
        for row in conn.execute(select(en).order_by(en.c.name))
    ]


def merge_entities(conn: Connection, keep: str, absorbed: str) -> bool:
    """Move every alias of `absorbed` to `keep` and drop it; False if either is unknown."""
    en, al = schema.registry_entities, schema.registry_aliases
    keep_id = conn.scalar(select(en.c.id).where(en.c.key == keep))
    gone_id = conn.scalar(select(en.c.id).where(en.c.key == absorbed))
    if keep_id is None or gone_id is None or keep_id == gone_id:
        return False
    conn.execute(al.update().where(al.c.entity_id == gone_id).values(entity_id=keep_id))
    conn.execute(en.delete().where(en.c.id == gone_id))
    return True


def rename_entity(conn: Connection, key: str, name: str) -> bool:
    en = schema.registry_entities
    result = conn.execute(en.update().where(en.c.key == key).values(name=name, renamed=True))
    return bool(result.rowcount)


def add_alias(conn: Connection, key: str, alias: str, alias_key: str) -> bool:
    """Teach the registry that `alias` names the entity `key` (an analyst's edit)."""
    en, al = schema.registry_entities, schema.registry_aliases
    entity_id = conn.scalar(select(en.c.id).where(en.c.key == key))
    if entity_id is None:
        return False
    conn.execute(al.delete().where(al.c.alias_key == alias_key))
    conn.execute(
        al.insert().values(entity_id=entity_id, alias_key=alias_key, alias=alias, by_analyst=True)
    )
    return True


def _prefixed(m: RowMapping, prefix: str) -> dict[str, Any]:
    return {k[len(prefix) :]: v for k, v in m.items() if k.startswith(prefix)}


def _kind(value: str) -> ConflictKind:
    kinds: tuple[ConflictKind, ...] = (
        "polarity",
        "definite_vs_undecided",
        "number",
        "date",
        "self_contradiction",
    )
    return next(k for k in kinds if k == value)


def _question(m: RowMapping, size: int | None = None) -> Question:
    return Question(
        id=m["id"],
        name=m["name"],
        topics=tuple(m["topics"] or ()),
        size=m["size"] if size is None else size,
    )


def _linked(m: Mapping[str, Any]) -> LinkedStatement:
    figures = tuple(Figure(value=v, unit=u, text=t, bound=b) for v, u, t, b in m["figures"])
    return LinkedStatement(
        key=m["key"],
        speaker=m["speaker"],
        speaker_key=m["speaker_key"],
        content=m["content"],
        language=m["language"],
        published=m["published"],
        article_url=m["article_url"],
        polarity=m["polarity"],
        modality=m["modality"],
        topics=tuple(m["topics"]),
        figures=figures,
        dates=tuple(m["dates"]),
        context=m["context"],
        question=m["question_id"],
        id=m["id"],
        frame=frame_record(m["frame"]),
    )

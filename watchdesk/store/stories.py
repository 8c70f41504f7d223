"""Edge: what the store keeps per site (learned boilerplate) and per story (near-duplicate groups).

`Store` exposes these as methods; this module holds the SQL. Which articles are copies of one
another is decided by `analysis/duplicates.py`; this module finds the few candidates by their LSH
band keys and records the decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Connection, delete, func, insert, select, update

from watchdesk.records import ArticleRef
from watchdesk.store import schema

RECENT_PAGES_MAX = 200  # pages of one site a boilerplate model learns from at most


@dataclass(frozen=True, slots=True)
class StoryCandidate:
    """What deciding whether an article copies another needs to know of a stored article."""

    article_id: int
    url: str
    canonical_url: str | None
    site: str | None
    syndicated_from: str | None
    published: date | None
    signature: bytes


@dataclass(frozen=True, slots=True)
class Story:
    """Copies of one story: the original, every member, and why they were grouped."""

    id: int
    canonical_id: int | None
    members: tuple[ArticleRef, ...]
    evidence: tuple[str, ...]


# -- boilerplate -----------------------------------------------------------------------------


def boilerplate(conn: Connection, site_key: str) -> tuple[str, int] | None:
    """The stored model of a site (its JSON) and how many pages it was learned from."""
    t = schema.site_boilerplate
    row = conn.execute(select(t.c.model, t.c.pages_seen).where(t.c.site_key == site_key)).first()
    return (row.model, int(row.pages_seen)) if row else None


def save_boilerplate(conn: Connection, site_key: str, model_json: str, pages_seen: int) -> None:
    t = schema.site_boilerplate
    values = {"model": model_json, "pages_seen": pages_seen, "learned_at": datetime.now(UTC)}
    changed = conn.execute(update(t).where(t.c.site_key == site_key).values(**values)).rowcount
    if not changed:
        conn.execute(insert(t).values(site_key=site_key, **values))


def site_page_count(conn: Connection, site_key: str) -> int:
    """How many distinct URLs of the site are stored."""
    d = schema.documents
    query = select(func.count(func.distinct(d.c.uri))).where(d.c.site_key == site_key)
    return int(conn.execute(query).scalar_one())


def site_pages(conn: Connection, site_key: str, limit: int = RECENT_PAGES_MAX) -> list[bytes]:
    """The latest version of the site's most recently stored pages, one per URL."""
    d = schema.documents
    latest = (
        select(func.max(d.c.id).label("id"))
        .where(d.c.site_key == site_key, d.c.content_type == "text/html")
        .group_by(d.c.uri)
        .order_by(func.max(d.c.id).desc())
        .limit(limit)
        .subquery()
    )
    rows = conn.execute(select(d.c.content).join(latest, latest.c.id == d.c.id))
    return [bytes(row.content) for row in rows]


def site_documents(conn: Connection, site_key: str) -> list[int]:
    """Ids of the site's documents that have an article, oldest first."""
    d, a = schema.documents, schema.articles
    rows = conn.execute(
        select(d.c.id).join(a, a.c.document_id == d.c.id).where(d.c.site_key == site_key)
    )
    return sorted(int(row.id) for row in rows)


# -- stories ---------------------------------------------------------------------------------


def save_signature(
    conn: Connection, article_id: int, signature: bytes, band_keys: Sequence[str]
) -> None:
    """Replace the article's signature and its band keys."""
    conn.execute(
        delete(schema.article_signatures).where(
            schema.article_signatures.c.article_id == article_id
        )
    )
    conn.execute(delete(schema.story_bands).where(schema.story_bands.c.article_id == article_id))
    conn.execute(
        insert(schema.article_signatures).values(article_id=article_id, signature=signature)
    )
    conn.execute(
        insert(schema.story_bands),
        [{"band_key": key, "article_id": article_id} for key in dict.fromkeys(band_keys)],
    )


def story_candidates(
    conn: Connection, article_id: int, band_keys: Sequence[str], urls: Sequence[str]
) -> list[StoryCandidate]:
    """Stored articles sharing a band key with the article, or at one of `urls`, and their kin.

    Members of a candidate's story come along, so the decision sees whole groups.
    """
    a, b, sig = schema.articles, schema.story_bands, schema.article_signatures
    by_band = select(b.c.article_id).where(b.c.band_key.in_(list(band_keys)))
    by_url = select(a.c.id).where(a.c.url.in_(list(urls)) | a.c.canonical_url.in_(list(urls)))
    ids = {int(r[0]) for r in conn.execute(by_band.union(by_url))} - {article_id}
    if not ids:
        return []
    m = schema.story_members
    stories = select(m.c.story_id).where(m.c.article_id.in_(ids))
    ids |= {
        int(r[0]) for r in conn.execute(select(m.c.article_id).where(m.c.story_id.in_(stories)))
    }
    ids.discard(article_id)
    rows = conn.execute(
        select(
            a.c.id,
            a.c.url,
            a.c.canonical_url,
            a.c.site,
            a.c.syndicated_from,
            a.c.published,
            sig.c.signature,
        )
        .join(sig, sig.c.article_id == a.c.id)
        .where(a.c.id.in_(ids))
        .order_by(a.c.id)
    )
    return [
        StoryCandidate(
            article_id=row.id,
            url=row.url,
            canonical_url=row.canonical_url,
            site=row.site,
            syndicated_from=row.syndicated_from,
            published=row.published,
            signature=bytes(row.signature),
        )
        for row in rows
    ]


def join_story(
    conn: Connection,
    article_id: int,
    matched_ids: Sequence[int],
    canonical_id: int,
    evidence: Sequence[str],
) -> int:
    """Put the article in the story of the articles it copies, merging their stories; its id."""
    m, s = schema.story_members, schema.stories
    involved = [article_id, *matched_ids]
    existing = sorted(
        {int(r[0]) for r in conn.execute(select(m.c.story_id).where(m.c.article_id.in_(involved)))}
    )
    now = datetime.now(UTC)
    if existing:
        story_id, merged = existing[0], existing[1:]
        old = conn.execute(select(s.c.evidence).where(s.c.id.in_(existing))).all()
        kept = [line for row in old for line in row.evidence]
    else:
        created = conn.execute(insert(s).values(evidence=[], updated_at=now)).inserted_primary_key
        assert created is not None  # an INSERT of one row reports its key
        story_id = int(created[0])
        merged, kept = [], []
    if merged:
        conn.execute(update(m).where(m.c.story_id.in_(merged)).values(story_id=story_id))
        conn.execute(delete(s).where(s.c.id.in_(merged)))
    members = {
        int(r[0]) for r in conn.execute(select(m.c.article_id).where(m.c.story_id == story_id))
    }
    # Every involved article's story was merged above, so the rest belong to no story yet.
    new_members = [i for i in dict.fromkeys(involved) if i not in members]
    if new_members:
        conn.execute(insert(m), [{"article_id": i, "story_id": story_id} for i in new_members])
    conn.execute(
        update(s)
        .where(s.c.id == story_id)
        .values(
            canonical_article_id=canonical_id,
            evidence=list(dict.fromkeys([*kept, *evidence])),
            updated_at=now,
        )
    )
    return story_id


def story_of(conn: Connection, article_id: int) -> Story | None:
    """The story the article belongs to, with every member, original first."""
    m, s, a = schema.story_members, schema.stories, schema.articles
    row = conn.execute(
        select(s.c.id, s.c.canonical_article_id, s.c.evidence)
        .join(m, m.c.story_id == s.c.id)
        .where(m.c.article_id == article_id)
    ).first()
    if row is None:
        return None
    members = conn.execute(
        select(a.c.id, a.c.url, a.c.title, a.c.site, a.c.published, a.c.language)
        .join(m, m.c.article_id == a.c.id)
        .where(m.c.story_id == row.id)
        .order_by(a.c.published, a.c.id)
    ).all()
    refs = [ArticleRef(r.id, r.url, r.title, r.site, r.published, r.language) for r in members]
    refs.sort(key=lambda ref: ref.id != row.canonical_article_id)  # the original first
    return Story(row.id, row.canonical_article_id, tuple(refs), tuple(row.evidence))

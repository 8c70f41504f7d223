"""Edge: newsletter subscribers, their pending requests, and the record of every delivery.

`Store` exposes these as methods. A request waits for its confirmation link; confirming it makes
(or updates) a subscriber. Requests double as the rate limit's memory: a client address or an
address that asked too often recently is refused, as the login lock does with failures.

Deliveries are recorded at most once per subscriber and brief language version (a unique key),
and the record is written *before* the mail goes to the SMTP server: a run claims the rows in a
transaction, hands the message over, then marks them sent. A run that dies in between leaves
rows "claimed", and those are reported and never sent again. That is the at-most-once choice:
for a newsletter, a brief that may have gone missing (and which the operator can see) is better
than one that may arrive twice.

A brief edited after it was published and published again is a correction. Its versions carry a
new publication time; a subscriber who was sent an earlier publication gets the new one once, as
an update: the delivery row moves to the new publication by a conditional update (only from a
row marked sent at the earlier time), so two runs cannot both claim it and a crash leaves it
claimed, never resent. A run reads only what each subscriber has not been sent in its current
publication (`unsent_briefs`), so the work of a send does not grow with the archive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from sqlalchemy import Connection, RowMapping, and_, func, or_, select

from watchdesk.records import PublishedBrief
from watchdesk.store import schema
from watchdesk.store.briefs import published_query, published_row
from watchdesk.store.themes import themes as theme_table

CLIENT_REQUESTS = 5  # subscription requests per client address …
CLIENT_WINDOW = timedelta(hours=1)  # … in this long
ADDRESS_REQUESTS = 3  # confirmation mails to one address …
ADDRESS_WINDOW = timedelta(days=1)  # … in this long: nobody can be flooded through the form
REQUESTS_KEPT = timedelta(days=30)  # older requests serve neither a link nor the limit

DeliveryState = Literal["claimed", "sent", "failed"]


@dataclass(frozen=True, slots=True)
class Subscriber:
    """A confirmed address with its language and themes (every theme when `all_themes`)."""

    id: int
    email: str
    language: str
    themes: tuple[int, ...]
    all_themes: bool
    confirmed_at: datetime
    unsubscribed_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.unsubscribed_at is None


@dataclass(frozen=True, slots=True)
class SubscriptionRequest:
    """A subscription asked for in the form, waiting for its confirmation link to be opened."""

    id: int
    email: str
    language: str
    themes: tuple[int, ...]
    all_themes: bool
    requested_at: datetime
    confirmed_at: datetime | None


@dataclass(frozen=True, slots=True)
class Delivery:
    """One brief language version sent (or being sent) to one subscriber."""

    subscriber_id: int
    email: str
    brief_id: int
    language: str
    message_id: str
    state: DeliveryState
    claimed_at: datetime
    finished_at: datetime | None
    error: str | None
    published_at: datetime | None = None  # the publication of the version this row mailed


class ClaimLost(Exception):
    """Another run moved a delivery row first: the whole claim is rolled back."""


def client_key(client: str) -> str:
    """Client addresses are kept only as digests: the limit needs equality, not the address."""
    return hashlib.sha256(client.encode()).hexdigest()


def request_subscription(
    conn: Connection,
    email: str,
    language: str,
    themes: Sequence[int],
    all_themes: bool,
    client: str,
    now: datetime,
) -> SubscriptionRequest | None:
    """Record a request; None when the client or the address asked too often lately."""
    r = schema.subscription_requests
    conn.execute(r.delete().where(r.c.requested_at < now - REQUESTS_KEPT))
    key = client_key(client)
    by_client = conn.scalar(
        select(func.count()).where(r.c.client == key, r.c.requested_at > now - CLIENT_WINDOW)
    )
    by_address = conn.scalar(
        select(func.count()).where(r.c.email == email, r.c.requested_at > now - ADDRESS_WINDOW)
    )
    if (by_client or 0) >= CLIENT_REQUESTS or (by_address or 0) >= ADDRESS_REQUESTS:
        return None
    chosen = sorted(set(themes))
    row = {
        "email": email,
        "client": key,
        "language": language,
        "themes": chosen,
        "all_themes": all_themes,
        "requested_at": now,
    }
    found = conn.execute(r.insert().values(row)).inserted_primary_key
    assert found is not None  # an INSERT of one row always reports its key
    return SubscriptionRequest(int(found[0]), email, language, tuple(chosen), all_themes, now, None)


def subscription_request(conn: Connection, request_id: int) -> SubscriptionRequest | None:
    r = schema.subscription_requests
    row = conn.execute(select(r).where(r.c.id == request_id)).first()
    if row is None:
        return None
    m = row._mapping
    return SubscriptionRequest(
        m["id"],
        m["email"],
        m["language"],
        tuple(m["themes"]),
        m["all_themes"],
        m["requested_at"],
        m["confirmed_at"],
    )


def confirm_subscription(conn: Connection, request_id: int, now: datetime) -> Subscriber | None:
    """Make the request's subscriber (or update theirs) once; None for an unknown request.

    A second click on the same link changes nothing: it cannot undo a later unsubscribe.
    """
    request = subscription_request(conn, request_id)
    if request is None:
        return None
    if request.confirmed_at is not None:
        return subscriber(conn, email=request.email)
    r, s, st = (
        schema.subscription_requests,
        schema.subscribers,
        schema.subscriber_themes,
    )
    conn.execute(r.update().where(r.c.id == request_id).values(confirmed_at=now))
    values = {"language": request.language, "all_themes": request.all_themes}
    existing = conn.execute(select(s.c.id, s.c.unsubscribed_at).where(s.c.email == request.email))
    found = existing.first()
    if found is None:
        inserted = conn.execute(
            s.insert().values(email=request.email, confirmed_at=now, **values)
        ).inserted_primary_key
        assert inserted is not None
        subscriber_id = int(inserted[0])
    else:
        subscriber_id = found.id
        if found.unsubscribed_at is not None:
            # Coming back starts a new subscription: its first mail looks back from now.
            values |= {"confirmed_at": now, "unsubscribed_at": None}
        conn.execute(s.update().where(s.c.id == subscriber_id).values(**values))
        conn.execute(st.delete().where(st.c.subscriber_id == subscriber_id))
    # A theme removed since the form was sent is dropped silently.
    known = conn.scalars(select(theme_table.c.id).where(theme_table.c.id.in_(request.themes))).all()
    if known:
        conn.execute(st.insert(), [{"subscriber_id": subscriber_id, "theme_id": t} for t in known])
    return subscriber(conn, subscriber_id)


def subscriber(
    conn: Connection, subscriber_id: int | None = None, *, email: str | None = None
) -> Subscriber | None:
    s = schema.subscribers
    condition = s.c.id == subscriber_id if subscriber_id is not None else s.c.email == email
    found = _subscribers(conn, condition)
    return found[0] if found else None


def subscribers(conn: Connection, *, active_only: bool = True) -> list[Subscriber]:
    s = schema.subscribers
    return _subscribers(conn, s.c.unsubscribed_at.is_(None) if active_only else None)


def unsubscribe(conn: Connection, subscriber_id: int, now: datetime) -> bool:
    """End a subscription; the address and its deliveries stay, so a return resends nothing."""
    s = schema.subscribers
    changed = conn.execute(
        s.update()
        .where(s.c.id == subscriber_id, s.c.unsubscribed_at.is_(None))
        .values(unsubscribed_at=now)
    )
    return changed.rowcount > 0


def _subscribers(conn: Connection, condition: object) -> list[Subscriber]:
    s, st = schema.subscribers, schema.subscriber_themes
    query = select(s).order_by(s.c.email)
    if condition is not None:
        query = query.where(condition)  # type: ignore[arg-type]
    rows = [row._mapping for row in conn.execute(query)]
    chosen: dict[int, list[int]] = {}
    if rows:
        pairs = conn.execute(
            select(st.c.subscriber_id, st.c.theme_id).where(
                st.c.subscriber_id.in_([m["id"] for m in rows])
            )
        )
        for subscriber_id, theme_id in pairs:
            chosen.setdefault(subscriber_id, []).append(theme_id)
    return [_subscriber(m, chosen.get(m["id"], [])) for m in rows]


def _subscriber(m: RowMapping, theme_ids: list[int]) -> Subscriber:
    return Subscriber(
        m["id"],
        m["email"],
        m["language"],
        tuple(sorted(theme_ids)),
        m["all_themes"],
        m["confirmed_at"],
        m["unsubscribed_at"],
    )


# -- deliveries: claimed before the mail goes out, confirmed after ---------------------------


def delivered(conn: Connection, subscriber_id: int) -> set[tuple[int, str]]:
    """(brief id, language) of every version claimed for the subscriber, whatever its state."""
    d = schema.newsletter_deliveries
    rows = conn.execute(
        select(d.c.brief_id, d.c.language).where(d.c.subscriber_id == subscriber_id)
    )
    return {(row.brief_id, row.language) for row in rows}


def deliveries_to(conn: Connection, subscriber_id: int) -> dict[tuple[int, str], Delivery]:
    """Every delivery row of the subscriber by (brief id, language)."""
    return {(d.brief_id, d.language): d for d in deliveries(conn, subscriber_id=subscriber_id)}


def unsent_briefs(
    conn: Connection,
    subscriber_id: int,
    language: str,
    theme_ids: Sequence[int] | None,
    since: datetime,
) -> list[PublishedBrief]:
    """Published versions in the subscriber's language and themes (None: every theme) from
    `since` on that were never claimed for them, or were sent at an earlier publication (a
    correction due). A version whose claim failed or never confirmed is not offered again."""
    v, d = schema.brief_versions, schema.newsletter_deliveries
    mine = and_(
        d.c.subscriber_id == subscriber_id,
        d.c.brief_id == v.c.brief_id,
        d.c.language == v.c.language,
    )
    up_to_date = select(d.c.id).where(
        mine, or_(d.c.state != "sent", d.c.published_at >= v.c.published_at)
    )
    query = published_query(language=language, since=since).where(~up_to_date.exists())
    if theme_ids is not None:
        query = query.where(schema.briefs.c.theme_id.in_(list(theme_ids)))
    return [published_row(row) for row in conn.execute(query)]


def claim_delivery(
    conn: Connection,
    subscriber_id: int,
    versions: Sequence[tuple[int, str, datetime]],
    message_id: str,
    now: datetime,
    replacing: Sequence[Delivery] = (),
) -> None:
    """Claim (brief id, language, published at) versions for one message; the unique key
    refuses (IntegrityError) a version claimed already, and the caller rolls back the lot.

    A version in `replacing` (the rows of its earlier publication, sent) is a correction: its
    row moves to the new publication only if it is still that sent row (ClaimLost otherwise).
    """
    d = schema.newsletter_deliveries
    earlier = {(r.brief_id, r.language): r for r in replacing}
    for brief_id, language, published_at in versions:
        old = earlier.get((brief_id, language))
        if old is None:
            continue
        moved = conn.execute(
            d.update()
            .where(
                d.c.subscriber_id == subscriber_id,
                d.c.brief_id == brief_id,
                d.c.language == language,
                d.c.state == "sent",
                d.c.message_id == old.message_id,
            )
            .values(
                published_at=published_at,
                message_id=message_id,
                state="claimed",
                claimed_at=now,
                finished_at=None,
                error=None,
            )
        )
        if moved.rowcount != 1:
            raise ClaimLost(f"{brief_id}/{language} for subscriber {subscriber_id}")
    versions = [x for x in versions if (x[0], x[1]) not in earlier]
    if not versions:
        return
    rows = [
        {
            "subscriber_id": subscriber_id,
            "brief_id": brief_id,
            "language": language,
            "published_at": published_at,
            "message_id": message_id,
            "state": "claimed",
            "claimed_at": now,
        }
        for brief_id, language, published_at in versions
    ]
    conn.execute(schema.newsletter_deliveries.insert(), rows)


def finish_delivery(
    conn: Connection, message_id: str, state: DeliveryState, error: str | None, now: datetime
) -> None:
    d = schema.newsletter_deliveries
    conn.execute(
        d.update()
        .where(d.c.message_id == message_id)
        .values(state=state, error=error, finished_at=now)
    )


def release_delivery(conn: Connection, message_id: str, restore: Sequence[Delivery] = ()) -> None:
    """Forget a claim whose message the server certainly did not take, so a later run sends it:
    a correction's row goes back to the earlier publication it was sent at (`restore`)."""
    d = schema.newsletter_deliveries
    for old in restore:
        conn.execute(
            d.update()
            .where(
                d.c.message_id == message_id,
                d.c.state == "claimed",
                d.c.subscriber_id == old.subscriber_id,
                d.c.brief_id == old.brief_id,
                d.c.language == old.language,
            )
            .values(
                published_at=old.published_at,
                message_id=old.message_id,
                state=old.state,
                claimed_at=old.claimed_at,
                finished_at=old.finished_at,
                error=old.error,
            )
        )
    conn.execute(d.delete().where(d.c.message_id == message_id, d.c.state == "claimed"))


def deliveries(
    conn: Connection, state: DeliveryState | None = None, *, subscriber_id: int | None = None
) -> list[Delivery]:
    d, s = schema.newsletter_deliveries, schema.subscribers
    query = select(d, s.c.email).select_from(d.join(s)).order_by(d.c.claimed_at, d.c.id)
    if state is not None:
        query = query.where(d.c.state == state)
    if subscriber_id is not None:
        query = query.where(d.c.subscriber_id == subscriber_id)
    return [
        Delivery(
            m["subscriber_id"],
            m["email"],
            m["brief_id"],
            m["language"],
            m["message_id"],
            m["state"],
            m["claimed_at"],
            m["finished_at"],
            m["error"],
            m["published_at"],
        )
        for m in (row._mapping for row in conn.execute(query))
    ]


def utc_now() -> datetime:
    return datetime.now(UTC)

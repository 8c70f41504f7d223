"""Edge: the narrow persistence interface. `open_store(url)` is the way in."""

from watchdesk.store.accounts import ROLES, Session, User
from watchdesk.store.profiles import EntitySummary, SearchFilters, SpeakerSummary
from watchdesk.store.store import Store, open_store

__all__ = [
    "ROLES",
    "EntitySummary",
    "SearchFilters",
    "Session",
    "SpeakerSummary",
    "Store",
    "User",
    "open_store",
]

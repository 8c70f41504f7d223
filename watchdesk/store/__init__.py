"""Edge: the narrow persistence interface. `open_store(url)` is the way in."""

from watchdesk.store.accounts import ROLES, Session, User
from watchdesk.store.store import Store, open_store

__all__ = ["ROLES", "Session", "Store", "User", "open_store"]

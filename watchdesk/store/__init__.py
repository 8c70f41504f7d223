"""Edge: the narrow persistence interface. `open_store(url)` is the way in."""

from watchdesk.store.store import Store, open_store

__all__ = ["Store", "open_store"]

"""Request-scoped dependencies: the store the app was built over."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from watchdesk.store import Store


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(_store)]

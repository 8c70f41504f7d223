"""One way to page every list: the store reads a `Page` of rows and counts the whole list.

Lists stopped silently at a fixed length ("200 statements" of 525 stored). Now each list read
takes a Page (offset and limit) and answers a `Paged`: the rows, how many the list holds, and
where the next page starts; the desk's pages and `/api/v1` build their links from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

PAGE_SIZE = 50  # rows per desk page unless a list says otherwise


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of a list to read: `limit` rows after the first `offset`."""

    offset: int = 0
    limit: int = PAGE_SIZE

    @classmethod
    def numbered(cls, number: int, size: int = PAGE_SIZE) -> Page:
        """Page `number` (from 1) of pages of `size` rows, as the desk's links count them."""
        return cls((max(number, 1) - 1) * size, size)

    @property
    def number(self) -> int:
        return self.offset // self.limit + 1

    @property
    def size(self) -> int:
        return self.limit

    def cut(self, rows: Sequence[T]) -> list[T]:
        """This page of a list already read whole (lists the analysis ranks in Python)."""
        return list(rows[self.offset : self.offset + self.limit])


FIRST_PAGE = Page()


@dataclass(frozen=True, slots=True)
class Paged(Generic[T]):
    """One page of a list, and how many rows the whole list has."""

    items: tuple[T, ...]
    total: int
    page: Page

    @classmethod
    def of(cls, rows: Sequence[T], page: Page) -> Paged[T]:
        """Page a list read whole."""
        return cls(tuple(page.cut(rows)), len(rows), page)

    @property
    def next(self) -> Page | None:
        """The page after this one, or None on the last."""
        after = self.page.offset + self.page.limit
        return Page(after, self.page.limit) if after < self.total else None

    @property
    def previous(self) -> Page | None:
        if self.page.offset <= 0:
            return None
        return Page(max(self.page.offset - self.page.limit, 0), self.page.limit)

    @property
    def pages(self) -> int:
        """How many pages of this size the list fills (at least one)."""
        return max((self.total + self.page.limit - 1) // self.page.limit, 1)

    @property
    def first_shown(self) -> int:
        """Position (from 1) of this page's first row; 0 on an empty page."""
        return self.page.offset + 1 if self.items else 0

    @property
    def last_shown(self) -> int:
        return self.page.offset + len(self.items)

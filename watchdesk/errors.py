"""Errors watchdesk raises on purpose, each carrying the one-line message a user sees.

WatchdeskError
├── InputError              one input item (file, page, JSONL line) cannot be read; the run goes on
│   ├── EmptyDocument       nothing but white space
│   ├── BinaryDocument      bytes that are not text (NUL bytes, an image, an archive)
│   ├── DocumentTooLarge    over the configured size limit
│   ├── NoMainText          extraction found no article text in the page
│   ├── BadRecord           a JSONL line that is not a usable record
│   ├── FetchError          a URL cannot be fetched: network, timeout, HTTP status, robots.txt
│   │   └── AddressRefused  the URL or an address it leads to is not allowed (SSRF guard)
│   ├── FeedError           a feed or sitemap cannot be parsed
│   ├── BudgetExceeded      annotating one document ran past its time or memory budget
│   └── StageFailed         a stage raised on one document (a bug or a library failure)
├── ModelMissing            an NLP model package is not installed
├── StoreError              the database cannot be opened or migrated
├── AccountError            a user account cannot be added or changed (name taken, unknown role)
├── BriefError              a brief cannot be made or moved as asked (no such week, not paired yet)
└── LoginRefused            wrong name or password, or locked after too many failures
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import unquote, urlsplit


class WatchdeskError(Exception):
    """Base class; `str()` is the whole message for the user."""


class InputError(WatchdeskError):
    """One input item cannot be used. The message names the item first."""

    reason = "cannot be read"

    def __init__(self, item: str, detail: str | None = None) -> None:
        self.item = item
        self.detail = detail
        message = f"{_display(item)}: {self.reason}" + (f" ({detail})" if detail else "")
        super().__init__(message)

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str | None]]:
        # Rebuilt from item and detail: the default would pass the whole message as the item.
        return (type(self), (self.item, self.detail))


class EmptyDocument(InputError):
    reason = "empty document"


class BinaryDocument(InputError):
    reason = "binary content, not text"


class DocumentTooLarge(InputError):
    reason = "too large"


class NoMainText(InputError):
    reason = "no article text found"


class BadRecord(InputError):
    reason = "bad record"


class FetchError(InputError):
    reason = "fetch failed"


class AddressRefused(FetchError):
    reason = "refused"


class FeedError(InputError):
    reason = "not a readable feed or sitemap"


class BudgetExceeded(InputError):
    """Annotating one document ran past its time or memory budget; its worker was replaced."""

    reason = "annotation stopped"


class StageFailed(InputError):
    """A stage raised on one document; the detail names the exception, the run goes on."""

    reason = "processing failed"


class ModelMissing(WatchdeskError):
    """An NLP model package is missing; the message says which package to install."""


class StoreError(WatchdeskError):
    """The database cannot be opened, migrated or written."""


def _display(item: str) -> str:
    """Show a local file as the path a user typed, not as the file:// URI stored for it."""
    if item.startswith("file://"):
        return unquote(urlsplit(item).path)
    return item


# -- users and sessions ---------------------------------------------------------------------------


class AccountError(WatchdeskError):
    """A user account cannot be added or changed; the message says why."""


class BriefError(WatchdeskError):
    """A brief cannot be created, changed or published as asked; the message says why."""


class LoginRefused(WatchdeskError):
    """A login failed; `locked_until` is set while the account or address is locked."""

    def __init__(self, message: str, locked_until: datetime | None = None) -> None:
        self.locked_until = locked_until
        super().__init__(message)

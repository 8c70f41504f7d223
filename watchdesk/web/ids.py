"""Row ids and list offsets as the databases can hold them.

Ids are INTEGER columns (32 bits on PostgreSQL), so a number past that range names no row; it is
refused with a 422 at the edge instead of reaching the database, where SQLite and PostgreSQL
raise on it (an overflow, "integer out of range") and the client would get a 500.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

ROW_ID_MAX = 2**31 - 1
# No list is longer than the rows an id can number.
OFFSET_MAX = ROW_ID_MAX

RowId = Annotated[int, Path(ge=1, le=ROW_ID_MAX)]
RowIdFilter = Annotated[int | None, Query(ge=1, le=ROW_ID_MAX)]


def row_id(text: str) -> int | None:
    """A filter field's row id, or None where it names none: str.isdigit also takes digits like
    '²' that int() refuses, and a long run of digits is past every id."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(ROW_ID_MAX)):
        return None
    number = int(text)
    return number if 1 <= number <= ROW_ID_MAX else None

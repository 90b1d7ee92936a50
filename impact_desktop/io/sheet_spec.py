"""What a written sheet holds: its columns and rows, described without openpyxl.

Every import planner names the columns of the sheets it may write (error workbooks, side
tables); keeping these descriptions apart from :mod:`.xlsx_writer` means reading a file
never imports openpyxl (and numpy with it, about half a second) just to describe them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass
class Column:
    """A column: header text, kind ('text', 'number', 'integer', 'date'), width in characters."""

    header: str
    kind: str = "text"
    width: float = 14
    comment: str = ""


@dataclass
class SheetSpec:
    name: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]] = field(default_factory=list)

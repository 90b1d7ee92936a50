"""Writing CSV that is safe to open in a spreadsheet.

Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run
as a formula by Excel (CSV injection, OWASP); such text gets a leading apostrophe,
which Excel shows as plain text and which our CSV reader removes again on import.
Numbers are written as numbers, so a negative value is never escaped.

A CSV is written to a temporary file and replaces the target only when complete: a
truncated CSV would re-import short without a word.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from impact_desktop.core.atomic_file import ReplaceWhenComplete

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, Decimal | int | float):
        return format(value, "f") if isinstance(value, Decimal) else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]],
              files: ReplaceWhenComplete | None = None) -> int:
    """UTF-8 with BOM (so Excel on Chinese Windows reads it right); returns rows written.

    The file replaces ``path`` only once complete (see :mod:`atomic_file`); pass ``files``
    to have it replace ``path`` together with the other files of that group.
    """
    if files is None:
        with ReplaceWhenComplete() as own:
            return write_csv(path, header, rows, own)
    count = 0
    with files.open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([escape_cell(text) for text in header])
        for row in rows:
            writer.writerow([escape_cell(value) for value in row])
            count += 1
    return count

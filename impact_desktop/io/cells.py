"""One shape for what every reader returns, whichever library read the file.

calamine gives ``''`` for empty cells, floats for every number and both dates and
datetimes; openpyxl gives ``None``, ints and datetimes; CSV gives text. After
:func:`clean_row` an empty cell is ``None``, a whole number is an ``int``, a date is a
``datetime.date`` and text is stripped, and trailing empty cells are gone.
"""

from __future__ import annotations

import datetime as dt

_FORMULA_ESCAPE_TAIL = ("=", "+", "-", "@", "\t", "\r")
_MAX_EXACT_FLOAT = 2**53


def clean_value(value: object) -> object:
    if value is None:
        return None
    kind = type(value)
    if kind is str:
        text = value.strip()
        return text or None
    if kind is float:
        if value.is_integer() and -_MAX_EXACT_FLOAT < value < _MAX_EXACT_FLOAT:
            return int(value)
        return value
    if kind is dt.datetime:
        return value.date()
    return value


def clean_row(values) -> list:
    """:func:`clean_value` on every cell, inlined: this runs once per cell of every file read."""
    row = []
    append = row.append
    for value in values:
        kind = type(value)
        if kind is str:
            value = value.strip() or None
        elif kind is float:
            if value.is_integer() and -_MAX_EXACT_FLOAT < value < _MAX_EXACT_FLOAT:
                value = int(value)
        elif kind is dt.datetime:
            value = value.date()
        append(value)
    while row and row[-1] is None:
        row.pop()
    return row


def unescape_text(text: str | None) -> str | None:
    """Undo the apostrophe our CSV export puts before formula-like text (see csv_writer)."""
    if text and len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_ESCAPE_TAIL:
        return text[1:]
    return text

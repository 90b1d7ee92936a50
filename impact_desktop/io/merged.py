"""Merged cells in the body of a sheet, and filling their label down the rows they cover.

People merge a business unit's cell over the rows of its programs ("Ant Financial" over
rows 5–8). A spreadsheet library returns the text in the top-left cell only, so rows 6–8
would come back without a business unit. :func:`fill_merged_down` copies the top-left
value into the other cells of each range — but only in the columns the caller names
(labels), never in value columns: a figure merged over three rows counts once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]+)")


@dataclass(frozen=True, order=True)
class CellRange:
    """A rectangle of cells: rows 1-based, columns 0-based (as in a row's cell list), inclusive."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int

    @classmethod
    def from_ref(cls, ref: str) -> CellRange:
        """``"A5:A8"`` (or a single ``"B3"``) as a range; raises ValueError for anything else."""
        parts = ref.strip().split(":")
        if not 1 <= len(parts) <= 2:
            raise ValueError(f"not a cell range: {ref!r}")
        (row1, col1), (row2, col2) = cell_position(parts[0]), cell_position(parts[-1])
        return cls(min(row1, row2), min(col1, col2), max(row1, row2), max(col1, col2))

    @property
    def ref(self) -> str:
        """The range as Excel writes it, e.g. ``"A5:A8"``, for messages."""
        return f"{column_letters(self.first_col)}{self.first_row}:{column_letters(self.last_col)}{self.last_row}"


def cell_position(ref: str) -> tuple[int, int]:
    """``"B5"`` → ``(5, 1)``: the 1-based row and 0-based column of a cell reference."""
    match = _REF.fullmatch(ref.strip())
    if match is None:
        raise ValueError(f"not a cell reference: {ref!r}")
    column = 0
    for letter in match.group(1).upper():
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column - 1


def column_letters(column: int) -> str:
    """0-based column index → Excel letters (0 → ``A``, 27 → ``AB``)."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def fill_merged_down(rows: Iterable[tuple[int, list]], ranges: Iterable[CellRange],
                     columns: Iterable[int]) -> Iterator[tuple[int, list]]:
    """``rows`` with each range's top-left value copied into its other cells, in ``columns`` only.

    Lazy and flat in memory: rows stream through; a row outside every range costs one
    comparison (the ranges are walked in order of their first row, as the rows are), and
    with no range in ``columns`` the rows are returned unwrapped.
    A row inside a range gets a new list; the top-left value is taken from the rows as
    they pass, so a range whose first row never passes fills nothing.
    """
    wanted = frozenset(columns)
    useful = sorted(
        ((r, tuple(c for c in range(r.first_col, r.last_col + 1) if c in wanted)) for r in ranges),
        key=lambda pair: pair[0].first_row,
    )
    useful = [pair for pair in useful if pair[1]]
    if not useful:  # the usual case: no wrapping at all, the rows flow at full speed
        return iter(rows)
    return _fill(iter(rows), useful)


def _fill(rows: Iterator[tuple[int, list]], pending: list[tuple[CellRange, tuple[int, ...]]]
          ) -> Iterator[tuple[int, list]]:
    next_index, next_start = 0, pending[0][0].first_row if pending else None
    active: list[list] = []  # [range, columns, value, seen]
    for number, cells in rows:
        if not active and (next_start is None or number < next_start):
            yield number, cells
            if next_start is None:  # past the last range: hand over the rest untouched
                yield from rows
                return
            continue
        while next_start is not None and next_start <= number:
            span, cols = pending[next_index]
            active.append([span, cols, None, False])
            next_index += 1
            next_start = pending[next_index][0].first_row if next_index < len(pending) else None
        active = [entry for entry in active if entry[0].last_row >= number]
        if active:
            cells = _fill_row(number, list(cells), active)
        yield number, cells


def _fill_row(number: int, cells: list, active: list[list]) -> list:
    for entry in active:
        span, cols, value, seen = entry
        if number == span.first_row:
            entry[2] = cells[span.first_col] if span.first_col < len(cells) else None
            entry[3] = True
            value, seen = entry[2], True
        if not seen or value is None:
            continue
        for col in cols:
            if number == span.first_row and col == span.first_col:
                continue
            if col >= len(cells):
                cells.extend([None] * (col + 1 - len(cells)))
            cells[col] = value
    return cells

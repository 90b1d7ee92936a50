"""One entry point for readers: find the sheet and the header row, then stream the rows.

A workbook often starts with an instructions sheet, and a sheet with a title, a merged
banner, notes and blank rows before its header. The first sheet (or the chosen one)
whose first :data:`HEADER_SEARCH_ROWS` rows contain a recognisable header is used.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from impact_desktop.io import csv_reader, xlsx_reader
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.headers import find_header_row
from impact_desktop.io.sources import file_kind

HEADER_SEARCH_ROWS = 30


@dataclass
class Table:
    """The rows below a header row; ``rows`` is a one-shot iterator of ``(row_number, cells)``."""

    path: Path
    sheet: str
    header_row: int
    headers: list[str]
    rows: Iterator[tuple[int, list]]
    sheets: list[str]
    engine: str
    recognised: bool = True


def list_sheets(path: Path) -> list[str]:
    """Sheet names of a workbook; a CSV file is one sheet named after the file."""
    path = Path(path)
    if file_kind(path) == "csv":
        return [path.stem]
    return xlsx_reader.sheet_names(path)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sheet_rows(path: Path, kind: str, sheet: str, engine: str) -> Iterator[tuple[int, list]]:
    return csv_reader.iter_csv(path) if kind == "csv" else xlsx_reader.iter_sheet(path, sheet, engine)


def open_table(path: Path, vocab: dict[str, str], sheet: str | None = None, *, fallback: bool = False) -> Table:
    """The chosen (or first recognisable) sheet's header and rows; raises SpreadsheetError.

    With ``fallback``, a file whose header is not recognised still opens, with the first
    non-empty row of the (first) sheet as header, so the user can map the columns by hand.
    """
    path = Path(path)
    kind = file_kind(path)
    sheets = [path.stem] if kind == "csv" else xlsx_reader.sheet_names(path)
    engine = "csv" if kind == "csv" else xlsx_reader.choose_engine(path)
    if not sheets:
        raise SpreadsheetError(f"{path.name} has no sheets.")
    if sheet is not None and kind != "csv" and sheet not in sheets:
        raise SpreadsheetError(f"{path.name} has no sheet named '{sheet}' (it has: {', '.join(sheets)}).")
    candidates = [sheet] if sheet is not None and kind != "csv" else sheets
    any_rows = False
    first_filled = None
    for name in candidates:
        rows = _sheet_rows(path, kind, name, engine)
        head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
        any_rows = any_rows or any(cells for _, cells in head)
        if first_filled is None:
            first_filled = next(((name, n) for n, cells in head if cells), None)
        found = find_header_row(head, vocab)
        if found is None:
            continue
        number, cells = found
        headers = [_header_text(cell) for cell in cells]
        rest = itertools.chain(((n, c) for n, c in head if n > number), rows)
        return Table(path, name, number, headers, rest, sheets, engine)
    if fallback and first_filled is not None:
        name, number = first_filled
        rows = iter(_sheet_rows(path, kind, name, engine))
        for row_number, cells in rows:
            if row_number == number:
                return Table(path, name, number, [_header_text(c) for c in cells], rows, sheets, engine, False)
    if not any_rows:
        where = f" in sheet '{sheet}'" if sheet and kind != "csv" else ""
        raise SpreadsheetError(f"{path.name} is empty: there are no rows{where}.")
    where = f"sheet '{sheet}'" if sheet else ("the file" if kind == "csv" else f"sheets {', '.join(sheets)}")
    raise SpreadsheetError(
        f"{path.name}: no header row found in {where} (looked at the first {HEADER_SEARCH_ROWS} rows for "
        "columns such as Program, Date and a metric like Donations, or map the columns yourself)."
    )


def _header_text(cell: object) -> str:
    if cell is None:
        return ""
    return " ".join(str(cell).split())

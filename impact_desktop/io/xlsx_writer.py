"""Writing .xlsx with openpyxl's write-only mode: styled, frozen, filterable, sized.

Write-only mode streams rows to disk, so exporting a million entries needs little
memory; styles are applied per cell with ``WriteOnlyCell``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from impact_desktop.io.errors import SpreadsheetError

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5D62")
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
FORMATS = {"text": "@", "number": "#,##0.####", "integer": "#,##0", "date": "yyyy-mm-dd"}


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


def safe_sheet_name(name: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip("'") or "Sheet"
    candidate, counter = cleaned[:31], 2
    while candidate.lower() in taken:
        suffix = f" ({counter})"
        candidate, counter = cleaned[: 31 - len(suffix)] + suffix, counter + 1
    taken.add(candidate.lower())
    return candidate


def write_workbook(path: Path, sheets: Sequence[SheetSpec]) -> int:
    """Write ``sheets`` to ``path`` (replacing it); returns the number of data rows written."""
    workbook = Workbook(write_only=True)
    written, taken = 0, set()
    for spec in sheets:
        sheet = workbook.create_sheet(safe_sheet_name(spec.name, taken))
        for index, column in enumerate(spec.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        sheet.freeze_panes = "A2"
        sheet.append([_header_cell(sheet, column) for column in spec.columns])
        formats = [FORMATS.get(column.kind) if column.kind != "text" else None for column in spec.columns]
        count = 0
        for row in spec.rows:
            sheet.append([_cell(sheet, value, fmt) for value, fmt in zip(row, formats, strict=False)])
            count += 1
        last = get_column_letter(max(len(spec.columns), 1))
        sheet.auto_filter.ref = f"A1:{last}{count + 1}"
        written += count
    try:
        workbook.save(path)
    except OSError as exc:
        raise SpreadsheetError(f"Cannot write {Path(path).name}: {exc.strerror or exc}.") from exc
    return written


def _header_cell(sheet, column: Column) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=column.header)
    cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
    if column.comment:
        cell.comment = Comment(column.comment, "Impact Desktop")
    return cell


def _cell(sheet, value: object, number_format: str | None) -> object:
    if isinstance(value, Decimal):
        value = int(value) if value == value.to_integral_value() else float(value)
    if number_format is None or value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.date | int | float):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = number_format
        return cell
    return value

"""Writing .xlsx with openpyxl's write-only mode: styled, frozen, filterable, sized.

Write-only mode streams rows to disk, so exporting a million entries needs little
memory; styles are applied per cell with ``WriteOnlyCell``. The workbook is saved to a
temporary file beside the target and replaces it only when complete (:mod:`atomic_file`).

Two things a spreadsheet would otherwise get wrong:
* text is always text: openpyxl writes a string starting with ``=`` as a live formula
  (a note "=1+1", a unit called "=cmd|…"), so such strings are written as inline strings;
* control characters (NUL, ESC, BEL…: a rejected row read from a hostile file) cannot be
  stored in an .xlsx at all; openpyxl refuses them. Each is written as its visible Unicode
  "control picture" (ESC as ␛, NUL as ␀), so the user sees where it was and the workbook is saved;
* figures stay exact: an .xlsx number is a double and Excel keeps 15 significant digits,
  so a Decimal that needs more (98765432109876.54) is written as its exact text, which
  the importer reads exactly. Each number cell shows as many decimals as its value has
  (``#,##0`` for whole numbers, ``#,##0.00`` for cents), never a dangling "31,500,000.".
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from impact_desktop.core.atomic_file import replacing
from impact_desktop.io.destinations import check_writable
from impact_desktop.io.sheet_spec import Column, SheetSpec

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5D62")
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
FORMATS = {"text": "@", "number": "#,##0", "integer": "#,##0", "date": "yyyy-mm-dd"}
#: Significant digits Excel keeps of a number; a figure with more is written as text.
EXCEL_DIGITS = 15
_DECIMAL_FORMATS = ["#,##0", *("#,##0." + "0" * places for places in range(1, 11))]


def safe_sheet_name(name: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in storable_text(name)).strip("'") or "Sheet"
    candidate, counter = cleaned[:31], 2
    while candidate.lower() in taken:
        suffix = f" ({counter})"
        candidate, counter = cleaned[: 31 - len(suffix)] + suffix, counter + 1
    taken.add(candidate.lower())
    return candidate


def write_workbook(path: Path, sheets: Sequence[SheetSpec]) -> int:
    """Write ``sheets`` to ``path``, replacing it only once complete; returns the number of data rows written."""
    check_writable(path)
    workbook = Workbook(write_only=True)
    written, taken = 0, set()
    try:
        with replacing(path) as temp:
            for spec in sheets:
                written += _write_sheet(workbook.create_sheet(safe_sheet_name(spec.name, taken)), spec)
            _save(workbook, temp)
    except BaseException:
        _discard(workbook)
        raise
    return written


def _save(workbook: Workbook, path: Path) -> None:
    """``workbook.save(path)``, but a failed save closes its zip archive at once.

    openpyxl leaves the archive open when a write fails (a full disk); the garbage collector
    then tries to finish it and prints "Exception ignored in ZipFile.__del__" and a traceback
    under our one-sentence error. These are the three lines of openpyxl's ``save_workbook``.
    """
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        workbook.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
        ExcelWriter(workbook, archive).save()
    except BaseException:
        archive._didModify = False  # nothing worth finishing: close the file without a central directory
        with contextlib.suppress(Exception):
            archive.close()
        raise


def _write_sheet(sheet, spec: SheetSpec) -> int:
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
    return count


def _discard(workbook: Workbook) -> None:
    """Close the half-written sheets and remove their temporary files, so nothing is left behind
    (otherwise their streams complain on stderr when garbage-collected)."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        with contextlib.suppress(Exception):  # best effort: the first error is the one the user sees
            if not sheet.closed:
                sheet.close()
        if writer is not None and isinstance(writer.out, str):
            with contextlib.suppress(OSError, ValueError):
                writer.cleanup()


def _header_cell(sheet, column: Column) -> WriteOnlyCell:
    cell = _text_cell(sheet, column.header)
    cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
    if column.comment:
        cell.comment = Comment(column.comment, "Impact Desktop")
    return cell


def storable_text(text: str) -> str:
    """``text`` with each character an .xlsx cannot hold (C0 controls but tab and newlines) shown as its picture."""
    return ILLEGAL_CHARACTERS_RE.sub(lambda match: chr(0x2400 + ord(match.group())), text)


def _text_cell(sheet, text: str) -> WriteOnlyCell:
    """Text as text, even when it starts with "=" (openpyxl would write a formula)."""
    cell = WriteOnlyCell(sheet, value=storable_text(text))
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def exact_number(value: Decimal) -> tuple[object, int]:
    """``value`` as written (an int, a float, or its exact text) and the decimals it shows."""
    places = max(0, -value.as_tuple().exponent) if value.is_finite() else 0
    digits = len(value.normalize().as_tuple().digits)
    if digits > EXCEL_DIGITS:
        return format(value, "f"), places
    if value == value.to_integral_value():
        return int(value), places
    return float(value), places


def _cell(sheet, value: object, number_format: str | None) -> object:
    if isinstance(value, str):
        value = storable_text(value)
        return _text_cell(sheet, value) if value.startswith("=") and len(value) > 1 else value
    places = None
    if isinstance(value, Decimal):
        value, places = exact_number(value)
        if isinstance(value, str):
            return value  # more digits than a spreadsheet number keeps: the exact text
    if number_format is None or value is None:
        return value
    if isinstance(value, dt.date | int | float):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = _number_format(value, number_format, places)
        return cell
    return value


def _number_format(value: object, number_format: str, places: int | None) -> str:
    """A "number" column's format fits each value: no dangling decimal point after whole numbers."""
    if number_format != FORMATS["number"] or isinstance(value, dt.date):
        return number_format
    if places is None:
        places = 0 if isinstance(value, int) else max(0, -Decimal(repr(value)).as_tuple().exponent)
    return _DECIMAL_FORMATS[min(places, len(_DECIMAL_FORMATS) - 1)]

"""Reading .xlsx/.xlsm: python-calamine for speed, openpyxl's sheet parser for very large sheets.

calamine (Rust) reads about 14× faster than openpyxl's read-only mode but holds a whole
sheet in memory (roughly 7× the sheet's uncompressed XML, and 32 bytes for every cell of
the rectangle from the first used cell to the last); past
:data:`CALAMINE_MAX_XML_BYTES`, or when the sheet's measured rectangle is too large (one
stray cell at XFD1048576, see :mod:`.sheet_extent`), openpyxl's streaming parser is used
instead, a row at a time, so memory stays flat however large or sparse the sheet. Both
read formulas as their cached values.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from impact_desktop.core.texts import translate
from impact_desktop.io.cells import clean_row
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.sheet_extent import EXCEL_MAX_COLUMN, EXCEL_MAX_ROW

#: About 40 MB of worksheet XML ≈ 400k rows of 8 columns ≈ 280 MB held by calamine.
CALAMINE_MAX_XML_BYTES = 40 * 1024 * 1024


def choose_engine(source) -> str:
    """``"calamine"`` or ``"openpyxl"`` for a :class:`~impact_desktop.io.source.Source`, by the size of its
    sheets' XML."""
    return "calamine" if source.xml_bytes <= CALAMINE_MAX_XML_BYTES else "openpyxl"


def open_calamine(path: Path):
    """The workbook opened by calamine (its sheets are read from it one by one); raises SpreadsheetError."""
    try:
        import python_calamine

        return python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:
        raise _read_error(path, exc) from exc


def calamine_rows(workbook, path: Path, sheet: str) -> Iterator[tuple[int, list]]:
    """``sheet``'s rows from the calamine ``workbook`` of ``path`` (left open: its owner closes it)."""
    try:
        worksheet = workbook.get_sheet_by_name(sheet)
        rows = worksheet.iter_rows()
        skipped = worksheet.start[1] if worksheet.start else 0
    except Exception as exc:
        raise _read_error(path, exc, sheet) from exc
    if skipped:  # calamine starts rows at the first used column; openpyxl (and Excel) at column A
        padding = [None] * skipped
        for number, values in enumerate(rows, start=1):
            yield number, clean_row(padding + values)
        return
    for number, values in enumerate(rows, start=1):
        yield number, clean_row(values)


def open_openpyxl(path: Path, handle):
    """The workbook opened by openpyxl's read-only reader from ``handle`` (the file of ``path``, already open)."""
    import openpyxl

    try:
        return openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:
        raise _read_error(path, exc) from exc


def openpyxl_rows(workbook, path: Path, sheet: str) -> Iterator[tuple[int, list]]:
    """Rows of ``sheet`` streamed by openpyxl's sheet parser from ``workbook`` (left open: its owner
    closes it), each padded only up to its own last cell.

    openpyxl's read-only ``iter_rows`` pads every row to the sheet's widest column, so
    one stray cell in column XFD would make every row 16,384 cells long.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    if sheet not in workbook.sheetnames:
        raise SpreadsheetError(translate("FileRead", "{0} has no sheet named '{1}'.").format(path.name, sheet))
    worksheet = workbook[sheet]
    try:
        with worksheet._get_source() as source:
            parser = WorkSheetParser(source, worksheet._shared_strings, data_only=True, epoch=workbook.epoch,
                                     date_formats=workbook._date_formats,
                                     timedelta_formats=workbook._timedelta_formats)
            expected = 1
            for number, cells in parser.parse():
                if number < expected or number > EXCEL_MAX_ROW:
                    raise SpreadsheetError(translate(
                        "FileRead", "{0} is damaged: sheet '{1}' has its row {2} out of place.").format(
                        path.name, sheet, number))
                while expected < number:  # rows the file leaves out are blank rows
                    yield expected, []
                    expected += 1
                expected = number + 1
                yield number, clean_row(_placed(path, sheet, cells))
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, KeyError, TypeError, SyntaxError) as exc:
        raise _read_error(path, exc, sheet) from exc


def _placed(path: Path, sheet: str, cells: list[dict]) -> list:
    if not cells:
        return []
    width = max(cell["column"] for cell in cells)
    if width > EXCEL_MAX_COLUMN:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is damaged: sheet '{1}' has a cell past Excel's last column (XFD).").format(
            path.name, sheet))
    values = [None] * width
    for cell in cells:
        values[cell["column"] - 1] = cell["value"]
    return values


def _read_error(path: Path, exc: Exception, sheet: str | None = None) -> SpreadsheetError:
    if isinstance(exc, SpreadsheetError):
        return exc
    name = type(exc).__name__
    if "NotFound" in name or (sheet and "sheet" in str(exc).lower() and "not" in str(exc).lower()):
        return SpreadsheetError(translate("FileRead", "{0} has no sheet named '{1}'.").format(path.name, sheet))
    if "Password" in name:
        return SpreadsheetError(translate(
            "FileRead", "{0} is password-protected; remove the password in Excel and save again.").format(path.name))
    return SpreadsheetError(translate(
        "FileRead", "{0} is damaged or is not a readable Excel workbook ({1}).").format(path.name, name))

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

import functools
import zipfile
from collections.abc import Iterator
from pathlib import Path

from impact_desktop.core.texts import translate
from impact_desktop.io.cells import clean_row
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.sheet_extent import EXCEL_MAX_COLUMN, EXCEL_MAX_ROW, sheet_extent
from impact_desktop.io.sources import sheet_xml_sizes

#: About 40 MB of worksheet XML ≈ 400k rows of 8 columns ≈ 280 MB held by calamine.
CALAMINE_MAX_XML_BYTES = 40 * 1024 * 1024


def choose_engine(path: Path) -> str:
    return "calamine" if sheet_xml_sizes(path) <= CALAMINE_MAX_XML_BYTES else "openpyxl"


def sheet_names(path: Path) -> list[str]:
    """The workbook's sheet names (kept for the file as it is: asked again for each of its sheets)."""
    try:
        stat = Path(path).stat()
    except OSError as exc:
        raise SpreadsheetError(translate(
            "FileRead", "{0} cannot be read: {1}.").format(Path(path).name, exc.strerror or exc)) from exc
    return list(_sheet_names(str(path), stat.st_size, stat.st_mtime_ns))


@functools.lru_cache(maxsize=8)
def _sheet_names(name: str, _size: int, _mtime: int) -> tuple[str, ...]:
    path = Path(name)
    try:
        import python_calamine

        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        try:
            return tuple(workbook.sheet_names)
        finally:
            workbook.close()
    except Exception as exc:
        raise _read_error(path, exc) from exc


def iter_sheet(path: Path, sheet: str, engine: str | None = None) -> Iterator[tuple[int, list]]:
    """``(row_number, cleaned cells)`` for every row of ``sheet``, blank rows included."""
    engine = engine or choose_engine(path)
    if _fits_calamine(path, sheet) and engine == "calamine":  # measured for both: it refuses impossible sheets
        return _iter_calamine(path, sheet)
    return _iter_openpyxl(path, sheet)


def _fits_calamine(path: Path, sheet: str) -> bool:
    """Whether calamine may hold ``sheet`` whole (see :mod:`.sheet_extent`); raises SpreadsheetError."""
    from impact_desktop.io.sheet_scan import sheet_part

    part = sheet_part(path, sheet)
    return part is None or sheet_extent(path, part).fits_calamine


def _iter_calamine(path: Path, sheet: str) -> Iterator[tuple[int, list]]:
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        worksheet = workbook.get_sheet_by_name(sheet)
        rows = worksheet.iter_rows()
        skipped = worksheet.start[1] if worksheet.start else 0
    except Exception as exc:
        raise _read_error(path, exc, sheet) from exc
    try:
        if skipped:  # calamine starts rows at the first used column; openpyxl (and Excel) at column A
            padding = [None] * skipped
            for number, values in enumerate(rows, start=1):
                yield number, clean_row(padding + values)
            return
        for number, values in enumerate(rows, start=1):
            yield number, clean_row(values)
    finally:
        workbook.close()


def _iter_openpyxl(path: Path, sheet: str) -> Iterator[tuple[int, list]]:
    """Rows streamed by openpyxl's sheet parser, each padded only up to its own last cell.

    openpyxl's read-only ``iter_rows`` pads every row to the sheet's widest column, so
    one stray cell in column XFD would make every row 16,384 cells long.
    """
    import openpyxl
    from openpyxl.worksheet._reader import WorkSheetParser

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise _read_error(path, exc) from exc
    try:
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
    finally:
        workbook.close()


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

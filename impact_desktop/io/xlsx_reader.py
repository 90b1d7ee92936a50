"""Reading .xlsx/.xlsm: python-calamine for speed, openpyxl read-only for very large sheets.

calamine (Rust) reads about 14× faster than openpyxl's read-only mode but holds a whole
sheet in memory (roughly 7× the sheet's uncompressed XML); past
:data:`CALAMINE_MAX_XML_BYTES` the openpyxl streaming reader is used instead, so memory
stays flat however large the file. Both read formulas as their cached values.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from impact_desktop.io.cells import clean_row
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.sources import sheet_xml_sizes

#: About 40 MB of worksheet XML ≈ 400k rows of 8 columns ≈ 280 MB held by calamine.
CALAMINE_MAX_XML_BYTES = 40 * 1024 * 1024


def choose_engine(path: Path) -> str:
    return "calamine" if sheet_xml_sizes(path) <= CALAMINE_MAX_XML_BYTES else "openpyxl"


def sheet_names(path: Path) -> list[str]:
    try:
        import python_calamine

        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        try:
            return list(workbook.sheet_names)
        finally:
            workbook.close()
    except Exception as exc:
        raise _read_error(path, exc) from exc


def iter_sheet(path: Path, sheet: str, engine: str | None = None) -> Iterator[tuple[int, list]]:
    """``(row_number, cleaned cells)`` for every row of ``sheet``, blank rows included."""
    engine = engine or choose_engine(path)
    if engine == "calamine":
        return _iter_calamine(path, sheet)
    return _iter_openpyxl(path, sheet)


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
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise _read_error(path, exc) from exc
    try:
        if sheet not in workbook.sheetnames:
            raise SpreadsheetError(f"{path.name} has no sheet named '{sheet}'.")
        worksheet = workbook[sheet]
        try:
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                yield number, clean_row(values)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, KeyError) as exc:
            raise _read_error(path, exc, sheet) from exc
    finally:
        workbook.close()


def _read_error(path: Path, exc: Exception, sheet: str | None = None) -> SpreadsheetError:
    if isinstance(exc, SpreadsheetError):
        return exc
    name = type(exc).__name__
    if "NotFound" in name or (sheet and "sheet" in str(exc).lower() and "not" in str(exc).lower()):
        return SpreadsheetError(f"{path.name} has no sheet named '{sheet}'.")
    if "Password" in name:
        return SpreadsheetError(f"{path.name} is password-protected; remove the password in Excel and save again.")
    return SpreadsheetError(f"{path.name} is damaged or is not a readable Excel workbook ({name}).")

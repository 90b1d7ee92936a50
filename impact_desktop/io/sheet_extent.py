"""How much grid a sheet really spans, measured before calamine allocates it.

calamine builds one rectangle of cells from the first used cell to the last: a sheet with
data in A1:H100 and one stray cell at XFD1048576 (legal in Excel) asks for 16,384 ×
1,048,576 cells, and the allocation failure aborts the whole process. The sheet's XML
is therefore streamed once (through Python's zipfile, which also proves the part unpacks
to no more than its declared size) and its cell references measured; a sheet whose
rectangle exceeds :data:`CALAMINE_MAX_CELLS` is read by the streaming reader instead,
which holds one row at a time and pads a row only up to its own last cell.

Most sheets need one regex search per megabyte: a cell is "ordinary" when written
``<c r="B123"`` with a one-letter column and a row below 100,000, and 26 × 100,000 cells
is a small rectangle. The first other cell switches to measuring every reference.
"""

from __future__ import annotations

import functools
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from impact_desktop.core.texts import translate
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.package import read_exactly

#: 8 million cells: about 256 MB in calamine (32 bytes a cell), whatever the sheet's shape.
CALAMINE_MAX_CELLS = 8_000_000
EXCEL_MAX_ROW = 1_048_576
EXCEL_MAX_COLUMN = 16_384

_UNUSUAL = re.compile(rb'<c(?! r="[A-Z][0-9]{1,5}")[\s/>]')
_ANY_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')
_ODD_CELL = re.compile(rb'<c(?! r="[A-Z]{1,3}[0-9]{1,7}")[\s/>]')
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]*:worksheet[\s>]")
_ROW_OR_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s/>]")


@dataclass(frozen=True)
class Extent:
    """The rectangle a sheet's cells span (1-based, inclusive); ``regular`` when every cell has a plain reference."""

    rows: int
    columns: int
    regular: bool

    @property
    def cells(self) -> int:
        return self.rows * self.columns

    @property
    def fits_calamine(self) -> bool:
        return self.regular and self.cells <= CALAMINE_MAX_CELLS


def sheet_extent(path: Path, archive: zipfile.ZipFile, part: str) -> Extent:
    """The extent of worksheet ``part`` in the opened ``archive`` of ``path``; raises SpreadsheetError
    for a damaged or impossible sheet."""
    try:
        with archive.open(part) as stream:
            return _measure(path, read_exactly(path, stream, part))
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, KeyError, ValueError) as exc:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is damaged or incomplete: part {1} cannot be read ({2}).").format(
            path.name, part, type(exc).__name__)) from exc


def _measure(path: Path, chunks) -> Extent:
    rows, columns, exact, regular = 1, 1, False, True
    in_row, data_from = -1, 0
    pending = b""
    for chunk in chunks:
        data = pending + chunk if pending else chunk
        if regular and not exact and in_row < 0 and _PREFIXED.search(data[:4096]):
            regular, exact, rows, columns, in_row = False, True, 100_000, 26, 0  # <x:c …>: calamine is not told
        cut = data.rfind(b">") + 1
        pending, data = data[cut:], data[:cut]
        if not exact:
            found = _UNUSUAL.search(data)
            if found is None:
                continue
            exact, data = True, data[found.start():]
            rows, columns = 100_000, 26  # the ordinary cells before were within this rectangle
        if regular:
            odd = _ODD_CELL.search(data)
            if odd is not None:
                regular = False  # a cell without a plain reference: placed by position, only a streaming read is safe
                data_from = odd.start()
        if not regular:  # cells placed by position: count them row by row, as the streaming reader would hold them
            in_row = _count_row_cells(path, data, data_from if in_row < 0 else 0, max(in_row, 0))
            data_from = 0
        for letters, number in set(_ANY_REF.findall(data)):
            row, column = int(number), _column(letters)
            if row > EXCEL_MAX_ROW or column > EXCEL_MAX_COLUMN or row < 1:
                raise SpreadsheetError(translate(
                    "FileRead", "{0} is damaged: it has a cell at {1}, beyond Excel's last cell ({2}).").format(
                    path.name, f"{letters.decode()}{number.decode()}", f"XFD{EXCEL_MAX_ROW}"))
            rows, columns = max(rows, row), max(columns, column)
    return Extent(rows, columns, regular)


def _count_row_cells(path: Path, data: bytes, start: int, in_row: int) -> int:
    """Cells in the current row after ``data`` (``in_row`` were counted before it); refuses a row
    wider than Excel's 16,384 columns, which the streaming reader would hold whole."""
    for token in _ROW_OR_CELL.finditer(data, start):
        if token.group(1) == b"row":
            in_row = 0
            continue
        in_row += 1
        if in_row > EXCEL_MAX_COLUMN:
            raise SpreadsheetError(translate(
                "FileRead", "{0} is damaged: a row has more than {1} cells, more than Excel allows.").format(
                path.name, f"{EXCEL_MAX_COLUMN:,}"))
    return in_row


@functools.lru_cache(maxsize=4096)
def _column(letters: bytes) -> int:
    column = 0
    for letter in letters:
        column = column * 26 + letter - 64
    return column

"""One entry point for readers: find the sheet and the header row, then stream the rows.

A workbook often starts with an instructions sheet, and a sheet with a title, a merged
banner, notes and blank rows before its header. The first visible sheet (or the chosen
one, hidden or not) whose first :data:`HEADER_SEARCH_ROWS` rows contain a recognisable
header is used. What the libraries hide — merged ranges and formulas without a cached
value below the header, hidden sheets — comes with the table (see :mod:`.sheet_scan`).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from impact_desktop.core.texts import translate
from impact_desktop.io import sheet_scan
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.headers import find_header_row
from impact_desktop.io.merged import CellRange, column_letters
from impact_desktop.io.source import Source

HEADER_SEARCH_ROWS = 30


@dataclass
class Table:
    """The rows below a header row; ``rows`` is a one-shot iterator of ``(row_number, cells)``.

    ``hidden_sheets`` names the workbook's hidden and very hidden sheets (a CSV has none).
    ``merged`` (merged ranges wholly below the header; ranges touching the header or above
    are titles) and ``uncached_formulas`` (``(row, column)`` → formula text, for formula
    cells below the header that have no cached value and so read as empty) come from one
    streamed pass over the sheet's XML — run in a thread while calamine parses the sheet,
    else on first use — and are empty for CSV. Both raise SpreadsheetError for a damaged part.
    """

    source: Source
    sheet: str
    header_row: int
    headers: list[str]
    rows: Iterator[tuple[int, list]]
    sheets: list[str]
    engine: str
    recognised: bool = True
    hidden_sheets: list[str] = field(default_factory=list)
    scan: Callable[[], sheet_scan.SheetScan] | None = field(default=None, repr=False, compare=False)

    @property
    def path(self) -> Path:
        return self.source.path

    @cached_property
    def _scanned(self) -> sheet_scan.SheetScan:
        return self.scan() if self.scan is not None else sheet_scan.SheetScan()

    @cached_property
    def merged(self) -> list[CellRange]:
        """Merged ranges below the header, in order of first row; raises SpreadsheetError."""
        return [span for span in self._scanned.merged if span.first_row > self.header_row]

    @cached_property
    def uncached_formulas(self) -> dict[tuple[int, int], str]:
        """``(row, 0-based column)`` → ``"=SUM(B2:B4)"`` below the header; raises SpreadsheetError."""
        return {cell: text for cell, text in self._scanned.uncached_formulas.items() if cell[0] > self.header_row}

    @cached_property
    def error_cells(self) -> dict[tuple[int, int], str]:
        """``(row, 0-based column)`` → ``"#REF!"`` below the header; raises SpreadsheetError."""
        return {cell: text for cell, text in self._scanned.error_cells.items() if cell[0] > self.header_row}


def list_sheets(path: Path) -> list[str]:
    """Sheet names of a workbook; a CSV file is one sheet named after the file."""
    with Source(path) as source:
        return source.sheets


def sheet_states(path: Path) -> dict[str, str]:
    """Sheet name → ``"visible"``, ``"hidden"`` or ``"veryHidden"``; a CSV file is one visible sheet."""
    with Source(path) as source:
        return dict(source.states)


def open_table(source: Source | Path, vocab: dict[str, str], sheet: str | None = None, *, fallback: bool = False,
               scan_ahead: bool = True) -> Table:
    """The chosen (or first recognisable visible) sheet's header and rows; raises SpreadsheetError.

    Hidden sheets are passed over unless ``sheet`` names one. With ``fallback``, a file
    whose header is not recognised still opens, with the first non-empty row of the
    (first visible) sheet as header, so the user can map the columns by hand.
    ``scan_ahead=False`` is for a look at the header only: the sheet's XML is then scanned
    (merged cells, formulas) only if its rows are read after all. Given a path rather than
    a :class:`Source`, the file is opened for this table alone.
    """
    source = source if isinstance(source, Source) else Source(source)
    path, kind = source.path, source.kind
    sheets = source.sheets
    engine = source.engine
    if not sheets:
        raise SpreadsheetError(translate("FileRead", "{0} has no sheets.").format(path.name))
    if sheet is not None and kind == "csv" and sheet != path.stem:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is a CSV file: it has one sheet, '{1}', not '{2}'.").format(path.name, path.stem, sheet))
    if sheet is not None and kind != "csv" and sheet not in sheets:
        raise SpreadsheetError(translate(
            "FileRead", "{0} has no sheet named '{1}' (it has: {2}).").format(path.name, sheet, ", ".join(sheets)))
    states = {} if kind == "csv" else source.states
    hidden = [name for name in sheets if states.get(name, sheet_scan.VISIBLE) != sheet_scan.VISIBLE]
    candidates = [sheet] if sheet is not None and kind != "csv" else [name for name in sheets if name not in hidden]
    if not candidates:
        raise SpreadsheetError(translate(
            "FileRead", "{0}: every sheet is hidden ({1}); unhide one in Excel or choose it by name.").format(
            path.name, ", ".join(hidden)))

    # The first candidate is nearly always the sheet read: scan it while calamine parses it.
    prefetched = source.prefetch_scan(candidates[0]) if engine == "calamine" and scan_ahead else None

    def table(name: str, number: int, headers: list[str], rows: Iterator, recognised: bool = True) -> Table:
        scan = None if kind == "csv" else functools.partial(source.scan, name)
        if prefetched is not None and name == candidates[0]:
            scan = prefetched
        return Table(source, name, number, headers, rows, sheets, engine, recognised, hidden, scan)

    any_rows = False
    first_filled = None
    heads = {}
    for name in candidates:
        rows = source.rows(name, engine)
        head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
        heads[name] = (head, rows)
        any_rows = any_rows or any(cells for _, cells in head)
        if first_filled is None:
            first_filled = next(((name, n) for n, cells in head if cells), None)
        found = find_header_row(head, vocab)
        if found is None:
            continue
        number, cells = found
        headers = [_header_text(cell) for cell in cells]
        rest = itertools.chain(((n, c) for n, c in head if n > number), rows)
        return table(name, number, headers, rest)
    if fallback and first_filled is not None:
        name, number = first_filled
        head, rows = heads[name]  # that sheet's rows, read on from where the search stopped
        for row_number, cells in head:
            if row_number == number:
                rest = itertools.chain(((n, c) for n, c in head if n > number), rows)
                return table(name, number, [_header_text(c) for c in cells], rest, False)
    if not any_rows:
        if kind != "csv":
            _refuse_only_errors(source, candidates)
        if sheet and kind != "csv":
            raise SpreadsheetError(translate(
                "FileRead", "{0} is empty: there are no rows in sheet '{1}'.").format(path.name, sheet))
        raise SpreadsheetError(translate("FileRead", "{0} is empty: there are no rows.").format(path.name))
    if sheet:
        where = translate("FileRead", "sheet '{0}'").format(sheet)
    elif kind == "csv":
        where = translate("FileRead", "the file")
    else:
        where = translate("FileRead", "sheets {0}").format(", ".join(candidates))
    passed_over = (translate("FileRead", "; hidden sheets were not looked at: {0}").format(", ".join(hidden))
                   if hidden and sheet is None else "")
    raise SpreadsheetError(translate(
        "FileRead", "{0}: no header row found in {1} (looked at the first {2} rows for columns such as Program, "
        "Date and a metric like Donations, or map the columns yourself){3}.").format(
        path.name, where, HEADER_SEARCH_ROWS, passed_over))


def _refuse_only_errors(source: Source, sheets: list[str]) -> None:
    """A sheet that reads as empty because every cell shows an error (#DIV/0!) is not "empty": say so."""
    path = source.path
    for name in sheets:
        errors = source.scan(name).error_cells
        if errors:
            shown = ", ".join(translate("FileRead", "{0} in {1}").format(text, f"{column_letters(column)}{row}")
                              for (row, column), text in sorted(errors.items())[:3])
            more = (translate("FileRead", " and {0} more").format(f"{len(errors) - 3:,}")
                    if len(errors) > 3 else "")
            raise SpreadsheetError(translate(
                "FileRead", "{0}: sheet '{1}' has no values, only cells showing errors ({2}{3}); correct the "
                "formulas in Excel, save, and import again.").format(path.name, name, shown, more))


def _header_text(cell: object) -> str:
    if cell is None:
        return ""
    return " ".join(str(cell).split())

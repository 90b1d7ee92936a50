"""The file an import reads, opened once: its kind, SHA-256, sheets and their rows.

Every planner of an import (the entries, the export's Metrics, Rates, Targets, Business
units and Names sheets, the sheets with the same columns) used to take the file's path
and open it again, some forty times for an export. A :class:`Source` opens it once and
hands out what each of them needs:

* on opening, one pass over the bytes recognises the kind (see :mod:`.sources`), hashes
  them and, for a CSV, decides the encoding; a workbook's zip package is then read
  through that same open file for everything taken from its XML (the package check,
  sheet states, sizes, extents, merged cells and formulas);
* calamine opens the workbook once, and each sheet is taken from that one workbook
  (openpyxl, for very large sheets, reads through the already-open file);
* each sheet is read at most once: :meth:`Source.rows` streams a sheet (the entries,
  however many); :meth:`Source.table` keeps a small sheet's rows (side tables) for every
  planner that asks.

So an import opens a workbook twice (the file, and calamine's own open) and a CSV twice
(the probing pass, then the rows), plus once more for an export CSV whose metric
definitions are read from its columns. Close it (or use it as a context manager) when
the import has read what it needs.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path

from impact_desktop.io import csv_reader, sheet_scan, sources, xlsx_reader
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.sheet_extent import sheet_extent

HEAD_BYTES = 4096
BLOCK_BYTES = 1 << 20
#: Rows kept of a side table (the export's Rates, Targets, … sheets): more than any of them holds.
TABLE_ROWS = 100_001


class Source:
    """One spreadsheet file, opened once for a whole import; raises SpreadsheetError on opening
    when the file is not one we read (the sentence says what it is)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.encoding: str | None = None
        self._handle = None
        self._archive = None
        self._calamine = None
        self._openpyxl = None
        self._tables: dict[str, list[tuple[int, list]]] = {}
        self._scans: dict[str, sheet_scan.SheetScan] = {}
        self._fits: dict[str, bool] = {}
        self._prefetched: list[sheet_scan.PrefetchedScan] = []
        sources.check_path(self.path)
        try:
            handle = self.path.open("rb")
        except OSError as exc:
            raise sources.unreadable(self.path, exc) from exc
        try:
            self.kind = sources.kind_of(self.path, handle.read(HEAD_BYTES), handle)
            handle.seek(0)
            digest = hashlib.sha256()
            blocks = _hashed(iter(lambda: handle.read(BLOCK_BYTES), b""), digest)
            if self.kind == "csv":
                self.encoding = csv_reader.encoding_of(blocks)
            else:
                for _block in blocks:
                    pass
            self.sha256 = digest.hexdigest()
            if self.kind == "xlsx":
                handle.seek(0)
                self._archive = sources.open_zip(self.path, handle)
                self._handle = handle
        except OSError as exc:
            handle.close()
            raise sources.unreadable(self.path, exc) from exc
        except BaseException:
            handle.close()
            raise
        if self._handle is None:
            handle.close()

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

    def close(self) -> None:
        """Let go of the file (and of calamine's and openpyxl's workbooks); rows not read by now are lost."""
        for scan in getattr(self, "_prefetched", ()):
            scan.join()
        for name in ("_openpyxl", "_calamine", "_archive", "_handle"):
            held = getattr(self, name, None)
            if held is not None:
                setattr(self, name, None)
                with contextlib.suppress(Exception):  # closing what a reader refused to read: nothing to say
                    held.close()

    @property
    def name(self) -> str:
        return self.path.name

    @cached_property
    def _entries(self) -> list[tuple[str, str, str | None]]:
        return sheet_scan.sheet_entries(self.path, self._archive) if self.kind == "xlsx" else []

    @cached_property
    def sheets(self) -> list[str]:
        """Sheet names in workbook order; a CSV file is one sheet named after the file."""
        if self.kind == "csv":
            return [self.path.stem]
        try:
            return list(self._workbook().sheet_names)
        except SpreadsheetError:
            raise
        except Exception as exc:
            raise xlsx_reader._read_error(self.path, exc) from exc

    @cached_property
    def states(self) -> dict[str, str]:
        """Sheet name → ``"visible"``, ``"hidden"`` or ``"veryHidden"``; a CSV file is one visible sheet."""
        if self.kind == "csv":
            return {self.path.stem: sheet_scan.VISIBLE}
        return {name: state for name, state, _part in self._entries}

    @cached_property
    def xml_bytes(self) -> int:
        """Uncompressed size of all worksheet XML (0 for a CSV)."""
        return sources.sheet_xml_sizes(self._archive) if self.kind == "xlsx" else 0

    @cached_property
    def engine(self) -> str:
        """``"csv"``, or the workbook reader its size calls for (see :mod:`.xlsx_reader`)."""
        return "csv" if self.kind == "csv" else xlsx_reader.choose_engine(self)

    def part(self, sheet: str) -> str | None:
        """The zip part holding ``sheet``'s XML, or None when the workbook does not say."""
        return next((part for name, _state, part in self._entries if name == sheet), None)

    def rows(self, sheet: str | None = None, engine: str | None = None) -> Iterator[tuple[int, list]]:
        """``(row_number, cells)`` for every row of ``sheet`` (a CSV's one sheet), streamed: read each sheet
        through this once (the rows of a small one are kept by :meth:`table`)."""
        if self.kind == "csv":
            return csv_reader.iter_csv(self.path, self.encoding)
        fits = self.fits_calamine(sheet)  # measured for both engines: it refuses impossible sheets
        if fits and (engine or self.engine) == "calamine":
            return xlsx_reader.calamine_rows(self._workbook(), self.path, sheet)
        return self._openpyxl_rows(sheet)

    def table(self, sheet: str) -> list[tuple[int, list]]:
        """The first :data:`TABLE_ROWS` rows of a small sheet (a side table), read once and kept."""
        if sheet not in self._tables:
            self._tables[sheet] = list(itertools.islice(self.rows(sheet), TABLE_ROWS))
        return self._tables[sheet]

    def scan(self, sheet: str) -> sheet_scan.SheetScan:
        """Merged ranges and formula cells without a cached value of ``sheet`` (empty for a CSV)."""
        if self.kind == "csv":
            return sheet_scan.SheetScan()
        if sheet not in self._scans:
            self._scans[sheet] = sheet_scan.scan_part(self.path, self._archive, sheet, self.part(sheet))
        return self._scans[sheet]

    def prefetch_scan(self, sheet: str) -> Callable[[], sheet_scan.SheetScan]:
        """:meth:`scan` of ``sheet`` started in a thread now (while calamine parses the sheet), or on
        first use once openpyxl reads this file (it reads through the same open file)."""
        if self._openpyxl is not None:
            return functools.partial(self.scan, sheet)
        scan = sheet_scan.PrefetchedScan(functools.partial(self.scan, sheet), sheet)
        self._prefetched.append(scan)
        return scan

    def fits_calamine(self, sheet: str) -> bool:
        """Whether calamine may hold ``sheet`` whole (see :mod:`.sheet_extent`); raises SpreadsheetError."""
        if sheet not in self._fits:
            part = self.part(sheet)
            self._fits[sheet] = part is None or sheet_extent(self.path, self._archive, part).fits_calamine
        return self._fits[sheet]

    def _workbook(self):
        if self._calamine is None:
            self._calamine = xlsx_reader.open_calamine(self.path)
        return self._calamine

    def _openpyxl_rows(self, sheet: str) -> Iterator[tuple[int, list]]:
        if self._openpyxl is None:
            for scan in self._prefetched:  # openpyxl reads the same open file: not while a scan does
                scan.join()
            self._openpyxl = xlsx_reader.open_openpyxl(self.path, self._handle)
        return xlsx_reader.openpyxl_rows(self._openpyxl, self.path, sheet)


def iter_sheet(path: Path | str, sheet: str, engine: str | None = None) -> Iterator[tuple[int, list]]:
    """``(row_number, cleaned cells)`` for every row of one sheet of a workbook read on its own."""
    with Source(path) as source:
        yield from source.rows(sheet, engine)


def _hashed(blocks: Iterator[bytes], digest) -> Iterator[bytes]:
    for block in blocks:
        digest.update(block)
        yield block

"""What spreadsheet libraries hide, read from the workbook's XML itself, for either engine.

* Sheet visibility (``<sheet state="hidden">`` in ``xl/workbook.xml``): a hidden sheet is
  usually a lookup list or an old copy, not data to import.
* Merged ranges (``<mergeCell ref="A5:A8"/>``, after ``<sheetData>``): openpyxl's
  read-only worksheet has none, and calamine's and openpyxl's answers would differ anyway.
* Formula cells without a cached value (``<c r="B5"><f>SUM(B2:B4)</f><v/></c>``), which
  files written by scripts and never opened in Excel contain: both engines read them as
  empty cells, so their rows would silently vanish.

The sheet's XML is streamed once through zlib in 1 MB chunks and never parsed as a tree:
a chunk is searched in detail only when it contains an ``f`` byte at all (worksheet XML
of plain numbers and shared strings has none), and merged ranges are looked for only in
the part after the last row. Memory stays flat however large the sheet; a 100k-row sheet
costs about 35 ms. Rows without an ``r`` attribute (no mainstream writer omits it) are
not located, so a formula in such a row is not reported.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re
import threading
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from impact_desktop.core.texts import translate
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.merged import CellRange, column_letters

CHUNK_BYTES = 1 << 20
WORKBOOK_PART = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
VISIBLE = "visible"

_REF = re.compile(rb"\$?([A-Za-z]{1,3})\$?([0-9]+)")
_PREFIX = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?worksheet[\s>]")
_ATTR = {name: re.compile(rb"\b" + name + rb"""\s*=\s*["']([^"']*)["']""") for name in (b"r", b"t", b"si", b"ref")}


@dataclass(frozen=True)
class SheetScan:
    """One sheet's merged ranges and uncached formulas, over the whole sheet (titles included)."""

    merged: list[CellRange] = field(default_factory=list)
    uncached_formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    #: Cells showing an Excel error (``#REF!``, ``#N/A``): calamine reads them as empty.
    error_cells: dict[tuple[int, int], str] = field(default_factory=dict)


def scan_part(path: Path, archive: zipfile.ZipFile, sheet: str, part: str | None) -> SheetScan:
    """Merged ranges and formula cells without a cached value of ``sheet``, whose XML is ``part`` in the opened
    ``archive`` of ``path``; raises SpreadsheetError."""
    if part is None:
        return SheetScan()
    try:
        if part not in archive.NameToInfo:
            return SheetScan()
        with archive.open(part) as stream:
            return _Scanner().run(iter(lambda: stream.read(CHUNK_BYTES), b""))
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is damaged or incomplete: sheet '{1}' cannot be read ({2}).").format(
            path.name, sheet, type(exc).__name__)) from exc


def sheet_entries(path: Path, archive: zipfile.ZipFile) -> list[tuple[str, str, str | None]]:
    """``(name, state, zip part or None)`` for every sheet listed in the workbook, in workbook order."""
    try:
        workbook = ElementTree.fromstring(archive.read(WORKBOOK_PART))
        names = archive.NameToInfo
        rels = ElementTree.fromstring(archive.read(WORKBOOK_RELS)) if WORKBOOK_RELS in names else None
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, zlib.error, ElementTree.ParseError) as exc:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is damaged or is not a readable Excel workbook ({1}).").format(
            path.name, type(exc).__name__)) from exc
    targets = {}
    for rel in rels if rels is not None else []:
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        targets[rel.get("Id")] = part
    entries = []
    for element in workbook.iter():
        if _local(element.tag) != "sheet":
            continue
        rel_id = next((value for key, value in element.attrib.items() if key.startswith("{") and _local(key) == "id"),
                      None)
        entries.append((element.get("name", ""), element.get("state") or VISIBLE, targets.get(rel_id)))
    return entries


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _Scanner:
    """Streams a worksheet part: complete rows are checked for formulas, the tail for merges."""

    def __init__(self) -> None:
        self.prefix: bytes | None = None
        self.shared: dict[bytes, tuple[str, int, int]] = {}
        self.formulas: dict[tuple[int, int], str] = {}
        self.errors: dict[tuple[int, int], str] = {}

    def run(self, chunks) -> SheetScan:
        pending = b""
        for chunk in chunks:
            data = pending + chunk if pending else chunk
            if self.prefix is None:
                found = _PREFIX.search(data)
                if found is None:
                    pending = data
                    continue
                self._compile(found.group(1) or b"")
            cut = data.rfind(self.row_end)
            if cut < 0:
                pending = data
                continue
            cut += len(self.row_end)
            if b"f" in data:
                self._formulas(data, cut)
            if b'"e"' in data or b"'e'" in data:
                self._errors(data, cut)
            pending = data[cut:]
        spans = set()
        for found in self.merge.finditer(pending) if self.prefix is not None else ():
            corners = [_ref_position(ref) for ref in found.group(1).split(b":")]
            if None not in corners and 1 <= len(corners) <= 2:
                (row1, col1), (row2, col2) = corners[0], corners[-1]
                spans.add((min(row1, row2), min(col1, col2), max(row1, row2), max(col1, col2)))
        return SheetScan([CellRange(*span) for span in sorted(spans)], self.formulas, self.errors)

    def _compile(self, prefix: bytes) -> None:
        self.prefix = p = prefix + b":" if prefix else b""
        q = re.escape(p)
        self.row_end = b"</" + p + b"row>"
        self.cell = re.compile(b"<" + q + rb"c\b([^>]*?)(/?)>\s*")
        # <f …>text</f> or <f …/>, then the cached <v>value</v>, <v/> or nothing
        self.formula = re.compile(b"<" + q + rb"f\b([^>]*?)(?:/>|>(.*?)</" + q + rb"f>)\s*"
                                  b"(<" + q + rb"v\b[^>]*?(?:/>|>(.*?)</" + q + rb"v>))?", re.S)
        self.row = re.compile(b"<" + q + rb"row\b([^>]*)>")
        self.error = re.compile(b"<" + q + rb"""c\b([^>]*?\bt\s*=\s*["']e["'][^>]*)>(.*?)</""" + q + rb"c>", re.S)
        self.value = re.compile(b"<" + q + rb"v\b[^>]*>(.*?)</" + q + rb"v>", re.S)
        self.merge = re.compile(b"<" + q + rb"""mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["']""")

    def _errors(self, data: bytes, end: int) -> None:
        """Cells typed ``t="e"``: the error text Excel shows (``#REF!``) by position."""
        for found in self.error.finditer(data, 0, end):
            position = self._position(data, found.start(), found.start(), found.group(1))
            value = self.value.search(found.group(2))
            if position is not None:
                self.errors[position] = html.unescape(value.group(1).decode("utf-8", "replace")) if value else "#ERROR"

    def _formulas(self, data: bytes, end: int) -> None:
        for f_attrs, _body, _v, value in self.formula.findall(data, 0, end):
            if value and b"shared" not in f_attrs:
                continue  # what Excel saves: a formula with its value (the one regex pass is all it costs)
            self._formula_details(data, end)
            return

    def _formula_details(self, data: bytes, end: int) -> None:
        """The slow pass, for rows holding a formula without its value or a shared formula."""
        for formula in self.formula.finditer(data, 0, end):
            f_attrs, body, v_element, value = formula.groups()
            if value and b"shared" not in f_attrs:
                continue
            start = formula.start()
            tag = data.rfind(b"<", 0, start)
            cell = self.cell.match(data, tag, start)
            if cell is None or cell.end() != start:
                continue
            attrs = cell.group(1)
            # an empty <v/> is a cached empty text when the cell is typed as text (Excel's ="")
            cached = bool(value) or (v_element is not None and _attr(attrs, b"t") in (b"str", b"inlineStr"))
            if cached and b"ref" not in f_attrs:
                continue  # only a shared formula's first cell (it has the ref) is needed for the others
            position = self._position(data, tag, start, attrs)
            if position is None:
                continue
            text = self._text(f_attrs, body or b"", position)
            if not cached:
                self.formulas[position] = text

    def _text(self, attrs: bytes, body: bytes, position: tuple[int, int]) -> str:
        text = "=" + html.unescape(body.decode("utf-8", "replace"))
        if _attr(attrs, b"t") != b"shared":
            return text
        index = _attr(attrs, b"si")
        if body:
            self.shared[index] = (text, *position)
            return text
        master = self.shared.get(index)
        if master is None:
            return text
        return _translate(*master, position)

    def _position(self, data: bytes, tag: int, start: int, attrs: bytes) -> tuple[int, int] | None:
        ref = _attr(attrs, b"r")
        if ref:
            return _ref_position(ref)
        row_start = data.rfind(b"<" + self.prefix + b"row", 0, tag)
        row = self.row.match(data, row_start) if row_start >= 0 else None
        row_ref = _attr(row.group(1), b"r") if row else None
        if not row_ref or not row_ref.isdigit():
            return None
        column = -1
        for each in self.cell.finditer(data, row.end(), start):
            ref = _attr(each.group(1), b"r")
            found = _ref_position(ref) if ref else None
            column = found[1] if found else column + 1
        return int(row_ref), column


def _ref_position(ref: bytes) -> tuple[int, int] | None:
    """``b"B5"`` → ``(5, 1)``; None for anything that is not a cell reference."""
    found = _REF.fullmatch(ref.strip())
    return (int(found.group(2)), _column_index(found.group(1))) if found else None


@functools.lru_cache(maxsize=4096)
def _column_index(letters: bytes) -> int:
    column = 0
    for letter in letters.upper():
        column = column * 26 + letter - 64
    return column - 1


def _attr(attrs: bytes, name: bytes) -> bytes | None:
    found = _ATTR[name].search(attrs)
    return found.group(1) if found else None


def _translate(text: str, row: int, column: int, position: tuple[int, int]) -> str:
    """A shared formula's text as it reads in another cell (``=B1+1`` in B2 → ``=B2+1`` in B3)."""
    from openpyxl.formula.translate import Translator, TranslatorError

    try:
        origin = f"{column_letters(column)}{row}"
        return Translator(text, origin).translate_formula(f"{column_letters(position[1])}{position[0]}")
    except (TranslatorError, ValueError):
        return text


class PrefetchedScan:
    """A sheet's scan started in a thread now, its answer collected later by calling it.

    Unzipping a sheet's XML releases the GIL, so the scan runs on the second core while
    calamine parses the same sheet: the importer gets the scan for free instead of paying
    ~35 ms per 100k rows after the parse. Calling the object waits for the answer and
    returns it (or raises the scan's SpreadsheetError). ``scan`` is what runs in the
    thread (a :class:`~impact_desktop.io.source.Source`'s scan of ``sheet``).
    """

    def __init__(self, scan: Callable[[], SheetScan], sheet: str) -> None:
        self.sheet = sheet
        self._scan = scan
        self._result: SheetScan | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=f"scan {sheet}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = self._scan()
        except BaseException as exc:  # handed to the caller in __call__, never lost in the thread
            self._error = exc

    def join(self) -> None:
        self._thread.join()

    def __call__(self) -> SheetScan:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result

"""Reading CSV as Excel writes it: UTF-8 with or without BOM, or GB18030/GBK in China (UTF-16/32 with a BOM too).

The file is streamed, never held: memory does not grow with its size. The encoding is
decided on the whole file all the same (UTF-8 is strict, so GBK text never decodes as
UTF-8 by accident) by one pass of an incremental decoder that keeps nothing; the
delimiter is sniffed from the first lines.
"""

from __future__ import annotations

import codecs
import csv
import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path

from impact_desktop.core.texts import translate
from impact_desktop.io.cells import unescape_text
from impact_desktop.io.errors import SpreadsheetError

DELIMITERS = ",;\t|"
CHUNK_BYTES = 1 << 20
#: What the delimiter is sniffed on: the first lines of the file.
SNIFF_BYTES = 64 << 10
SNIFF_LINES = 50
#: The longest cell a CSV row may hold (Python's csv default); a longer one is nearly always an unclosed quote.
FIELD_LIMIT = csv.field_size_limit()


def detect_encoding(path: Path) -> str:
    """The encoding to read ``path`` with (UTF-8, else GB18030; UTF-16/32 by their BOM)."""
    with path.open("rb") as handle:
        return encoding_of(iter(lambda: handle.read(CHUNK_BYTES), b""))


def encoding_of(blocks: Iterable[bytes]) -> str:
    """The encoding of the file whose bytes are ``blocks`` (all of them are consumed: whoever
    hands them over may hash them on the way, so the file is read once for both)."""
    blocks = iter(blocks)
    first = next(blocks, b"")
    while len(first) < 4:
        more = next(blocks, None)
        if more is None:
            break
        first += more
    head = first[:4]
    decoder = codecs.getincrementaldecoder("utf-8")()
    answer = None
    if head in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        answer = "utf-32"
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        answer = "utf-16"
    for block in itertools.chain([first], blocks):
        if answer is None:
            try:
                decoder.decode(block)
            except UnicodeDecodeError:
                answer = "gb18030"
    if answer is None:
        try:
            decoder.decode(b"", final=True)
            answer = "utf-8-sig"
        except UnicodeDecodeError:
            answer = "gb18030"
    return answer


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:SNIFF_LINES])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {delimiter: sample.count(delimiter) for delimiter in DELIMITERS}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def iter_csv(path: Path, encoding: str | None = None) -> Iterator[tuple[int, list]]:
    """``(row_number, cells)`` for every record of ``path``, streamed; raises SpreadsheetError.

    ``encoding``, when known already (see :func:`encoding_of`), spares a pass over the file.
    """
    encoding = encoding or detect_encoding(path)
    with path.open("r", encoding=encoding, newline="") as handle:
        try:
            head = handle.read(SNIFF_BYTES)
        except UnicodeDecodeError as exc:
            raise _encoding_error(path, encoding, exc) from exc
        if not head.strip() and not handle.read(1):
            raise SpreadsheetError(translate("FileRead", "{0} is empty: it has no rows.").format(path.name))
        delimiter = sniff_delimiter(head)
        handle.seek(0)
        lines = _BoundedLines(handle)
        reader = csv.reader(lines, delimiter=delimiter)
        number, line, header = 0, 0, []
        try:
            for number, values in enumerate(reader, start=1):
                line, previous = reader.line_num, line
                lines.record_done(line)
                row = [(text if text[:1] != "'" else unescape_text(text)) or None for text in map(str.strip, values)]
                if number == 1:
                    header = row
                while row and row[-1] is None:
                    row.pop()
                yield number, row
            if line - previous > 1 and lines.last_quotes % 2 == 1:
                raise SpreadsheetError(translate(
                    "FileRead", "{0}: row {1} (line {2}) opens a quote (\") that is never closed, so "
                    "every line after it would be read as one cell; close the quote, or remove it.").format(
                    path.name, number, previous + 1))
        except UnicodeDecodeError as exc:
            raise _encoding_error(path, encoding, exc) from exc
        except _LineTooLong:
            raise _long_cell(path, number + 1, line + 1, lines, delimiter, header, LINE_LIMIT) from None
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise _long_cell(path, number + 1, line + 1, lines, delimiter, header, FIELD_LIMIT) from exc
            raise SpreadsheetError(translate(
                "FileRead", "{0} is not a well-formed CSV file: row {1} (line {2}) cannot be read ({3}).").format(
                path.name, number + 1, line + 1, exc)) from exc


#: The longest physical line read: past it the line is refused before it is held whole (a 300 MB
#: single line would otherwise be read into memory, several times over, before the csv module says a word).
LINE_LIMIT = 4 << 20


class _LineTooLong(Exception):
    pass


class _BoundedLines:
    """The file's lines for the csv module, each read from a bounded prefix.

    Keeps what an error about the current record needs: the start of its first line (to
    name the column) and whether any of its lines holds a quote (an unclosed quote, or not).
    """

    def __init__(self, handle) -> None:
        self.handle, self.count, self.mark, self.start, self.quoted = handle, 0, 0, "", False
        #: Quotes in the lines of the current record, and of the record before (the last one, at the end).
        self.quotes = self.last_quotes = 0

    def __iter__(self):
        return self

    def record_done(self, line_num: int) -> None:
        self.mark, self.quoted = line_num, False
        self.last_quotes, self.quotes = self.quotes, 0

    def __next__(self) -> str:
        text = self.handle.readline(LINE_LIMIT + 1)
        if not text:
            raise StopIteration
        self.count += 1
        if self.count == self.mark + 1:
            self.start = text[:FIELD_LIMIT * 2]
        quotes = text.count('"', 0, LINE_LIMIT)
        self.quotes += quotes
        self.quoted = self.quoted or quotes > 0
        if len(text) > LINE_LIMIT:
            raise _LineTooLong
        return text


def _long_cell(path: Path, row: int, line: int, lines: _BoundedLines, delimiter: str, header: list,
               limit: int) -> SpreadsheetError:
    """"row N, column X: cell longer than …", with the column it starts in; a quote is blamed only if there is one."""
    cells = lines.start.split(delimiter)
    opened = (i for i, cell in enumerate(cells) if cell.lstrip().startswith('"') and cell.count('"') % 2)
    long = (i for i, cell in enumerate(cells) if len(cell) > min(limit, FIELD_LIMIT))
    index = next(opened, None) if lines.quoted else None
    index = next(long, len(cells) - 1) if index is None else index
    name = header[index] if index < len(header) and header[index] else f"#{index + 1}"
    if lines.quoted:
        return SpreadsheetError(translate(
            "FileRead", "{0}: row {1} (line {2}), column {3}: a cell longer than {4} characters: a quote (\") opened "
            "there that does not close, or text that is not a figure; close the quote, or shorten the cell.").format(
            path.name, row, line, name, f"{limit:,}"))
    return SpreadsheetError(translate(
        "FileRead", "{0}: row {1} (line {2}), column {3}: a cell longer than {4} characters, which is text, not a "
        "figure; shorten the cell or leave the column out.").format(path.name, row, line, name, f"{limit:,}"))


def _encoding_error(path: Path, encoding: str, exc: UnicodeDecodeError) -> SpreadsheetError:
    if encoding in ("utf-16", "utf-32"):
        return SpreadsheetError(translate(
            "FileRead", "{0} is damaged: it starts as {1} text but part of it cannot be read (the file may be cut "
            "short); save it again as CSV UTF-8.").format(path.name, encoding.upper()))
    return SpreadsheetError(translate(
        "FileRead", "{0} is not text in UTF-8 or GBK; save it as CSV UTF-8 and try again.").format(path.name))


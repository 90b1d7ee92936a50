"""Reading CSV as Excel writes it: UTF-8 with or without BOM, or GB18030/GBK in China.

The encoding is decided on the whole file (UTF-8 is strict, so GBK text never decodes
as UTF-8 by accident); the delimiter is sniffed from the first lines.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from impact_desktop.io.cells import unescape_text
from impact_desktop.io.errors import SpreadsheetError

DELIMITERS = ",;\t|"


def decode(path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was read with."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise SpreadsheetError(f"{path.name} is damaged: it starts as UTF-16 text but byte {exc.start} cannot "
                                   "be read (the file may be cut short); save it again as CSV UTF-8.") from exc
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise SpreadsheetError(f"{path.name} is not text in UTF-8 or GBK; save it as CSV UTF-8 and try again.")


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {delimiter: sample.count(delimiter) for delimiter in DELIMITERS}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def iter_csv(path: Path) -> Iterator[tuple[int, list]]:
    text, _encoding = decode(path)
    if not text.strip():
        raise SpreadsheetError(f"{path.name} is empty: it has no rows.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        for number, values in enumerate(reader, start=1):
            row = [unescape_text(value.strip()) or None for value in values]
            while row and row[-1] is None:
                row.pop()
            yield number, row
    except csv.Error as exc:
        raise SpreadsheetError(f"{path.name} is not a well-formed CSV file ({exc}).") from exc

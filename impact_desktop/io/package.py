"""What a workbook's zip package may hold before any reader opens it.

A workbook is a zip of XML parts, and a zip can lie: a sheet that inflates to gigabytes
from a few megabytes (a zip bomb), a part whose header claims fewer bytes than its data
holds, or XML declaring entities that expand to millions of characters ("billion laughs").
The readers (calamine in Rust, openpyxl) would read such parts into memory before any
check of ours could run, so the package is vetted first, from its central directory and
the first bytes of each XML part: every refusal is one sentence naming the part.

Other spreadsheet formats in a zip (OpenDocument .ods, Excel binary .xlsb) are named as
such, with what to do.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from impact_desktop.core.texts import translate
from impact_desktop.io.errors import SpreadsheetError

#: A worksheet's XML: about 1 GiB is a million rows of twenty columns, more than Excel users send.
MAX_SHEET_BYTES = 1 << 30
#: Shared strings, styles, the workbook and the rest are read whole into memory by both readers.
MAX_OTHER_PART_BYTES = 128 << 20
MAX_TOTAL_BYTES = 2 << 30
#: Sheet XML compresses 5–30× (repetitive sheets up to ~100×); zip bombs compress 1000×.
MAX_RATIO = 200
#: Parts smaller than this are never refused for their ratio (a tiny part compresses oddly).
RATIO_FLOOR_BYTES = 1 << 20
#: The XML prolog (declaration, comments) before the root element; a DTD would sit here.
PROLOG_BYTES = 64 << 10

_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT = re.compile(rb"<[A-Za-z_]")
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def check_archive(path: Path, archive: zipfile.ZipFile) -> None:
    """Raise :class:`SpreadsheetError` unless the opened zip ``archive`` (of ``path``) is safe to hand to a reader."""
    try:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        _other_format(path, archive, names)
        if "xl/workbook.xml" not in names:
            raise SpreadsheetError(translate(
                "FileRead", "{0} is a zip archive but not an Excel workbook; choose an Excel workbook "
                "(.xlsx, .xlsm) or a CSV file.").format(path.name))
        _check_sizes(path, infos)
        for info in infos:
            if info.filename.endswith((".xml", ".rels")) and not info.is_dir():
                _check_prolog(path, archive, info)
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is damaged or incomplete (was it fully copied or downloaded?).").format(
            path.name)) from exc


def _other_format(path: Path, archive: zipfile.ZipFile, names: set[str]) -> None:
    """A zip that is a spreadsheet, but not one we read: say which, and how to convert it."""
    if "xl/workbook.bin" in names:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is an Excel binary workbook (.xlsb); open it in Excel and save it as "
            "Excel Workbook (.xlsx), then import that file.").format(path.name))
    if "Index/Document.iwa" in names or any(name.startswith("Index/") and name.endswith(".iwa") for name in names):
        raise SpreadsheetError(translate(
            "FileRead", "{0} is an Apple Numbers document; open it in Numbers and choose File → "
            "Export To → Excel (.xlsx), then import that file.").format(path.name))
    if "mimetype" in names or "content.xml" in names:
        mime = archive.read("mimetype")[:200] if "mimetype" in names else b""
        if mime.startswith(_ODS_MIME) or ("content.xml" in names and "xl/workbook.xml" not in names):
            raise SpreadsheetError(translate(
                "FileRead", "{0} is an OpenDocument spreadsheet (.ods); open it in LibreOffice Calc "
                "or Excel and save it as Excel Workbook (.xlsx), then import that file.").format(path.name))


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    total = 0
    for info in infos:
        size, packed = info.file_size, info.compress_size
        total += size
        sheet = info.filename.startswith("xl/worksheets/")
        limit = MAX_SHEET_BYTES if sheet else MAX_OTHER_PART_BYTES
        if size > limit:
            raise SpreadsheetError(translate(
                "FileRead", "{0} is refused: its part {1} would unpack to {2}, more than the "
                "{3} a workbook part may hold.").format(path.name, info.filename, _mb(size), _mb(limit)))
        if size > RATIO_FLOOR_BYTES and size > packed * MAX_RATIO:
            raise SpreadsheetError(translate(
                "FileRead", "{0} is refused: its part {1} would unpack from {2} to {3} "
                "({4}×), which only a zip bomb does.").format(
                path.name, info.filename, _mb(packed), _mb(size), f"{size // max(packed, 1):,}"))
        if info.compress_type != zipfile.ZIP_STORED and packed > 2 * size + 1024:
            raise SpreadsheetError(translate(
                "FileRead", "{0} is damaged: its part {1} holds more compressed data ({2}) than it "
                "says it unpacks to ({3}).").format(path.name, info.filename, _mb(packed), _mb(size)))
    if total > MAX_TOTAL_BYTES:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is refused: it would unpack to {1}, more than the {2} a workbook may hold.").format(
            path.name, _mb(total), _mb(MAX_TOTAL_BYTES)))


def _check_prolog(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """No DTD (entity declarations) before the root element: Office never writes one."""
    with archive.open(info) as stream:
        head = stream.read(PROLOG_BYTES)
    root = _ROOT.search(head)
    prolog = head[:root.start()] if root else head
    if _DTD.search(prolog):
        raise SpreadsheetError(translate(
            "FileRead", "{0} is refused: its part {1} declares XML entities (a DTD), "
            "which Excel never writes and which can expand without limit.").format(path.name, info.filename))
    if root is None and len(head) >= PROLOG_BYTES:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is damaged: its part {1} has no XML element in its first {2} KB.").format(
            path.name, info.filename, PROLOG_BYTES // 1024))


def read_exactly(path: Path, stream, part: str):
    """Chunks of an opened zip part, refusing a part whose data runs past its declared size.

    Python's zipfile stops at the size the header declares; a part with more deflated
    data than that would be read whole by a reader that trusts the data instead.
    """
    yield from iter(lambda: stream.read(1 << 20), b"")
    left = getattr(stream, "_compress_left", 0)
    decompressor = getattr(stream, "_decompressor", None)
    unused = getattr(decompressor, "unconsumed_tail", b"") or getattr(decompressor, "unused_data", b"")
    if left or unused or (decompressor is not None and getattr(decompressor, "eof", True) is False):
        raise SpreadsheetError(translate(
            "FileRead", "{0} is damaged: its part {1} holds more data than its header says.").format(path.name, part))


def _mb(size: int) -> str:
    if size >= 1 << 30:
        return f"{size / (1 << 30):,.1f} GB"
    return f"{size / (1 << 20):,.1f} MB"

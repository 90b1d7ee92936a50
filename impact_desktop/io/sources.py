"""Opening a file the user picked: recognise what it is before trusting its extension.

A password-protected .xlsx is not a zip at all but an OLE compound file holding an
``EncryptedPackage`` stream; a truncated .xlsx is a zip without its central directory;
a renamed PDF is neither. Each gets one sentence instead of a library's traceback.
"""

from __future__ import annotations

import functools
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from impact_desktop.core.texts import translate
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.package import check_package

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass(frozen=True)
class SheetRows:
    """One sheet's rows: ``rows`` yields ``(row_number, cells)`` with 1-based row numbers."""

    name: str
    rows: Iterator[tuple[int, list]]


def file_kind(path: Path) -> str:
    """'xlsx' or 'csv', or raise :class:`SpreadsheetError` saying what the file really is."""
    if not path.exists():
        raise SpreadsheetError(translate("FileRead", "{0}: no such file.").format(path.name))
    if path.is_dir():
        if path.suffix.lower() == ".numbers":  # an older Numbers document is a folder (a package)
            raise SpreadsheetError(translate(
                "FileRead", "{0} is an Apple Numbers document; open it in Numbers and choose File → "
                "Export To → Excel (.xlsx), then import that file.").format(path.name))
        raise SpreadsheetError(translate("FileRead", "{0} is a folder, not a spreadsheet.").format(path.name))
    if not path.is_file():  # a pipe would block the read below for ever; a device never ends
        raise SpreadsheetError(translate(
            "FileRead", "{0} is not a regular file (it is a pipe, socket or device); "
            "choose an Excel workbook (.xlsx, .xlsm) or a CSV file saved on disk.").format(path.name))
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise SpreadsheetError(translate(
            "FileRead", "{0} cannot be read: {1}.").format(path.name, exc.strerror or exc)) from exc
    if not head:
        raise SpreadsheetError(translate("FileRead", "{0} is empty (0 bytes).").format(path.name))
    suffix = path.suffix.lower()
    if head.startswith(OLE_MAGIC):
        if _is_encrypted(path):
            raise SpreadsheetError(translate(
                "FileRead", "{0} is password-protected; open it in Excel, remove the password "
                "(File → Info → Protect Workbook) and save it again.").format(path.name))
        raise SpreadsheetError(translate(
            "FileRead", "{0} is an old-format Excel file (.xls); save it as .xlsx and try again.").format(path.name))
    if head.startswith(ZIP_MAGIC):
        _check_zip(path)
        return "xlsx"
    if head.startswith(b"%PDF") or b"\x00" in head[:1024] and not _looks_utf16(head):
        raise SpreadsheetError(_not_a_spreadsheet(path))
    if suffix in XLSX_SUFFIXES:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is not a valid Excel workbook (it is not a zip package).").format(path.name))
    if suffix not in CSV_SUFFIXES:
        raise SpreadsheetError(_not_a_spreadsheet(path))
    return "csv"


def _not_a_spreadsheet(path: Path) -> str:
    return translate("FileRead", "{0} is not a spreadsheet; choose an Excel workbook (.xlsx, .xlsm) or a CSV "
                                 "file.").format(path.name)


def _looks_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        data = handle.read(1 << 20)
    return "EncryptedPackage".encode("utf-16-le") in data


def _check_zip(path: Path) -> None:
    try:
        stat = path.stat()
        _zip_readable(str(path), stat.st_size, stat.st_mtime_ns)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is damaged or incomplete (was it fully copied or downloaded?).").format(
            path.name)) from exc
    check_package(path)


@functools.lru_cache(maxsize=8)
def _zip_readable(name: str, _size: int, _mtime: int) -> None:
    """Opens the zip's directory once per file as it is (every sheet of a workbook is checked)."""
    with zipfile.ZipFile(name) as archive:
        archive.namelist()


def sheet_xml_sizes(path: Path) -> int:
    """Uncompressed size of all worksheet XML: a cheap proxy for the cells in a workbook."""
    stat = Path(path).stat()
    return _sheet_xml_sizes(str(path), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _sheet_xml_sizes(name: str, _size: int, _mtime: int) -> int:
    with zipfile.ZipFile(name) as archive:
        return sum(info.file_size for info in archive.infolist() if info.filename.startswith("xl/worksheets/"))

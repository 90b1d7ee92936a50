"""Opening a file the user picked: recognise what it is before trusting its extension.

A password-protected .xlsx is not a zip at all but an OLE compound file holding an
``EncryptedPackage`` stream; a truncated .xlsx is a zip without its central directory;
a renamed PDF is neither. Each gets one sentence instead of a library's traceback.

These look at a file already opened by :class:`~impact_desktop.io.source.Source` (its first
bytes, its zip), so recognising a file costs no open of its own.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from impact_desktop.core.texts import translate
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.package import check_archive

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")


def check_path(path: Path) -> None:
    """Refuse what cannot be opened as a file at all: nothing there, a folder, a pipe or a device."""
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


def unreadable(path: Path, exc: OSError) -> SpreadsheetError:
    return SpreadsheetError(translate(
        "FileRead", "{0} cannot be read: {1}.").format(path.name, exc.strerror or exc))


def kind_of(path: Path, head: bytes, handle: BinaryIO) -> str:
    """'xlsx' or 'csv' for the file whose first bytes are ``head`` (``handle`` is it, opened), or raise
    :class:`SpreadsheetError` saying what the file really is. A zip's package is checked on its own."""
    if not head:
        raise SpreadsheetError(translate("FileRead", "{0} is empty (0 bytes).").format(path.name))
    suffix = path.suffix.lower()
    if head.startswith(OLE_MAGIC):
        handle.seek(0)
        if "EncryptedPackage".encode("utf-16-le") in handle.read(1 << 20):
            raise SpreadsheetError(translate(
                "FileRead", "{0} is password-protected; open it in Excel, remove the password "
                "(File → Info → Protect Workbook) and save it again.").format(path.name))
        raise SpreadsheetError(translate(
            "FileRead", "{0} is an old-format Excel file (.xls); save it as .xlsx and try again.").format(path.name))
    if head.startswith(ZIP_MAGIC):
        return "xlsx"
    if head.startswith(b"%PDF") or b"\x00" in head[:1024] and not _looks_utf16(head):
        raise SpreadsheetError(_not_a_spreadsheet(path))
    if suffix in XLSX_SUFFIXES:  # text under an Excel name: what a system's "Export to Excel" often writes
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
        if start.startswith(b"<"):  # an HTML table, or Excel 2003's XML
            raise SpreadsheetError(translate(
                "FileRead", "{0} is a web page or XML file saved under an Excel name: open it in Excel and save "
                "it as .xlsx.").format(path.name))
        raise SpreadsheetError(translate(
            "FileRead", "{0} is a text file (CSV), not an Excel workbook: rename it to .csv.").format(path.name))
    if suffix not in CSV_SUFFIXES:
        raise SpreadsheetError(_not_a_spreadsheet(path))
    return "csv"


def open_zip(path: Path, handle: BinaryIO) -> zipfile.ZipFile:
    """The zip package read from ``handle``, checked to be safe to hand to a reader (see :mod:`.package`)."""
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise SpreadsheetError(translate(
            "FileRead", "{0} is damaged or incomplete (was it fully copied or downloaded?).").format(
            path.name)) from exc
    try:
        check_archive(path, archive)
    except BaseException:
        archive.close()
        raise
    return archive


def _not_a_spreadsheet(path: Path) -> str:
    return translate("FileRead", "{0} is not a spreadsheet; choose an Excel workbook (.xlsx, .xlsm) or a CSV "
                                 "file.").format(path.name)


def _looks_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def sheet_xml_sizes(archive: zipfile.ZipFile) -> int:
    """Uncompressed size of all worksheet XML: a cheap proxy for the cells in a workbook."""
    return sum(info.file_size for info in archive.infolist() if info.filename.startswith("xl/worksheets/"))

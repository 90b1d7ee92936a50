"""Workbooks built to hurt: each ends in an import or one clear refusal, never an abort.

The far-flung cell used to abort the process (calamine asked for 512 GB), and the zip
bomb filled memory; both run here in a child process limited to 1 GB of address space,
so a regression fails the test instead of the machine.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.reading import open_table
from impact_desktop.io.sheet_extent import CALAMINE_MAX_CELLS, sheet_extent
from impact_desktop.io.source import Source, iter_sheet

HEADER = ["Business unit", "Program", "Date", "Donations (CNY)"]
ROW = ["Ant Financial", "Ant Forest", dt.date(2018, 3, 1), 100]


def workbook_bytes(extra=None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    sheet.append(HEADER)
    sheet.append(ROW)
    if extra:
        extra(sheet)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rewrite(path: Path, source: bytes, parts: dict) -> Path:
    """``source`` with some parts replaced (a callable gets the old bytes) or streamed (a generator)."""
    original = zipfile.ZipFile(io.BytesIO(source))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for info in original.infolist():
            data = original.read(info.filename)
            change = parts.get(info.filename)
            if change is None:
                archive.writestr(info.filename, data)
                continue
            with archive.open(info.filename, "w", force_zip64=True) as stream:
                for block in change(data):
                    stream.write(block)
        for name in set(parts) - set(original.namelist()):  # a part the workbook did not have
            with archive.open(name, "w", force_zip64=True) as stream:
                for block in parts[name](b""):
                    stream.write(block)
    return path


def bomb_sheet(megabytes: int):
    def parts(data: bytes):
        head, tail = data.split(b"</sheetData>")
        yield head
        block = b"<row/>" * (1 << 17)
        for _ in range(megabytes * (1 << 20) // len(block)):
            yield block
        yield b"</sheetData>" + tail
    return parts


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "lollollollollollollollollollol">'
          b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
          b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">'
          b'<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>')


def with_dtd(data: bytes):
    body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
    yield LAUGHS + body.replace(b"Ant Forest", b"&g;")


def run_limited(script: str, *args: str, limit: int = 1 << 30) -> subprocess.CompletedProcess:
    """``script`` in a child process that may map at most ``limit`` bytes."""
    code = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    """) + textwrap.dedent(script)
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=600)


IMPORT_SCRIPT = """
    import json
    from click.testing import CliRunner
    from impact_desktop.cli import cli
    result = CliRunner().invoke(cli, ["--db", sys.argv[1], "import", sys.argv[2], *sys.argv[3:]])
    print(json.dumps({"code": result.exit_code, "output": result.output,
                      "exception": repr(result.exception) if result.exit_code not in (0, 1) else None}))
"""


def measured(path: Path):
    with zipfile.ZipFile(path) as archive:
        return sheet_extent(path, archive, "xl/worksheets/sheet1.xml")


def limited_import(db: Path, path: Path, *options: str) -> dict:
    done = run_limited(IMPORT_SCRIPT, str(db), str(path), *options)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_stray_cell_at_the_last_cell_of_excel_is_reported_not_fatal(tmp_path):
    path = tmp_path / "far.xlsx"
    path.write_bytes(workbook_bytes(lambda sheet: sheet.cell(1048576, 16384, "stray")))
    result = limited_import(tmp_path / "far.db", path)
    assert result["code"] == 1, result
    assert "XFD" in result["output"] and "not mapped" in result["output"]
    assert not (tmp_path / "far.db").exists()
    extent = measured(path)
    assert (extent.rows, extent.columns) == (1048576, 16384) and not extent.fits_calamine
    result = limited_import(tmp_path / "far.db", path, "--map", "#16384=skip")
    assert result["code"] == 0 and "Imported 1 " in result["output"], result


def test_a_far_row_streams_and_a_sparse_wide_sheet_keeps_its_rows(tmp_path):
    path = tmp_path / "far-row.xlsx"
    path.write_bytes(workbook_bytes(lambda sheet: sheet.cell(1048576, 1, "note")))
    assert Source(path).engine == "calamine"  # by its size; the extent sends it to the streaming reader
    result = limited_import(tmp_path / "far-row.db", path)
    assert result["code"] == 0 and "Imported 1 " in result["output"], result
    wide = tmp_path / "wide.xlsx"
    wide.write_bytes(workbook_bytes(lambda sheet: sheet.cell(4000, 3000, "x")))
    assert measured(wide).cells > CALAMINE_MAX_CELLS
    rows = list(iter_sheet(wide, "Data", "calamine"))
    assert rows[1] == (2, ["Ant Financial", "Ant Forest", dt.date(2018, 3, 1), 100])
    assert len(rows) == 4000 and len(rows[-1][1]) == 3000 and rows[-1][1][-1] == "x"
    assert all(cells == [] for _n, cells in rows[2:-1])


def test_a_cell_past_excels_last_cell_is_damage(tmp_path):
    source = workbook_bytes()
    path = rewrite(tmp_path / "beyond.xlsx", source, {"xl/worksheets/sheet1.xml": lambda data: [
        data.replace(b"</sheetData>", b'<row r="1048577"><c r="A1048577" t="n"><v>1</v></c></row></sheetData>')]})
    with pytest.raises(SpreadsheetError, match="beyond Excel's last cell"):
        list(iter_sheet(path, "Data"))


@pytest.mark.parametrize(("part", "expected"), [
    ("xl/worksheets/sheet1.xml", "zip bomb"),
    ("xl/sharedStrings.xml", "more than the 128.0 MB"),
])
def test_zip_bombs_are_refused_before_reading(tmp_path, part, expected):
    source = workbook_bytes()
    if part == "xl/sharedStrings.xml":
        def strings(_data):
            yield b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            for _ in range(150):
                yield b"<si><t>" + b"A" * (1 << 20) + b"</t></si>"
            yield b"</sst>"
        change = strings
    else:
        change = bomb_sheet(400)
    path = rewrite(tmp_path / "bomb.xlsx", source, {part: change})
    assert path.stat().st_size < 3 << 20
    result = limited_import(tmp_path / "bomb.db", path)
    assert result["code"] == 1 and expected in result["output"], result
    assert len(result["output"].strip().splitlines()) == 1
    assert not (tmp_path / "bomb.db").exists()


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml"])
def test_xml_entity_declarations_are_refused(tmp_path, part):
    path = rewrite(tmp_path / "laughs.xlsx", workbook_bytes(), {part: with_dtd})
    result = limited_import(tmp_path / "laughs.db", path)
    assert result["code"] == 1 and "declares XML entities" in result["output"] and part in result["output"], result


def test_ods_and_xlsb_are_named_with_what_to_do(tmp_path):
    ods = tmp_path / "report.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    xlsb = tmp_path / "report.xlsb"
    with zipfile.ZipFile(xlsb, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    for path, name in ((ods, "OpenDocument spreadsheet (.ods)"), (xlsb, "Excel binary workbook (.xlsb)")):
        with pytest.raises(SpreadsheetError) as refused:
            open_table(path, {})
        assert name in str(refused.value) and "save it as Excel Workbook (.xlsx)" in str(refused.value)


def test_an_apple_numbers_document_is_named_with_what_to_do(tmp_path):
    document = tmp_path / "budget.numbers"
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("Index/Document.iwa", b"\x00\x01")
        archive.writestr("Metadata/Properties.plist", b"bplist00")
    renamed = tmp_path / "budget.xlsx"
    renamed.write_bytes(document.read_bytes())
    package = tmp_path / "old.numbers"
    (package / "Index").mkdir(parents=True)
    for path in (document, renamed, package):
        with pytest.raises(SpreadsheetError) as refused:
            open_table(path, {})
        assert "Apple Numbers document" in str(refused.value) and "Excel (.xlsx)" in str(refused.value)

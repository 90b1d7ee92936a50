"""A generator of hostile spreadsheets: bombs, entities, far-flung cells, huge cells, junk, extreme values.

:func:`generate` writes them all into a folder and returns what each should end in: an
import (``IMPORT``), a refusal (``REFUSE``) or either (``EITHER``: what matters is that it
ends in one of the two, in one clear line, without changing the store when refused).
The hostile-files test runs every one through the command line in a child process
limited to 1 GB; ``python -m tests.unit.hostile_files DIR`` writes them for a look.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import random
import re
import struct
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

IMPORT, REFUSE, EITHER = "import", "refuse", "either"
HEADER = ["Business unit", "Program", "Date", "Donations (CNY)"]
ROWS = [["Ant Financial", "Ant Forest", dt.date(2018, 3, 1), 100],
        ["Cainiao", "Recycling", dt.date(2018, 4, 1), 250.5]]
SHEET = "xl/worksheets/sheet1.xml"


@dataclass(frozen=True)
class Hostile:
    name: str
    path: Path
    expect: str
    options: list[str] = field(default_factory=list)


def workbook(rows: list[list] | None = None, extra: Callable | None = None, sheets: int = 1) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Data"
    for row in [HEADER, *(ROWS if rows is None else rows)]:
        sheet.append(row)
    for number in range(1, sheets):
        book.create_sheet(f"Other {number}").append(["x"])
    if extra:
        extra(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def repack(source: bytes, parts: dict[str, Callable[[bytes], Iterator[bytes]] | None]) -> bytes:
    """``source`` with parts replaced by what their function yields (None drops a part; new names are added)."""
    original = zipfile.ZipFile(io.BytesIO(source))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        names = original.namelist()
        for name in names + [n for n in parts if n not in names]:
            if name in parts and parts[name] is None:
                continue
            data = original.read(name) if name in names else b""
            with archive.open(name, "w", force_zip64=True) as stream:
                for block in parts[name](data) if name in parts else [data]:
                    stream.write(block)
    return buffer.getvalue()


def replaced(old: bytes, new: bytes) -> Callable[[bytes], Iterator[bytes]]:
    def change(data: bytes) -> Iterator[bytes]:
        yield data.replace(old, new, 1)
    return change


def bomb(megabytes: int) -> Callable[[bytes], Iterator[bytes]]:
    def change(data: bytes) -> Iterator[bytes]:
        head, tail = data.split(b"</sheetData>")
        yield head
        block = b"<row/>" * (1 << 17)
        for _ in range(megabytes * (1 << 20) // len(block)):
            yield block
        yield b"</sheetData>" + tail
    return change


def shared_strings_bomb(_data: bytes) -> Iterator[bytes]:
    yield b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    for _ in range(150):
        yield b"<si><t>" + b"A" * (1 << 20) + b"</t></si>"
    yield b"</sst>"


LAUGHS = (b'<!DOCTYPE lolz [<!ENTITY a "lollollollollollollollollollol">'
          b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
          b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">'
          b'<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>')
EXTERNAL = b'<!DOCTYPE x [<!ENTITY g SYSTEM "file:///etc/passwd">]>'


def with_doctype(doctype: bytes, padding: bytes = b"") -> Callable[[bytes], Iterator[bytes]]:
    def change(data: bytes) -> Iterator[bytes]:
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        yield b'<?xml version="1.0"?>' + padding + doctype + body.replace(b"Ant Forest", b"&g;")
    return change


def lying_size(data: bytes, part: str, declared: int) -> bytes:
    """A zip whose ``part`` says it unpacks to ``declared`` bytes, in both its headers, but holds more."""
    source = zipfile.ZipFile(io.BytesIO(data))
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as archive:  # sizes in the headers, not in zip64 fields
        for name in source.namelist():
            archive.writestr(name, source.read(name))
    data = plain.getvalue()
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(part)
    patched = bytearray(data)
    struct.pack_into("<I", patched, info.header_offset + 22, declared)
    central = patched.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack_from("<H", patched, central + 28)[0]
        if bytes(patched[central + 46:central + 46 + name_length]) == part.encode():
            struct.pack_into("<I", patched, central + 24, declared)
            break
        central = patched.find(b"PK\x01\x02", central + 4)
    return bytes(patched)


def sheet_xml(body: bytes) -> Callable[[bytes], Iterator[bytes]]:
    """The sheet's rows replaced by ``body`` (raw <row> elements)."""
    def change(data: bytes) -> Iterator[bytes]:
        head, rest = data.split(b"<sheetData>", 1)
        yield head + b"<sheetData>" + body + b"</sheetData>" + rest.split(b"</sheetData>", 1)[1]
    return change


def inline(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


def number(ref: str, value: str, style: str = "") -> bytes:
    return f'<c r="{ref}"{style}><v>{value}</v></c>'.encode()


def plain_rows(date_cell: Callable[[int], bytes] | None = None, value: str = "100") -> bytes:
    header = b'<row r="1">' + b"".join(inline(f"{c}1", h) for c, h in zip("ABCD", HEADER, strict=True)) + b"</row>"
    date = date_cell or (lambda r: inline(f"C{r}", "2018-03"))
    row = (b'<row r="2">' + inline("A2", "Ant Financial") + inline("B2", "Ant Forest") + date(2)
           + number("D2", value) + b"</row>")
    return header + row


def csv_text(rows: list[list[str]]) -> str:
    return "".join(",".join(cells) + "\n" for cells in rows)


CSV_HEADER = ",".join(HEADER)


def generate(folder: Path, *, seed: int = 20261202) -> list[Hostile]:
    """Write every hostile file into ``folder``; returns them with what each should end in."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    made: list[Hostile] = []

    def add(name: str, content: bytes | str, expect: str, *options: str, encoding: str = "utf-8") -> None:
        path = folder / name
        if isinstance(content, str):
            path.write_bytes(content.encode(encoding))
        else:
            path.write_bytes(content)
        made.append(Hostile(name, path, expect, list(options)))

    base = workbook()
    # -- far-flung cells and extents ------------------------------------------------------
    add("far-cell-xfd.xlsx", workbook(extra=lambda s: s.cell(1048576, 16384, "stray")), REFUSE)
    add("far-cell-xfd-skipped.xlsx", workbook(extra=lambda s: s.cell(1048576, 16384, "stray")), IMPORT,
        "--map", "#16384=skip")
    add("far-row.xlsx", workbook(extra=lambda s: s.cell(1048576, 1, "note")), EITHER)
    add("far-empty-text.xlsx", workbook(extra=lambda s: s.cell(1048576, 16384, " ")), IMPORT)
    add("far-number.xlsx", workbook(extra=lambda s: s.cell(900000, 9000, 1)), REFUSE)
    add("beyond-excel.xlsx", repack(base, {SHEET: replaced(
        b"</sheetData>", b'<row r="1048577"><c r="XFE1048577"><v>1</v></c></row></sheetData>')}), REFUSE)
    add("dimension-lie.xlsx", repack(base, {SHEET: replaced(b'<dimension ref="A1:D3"',
                                                             b'<dimension ref="A1:XFD1048576"')}), IMPORT)
    add("cells-without-r.xlsx", repack(base, {SHEET: sheet_xml(
        b'<row r="1">' + b"".join(f'<c t="inlineStr"><is><t>{h}</t></is></c>'.encode() for h in HEADER) + b"</row>"
        b'<row r="2"><c t="inlineStr"><is><t>Ant Financial</t></is></c><c t="inlineStr"><is><t>Ant Forest</t></is>'
        b'</c><c t="inlineStr"><is><t>2018-03</t></is></c><c><v>100</v></c></row>')}), IMPORT)
    late = plain_rows().replace(b'<row r="2">', b'<row r="9">')
    for column in "ABCD":
        late = late.replace(f'r="{column}2"'.encode(), f'r="{column}9"'.encode())
    add("rows-out-of-order.xlsx", repack(base, {SHEET: sheet_xml(late + b'<row r="5">' + inline("A5", "x")
                                                                 + b"</row>")}), EITHER)
    add("many-sheets.xlsx", workbook(sheets=300), IMPORT)
    wide_row = b"".join(f'<c t="n"><v>{rng.randrange(10**9)}</v></c>'.encode() for _ in range(20_000))
    add("row-of-20000-cells-without-r.xlsx", repack(base, {SHEET: replaced(
        b"</sheetData>", b'<row r="9">' + wide_row + b"</row></sheetData>")}), REFUSE)

    def prefixed(data: bytes) -> Iterator[bytes]:
        data = data.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is>'
                                              b"</c></row></sheetData>")
        yield re.sub(rb"<(/?)([A-Za-z]+)([\s/>])", rb"<\1x:\2\3", data.split(b"?>", 1)[-1]).replace(
            b'xmlns="', b'xmlns:x="', 1)
    add("prefixed-far-cell.xlsx", repack(base, {SHEET: prefixed}), EITHER)
    add("wide-unmapped.xlsx", workbook(extra=lambda s: [s.cell(2, c, f"x{c}") for c in range(5, 16385)]), REFUSE)
    add("huge-merge.xlsx", repack(base, {SHEET: replaced(b"</sheetData>", b'</sheetData><mergeCells count="1">'
                                                         b'<mergeCell ref="A2:XFD1048576"/></mergeCells>')}), EITHER)
    # -- bombs, entities and lying packages -------------------------------------------------
    add("bomb-sheet.xlsx", repack(base, {SHEET: bomb(400)}), REFUSE)
    add("bomb-shared-strings.xlsx", repack(base, {"xl/sharedStrings.xml": shared_strings_bomb}), REFUSE)
    for part in ("xl/workbook.xml", SHEET, "[Content_Types].xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels"):
        add(f"entities-{part.replace('/', '-').strip('[]')}.xlsx", repack(base, {part: with_doctype(LAUGHS)}), REFUSE)
    add("external-entity.xlsx", repack(base, {SHEET: with_doctype(EXTERNAL)}), REFUSE)
    add("entities-after-comment.xlsx", repack(base, {SHEET: with_doctype(LAUGHS, b"<!--" + b"x" * 70000 + b"-->")}),
        REFUSE)
    add("lying-size.xlsx", lying_size(repack(base, {SHEET: replaced(b"</sheetData>", b'<row r="9">' + inline(
        "A9", "y" * 3000) + b"</row></sheetData>")}), SHEET, 600), REFUSE)
    add("deep-nesting.xlsx", repack(base, {SHEET: replaced(b"</sheetData>", b"</sheetData>" + b"<extLst>" * 50000
                                                           + b"</extLst>" * 50000)}), EITHER)
    add("malformed-sheet.xlsx", repack(base, {SHEET: lambda data: [data[:len(data) // 2]]}), REFUSE)
    add("malformed-workbook.xlsx", repack(base, {"xl/workbook.xml": lambda data: [data[:40]]}), REFUSE)
    add("no-sheet-part.xlsx", repack(base, {SHEET: None}), REFUSE)
    add("no-workbook-part.xlsx", repack(base, {"xl/workbook.xml": None}), REFUSE)
    add("truncated.xlsx", base[:len(base) // 2], REFUSE)
    add("empty-zip.xlsx", repack(workbook(), {name: None for name in zipfile.ZipFile(io.BytesIO(base)).namelist()}),
        REFUSE)
    add("shared-string-out-of-range.xlsx", repack(base, {SHEET: sheet_xml(
        plain_rows().replace(inline("B2", "Ant Forest"), b'<c r="B2" t="s"><v>99999</v></c>'))}), EITHER)
    add("every-sheet-hidden.xlsx", repack(base, {"xl/workbook.xml": replaced(b'<sheet name="Data"',
                                                                              b'<sheet state="hidden" name="Data"')}),
        REFUSE)
    # -- other formats and junk ----------------------------------------------------------------
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    add("report.ods", ods.getvalue(), REFUSE)
    xlsb = io.BytesIO()
    with zipfile.ZipFile(xlsb, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    add("report.xlsb", xlsb.getvalue(), REFUSE)
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    add("old.xls.xlsx", ole + bytes(4096), REFUSE)
    add("encrypted.xlsx", ole + "EncryptedPackage".encode("utf-16-le") + bytes(4096), REFUSE)
    add("random.xlsx", rng.randbytes(65536), REFUSE)
    add("random.csv", rng.randbytes(65536), REFUSE)
    add("zip-magic-junk.xlsx", b"PK\x03\x04" + rng.randbytes(20000), REFUSE)
    add("png.xlsx", b"\x89PNG\r\n\x1a\n" + rng.randbytes(2000), REFUSE)
    add("pdf.csv", b"%PDF-1.7\n" + rng.randbytes(2000), REFUSE)
    add("empty.csv", b"", REFUSE)
    add("bom-only.csv", codecs.BOM_UTF8, REFUSE)
    add("header-only.csv", CSV_HEADER + "\n", EITHER)
    # -- huge cells ---------------------------------------------------------------------------
    add("huge-program.xlsx", workbook([["Ant Financial", "P" * 32767, dt.date(2018, 3, 1), 100]]), REFUSE)
    add("huge-program-inline.xlsx", repack(base, {SHEET: sheet_xml(plain_rows().replace(
        inline("B2", "Ant Forest"), inline("B2", "P" * 5_000_000)))}), REFUSE)
    add("huge-program.csv", csv_text([[CSV_HEADER], ["Ant Financial", '"' + "P" * 100_000 + '"', "2018-03", "1"]]),
        REFUSE)
    add("huge-line.csv", csv_text([[CSV_HEADER], ["Ant Financial", "Ant Forest", "2018-03", "1" * 5_000_000]]),
        REFUSE)
    add("huge-unquoted-field.csv", csv_text([[CSV_HEADER], ["Ant Financial", "X" * 5_000_000, "2018-03", "1"]]),
        REFUSE)
    add("huge-number-cell.xlsx", workbook([["Ant Financial", "Ant Forest", dt.date(2018, 3, 1), "9" * 30000]]), REFUSE)
    add("huge-note.csv", csv_text([["Business unit", "Program", "Date", "Donations (CNY)", "Note"],
                                   ["Ant Financial", "Ant Forest", "2018-03", "1", "n" * 100_000]]), EITHER)
    add("huge-channel.csv", csv_text([["Business unit", "Program", "Date", "Donations (CNY)", "Channel"],
                                      ["Ant Financial", "Ant Forest", "2018-03", "1", "c" * 5000]]), REFUSE)
    add("huge-unit.csv", csv_text([[CSV_HEADER], ["U" * 121, "Ant Forest", "2018-03", "1"]]), REFUSE)
    add("unit-of-120.csv", csv_text([[CSV_HEADER], ["U" * 120, "Ant Forest", "2018-03", "1"]]), IMPORT)
    # -- control characters ------------------------------------------------------------------
    filler = [["Ant Financial", "Ant Forest", "2018-03", str(n)] for n in range(1, 60)]
    add("nul-in-program.csv", csv_text([[CSV_HEADER], *filler, ["Ant Financial", "Ant\x00Forest", "2018-04", "5"]]),
        REFUSE)
    add("nul-in-unit.csv", csv_text([[CSV_HEADER], *filler, ["Ant\x00Financial", "Ant Forest", "2018-04", "5"]]),
        REFUSE)
    add("bell-in-channel.csv", csv_text([["Business unit", "Program", "Date", "Donations (CNY)", "Channel"],
                                         *[[*r, "Alipay"] for r in filler], ["Ant Financial", "Ant Forest", "2018-04",
                                                                             "5", "Ali\x07pay"]]), REFUSE)
    add("nul-early.csv", "Business unit\x00,Program,Date,Donations (CNY)\nAnt,Forest,2018-03,1\n", REFUSE)
    add("control-in-xlsx.xlsx", repack(base, {SHEET: sheet_xml(plain_rows().replace(
        inline("B2", "Ant Forest"), inline("B2", "Ant&#x1;Forest")))}), REFUSE)
    # -- extreme dates ---------------------------------------------------------------------
    for label, cell in (("year-1-month", "0001-01"), ("year-9999-day", "9999-12-31"), ("year-1899", "1899-12-31"),
                        ("year-2200", "2200-01"), ("year-9999", "9999"), ("quarter-year-1", "0001-Q1"),
                        ("serial-max", "2958465"), ("serial-negative", "-1"), ("fy-0", "FY0000"),
                        ("day-zero", "2018-00-00"), ("feb-30", "2018-02-30")):
        add(f"date-{label}.csv", csv_text([[CSV_HEADER], ["Ant Financial", "Ant Forest", "2018-03", "1"],
                                           ["Ant Financial", "Ant Forest", cell, "2"]]), REFUSE)
    for label, serial in (("xlsx-serial-9999", "2958465"), ("xlsx-serial-1", "1"), ("xlsx-serial-huge", "1E+300"),
                          ("xlsx-serial-negative", "-5")):  # style 1 is openpyxl's date format for the Date column
        add(f"date-{label}.xlsx", repack(base, {SHEET: sheet_xml(plain_rows(
            lambda r, s=serial: number(f"C{r}", s, ' s="1"')))}), EITHER if serial == "1" else REFUSE)
    # -- extreme numbers -------------------------------------------------------------------------
    for label, value in (("1e308", "1E+308"), ("minus-1e308", "-1E+308"), ("1e999", "1e999"), ("nan", "NaN"),
                         ("inf", "inf"), ("30-digits", "123456789012345678901234567890"),
                         ("tiny", "0.000000001"), ("hex", "0x1F"), ("many-dots", "1.2.3"), ("percent", "12%")):
        add(f"number-{label}.csv", csv_text([[CSV_HEADER], ["Ant Financial", "Ant Forest", "2018-03", value]]),
            REFUSE if label not in ("percent",) else EITHER)
    for label, value in (("xlsx-1e308", "1.7976931348623157E+308"), ("xlsx-nan", "NaN"), ("xlsx-minus-zero", "-0")):
        add(f"number-{label}.xlsx", repack(base, {SHEET: sheet_xml(plain_rows(value=value))}),
            IMPORT if label == "xlsx-minus-zero" else REFUSE)
    add("money-too-many-decimals.csv", csv_text([[CSV_HEADER], ["Ant Financial", "Ant Forest", "2018-03", "1.005"]]),
        REFUSE)
    rates = folder / "rate-1e308.rates.csv"
    rates.write_text("From currency,To currency,Period,Rate\nUSD,CNY,2018-03,1E+308\n", encoding="utf-8")
    add("rate-1e308.csv", csv_text([["Business unit", "Program", "Date", "Donations", "Currency"],
                                    ["Ant Financial", "Ant Forest", "2018-03", "1", "USD"]]), EITHER)
    # -- names that look like something else -----------------------------------------------------
    add("formula-like-names.csv", csv_text([[CSV_HEADER], ["Ant Financial", "+SUM(1)", "2018-03", "7"],
                                            ["Ant Financial", "=1+1", "2018-04", "8"],
                                            ["Ant Financial", "@cmd", "2018-05", "9"]]), IMPORT)
    add("total-rows.csv", csv_text([[CSV_HEADER], ["Ant Financial", "Ant Forest", "2018-03", "7"],
                                    ["Total", "", "", "7"]]), IMPORT)
    # -- errors and formulas ----------------------------------------------------------------------
    add("only-div0.xlsx", workbook([], extra=lambda s: [s.cell(r, c, "#DIV/0!") for r in range(1, 6)
                                                        for c in range(1, 5)]), REFUSE)
    add("div0-values.xlsx", workbook([["Ant Financial", "Ant Forest", dt.date(2018, 3, 1), "#DIV/0!"]]), REFUSE)
    add("formula-without-value.xlsx", workbook([["Ant Financial", "Ant Forest", dt.date(2018, 3, 1), "=1+1"]]),
        REFUSE)
    # -- CSV encodings and quoting ----------------------------------------------------------------
    add("unclosed-quote.csv", f'{CSV_HEADER}\nAnt,Forest,2018-03,1\nAnt,"Forest,2018-04,2\nAnt,Forest,2018-05,3\n',
        REFUSE)
    add("unclosed-quote-long.csv", f'{CSV_HEADER}\nAnt,"Forest,2018-04,2\n' + "Ant,Forest,2018-05,3\n" * 20000,
        REFUSE)
    add("utf16.csv", CSV_HEADER + "\r\n蚂蚁金服,蚂蚁森林,2018-03,1\r\n", IMPORT, encoding="utf-16")
    add("utf16-truncated.csv", (CSV_HEADER + "\r\nAnt,Forest,2018-03,1\r\n").encode("utf-16")[:-1], EITHER)
    add("gbk.csv", CSV_HEADER + "\n蚂蚁金服,蚂蚁森林,2018-03,1\n", IMPORT, encoding="gbk")
    add("cr-only.csv", CSV_HEADER + "\rAnt Financial,Ant Forest,2018-03,1\r", IMPORT)
    add("wide-unmapped.csv", CSV_HEADER + "," * 16380 + "\nAnt,Forest,2018-03,1," + ",".join(
        f"x{i}" for i in range(16380)) + "\n", REFUSE)
    add("junk-rows.csv", CSV_HEADER + "\n" + "".join(
        f"{rng.choice(['Ant', 'Cainiao', ''])},{rng.randbytes(6).hex()},{rng.choice(['2018-13', 'x', ''])},"
        f"{rng.choice(['abc', '1,2,3', '--5'])}\n" for _ in range(50_000)), REFUSE)
    add("binary-in-text.csv", CSV_HEADER + "\n" + "Ant Financial,Ant Forest,2018-03,1\n" * 40 + "\x01\x02\x03,\x04,"
        "2018-03,1\n", REFUSE)
    return made


if __name__ == "__main__":
    for hostile in generate(Path(sys.argv[1])):
        print(f"{hostile.expect:7s} {hostile.name} {' '.join(hostile.options)}")

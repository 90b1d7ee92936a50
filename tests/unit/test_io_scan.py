"""Merged ranges, uncached formulas and hidden sheets, on real workbooks, with both engines."""

from __future__ import annotations

import datetime as dt
import itertools
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from impact_desktop.io import headers as h
from impact_desktop.io import sheet_scan, xlsx_reader
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.merged import CellRange, fill_merged_down
from impact_desktop.io.reading import open_table, sheet_states
from impact_desktop.io.source import Source
from tests.unit.io_files import write_csv, write_xlsx

VOCAB = h.vocabulary()
HEADER = ["Business unit", "Program", "Date", "Donation Amount (CNY)", "Channel"]
LABELS = [0, 1, 2, 4]  # what the importer passes: every column but the figure
SHEET_PART = "xl/worksheets/sheet1.xml"


@pytest.fixture(params=["calamine", "openpyxl"])
def engine(request, monkeypatch):
    monkeypatch.setattr(xlsx_reader, "choose_engine", lambda _path: request.param)
    return request.param


def merged_report(path: Path) -> Path:
    """Title merged over the header's width, 'Ant Financial' merged over rows 4–7, a figure over 4–6."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    sheet.append(["FY2018 field report"])
    sheet.append(["Notes", None, None, None, None])
    sheet.append(HEADER)
    sheet.append(["Ant Financial", "Ant Forest", dt.date(2018, 3, 1), 9000, "Alipay"])
    sheet.append([None, "Blue Sky", dt.date(2018, 3, 1), None, "Alipay"])
    sheet.append([None, "Green Desk", dt.date(2018, 3, 1), None, None])
    sheet.append([None, "Rural Teachers", dt.date(2018, 3, 1), 700, None])
    sheet.append(["Cainiao", "Green logistics", dt.date(2018, 4, 1), 50, "Online"])
    sheet.merge_cells("A1:E1")  # title, above the header
    sheet.merge_cells("A2:A3")  # touches the header row: a title too
    sheet.merge_cells("A4:A7")  # the business unit over its four programs
    sheet.merge_cells("D4:D6")  # one figure over three rows: must count once
    sheet.merge_cells("E6:E7")  # a label merged over two rows
    workbook.save(path)
    return path


def patch_part(path: Path, part: str, replace: dict[bytes, bytes] | None = None, text: bytes | None = None) -> None:
    """Rewrite one part of a workbook, as an edit in Excel or another writer would leave it."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    data = text if text is not None else parts[part]
    for old, new in (replace or {}).items():
        assert old in data, old
        data = data.replace(old, new)
    parts[part] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


def test_merged_ranges_below_the_header_only(tmp_path, engine):
    table = open_table(merged_report(tmp_path / "merged.xlsx"), VOCAB)
    assert (table.engine, table.header_row) == (engine, 3)
    assert table.merged == [CellRange(4, 0, 7, 0), CellRange(4, 3, 6, 3), CellRange(6, 4, 7, 4)]
    assert [span.ref for span in table.merged] == ["A4:A7", "D4:D6", "E6:E7"]


def test_labels_fill_down_and_figures_do_not(tmp_path, engine):
    table = open_table(merged_report(tmp_path / "merged.xlsx"), VOCAB)
    rows = list(fill_merged_down(table.rows, table.merged, LABELS))
    assert rows == [
        (4, ["Ant Financial", "Ant Forest", dt.date(2018, 3, 1), 9000, "Alipay"]),
        (5, ["Ant Financial", "Blue Sky", dt.date(2018, 3, 1), None, "Alipay"]),
        (6, ["Ant Financial", "Green Desk", dt.date(2018, 3, 1)]),
        (7, ["Ant Financial", "Rural Teachers", dt.date(2018, 3, 1), 700]),
        (8, ["Cainiao", "Green logistics", dt.date(2018, 4, 1), 50, "Online"]),
    ]


def test_a_merged_label_whose_top_cell_is_empty_fills_nothing(tmp_path, engine):
    table = open_table(merged_report(tmp_path / "merged.xlsx"), VOCAB)
    rows = dict(fill_merged_down(table.rows, table.merged, LABELS))
    assert len(rows[7]) == 4  # E6 is empty, so E7 stays empty instead of becoming None-padded


def test_fill_merged_down_is_lazy_and_leaves_other_rows_alone():
    spans = [CellRange(6, 0, 7, 1), CellRange(3, 0, 4, 0)]  # unsorted on purpose
    source = ((n, [f"unit {n}", f"program {n}"] if n in (3, 6) else [None, None, n]) for n in itertools.count(1))
    filled = fill_merged_down(source, spans, columns=[0, 1])
    first = list(itertools.islice(filled, 8))  # an endless source: only a lazy filler returns
    assert first[0] == (1, [None, None, 1])
    assert first[3] == (4, ["unit 3", None, 4])  # column 1 is not in the 3–4 range
    assert first[6] == (7, ["unit 6", "unit 6", 7])  # the top-left value, across the range's columns
    assert first[5] == (6, ["unit 6", "unit 6"])  # the rest of the first row of the range too
    assert list(itertools.islice(filled, 3)) == [(9, [None, None, 9]), (10, [None, None, 10]), (11, [None, None, 11])]
    untouched = [None, "x"]
    assert next(iter(fill_merged_down([(9, untouched)], spans, [0])))[1] is untouched
    assert fill_merged_down(source, spans, columns=[4]) is source  # no range in the columns: not even wrapped


def test_fill_merged_down_extends_short_rows_and_ignores_unlisted_columns():
    rows = [(2, ["Ant Financial", 10]), (3, []), (4, [None, 5])]
    assert list(fill_merged_down(rows, [CellRange(2, 0, 4, 1)], [0])) == [
        (2, ["Ant Financial", 10]), (3, ["Ant Financial"]), (4, ["Ant Financial", 5])]
    assert list(fill_merged_down(rows, [CellRange(2, 0, 4, 1)], [])) == rows


def test_a_range_whose_first_row_never_passes_fills_nothing():
    rows = [(5, [None]), (6, [None])]
    assert list(fill_merged_down(rows, [CellRange(4, 0, 6, 0)], [0])) == rows


def formula_report(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    sheet.append(["=CONCATENATE(\"FY\", 2018)"])  # a formula title above the header: not reported
    sheet.append(HEADER)
    sheet.append(["Ant Financial", "Ant Forest", dt.date(2018, 3, 1), 100, "Alipay"])
    sheet.append(["Ant Financial", "Blue Sky", dt.date(2018, 3, 1), 200, "Alipay"])
    sheet.append(["Ant Financial", "Green Desk", dt.date(2018, 3, 1), "=SUM(D3:D4)", "Alipay"])
    sheet.append(["Ant Financial", "=B3&\" & co\"", dt.date(2018, 3, 1), "=D5*2", "Alipay"])
    workbook.save(path)
    return path


def test_formulas_without_a_cached_value_are_reported(tmp_path, engine):
    table = open_table(formula_report(tmp_path / "formulas.xlsx"), VOCAB)
    assert table.uncached_formulas == {(5, 3): "=SUM(D3:D4)", (6, 1): '=B3&" & co"', (6, 3): "=D5*2"}
    rows = dict(table.rows)
    assert rows[5] == ["Ant Financial", "Green Desk", dt.date(2018, 3, 1), None, "Alipay"]  # why it matters


def test_formulas_with_a_cached_value_are_read_and_not_reported(tmp_path, engine):
    path = formula_report(tmp_path / "cached.xlsx")
    patch_part(path, SHEET_PART, {
        b"<f>SUM(D3:D4)</f><v />": b"<f>SUM(D3:D4)</f><v>300</v>",  # as Excel saves it
        b'<c r="B6"><f>': b'<c r="B6" t="str"><f>',  # a text formula whose cached result is ''
    })
    table = open_table(path, VOCAB)
    assert table.uncached_formulas == {(6, 3): "=D5*2"}
    assert dict(table.rows)[5] == ["Ant Financial", "Green Desk", dt.date(2018, 3, 1), 300, "Alipay"]


def test_shared_formulas_are_reported_as_they_read_in_each_cell(tmp_path, engine):
    path = formula_report(tmp_path / "shared.xlsx")
    patch_part(path, SHEET_PART, {
        b'<c r="D5"><f>SUM(D3:D4)</f><v />': b'<c r="D5"><f t="shared" ref="D5:D6" si="0">SUM(D3:D4)</f><v>300</v>',
        b'<c r="D6"><f>D5*2</f><v />': b'<c r="D6"><f t="shared" si="0"/>',
    })
    assert open_table(path, VOCAB).uncached_formulas == {(6, 1): '=B3&" & co"', (6, 3): "=SUM(D4:D5)"}


def test_namespace_prefixes_cells_without_references_and_any_chunk_size(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "prefixed.xlsx", [["x"]])
    xml = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\n'
        b'<x:sheetFormatPr defaultRowHeight="15"/><x:sheetData>\n'
        b'<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>\n'
        b'<x:row r="2"><x:c><x:v>1</x:v></x:c><x:c r="C2"/><x:c>\n  <x:f>A2+1</x:f>\n  <x:v></x:v>\n</x:c></x:row>\n'
        b'<x:row r="3"><x:c r="B3"><x:f>A2&amp;"&lt;"</x:f></x:c><x:c r="E3"><x:f>1</x:f><x:v>1</x:v></x:c></x:row>\n'
        b'</x:sheetData><x:autoFilter ref="A1:E3"><x:filterColumn colId="0"/></x:autoFilter>\n'
        b'<x:mergeCells count="2"><x:mergeCell ref="A5:B6"/><x:mergeCell ref=\'$C$7:C9\'/></x:mergeCells>'
        b'<x:conditionalFormatting sqref="A1"><x:cfRule type="expression"><x:formula>A1&gt;0</x:formula>'
        b"</x:cfRule></x:conditionalFormatting></x:worksheet>"
    )
    patch_part(path, SHEET_PART, text=xml)
    expected = sheet_scan.SheetScan([CellRange(5, 0, 6, 1), CellRange(7, 2, 9, 2)],
                                    {(2, 3): "=A2+1", (3, 1): '=A2&"<"'})
    for size in (1 << 20, 64, 7, 1):
        monkeypatch.setattr(sheet_scan, "CHUNK_BYTES", size)
        with Source(path) as source:
            assert source.scan("Data") == expected, size


def test_a_sheet_starting_in_column_b_reads_alike_in_both_engines(tmp_path, monkeypatch):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    sheet["B2"], sheet["C2"], sheet["D2"] = "Business unit", "Program", "Trees planted"
    sheet["B3"], sheet["C3"], sheet["D3"] = "Ant Financial", "Ant Forest", 5
    sheet["C4"], sheet["D4"] = "Blue Sky", 6
    sheet.merge_cells("B3:B4")
    workbook.save(tmp_path / "offset.xlsx")
    seen = {}
    for name in ("calamine", "openpyxl"):
        monkeypatch.setattr(xlsx_reader, "choose_engine", lambda _path, name=name: name)
        table = open_table(tmp_path / "offset.xlsx", VOCAB)
        assert table.engine == name
        seen[name] = (table.headers, list(fill_merged_down(table.rows, table.merged, [1, 2])))
    assert seen["calamine"] == seen["openpyxl"] == (
        ["", "Business unit", "Program", "Trees planted"],
        [(3, [None, "Ant Financial", "Ant Forest", 5]), (4, [None, "Ant Financial", "Blue Sky", 6])],
    )


def hidden_workbook(path: Path) -> Path:
    workbook = Workbook()
    lists = workbook.active
    lists.title = "Lists"
    for row in (["Program", "Date", "Trees planted"], ["Old program", "2017-03", 1]):
        lists.append(row)
    lists.sheet_state = "hidden"
    old = workbook.create_sheet("Old copy")
    for row in (["Program", "Date", "Trees planted"], ["Old copy", "2017-04", 2]):
        old.append(row)
    old.sheet_state = "veryHidden"
    data = workbook.create_sheet("Data")
    for row in (["Program", "Date", "Trees planted"], ["Ant Forest", "2018-03", 5]):
        data.append(row)
    workbook.save(path)
    return path


def test_hidden_sheets_are_passed_over_unless_chosen(tmp_path, engine):
    path = hidden_workbook(tmp_path / "hidden.xlsx")
    assert sheet_states(path) == {"Lists": "hidden", "Old copy": "veryHidden", "Data": "visible"}
    table = open_table(path, VOCAB)
    assert (table.sheet, table.hidden_sheets, table.sheets) == ("Data", ["Lists", "Old copy"],
                                                                ["Lists", "Old copy", "Data"])
    assert list(table.rows) == [(2, ["Ant Forest", "2018-03", 5])]
    chosen = open_table(path, VOCAB, "Old copy")
    assert (chosen.sheet, list(chosen.rows)) == ("Old copy", [(2, ["Old copy", "2017-04", 2])])
    assert open_table(path, VOCAB, fallback=True).sheet == "Data"


def test_a_workbook_whose_sheets_are_all_hidden_says_so(tmp_path, engine):
    path = hidden_workbook(tmp_path / "hidden.xlsx")
    patch_part(path, "xl/workbook.xml", {b'sheetId="3" state="visible"': b'sheetId="3" state="hidden"'})
    with pytest.raises(SpreadsheetError, match=r"every sheet is hidden \(Lists, Old copy, Data\)"):
        open_table(path, VOCAB)
    assert open_table(path, VOCAB, "Data").sheet == "Data"


def test_csv_has_no_merges_formulas_or_hidden_sheets(tmp_path):
    path = write_csv(tmp_path / "plain.csv", [["Program", "Date", "Trees planted"], ["Ant Forest", "2018-03", "=1+1"]])
    table = open_table(path, VOCAB)
    assert (table.merged, table.uncached_formulas, table.hidden_sheets) == ([], {}, [])
    assert sheet_states(path) == {"plain": "visible"}


def test_a_damaged_sheet_part_is_one_sentence_even_from_the_prefetching_thread(tmp_path):
    path = merged_report(tmp_path / "merged.xlsx")
    raw = bytearray(path.read_bytes())
    start = raw.index(SHEET_PART.encode()) + len(SHEET_PART) + 40  # inside the sheet's deflate stream
    raw[start:start + 200] = bytes(200)
    path.write_bytes(bytes(raw))
    message = "merged.xlsx is damaged or incomplete: sheet 'Data' cannot be read"
    with zipfile.ZipFile(path) as archive:  # the scan on its own: opening the file as a Source checks it first
        with pytest.raises(SpreadsheetError, match=message):
            sheet_scan.scan_part(path, archive, "Data", SHEET_PART)
        with pytest.raises(SpreadsheetError, match=message):
            sheet_scan.PrefetchedScan(lambda: sheet_scan.scan_part(path, archive, "Data", SHEET_PART), "Data")()


def test_the_prefetched_scan_is_the_one_the_table_uses(tmp_path, engine):
    table = open_table(merged_report(tmp_path / "merged.xlsx"), VOCAB)
    assert isinstance(table.scan, sheet_scan.PrefetchedScan) == (engine == "calamine")
    assert table.merged == [CellRange(4, 0, 7, 0), CellRange(4, 3, 6, 3), CellRange(6, 4, 7, 4)]

"""Readers, header detection and mapping, on real files written by the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from impact_desktop.core.periods import Period, PeriodKind, parse_period
from impact_desktop.io import headers as h
from impact_desktop.io.errors import SpreadsheetError
from impact_desktop.io.reading import list_sheets, open_table
from impact_desktop.io.source import iter_sheet
from impact_desktop.io.values import read_period_cell
from tests.unit.io_files import write_csv, write_xlsx

VOCAB = h.vocabulary()


@pytest.mark.parametrize(("header", "field"), [
    ("Donation Amount (CNY)", "metric:donations"), ("Volunteer hours", "metric:volunteer_hours"),
    ("捐赠金额（元）", "metric:donations"), ("志愿服务时长（小时）", "metric:volunteer_hours"),
    ("植树（棵）", "metric:trees_planted"), ("事业部", "business_unit"), ("公益项目", "program"),
    ("日期", "period"), ("渠道", "channel"), ("  BUSINESS-unit ", "business_unit"), ("Weather", ""),
    ("备注说明", "note"), ("说明", "note"), ("备注信息", "note"), ("备注（内部）", "note"),
])
def test_headers_map_in_english_and_chinese(header, field):
    assert h.suggest_mapping([header], VOCAB) == [field]


def test_a_field_goes_to_one_column_only():
    assert h.suggest_mapping(["Program", "Project", "Date"], VOCAB) == ["program", "", "period"]


@pytest.mark.parametrize("text", ["Total", "Sub-total", "Grand total", "合计", "总计：", "小计", "Ant Financial total"])
def test_total_labels(text):
    assert h.is_total_label(text)


@pytest.mark.parametrize("text", ["Ant Forest", "Totally green", None, 3])
def test_not_total_labels(text):
    assert not h.is_total_label(text)


def test_header_found_below_title_merged_cells_notes_and_blank_rows(tmp_path):
    path = write_xlsx(tmp_path / "report.xlsx", [
        ["Quarterly philanthropy report"], [], ["Note: amounts in CNY"], [],
        ["Business unit", "Program", "Date", "Donation Amount (CNY)"],
        ["Cainiao", "Green logistics", dt.date(2018, 3, 1), 1000],
    ], merge="A1:D1")
    table = open_table(path, VOCAB)
    assert (table.sheet, table.header_row) == ("Data", 5)
    assert list(table.rows) == [(6, ["Cainiao", "Green logistics", dt.date(2018, 3, 1), 1000])]


def test_instructions_sheet_in_front_is_passed_over_unless_chosen(tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", [["Program", "Date", "Trees"], ["Ant Forest", "2018-03", 5]],
                      before={"Instructions": [["Fill in the Data sheet"], ["One row per program"]]})
    assert list_sheets(path) == ["Instructions", "Data"]
    assert open_table(path, VOCAB).sheet == "Data"
    with pytest.raises(SpreadsheetError, match="no header row found in sheet 'Instructions'"):
        open_table(path, VOCAB, sheet="Instructions")
    with pytest.raises(SpreadsheetError, match="no sheet named 'Nope'"):
        open_table(path, VOCAB, sheet="Nope")


def test_calamine_and_openpyxl_return_the_same_cells(tmp_path):
    path = write_xlsx(tmp_path / "cells.xlsx", [
        ["Program", "Date", "Donations", "Note"],
        ["A", dt.datetime(2018, 3, 1, 0, 0), 12.0, ""],
        ["B", dt.date(2018, 3, 2), 12.5],
        [],
        ["C", "2018-03", "=1+2", "  padded  "],
    ])
    fast = list(iter_sheet(path, "Data", "calamine"))
    slow = list(iter_sheet(path, "Data", "openpyxl"))
    assert fast == slow
    assert fast[1] == (2, ["A", dt.date(2018, 3, 1), 12])
    assert fast[3] == (4, [])
    assert fast[4] == (5, ["C", "2018-03", None, "padded"])  # a formula without a cached value is empty


def test_gbk_csv_with_semicolons(tmp_path):
    path = write_csv(tmp_path / "gbk.csv", [["事业部", "公益项目", "日期", "捐赠金额（元）"],
                                           ["菜鸟", "绿色物流", "2018年3月1日", "3.5万"]],
                     encoding="gbk", delimiter=";")
    table = open_table(path, VOCAB)
    assert table.headers == ["事业部", "公益项目", "日期", "捐赠金额（元）"]
    assert list(table.rows) == [(2, ["菜鸟", "绿色物流", "2018年3月1日", "3.5万"])]


def test_utf8_bom_csv_with_tabs(tmp_path):
    path = write_csv(tmp_path / "bom.csv", [["Program", "Date", "Trees planted"], ["Ant Forest", "2018-Q1", "12"]],
                     encoding="utf-8-sig", delimiter="\t")
    table = open_table(path, VOCAB)
    assert table.headers[0] == "Program"
    assert list(table.rows) == [(2, ["Ant Forest", "2018-Q1", "12"])]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.xlsx", b"", "is empty"),
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"\n\n", "is empty"),
    ("fake.xlsx", b"%PDF-1.7 not a workbook", "is not a spreadsheet"),
    ("notes.docx", b"hello world", "is not a spreadsheet"),
    ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "password-protected"),
    ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls"),
    ("zip.xlsx", b"PK\x03\x04" + b"\x00" * 50, "damaged or incomplete"),
    ("odd.csv", b"\xff\xfe" + "Program,Date,Trees\nA,2018-03,1\n".encode("utf-16-le") + b"x", "is damaged: it starts"),
])
def test_unreadable_files_get_one_clear_sentence(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError, match=message):
        open_table(path, VOCAB)


def test_truncated_workbook(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [["Program", "Date", "Trees"], ["A", "2018-03", 1]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(SpreadsheetError, match="cut.xlsx is damaged or incomplete"):
        open_table(cut, VOCAB)


def test_period_cells_include_excel_serials_and_already_read_periods():
    assert read_period_cell(43160, 4).start == dt.date(2018, 3, 1)
    assert read_period_cell("43160", 4).start == dt.date(2018, 3, 1)
    assert read_period_cell(2018, 4).kind == PeriodKind.YEAR
    period = Period(dt.date(2018, 1, 1), dt.date(2018, 3, 31), PeriodKind.QUARTER)
    assert parse_period(period) is period

"""Importing real workbooks and CSV files into a real store: preview, write, duplicates, undo, cancel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from impact_desktop.services.importing import (
    ImportCancelled,
    ImportOptions,
    ImportRefused,
    commit_import,
    preview_import,
    undo_import,
)
from impact_desktop.storage import catalog
from impact_desktop.storage import imports as batches
from impact_desktop.storage.entries import EntryFilter, count_entries, query_entries, total_value
from tests.import_helpers import import_file
from tests.unit.io_files import write_csv, write_xlsx

CN_HEADER = ["事业部", "公益项目", "日期", "渠道", "捐赠金额（元）", "志愿服务时长（小时）", "植树（棵）"]


def chinese_workbook(tmp_path):
    return write_xlsx(tmp_path / "蚂蚁金服2018.xlsx", [
        ["2018年度公益数据统计表"], [], ["填表说明：金额单位为元"],
        CN_HEADER,
        ["蚂蚁金服", "蚂蚁森林", dt.date(2018, 3, 1), "支付宝公益", "3.5万", 120, 1000],
        ["蚂蚁金服", "蚂蚁森林", "2018年4月", None, "12.7亿", None, None],
        ["菜鸟", "绿色物流", "2018-Q2", None, "¥48,500.50", "1,200", None],
        [],
        ["合计", None, None, None, "=E5+E6+E7", 1320, 1000],
    ], merge="A1:G1", before={"说明": [["请在“数据”表中填写"]]})


def state(store):
    return (count_entries(store), len(catalog.list_business_units(store)), len(catalog.list_programs(store)),
            len(batches.list_batches(store)), total_value(store, "donations"))


def test_chinese_workbook_with_titles_and_magnitudes(store, tmp_path):
    preview = preview_import(store, chinese_workbook(tmp_path))
    assert (preview.sheet, preview.header_row, preview.layout) == ("Data", 4, "wide")
    assert preview.counts() == {"new": 6, "duplicate": 0, "invalid": 0, "skipped": 2, "conflict": 0, "correction": 0}
    assert (preview.skipped_blank, preview.skipped_total) == (1, 1)
    assert preview.new_business_units == ["菜鸟", "蚂蚁金服"]
    assert preview.new_programs == ["菜鸟 / 绿色物流", "蚂蚁金服 / 蚂蚁森林"]
    assert preview.new_channels == ["支付宝公益"]
    assert count_entries(store) == 0  # a preview writes nothing
    result = commit_import(store, preview)
    assert result.new_count == 6
    assert total_value(store, "donations") == Decimal("1270083500.50")
    assert total_value(store, "volunteer_hours") == 1320
    assert total_value(store, "trees_planted") == 1000
    entry = query_entries(store, EntryFilter(metric_keys=["trees_planted"]))[0]
    assert (entry.draft.origin.value, entry.draft.source_sheet, entry.draft.source_row) == ("import", "Data", 5)
    assert entry.draft.import_batch_id == result.batch_id
    batch = batches.get_batch(store, result.batch_id)
    assert (batch.file_name, batch.sheet, batch.new_count, batch.skipped_count) == ("蚂蚁金服2018.xlsx", "Data", 6, 2)
    assert batch.mapping["捐赠金额（元）"] == "metric:donations" and len(batch.file_sha256) == 64


def test_gbk_csv_imports(store, tmp_path):
    path = write_csv(tmp_path / "gbk.csv", [CN_HEADER[:5], ["菜鸟", "绿色物流", "2018年3月1日", "", "1.5万"]],
                     encoding="gbk")
    result = import_file(store, path)
    assert result.new_count == 1 and total_value(store, "donations") == 15000


def test_long_layout(store, tmp_path):
    path = write_xlsx(tmp_path / "long.xlsx", [
        ["Business unit", "Program", "Period", "Metric", "Value", "Currency"],
        ["Amap", "Environmental map", "2018-03", "Donations", "$1.2m", None],
        ["Amap", "Environmental map", "2018-03", "Volunteer hours", 30, None],
        ["Amap", "Environmental map", "FY2018", "trees", "2k", None],
        ["Amap", "Environmental map", "2018-03", "Donations", 500, "EUR"],
    ])
    preview = preview_import(store, path)
    assert preview.layout == "long" and preview.counts()["new"] == 4
    commit_import(store, preview)
    donations = query_entries(store, EntryFilter(metric_keys=["donations"]))
    by_currency = {e.draft.currency: e.draft.value for e in donations}
    assert by_currency == {"USD": Decimal("1200000"), "EUR": Decimal("500")}
    assert total_value(store, "trees_planted") == 2000


def test_invalid_rows_refuse_the_whole_file_and_list_every_problem(store, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [
        ["Business unit", "Program", "Date", "Donations", "Trees planted"],
        ["Cainiao", "Green logistics", "2018-03-01", 100, 5],
        ["Cainiao", "Green logistics", "31/31/2018", "12,5", 1.5],
        ["Cainiao", None, "2018-03", -3, None],
    ])
    before = state(store)
    with pytest.raises(ImportRefused) as refused:
        import_file(store, path)
    assert state(store) == before
    found = {(p.sheet, p.row, p.column, p.value) for p in refused.value.problems}
    assert found == {("Data", 3, "Date", "31/31/2018"), ("Data", 3, "Donations", "12,5"),
                     ("Data", 3, "Trees planted", "1.5"), ("Data", 4, "Program", ""), ("Data", 4, "Donations", "-3")}
    reasons = {(p.row, p.column): p.reason for p in refused.value.problems}
    assert "ambiguous" in reasons[(3, "Donations")] and "whole number" in reasons[(3, "Trees planted")]
    assert "cannot be negative" in reasons[(4, "Donations")]


def test_skip_invalid_writes_valid_rows_and_an_error_workbook(store, tmp_path):
    path = write_xlsx(tmp_path / "mixed.xlsx", [
        ["Business unit", "Program", "Date", "Donations"],
        ["Cainiao", "Green logistics", "2018-03-01", 100],
        ["Cainiao", "Green logistics", "someday", 200],
    ])
    result = import_file(store, path, skip_invalid=True)
    assert (result.new_count, result.invalid_count) == (1, 1)
    assert result.error_file == tmp_path / "mixed.errors.xlsx"
    rows = list(openpyxl.load_workbook(result.error_file).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Sheet", "Row", "Problems", "Business unit")
    assert rows[1][:2] == ("Data", 3) and "someday" in rows[1][2] and rows[1][5] == "someday"


def test_reimport_does_not_change_totals_and_explains_why(store, tmp_path):
    path = chinese_workbook(tmp_path)
    import_file(store, path)
    totals = state(store)[0], total_value(store, "donations")
    preview = preview_import(store, path)
    assert preview.counts()["new"] == 0 and preview.duplicate_count == 6
    assert "imported from 蚂蚁金服2018.xlsx row 5" in preview.duplicates[0].reason
    commit_import(store, preview)
    assert (count_entries(store), total_value(store, "donations")) == totals


def test_repeated_row_inside_one_file_is_a_duplicate(store, tmp_path):
    row = ["Cainiao", "Green logistics", "2018-03-01", 100]
    path = write_xlsx(tmp_path / "twice.xlsx", [["Business unit", "Program", "Date", "Donations"], row, row])
    preview = preview_import(store, path)
    assert preview.counts()["new"] == 1 and "Repeats sheet Data row 2" in preview.duplicates[0].reason


def test_undo_a_batch(store, tmp_path):
    first = import_file(store, chinese_workbook(tmp_path))
    other = write_xlsx(tmp_path / "more.xlsx", [["Business unit", "Program", "Date", "Donations"],
                                               ["Cainiao", "Green logistics", "2019-01-01", 7]])
    import_file(store, other)
    assert undo_import(store, first.batch_id[:8]).result.removed == 6
    assert count_entries(store) == 1 and total_value(store, "donations") == 7
    batch = batches.get_batch(store, first.batch_id)
    assert batch.undone_at and batch.live_entries == 0
    with pytest.raises(Exception, match="already undone"):
        undo_import(store, first.batch_id)
    again = import_file(store, chinese_workbook(tmp_path))  # undone rows are no longer duplicates
    assert again.new_count == 6


def test_cancel_in_the_middle_leaves_the_store_unchanged(store, tmp_path, monkeypatch):
    from impact_desktop.services import importing

    monkeypatch.setattr(importing, "WRITE_CHUNK", 2)
    preview = preview_import(store, chinese_workbook(tmp_path))
    before = state(store)
    calls = []

    def cancel_on_third_check():
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(ImportCancelled):
        commit_import(store, preview, cancelled=cancel_on_third_check)
    assert state(store) == before
    assert store.db.execute("SELECT count(*) FROM monthly_totals").fetchone()[0] == 0


def test_cancel_while_reading(store, tmp_path, monkeypatch):
    from impact_desktop.services import import_preview

    monkeypatch.setattr(import_preview, "PROGRESS_EVERY", 1)
    with pytest.raises(ImportCancelled):
        preview_import(store, chinese_workbook(tmp_path), cancelled=lambda: True)


def test_mapping_override_and_presets_applied_to_the_same_layout(store, tmp_path):
    path = write_xlsx(tmp_path / "odd.xlsx", [["Org", "Scheme", "When", "Donations"],
                                             ["Cainiao", "Green logistics", "2018-03", 5]])
    with pytest.raises(Exception, match="no header row found"):
        preview_import(store, path)
    options = ImportOptions(overrides={"Org": "business_unit", "Scheme": "program", "When": "period"})
    preview = preview_import(store, path, options)
    assert preview.mapping == ["business_unit", "program", "period", "metric:donations"]
    from impact_desktop.io.headers import layout_key

    batches.save_preset(store, "Cainiao monthly", layout_key(preview.headers), preview.mapping_dict())
    again = preview_import(store, path)
    assert again.preset_name == "Cainiao monthly" and again.mapping == preview.mapping
    assert preview_import(store, path, ImportOptions(preset="cainiao MONTHLY")).counts()["new"] == 1


def test_program_without_business_unit_must_exist(store, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [["Program", "Date", "Trees"], ["Nowhere", "2018-03", 5]])
    with pytest.raises(ImportRefused) as refused:
        import_file(store, path)
    assert "add a Business unit column" in refused.value.problems[0].reason


def test_large_sheet_path_with_openpyxl_gives_the_same_result(store, tmp_path, monkeypatch):
    from impact_desktop.io import xlsx_reader

    monkeypatch.setattr(xlsx_reader, "CALAMINE_MAX_XML_BYTES", 0)
    preview = preview_import(store, chinese_workbook(tmp_path))
    assert preview.engine == "openpyxl" and preview.counts()["new"] == 6


def test_repeated_entry_id_inside_one_file_is_a_duplicate(store, tmp_path):
    header = ["ID", "Business unit", "Program", "Period", "Metric", "Value"]
    entry_id = "0f0e0d0c-0b0a-4908-8706-050403020100"
    path = write_xlsx(tmp_path / "ids.xlsx", [header, [entry_id, "Amap", "Map", "2018-03", "Donations", 5],
                                             [entry_id, "Amap", "Map", "2018-03", "Donations", 6]])
    preview = preview_import(store, path)
    assert preview.counts()["new"] == 1 and "Repeats the entry id of sheet Data row 2" in preview.duplicates[0].reason
    commit_import(store, preview)
    assert query_entries(store)[0].id == entry_id


def test_units_in_headers_scale_values_and_give_the_currency(store, tmp_path):
    path = write_xlsx(tmp_path / "units.xlsx", [
        ["事业部", "公益项目", "日期", "捐赠金额（万元）", "Donation Amount (USD)", "志愿服务时长（小时）"],
        ["菜鸟", "绿色物流", "2018-03", 3.5, None, 12],
        ["菜鸟", "绿色物流", "2018-04", "1.2", "1,000", None],
    ])
    result = import_file(store, path)  # two donation columns, in 万元 and in USD
    assert result.new_count == 4
    donations = sorted((e.draft.value, e.draft.currency) for e in query_entries(store, EntryFilter(
        metric_keys=["donations"])))
    assert donations == [(Decimal("1000"), "USD"), (Decimal("12000"), "CNY"), (Decimal("35000"), "CNY")]
    assert total_value(store, "volunteer_hours") == 12


def test_usd_column_and_a_conflicting_cell(store, tmp_path):
    path = write_xlsx(tmp_path / "usd.xlsx", [
        ["Business unit", "Program", "Date", "Donations (USD m)"],
        ["Amap", "Map", "2018-03", 1.2],
        ["Amap", "Map", "2018-04", "¥2"],
    ])
    preview = preview_import(store, path)
    assert [p.reason for p in preview.problems] == ["The value says CNY but the column is in USD."]
    assert [(d.value, d.currency) for _, d in preview.pending] == [(Decimal("1200000"), "USD")]


def test_header_units():
    from impact_desktop.core.metrics import BUILTIN_METRICS
    from impact_desktop.io.headers import header_value_unit

    donations, hours, _volunteers, trees = BUILTIN_METRICS

    def unit(header, metric):
        found, reason = header_value_unit(header, metric)
        return found.exponent, found.currency, reason

    assert unit("捐赠金额（万元）", donations) == (4, "CNY", None)
    assert unit("Donations (USD m)", donations) == (6, "USD", None)
    assert unit("Donation Amount (CNY)", donations) == (0, "CNY", None)
    assert unit("Donations (2018)", donations) == (0, None, None)
    assert unit("Donations (Alipay)", donations) == (0, None, None)
    assert unit("植树（棵）", trees) == (0, None, None)
    assert unit("植树（万棵）", trees) == (4, None, None)
    assert unit("Trees planted (millions)", trees) == (6, None, None)
    assert unit("Volunteer hours ('000)", hours) == (3, None, None)
    assert unit("志愿服务时长（千小时）", hours) == (3, None, None)
    assert unit("Trees planted (thousand hectares)", trees)[2] == (
        "'thousand hectares' is not the unit of Trees planted, which is counted in trees.")
    assert unit("Volunteer hours (USD)", hours)[2] == "Volunteer hours is counted in hours, not in money (USD)."

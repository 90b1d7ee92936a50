"""How people really fill in sheets: units beside values, magnitudes in headers, dashes for
"no figure", currency names, totals that are not totals, columns nobody mapped."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from impact_desktop.services.importing import ImportOptions, ImportRefused, preview_import
from impact_desktop.storage.entries import EntryFilter, count_entries, query_entries, total_value
from tests.import_helpers import import_file
from tests.unit.io_files import write_csv, write_xlsx


def stored(store, metric):
    return sorted((e.draft.value, e.draft.currency) for e in query_entries(store, EntryFilter(metric_keys=[metric])))


def test_a_unit_column_scales_and_sets_the_currency_in_a_long_sheet(store, tmp_path):
    path = write_xlsx(tmp_path / "long.xlsx", [
        ["Business unit", "Program", "Period", "Metric", "Value", "Unit"],
        ["Amap", "Map", "2018-03", "Donations", 1000, "USD"],
        ["Amap", "Map", "2018-04", "Donations", 3.5, "万元"],
        ["Amap", "Map", "2018-03", "Trees planted", 12, "thousand trees"],
        ["Amap", "Map", "2018-04", "Trees planted", 2, "万棵"],
        ["Amap", "Map", "2018-03", "Volunteer hours", 7, "hours"],
        ["Amap", "Map", "2018-04", "Volunteer hours", 1.5, "千小时"],
    ])
    assert import_file(store, path).new_count == 6
    assert stored(store, "donations") == [(Decimal("1000"), "USD"), (Decimal("35000"), "CNY")]
    assert total_value(store, "trees_planted") == 32000
    assert total_value(store, "volunteer_hours") == 1507


def test_a_unit_that_does_not_fit_the_metric_is_reported_and_nothing_written(store, tmp_path):
    path = write_xlsx(tmp_path / "bad-units.xlsx", [
        ["Business unit", "Program", "Period", "Metric", "Value", "Unit", "Currency"],
        ["Amap", "Map", "2018-03", "Trees planted", 12, "hectares", None],
        ["Amap", "Map", "2018-03", "Volunteer hours", 7, "USD", None],
        ["Amap", "Map", "2018-03", "Donations", 7, "USD", "CNY"],
        ["Amap", "Map", "2018-04", "Donations", 7, "kg", None],
    ])
    preview = preview_import(store, path)
    assert [(p.row, p.column, p.value, p.reason) for p in preview.problems] == [
        (2, "Unit", "hectares", "'hectares' is not the unit of Trees planted, which is counted in trees."),
        (3, "Unit", "USD", "Volunteer hours is counted in hours, not in money (USD)."),
        (4, "Unit", "USD", "The currency column says CNY but the unit is USD."),
        (5, "Unit", "kg", "'kg' is not a currency; Donations is money (e.g. CNY, USD, 万元)."),
    ]
    with pytest.raises(ImportRefused):
        import_file(store, path)
    assert count_entries(store) == 0


def test_the_demo_metrics_take_their_unit_in_either_language(demo_store, tmp_path):
    """The demo loaded in English counts facilities, but the app shows them as 个 in Chinese: a
    Chinese sheet's Unit column saying 个 or 座城市 is the same unit, not a wrong one."""
    path = write_csv(tmp_path / "long.csv", [
        ["事业部", "公益项目", "日期", "指标", "数值", "单位"],
        ["菜鸟", "绿色物流回收", "2018-05", "回收设施", 5200, "个"],
        ["菜鸟", "绿色物流回收", "2018-05", "设有回收设施的城市", 202, "座城市"],
        ["菜鸟", "绿色物流回收", "2018-05", "回收设施", 0.53, "万个"],  # 5,300,
    ])
    preview = preview_import(demo_store, path)
    assert preview.problems == [] and preview.new_count == 3
    wrong = write_csv(tmp_path / "wrong.csv", [
        ["事业部", "公益项目", "日期", "指标", "数值", "单位"],
        ["菜鸟", "绿色物流回收", "2018-05", "回收设施", 5200, "家"],  # the unit of another demo metric
    ])
    assert [p.reason for p in preview_import(demo_store, wrong).problems] == [
        "'家' is not the unit of Recycling facilities, which is counted in facilities."]


def test_magnitudes_in_headers_apply_to_every_metric(store, tmp_path):
    path = write_xlsx(tmp_path / "magnitudes.xlsx", [
        ["事业部", "公益项目", "日期", "植树（万棵）", "Volunteer hours ('000)", "Volunteers (people)"],
        ["蚂蚁金服", "蚂蚁森林", "2018-03", 1.5, "2.5", 40],
    ])
    assert import_file(store, path).new_count == 3
    assert total_value(store, "trees_planted") == 15000
    assert total_value(store, "volunteer_hours") == 2500
    assert total_value(store, "volunteers") == 40
    millions = write_xlsx(tmp_path / "millions.xlsx", [
        ["Business unit", "Program", "Date", "Trees planted (millions)"],
        ["Ant Financial", "Ant Forest", "2018-04", 1.5],
    ])
    assert import_file(store, millions).new_count == 1  # 1.5 million trees is a whole number of trees
    assert total_value(store, "trees_planted") == 1_515_000


def test_dashes_and_na_in_number_cells_mean_no_figure(store, tmp_path):
    path = write_csv(tmp_path / "dashes.csv", [
        ["Business unit", "Program", "Date", "Donations", "Volunteer hours", "Trees planted"],
        ["Amap", "Map", "2018-03", "-", "N/A", "—"],
        ["Amap", "Map", "2018-04", 500, "n/a", "无"],
        ["Amap", "Map", "2018-05", "#REF!", None, None],
        ["Amap", "Map", "2018-06", "－", "／", "Ｎ／Ａ"],  # full-width, as a Chinese input method types them
    ])
    preview = preview_import(store, path)
    assert preview.new_count == 1 and preview.skipped_empty == 2
    assert [(p.row, p.value) for p in preview.problems] == [(4, "#REF!")]  # an Excel error is not "no figure"


def test_currency_columns_accept_names_and_symbols(store, tmp_path):
    path = write_csv(tmp_path / "ccy.csv", [
        ["Business unit", "Program", "Date", "Donations", "Currency"],
        ["Amap", "Map", "2018-03-01", 1, "人民币"], ["Amap", "Map", "2018-03-02", 2, "美元"],
        ["Amap", "Map", "2018-03-03", 3, "元"], ["Amap", "Map", "2018-03-04", 4, "rmb"],
        ["Amap", "Map", "2018-03-05", 5, "US$"], ["Amap", "Map", "2018-03-06", 6, "usd"],
    ])
    assert import_file(store, path).new_count == 6
    assert [c for _v, c in stored(store, "donations")] == ["CNY", "USD", "CNY", "CNY", "USD", "USD"]


def test_only_real_total_rows_are_skipped(store, tmp_path):
    path = write_xlsx(tmp_path / "totals.xlsx", [
        ["Business unit", "Program", "Date", "Donations"],
        ["Total Foundation", "Total Care", "2018-03", 100],
        ["Summit Group", "Sum of Hope", "2018-03", 200],
        ["Amap", "Map", "2018-03", 300],
        ["Amap total", None, None, 300],
        ["Total", None, None, 600],
        ["Amap", "Map", "2018 total", 300],
        ["合计", "", "", 900],
        ["Amap", "Grand total", "2018-03", 900],
    ])
    preview = preview_import(store, path)
    assert preview.new_count == 3 and preview.skipped_total == 5
    assert sorted(d.value for _i, d in preview.pending) == [100, 200, 300]


def test_values_in_a_column_nobody_mapped_refuse_the_file(store, tmp_path):
    path = write_xlsx(tmp_path / "extra.xlsx", [
        ["Business unit", "Program", "Date", "Donations", "Meals served", None],
        ["Amap", "Map", "2018-03", 100, None, None],
        ["Amap", "Map", "2018-04", 100, 250, "checked"],
    ])
    preview = preview_import(store, path)
    assert [(p.row, p.column, p.value) for p in preview.column_problems] == [
        (3, "Meals served", "250"), (3, "column F", "checked")]
    assert "not mapped" in preview.column_problems[0].reason
    assert '--map "Meals served=FIELD"' in preview.column_problems[0].reason  # the command line's own wording
    assert '--map "#6=FIELD"' in preview.column_problems[1].reason
    with pytest.raises(ImportRefused, match="not mapped"):
        import_file(store, path, skip_invalid=True)  # skipping rows cannot help: every row would lose a value
    assert count_entries(store) == 0
    chosen = ImportOptions(overrides={"Meals served": "skip", "#6": "skip"})
    assert import_file(store, path, chosen).new_count == 2


def test_from_and_to_columns_give_the_period_when_there_is_no_period_column(store, tmp_path):
    path = write_xlsx(tmp_path / "ranges.xlsx", [
        ["Business unit", "Program", "From", "To", "Donations"],
        ["Amap", "Map", dt.date(2018, 3, 1), dt.date(2018, 3, 31), 1],
        ["Amap", "Map", dt.date(2018, 1, 1), dt.date(2018, 3, 31), 2],
        ["Amap", "Map", dt.date(2018, 3, 5), dt.date(2018, 3, 5), 3],
        ["Amap", "Map", dt.date(2018, 3, 9), dt.date(2018, 3, 1), 4],
    ])
    preview = preview_import(store, path)
    assert [d.period.label() for _i, d in preview.pending] == ["2018-03", "2018-Q1", "2018-03-05"]
    assert [(p.row, p.column) for p in preview.problems] == [(5, "To")]
    assert "before it starts" in preview.problems[0].reason


def test_merged_labels_are_filled_down_but_a_merged_figure_counts_once(store, tmp_path):
    path = write_xlsx(tmp_path / "merged.xlsx", [
        ["蚂蚁金服 2018"],
        ["事业部", "公益项目", "日期", "捐赠金额（元）"],
        ["蚂蚁金服", "蚂蚁森林", "2018-03", 100],
        [None, "蚂蚁庄园", None, None],
        [None, "公益宝贝", "2018-04", 300],
    ], merge="A3:A5")
    book = load_workbook(path)
    book["Data"].merge_cells("C3:C4")
    book["Data"].merge_cells("D3:D4")  # one figure shown across two rows
    book["Data"].merge_cells("A1:D1")
    book.save(path)
    preview = preview_import(store, path)
    assert preview.problems == [] and preview.skipped_empty == 1
    assert sorted((d.value, d.period.label()) for _i, d in preview.pending) == [(100, "2018-03"), (300, "2018-04")]
    assert {name for name in preview.new_programs} == {"蚂蚁金服 / 蚂蚁森林", "蚂蚁金服 / 公益宝贝"}


def test_formulas_without_a_value_and_error_cells_are_reported_not_dropped(store, tmp_path):
    path = write_xlsx(tmp_path / "formulas.xlsx", [
        ["Business unit", "Program", "Date", "Donations", "Trees planted"],
        ["Amap", "Map", "2018-03", 100, 5],
        ["Amap", "Map", "2018-04", "=D2*2", None],
        ["Amap", "Map", "2018-05", 300, "#REF!"],
        ["Total", None, None, "=SUM(D2:D4)", None],
    ])
    preview = preview_import(store, path)  # openpyxl writes formulas without a calculated value
    assert [(p.row, p.column, p.value) for p in preview.problems] == [
        (3, "Donations", "=D2*2"), (4, "Trees planted", "#REF!")]
    assert "no calculated value" in preview.problems[0].reason
    assert "spreadsheet error #REF!" in preview.problems[1].reason
    assert preview.invalid_count == 2 and preview.skipped_total == 1 and preview.new_count == 2
    with pytest.raises(ImportRefused):
        import_file(store, path)
    assert count_entries(store) == 0


def test_a_cell_with_its_own_magnitude_is_never_scaled_twice(store, tmp_path):
    path = write_csv(tmp_path / "twice.csv", [
        ["Business unit", "Program", "Date", "Donations (万元)", "Trees planted (millions)"],
        ["A", "P1", "2017-05-01", "3.5万", "2m"],
        ["A", "P2", "2017-05-01", "1.2亿", None],
        ["A", "P3", "2017-05-01", "5 元", None],
        ["A", "P4", "2017-05-01", "1,200.5", "0.5"],
    ])
    preview = preview_import(store, path)
    assert [(p.row, p.value) for p in preview.problems] == [(2, "3.5万"), (2, "2m"), (3, "1.2亿"), (4, "5 元")]
    assert "write the plain number" in preview.problems[0].reason
    assert sorted(d.value for _i, d in preview.pending) == [Decimal("500000"), Decimal("12005000")]
    assert "500000" in [str(d.value) for _i, d in preview.pending]


def test_danwei_is_the_unit_of_measure_beside_a_value_and_the_business_unit_otherwise(store, tmp_path):
    long_sheet = write_csv(tmp_path / "long.csv", [
        ["事业部", "公益项目", "日期", "指标", "数值", "单位"],
        ["菜鸟", "绿色物流", "2018-03", "植树", 1.5, "万棵"],
    ])
    assert import_file(store, long_sheet).new_count == 1 and total_value(store, "trees_planted") == 15000
    wide_sheet = write_csv(tmp_path / "wide.csv", [["单位", "公益项目", "日期", "捐赠金额"],
                                                   ["菜鸟", "绿色物流", "2018-04", 5]])
    preview = preview_import(store, wide_sheet)
    assert preview.mapping[0] == "business_unit" and preview.new_count == 1


def test_an_unknown_or_empty_metric_in_a_long_sheet_is_named(store, tmp_path):
    path = write_csv(tmp_path / "long.csv", [
        ["Business unit", "Program", "Date", "Metric", "Value"],
        ["Amap", "Map", "2018-03", "Meals served", 5], ["Amap", "Map", "2018-03", None, 5],
    ])
    reasons = [p.reason for p in preview_import(store, path).problems]
    assert reasons[0].startswith("This store has no metric named 'Meals served'")
    assert reasons[1] == "The metric is empty."


def test_slash_dates_take_the_order_the_rest_of_the_column_shows(store, tmp_path):
    us = write_csv(tmp_path / "us.csv", [
        ["Business unit", "Program", "Date", "Donations"],
        ["Amap", "Map", "11/2/2017", 1], ["Amap", "Map", "4/30/2017", 2], ["Amap", "Map", "2017年Q3", 3],
    ])
    preview = preview_import(store, us)
    assert preview.problems == []
    assert sorted(d.period.label() for _i, d in preview.pending) == ["2017-04-30", "2017-11-02", "2017-Q3"]
    mixed = write_csv(tmp_path / "mixed.csv", [
        ["Business unit", "Program", "Date", "Donations"],
        ["Amap", "Map", "11/2/2017", 1], ["Amap", "Map", "4/30/2017", 2], ["Amap", "Map", "30/4/2017", 3],
    ])
    problems = preview_import(store, mixed).problems
    assert [(p.row, p.value) for p in problems] == [(2, "11/2/2017")] and "ambiguous" in problems[0].reason


def test_an_unknown_currency_code_is_refused_not_stored(store, tmp_path):
    path = write_csv(tmp_path / "typo.csv", [
        ["Business unit", "Program", "Date", "Donations", "Currency"],
        ["Amap", "Map", "2018-03-01", 1, "CYN"], ["Amap", "Map", "2018-03-02", 2, "cnh"],
    ])
    preview = preview_import(store, path)
    assert [(p.row, p.value, p.reason) for p in preview.problems] == [
        (2, "CYN", "'CYN' is not a known currency code (e.g. CNY, USD, HKD, EUR).")]
    assert [d.currency for _i, d in preview.pending] == ["CNH"]


def test_a_row_with_an_entry_id_is_data_whatever_its_program_is_called(store, tmp_path):
    path = write_csv(tmp_path / "ids.csv", [
        ["ID", "Business unit", "Program", "Date", "Metric", "Value"],
        ["0190a3c4-1111-7000-8000-000000000001", "U", "Sum", "2018-01-05", "Donations", 100],
        ["0190a3c4-1111-7000-8000-000000000002", "U", "Total", "2018-01-06", "Donations", 200],
        [None, "Total", None, None, None, 300],
    ])
    preview = preview_import(store, path)
    assert preview.new_count == 2 and preview.total_rows == [("ids", 4, "Total")]


def test_a_grouped_csv_names_the_business_unit_on_the_groups_first_row_only(store, tmp_path):
    path = tmp_path / "grouped.csv"
    path.write_bytes("\n".join([
        "事业部,公益项目,日期,捐赠金额（万元）",
        "蚂蚁金服,蚂蚁森林,2018/1/31,1.5",
        ",蚂蚁森林,2018年2月28日,2.25",
        ",公益宝贝,2018年2月28日,1",
    ]).encode("gbk"))
    preview = preview_import(store, path)
    assert preview.new_count == 2 and sum(d.value for _i, d in preview.pending) == 37500
    [problem] = preview.problems
    assert problem.row == 4 and "its business unit cell is empty" in problem.reason


def test_scientific_notation_is_refused_with_its_own_reason(store, tmp_path):
    """Excel saves 123456789012 in a General column as 1.23457E+11 in a CSV: the digits it dropped
    cannot be known, so the figure is refused, saying why and what to do, never read as 123457000000."""
    path = write_csv(tmp_path / "excel.csv", [
        ["Business unit", "Program", "Date", "Donations"],
        ["Amap", "Map", "2018-03", "1.23457E+11"],
        ["Amap", "Map", "2018-04", "500"],
    ])
    preview = preview_import(store, path)
    assert preview.new_count == 1
    [problem] = preview.problems
    assert (problem.row, problem.value) == (2, "1.23457E+11") and "scientific notation" in problem.reason
    assert ".xlsx" in problem.reason


def test_a_note_column_headed_in_chinese_is_read_as_the_note(store, tmp_path):
    path = write_xlsx(tmp_path / "notes.xlsx", [
        ["事业部", "公益项目", "日期", "捐赠金额（元）", "备注说明"],
        ["菜鸟", "绿色物流", "2018-03", 100, "含员工配捐"],
        ["菜鸟", "绿色物流", "2018-04", 200, None],
    ])
    preview = preview_import(store, path)
    assert preview.mapping[4] == "note" and not preview.column_problems
    import_file(store, path)
    notes = sorted((e.draft.value, e.draft.note) for e in query_entries(store, EntryFilter(metric_keys=["donations"])))
    assert notes == [(100, "含员工配捐"), (200, "")]

"""Export then import: the same summary in another store, nothing twice in the same one."""

from __future__ import annotations

import csv
import json
from decimal import Decimal

import openpyxl
import pytest

from impact_desktop.cli.summary import summary_json
from impact_desktop.core.errors import ValidationError
from impact_desktop.io.csv_writer import escape_cell
from impact_desktop.services.exporting import PER_METRIC, export_entries, export_template
from impact_desktop.services.import_rates import rate_text
from impact_desktop.services.importing import (
    ALL_SHEETS,
    ImportOptions,
    commit_import,
    preview_import,
)
from impact_desktop.services.scope import resolve_scope
from impact_desktop.services.summary import summarize
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import EntryFilter, add_entry, count_entries, query_entries
from impact_desktop.storage.rates import add_rate, delete_rates, list_rates
from tests.import_helpers import import_file


def entry_summary(store) -> dict:
    """The whole summary: figures from the entries and the targets they are measured against."""
    return summary_json(summarize(store, resolve_scope(store)))


def test_xlsx_export_imports_into_an_empty_store_with_the_same_summary(demo_store, tmp_path, other_store):
    path = export_entries(demo_store, tmp_path / "demo.xlsx").path
    result = import_file(other_store, path)
    assert result.new_count == count_entries(demo_store) == 137
    assert entry_summary(other_store) == entry_summary(demo_store)
    assert entry_summary(other_store)["targets"] == {"donations": 1_200_000_000, "trees_planted": 90_000_000,
                                               "volunteer_hours": 250_000}
    ids = {e.id for e in query_entries(other_store, limit=1000)}
    assert ids == {e.id for e in query_entries(demo_store, limit=1000)}  # merged under the same ids
    assert {e.draft.origin.value for e in query_entries(other_store, limit=1000)} == {"merge"}
    assert import_file(other_store, path).new_count == 0


def test_reimporting_an_export_into_the_same_store_recognises_every_entry_by_id(demo_store, tmp_path):
    path = export_entries(demo_store, tmp_path / "demo.csv").path
    preview = preview_import(demo_store, path)
    assert preview.counts() == {"new": 0, "duplicate": 137, "invalid": 0, "skipped": 0, "conflict": 0, "correction": 0}
    assert "Entry id" in preview.duplicates[0].reason


def test_xlsx_export_is_styled_frozen_filtered_and_typed(demo_store, tmp_path):
    path = export_entries(demo_store, tmp_path / "d.xlsx", EntryFilter(metric_keys=["donations"])).path
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Entries", "Metrics", "Rates", "Targets", "Business units", "Names"]
    sheet = book["Entries"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:V49"
    assert sheet["A1"].font.bold and sheet["A1"].value == "ID" and sheet["B1"].value == "Updated"
    assert [cell.value for cell in sheet[1]][9:14] == ["Unit", "Metric key", "Aggregation", "Kind", "Whole numbers"]
    assert [cell.value for cell in sheet[2]][10:14] == ["donations", "flow", "money", "no"]
    assert sheet["G2"].number_format == "yyyy-mm-dd" and sheet["I2"].number_format.startswith("#,##0")
    assert sheet.column_dimensions["D"].width == 30
    updated = sheet["B2"].value
    assert updated.endswith("Z") and updated == query_entries(demo_store, limit=1)[0].updated_at


def test_per_metric_sheets(demo_store, tmp_path, other_store):
    result = export_entries(demo_store, tmp_path / "pm.xlsx", layout=PER_METRIC)
    names = openpyxl.load_workbook(result.path, read_only=True).sheetnames
    assert result.rows == 137 and "Donations" in names and "Trees planted" in names
    assert names[-5:] == ["Metrics", "Rates", "Targets", "Business units", "Names"]
    preview = preview_import(demo_store, result.path, ImportOptions(sheet="Trees planted"))
    assert preview.duplicate_count == 12
    preview = preview_import(other_store, result.path, ImportOptions(sheet=ALL_SHEETS))
    assert preview.sheet.startswith("Donations, ") and "Metrics" not in preview.sheet
    assert commit_import(other_store, preview).new_count == 137
    assert entry_summary(other_store) == entry_summary(demo_store)


def test_template_imports_once_filled(store, tmp_path):
    path = export_template(store, tmp_path / "template.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Data", "Instructions", "Metrics"]
    header = [cell.value for cell in book["Data"][1]]
    assert header[:3] == ["Business unit", "Program", "Date"] and "Donations (CNY)" in header
    book["Data"].append(["Cainiao", "Green logistics", "2018-03", None, None, "2万"])
    book.save(path)
    assert import_file(store, path).new_count == 1


@pytest.mark.parametrize(("text", "escaped"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"),
])
def test_csv_escapes_formula_like_text(text, escaped):
    assert escape_cell(text) == escaped


def test_csv_export_escapes_notes_and_import_restores_them(store, tmp_path, other_store):
    from impact_desktop.core.entries import EntryDraft, Origin
    from impact_desktop.core.periods import month

    unit = catalog.add_business_unit(store, "=cmd|' /C calc'!A0")
    program = catalog.add_program(store, unit, "Green logistics")
    add_entry(store, EntryDraft(program, "trees_planted", Decimal(5), month(2018, 3), note="@SUM(1+1)",
                                origin=Origin.FORM))
    path = export_entries(store, tmp_path / "e.csv").path
    with path.open(encoding="utf-8-sig", newline="") as handle:
        row = list(csv.reader(handle))[1]
    assert row[2] == "'=cmd|' /C calc'!A0" and row[19] == "'@SUM(1+1)" and row[8] == "5"
    import_file(other_store, path)
    entry = query_entries(other_store)[0]
    assert (entry.business_unit, entry.draft.note) == ("=cmd|' /C calc'!A0", "@SUM(1+1)")


# -- currency rates and user metrics travel with the export -------------------------------------------------------

EXACT_RATE = Decimal("7.8123456789012345678")  # more digits than a float holds: written as text


@pytest.fixture
def rich_store(demo_store):
    """The demo plus a user stock metric, an entry in USD and the USD→CNY rate of its month."""
    from impact_desktop.core.entries import EntryDraft, Origin
    from impact_desktop.core.metrics import Aggregation, Metric
    from impact_desktop.core.periods import calendar_year, month
    from impact_desktop.core.rates import Rate

    catalog.add_metric(demo_store, Metric("school_kits", "School kits in stock", "kits",
                                          aggregation=Aggregation.STOCK, integer_only=True))
    program = catalog.list_programs(demo_store)[0].id
    for number, kits in ((2, 40), (3, 35)):
        add_entry(demo_store, EntryDraft(program, "school_kits", Decimal(kits), month(2018, number),
                                         origin=Origin.FORM))
    add_entry(demo_store, EntryDraft(program, "donations", Decimal("1000.55"), month(2018, 3), currency="USD",
                                     origin=Origin.FORM))
    add_rate(demo_store, Rate("USD", "CNY", month(2018, 3), Decimal("6.3")))
    add_rate(demo_store, Rate("EUR", "CNY", calendar_year(2018), EXACT_RATE))
    return demo_store


def full_summary(store, currency=None) -> dict:
    return summary_json(summarize(store, resolve_scope(store), currency))


def rate_set(store) -> set:
    return {(r.from_currency, r.to_currency, r.period.start, r.period.end, r.rate) for r in list_rates(store)}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_with_rates_and_user_metrics_reproduces_the_summary_in_an_empty_store(rich_store, tmp_path, suffix,
                                                                                   other_store):
    result = export_entries(rich_store, tmp_path / f"all{suffix}")
    assert result.rows == 140
    if suffix == ".csv":
        assert result.rates_path == tmp_path / "all.rates.csv" and result.rate_count == 3
        assert result.files == [result.path, result.rates_path, tmp_path / "all.targets.csv",
                                tmp_path / "all.units.csv",  # the demo's units sit under Alibaba Group
                                tmp_path / "all.names.csv"]  # and have Chinese names
    else:
        assert result.rates_path is None and "Rates" in openpyxl.load_workbook(result.path).sheetnames
    preview = preview_import(other_store, result.path)
    assert "school_kits" in {m.key for m in preview.new_metrics}
    assert preview.rates_file == (result.rates_path or result.path) and not preview.rate_notes
    assert {rate_text(r) for r in preview.new_rates} >= {"USD→CNY 2018-03 6.3", f"EUR→CNY 2018 {EXACT_RATE}"}
    assert commit_import(other_store, preview).new_rate_count == 3
    assert catalog.get_metric(other_store, "school_kits").aggregation.value == "stock"
    assert rate_set(other_store) == rate_set(rich_store)
    assert full_summary(other_store) == full_summary(rich_store)
    assert full_summary(other_store, "USD") == full_summary(rich_store, "USD")
    assert full_summary(other_store)["totals"]["school_kits"] == 35  # a stock: the latest level, not 75
    again = preview_import(other_store, result.path)
    assert (again.new_count, again.new_rates, again.new_metrics) == (0, [], [])


def test_a_different_rate_in_the_target_store_is_kept_and_reported(rich_store, tmp_path, other_store):
    from impact_desktop.core.periods import month
    from impact_desktop.core.rates import Rate

    path = export_entries(rich_store, tmp_path / "all.csv").path
    add_rate(other_store, Rate("USD", "CNY", month(2018, 3), Decimal("6.25")))
    preview = preview_import(other_store, path)
    assert "USD→CNY 2018-03" not in " ".join(rate_text(r) for r in preview.new_rates)
    assert len(preview.rate_notes) == 1
    assert "all.rates.csv" in preview.rate_notes[0] and "6.25" in preview.rate_notes[0]
    commit_import(other_store, preview)
    usd = [r.rate for r in list_rates(other_store) if r.from_currency == "USD"]
    assert usd == [Decimal("6.25")]


def test_undoing_the_import_removes_the_rates_it_added_and_redo_brings_them_back(rich_store, tmp_path, other_store):
    from impact_desktop.storage import imports as batches

    path = export_entries(rich_store, tmp_path / "all.xlsx").path
    batch = import_file(other_store, path).batch_id
    ids = batches.batch_entry_ids(other_store, batch)
    undone = batches.undo_batch_details(other_store, batch)
    assert count_entries(other_store) == 0 and rate_set(other_store) == set()
    assert sum(line.startswith("currency rate ") for line in undone.catalog) == len(rate_set(rich_store))
    batches.restore_batch(other_store, batch, ids)
    assert count_entries(other_store) == len(ids) and rate_set(other_store) == rate_set(rich_store)


def test_csv_export_without_rates_writes_no_sidecar_and_removes_a_stale_one(store, tmp_path):
    from impact_desktop.core.periods import month
    from impact_desktop.core.rates import Rate

    rate_id = add_rate(store, Rate("USD", "CNY", month(2018, 3), Decimal("6.3")))
    first = export_entries(store, tmp_path / "e.csv")
    assert first.rates_path.is_file()
    delete_rates(store, [rate_id])
    second = export_entries(store, tmp_path / "e.csv")
    assert second.rates_path is None and second.files == [second.path]
    assert not (tmp_path / "e.rates.csv").exists()


def test_per_metric_csv_is_refused_and_nothing_written(demo_store, tmp_path):
    with pytest.raises(ValidationError, match="one sheet"):
        export_entries(demo_store, tmp_path / "pm.csv", layout=PER_METRIC)
    assert list(tmp_path.glob("pm*")) == []


def test_template_with_metrics_sheet_creates_a_missing_user_metric(rich_store, tmp_path, other_store):
    path = export_template(rich_store, tmp_path / "template.xlsx")
    book = openpyxl.load_workbook(path)
    header = [cell.value for cell in book["Data"][1]]
    assert "School kits in stock (kits)" in header
    row = [None] * len(header)
    row[:3] = ["Cainiao", "Green logistics", "2018-03"]
    row[header.index("School kits in stock (kits)")] = 12
    book["Data"].append(row)
    book.save(path)
    assert import_file(other_store, path).new_count == 1
    assert catalog.get_metric(other_store, "school_kits").aggregation.value == "stock"


def run_cli(*args):
    from click.testing import CliRunner

    from impact_desktop.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_cli_export_import_summary_round_trip(rich_store, tmp_path, suffix):
    source, target, out = rich_store.path, tmp_path / "target.db", tmp_path / f"out{suffix}"
    rich_store.close()
    exported = run_cli("export", out, "--db", source)
    assert exported.exit_code == 0, exported.stderr
    if suffix == ".csv":
        assert f"to {out} and 3 currency rates to {tmp_path / 'out.rates.csv'}" in exported.stdout
    dry = run_cli("import", out, "--db", target, "--dry-run")
    assert dry.exit_code == 0, dry.stderr
    assert "new currency rates: " in dry.stdout and "USD→CNY 2018-03 6.3" in dry.stdout
    assert ("currency rates read from out.rates.csv" in dry.stdout) == (suffix == ".csv")
    imported = run_cli("import", out, "--db", target, "--json")
    assert imported.exit_code == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert {"from": "USD", "to": "CNY", "period": "2018-03", "start": "2018-03-01", "end": "2018-03-31",
            "rate": "6.3"} in report["new_rates"]
    assert "school_kits" in report["new_metrics"] and report["rate_notes"] == []
    for currency in ((), ("--currency", "USD")):
        before, after = (run_cli("summary", "--db", db, "--json", *currency) for db in (source, target))
        assert after.exit_code == 0, after.stderr
        assert json.loads(before.stdout)["b4si"] == json.loads(after.stdout)["b4si"]
        assert json.loads(before.stdout) == json.loads(after.stdout)
        assert json.loads(after.stdout)["targets"]["donations"] == (1_200_000_000 if not currency else "190476190.48")
    again = json.loads(run_cli("import", out, "--db", target, "--json").stdout)
    assert again["counts"]["new"] == 0 and again["new_rates"] == [] and again["new_metrics"] == []


def test_cli_refuses_per_metric_csv(demo_store, tmp_path):
    demo_store.close()
    result = run_cli("export", tmp_path / "pm.csv", "--per-metric", "--db", demo_store.path)
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: --per-metric needs an .xlsx file: a CSV holds one sheet"
    assert list(tmp_path.glob("pm*")) == []


def test_long_sheet_without_its_metrics_sheet_still_defines_user_metrics(rich_store, tmp_path, other_store):
    path = export_entries(rich_store, tmp_path / "all.xlsx").path
    book = openpyxl.load_workbook(path)
    del book["Metrics"]  # as when someone copies the entries into a workbook of their own
    book.save(path)
    preview = preview_import(other_store, path)
    kits = next(m for m in preview.new_metrics if m.key == "school_kits")
    assert (kits.name, kits.unit, kits.aggregation.value, kits.integer_only) == (
        "School kits in stock", "kits", "stock", True)
    commit_import(other_store, preview)
    assert full_summary(other_store) == full_summary(rich_store)


@pytest.mark.parametrize("content", [b"", b"Currency,Value\nUSD,6.3\n", b"%PDF-1.4 binary\x00"])
def test_a_broken_rates_sidecar_is_a_note_and_the_entries_still_import(rich_store, tmp_path, content, other_store):
    path = export_entries(rich_store, tmp_path / "all.csv").path
    (tmp_path / "all.rates.csv").write_bytes(content)
    preview = preview_import(other_store, path)
    assert preview.new_rates == [] and preview.rates_file is None
    assert len(preview.rate_notes) == 1 and "all.rates.csv" in preview.rate_notes[0]
    assert commit_import(other_store, preview).new_count == 140 and list_rates(other_store) == []


def test_the_metric_key_finds_a_metric_named_otherwise_on_the_other_side(store, tmp_path, other_store):
    from dataclasses import replace

    from impact_desktop.core.entries import EntryDraft, Origin
    from impact_desktop.core.metrics import Metric
    from impact_desktop.core.periods import month

    meals = Metric("meals", "Meals served", "meals", integer_only=True)
    catalog.add_metric(store, meals)
    unit = catalog.add_business_unit(store, "Cainiao")
    program = catalog.add_program(store, unit, "Green logistics")
    add_entry(store, EntryDraft(program, "meals", Decimal(120), month(2018, 3), origin=Origin.FORM))
    path = export_entries(store, tmp_path / "meals.csv").path
    catalog.add_metric(other_store, replace(meals, name="餐食份数"))
    preview = preview_import(other_store, path)
    assert preview.problems == [] and preview.new_count == 1 and preview.new_metrics == []

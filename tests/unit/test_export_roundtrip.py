"""Export then import: the same summary in another store, nothing twice in the same one."""

from __future__ import annotations

import csv
from decimal import Decimal

import openpyxl
import pytest

from impact_desktop.cli.summary import summary_json
from impact_desktop.io.csv_writer import escape_cell
from impact_desktop.services.exporting import PER_METRIC, export_entries, export_template
from impact_desktop.services.importing import ALL_SHEETS, ImportOptions, commit_import, import_file, preview_import
from impact_desktop.services.scope import resolve_scope
from impact_desktop.services.summary import summarize
from impact_desktop.storage import catalog
from impact_desktop.storage.database import open_store
from impact_desktop.storage.entries import EntryFilter, add_entry, count_entries, query_entries


def entry_summary(store) -> dict:
    """Everything a summary derives from entries (targets are plans, not entries, and are not exported)."""
    result = summary_json(summarize(store, resolve_scope(store)))
    result.pop("targets")
    return result


def test_xlsx_export_imports_into_an_empty_store_with_the_same_summary(demo_store, tmp_path):
    path = export_entries(demo_store, tmp_path / "demo.xlsx").path
    other = open_store(tmp_path / "other.db")
    try:
        result = import_file(other, path)
        assert result.new_count == count_entries(demo_store) == 137
        assert entry_summary(other) == entry_summary(demo_store)
        ids = {e.id for e in query_entries(other, limit=1000)}
        assert ids == {e.id for e in query_entries(demo_store, limit=1000)}  # merged under the same ids
        assert {e.draft.origin.value for e in query_entries(other, limit=1000)} == {"merge"}
        assert import_file(other, path).new_count == 0
    finally:
        other.close()


def test_reimporting_an_export_into_the_same_store_recognises_every_entry_by_id(demo_store, tmp_path):
    path = export_entries(demo_store, tmp_path / "demo.csv").path
    preview = preview_import(demo_store, path)
    assert preview.counts() == {"new": 0, "duplicate": 137, "invalid": 0, "skipped": 0, "conflict": 0, "correction": 0}
    assert "Entry id" in preview.duplicates[0].reason


def test_xlsx_export_is_styled_frozen_filtered_and_typed(demo_store, tmp_path):
    path = export_entries(demo_store, tmp_path / "d.xlsx", EntryFilter(metric_keys=["donations"])).path
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Entries", "Metrics"]
    sheet = book["Entries"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:O49"
    assert sheet["A1"].font.bold and sheet["A1"].value == "ID"
    assert sheet["F2"].number_format == "yyyy-mm-dd" and sheet["H2"].number_format.startswith("#,##0")
    assert sheet.column_dimensions["C"].width == 30


def test_per_metric_sheets(demo_store, tmp_path):
    result = export_entries(demo_store, tmp_path / "pm.xlsx", layout=PER_METRIC)
    names = openpyxl.load_workbook(result.path, read_only=True).sheetnames
    assert result.rows == 137 and "Donations" in names and "Trees planted" in names and names[-1] == "Metrics"
    preview = preview_import(demo_store, result.path, ImportOptions(sheet="Trees planted"))
    assert preview.duplicate_count == 12
    other = open_store(tmp_path / "other.db")
    try:
        preview = preview_import(other, result.path, ImportOptions(sheet=ALL_SHEETS))
        assert preview.sheet.startswith("Donations, ") and "Metrics" not in preview.sheet
        assert commit_import(other, preview).new_count == 137
        assert entry_summary(other) == entry_summary(demo_store)
    finally:
        other.close()


def test_template_imports_once_filled(store, tmp_path):
    path = export_template(store, tmp_path / "template.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Data", "Instructions"]
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


def test_csv_export_escapes_notes_and_import_restores_them(store, tmp_path):
    from impact_desktop.core.entries import EntryDraft, Origin
    from impact_desktop.core.periods import month

    unit = catalog.add_business_unit(store, "=cmd|' /C calc'!A0")
    program = catalog.add_program(store, unit, "Green logistics")
    add_entry(store, EntryDraft(program, "trees_planted", Decimal(5), month(2018, 3), note="@SUM(1+1)",
                                origin=Origin.FORM))
    path = export_entries(store, tmp_path / "e.csv").path
    with path.open(encoding="utf-8-sig", newline="") as handle:
        row = list(csv.reader(handle))[1]
    assert row[1] == "'=cmd|' /C calc'!A0" and row[14] == "'@SUM(1+1)" and row[7] == "5"
    other = open_store(tmp_path / "o.db")
    try:
        import_file(other, path)
        entry = query_entries(other)[0]
        assert (entry.business_unit, entry.draft.note) == ("=cmd|' /C calc'!A0", "@SUM(1+1)")
    finally:
        other.close()

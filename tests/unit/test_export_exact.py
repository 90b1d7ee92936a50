"""The .xlsx export keeps text as text and figures exact, and a bad output path is one line."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.metrics import Metric
from impact_desktop.core.periods import month
from impact_desktop.io.xlsx_writer import Column, SheetSpec, write_workbook
from impact_desktop.services.exporting import export_entries
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import add_entry, query_entries
from tests.import_helpers import import_file
from tests.unit.io_files import run_cli

ROOT = Path(__file__).resolve().parents[2]


def _entries(store) -> dict:
    return {e.id: (e.business_unit, e.program, e.draft.metric_key, e.draft.value, e.draft.currency, e.draft.note)
            for e in query_entries(store, limit=100)}


@pytest.fixture
def formula_store(store):
    unit = catalog.add_business_unit(store, "=HYPERLINK(\"http://x\",\"Cainiao\")")
    program = catalog.add_program(store, unit, "=1+1")
    add_entry(store, EntryDraft(program, "trees_planted", Decimal(5), month(2018, 3), note="=SUM(A1:A9)",
                                origin=Origin.FORM))
    return store


def test_text_starting_with_equals_is_written_as_text_and_imports_back(formula_store, tmp_path, other_store):
    path = export_entries(formula_store, tmp_path / "f.xlsx").path
    sheet = openpyxl.load_workbook(path)["Entries"]
    cells = {cell.value: cell.data_type for cell in sheet[2] if isinstance(cell.value, str)}
    assert cells["=SUM(A1:A9)"] == "s" and cells["=1+1"] == "s"
    assert cells["=HYPERLINK(\"http://x\",\"Cainiao\")"] == "s"
    result = import_file(other_store, path)
    assert (result.new_count, result.invalid_count) == (1, 0)
    assert _entries(other_store) == _entries(formula_store)


def test_a_header_starting_with_equals_is_text_too(tmp_path):
    path = tmp_path / "h.xlsx"
    write_workbook(path, [SheetSpec("S", [Column("=A1")], [["=B2"]])])
    sheet = openpyxl.load_workbook(path)["S"]
    assert [(c.value, c.data_type) for c in (sheet["A1"], sheet["A2"])] == [("=A1", "s"), ("=B2", "s")]


BIG = Decimal("98765432109876.54")


@pytest.fixture
def exact_store(store):
    catalog.add_metric(store, Metric("meals", "Meals served", "meals", integer_only=True))
    catalog.add_metric(store, Metric("km", "Kilometres cycled", "km"))
    unit = catalog.add_business_unit(store, "Cainiao")
    program = catalog.add_program(store, unit, "Green logistics")
    for key, value, currency in (("donations", BIG, "CNY"), ("donations", Decimal("1000.5"), "USD"),
                                 ("donations", Decimal(31_500_000), "CNY"), ("meals", Decimal(31_500_000), None),
                                 ("km", Decimal("123456789012.3456"), None), ("km", Decimal("2.125"), None)):
        add_entry(store, EntryDraft(program, key, value, month(2018, 3), currency=currency, origin=Origin.FORM))
    return store


def test_figures_with_more_digits_than_a_spreadsheet_keeps_come_back_exactly(exact_store, tmp_path, other_store):
    path = export_entries(exact_store, tmp_path / "x.xlsx").path
    sheet = openpyxl.load_workbook(path)["Entries"]
    values = {cell.value: cell for cell in sheet["I"][1:]}
    assert values["98765432109876.54"].data_type == "s"  # a float would come back …76.55
    assert values["123456789012.3456"].data_type == "s"
    assert import_file(other_store, path).new_count == 6
    stored = sorted(value for _u, _p, _k, value, _c, _n in _entries(other_store).values())
    assert BIG in stored and Decimal("123456789012.3456") in stored
    assert _entries(other_store) == _entries(exact_store)


def test_number_formats_show_no_dangling_decimal_point(exact_store, tmp_path):
    path = export_entries(exact_store, tmp_path / "x.xlsx").path
    sheet = openpyxl.load_workbook(path)["Entries"]
    formats = {(row[8].value, row[9].value): row[8].number_format for row in sheet.iter_rows(min_row=2)}
    assert formats[(31_500_000, "meals")] == "#,##0"
    assert formats[(31_500_000, "CNY")] == "#,##0.00"  # money shows its currency's decimals
    assert formats[(1000.5, "USD")] == "#,##0.00"
    assert formats[(2.125, "km")] == "#,##0.000"
    assert not any(fmt.endswith(".") or "#" in fmt.split(".")[-1] for fmt in formats.values() if "." in fmt)


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "impact_desktop", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


@pytest.mark.parametrize("template", [False, True])
def test_export_to_a_missing_folder_is_one_line_on_stderr(demo_store, tmp_path, template):
    demo_store.close()
    out = tmp_path / "missing" / "x.xlsx"
    result = _cli("export", out, "--db", demo_store.path, *(["--template"] if template else []))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"error: Cannot write x.xlsx: the folder {out.parent} does not exist."]
    assert not out.parent.exists()


def test_a_failed_save_leaves_no_stream_behind(tmp_path):
    """The folder exists but the file cannot be created: still one sentence, no 'Exception ignored'."""
    target = tmp_path / "taken.xlsx"
    target.mkdir()
    script = (
        "import gc, sys\n"
        "from impact_desktop.io.errors import SpreadsheetError\n"
        "from impact_desktop.io.xlsx_writer import Column, SheetSpec, write_workbook\n"
        "try:\n"
        f"    write_workbook({str(target)!r}, [SheetSpec(n, [Column('A')], [[1], [2]]) for n in 'abc'])\n"
        "except SpreadsheetError as exc:\n"
        "    print(exc, file=sys.stderr)\n"
        "gc.collect()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stderr.splitlines() == [f"Cannot write {target}: it is a folder; give a file name."]



@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_user_metric_keeps_its_description_on_the_other_side(store, tmp_path, suffix, other_store):
    catalog.add_metric(store, Metric("meals", "Meals served", "meals", integer_only=True,
                                     description="Hot meals handed out at the shelters."))
    unit = catalog.add_business_unit(store, "Cainiao")
    program = catalog.add_program(store, unit, "Green logistics")
    add_entry(store, EntryDraft(program, "meals", Decimal(120), month(2018, 3), origin=Origin.FORM))
    path = export_entries(store, tmp_path / f"meals{suffix}").path
    if suffix == ".xlsx":  # without its Metrics sheet, as when the rows are copied into another workbook
        book = openpyxl.load_workbook(path)
        del book["Metrics"]
        book.save(path)
    assert import_file(other_store, path).new_count == 1
    assert catalog.get_metric(other_store, "meals").description == "Hot meals handed out at the shelters."


def test_a_file_where_the_folder_should_be_is_named_as_a_file(demo_store, tmp_path):
    """good.csv/x.xlsx: 'the folder good.csv does not exist' sent the user looking for a folder next to
    the very file they had picked; export, report and backup say it is a file."""
    demo_store.close()
    afile = tmp_path / "good.csv"
    afile.write_text("a,b\n")
    for command, name in ((["export"], "x.xlsx"), (["report"], "x.pdf"), (["backup"], "x.db")):
        result = run_cli(*command, afile / name, "--db", demo_store.path)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert result.stderr.strip().endswith(f": {afile} is a file, not a folder."), result.stderr
    assert afile.read_text() == "a,b\n"

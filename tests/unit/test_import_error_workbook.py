"""A corrected error workbook imports: its Sheet, Row and Problems columns are left out by themselves."""

from __future__ import annotations

import json
from decimal import Decimal

import openpyxl

from impact_desktop.services.importing import preview_import
from impact_desktop.storage.database import open_store
from impact_desktop.storage.entries import total_value
from tests.unit.io_files import figures_in, run_cli, write_csv, write_xlsx


def test_fixed_error_workbook_imports_the_corrected_rows(tmp_path):
    db = tmp_path / "store.db"
    source = write_xlsx(tmp_path / "field.xlsx", [
        ["Business unit", "Program", "Date", "Donations", "Note"],
        ["Cainiao", "Green logistics", "2018-03-01", 100, "ok"],
        ["Cainiao", "Green logistics", "someday", 200, "bad date"],
        ["Cainiao", "Rural teachers", "2018-04-01", "lots", "bad amount"],
    ])
    first = run_cli("import", source, "--db", db, "--skip-invalid")
    assert first.exit_code == 0, first.stderr
    errors = tmp_path / "field.errors.xlsx"
    assert figures_in(db, "donations") == (1, Decimal(100))

    book = openpyxl.load_workbook(errors)
    sheet = book["Rejected rows"]
    assert [c.value for c in sheet[1]][:4] == ["Sheet", "Row", "Problems", "Business unit"]
    sheet["F2"], sheet["G3"] = "2018-03-15", 300  # the user corrects the date and the amount
    book.save(errors)

    dry = run_cli("import", errors, "--db", db, "--dry-run", "--json")
    assert dry.exit_code == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["unmapped_columns"] == [] and report["counts"]["new"] == 2
    assert {report["mapping"][name] for name in ("Sheet", "Row", "Problems")} == {"skip"}
    second = run_cli("import", errors, "--db", db)
    assert second.exit_code == 0, second.stderr
    assert figures_in(db, "donations") == (3, Decimal(600))


def test_an_uncorrected_row_is_still_refused_with_its_reason(store, tmp_path):
    source = write_csv(tmp_path / "field.csv", [
        ["Business unit", "Program", "Date", "Donations"],
        ["Cainiao", "Green logistics", "2018-03-01", 100],
        ["Cainiao", "Green logistics", "someday", 200],
    ])
    store.close()
    assert run_cli("import", source, "--db", store.path, "--skip-invalid").exit_code == 0
    preview_store = open_store(store.path)
    try:
        preview = preview_import(preview_store, tmp_path / "field.errors.xlsx")
        assert preview.column_problems == [] and preview.invalid_count == 1
        assert preview.problems[0].value == "someday"
        assert total_value(preview_store, "donations") == Decimal(100)
    finally:
        preview_store.close()


def test_a_sheet_that_merely_starts_with_the_same_headers_is_not_taken_for_an_error_workbook(store, tmp_path):
    path = write_xlsx(tmp_path / "mine.xlsx", [
        ["Sheet", "Row", "Problems", "Business unit", "Program", "Date", "Donations"],
        ["A", 1, "late", "Cainiao", "Green logistics", "2018-03-01", 100],
    ], title="Data")
    preview = preview_import(store, path)
    assert {p.column for p in preview.column_problems} == {"Sheet", "Row", "Problems"}


def test_rejected_rows_with_control_characters_are_written_visibly_and_the_valid_rows_import(tmp_path):
    """An .xlsx cannot hold ESC or NUL: the error workbook shows them as ␛ and ␀ instead of failing to save."""
    db = tmp_path / "store.db"
    source = write_csv(tmp_path / "field.csv", [
        ["Business unit", "Program\x07", "Date", "Donations"],
        ["Cainiao", "Green logistics", "2018-03-01", 100],
        ["Cainiao", "Ctl\x01\x1b[31mRed", "2018-03-01", 200],
    ])
    result = run_cli("import", source, "--db", db, "--skip-invalid")
    assert result.exit_code == 0, result.stderr
    assert figures_in(db, "donations") == (1, Decimal(100))
    sheet = openpyxl.load_workbook(tmp_path / "field.errors.xlsx")["Rejected rows"]
    assert [sheet["E1"].value, sheet["E2"].value] == ["Program␇", "Ctl␁␛[31mRed"]
    # In an .xlsx, _x0000_ is the escape of NUL: the reader gives NUL back, the writer must not choke on it.
    book = write_xlsx(tmp_path / "book.xlsx", [
        ["Business unit", "Program", "Date", "Donations"],
        ["Amap", "Env Map", "2018-04-01", 50],
        ["Amap", "Env_x0000_Map_x001B_", "2018-04-01", 70],
    ])
    result = run_cli("import", book, "--db", db, "--skip-invalid")
    assert result.exit_code == 0, result.stderr
    assert figures_in(db, "donations") == (2, Decimal(150))
    assert openpyxl.load_workbook(tmp_path / "book.errors.xlsx")["Rejected rows"]["E2"].value == "Env␀Map␛"


def test_a_utf32_csv_is_read_as_utf32(tmp_path):
    db = tmp_path / "store.db"
    source = write_csv(tmp_path / "wide.csv", [
        ["Business unit", "Program", "Date", "Donations"],
        ["菜鸟", "绿色回收", "2018-03-01", 100],
    ], encoding="utf-32")
    result = run_cli("import", source, "--db", db)
    assert result.exit_code == 0, result.stderr
    assert figures_in(db, "donations") == (1, Decimal(100))

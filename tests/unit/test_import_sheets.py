"""Workbooks with several sheets: which are read, and a word about every one that is not."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook

from impact_desktop.services.exporting import PER_METRIC, export_entries
from impact_desktop.services.importing import ALL_SHEETS, ImportOptions, commit_import, preview_import
from impact_desktop.storage.database import open_store
from tests.unit.test_export_roundtrip import entry_summary

HEADER = ["Business unit", "Program", "Date", "Donations"]


def monthly_workbook(path):
    workbook = Workbook()
    workbook.active.title = "Read me"
    workbook.active.append(["Fill in one sheet per month."])
    for month in (3, 4, 5):
        sheet = workbook.create_sheet(f"2018-{month:02d}")
        sheet.append(HEADER)
        sheet.append(["Amap", "Map", f"2018-{month:02d}", month * 100])
    hours = workbook.create_sheet("Hours")
    hours.append(["Business unit", "Program", "Date", "Volunteer hours"])
    hours.append(["Amap", "Map", "2018-03", 12])
    workbook.save(path)
    return path


def test_sheets_with_the_same_columns_are_named_when_not_read(store, tmp_path):
    path = monthly_workbook(tmp_path / "monthly.xlsx")
    preview = preview_import(store, path)
    assert preview.sheet == "2018-03" and preview.new_count == 1
    assert preview.notes == [
        "Only sheet '2018-03' was read. Sheets '2018-04', '2018-05' have the same columns and were not read; "
        "choose every sheet with the same columns (--sheet '*') to import them too.",
        "Sheet 'Hours' has figures in other columns and was not read; import it on its own (--sheet 'Hours').",
    ]
    every = preview_import(store, path, ImportOptions(sheet=ALL_SHEETS))
    assert every.new_count == 3 and every.sheet == "2018-03, 2018-04, 2018-05"
    assert every.notes[-1].startswith("Sheet 'Hours' has figures in other columns")
    assert preview_import(store, path, ImportOptions(sheet="Hours")).notes == []


def test_a_per_metric_export_is_read_whole_without_being_asked(demo_store, tmp_path):
    target = open_store(tmp_path / "b.db")
    try:
        path = export_entries(demo_store, tmp_path / "per-metric.xlsx", layout=PER_METRIC).path
        preview = preview_import(target, path)
        assert preview.notes[0].startswith("Read sheet 'Donations' and the sheets with the same columns")
        assert len(preview.notes) == 1  # the Metrics and Rates sheets are read by their own readers
        commit_import(target, preview)
        assert entry_summary(target) == entry_summary(demo_store)
    finally:
        target.close()


def test_a_hidden_sheet_is_not_read_but_named(store, tmp_path):
    path = monthly_workbook(tmp_path / "hidden.xlsx")
    workbook = load_workbook(path)
    workbook["2018-04"].sheet_state = "hidden"
    workbook.save(path)
    preview = preview_import(store, path, ImportOptions(sheet=ALL_SHEETS))
    assert preview.sheet == "2018-03, 2018-05" and preview.new_count == 2
    assert "Sheet '2018-04' is hidden and was not read; choose it by name to import it (--sheet '2018-04')." \
        in preview.notes
    assert preview_import(store, path, ImportOptions(sheet="2018-04")).new_count == 1


def test_a_workbook_of_many_tabs_names_ten_and_counts_the_rest(tmp_path):
    book = Workbook()
    book.active.title = "S0"
    book.active.append(["Business unit", "Program", "Date", "Donations (CNY)"])
    book.active.append(["Ant", "Forest", "2018-03-01", 1])
    for index in range(1, 31):
        sheet = book.create_sheet(f"S{index}")
        sheet.append(["Business unit", "Program", "Date", "Donations (CNY)"] if index <= 15
                     else ["Business unit", "Program", "Date", "Volunteer hours"])
        sheet.append(["Ant", "Forest", "2018-03-01", index])
    book.save(tmp_path / "tabs.xlsx")
    store = open_store(tmp_path / "s.db", create=True)
    try:
        notes = preview_import(store, tmp_path / "tabs.xlsx").notes
    finally:
        store.close()
    assert notes[0].startswith("Only sheet 'S0' was read. Sheets 'S1', 'S2',") and "'S10' and 5 more have" in notes[0]
    assert "'S11'" not in notes[0] and len(notes) == 12
    assert notes[-1] == "5 more sheets ('S26', 'S27', 'S28', 'S29', 'S30') are hidden or have figures in other " \
        "columns and were not read."


def test_looking_at_every_tab_reads_the_zip_directory_a_bounded_number_of_times(tmp_path, monkeypatch):
    """Each tab used to reopen the workbook (its whole zip directory, its sheet list): 3,000 tabs took minutes."""
    import zipfile

    book = Workbook()
    book.active.append(["Business unit", "Program", "Date", "Donations (CNY)"])
    book.active.append(["Ant", "Forest", "2018-03-01", 1])
    for index in range(1, 80):
        book.create_sheet(f"S{index}").append(["Business unit", "Program", "Date", "Donations (CNY)"])
    book.save(tmp_path / "tabs.xlsx")
    store = open_store(tmp_path / "s.db", create=True)
    directories = []
    real = zipfile.ZipFile._RealGetContents
    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", lambda self: directories.append(1) or real(self))
    try:
        preview = preview_import(store, tmp_path / "tabs.xlsx")
    finally:
        store.close()
    assert "and 69 more have the same columns" in preview.notes[0]
    assert len(directories) < 30, len(directories)

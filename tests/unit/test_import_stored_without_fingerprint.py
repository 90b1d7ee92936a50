"""Entries stored without a fingerprint (written by another tool or script straight into the
file) or with a damaged one: an import into that store still finds the duplicates and
corrections among them, instead of failing with "unexpected TypeError" on every import."""

from __future__ import annotations

import pytest

from impact_desktop.services.import_preview import preview_import
from impact_desktop.storage.entries import count_entries
from tests.import_helpers import import_file
from tests.unit.io_files import write_csv

HEADER = ["Business unit", "Program", "Date", "Donation Amount (CNY)"]
ROWS = [["Cainiao", "Green logistics", f"2020-01-{day:02d}", f"{day * 1000}.50"] for day in range(1, 21)]


@pytest.mark.parametrize("damage", ["NULL", "''", "'not a fingerprint'", "upper(fingerprint)"])
def test_an_import_repeating_them_finds_every_duplicate(store, tmp_path, damage):
    path = write_csv(tmp_path / "field.csv", [HEADER, *ROWS])
    assert import_file(store, path).new_count == 20
    with store.transaction():
        store.conn.execute(f"UPDATE entries SET fingerprint = {damage} WHERE rowid % 2 = 0")
    again = import_file(store, write_csv(tmp_path / "again.csv", [HEADER, *ROWS]))
    assert (again.new_count, again.duplicate_count) == (0, 20)
    assert count_entries(store) == 20


def test_a_changed_figure_is_still_offered_as_a_correction(store, tmp_path):
    path = write_csv(tmp_path / "field.csv", [HEADER, *ROWS])
    import_file(store, path)
    with store.transaction():
        store.conn.execute("UPDATE entries SET fingerprint = NULL")
    changed = [*ROWS[:-1], [*ROWS[-1][:3], "99999.00"]]
    preview = preview_import(store, write_csv(tmp_path / "field.csv", [HEADER, *changed]))
    assert (preview.duplicate_count, preview.correction_count) == (19, 1)

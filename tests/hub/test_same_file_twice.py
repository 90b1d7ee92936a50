"""The same spreadsheet imported on two laptops counts once after sync, and both say so in Import history."""

from __future__ import annotations

import datetime as dt

from impact_desktop.services.sync import sync
from impact_desktop.storage import imports as batches
from impact_desktop.storage.entries import total_value
from tests.hub.helpers import totals
from tests.import_helpers import import_file
from tests.unit.io_files import write_xlsx


def field_report(path):
    return write_xlsx(path, [
        ["Business unit", "Program", "Date", "Volunteer hours", "Trees planted"],
        ["Cainiao", "Green logistics", dt.date(2018, 3, 1), 120, 10],
        ["Amap", "Clean air map", dt.date(2018, 4, 1), 80, None],
        ["Ant Financial", "Ant Forest", dt.date(2018, 5, 1), None, 1000],
    ])


def test_one_file_imported_on_two_laptops_counts_once(hub, laptops, tmp_path):
    one, two = laptops(2)
    report = field_report(tmp_path / "report.xlsx")
    import_file(one, report)
    import_file(two, report)
    sync(one, hub)
    sync(two, hub)
    sync(one)
    for store in (one, two):
        assert total_value(store, "volunteer_hours") == 200
        assert total_value(store, "trees_planted") == 1010
        listed = {batch.id: batch for batch in batches.list_batches(store)}
        assert len(listed) == 2  # both imports are kept and listed
        marks = dict(store.db.execute("SELECT id, duplicate_of FROM import_batches").fetchall())
        (second,) = [batch_id for batch_id, first in marks.items() if first]
        assert marks[second] in marks and marks[marks[second]] is None
        kept = store.db.execute("SELECT count(*) FROM entries WHERE import_batch_id = ? AND duplicate_of IS NOT NULL",
                                [second]).fetchone()[0]
        assert kept == 4  # every figure of the second import is kept, marked, not summed
    assert totals(one) == totals(two)


def test_an_export_imported_on_two_laptops_counts_once(hub, laptops, tmp_path):
    source, one, two = laptops(3)
    import_file(source, field_report(tmp_path / "report.xlsx"))
    from impact_desktop.services.exporting import export_entries
    exported = tmp_path / "export.xlsx"
    export_entries(source, exported)
    import_file(one, exported)
    import_file(two, exported)
    sync(one, hub)
    sync(two, hub)
    sync(one)
    for store in (one, two):
        assert total_value(store, "volunteer_hours") == 200
    assert totals(one) == totals(two)

"""An import's bulk load stores exactly what the per-row triggers would have stored.

The bulk load (:func:`impact_desktop.storage.entries.bulk_load`) drops the entries'
per-row insert triggers, and for a large first load their secondary indexes, and fills
the roll-ups, the observed entries, the notes' search index and the hub's change capture
with one grouped statement each. Each test imports a file, then inserts the same rows, row
by row through the triggers, into a copy of the store as it was before the import, and
compares every table the triggers write.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.errors import StoreError
from impact_desktop.core.periods import month
from impact_desktop.services import importing
from impact_desktop.services.exporting import export_entries
from impact_desktop.services.importing import ImportCancelled, commit_import, preview_import
from impact_desktop.storage import catalog, entries, tables
from impact_desktop.storage.database import open_store
from impact_desktop.storage.entries import count_entries
from impact_desktop.storage.imports import undo_batch_details
from tests.import_helpers import import_file
from tests.unit.io_files import write_csv

HEADER = ["Business unit", "Program", "Date", "Channel", "Donations (CNY)", "Volunteer hours", "Volunteers", "Note"]
NOTES = ["", "", "蚂蚁森林植树活动", "Tree planting, 2018", "回收 a b", "x"]

#: What the per-row insert triggers write, each table in one fixed order.
DERIVED = {
    "monthly_totals": "SELECT * FROM monthly_totals ORDER BY 1, 2, 3, 4, 5, 6, 7, 8",
    "unit_totals": "SELECT * FROM unit_totals ORDER BY 1, 2, 3, 4, 5",
    "b4si_totals": "SELECT * FROM b4si_totals ORDER BY 1, 2, 3, 4, 5, 6, 7",
    "program_months": "SELECT * FROM program_months ORDER BY 1, 2",
    "observed_entries": "SELECT * FROM observed_entries ORDER BY 1, 2, 3, 4, 5, 6",
    "entry_notes": "SELECT rowid, note FROM entry_notes ORDER BY rowid",
    "entry_note_terms": "SELECT term, doc, cnt FROM entry_note_terms ORDER BY term",
    "search": "SELECT rowid FROM entry_notes WHERE entry_notes MATCH '\"森林植\"' ORDER BY rowid",
    # The bulk path gives the whole load one clock value; the triggers one per row.
    "sync_rows": "SELECT row_id, device_id, base_hlc, base_device FROM sync_rows WHERE table_name = 'entries' "
                 "ORDER BY 1",
    "sync_outbox": "SELECT row_id FROM sync_outbox WHERE table_name = 'entries' ORDER BY 1",
}
SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"


def wide_file(tmp_path, name: str, rows: int, seed: int):
    rng = random.Random(seed)
    lines = [HEADER]
    for _ in range(rows):
        lines.append([f"Unit {rng.randint(1, 3)}", f"Program {rng.randint(1, 6)}",
                      f"{rng.randint(2016, 2019)}-{rng.randint(1, 12):02d}", rng.choice(["", "Alipay", "Taobao"]),
                      rng.choice(["", str(rng.randint(1, 10**6)), f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d}"]),
                      rng.choice(["", str(rng.randint(1, 500))]), str(rng.randint(1, 90)), rng.choice(NOTES)])
    return write_csv(tmp_path / name, lines)


def copy_of(store, path) -> None:
    target = sqlite3.connect(path)
    store.conn.backup(target)
    target.close()


def replayed(reference_path, imported_path, after: int) -> sqlite3.Connection:
    """The copy with the import's catalogue rows and then its entries inserted row by row (triggers firing)."""
    conn = sqlite3.connect(reference_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("ATTACH ? AS imported", [str(imported_path)])
    conn.execute("BEGIN")
    for table in ("metrics", "business_units", "programs", "channels", "import_batches"):
        conn.execute(f"INSERT OR IGNORE INTO {table} SELECT * FROM imported.{table}")
    columns = ", ".join(row[1] for row in conn.execute("PRAGMA table_info(entries)"))
    assert not conn.execute("SELECT 1 FROM rollup_pause").fetchone()
    for (rowid,) in conn.execute("SELECT rowid FROM imported.entries WHERE rowid > ? ORDER BY rowid",
                                 [after]).fetchall():
        conn.execute(f"INSERT INTO entries (rowid, {columns}) SELECT rowid, {columns} FROM imported.entries "
                     "WHERE rowid = ?", [rowid])
    conn.execute("COMMIT")
    return conn


def assert_as_row_by_row(store, reference_path, after: int) -> None:
    reference = replayed(reference_path, store.path, after)
    for name, sql in DERIVED.items():
        assert list(store.conn.execute(sql)) == list(reference.execute(sql)), name
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reference.close()


def _max_rowid(store) -> int:
    return store.conn.execute("SELECT coalesce(max(rowid), 0) FROM entries").fetchone()[0]


def test_a_first_large_import_stores_what_the_triggers_would(store, tmp_path, monkeypatch):
    monkeypatch.setattr(entries, "REBUILD_MIN_ROWS", 100)  # the indexes are dropped and built again
    monkeypatch.setattr(importing, "WRITE_CHUNK", 150)  # several batches in one load
    schema = list(store.conn.execute(SCHEMA))
    copy_of(store, tmp_path / "reference.db")
    result = import_file(store, wide_file(tmp_path, "first.csv", 400, seed=1))
    assert result.new_count > 600
    assert list(store.conn.execute(SCHEMA)) == schema  # every trigger and index back, as it was
    assert store.conn.execute("SELECT count(*) FROM entry_notes").fetchone()[0] > 100
    assert store.conn.execute("SELECT count(*) FROM observed_entries").fetchone()[0] > 350
    assert_as_row_by_row(store, tmp_path / "reference.db", 0)


@pytest.mark.parametrize("rebuild", [False, True])
def test_an_import_into_a_store_holding_more_entries_stores_what_the_triggers_would(
        store, tmp_path, monkeypatch, rebuild):
    monkeypatch.setattr(importing, "WRITE_CHUNK", 150)
    import_file(store, wide_file(tmp_path, "first.csv", 500, seed=2))
    schema = list(store.conn.execute(SCHEMA))
    copy_of(store, tmp_path / "reference.db")
    after = _max_rowid(store)
    dropped, drop = [], entries._drop_indexes
    monkeypatch.setattr(entries, "_drop_indexes", lambda conn: dropped.append(1) or drop(conn))
    if rebuild:  # holding fewer than twice as many: the indexes are dropped and built again
        monkeypatch.setattr(entries, "REBUILD_MIN_ROWS", 100)
    result = import_file(store, wide_file(tmp_path, "second.csv", 300, seed=3), corrections="add")
    assert result.new_count > 400 and after < 2 * result.new_count
    assert dropped == ([1] if rebuild else [])
    assert list(store.conn.execute(SCHEMA)) == schema
    assert_as_row_by_row(store, tmp_path / "reference.db", after)


def test_an_import_cancelled_during_the_load_leaves_the_store_as_it_was(store, tmp_path, monkeypatch):
    monkeypatch.setattr(entries, "REBUILD_MIN_ROWS", 100)
    monkeypatch.setattr(importing, "WRITE_CHUNK", 100)
    import_file(store, wide_file(tmp_path, "first.csv", 50, seed=4))
    schema = list(store.conn.execute(SCHEMA))
    state = {name: list(store.conn.execute(sql)) for name, sql in DERIVED.items()}
    count = store.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    preview = preview_import(store, wide_file(tmp_path, "second.csv", 300, seed=5))
    asked = []

    def cancelled() -> bool:  # after the second batch of the load is in
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(ImportCancelled):
        commit_import(store, preview, corrections="add", cancelled=cancelled)
    assert len(asked) == 3
    assert list(store.conn.execute(SCHEMA)) == schema
    assert {name: list(store.conn.execute(sql)) for name, sql in DERIVED.items()} == state
    assert store.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == count
    assert not store.conn.execute("SELECT 1 FROM rollup_pause").fetchone()
    import_file(store, wide_file(tmp_path, "third.csv", 20, seed=6), corrections="add")  # per-row triggers work
    assert store.conn.execute("SELECT count(*) FROM entries").fetchone()[0] > count


def test_a_bulk_load_that_fails_puts_the_schema_back_even_if_the_transaction_commits(store, tmp_path, monkeypatch):
    monkeypatch.setattr(entries, "REBUILD_MIN_ROWS", 1)  # the indexes are dropped too
    import_file(store, wide_file(tmp_path, "first.csv", 30, seed=7))
    schema = list(store.conn.execute(SCHEMA))
    state = {name: list(store.conn.execute(sql)) for name, sql in DERIVED.items()}
    count = store.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    program = catalog.list_programs(store)[0].id
    drafts = [EntryDraft(program, "donations", Decimal(100 + n), month(2018, 1 + n % 12), currency="CNY",
                         note="森林植树") for n in range(20)]
    with store.transaction():
        try:
            with entries.bulk_load(store, 10**6) as load:
                entries.add_entries(store, drafts, load=load)
                assert list(store.conn.execute(SCHEMA)) != schema  # triggers and indexes dropped meanwhile
                raise RuntimeError("boom")
        except RuntimeError:
            pass  # a caller that carries on and commits
    assert list(store.conn.execute(SCHEMA)) == schema
    assert not store.conn.execute("SELECT 1 FROM rollup_pause").fetchone()
    assert store.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == count
    assert {name: list(store.conn.execute(sql)) for name, sql in DERIVED.items()} == state
    copy_of(store, tmp_path / "reference.db")
    after = _max_rowid(store)
    entries.add_entries(store, drafts)  # row by row: the triggers fire again
    assert store.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == count + len(drafts)
    assert list(store.conn.execute(DERIVED["monthly_totals"])) != state["monthly_totals"]
    assert_as_row_by_row(store, tmp_path / "reference.db", after)


#: The derived tables a full recount gives (the change capture's versions depend on history).
RECOUNTED = {name: sql for name, sql in DERIVED.items() if not name.startswith("sync_")}


def assert_as_recounted(store, tmp_path) -> None:
    """Every derived table as a full recount has it: all the entries, live and deleted, inserted
    row by row (triggers firing) into a new empty store."""
    empty = open_store(tmp_path / "recount.db")
    empty.close()
    recount = replayed(tmp_path / "recount.db", store.path, 0)
    assert recount.execute("SELECT count(*) FROM entries").fetchone() == store.conn.execute(
        "SELECT count(*) FROM entries").fetchone()
    for name, sql in RECOUNTED.items():
        assert list(store.conn.execute(sql)) == list(recount.execute(sql)), name
    recount.close()


def _updated(store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT id, updated_at FROM entries WHERE deleted_at IS NULL"))


def test_an_exports_change_times_kept_after_a_load_leave_the_derived_tables_as_a_recount(
        store, other_store, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "WRITE_CHUNK", 150)
    import_file(store, wide_file(tmp_path, "first.csv", 300, seed=8))
    path = export_entries(store, tmp_path / "all.csv").path
    preview = preview_import(other_store, path)
    assert len(preview.pending) >= entries.BULK_THRESHOLD and preview.file_updated  # a load, then change times
    commit_import(other_store, preview)
    assert _updated(other_store) == _updated(store)  # the export's change times, not the import's
    assert_as_recounted(other_store, tmp_path)


def test_entries_revived_inside_a_load_come_back_in_the_derived_tables(store, other_store, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "WRITE_CHUNK", 150)
    import_file(store, wide_file(tmp_path, "first.csv", 300, seed=9))
    path = export_entries(store, tmp_path / "all.csv").path
    batch = import_file(other_store, path).batch_id
    undo_batch_details(other_store, batch)
    assert count_entries(other_store) == 0
    import_file(store, wide_file(tmp_path, "second.csv", 100, seed=10), corrections="add")
    path = export_entries(store, tmp_path / "more.csv").path  # the revived entries and new ones
    preview = preview_import(other_store, path)
    assert len(preview.revive) >= entries.BULK_THRESHOLD and len(preview.pending) > len(preview.revive)
    commit_import(other_store, preview)
    assert count_entries(other_store) == count_entries(store)  # the revived entries are back
    assert set(_updated(other_store)) == set(_updated(store))
    assert_as_recounted(other_store, tmp_path)


def _cache_size(store) -> int:
    return store.conn.execute("PRAGMA cache_size").fetchone()[0]


def _drafts(store, count: int) -> list[EntryDraft]:
    program = catalog.list_programs(store)[0].id
    return [EntryDraft(program, "donations", Decimal(100 + n), month(2018, 1 + n % 12), currency="CNY")
            for n in range(count)]


def test_a_bulk_load_runs_with_the_larger_page_cache_and_gives_the_stores_back(store, tmp_path):
    import_file(store, wide_file(tmp_path, "first.csv", 5, seed=11))
    own = _cache_size(store)
    assert -own < -entries.BULK_LOAD_CACHE  # the store's usual cache is the smaller
    with store.transaction(), entries.bulk_load(store, 300) as load:
        assert _cache_size(store) == entries.BULK_LOAD_CACHE
        entries.add_entries(store, _drafts(store, 300), load=load)
    assert _cache_size(store) == own
    with store.transaction():
        try:
            with entries.bulk_load(store, 300) as load:
                entries.add_entries(store, _drafts(store, 10), load=load)
                raise RuntimeError("boom")
        except RuntimeError:
            pass
    assert _cache_size(store) == own  # a failed load gives it back too


def test_a_bulk_load_that_drops_the_indexes_keeps_the_stores_page_cache(store, tmp_path, monkeypatch):
    import_file(store, wide_file(tmp_path, "first.csv", 5, seed=13))
    monkeypatch.setattr(entries, "REBUILD_MIN_ROWS", 100)
    own = _cache_size(store)
    with store.transaction(), entries.bulk_load(store, 300) as load:
        assert store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ix_entries_value'").fetchone() is None
        assert _cache_size(store) == own
        entries.add_entries(store, _drafts(store, 300), load=load)
    assert _cache_size(store) == own


def test_a_bulk_load_never_makes_a_larger_page_cache_smaller(store, tmp_path):
    import_file(store, wide_file(tmp_path, "first.csv", 5, seed=12))
    store.conn.execute(f"PRAGMA cache_size = {entries.BULK_LOAD_CACHE * 2}")
    with store.transaction(), entries.bulk_load(store, 300) as load:
        assert _cache_size(store) == entries.BULK_LOAD_CACHE * 2
        entries.add_entries(store, _drafts(store, 300), load=load)
    assert _cache_size(store) == entries.BULK_LOAD_CACHE * 2
    store.conn.execute("PRAGMA cache_size = 1000")  # counted in pages: 1000 of 16 KiB is less
    with store.transaction(), entries.bulk_load(store, 300) as load:
        assert _cache_size(store) == entries.BULK_LOAD_CACHE
    assert _cache_size(store) == 1000


def _has_indexes(store) -> bool:
    return store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ix_entries_value'").fetchone() is not None


def test_a_large_load_drops_the_indexes_unless_the_store_holds_twice_as_many(store, tmp_path, monkeypatch):
    import_file(store, wide_file(tmp_path, "first.csv", 5, seed=14))
    entries.add_entries(store, _drafts(store, 150))
    monkeypatch.setattr(entries, "REBUILD_MIN_ROWS", 10)
    held = _max_rowid(store)
    with store.transaction(), entries.bulk_load(store, held // 2 + 1):
        assert not _has_indexes(store)  # held < 2 × expected
    with store.transaction(), entries.bulk_load(store, held // 2):
        assert _has_indexes(store)
    monkeypatch.setattr(entries, "REBUILD_MIN_ROWS", held)
    with store.transaction(), entries.bulk_load(store, held - 1):  # too small a load to rebuild for
        assert _has_indexes(store)
    assert _has_indexes(store)


def test_soft_deleting_many_rows_runs_with_the_larger_page_cache_and_gives_the_stores_back(store, monkeypatch):
    monkeypatch.setattr(tables, "BULK_ROWS", 50)
    catalog.add_program(store, catalog.add_business_unit(store, "Cainiao"), "Green logistics")
    ids = entries.add_entries(store, _drafts(store, 60))
    own = _cache_size(store)
    seen: list[int] = []  # the cache size each UPDATE of entries ran with
    store.conn.create_function("cache_seen", 0, lambda: seen.append(_cache_size_of(store)))
    store.conn.execute("CREATE TEMP TRIGGER watch AFTER UPDATE OF deleted_at ON entries BEGIN SELECT cache_seen(); END")
    tables.set_deleted(store, "entries", ids[:10], True)  # few: the store's own cache
    tables.set_deleted(store, "entries", ids[10:], True)
    assert (seen[0], seen[-1], len(seen)) == (own, entries.BULK_LOAD_CACHE, 60)
    assert _cache_size(store) == own
    store.conn.execute("CREATE TEMP TRIGGER refuse BEFORE UPDATE ON entries BEGIN SELECT RAISE(ABORT, 'no'); END")
    with pytest.raises(sqlite3.IntegrityError):
        tables.set_deleted(store, "entries", ids, False)
    assert _cache_size(store) == own  # a failed one gives it back too
    assert store.conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0] == 0


def _cache_size_of(store) -> int:
    """The cache size, read on a second cursor while a statement of the connection runs."""
    return store.conn.cursor().execute("PRAGMA cache_size").fetchone()[0]


def test_a_loads_missing_and_empty_currencies_fall_in_one_roll_up_group(store, tmp_path):
    import_file(store, wide_file(tmp_path, "first.csv", 40, seed=15))
    copy_of(store, tmp_path / "reference.db")
    after = _max_rowid(store)
    drafts = [replace(draft, currency=(None, "", "CNY")[n // 12 % 3])  # NULL and '': one roll-up key
              for n, draft in enumerate(_drafts(store, 300))]
    with store.transaction(), entries.bulk_load(store, len(drafts)) as load:
        entries.add_entries(store, drafts[:150], load=load)
        entries.add_entries(store, drafts[150:], load=load)
    assert store.conn.execute("SELECT count(*) FROM monthly_totals WHERE currency = '' AND entry_count >= 2 "
                              "AND metric_id = (SELECT id FROM metrics WHERE key = 'donations')").fetchone()[0] == 12
    assert_as_row_by_row(store, tmp_path / "reference.db", after)


def test_a_load_adds_rows_inserted_beside_it_as_the_hubs_pulls_insert_theirs(store, tmp_path):
    import_file(store, wide_file(tmp_path, "first.csv", 40, seed=16))
    copy_of(store, tmp_path / "reference.db")
    after = _max_rowid(store)
    drafts = _drafts(store, 320)
    with store.transaction(), entries.bulk_load(store, len(drafts)) as load:
        entries.add_entries(store, drafts[:150], load=load)
        entries.add_entries(store, drafts[150:170])  # a plain insert, not through the load
        entries.add_entries(store, drafts[170:], load=load)
    assert _max_rowid(store) == after + len(drafts)
    assert_as_row_by_row(store, tmp_path / "reference.db", after)


def test_a_load_carries_on_after_an_insert_of_it_failed(store, tmp_path):
    import_file(store, wide_file(tmp_path, "first.csv", 40, seed=17))
    copy_of(store, tmp_path / "reference.db")
    after = _max_rowid(store)
    drafts = _drafts(store, 300)
    good = replace(drafts[0], source_file="a.csv")  # inserted, then undone with the rest of its call
    missing = EntryDraft("no such program", "donations", Decimal(5), month(2018, 1), currency="CNY",
                         source_file="b.csv")
    with store.transaction(), entries.bulk_load(store, len(drafts)) as load:
        entries.add_entries(store, drafts[:150], load=load)
        with pytest.raises(StoreError):
            entries.add_entries(store, [good, missing], load=load)
        entries.add_entries(store, drafts[150:], load=load)
    assert _max_rowid(store) == after + len(drafts)
    assert_as_row_by_row(store, tmp_path / "reference.db", after)

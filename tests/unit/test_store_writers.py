"""Two programs writing to one file: real processes racing, waiting and giving up in one sentence."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from impact_desktop.storage.catalog import list_business_units
from impact_desktop.storage.database import open_store
from tests.unit.io_files import figures_in, write_xlsx
from tests.unit.store_processes import cli, hold_write_lock, release, run_cli, wait_for_line

HEADER = ["Business unit", "Program", "Date", "Donation Amount (CNY)"]


def _previewed_then_committed(db: str, source: str, barrier, results) -> None:
    """Child process: preview, wait until the other child has previewed too, then commit."""
    from impact_desktop.services.importing import commit_import, preview_import

    store = open_store(db)
    try:
        preview = preview_import(store, source)
        barrier.wait(timeout=60)
        result = commit_import(store, preview)
        results.put((result.new_count, result.duplicate_count, sorted(result.new_business_units)))
    except Exception as exc:  # reported to the parent, which fails the test with it
        results.put(("error", f"{exc.__class__.__name__}: {exc}"))
    finally:
        store.close()


def _race(db: Path, sources: list[Path]) -> list:
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(len(sources)), context.Queue()
    children = [context.Process(target=_previewed_then_committed, args=(str(db), str(source), barrier, results))
                for source in sources]
    for child in children:
        child.start()
    outcomes = [results.get(timeout=120) for _ in children]
    for child in children:
        child.join(timeout=60)
        assert child.exitcode == 0
    assert not [o for o in outcomes if o[0] == "error"], outcomes
    return outcomes


def test_one_file_imported_by_two_processes_at_once_counts_once(tmp_path, store):
    store.close()
    rows = [HEADER] + [["Cainiao", "Green logistics", f"2018-{month:02d}-01", 1000 * month] for month in range(1, 13)]
    source = write_xlsx(tmp_path / "twice.xlsx", rows)
    outcomes = _race(store.path, [source, source])  # both previewed before either wrote
    assert sorted(new for new, *_rest in outcomes) == [0, 12]
    assert sorted(dup for _new, dup, _units in outcomes) == [0, 12]
    assert figures_in(store.path, "donations") == (12, 78000)


def test_two_imports_creating_the_same_new_unit_both_land_in_one_unit(tmp_path, store):
    store.close()
    first = write_xlsx(tmp_path / "a.xlsx", [HEADER, ["Amap", "Eco map", "2018-01-01", 100]])
    second = write_xlsx(tmp_path / "b.xlsx", [HEADER, ["Amap", "Eco map", "2018-02-01", 200]])
    outcomes = _race(store.path, [first, second])
    assert sorted(new for new, *_rest in outcomes) == [1, 1]
    assert figures_in(store.path, "donations") == (2, 300)
    reopened = open_store(store.path, create=False)
    assert [unit.name for unit in list_business_units(reopened)] == ["Amap"]
    reopened.close()


def test_two_command_line_imports_started_together_count_the_file_once(tmp_path, store):
    store.close()
    rows = [HEADER] + [["Cainiao", f"Program {n}", "2018-03-01", n] for n in range(1, 201)]
    source = write_xlsx(tmp_path / "both.xlsx", rows)
    runs = [cli("import", source, "--db", store.path) for _ in range(2)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert all("unexpected" not in err for _out, err in outputs)
    assert figures_in(store.path, "donations") == (200, sum(range(1, 201)))


@pytest.mark.parametrize("command", [["demo"], ["import", "{source}"], ["imports", "undo", "{batch}"]])
def test_a_writer_waits_for_another_program_and_says_so(tmp_path, demo_store, command):
    db = demo_store.path
    source = write_xlsx(tmp_path / "w.xlsx", [HEADER, ["Cainiao", "Waiting", "2018-03-01", 7]])
    batch = _imported_batch(db, tmp_path) if "undo" in command else ""
    demo_store.close()
    holder = hold_write_lock(db)
    args = [part.format(source=source, batch=batch) for part in command]
    process = cli(*args, "--db", db, env={"IMPACT_DESKTOP_WRITE_WAIT": "60"})
    line = wait_for_line(process.stderr, "waiting for another program")
    assert line.strip() == f"waiting for another program that is writing to {db}…"
    assert process.poll() is None  # still waiting, not failed
    release(holder)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert "error" not in err


@pytest.mark.parametrize("command", [["demo"], ["import", "{source}"], ["imports", "undo", "{batch}"]])
def test_a_writer_gives_up_after_the_configured_wait_in_one_sentence(tmp_path, store, command):
    db = store.path
    source = write_xlsx(tmp_path / "w.xlsx", [HEADER, ["Cainiao", "Waiting", "2018-03-01", 7]])
    batch = _imported_batch(db, tmp_path) if "undo" in command else ""
    store.close()
    before = figures_in(db, "donations")
    holder = hold_write_lock(db)
    try:
        args = [part.format(source=source, batch=batch) for part in command]
        result = run_cli(*args, "--db", db, env={"IMPACT_DESKTOP_WRITE_WAIT": "1"})
    finally:
        release(holder)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, result.stderr
    assert lines[0] == f"waiting for another program that is writing to {db}…"
    assert lines[-1].startswith(f"error: Another program kept writing to {db} for more than 1 seconds")
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr
    assert figures_in(db, "donations") == before


def _imported_batch(db: Path, folder: Path) -> str:
    source = write_xlsx(folder / "batch.xlsx", [HEADER, ["Amap", "Undo me", "2018-03-01", 5]])
    done = run_cli("import", source, "--db", db, "--json")
    assert done.returncode == 0, done.stderr
    import json

    return json.loads(done.stdout)["batch_id"]


def test_reading_is_never_blocked_by_a_writer(demo_store):
    demo_store.close()
    holder = hold_write_lock(demo_store.path)
    try:
        result = run_cli("summary", "--db", demo_store.path, "--json", env={"IMPACT_DESKTOP_WRITE_WAIT": "1"})
    finally:
        release(holder)
    assert result.returncode == 0 and '"entries": 137' in result.stdout


def test_a_read_transaction_is_never_upgraded_into_a_lock_failure(store):
    """The old failure: BEGIN, a read, then a write while another connection had written meanwhile."""
    other = sqlite3.connect(store.path, isolation_level=None)
    with store.transaction():
        store.conn.execute("SELECT count(*) FROM business_units").fetchone()
        # another connection cannot slip a write in between: it waits for our lock
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("PRAGMA busy_timeout = 100")
            other.execute("UPDATE device SET name = 'other'")
        store.conn.execute("UPDATE device SET name = 'mine'")
    other.close()
    assert store.conn.execute("SELECT name FROM device").fetchone()[0] == "mine"


def test_each_committed_write_counts_up_the_generation(store):
    before = store.generation()
    with store.transaction():
        pass  # nothing written: nothing counted
    assert store.generation() == before
    with store.transaction():
        store.conn.execute("UPDATE device SET name = 'renamed'")
    assert store.generation() == before + 1
    other = open_store(store.path)
    assert other.generation() == before + 1
    other.close()

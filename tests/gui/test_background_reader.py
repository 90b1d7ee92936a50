"""BackgroundReader: queries on its own worker thread, through the one runner, with a
read-only connection that the worker opens, uses and closes (issue 11)."""

from __future__ import annotations

import sqlite3
import threading

from impact_desktop.gui.common.background_reader import BackgroundReader
from impact_desktop.services.session import open_database


def _count(seen: list):
    def query(reader):
        seen.append((reader, threading.get_ident()))
        return reader.conn.execute("SELECT count(*) FROM entries").fetchone()[0]

    return query


def test_the_worker_opens_uses_and_closes_its_read_only_connection(qtbot, store, tmp_path):
    other = tmp_path / "other.db"
    open_database(other).close()
    reader, seen = BackgroundReader(), []
    with qtbot.waitSignal(reader.run(store.path, _count(seen)).succeeded, timeout=10000) as first:
        pass
    with qtbot.waitSignal(reader.run(other, _count(seen)).succeeded, timeout=10000):
        pass
    (first_store, worker), (second_store, same_worker) = seen
    assert first.args == [0] and worker == same_worker != threading.get_ident()
    assert first_store.read_only  # a read on the worker can never write
    assert first_store.closed  # the file changed: closed on the worker (it could not be elsewhere)
    assert not second_store.closed
    reader.stop()  # closing it on this thread would raise: the connection belongs to the worker
    assert second_store.closed


def test_a_superseded_query_delivers_nothing(qtbot, store):
    reader, outcomes, release = BackgroundReader(), [], threading.Event()

    def slow(store_on_worker):
        release.wait(5)
        return "stale"

    stale = reader.run(store.path, slow)
    stale.succeeded.connect(outcomes.append)
    stale.failed.connect(outcomes.append)
    reader.supersede()
    release.set()
    fresh = reader.run(store.path, lambda _reader: "fresh")
    fresh.succeeded.connect(outcomes.append)
    qtbot.waitUntil(lambda: outcomes == ["fresh"], timeout=10000)
    assert stale.wait(5000)
    reader.stop()
    assert outcomes == ["fresh"]


def test_a_read_superseded_before_its_statement_starts_is_stopped_by_it(qtbot, store):
    """SQLite forgets an interrupt that finds no statement running: a superseded read whose
    function runs but whose statement has not started yet (or that is between two) must still
    stop at that statement, not run on (here: forever) and keep the next read waiting."""
    reader, outcomes, errors = BackgroundReader(), [], []
    started, release = threading.Event(), threading.Event()

    def stale(store_on_worker):
        started.set()
        release.wait(5)
        try:
            return store_on_worker.conn.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                                                "SELECT max(x) FROM n").fetchone()
        except sqlite3.Error as exc:
            errors.append(str(exc))
            raise

    task = reader.run(store.path, stale)
    task.succeeded.connect(outcomes.append)
    task.failed.connect(outcomes.append)
    assert started.wait(10)
    reader.supersede()  # nothing runs in SQLite yet: the interrupt alone would be lost
    release.set()
    with qtbot.waitSignal(reader.run(store.path, _count([])).succeeded, timeout=10000) as fresh:
        pass
    assert fresh.args == [0] and errors == ["interrupted"] and outcomes == []
    reader.stop()

"""A sync killed in the middle (SIGKILL of a real child process) resumes: nothing lost, nothing twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import month
from impact_desktop.services.sync import sync, sync_status
from impact_desktop.storage import entries
from tests.hub.helpers import program, rebuilt_rollups, totals

ROOT = Path(__file__).resolve().parents[2]
COUNT = 6000


def fill(store):
    pid = program(store)
    entries.add_entries(store, [EntryDraft(program_id=pid, metric_key="volunteer_hours", value=Decimal(i % 97 + 1),
                                           period=month(2017 + i % 2, 1 + i % 12)) for i in range(COUNT)])


def kill_when(argv, reached, timeout=60.0):
    """Start the child, SIGKILL it as soon as ``reached()`` is true; True when it was killed mid-way."""
    child = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + timeout
    try:
        while child.poll() is None and time.monotonic() < deadline:
            if reached():
                child.send_signal(signal.SIGKILL)
                child.wait()
                return True
            time.sleep(0.005)
        return False
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def hub_entries(url):
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM impact_hub.rows WHERE tbl = 'entries'").fetchone()[0]


def local_entries(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


@pytest.mark.slow
def test_a_sync_killed_during_push_and_during_pull_resumes(hub, laptops):
    one, two = laptops(2)
    fill(one)
    child = [sys.executable, "-m", "tests.hub.sync_child"]
    killed = kill_when([*child, str(one.path), hub, "150"], lambda: 0 < hub_entries(hub) < COUNT)
    assert killed, "the push finished before it could be killed"
    assert 0 < hub_entries(hub) < COUNT
    assert sync_status(one).waiting > 0
    sync(one, hub)
    assert hub_entries(hub) == COUNT and sync_status(one).waiting == 0

    killed = kill_when([*child, str(two.path), hub, "150"], lambda: 0 < local_entries(two.path) < COUNT)
    assert killed, "the pull finished before it could be killed"
    sync(two, hub)
    assert totals(one) == totals(two)
    assert sorted(two.db.execute("SELECT * FROM monthly_totals")) == rebuilt_rollups(two)
    assert two.db.execute("SELECT count(*) FROM entries").fetchone()[0] == COUNT

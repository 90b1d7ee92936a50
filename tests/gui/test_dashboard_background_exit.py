"""A dashboard page (or the app) going away while its B4SI read still runs on the worker.

Real processes: each one opens a dashboard on a demo file, makes the B4SI read endless
(a recursive SQL query only an interrupt stops), and then deletes the page, or quits the
application, while that read runs. Before the fix, deleting the page blocked until the
read ended (here: never), and quitting left the worker running Python while the
interpreter shut down ("Qt Concurrent has caught an exception").
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from impact_desktop.services.demo import load_demo
from impact_desktop.storage.database import open_store

_CHILD = textwrap.dedent("""
    import sys, threading
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication
    import impact_desktop.gui.dashboard.page as page_module
    from impact_desktop.gui.common.context import AppContext
    from impact_desktop.storage.database import open_store

    app = QApplication([])
    started = threading.Event()
    delivered = []

    def endless_b4si(store, data):
        started.set()
        return store.conn.execute(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT max(x) FROM n"
        ).fetchone()

    page_module.is_big = lambda _store: True
    page_module.read_b4si = endless_b4si
    store = open_store(Path(sys.argv[1]))
    page = page_module.DashboardPage(AppContext(store))
    page.resize(1024, 700)
    page.show()
    page.b4si_loaded.connect(lambda: delivered.append("loaded"))
    page.failed.connect(lambda message: delivered.append(message))
    page.refresh()
    if not started.wait(20):
        sys.exit("the B4SI read never started")
    if sys.argv[2] == "delete":
        page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        print("DELETED", delivered, flush=True)
    else:
        QTimer.singleShot(0, app.quit)
        app.exec()
        print("QUIT", delivered, flush=True)
    store.close()
""")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("exit") / "demo.db"
    store = open_store(path)
    load_demo(store)
    store.close()
    return path


@pytest.mark.parametrize("how", ["delete", "quit"])
def test_page_or_app_going_away_stops_the_running_b4si_read(demo_file, how):
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, str(demo_file), how], capture_output=True,
                              text=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{how}: the process waited for the endless background read")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("DELETED []" if how == "delete" else "QUIT []")  # nothing delivered late
    assert "Qt Concurrent" not in done.stderr and "Traceback" not in done.stderr, done.stderr

"""The store is closed only after the tasks running on it have finished: when another
database is opened, and when the application quits (issue 11)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.tasks import TaskProgress, run_task, running_tasks
from impact_desktop.gui.shell.main_window import MainWindow
from impact_desktop.services.session import open_database
from tests.gui.main_helpers import isolated_settings  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot, store, isolated_settings):  # noqa: F811
    main = MainWindow(AppContext(store))
    qtbot.addWidget(main)
    return main


def _until_cancelled(store, started: threading.Event, seen: list):
    """A task on ``store``'s file: runs until cancelled (at most a few seconds), then says
    whether the store had been closed under it meanwhile."""

    def work(progress: TaskProgress) -> None:
        started.set()
        deadline = time.monotonic() + 3
        while not progress.cancelled and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(0.1)  # still winding down after the cancel
        seen.append(store.closed)
        progress.check()

    return work


def test_opening_another_database_waits_for_running_tasks(qtbot, window, store, tmp_path):
    started, seen, failures = threading.Event(), [], []
    task = run_task(_until_cancelled(store, started, seen), on_failure=failures.append)
    assert started.wait(5)
    other = tmp_path / "other.db"
    open_database(other).close()
    assert window.database.open_database(other)
    assert seen == [False]  # the task had ended (cancelled) when the old store was closed
    assert store.closed and not task.running and running_tasks() == []
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert failures == ["Cancelled; nothing was changed."]


_CHILD = textwrap.dedent("""
    import sys, threading, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from impact_desktop import app as app_module
    from impact_desktop.gui.shell import main_window
    from impact_desktop.gui.common.tasks import run_task

    seen, started = [], threading.Event()

    def work(progress):
        started.set()
        deadline = time.monotonic() + 3
        while not progress.cancelled and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(0.1)
        seen.append(STORE[0].closed)

    STORE = []
    show = main_window.MainWindow.show

    def show_and_quit(self):
        show(self)
        STORE.append(self.context.store)
        run_task(work, parent=self)
        started.wait(10)
        QTimer.singleShot(0, QApplication.instance().quit)

    main_window.MainWindow.show = show_and_quit
    code = app_module.run_gui(Path(sys.argv[1]))
    print("EXIT", code, seen, STORE[0].closed, flush=True)
""")


def test_quitting_closes_the_store_after_running_tasks(tmp_path):
    path = tmp_path / "quit.db"
    open_database(path).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True,
                              timeout=60, env=env, cwd=os.getcwd())
    except subprocess.TimeoutExpired:
        pytest.fail("the application did not quit")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "EXIT 0 [False] True", done.stdout + done.stderr

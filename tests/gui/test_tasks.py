"""The one runner (gui/common/tasks.run_task): outcome once, on the UI thread, never lost; cancel,
interrupt, and waiting for running tasks before a store is closed."""

from __future__ import annotations

import gc
import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool

from impact_desktop.core.errors import ImpactError, ValidationError
from impact_desktop.gui.common.tasks import TaskProgress, finish_running_tasks, run_task, running_tasks

_ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT max(x) FROM n"


def _drain() -> None:
    """Everything already posted to the UI thread is handled now (no timed wait)."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def _no_task_left_running():
    yield
    finish_running_tasks()
    assert running_tasks() == []


# -- delivery ---------------------------------------------------------------------------


def test_outcome_delivered_once(qtbot):
    results, failures = [], []
    task = run_task(lambda progress: 42, on_success=results.append, on_failure=failures.append)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    _drain()
    assert results == [42] and failures == [] and task.done


def test_failure_is_one_sentence(qtbot):
    results, failures = [], []

    def broken(progress):
        raise ImpactError("The file is damaged.")

    run_task(broken, on_success=results.append, on_failure=failures.append)
    qtbot.waitUntil(lambda: failures == ["The file is damaged."], timeout=5000)
    assert results == []


def test_an_unexpected_error_is_one_sentence_too(qtbot):
    failures = []

    def broken(progress):
        raise KeyError("sheet")

    with qtbot.waitSignal(run_task(broken, on_failure=failures.append).finished, timeout=5000):
        pass
    assert failures == ["Something went wrong: KeyError: 'sheet'"]


def test_result_of_a_finished_task_reaches_a_late_connection(qtbot):
    task = run_task(lambda _progress: 42)
    QThreadPool.globalInstance().waitForDone()  # the worker is done before we connect
    with qtbot.waitSignal(task.succeeded) as result, qtbot.waitSignal(task.finished):
        pass
    assert result.args == [42]


def test_failure_of_a_finished_task_reaches_a_late_connection(qtbot):
    def fail(_progress):
        raise ValidationError("That name is already used; pick another.")

    task = run_task(fail)
    QThreadPool.globalInstance().waitForDone()
    with qtbot.waitSignal(task.failed) as failure:
        pass
    assert failure.args == ["That name is already used; pick another."]


def test_no_fast_result_is_lost_and_none_comes_twice(qtbot):
    """The case TaskOutcome's polling timer guarded against: functions that end before the
    caller's next line. Every one of 300 delivers exactly once, through the queued hop alone,
    also when nobody keeps a reference to the task."""
    delivered: dict[int, int] = {}

    def count(number: int) -> None:
        delivered[number] = delivered.get(number, 0) + 1

    for number in range(300):
        run_task(lambda _progress, n=number: n, on_success=count)
    gc.collect()
    QThreadPool.globalInstance().waitForDone()  # every function has returned before any delivery
    assert delivered == {}  # nothing is delivered behind the UI thread's back
    qtbot.waitUntil(lambda: len(delivered) == 300, timeout=10000)
    _drain()
    assert delivered == {number: 1 for number in range(300)}


def test_progress_and_outcome_arrive_on_the_ui_thread_in_order(qtbot):
    ui_thread = QThread.currentThread()
    seen = []

    def work(progress: TaskProgress) -> str:
        progress.report(1, 2, "half")
        progress.report(2, 2, "all")
        return "done"

    def on_progress(done: int, total: int, text: str) -> None:
        seen.append(("progress", done, total, text, QThread.currentThread() is ui_thread))

    def on_success(result: str) -> None:
        seen.append(("success", result, QThread.currentThread() is ui_thread))

    task = run_task(work, on_success=on_success, on_progress=on_progress)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == [("progress", 1, 2, "half", True), ("progress", 2, 2, "all", True), ("success", "done", True)]


# -- cancel, owners going away ----------------------------------------------------------------


def test_cancel_delivers_one_cancellation(qtbot):
    started, results, failures = threading.Event(), [], []

    def work(progress: TaskProgress):
        started.set()
        while True:
            progress.check()
            time.sleep(0.005)

    task = run_task(work, on_success=results.append, on_failure=failures.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert failures == ["Cancelled; nothing was changed."] and results == []


def test_a_quiet_task_delivers_nothing_when_cancelled(qtbot):
    started, outcomes = threading.Event(), []

    def work(progress: TaskProgress):
        started.set()
        while not progress.cancelled:
            time.sleep(0.005)
        raise RuntimeError("stopped")  # as an interrupted query would

    task = run_task(work, on_success=outcomes.append, on_failure=outcomes.append, quiet_cancel=True)
    task.finished.connect(lambda: outcomes.append("finished"))
    assert started.wait(5)
    task.cancel()
    assert task.wait(5000)
    _drain()
    assert outcomes == [] and not task.running


def test_a_task_deleted_with_its_owner_delivers_nothing(qtbot):
    release, outcomes = threading.Event(), []
    owner = QObject()
    task = run_task(lambda _progress: release.wait(5) and 42, on_success=outcomes.append,
                    on_failure=outcomes.append, parent=owner)
    owner.deleteLater()
    with qtbot.waitSignal(owner.destroyed, timeout=5000):
        pass
    release.set()
    qtbot.waitUntil(lambda: running_tasks() == [], timeout=5000)
    _drain()
    assert outcomes == []
    del task


def test_a_task_whose_owner_is_gone_is_still_waited_for(qtbot):
    """Deleting the owner cancels the task; before a store closes it is waited for all the same."""
    started, returned = threading.Event(), []
    owner = QObject()

    def work(progress: TaskProgress) -> None:
        started.set()
        while not progress.cancelled:
            time.sleep(0.005)
        time.sleep(0.2)
        returned.append(True)

    run_task(work, parent=owner)
    assert started.wait(5)
    owner.deleteLater()
    with qtbot.waitSignal(owner.destroyed, timeout=5000):
        pass
    assert running_tasks() == []  # nobody can reach it any more…
    finish_running_tasks()
    assert returned == [True]  # …but it was waited for


# -- waiting before a store is closed -----------------------------------------------------------


def test_finish_running_tasks_cancels_and_waits_for_every_function(qtbot):
    started, returned = threading.Event(), []

    def work(progress: TaskProgress):
        started.set()
        while not progress.cancelled:
            time.sleep(0.005)
        time.sleep(0.2)  # still busy a while after it saw the cancel: the wait covers that too
        returned.append(True)

    task = run_task(work)
    assert started.wait(5)
    assert running_tasks() == [task]
    finish_running_tasks()
    assert returned == [True] and not task.running and running_tasks() == []


def test_finish_running_tasks_interrupts_a_query(qtbot, tmp_path):
    """A task that named its interrupt (a connection's) is stopped mid-query, not waited out."""
    path = tmp_path / "endless.db"
    sqlite3.connect(path).close()
    opened, connections, failures = threading.Event(), [], []

    def work(_progress):
        conn = sqlite3.connect(path)  # opened, used and closed on the worker
        connections.append(conn)
        opened.set()
        try:
            return conn.execute(_ENDLESS).fetchone()
        finally:
            conn.close()

    def interrupt() -> None:
        for conn in connections:
            conn.interrupt()

    task = run_task(work, on_failure=failures.append, interrupt=interrupt)
    assert opened.wait(5)
    started = time.monotonic()
    finish_running_tasks()
    assert time.monotonic() - started < 5 and not task.running
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert failures == ["Cancelled; nothing was changed."]


def test_finish_running_tasks_waits_until_the_worker_is_idle(qtbot, monkeypatch):
    """After the function returns, its worker still hands over the outcome: quitting must
    wait for that too, or the interpreter shuts down under a thread running Python."""
    from impact_desktop.gui.common import tasks

    handed_over = threading.Event()
    send = tasks.Task._send

    def slow_send(self, hop, *args):
        if hop is self._done_hop:
            time.sleep(0.3)  # the function has returned; its worker is still busy
            handed_over.set()
        return send(self, hop, *args)

    monkeypatch.setattr(tasks.Task, "_send", slow_send)
    task = run_task(lambda progress: 1)
    task.wait(5000)
    finish_running_tasks()
    assert handed_over.is_set()

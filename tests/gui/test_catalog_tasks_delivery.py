"""start_task delivers a result even when the function finished before anyone connected."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from impact_desktop.core.errors import ValidationError
from impact_desktop.gui.tasks import start_task


def test_result_of_a_finished_task_reaches_a_late_connection(qtbot):
    task = start_task(lambda _progress: 42)
    QThreadPool.globalInstance().waitForDone()  # the worker is done before we connect
    with qtbot.waitSignal(task.succeeded) as result, qtbot.waitSignal(task.finished):
        pass
    assert result.args == [42]


def test_failure_of_a_finished_task_reaches_a_late_connection(qtbot):
    def fail(_progress):
        raise ValidationError("That name is already used; pick another.")

    task = start_task(fail)
    QThreadPool.globalInstance().waitForDone()
    with qtbot.waitSignal(task.failed) as failure:
        pass
    assert failure.args == ["That name is already used; pick another."]

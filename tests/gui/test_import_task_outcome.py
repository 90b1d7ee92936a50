"""A background task's outcome arrives exactly once, even when its signals are lost."""

from __future__ import annotations

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.task_outcome import TaskOutcome


def test_outcome_delivered_once_even_without_signals(qtbot):
    results, failures = [], []
    outcome = TaskOutcome(lambda progress: 42, results.append, failures.append)
    # Simulate the lost-signal case: nothing connected to the task reaches us.
    outcome.task.succeeded.disconnect()
    outcome.task.finished.disconnect()
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    qtbot.wait(400)
    assert results == [42] and failures == [] and outcome.done


def test_failure_is_one_sentence(qtbot):
    results, failures = [], []

    def broken(progress):
        raise ImpactError("The file is damaged.")

    TaskOutcome(broken, results.append, failures.append)
    qtbot.waitUntil(lambda: failures == ["The file is damaged."], timeout=5000)
    assert results == []

"""The one undo command: a change made by a service, undone and redone through the stack."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.undo import record
from impact_desktop.services.changes import CATALOG, Change


def _counter_change(log: list[str], fail_undo: bool = False) -> Change:
    def undo(store):
        if fail_undo:
            raise ImpactError("the row was removed meanwhile")
        log.append(f"undo {store.path.name}")

    return Change(undo=undo, redo=lambda store: log.append(f"redo {store.path.name}"), topics=(CATALOG,), result="id-1")


def test_the_first_push_only_announces_then_undo_and_redo_replay(store, qtbot):
    context = AppContext(store)
    log: list[str] = []
    topics: list[str] = []
    context.events.changed.connect(topics.append)
    assert record(context, "Add unit", _counter_change(log)) == "id-1"
    assert log == [] and topics == [CATALOG]
    context.undo_stack.undo()
    context.undo_stack.redo()
    assert log == [f"undo {store.path.name}", f"redo {store.path.name}"]
    assert topics == [CATALOG] * 3


def test_a_failed_undo_is_reported_and_the_step_is_dropped(store, qtbot):
    context = AppContext(store)
    problems: list[str] = []
    context.events.problem.connect(problems.append)
    record(context, "Rename unit", _counter_change([], fail_undo=True))
    context.undo_stack.undo()
    assert len(problems) == 1 and "Rename unit" in problems[0] and "removed meanwhile" in problems[0]
    assert context.undo_stack.count() == 0


def test_a_change_never_replays_on_another_database(store, tmp_path, qtbot, other_store):
    context = AppContext(store)
    log: list[str] = []
    problems: list[str] = []
    context.events.problem.connect(problems.append)
    record(context, "Add unit", _counter_change(log))
    context.store = other_store
    context.undo_stack.undo()
    assert log == []
    assert len(problems) == 1 and "another database" in problems[0]


def test_undo_and_redo_run_under_the_wait_cursor_and_give_it_back(store, qtbot):
    context = AppContext(store)
    shapes: list[object] = []

    def seen(_store):
        cursor = QGuiApplication.overrideCursor()
        shapes.append(cursor.shape() if cursor else None)

    record(context, "Remove 100,000 entries", Change(undo=seen, redo=seen, topics=(CATALOG,)))
    context.undo_stack.undo()
    context.undo_stack.redo()
    assert shapes == [Qt.CursorShape.WaitCursor] * 2
    assert QGuiApplication.overrideCursor() is None
    record(context, "Rename unit", _counter_change([], fail_undo=True))
    context.undo_stack.undo()  # failed: reported, and the cursor is given back too
    assert QGuiApplication.overrideCursor() is None



def test_a_context_being_freed_empties_its_undo_stack_first(store, qtbot):
    """A dialog and its pages point back at their context, so a context is often freed by the
    garbage collector, which could clear the stack's wrapper (deleting the commands it tracks)
    before deleting the stack, whose clear() deleted them again: a segmentation fault. The
    context's finalizer, which the collector runs before clearing anything, empties the stack."""
    context = AppContext(store)
    record(context, "Add unit", _counter_change([]))
    record(context, "Add program", _counter_change([]))
    context.undo_stack.undo()
    stack = context.undo_stack
    context.__del__()
    assert stack.count() == 0


GC_AFTER_EACH_TEST = """
import gc
import pytest

@pytest.fixture(autouse=True)
def collect_after_each():
    yield
    gc.collect()
"""


@pytest.mark.slow
def test_the_dialogs_tests_survive_a_garbage_collection_after_each_test(tmp_path):
    """The crash itself, as it was found: these tests, each followed by a collection, ended in a
    segmentation fault at the fourth (its entry dialog's context, with two undone commands)."""
    (tmp_path / "gc_after_each.py").write_text(GC_AFTER_EACH_TEST, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(root)]), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "gc_after_each", "-p", "no:cacheprovider",
                           str(root / "tests" / "gui" / "test_first_run_setup.py")],
                          cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]

"""What every window, page and dialog is given: no globals, everything passed in.

Signals:
    DataEvents.changed(str): something in the store changed; the argument names what
        ("entries", "catalog", "rates", "targets", "settings", "imports", "database").
        Views refresh themselves on it, so the dashboard follows saves, imports and undo.
    DataEvents.problem(str): a sentence to show the user that no dialog owns (a failed
        undo or redo); the main window shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QUndoStack

from impact_desktop.services.session import Store


class DataEvents(QObject):
    changed = Signal(str)
    #: A sentence the user must see that belongs to no dialog (a failed undo, say); the
    #: main window shows it.
    problem = Signal(str)


@dataclass
class AppContext:
    """The open database, the event hub and the shared undo stack (main window's thread).

    Every user change is a services operation whose ``Change`` goes onto ``undo_stack``
    (``gui/common/undo.record``); undo and redo replay it and :meth:`notify`, so Ctrl+Z works everywhere.
    """

    store: Store
    events: DataEvents = field(default_factory=DataEvents)
    undo_stack: QUndoStack = field(default_factory=QUndoStack)

    def notify(self, topic: str) -> None:
        self.events.changed.emit(topic)

    def report_problem(self, message: str) -> None:
        self.events.problem.emit(message)

    def __del__(self) -> None:
        # Empty the undo stack while it and its commands are whole. A context dropped in a
        # reference cycle (a dialog and its pages point back at it) is freed by the garbage
        # collector, which may first clear the stack's wrapper, deleting the commands it
        # tracks as children, and then delete the stack, whose clear() deleted them again:
        # a segmentation fault. Finalizers run before anything in the cycle is cleared.
        stack = self.__dict__.get("undo_stack")
        if stack is None:
            return
        try:
            if stack.thread() == QThread.currentThread():  # a Qt object is only touched on its own thread
                stack.clear()
        except Exception:  # a finalizer cannot raise; its C++ object (or Qt, at exit) may be gone
            pass

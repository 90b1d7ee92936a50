"""The GUI's sign that a save waits for another program writing to the same file.

A write may wait on a worker thread (imports, demo data, backups) or on the UI thread
(a form's Save). Either way the window shows a busy cursor and says in the status bar
which file it waits for, until the write gets the lock or gives up (its one-sentence
failure is shown by whoever started the write).

Signals:
    waitChanged(bool, str): waiting or not, and the file (delivered on the UI thread).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from impact_desktop.services.writing import remove_wait_listener, set_wait_listener


class WriteWaitIndicator(QObject):
    waitChanged = Signal(bool, str)

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self._waiting = 0
        self.waitChanged.connect(self._show)  # queued from worker threads, direct on the UI thread

    def install(self) -> None:
        set_wait_listener(self)
        self._window.destroyed.connect(lambda *_args, me=self: remove_wait_listener(me))

    # the storage layer's listener protocol (called on any thread)
    def started(self, path: Path) -> None:
        self.waitChanged.emit(True, str(path))
        if QThread.currentThread() is self.thread():
            self._window.statusBar().repaint()  # the UI thread is about to block: paint the note now

    def ended(self, path: Path) -> None:
        self.waitChanged.emit(False, str(path))

    @property
    def waiting(self) -> bool:
        return self._waiting > 0

    @Slot(bool, str)
    def _show(self, waiting: bool, path: str) -> None:
        if waiting:
            self._waiting += 1
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._window.statusBar().showMessage(
                self.tr("Waiting for another program that is writing to %1…").replace("%1", path))
        elif self._waiting:
            self._waiting -= 1
            QGuiApplication.restoreOverrideCursor()
            self._window.statusBar().clearMessage()

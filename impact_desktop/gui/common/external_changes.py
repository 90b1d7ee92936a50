"""Writes other programs make to the open database show in the window without a click.

The command line imports into the file the app has open, a second window saves, a restore
runs elsewhere: the app followed its own saves only and went on showing the old tables and
totals. SQLite's ``PRAGMA data_version`` (on the window's connection) changes exactly when
another connection has committed; it is read every couple of seconds, a cheap query, and
a change is announced on every data topic so each page refreshes as after an import.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer, Slot

from impact_desktop.gui.common.context import AppContext

#: What another program may have changed: every page refreshes on one of these.
TOPICS = ("catalog", "rates", "targets", "settings", "entries", "imports")
#: How often the database is asked (milliseconds).
INTERVAL_MS = 2000


class ExternalChanges(QObject):
    """Polls ``context.store`` (read each time: it changes when another database is opened)."""

    def __init__(self, context: AppContext, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._context = context
        self._store = context.store
        self._seen = self._version()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _version(self) -> int | None:
        store = self._context.store
        if store is None or store.closed:
            return None
        try:
            return store.conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:  # closed or busy this instant: asked again at the next tick
            return None

    @Slot()
    def check(self) -> None:
        """Announce the data topics if another connection has committed since the last look."""
        if self._context.store is not self._store:  # another file opened: the window refreshed for it
            self._store, self._seen = self._context.store, self._version()
            return
        version = self._version()
        if version is None or version == self._seen:
            return
        self._seen = version
        for topic in TOPICS:
            self._context.notify(topic)

"""Writes other programs make to the open database show in the window without a click.

The command line imports into the file the app has open, a second window saves, a restore
runs elsewhere: the app followed its own saves only and went on showing the old tables and
totals. SQLite's ``PRAGMA data_version`` (on the window's connection) changes exactly when
another connection has committed; it is read every couple of seconds, a cheap query, and
a change is announced on every data topic so each page refreshes as after an import.

The app's own writes on other connections (an import or a sync on a worker) move it too;
they announce their own topics, and the version seen is taken again whenever a topic is
announced, so their pages are not refreshed a second time two seconds later.
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
        self._checking = False
        self._seen = self._version()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        context.events.changed.connect(self._announced)

    def _version(self) -> int | None:
        store = self._context.store
        if store is None or store.closed:
            return None
        try:
            return store.conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:  # closed or busy this instant: asked again at the next tick
            return None

    @Slot(str)
    def _announced(self, _topic: str) -> None:
        """A write was announced (the app's own, on whatever connection): its pages refresh for it."""
        if self._context.store is self._store and not self._checking:
            version = self._version()
            if version is not None:
                self._seen = version

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
        self._checking = True
        try:
            for topic in TOPICS:
                self._context.notify(topic)
        finally:
            self._checking = False

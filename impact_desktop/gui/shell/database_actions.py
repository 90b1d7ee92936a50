"""File and Help menu work on databases: new, open, open recent, backup, restore, demo data, About.

Switching opens the new :class:`Store` first; only if that works does the window let go
of the current one (so a refused file never leaves the user without a database), then
the undo stack is cleared (its commands belong to the old file) and every page hears
``"database"``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from impact_desktop import APP_NAME, __version__
from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.common.confirm import confirm
from impact_desktop.gui.common.tasks import finish_running_tasks
from impact_desktop.gui.shell.open_failure import database_filter, show_open_error
from impact_desktop.gui.shell.recent_files import RecentFiles
from impact_desktop.services.backup import backup_database, kept_copy_path, restore_database
from impact_desktop.services.demo import load_demo
from impact_desktop.services.session import open_database, open_for_reading, open_worker_writer

#: Topics a demo load touches: every view refreshes.
DEMO_TOPICS = ("catalog", "rates", "targets", "settings", "entries")


class DatabaseActions(QObject):
    """Owns the File menu's database actions and Help's demo/About for ``window``."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.recent = RecentFiles(window.settings)
        ui = window.ui
        ui.actionNewDatabase.triggered.connect(self.new_database)
        ui.actionOpenDatabase.triggered.connect(self.open_database_dialog)
        ui.actionBackup.triggered.connect(self.backup_dialog)
        ui.actionRestoreBackup.triggered.connect(self.restore_dialog)
        ui.actionLoadDemo.triggered.connect(self.load_demo)
        ui.actionAbout.triggered.connect(self.about)
        ui.menuRecent.aboutToShow.connect(self._fill_recent_menu)
        self.recent.add(window.context.store.path)
        self._fill_recent_menu()

    @property
    def context(self):
        return self.window.context

    # -- switching -----------------------------------------------------------------------

    def open_database(self, path: str | os.PathLike[str], *, create: bool = False) -> bool:
        """Switch to the database at ``path``; on failure say why and keep the current one."""
        target = Path(path).expanduser()
        if target.resolve() == self.context.store.path.resolve():
            return True
        try:
            store = open_database(target, create=create)
        except ImpactError as exc:
            show_open_error(self.window, str(exc))
            return False
        previous = self.context.store
        self.context.store = store
        self.context.undo_stack.clear()
        finish_running_tasks()  # cancelled (or waited for) before the store they read is closed
        previous.close()
        self.recent.add(store.path)
        self._fill_recent_menu()
        self.context.notify("database")
        return True

    def open_database_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open database"), str(self.context.store.path.parent), database_filter())
        if path:
            self.open_database(path)

    def new_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("New database"), str(self.context.store.path.parent / "impact.db"),
            database_filter(), options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        if Path(path).exists():
            QMessageBox.warning(self.window, self.tr("New database"),
                                self.tr("%1 already exists. Use File → Open database to open it, or choose "
                                        "another name.").replace("%1", path))
            return
        self.open_database(path, create=True)

    def _fill_recent_menu(self) -> None:
        menu = self.window.ui.menuRecent
        menu.clear()
        paths = self.recent.paths()
        current = self.context.store.path.resolve()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number} {path.name}  —  {path.parent}")
            action.setToolTip(str(path))
            action.setEnabled(path.exists() and path != current)
            action.triggered.connect(lambda _checked=False, p=path: self.open_database(p))
        menu.addSeparator()
        missing = [path for path in paths if not path.exists()]
        remove = menu.addAction(self.tr("Remove missing files"))
        remove.setEnabled(bool(missing))
        remove.triggered.connect(lambda: (self.recent.remove_missing(), self._fill_recent_menu()))
        clear = menu.addAction(self.tr("Clear list"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(lambda: (self.recent.clear(), self.recent.add(self.context.store.path),
                                         self._fill_recent_menu()))

    # -- backup ---------------------------------------------------------------------------

    def backup_dialog(self) -> None:
        source = self.context.store.path
        suggested = source.with_name(f"{source.stem}-backup-{dt.date.today():%Y%m%d}{source.suffix or '.db'}")
        path, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Save a backup copy"), str(suggested),
                                                    database_filter())
        if path:
            self.backup(Path(path))

    def backup(self, destination: Path):
        """Copy the open database with SQLite's backup API on a worker thread (own connection)."""
        source = self.context.store.path
        if destination.expanduser().resolve() == source.resolve():
            QMessageBox.warning(self.window, self.tr("Save a backup copy"),
                                self.tr("Choose another file: a backup cannot replace the open database."))
            return None

        def work(progress) -> Path:
            worker_store = open_for_reading(source)
            try:
                progress.report(0, 0, self.tr("Copying the database…"))
                return backup_database(worker_store, destination).path
            finally:
                worker_store.close()

        def done(result) -> None:
            self.window.statusBar().showMessage(self.tr("Backup saved to %1").replace("%1", str(result)), 8000)

        return self.window.run_task(work, self.tr("Saving a backup copy…"), done, self.tr("Save a backup copy"))

    # -- restore --------------------------------------------------------------------------

    def restore_dialog(self) -> None:
        current = self.context.store.path
        path, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Restore from backup"), str(current.parent),
                                                    database_filter())
        if not path:
            return
        if confirm(self.window, self.tr("Restore from backup"),
                   self.tr("Replace everything in %1 with the contents of %2?\n\nThe current contents are kept "
                           "beside it as %3.").replace("%1", str(current)).replace("%2", path)
                   .replace("%3", kept_copy_path(current).name), self.tr("&Restore")):
            self.restore(Path(path))

    def restore(self, backup: Path):
        """Check the backup and restore it into the open database (service, worker thread), then reopen it."""
        target = self.context.store.path

        def work(progress):
            progress.report(0, 0, self.tr("Checking and restoring the backup…"))
            return restore_database(target, backup)

        def done(result) -> None:
            if self.context.store.path == target:
                self._reopen(target)
            kept = self.tr(" The previous contents are in %1.").replace("%1", str(result.kept)) if result.kept else ""
            message = ((self.tr("Restored 1 entry from %2.") if result.entries == 1 else
                        self.tr("Restored %1 entries from %2.")).replace("%1", f"{result.entries:,}")
                       .replace("%2", str(result.backup)) + kept)
            # after the task's own "finished" clears the status bar
            QTimer.singleShot(0, lambda: self.window.statusBar().showMessage(message, 15000))

        return self.window.run_task(work, self.tr("Restoring from the backup…"), done, self.tr("Restore from backup"))

    def _reopen(self, target: Path) -> None:
        """Open the restored file afresh: every page reloads and the undo history (of the old contents) goes."""
        try:
            store = open_database(target, create=False)
        except ImpactError as exc:
            show_open_error(self.window, str(exc))
            return
        previous = self.context.store
        self.context.store = store
        self.context.undo_stack.clear()
        finish_running_tasks()  # cancelled (or waited for) before the store they read is closed
        previous.close()
        self.context.notify("database")

    # -- help -----------------------------------------------------------------------------

    def load_demo(self):
        """Add the sample report's figures in the background, then refresh every view."""
        path = self.context.store.path

        def work(progress):
            worker_store = open_worker_writer(path)
            try:
                return load_demo(worker_store)
            finally:
                worker_store.close()

        def done(result) -> None:
            if self.context.store.path != path:
                return
            for topic in DEMO_TOPICS:
                self.context.notify(topic)
            self.window.statusBar().showMessage(
                (self.tr("Demo data loaded: 1 entry added, %2 already present.") if result.entries_added == 1 else
                 self.tr("Demo data loaded: %1 entries added, %2 already present."))
                .replace("%1", f"{result.entries_added:,}").replace("%2", f"{result.entries_present:,}"), 8000)

        return self.window.run_task(work, self.tr("Loading demo data…"), done, self.tr("Load demo data"))

    def about(self) -> None:
        store = self.context.store
        QMessageBox.about(
            self.window, self.tr("About %1").replace("%1", APP_NAME),
            self.tr("<h3>%1 %2</h3><p>Record, import and report your organisation's philanthropy figures, "
                    "offline.</p><p>Database: %3<br>Device id: %4<br>User: %5</p>")
            .replace("%1", APP_NAME).replace("%2", __version__).replace("%3", str(store.path))
            .replace("%4", store.device_id).replace("%5", store.user),
        )

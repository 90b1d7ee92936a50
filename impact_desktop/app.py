"""The GUI composition root: QApplication, the first database, the main window.

If the database given on the command line cannot be used, the user is offered another
file, a new database, or quitting — never a traceback, and the refused file is left
byte for byte as it was. An exception hook logs anything unexpected and shows a short
message instead of crashing silently.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from impact_desktop import APP_NAME
from impact_desktop.core.errors import ImpactError
from impact_desktop.storage.database import Store, open_store
from impact_desktop.storage.location import FILE_NAME, default_database_path, user_data_dir

log = logging.getLogger("impact_desktop")


def setup_logging() -> Path | None:
    """Log to ``impact-desktop.log`` in the user data folder (falls back to stderr only)."""
    folder = user_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "impact-desktop.log"
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        path, handler = None, logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def install_exception_hook(parent_provider=lambda: None) -> None:
    """Unexpected errors: logged in full, shown as one short message, the app keeps running."""
    showing = []

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if showing or QApplication.instance() is None:
            return
        message = (
            str(value)
            if isinstance(value, ImpactError)
            else QCoreApplication.translate(
                "App", "Something went wrong (%1: %2). Your saved data is safe; details are in the log file."
            )
            .replace("%1", kind.__name__)
            .replace("%2", str(value))
        )
        showing.append(True)
        try:
            QMessageBox.warning(parent_provider(), APP_NAME, message)
        finally:
            showing.clear()

    sys.excepthook = hook


def open_first_store(path: Path, parent: QWidget | None = None) -> Store | None:
    """Open ``path``, or keep asking (open another / new / quit) until a store opens."""
    from impact_desktop.gui.shell.open_failure import Recovery, ask_recovery, database_filter

    target, create = path, True
    while True:
        try:
            return open_store(target, create=create)
        except ImpactError as exc:
            choice = ask_recovery(parent, str(exc))
        if choice is Recovery.QUIT:
            return None
        folder = str(Path(target).expanduser().parent)
        if choice is Recovery.OPEN_ANOTHER:
            chosen, _f = QFileDialog.getOpenFileName(
                parent, QCoreApplication.translate("App", "Open database"), folder, database_filter()
            )
            create = False
        else:
            chosen, _f = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("App", "New database"),
                str(Path(folder) / FILE_NAME),
                database_filter(),
            )
            create = True
            if chosen and Path(chosen).exists():
                QMessageBox.warning(
                    parent,
                    APP_NAME,
                    QCoreApplication.translate("App", "%1 already exists; choose a new file name.").replace(
                        "%1", chosen
                    ),
                )
                continue
        if chosen:
            target = Path(chosen)


def ensure_default_folder(path: Path) -> None:
    """On first launch the per-user data folder does not exist yet: make it (default path only)."""
    if path == default_database_path() and not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("cannot create the data folder %s: %s", path.parent, exc)  # notr


def run_gui(db_path: Path) -> int:
    """Start the desktop app on ``db_path``; returns the process exit code."""
    from impact_desktop.gui.shell.startup import prepare_application, prepare_high_dpi

    prepare_high_dpi()
    app = QApplication.instance() or QApplication(sys.argv)
    prepared = prepare_application(app)  # names, icon, theme, translators: before any window
    app.setApplicationDisplayName(APP_NAME)
    setup_logging()
    from impact_desktop.gui.common.context import AppContext
    from impact_desktop.gui.common.tasks import finish_running_tasks
    from impact_desktop.gui.shell import polish_install
    from impact_desktop.gui.shell.main_window import MainWindow
    from impact_desktop.gui.shell.pages import install_pages

    windows: list[MainWindow] = []
    install_exception_hook(lambda: windows[0] if windows else None)
    ensure_default_folder(Path(db_path))
    store = open_first_store(Path(db_path))
    if store is None:
        return 1
    context = AppContext(store)
    window = MainWindow(context, settings=prepared.settings)
    pages = install_pages(window, context)
    polish_install.install(window, context, prepared, start_import=pages.imports.import_action.trigger)
    window.restore_last_page()
    window.hide_empty_menus()
    windows.append(window)
    window.show()
    try:
        return app.exec()
    finally:
        finish_running_tasks()  # running tasks are cancelled and waited for before their store is closed
        context.store.close()

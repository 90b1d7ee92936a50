"""The GUI composition root: opens the store and shows the main window."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(db_path: Path) -> int:
    """Start the desktop app on ``db_path``; returns the process exit code."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    from impact_desktop import APP_NAME
    from impact_desktop.core.errors import ImpactError
    from impact_desktop.storage.database import open_store

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    try:
        store = open_store(db_path)
    except ImpactError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = QMainWindow()
    window.setWindowTitle(f"{APP_NAME} — {store.path}")
    window.resize(1200, 800)
    window.show()
    return app.exec()

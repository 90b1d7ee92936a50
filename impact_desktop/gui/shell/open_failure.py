"""What happens when a database cannot be opened: a clear dialog, never a traceback.

The refused file is never written to (``open_store`` checks it read-only first), so the
user can take it to someone who can help, byte for byte as it was.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Recovery(Enum):
    OPEN_ANOTHER = "open"
    NEW_DATABASE = "new"
    QUIT = "quit"


def ask_recovery(parent: QWidget | None, message: str) -> Recovery:
    """Startup: the database given cannot be used; offer another file, a new one, or quit."""
    box = _failure_box(parent, message, QCoreApplication.translate(
        "OpenFailure", "The file has not been changed. You can open another database, create a new one, or quit."))
    open_button = box.addButton(
        QCoreApplication.translate("OpenFailure", "Open another…"), QMessageBox.ButtonRole.AcceptRole
    )
    new_button = box.addButton(
        QCoreApplication.translate("OpenFailure", "New database…"), QMessageBox.ButtonRole.ActionRole
    )
    quit_button = box.addButton(QCoreApplication.translate("OpenFailure", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return Recovery.OPEN_ANOTHER
    if clicked is new_button:
        return Recovery.NEW_DATABASE
    return Recovery.QUIT


def show_open_error(parent: QWidget | None, message: str) -> None:
    """While working: the other file cannot be used; the current database stays open."""
    _failure_box(parent, message, QCoreApplication.translate(
        "OpenFailure", "That file has not been changed, and the current database stays open.")).exec()


def _failure_box(parent: QWidget | None, message: str, reassurance: str) -> QMessageBox:
    """The warning both situations show: the reason, and that the file was left as it was."""
    box = QMessageBox(parent)
    box.setObjectName("openFailureBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OpenFailure", "Cannot open the database"))
    box.setText(message)
    box.setInformativeText(reassurance)
    return box


def database_filter() -> str:
    """The file dialogs' filter: our usual suffixes, and any file (a database is a database)."""
    return QCoreApplication.translate(
        "OpenFailure", "Impact Desktop databases (*.db *.sqlite *.sqlite3 *.impact);;All files (*)"
    )

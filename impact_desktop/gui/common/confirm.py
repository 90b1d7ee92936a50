"""Confirmations whose button says what it does ("Delete entries", "Restore"), never "Yes".

Cancel is the default button, so Enter or Escape on a confirmation changes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirmation_box(parent: QWidget | None, title: str, text: str, action: str) -> QMessageBox:
    """A question with Cancel (the default) and one button labelled ``action`` (translated)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask; True when the user chose ``action``."""
    box = confirmation_box(parent, title, text, action)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


def action_button(box: QMessageBox):
    """The button that does the thing (for tests and keyboard users)."""
    return next(button for button in box.buttons() if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole)

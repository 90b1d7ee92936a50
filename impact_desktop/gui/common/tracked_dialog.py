"""Open a page's editor dialog window-modally and keep track of it while it is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def open_tracked(owner: object, dialog: QDialog) -> QDialog:
    """Open ``dialog`` (deleted when closed) as ``owner.active_dialog`` until it finishes.

    Tests and the page itself reach the open editor through ``active_dialog``; a dialog that
    finishes after another one was opened leaves the newer one in place.
    """
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    owner.active_dialog = dialog

    def finished(*_args) -> None:
        if getattr(owner, "active_dialog", None) is dialog:
            owner.active_dialog = None

    dialog.finished.connect(finished)
    dialog.open()
    return dialog

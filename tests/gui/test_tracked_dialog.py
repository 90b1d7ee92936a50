"""open_tracked: one way every catalogue and settings page opens its editor dialog."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QWidget

from impact_desktop.gui.common.tracked_dialog import open_tracked


class _Owner(QWidget):
    active_dialog: QDialog | None = None


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_open_dialog_is_tracked_until_it_finishes_then_deleted(qtbot):
    owner = _Owner()
    qtbot.addWidget(owner)
    dialog = QDialog(owner)
    assert open_tracked(owner, dialog) is dialog
    assert owner.active_dialog is dialog and dialog.isVisible()
    dialog.reject()
    assert owner.active_dialog is None
    _flush_deletes()
    assert not shiboken6.isValid(dialog), "a closed editor is deleted, not kept hidden"


def test_an_older_dialog_finishing_leaves_the_newer_one_tracked(qtbot):
    owner = _Owner()
    qtbot.addWidget(owner)
    first, second = QDialog(owner), QDialog(owner)
    open_tracked(owner, first)
    open_tracked(owner, second)
    first.reject()
    assert owner.active_dialog is second


def test_catalogue_and_records_pages_share_it():
    from impact_desktop.gui.catalog import catalog_page, records_page

    assert not hasattr(catalog_page.CatalogPage, "_open")
    assert not hasattr(records_page.RecordsPage, "open_dialog")

"""Helpers for the main-window and entries tests: isolated QSettings, modal dialogs, data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import month
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import add_entries


@pytest.fixture
def isolated_settings(tmp_path, qapp):
    """QSettings written under tmp_path, never into the user's real configuration."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("ImpactDesktopTests")
    qapp.setApplicationName("ImpactDesktopTests")
    QSettings().clear()
    yield
    QSettings().clear()


def when_modal(action: Callable[[QWidget], None], attempts: int = 200) -> list[QWidget]:
    """Run ``action`` on the next modal dialog once it is shown (dialogs block in exec())."""
    seen: list[QWidget] = []

    def poll(left: int = attempts) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            if left:
                QTimer.singleShot(10, lambda: poll(left - 1))
            return
        seen.append(widget)
        action(widget)

    QTimer.singleShot(0, poll)
    return seen


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a user: keys for ASCII, an input-method commit for 万, ¥, 年 (as a CJK IME does)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def make_catalog(store) -> dict[str, str]:
    """Two units, three programs; returns name → id."""
    ids = {}
    ids["Ant Financial"] = catalog.add_business_unit(store, "Ant Financial")
    ids["Cainiao"] = catalog.add_business_unit(store, "Cainiao")
    ids["Ant Forest"] = catalog.add_program(store, ids["Ant Financial"], "Ant Forest")
    ids["Alipay Philanthropy"] = catalog.add_program(store, ids["Ant Financial"], "Alipay Philanthropy")
    ids["Green logistics"] = catalog.add_program(store, ids["Cainiao"], "Green logistics")
    return ids


def add_generated(store, program_id: str, count: int, metric_key: str = "volunteer_hours",
                  note: str = "") -> list[str]:
    """``count`` entries with values 1..count spread over months of 2018."""
    drafts = [
        EntryDraft(program_id=program_id, metric_key=metric_key, value=Decimal(i + 1),
                   period=month(2018, i % 12 + 1), note=note or f"row {i + 1}")
        for i in range(count)
    ]
    return add_entries(store, drafts)


def today() -> dt.date:
    return dt.date.today()

"""The first-run dialog on a real empty database: demo data, import hand-off, start empty, dismissal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.shell import first_run
from impact_desktop.storage.entries import count_entries


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(store):
    return AppContext(store)


def test_shown_only_for_an_empty_database_not_yet_dismissed(context, settings, demo_store):
    assert first_run.should_show(AppContext(demo_store), settings) is False


def test_load_demo_fills_the_store_notifies_and_dismisses(qtbot, context, settings):
    assert first_run.should_show(context, settings)
    dialog = first_run.FirstRunDialog(context, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    topics = []
    context.events.changed.connect(topics.append)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.mouseClick(dialog.ui.demoButton, Qt.MouseButton.LeftButton)
    assert chosen.args == ["demo"]
    assert count_entries(context.store) > 100
    assert "entries" in topics and "catalog" in topics
    assert settings.value(first_run.DISMISSED_KEY, type=bool) is True
    assert not dialog.isVisible()


def test_import_hands_over_to_the_import_action(qtbot, context, settings):
    started = []
    dialog = first_run.FirstRunDialog(context, settings, start_import=lambda: started.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.importButton.isVisible()
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert started == [True] and dialog.choice == "import"
    assert count_entries(context.store) == 0


def test_without_an_import_screen_the_import_choice_is_hidden(qtbot, context, settings):
    dialog = first_run.FirstRunDialog(context, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.importButton.isVisible()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_start_empty_by_keyboard_dismisses_for_good(qtbot, context, settings):
    dialog = first_run.FirstRunDialog(context, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.emptyButton.setFocus()
    qtbot.keyClick(dialog.ui.emptyButton, Qt.Key.Key_Space)
    assert dialog.choice == "empty"
    assert first_run.should_show(context, settings) is False
    assert dialog.setup_dialog is not None and dialog.setup_dialog.isVisible()  # never a dead end
    dialog.setup_dialog.reject()


def test_escape_closes_without_dismissing_unless_asked(qtbot, context, settings):
    dialog = first_run.maybe_show(context, settings)
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is None
    assert first_run.should_show(context, settings) is True
    again = first_run.FirstRunDialog(context, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.mouseClick(again.ui.dontShowCheckBox, Qt.MouseButton.LeftButton)
    again.reject()
    assert first_run.should_show(context, settings) is False
    assert first_run.maybe_show(context, settings) is None


def test_tab_order_goes_through_the_three_choices_first(qtbot, context, settings):
    dialog = first_run.FirstRunDialog(context, settings, start_import=lambda: None)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.demoButton.nextInFocusChain() is ui.importButton
    assert ui.importButton.nextInFocusChain() is ui.emptyButton
    assert ui.emptyButton.nextInFocusChain() is ui.dontShowCheckBox

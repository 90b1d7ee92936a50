"""The import preview speaks the interface language: reasons built in the Qt-free layers are translated.

The zh_CN translators are installed the way :func:`impact_desktop.gui.shell.startup.prepare_application`
installs them (our catalogue, Qt's, and ``QCoreApplication.translate`` for the services), and
removed again afterwards so every other test sees English.
"""

from __future__ import annotations

import pytest

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.importing.import_install import install
from impact_desktop.gui.importing.import_wizard import MAPPING, PREVIEW
from tests.gui.fake_window import FakeWindow
from tests.gui.test_import_wizard import go_to, workbook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def test_preview_reasons_are_shown_in_chinese(qtbot, store, tmp_path, chinese):
    assert chinese, "the zh_CN catalogue is installed"
    context = AppContext(store)
    window = FakeWindow(context)
    qtbot.addWidget(window)
    wizard = install(window, context).open_wizard(str(workbook(tmp_path, bad=True)))
    go_to(qtbot, wizard, MAPPING)
    go_to(qtbot, wizard, PREVIEW)
    invalid = wizard.ui.invalidTable
    rows = [[invalid.item(r, c).text() for c in range(invalid.columnCount())] for r in range(invalid.rowCount())]
    by_value = {row[3]: row[4] for row in rows}
    assert set(by_value) == {"someday", "lots"}
    assert "“someday”不是日期或期间" in by_value["someday"]
    assert by_value["lots"] == "“lots”不是数字。"
    assert "is not" not in by_value["someday"] + by_value["lots"]


def test_without_a_translator_the_reasons_stay_english(qtbot, store, tmp_path):
    context = AppContext(store)
    window = FakeWindow(context)
    qtbot.addWidget(window)
    wizard = install(window, context).open_wizard(str(workbook(tmp_path, bad=True)))
    go_to(qtbot, wizard, MAPPING)
    go_to(qtbot, wizard, PREVIEW)
    invalid = wizard.ui.invalidTable
    reasons = {invalid.item(r, 3).text(): invalid.item(r, 4).text() for r in range(invalid.rowCount())}
    assert reasons["lots"] == "'lots' is not a number."
    assert reasons["someday"].startswith("'someday' is not a date or period")

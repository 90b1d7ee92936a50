"""The export dialog's CSV choices and the wizard's list of currency rates, driven with pytest-qt."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from impact_desktop.core.periods import month
from impact_desktop.core.rates import Rate
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.entries.export_dialog import CSV, XLSX, ExportDialog
from impact_desktop.gui.importing.import_install import install
from impact_desktop.services.exporting import export_entries
from impact_desktop.storage.database import open_store
from impact_desktop.storage.rates import add_rate, list_rates
from impact_desktop.storage.targets import list_targets
from tests.gui.fake_window import FakeWindow
from tests.gui.test_import_wizard import MAPPING, PREVIEW, go_to

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


@pytest.fixture
def dialog(qtbot, demo_store):
    shown = ExportDialog(AppContext(demo_store))
    qtbot.addWidget(shown)
    return shown


def test_per_metric_is_disabled_with_a_reason_while_the_file_is_a_csv(qtbot, dialog, tmp_path):
    ui = dialog.ui
    assert ui.kindCombo.currentIndex() == XLSX and ui.perMetricRadio.isEnabled()
    ui.perMetricRadio.setChecked(True)
    ui.fileEdit.clear()
    qtbot.keyClicks(ui.fileEdit, str(tmp_path / "typed.csv"))
    assert not ui.perMetricRadio.isEnabled() and ui.longRadio.isChecked()
    assert "CSV file holds one sheet" in ui.perMetricRadio.toolTip()
    qtbot.keyClicks(ui.fileEdit, "x")  # typed.csvx: no longer a CSV
    assert ui.perMetricRadio.isEnabled() and "CSV" not in ui.perMetricRadio.toolTip()
    ui.kindCombo.setCurrentIndex(CSV)
    assert ui.fileEdit.text().endswith(".csv") and not ui.perMetricRadio.isEnabled()


def test_csv_export_names_the_rates_file_too(qtbot, dialog, tmp_path):
    dialog.ui.kindCombo.setCurrentIndex(CSV)
    dialog.export_now(str(tmp_path / "all.csv"))
    qtbot.waitUntil(lambda: "Exported" in dialog.ui.countLabel.text(), timeout=10000)
    text = dialog.ui.countLabel.text()
    assert str(tmp_path / "all.csv") in text and str(tmp_path / "all.rates.csv") in text
    assert str(tmp_path / "all.targets.csv") in text and (tmp_path / "all.targets.csv").is_file()
    assert (tmp_path / "all.rates.csv").is_file()


def test_wizard_preview_lists_new_rates_and_a_kept_conflicting_one(qtbot, demo_store, tmp_path):
    add_rate(demo_store, Rate("USD", "CNY", month(2018, 3), Decimal("6.3")))
    path = export_entries(demo_store, tmp_path / "all.csv").path
    target = open_store(tmp_path / "target.db")
    try:
        add_rate(target, Rate("USD", "CNY", month(2018, 3), Decimal("6.25")))
        context = AppContext(target)
        window = FakeWindow(context)
        qtbot.addWidget(window)
        wizard = install(window, context).open_wizard(str(path))
        go_to(qtbot, wizard, MAPPING)
        go_to(qtbot, wizard, PREVIEW)
        shown = wizard.ui.newNamesLabel.text()
        assert "New currency rates: CNY→USD FY2018 0.1449" in shown and "read from all.rates.csv" in shown
        assert "Note: all.rates.csv, row 3: USD→CNY 2018-03 6.3 not added" in shown
        with qtbot.waitSignal(wizard.imported, timeout=10000):
            qtbot.mouseClick(wizard.ui.importButton, Qt.MouseButton.LeftButton)
        assert sorted(str(r.rate) for r in list_rates(target)) == ["0.1449", "6.25"]
    finally:
        target.close()


def test_wizard_preview_lists_new_targets_and_the_targets_file(qtbot, demo_store, tmp_path):
    path = export_entries(demo_store, tmp_path / "all.csv").path
    target = open_store(tmp_path / "target.db")
    try:
        context = AppContext(target)
        window = FakeWindow(context)
        qtbot.addWidget(window)
        wizard = install(window, context).open_wizard(str(path))
        go_to(qtbot, wizard, MAPPING)
        go_to(qtbot, wizard, PREVIEW)
        shown = wizard.ui.newNamesLabel.text()
        assert "New targets: group-wide: donations FY2018 1200000000 CNY" in shown
        assert "targets read from all.targets.csv" in shown
        with qtbot.waitSignals([wizard.imported, context.events.changed], timeout=10000,
                               check_params_cbs=[None, lambda topic: topic == "targets"]):
            qtbot.mouseClick(wizard.ui.importButton, Qt.MouseButton.LeftButton)
        assert len(list_targets(target)) == 3
    finally:
        target.close()

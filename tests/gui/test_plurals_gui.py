"""On screen, one of something is singular: "1 entry", "1 site", "Undo Delete metric" (issue 13)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.metrics import Metric
from impact_desktop.core.periods import month
from impact_desktop.gui.catalog.overview_page import ALL_DATA, OverviewPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.entries.entries_model import COL_VALUE, EntriesModel
from impact_desktop.gui.entries.export_dialog import ExportDialog
from impact_desktop.storage import catalog, entries

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def one_site(store):
    """A store holding one entry: 1 of a user metric counted in "sites"."""
    unit = catalog.add_business_unit(store, "Cainiao")
    program = catalog.add_program(store, unit, "Green logistics")
    catalog.add_metric(store, Metric("recycling_sites", "Recycling sites", "sites"))
    entries.add_entries(store, [EntryDraft(program, "recycling_sites", Decimal(1), month(2018, 3))])
    return store


def test_the_entries_table_writes_one_site(qtbot, one_site):
    model = EntriesModel(lambda: one_site)
    model.refresh()
    assert model.data(model.index(0, COL_VALUE)) == "1 site"


def test_export_dialog_counts_one_entry(qtbot, one_site, tmp_path):
    dialog = ExportDialog(AppContext(one_site))
    qtbot.addWidget(dialog)
    assert dialog.ui.countLabel.text().startswith("1 entry will be exported, with its id,")
    dialog.export_now(str(tmp_path / "one.xlsx"))
    qtbot.waitUntil(lambda: "Exported" in dialog.ui.countLabel.text(), timeout=10000)
    assert dialog.ui.countLabel.text().startswith("Exported 1 entry to ")


def test_overview_says_one_entry(qtbot, one_site):
    page = OverviewPage(AppContext(one_site))
    qtbot.addWidget(page)
    combo = page.ui.scopeCombo
    combo.setCurrentIndex(combo.findData(ALL_DATA))
    qtbot.waitUntil(lambda: "entr" in page.ui.scopeInfoLabel.text())
    assert "· 1 entry ·" in page.ui.scopeInfoLabel.text()

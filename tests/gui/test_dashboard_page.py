"""The dashboard page driven like a user: filters, refresh on data changes, exports, preview."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import month
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.dashboard.install import install
from impact_desktop.services.demo import load_demo
from impact_desktop.storage import catalog, entries
from tests.gui.fake_window import FakeWindow


@pytest.fixture
def dashboard(qtbot, demo_store):
    context = AppContext(demo_store)
    window = FakeWindow(context)
    qtbot.addWidget(window)
    window.add_page("entries", "Entries", QWidget())
    page = install(window, context)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        pass
    return window, page


def tile(page, key):
    return next(t for t in page.tiles if t.kpi is not None and t.kpi.key == key and t.isVisibleTo(page))


def test_install_adds_the_page_first_and_the_report_menu(dashboard):
    window, page = dashboard
    assert window.stack.widget(0) is page and window.page_titles()[0] == "Dashboard"
    actions = {a.text().replace("&", ""): a for a in window.menu("report").actions() if a.text()}
    assert actions["Print…"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert actions["Export PDF…"].shortcut() == QKeySequence("Ctrl+Shift+E")
    assert {"Print preview…", "Export chart as PNG…", "Export chart as SVG…"} <= set(actions)


def test_demo_figures_on_tiles_and_charts(dashboard):
    _, page = dashboard
    assert page.ui.yearCombo.currentText() == "FY2018"
    assert tile(page, "donations").value_label.text() == "1.27bn CNY"
    assert "1,270,000,000" in tile(page, "donations").toolTip()
    assert tile(page, "recycling_facilities").rule_label.text() == "Stock: latest value"
    chart = page.charts["donations_by_month"]
    assert len(chart.spec.categories) == 12
    assert "88,900,000 CNY" in chart.tooltip_text(0)


def test_business_unit_filter_changes_the_chart_data(qtbot, dashboard):
    _, page = dashboard
    action = next(a for a in page.units_menu.actions() if a.text() == "Ant Financial")
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        action.trigger()
    spec = page.charts["by_unit:donations"].spec
    assert spec.categories == ["Ant Financial"] and spec.series[0].values == [Decimal(450_000_000)]
    assert page.ui.unitsButton.text() == "Business units: Ant Financial"
    assert tile(page, "trees_planted").kpi.value == 100_000_000
    volunteers = tile(page, "volunteers")  # Ant Financial entered no volunteers: "—", never 0
    assert volunteers.value_label.text() == "—"
    assert volunteers.toolTip() == "Volunteers: no entries in this period"
    assert volunteers.change_label.isHidden()  # no change line: the status line says it once
    assert page.ui.statusLabel.text().count("previous period") == 1
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.units_menu.clear_checks()
    assert len(page.charts["by_unit:donations"].spec.categories) == 3


def test_currency_filter_converts(qtbot, dashboard):
    _, page = dashboard
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.ui.currencyCombo.setCurrentText("USD")
    assert tile(page, "donations").kpi.value == Decimal("184023000.00")
    assert page.charts["donations_by_month"].spec.unit == "USD"
    with qtbot.waitSignal(page.failed, timeout=5000):
        page.ui.currencyCombo.setCurrentText("EUR")
    assert "CNY→EUR" in page.ui.statusLabel.text()


def test_period_modes_and_empty_state(qtbot, dashboard):
    _, page = dashboard
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.ui.periodCombo.setCurrentIndex(2)  # custom range
    assert not page.ui.fromDate.isHidden() and page.ui.yearCombo.isHidden()
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.ui.fromDate.setDate(dt.date(2010, 1, 1))
        page.ui.toDate.setDate(dt.date(2010, 12, 31))
    assert page.data.empty and "No entries" in page.ui.statusLabel.text()
    assert not page.charts["donations_by_month"]._empty.isHidden()


def test_refreshes_on_data_change_and_new_database(qtbot, dashboard, tmp_path, other_store):
    _, page = dashboard
    store = page.context.store
    program = catalog.find_program(store, catalog.find_business_unit(store, "Cainiao").id,
                                   "Green logistics recycling")
    entries.add_entry(store, EntryDraft(program_id=program.id, metric_key="trees_planted", value=Decimal(5),
                                        period=month(2017, 5)))
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.context.notify("entries")
    assert tile(page, "trees_planted").kpi.value == 100_000_005
    load_demo(other_store)
    catalog.add_business_unit(other_store, "新业务部")
    page.context.store = other_store
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.context.notify("database")
    assert any(a.text() == "新业务部" for a in page.units_menu.actions())


def test_chart_exports_png_and_svg(dashboard, tmp_path):
    _, page = dashboard
    chart = page.charts["volunteer_hours_by_month"]
    chart.export_png(str(tmp_path / "c.png"))
    chart.export_svg(str(tmp_path / "c.svg"))
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    svg = (tmp_path / "c.svg").read_text()
    assert "<svg" in svg and "Volunteer hours per month" in svg


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_print_preview_opens_and_closes(qtbot, dashboard):
    _, page = dashboard
    dialog = page.report_actions.preview()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: page.report_actions.last_page_count >= 5, timeout=10000)
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_export_pdf_action_writes_the_report(dashboard, tmp_path):
    _, page = dashboard
    path = page.report_actions.export_pdf(str(tmp_path / "r.pdf"))
    assert path and (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_tile_without_a_figure_shows_its_target_but_no_share(qtbot):
    from impact_desktop.core.metrics import Aggregation
    from impact_desktop.gui.dashboard.tiles import KpiTile
    from impact_desktop.services.dashboard import Kpi

    tile_widget = KpiTile()
    qtbot.addWidget(tile_widget)
    tile_widget.set_kpi(Kpi("volunteer_hours", "Volunteer hours", "hours", Aggregation.FLOW, None,
                            Decimal(100), Decimal(250_000)))
    assert tile_widget.value_label.text() == "—"
    assert tile_widget.change_label.isHidden()  # no figure now: no change to show
    assert not tile_widget.target_label.isHidden() and tile_widget.target_label.text() == "— of target 250k"


def test_export_pdf_dialog_adds_a_missing_suffix_and_refuses_another(dashboard, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    _, page = dashboard
    folder = tmp_path / "reports"
    folder.mkdir()
    chosen, warnings = [], []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (chosen.pop(), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text)))
    chosen.append(str(folder / "annual"))
    assert page.report_actions.export_pdf() == str(folder / "annual.pdf")
    assert (folder / "annual.pdf").read_bytes()[:5] == b"%PDF-" and not warnings
    chosen.append(str(folder / "annual.png"))
    assert page.report_actions.export_pdf() is None
    assert len(warnings) == 1 and "ending in .pdf" in warnings[0] and "annual.png" in warnings[0]
    assert sorted(p.name for p in folder.iterdir()) == ["annual.pdf"]


def test_top_units_choice_is_kept_in_the_window_settings(qtbot, demo_store, tmp_path):
    """The page keeps its top-N choice in the settings the window was handed, and opens with it."""
    from PySide6.QtCore import QSettings

    from impact_desktop.gui.dashboard.page import TOP_N_KEY

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    context = AppContext(demo_store)
    window = FakeWindow(context, settings=settings)
    qtbot.addWidget(window)
    page = install(window, context)
    assert page.settings is settings
    page.ui.topSpin.setValue(5)
    assert int(settings.value(TOP_N_KEY)) == 5
    again = FakeWindow(context, settings=QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert install(again, context).ui.topSpin.value() == 5


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_hidden_dashboard_reads_its_figures_only_when_shown(qtbot, demo_store, monkeypatch):
    """Opening on another page, the window does not spend the dashboard's refresh (seconds at a
    million entries) on a page nobody looks at; the page catches up as it is shown."""
    from impact_desktop.gui.dashboard import page as page_module
    from impact_desktop.gui.dashboard import report_actions

    loads = []
    load = page_module.load_dashboard
    monkeypatch.setattr(page_module, "load_dashboard", lambda *args, **kw: loads.append(1) or load(*args, **kw))
    context = AppContext(demo_store)
    window = FakeWindow(context)
    qtbot.addWidget(window)
    window.add_page("entries", "Entries", QWidget())
    page = install(window, context)
    window.show_page("entries")
    window.show()
    qtbot.wait(page_module.DEBOUNCE_MS + 150)
    assert loads == [] and page.data is None, "no figures read while the dashboard is hidden"

    window.show_page("dashboard")
    assert loads == [1], "read as it is shown, before its first paint"
    assert tile(page, "donations").value_label.text() == "1.27bn CNY"
    qtbot.wait(page_module.DEBOUNCE_MS + 150)
    assert loads == [1], "once"

    window.show_page("entries")
    context.notify("entries")
    qtbot.wait(page_module.DEBOUNCE_MS + 150)
    assert loads == [1], "a change while hidden waits too"
    asked = []
    monkeypatch.setattr(report_actions.QInputDialog, "getItem", lambda *args: asked.append(args[3]) or ("", False))
    page.report_actions.export_chart("png")  # from another page: the Report menu catches the page up first
    assert loads == [1, 1] and "Donations per month and cumulative" in asked[0]

"""A group of 22 business units at 1024×700 and 1920×1080: nothing cut, nothing off screen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import month
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.dashboard.install import install
from impact_desktop.gui.shell.theme import apply_theme
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import add_entries
from tests.gui.fake_window import FakeWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

NAMES = ["Alibaba Group", "Ant Financial", "Cainiao Smart Logistics", "Amap", "Tmall Global", "Taobao Marketplace",
         "Alibaba Cloud Intelligence", "Youku", "Ele.me Local Services", "Fliggy", "Hema Fresh", "Lazada",
         "AliExpress", "DingTalk", "Alibaba Health Information Technology Limited", "Alibaba Pictures", "UCWeb",
         "Koubei", "Intime Retail", "Sun Art Retail Group", "Damai", "Xianyu"]


@pytest.fixture
def group_store(store):
    drafts = []
    for rank, name in enumerate(NAMES):
        unit = catalog.add_business_unit(store, name)
        program = catalog.add_program(store, unit, f"{name} giving")
        for m in range(12):
            period = month(2017 + (m + 3) // 12, (m + 3) % 12 + 1)
            drafts.append(EntryDraft(program, "donations", Decimal(1_000_000 * (rank + 1) + m), period,
                                     currency="CNY"))
            drafts.append(EntryDraft(program, "volunteer_hours", Decimal(100 * (rank + 1)), period))
    add_entries(store, drafts)
    return store


@pytest.fixture
def group_dashboard(qtbot, group_store):
    context = AppContext(group_store)
    window = FakeWindow(context)
    qtbot.addWidget(window)
    page = install(window, context)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        pass
    return window, page


def inside(page, widget) -> bool:
    viewport = page.ui.scrollArea.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return QRect(0, top_left.y(), viewport.width(), 10**6).contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
def test_tiles_and_charts_fit_the_window(qtbot, group_dashboard, size):
    window, page = group_dashboard
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: page.ui.scrollArea.viewport().width() < size[0])
    page._reflow()
    QApplication.processEvents()
    assert window.width() == size[0]  # the page's minimum width did not push the window wider
    viewport = page.ui.scrollArea.viewport()
    assert page.ui.scrollContents.width() <= viewport.width()
    tiles = [t for t in page.tiles if t.isVisible()]
    charts = [c for c in page.all_charts() if c.isVisible()]
    assert len(tiles) >= 3 and len(charts) >= 5
    for widget in tiles + charts:
        assert inside(page, widget), (widget, widget.geometry())
    for tile in tiles:  # the headline figure is never cut ("1.27bn CN")
        assert tile.value_label.width() >= tile.value_label.sizeHint().width()
    tile_columns, chart_columns = page._columns
    if size[0] == 1024:
        assert chart_columns in (1, 2) and tile_columns < len(tiles)  # tiles wrap
    else:
        assert chart_columns == 3


def test_many_units_become_sorted_horizontal_bars_with_other(qtbot, group_dashboard):
    window, page = group_dashboard
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    spec = page.charts["by_unit:donations"].spec
    assert spec.horizontal and spec.value_labels
    assert spec.categories[0] == "Xianyu" and spec.categories[-1] == "Other (12 units)"
    values = spec.series[0].values
    assert values[:10] == sorted(values[:10], reverse=True)
    assert sum(values) == page.data.totals["donations"]
    hours = page.charts["volunteer_hours_by_month"].spec
    assert [s.name for s in hours.series][-1] == "Other (12 units)" and len(hours.series) == 11
    assert len({s.style.color for s in hours.series}) == 11 and not any(s.style.hatch for s in hours.series)
    chart = page.charts["volunteer_hours_by_month"]
    assert chart.legend_entries[0] == "Xianyu" and not chart._legend.isHidden()
    plot = chart._plot
    # the legend is under the plot, once the posted layout requests have been handled
    qtbot.waitUntil(lambda: chart._legend.geometry().top() >= plot.geometry().bottom(), timeout=5000)


def test_dark_theme_reaches_charts_and_tiles(qtbot, group_dashboard):
    window, page = group_dashboard
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    app = QApplication.instance()
    try:
        apply_theme(app, "dark")
        QApplication.processEvents()
        chart = page.charts["donations_by_month"]
        background = chart._plot.backgroundBrush().color()
        assert background.lightness() < 60
        axis = chart._plot.getPlotItem().getAxis("left")
        assert axis.textPen().color().lightness() > 180
        assert chart._title.palette().color(chart._title.foregroundRole()).lightness() > 180
        units = page.charts["by_unit:donations"]  # value labels after its bars, in the palette's text colour
        labels = units._view.labels
        assert labels.texts() and labels.color.lightness() > 180
        plot_image = units._plot.grab().toImage()
        first = labels.text_rects()[0].toAlignedRect()
        inks = [plot_image.pixelColor(x, y).lightness() for x in range(first.left(), first.right())
                for y in range(first.top(), first.bottom())]
        assert max(inks) > 180 and min(inks) < 60  # light text on the dark plot
        image = page.ui.scrollContents.grab().toImage()
        corner = image.pixelColor(image.width() // 2, image.height() - 5)
        assert corner.lightness() < 90  # no white slab anywhere at the bottom of the page
    finally:
        apply_theme(app, "light")
    QApplication.processEvents()
    assert page.charts["donations_by_month"]._plot.backgroundBrush().color().lightness() > 200


@pytest.mark.parametrize("superseded", ["while its statement runs", "before its statement starts"])
def test_a_newer_refresh_interrupts_the_b4si_read_still_running(qtbot, group_dashboard, monkeypatch, superseded):
    """The worker reads one query at a time: a stale B4SI read (here endless: only an
    interrupt stops it) must not keep the next refresh's read waiting, nor report anything.
    Whenever the newer refresh comes: while the stale statement runs in SQLite, or before it
    has reached SQLite (an interrupt that finds nothing running is forgotten by SQLite). The
    worker waits on events the test sets, so which of the two happens is never left to timing."""
    import threading

    import impact_desktop.gui.dashboard.page as page_module

    _, page = group_dashboard
    read_b4si = page_module.read_b4si
    started = threading.Event()  # the stale read's function runs on the worker
    go = threading.Event()  # let it start its endless statement
    running = threading.Event()  # set by SQLite itself, from inside that statement
    calls = []

    def first_endless(store, data):
        calls.append(data)
        if len(calls) == 1:
            started.set()
            go.wait(10)
            store.conn.create_function("running", 0, lambda: running.set() or 1)
            store.conn.execute("WITH RECURSIVE n(x) AS (SELECT running() UNION ALL SELECT x + 1 FROM n) "
                               "SELECT max(x) FROM n").fetchone()
        return read_b4si(store, data)

    monkeypatch.setattr(page_module, "is_big", lambda _store: True)
    monkeypatch.setattr(page_module, "read_b4si", first_endless)
    failures = []
    page.failed.connect(failures.append)
    forget_kept_figures(page)  # the fixture's first refresh read the split (a small store): it is stale now
    page.refresh()
    assert started.wait(10)
    if superseded == "while its statement runs":
        go.set()
        assert running.wait(10)
    with qtbot.waitSignal(page.b4si_loaded, timeout=10000):
        page.refresh()
        go.set()  # before its statement starts: the newer refresh has superseded it already
    assert len(calls) == 2 and page.data is calls[1] and page.data.b4si is not None
    assert "interrupt" not in page.ui.statusLabel.text().lower() and not failures


def test_on_a_big_store_the_b4si_chart_arrives_from_a_worker(qtbot, group_dashboard, monkeypatch):
    import impact_desktop.gui.dashboard.page as page_module

    _, page = group_dashboard
    monkeypatch.setattr(page_module, "is_big", lambda _store: True)
    forget_kept_figures(page)  # the fixture's first refresh read the split (a small store): it is stale now
    with qtbot.waitSignal(page.b4si_loaded, timeout=10000):
        page.refresh()
        assert page.data.b4si is None  # the refresh itself did not read it
    spec = page.charts["b4si"].spec
    assert page.data.b4si.leverage == page.data.totals["donations"]  # donations default to public money
    assert spec.categories[-1] == "Leverage: public" and spec.series[0].values[-1] == page.data.b4si.leverage


def forget_kept_figures(page) -> None:
    """A write (a rename back and forth) makes every figure kept from earlier refreshes stale."""
    store = page.context.store
    unit = catalog.find_business_unit(store, "Amap")
    catalog.update_business_unit(store, unit.id, name="Amap (renamed)")
    catalog.update_business_unit(store, unit.id, name="Amap")


def test_a_kept_b4si_split_is_drawn_with_the_refresh_until_the_data_changes(qtbot, group_dashboard, monkeypatch):
    """The worker reads the split once per filter; a refresh with nothing changed draws the kept one at
    once, and any write makes the next refresh read it again (the new figures show)."""
    import impact_desktop.gui.dashboard.page as page_module

    _, page = group_dashboard
    store = page.context.store
    monkeypatch.setattr(page_module, "is_big", lambda _store: True)
    reads = []
    real = page_module.read_b4si
    monkeypatch.setattr(page_module, "read_b4si", lambda s, data: reads.append(data) or real(s, data))
    forget_kept_figures(page)
    with qtbot.waitSignal(page.b4si_loaded, timeout=10000):
        page.refresh()
    assert len(reads) == 1 and page.data.b4si is not None
    leverage = page.data.b4si.leverage
    with qtbot.waitSignal(page.b4si_loaded, timeout=10000):
        page.refresh()
        assert page.data.b4si is not None and page.data.b4si.leverage == leverage  # drawn with the refresh
    assert len(reads) == 1
    unit = catalog.find_business_unit(store, "Amap")
    program = catalog.find_program(store, unit.id, "Amap giving")
    add_entries(store, [EntryDraft(program.id, "donations", Decimal(5), month(2017, 6), currency="CNY")])
    with qtbot.waitSignal(page.b4si_loaded, timeout=10000):
        page.refresh()
        assert page.data.b4si is None  # read again, on the worker
    assert len(reads) == 2 and page.data.b4si.leverage == leverage + 5
    assert page.charts["b4si"].spec.series[0].values[-1] == leverage + 5

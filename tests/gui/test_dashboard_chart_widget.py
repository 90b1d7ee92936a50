"""The chart widget updates its pyqtgraph items in place, and what it draws follows the spec."""

from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF

from impact_desktop.gui.dashboard import pg_items, plot_view
from impact_desktop.gui.dashboard.chart_widget import ChartWidget
from impact_desktop.services.chart_spec import ChartSpec, Series, SeriesKind, SeriesStyle, style_for

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, shown windows


def stacked(values_a, values_b, target=None) -> ChartSpec:
    series = [Series("Unit A", [Decimal(v) for v in values_a], SeriesKind.BAR, style_for(0)),
              Series("Unit B", [Decimal(v) for v in values_b], SeriesKind.BAR, style_for(12))]
    if target is not None:
        series.append(Series("Target", [Decimal(target)], SeriesKind.TARGET, SeriesStyle("#c0392b")))
    return ChartSpec(key="hours", title="Hours", categories=["Jan 2018", "Feb 2018", "Mar 2018"], series=series,
                     unit="hours", y_label="Hours", stacked=True, month_keys=[201801, 201802, 201803])


def shown_chart(qtbot) -> ChartWidget:
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.show()
    return chart


def drawn(chart: ChartWidget) -> list:
    return [item for item in chart._plot.getPlotItem().items if item in {obj for _k, obj in chart._items}]


def legend_names(chart: ChartWidget) -> list[str]:
    return chart.legend_entries


def test_new_figures_update_the_same_items_and_keep_the_legend(qtbot):
    chart = shown_chart(qtbot)
    chart.set_spec(stacked([1, 2, 3], [4, 5, 6]))
    first = [obj for _k, obj in chart._items]
    # Unit B is hatched (style 4): fill and hatch overlay share one geometry.
    assert [k for k, _ in chart._items] == ["bar", "bar", "bar"]
    assert list(first[1].opts["height"]) == [4.0, 5.0, 6.0] and list(first[1].opts["y0"]) == [1.0, 2.0, 3.0]
    assert legend_names(chart) == ["Unit A", "Unit B"]
    legend_text = chart._legend.text()

    chart.set_spec(stacked([10, 20, 30], [1, 1, 1]))
    assert [obj for _k, obj in chart._items] == first  # updated, not re-created
    assert list(first[0].opts["height"]) == [10.0, 20.0, 30.0]
    assert list(first[1].opts["y0"]) == [10.0, 20.0, 30.0]
    assert chart._legend.text() == legend_text and drawn(chart) == first
    assert "Total: 11 hours" in chart.tooltip_text(0)


def test_items_are_added_and_removed_as_series_come_and_go(qtbot):
    chart = shown_chart(qtbot)
    chart.set_spec(stacked([1, 2, 3], [4, 5, 6], target=12))
    assert [k for k, _ in chart._items] == ["bar", "bar", "bar", "target"]
    assert legend_names(chart) == ["Unit A", "Unit B", "Target"]
    line = chart._items[-1][1]
    assert list(line.getData()[1]) == [12.0, 12.0]

    single = ChartSpec(key="hours", title="Hours", categories=["X", "Y"], unit="hours", y_label="Hours",
                       series=[Series("Hours", [Decimal(7), Decimal(9)])],
                       category_styles=[style_for(0), style_for(1)])
    chart.set_spec(single)
    assert [k for k, _ in chart._items] == ["bar"]
    assert len(drawn(chart)) == 1 and legend_names(chart) == []
    bars = chart._items[0][1]
    assert list(bars.opts["height"]) == [7.0, 9.0] and bars.opts["y0"] == 0
    assert [b.color().name() for b in bars.opts["brushes"]] == [style_for(0).color, style_for(1).color]
    assert chart._plot.getPlotItem().getAxis("left")._tickLevels[0][-1] == (10.0, "10")


def test_a_hidden_chart_keeps_its_spec_and_draws_when_shown(qtbot):
    chart = ChartWidget()
    qtbot.addWidget(chart)
    spec = stacked([1, 2, 3], [4, 5, 6])
    chart.set_spec(spec)
    assert chart.spec is spec and chart._plot is None  # nothing drawn, pyqtgraph not needed yet
    assert "Unit B: 4 hours" in chart.tooltip_text(0)
    chart.show()
    assert chart._plot is not None and chart._plot.isVisible()
    assert list(chart._items[0][1].opts["height"]) == [1.0, 2.0, 3.0]


def test_an_equal_spec_draws_nothing_new_but_is_kept_for_tooltips(qtbot):
    chart = shown_chart(qtbot)
    chart.set_spec(stacked([1, 2, 3], [4, 5, 6]))
    items = list(chart._items)
    again = stacked([1, 2, 3], [4, 5, 6])
    chart.set_spec(again)
    assert chart.spec is again and chart._items == items


def bars(values, horizontal=False) -> ChartSpec:
    return ChartSpec(key="units", title="Donations", categories=[f"Unit {i}" for i in range(len(values))],
                     series=[Series("Donations", [Decimal(v) for v in values])], unit="CNY", y_label="CNY",
                     value_labels=True, horizontal=horizontal)


def labels(chart: ChartWidget) -> list[tuple[str, tuple[float, float], str]]:
    item = chart._view.labels
    return [(text, (x, y), item.color.name()) for text, x, y in item.labels]


def test_value_labels_follow_new_figures_orientation_and_colours(qtbot):
    chart = shown_chart(qtbot)
    chart.set_spec(bars([100, 2000, 30]))
    item = chart._view.labels
    ink = chart._view.colors[1]
    assert labels(chart) == [("100", (0, 100), ink), ("2k", (1, 2000), ink), ("30", (2, 30), ink)]
    chart.set_spec(bars([100, 5, 30]))  # one figure changed: the same item, new texts
    assert chart._view.labels is item and [t[0] for t in labels(chart)] == ["100", "5", "30"]
    assert labels(chart)[1][1] == (1, 5)
    chart.set_spec(bars([7, 8, 9, 10], horizontal=True))  # one more, and sideways: value first, row second
    assert [(text, pos) for text, pos, _ink in labels(chart)] == [("7", (7, 3)), ("8", (8, 2)), ("9", (9, 1)),
                                                                 ("10", (10, 0))]
    assert item.anchor[0] < 0  # printed after the bar's end
    chart._view.set_colors("#000000", "#eeeeee")  # dark palette: every label in the new ink
    assert {color for _t, _p, color in labels(chart)} == {"#eeeeee"}
    chart.set_spec(bars([1]))
    assert labels(chart) == [("1", (0, 1), "#eeeeee")]
    children = chart._plot.getPlotItem().vb.childGroup.childItems()
    labelled = [i for i in children if isinstance(i, (pg_items.ValueLabels, pg.TextItem))]
    assert labelled == [item]  # one item paints them all, whatever their number


def test_value_labels_sit_over_and_after_their_bars(qtbot):
    """Each label's text is centred over its bar just above the top (vertical bars), or starts
    just after the bar's end, centred on the row (horizontal bars)."""
    chart = shown_chart(qtbot)
    chart.resize(520, 330)
    chart.set_spec(bars([100, 2000, 30]))
    qtbot.waitUntil(lambda: chart._plot.isVisible())
    chart._plot.grab()
    item, vb = chart._view.labels, chart._plot.getPlotItem().vb
    to_device = item.deviceTransform_()
    for (_text, x, y), rect in zip(item.labels, item.text_rects(), strict=True):
        point = to_device.map(QPointF(x, y))
        assert abs(rect.center().x() - point.x()) < 0.01  # centred over the bar
        assert 4 <= point.y() - rect.bottom() <= 6  # just above the bar's top: 4 px margin, 5 % of the box
    chart.set_spec(bars([7, 8, 9, 10], horizontal=True))
    chart._plot.grab()
    to_device = item.deviceTransform_()
    assert vb.viewRect().contains(item.boundingRect()) or item.boundingRect() == vb.viewRect()
    for (_text, x, y), rect in zip(item.labels, item.text_rects(), strict=True):
        point = to_device.map(QPointF(x, y))
        assert 4 <= rect.left() - point.x() <= 6  # just after the bar's end
        assert abs(rect.center().y() - point.y()) < 0.01


def test_value_labels_paint_what_text_items_painted(qtbot):
    """The labels item paints exactly the pixels a pyqtgraph TextItem per label painted (the
    dashboard looks as it did), in light and dark colours, Chinese figures too."""
    chart = shown_chart(qtbot)
    chart.resize(520, 330)
    chart.set_spec(bars([1]))
    qtbot.waitUntil(lambda: chart._plot.isVisible())
    plot = chart._plot.getPlotItem()
    for values, horizontal, colors in (([100, 2000, 30], False, None), ([7, 1270000000, 90000], True, None),
                                       ([100, 2000, 30], False, ("#202020", "#eeeeee"))):
        if colors:
            chart._view.set_colors(*colors)
        spec = bars(values, horizontal)
        if horizontal:
            chart._view.locale_name = "zh_CN"  # 12.7亿, 9万: the glyphs come from another font
        chart.set_spec(spec)
        item = chart._view.labels
        assert item.texts()
        painted = chart._plot.grab().toImage()
        item.hide()
        assert chart._plot.grab().toImage() != painted  # the labels are in the picture
        text_items = []
        for text, x, y in item.labels:
            label = pg.TextItem(text, color=item.color, anchor=item.anchor)
            label.setPos(x, y)
            plot.addItem(label)
            text_items.append(label)
        assert chart._plot.grab().toImage() == painted
        for label in text_items:
            plot.removeItem(label)
        item.show()


def test_value_labels_keep_layouts_and_ignore_an_unchanged_call(qtbot):
    item = pg_items.ValueLabels()
    assert item.set_labels([("1k", 0, 1000.0), ("2k", 1, 2000.0)], (0.5, 1.05), "#333333")
    kept = dict(item._layouts)
    assert not item.set_labels([("1k", 0, 1000.0), ("2k", 1, 2000.0)], (0.5, 1.05), "#333333")
    assert item.set_labels([("2k", 0, 2000.0)], (0.5, 1.05), "#333333")  # a figure seen before: its layout
    assert item._layouts["2k"] is kept["2k"] and item.texts() == ["2k"]
    assert item.set_labels([("2k", 0, 2000.0)], (0.5, 1.05), "#eeeeee") and item.color.name() == "#eeeeee"


def test_axes_play_a_kept_picture_only_for_the_state_it_was_drawn_from(qtbot, monkeypatch):
    """Going back to figures drawn before plays the axes' kept pictures (no new drawing) and
    paints exactly what a first drawing paints; new figures or colours draw afresh."""
    chart = shown_chart(qtbot)
    chart.resize(520, 330)
    first, second = stacked([10, 20, 30], [5, 5, 5], target=40), stacked([100, 200, 300], [50, 50, 50], target=900)
    chart.set_spec(first)
    qtbot.waitUntil(lambda: chart._plot.isVisible())
    image_first = chart._plot.grab().toImage()
    chart.set_spec(second)
    image_second = chart._plot.grab().toImage()
    assert image_second != image_first
    generated = []
    real = pg.AxisItem.generateDrawSpecs
    monkeypatch.setattr(pg.AxisItem, "generateDrawSpecs", lambda axis, p: generated.append(axis) or real(axis, p))
    chart.set_spec(first)
    assert chart._plot.grab().toImage() == image_first and not generated  # kept pictures, the same pixels
    chart.set_spec(stacked([1, 2, 3], [1, 1, 1]))
    chart._plot.grab()
    assert generated  # a state never drawn: drawn afresh
    generated.clear()
    chart.set_spec(first)
    chart._view.set_colors("#202020", "#eeeeee")  # dark theme: the same ticks in other colours
    dark = chart._plot.grab().toImage()
    assert generated and dark != image_first


def test_a_line_s_markers_are_rendered_once_however_many_refreshes(qtbot):
    """pyqtgraph keys rendered markers by their pen's and brush's identity: the chart hands it
    the same ones each time, so new figures reuse the marker instead of adding one per refresh."""
    chart = shown_chart(qtbot)

    def with_line(values) -> ChartSpec:
        return ChartSpec(key="hours", title="Hours", categories=["Jan 2018", "Feb 2018", "Mar 2018"],
                         series=[Series("Hours", [Decimal(4), Decimal(5), Decimal(6)]),
                                 Series("Cumulative", [Decimal(v) for v in values], SeriesKind.LINE,
                                        SeriesStyle("#222222"), secondary=True)],
                         unit="hours", y_label="Hours", month_keys=[201801, 201802, 201803])

    for turn in range(6):
        chart.set_spec(with_line([turn + 1, turn + 5, turn + 9]))
        chart._plot.grab()
    line = chart._items[-1][1]
    assert chart._items[-1][0] == "line" and list(line.getData()[1]) != [1.0, 5.0, 9.0]
    assert len(line.scatter.fragmentAtlas) == 1


class PictureAxis(pg_items.ReadableAxis):
    """The dashboard's axis painted as pyqtgraph's own AxisItem.paint does (a QPicture replaying drawText)."""

    paint = pg.AxisItem.paint


def chart_pair(qtbot, monkeypatch) -> tuple[ChartWidget, ChartWidget]:
    """Our chart, and one whose axes pyqtgraph paints itself (Qt calls the paint a class has when
    its item is made: the axis class is swapped before the second plot exists)."""
    ours = shown_chart(qtbot)
    ours.resize(520, 330)
    ours.set_spec(bars([1]))
    with monkeypatch.context() as patched:
        patched.setattr(pg_items, "ReadableAxis", PictureAxis)
        theirs = shown_chart(qtbot)
        theirs.resize(520, 330)
        theirs.set_spec(bars([1]))
    qtbot.waitUntil(lambda: ours._plot.isVisible() and theirs._plot.isVisible())
    assert isinstance(theirs._plot.getPlotItem().getAxis("left"), PictureAxis)
    return ours, theirs


@pytest.mark.parametrize("horizontal", [False, True])
def test_axes_paint_what_pyqtgraph_painted_from_labels_laid_out_once(qtbot, monkeypatch, horizontal):
    """Axis labels drawn from kept layouts give the very pixels of pyqtgraph's drawText, for
    month and Chinese category labels, in dark colours, and with a name drawText must wrap."""
    ours, theirs = chart_pair(qtbot, monkeypatch)
    names = ["Alibaba Health Information Technology", "菜鸟网络", "Unit\nwith a break", "Ele.me"]
    spec = ChartSpec(key="units", title="Donations", categories=names, unit="CNY", y_label="捐赠 (CNY)",
                     series=[Series("Donations", [Decimal(v) for v in (120_000, 1_270_000_000, 35, 0)])],
                     horizontal=horizontal, value_labels=True)
    for chart in (ours, theirs):
        chart.set_spec(spec)
    qtbot.wait(20)  # the posted layout requests: the category axis takes the width of its names
    image = ours._plot.grab().toImage()
    assert image == theirs._plot.grab().toImage()
    axis = ours._plot.getPlotItem().getAxis("left" if horizontal else "bottom")
    drawing = axis.picture
    assert isinstance(drawing, pg_items.AxisDrawing)
    kept = [layout for layout, _where in drawing.texts if layout is not None]
    assert len(kept) >= 3
    if horizontal:  # every name shown: the one with a line break drawn by drawText itself
        assert [where[2] for layout, where in drawing.texts if layout is None] == ["Unit\nwith a break"]
    # Another state in dark colours: months and a dashed target (pyqtgraph cannot turn sideways
    # bars into stacked ones in place, so the sideways chart turns into plain bars).
    other = bars([5, 60, 700, 8000]) if horizontal else stacked([1, 2, 3], [4, 5, 6], target=12)
    light = ours._view.colors
    for chart in (ours, theirs):
        chart.set_spec(other)
        chart._view.set_colors("#202020", "#eeeeee")
    qtbot.wait(20)
    dark = ours._plot.grab().toImage()
    assert dark == theirs._plot.grab().toImage() and dark != image
    for chart in (ours, theirs):  # back: our axes paint kept drawings
        chart._view.set_colors(*light)
        chart.set_spec(spec)
    qtbot.wait(20)
    assert ours._plot.grab().toImage() == theirs._plot.grab().toImage()
    again = [layout for layout, _where in axis.picture.texts if layout is not None]
    assert all(a is b for a, b in zip(again, kept, strict=True))  # laid out once, whatever the drawings


def test_bars_keep_their_bounding_rectangle_only_while_bars_and_view_stay(qtbot):
    chart = shown_chart(qtbot)
    chart.resize(520, 330)
    chart.set_spec(bars([100, 2000, 30]))
    qtbot.waitUntil(lambda: chart._plot.isVisible())
    chart._plot.grab()
    item = chart._items[0][1]
    assert isinstance(item, pg_items.Bars)

    def fresh():  # pyqtgraph's own answer, worked out now
        return pg.BarGraphItem.boundingRect(item)

    assert item.boundingRect() == fresh()
    tall = item.boundingRect()
    chart.set_spec(bars([100, 9000, 30]))  # new bars
    assert item.boundingRect() == fresh() and item.boundingRect().height() > tall.height()
    chart.resize(300, 200)  # the view resized: the outline's width in data units changes
    qtbot.waitUntil(lambda: chart._plot.width() < 310)
    chart._plot.grab()
    assert item.boundingRect() == fresh()
    chart._plot.getPlotItem().setYRange(0, 50_000)  # the view's range changed
    chart._plot.grab()
    assert item.boundingRect() == fresh()


def test_month_label_widths_are_measured_once_per_period(qtbot, monkeypatch):
    chart = shown_chart(qtbot)
    year_a, year_b = stacked([1, 2, 3], [4, 5, 6]), stacked([3, 2, 1], [6, 5, 4])
    year_b = ChartSpec(key="hours", title="Hours", categories=["Jan 2017", "Feb 2017", "Mar 2017"],
                       series=year_b.series, unit="hours", y_label="Hours", stacked=True,
                       month_keys=[201701, 201702, 201703])
    measured = []
    real = plot_view.QFontMetrics

    class Counting(real):
        def horizontalAdvance(self, text, *args):  # noqa: N802 (Qt's name)
            measured.append(text)
            return super().horizontalAdvance(text, *args)

    monkeypatch.setattr(plot_view, "QFontMetrics", Counting)
    chart.set_spec(year_a)
    chart.set_spec(year_b)
    assert measured == ["Jan 2018", "Feb 2018", "Mar 2018", "Jan 2017", "Feb 2017", "Mar 2017"]
    measured.clear()
    for spec in (year_a, year_b, year_a):  # back and forth: nothing measured again
        chart.set_spec(spec)
    assert measured == []
    ticks = chart._plot.getPlotItem().getAxis("bottom")._tickLevels
    assert [label for _i, label in ticks[0]] and ticks[0][0][1].startswith("Jan 2018")

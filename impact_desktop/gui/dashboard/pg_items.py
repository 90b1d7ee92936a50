"""pyqtgraph pieces of the chart widget; imported only when the first chart is drawn.

pyqtgraph costs about 0.3 s to import, so nothing on the start-up path imports this.
"""

from __future__ import annotations

import pyqtgraph as pg

from impact_desktop.core.number_format import compact

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


class ReadableAxis(pg.AxisItem):
    """A value axis that writes 1.27bn / 184m / 270k (12.7亿 / 2.7万 in Chinese)."""

    def __init__(self, orientation: str, locale_name: str = "en", **kwargs):
        super().__init__(orientation, **kwargs)
        self.locale_name = locale_name
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        return [compact(round(value * scale, 6), self.locale_name) for value in values]


def new_plot(locale_name: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(axisItems={
        "left": ReadableAxis("left", locale_name),
        "right": ReadableAxis("right", locale_name),
        "bottom": pg.AxisItem("bottom"),
    })
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.showGrid(x=False, y=True, alpha=0.25)
    item.hideAxis("right")
    return plot


def bar_item(**kwargs) -> pg.BarGraphItem:
    return pg.BarGraphItem(**kwargs)


def line_item(*args, **kwargs) -> pg.PlotDataItem:
    return pg.PlotDataItem(*args, **kwargs)


def make_pen(color: str, width: float = 1.0, dashed: bool = False):
    from PySide6.QtCore import Qt

    pen = pg.mkPen(color, width=width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def view_box() -> pg.ViewBox:
    box = pg.ViewBox()
    box.setMouseEnabled(x=False, y=False)
    box.setMenuEnabled(False)
    return box

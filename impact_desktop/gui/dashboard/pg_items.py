"""pyqtgraph pieces of the chart widget; imported only when the first chart is drawn.

pyqtgraph costs about 0.3 s to import, so nothing on the start-up path imports this.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QPen

from impact_desktop.core.number_format import compact

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


def _opaque(pen: QPen, background: QColor | None = None) -> QPen:
    """``pen`` with its translucent colour pre-blended onto the chart background (white
    unless the plot is dark).

    Qt's raster engine draws non-antialiased translucent lines on a slow path: the 26
    grid and tick lines of one value axis took 3–6 ms to paint, the same lines opaque
    0.3 ms (13 axes: about 40 ms of every dashboard repaint). The axes sit behind the
    plotted items (see :func:`new_plot`), so on white the result looks the same.
    """
    color = pen.color()
    alpha = color.alphaF()
    if alpha >= 1.0:
        return pen
    back = background or QColor("#ffffff")
    opaque = QPen(pen)
    opaque.setColor(QColor(*(round(b + alpha * (c - b)) for c, b in (
        (color.red(), back.red()), (color.green(), back.green()), (color.blue(), back.blue())))))
    return opaque


#: Axis pictures each axis keeps, by everything its drawing depends on (see :meth:`OpaqueAxis.paint`).
PICTURES_KEPT = 4


class OpaqueAxis(pg.AxisItem):
    """An axis whose tick and grid lines are drawn opaque (fast), see :func:`_opaque`, and
    that keeps its last few pictures.

    pyqtgraph regenerates an axis's picture (tick positions, label sizes, every line)
    whenever its ticks or range are set, even back to what they were a refresh ago: going
    between two years regenerated nine axes per refresh (about a third of painting the
    dashboard). Each picture is kept under the exact state it was drawn from (orientation,
    range, geometry, the view's rectangle, the painter's transform, ticks, pens, colours and
    style), so a state seen before plays its picture; any other state draws afresh.
    """

    background: QColor | None = None

    def paint(self, p, opt, widget):
        if self.picture is not None:
            self.picture.play(p)
            return
        key = self._picture_key(p)
        kept = self.__dict__.setdefault("_kept_pictures", {})
        picture = kept.pop(key, None)
        if picture is None:
            super().paint(p, opt, widget)  # draws self.picture and plays it
            picture = self.picture
        else:
            self.picture = picture
            picture.play(p)
        kept[key] = picture
        while len(kept) > PICTURES_KEPT:
            del kept[next(iter(kept))]

    def _picture_key(self, painter) -> tuple:
        view = self.linkedView()
        grid = None if view is None or self.grid is False else _rect(view.mapRectToItem(self, view.boundingRect()))
        transform = painter.worldTransform()  # the item's device transform as painted
        levels = self._tickLevels
        return (
            self.orientation, tuple(self.range), _rect(self.mapRectFromParent(self.geometry())), grid,
            (transform.m11(), transform.m12(), transform.m21(), transform.m22(), transform.dx(), transform.dy()),
            None if levels is None else tuple(tuple(level) for level in levels),
            _pen_key(self._pen), _pen_key(self._textPen), self.grid, self.scale,
            self.autoSIPrefixScale, self.logMode, self._tickSpacing, self._tickDensity,
            None if self.background is None else self.background.rgba(),
            tuple(sorted((name, value.key() if isinstance(value, QFont) else repr(value))
                         for name, value in self.style.items())),
        )

    def generateDrawSpecs(self, p):  # noqa: N802 (pyqtgraph's name)
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        return axis, [(_opaque(pen, self.background), p1, p2) for pen, p1, p2 in ticks], texts


def _rect(rect) -> tuple[float, float, float, float]:
    return rect.x(), rect.y(), rect.width(), rect.height()


def _pen_key(pen: QPen | None) -> tuple | None:
    """A pen as a key (None: pyqtgraph's default foreground, set once at import above)."""
    if pen is None:
        return None
    return pen.color().rgba(), pen.widthF(), pen.style().value, pen.isCosmetic()


class ReadableAxis(OpaqueAxis):
    """A value axis that writes 1.27bn / 184m / 270k (12.7亿 / 2.7万 in Chinese)."""

    def __init__(self, orientation: str, locale_name: str = "en", **kwargs):
        super().__init__(orientation, **kwargs)
        self.locale_name = locale_name
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        # The chart sets its value ticks explicitly (nice_ticks); this serves any other use.
        return [compact(round(value * scale, 6), self.locale_name) for value in values]


def new_plot(locale_name: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(axisItems={
        "left": ReadableAxis("left", locale_name),
        "right": ReadableAxis("right", locale_name),
        "bottom": ReadableAxis("bottom", locale_name),
    }, enableMenu=False)  # no view-box menu built (the chart has its own context menu)
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.showGrid(x=False, y=True, alpha=0.25)
    item.getAxis("right").setGrid(False)  # one set of grid lines: the left axis's
    for name in ("left", "right", "bottom"):
        item.getAxis(name).setZValue(-1)  # grid lines behind the bars, not across them
    item.hideAxis("right")
    # The first month's label ("Apr 2017") reaches past the end of the axis: draw it anyway
    # (the labels are thinned so that they never overlap each other).
    item.getAxis("bottom").setStyle(hideOverlappingLabels=False)
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
    box = pg.ViewBox(enableMenu=False)
    box.setMouseEnabled(x=False, y=False)
    return box


def apply_colors(plot: pg.PlotWidget, background: str, foreground: str) -> None:
    """Background, axes, tick labels and axis titles in the palette's colours (light or dark)."""
    plot.setBackground(background)
    item = plot.getPlotItem()
    for name in ("left", "right", "bottom"):
        axis = item.getAxis(name)
        axis.background = QColor(background)
        axis.setPen(pg.mkPen(foreground))
        axis.setTextPen(pg.mkPen(foreground))
        axis.labelStyle = {**axis.labelStyle, "color": foreground}
        axis.picture = None
        axis.update()


def text_item(anchor: tuple[float, float]) -> pg.TextItem:
    return pg.TextItem(anchor=anchor)

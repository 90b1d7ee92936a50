"""pyqtgraph pieces of the chart widget; imported only when the first chart is drawn.

pyqtgraph costs about 0.3 s to import, so nothing on the start-up path imports this.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPicture, QStaticText, QTextLayout

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


#: Laid-out label texts each axis keeps for its drawings.
AXIS_LAYOUTS_KEPT = 512
#: Characters a kept layout does not handle as ``QPainter.drawText`` does (line breaks, tabs):
#: such a label is drawn by ``drawText`` itself.
_NOT_ONE_LINE = frozenset("\n\r\t\u2028\u2029")


class AxisDrawing:
    """What an axis paints, kept to be painted again: its line, tick and grid lines (by pen),
    and its labels as laid-out texts at the points where ``QPainter.drawText`` in pyqtgraph's
    ``AxisItem.drawPicture`` puts them (the same pixels), with its clip, font and text pen.

    A ``QPicture`` replays ``drawText``, which lays every label out again on every paint.
    ``paint`` runs inside Qt's painting (an exception there ends the process): it only draws
    what was built and checked beforehand.
    """

    def __init__(self, lines, clip, font, pen, texts):
        self.lines = lines  # [(pen, [QLineF]), ...] in drawing order
        self.clip = clip
        self.font = font
        self.pen = pen
        self.texts = texts  # [(QTextLayout, QPointF) or (None, (QRectF, flags, text)), ...]

    def paint(self, p) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for pen, lines in self.lines:
            p.setPen(pen)
            p.drawLines(lines)
        p.setFont(self.font)
        p.setPen(self.pen)
        p.setClipRect(self.clip)
        for layout, where in self.texts:
            if layout is None:
                p.drawText(*where)
            else:
                layout.draw(p, where)
        p.restore()


class OpaqueAxis(pg.AxisItem):
    """An axis whose tick and grid lines are drawn opaque (fast), see :func:`_opaque`, that
    keeps its last few drawings and lays each label text out once.

    pyqtgraph regenerates an axis's picture (tick positions, label sizes, every line)
    whenever its ticks or range are set, even back to what they were a refresh ago: going
    between two years regenerated nine axes per refresh (about a third of painting the
    dashboard). Each drawing is kept under the exact state it was drawn from (orientation,
    range, geometry, the view's rectangle, the painter's transform, ticks, pens, colours and
    style), so a state seen before paints its drawing; any other state draws afresh. A
    drawing paints its labels from kept text layouts (:class:`AxisDrawing`) instead of a
    ``QPicture`` that laid out every label again on each paint.
    """

    background: QColor | None = None

    def paint(self, p, opt, widget):
        drawing = self.picture  # pyqtgraph sets it to None whenever the axis must be drawn afresh
        if drawing is None:
            key = self._picture_key(p)
            kept = self.__dict__.setdefault("_kept_pictures", {})
            drawing = kept.pop(key, None) or self._new_drawing()
            kept[key] = drawing
            while len(kept) > PICTURES_KEPT:
                del kept[next(iter(kept))]
            self.picture = drawing
        drawing.paint(p)

    def _new_drawing(self) -> AxisDrawing:
        """pyqtgraph's draw specs (measured on a picture's painter, as ``AxisItem.paint`` does),
        turned into an :class:`AxisDrawing`."""
        picture = QPicture()
        painter = QPainter(picture)
        try:
            if self.style["tickFont"]:
                painter.setFont(self.style["tickFont"])
            specs = self.generateDrawSpecs(painter)
            font = QFont(painter.font())
        finally:
            painter.end()
        if specs is None:
            return AxisDrawing([], QRectF(), font, QPen(), [])
        (axis_pen, start, end), ticks, texts = specs
        lines: list[tuple[QPen, list[QLineF]]] = []
        for pen, p1, p2 in [(axis_pen, start, end), *ticks]:
            if lines and lines[-1][0] == pen:
                lines[-1][1].append(QLineF(p1, p2))
            else:
                lines.append((pen, [QLineF(p1, p2)]))
        if self.style["tickFont"] is not None:
            font = QFont(self.style["tickFont"])
        layouts = self.__dict__.setdefault("_text_layouts", {})
        if layouts.get(None) != font.key() or len(layouts) > AXIS_LAYOUTS_KEPT:
            layouts.clear()
            layouts[None] = font.key()
        placed = []
        for rect, flags, text in texts:
            if not text or _NOT_ONE_LINE.intersection(text):
                placed.append((None, (QRectF(rect), int(flags), text)))
                continue
            layout = layouts.get(text)
            if layout is None:
                layout = layouts[text] = _one_line(text, font)
            placed.append((layout, _aligned(layout.lineAt(0), rect, flags)))
        return AxisDrawing(lines, self.boundingRect().toAlignedRect(), font, self.textPen(), placed)

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


def _one_line(text: str, font: QFont) -> QTextLayout:
    layout = QTextLayout(text, font)
    layout.setCacheEnabled(True)  # shaped once, drawn many times
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e9)  # one line, never wrapped (as drawText without TextWordWrap)
    layout.endLayout()
    return layout


def _aligned(line, rect: QRectF, flags) -> QPointF:
    """Where ``QPainter.drawText(rect, flags, text)`` puts a one-line text: its alignment in
    ``rect``, from the line's advance and its unrounded height (ascent + descent)."""
    x, y = rect.x(), rect.y()
    if flags & Qt.AlignmentFlag.AlignRight:
        x += rect.width() - line.horizontalAdvance()
    elif flags & Qt.AlignmentFlag.AlignHCenter:
        x += (rect.width() - line.horizontalAdvance()) / 2
    if flags & Qt.AlignmentFlag.AlignBottom:
        y += rect.height() - (line.ascent() + line.descent())
    elif flags & Qt.AlignmentFlag.AlignVCenter:
        y += (rect.height() - (line.ascent() + line.descent())) / 2
    return QPointF(x, y)


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


class Bars(pg.BarGraphItem):
    """pyqtgraph's bars, keeping their bounding rectangle until the bars or the view change.

    pyqtgraph works the rectangle out again (data bounds plus the outline's width in pixels,
    through the device transform) on each of the several calls a paint makes: about a tenth
    of painting the dashboard's plots. New bars (``setOpts``) and a view that moved, zoomed
    or was resized (``viewTransformChanged``, as pyqtgraph's own view-rectangle cache) drop it.
    """

    _kept_rect: QRectF | None = None

    def setOpts(self, **opts):  # noqa: N802 (pyqtgraph's name)
        self._kept_rect = None
        super().setOpts(**opts)

    def viewTransformChanged(self):  # noqa: N802 (pyqtgraph's name)
        self._kept_rect = None
        super().viewTransformChanged()

    def boundingRect(self):  # noqa: N802 (Qt's name)
        rect = self._kept_rect
        if rect is None:
            rect = self._kept_rect = QRectF(super().boundingRect())
        return QRectF(rect)


def bar_item(**kwargs) -> Bars:
    return Bars(**kwargs)


def line_item(*args, **kwargs) -> pg.PlotDataItem:
    return pg.PlotDataItem(*args, **kwargs)


#: pyqtgraph's default outline of a line's markers (PlotDataItem's symbolPen).
SYMBOL_OUTLINE = (200, 200, 200)


def make_brush(color) -> QBrush:
    return pg.mkBrush(color)


def make_pen(color, width: float = 1.0, dashed: bool = False):
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


#: The margin pyqtgraph's TextItem (a QGraphicsTextItem, whose document has a 4 px margin)
#: keeps around its text; value labels are placed as if they had it, so they sit where they did.
LABEL_MARGIN = 4.0
#: Text layouts a labels item keeps for reuse (a refresh back to earlier figures re-lays out nothing).
LAYOUTS_KEPT = 256


class ValueLabels(pg.GraphicsObject):
    """Every value label of one chart, painted by one item with laid-out static texts.

    A pyqtgraph TextItem per label cost a QTextDocument each: re-laid out on every new
    figure and re-transformed on every paint (about a tenth of a dashboard refresh). This
    item keeps each text's layout, places it in pixels from a point in data coordinates
    (``anchor`` as TextItem's: (0.5, 1.05) centred above the point, (-0.05, 0.5) after it),
    and draws it unscaled in ``color``.

    ``paint`` runs inside Qt's painting, where a Python exception ends the process: it only
    draws what :meth:`set_labels` has already checked and laid out.
    """

    def __init__(self):
        super().__init__()
        self.setZValue(1)  # over the bars and lines of the chart, as the labels were added after them
        self.anchor: tuple[float, float] = (0.0, 0.0)
        self.color = QColor("#333333")
        self.labels: list[tuple[str, float, float]] = []  # (text, x, y), as last set
        self._font = QFont()
        self._layouts: dict[str, QStaticText] = {}
        self._placed: list[tuple[QPointF, QPointF, QStaticText]] = []  # (point, offset in pixels, layout)
        self._bounds = QRectF()

    def set_labels(self, labels: list[tuple[str, float, float]], anchor: tuple[float, float], color: str) -> bool:
        """Show ``labels`` ((text, x, y) in data coordinates); False if nothing changed."""
        font = QFont()  # a TextItem's font: the application's when it is made
        if (labels == self.labels and anchor == self.anchor and color == self.color.name()
                and font == self._font):
            return False
        if font != self._font or len(self._layouts) > LAYOUTS_KEPT:
            self._layouts = {}
        self._font = font
        self.labels, self.anchor, self.color = list(labels), anchor, QColor(color)
        placed = []
        for text, x, y in self.labels:
            layout = self._layouts.get(text)
            if layout is None:
                layout = QStaticText(text)
                layout.setTextFormat(Qt.TextFormat.PlainText)
                layout.prepare(font=font)
                self._layouts[text] = layout
            size = layout.size()
            offset = QPointF(LABEL_MARGIN - anchor[0] * (size.width() + 2 * LABEL_MARGIN),
                             LABEL_MARGIN - anchor[1] * (size.height() + 2 * LABEL_MARGIN))
            placed.append((QPointF(float(x), float(y)), offset, layout))
        self._placed = placed
        self.update()
        return True

    def texts(self) -> list[str]:
        return [text for text, _x, _y in self.labels]

    def text_rects(self) -> list[QRectF]:
        """Where each label's text is painted, in the plot widget's pixels (none before it is shown)."""
        transform = self.deviceTransform_()
        if transform is None:
            return []
        return [QRectF(transform.map(point) + offset, layout.size()) for point, offset, layout in self._placed]

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        super().viewTransformChanged()
        self.prepareGeometryChange()
        self._bounds = QRectF()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        # The visible range: labels reach past their points by pixels, and the view box
        # clips its items to itself anyway.
        if self._bounds.isEmpty():
            rect = self.viewRect()
            if rect is not None:
                self._bounds = QRectF(rect)
        return self._bounds

    def paint(self, painter, *_args) -> None:
        transform = painter.transform()
        painter.save()
        painter.resetTransform()  # unscaled text at the device pixel of each point
        painter.setFont(self._font)
        painter.setPen(self.color)
        for point, offset, layout in self._placed:
            painter.drawStaticText(transform.map(point) + offset, layout)
        painter.restore()

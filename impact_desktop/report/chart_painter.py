"""Draws a :class:`ChartSpec` with QPainter: vector charts for the PDF, SVG and PNG.

The on-screen dashboard uses pyqtgraph; print and export use this painter on the very
same spec, so paper shows exactly the figures of the screen. Sizes are given in points
and scaled by the device's resolution, so the chart looks the same at 96 dpi or 1200.
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from impact_desktop.core.number_format import compact
from impact_desktop.report.fonts import report_font
from impact_desktop.services.chart_spec import ChartSpec, SeriesKind, SeriesStyle, month_ticks

HATCH_BRUSHES = {
    "/": Qt.BrushStyle.BDiagPattern, "\\": Qt.BrushStyle.FDiagPattern, "x": Qt.BrushStyle.DiagCrossPattern,
    "-": Qt.BrushStyle.HorPattern, "|": Qt.BrushStyle.VerPattern,
}
MARKERS = ("circle", "square", "triangle", "diamond")


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top`` (steps of 1, 2, 2.5 or 5 × 10ⁿ)."""
    if top <= 0 or not math.isfinite(top):
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    ticks, value = [0.0], 0.0
    while value < top * 0.999999:
        value += step
        ticks.append(value)
    return ticks


def fill_brush(style: SeriesStyle) -> QBrush:
    return QBrush(QColor(style.color))


def hatch_brush(style: SeriesStyle) -> QBrush | None:
    pattern = HATCH_BRUSHES.get(style.hatch)
    return QBrush(QColor("#ffffff"), pattern) if pattern else None


class ChartPainter:
    """Paints one chart into a rectangle of any paint device."""

    def __init__(self, painter: QPainter, locale_name: str = "en", families: list[str] | None = None):
        self.p = painter
        self.locale = locale_name
        self.families = families
        dpi = painter.device().logicalDpiY() if painter.device() else 96
        self.px = dpi / 72.0  # device pixels per point

    def font(self, size: float, **kw):
        return report_font(size, families=self.families, **kw)

    def pen(self, color: str, width_pt: float = 0.75, style=Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(QColor(color), width_pt * self.px)
        pen.setStyle(style)
        return pen

    def paint(self, rect: QRectF, spec: ChartSpec) -> None:
        p = self.p
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(self.font(11, bold=True))
        title_h = QFontMetricsF(p.font(), p.device()).height() * 1.3
        p.setPen(QColor("#111111"))
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, spec.title)
        top = rect.top() + title_h
        if spec.note:
            p.setFont(self.font(7.5, italic=True))
            flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
            note_h = p.boundingRect(QRectF(rect.left(), top, rect.width(), rect.height()), flags, spec.note).height()
            p.setPen(QColor("#444444"))
            p.drawText(QRectF(rect.left(), top, rect.width(), note_h), flags, spec.note)
            top += note_h + 2 * self.px
        top += self._legend(QRectF(rect.left(), top, rect.width(), rect.height()), spec)
        body = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
        if spec.empty:
            p.setFont(self.font(9, italic=True))
            p.setPen(QColor("#555555"))
            p.drawText(body, Qt.AlignmentFlag.AlignCenter,
                       QCoreApplication.translate("ChartPainter", "No figures for this chart in the selected period."))
        elif spec.horizontal and any(s.kind == SeriesKind.BAR for s in spec.series):
            self._plot_horizontal(body, spec)
        else:
            self._plot(body, spec)
        p.restore()

    def _legend(self, rect: QRectF, spec: ChartSpec) -> float:
        height = self._legend_entries(rect, spec)
        if not spec.legend_note:
            return height
        p = self.p
        p.setFont(self.font(7, italic=True))
        p.setPen(QColor("#444444"))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        box = QRectF(rect.left(), rect.top() + height, rect.width(), rect.height())
        used = p.boundingRect(box, flags, spec.legend_note).height()
        p.drawText(box, flags, spec.legend_note)
        return height + used + 2 * self.px

    def _legend_entries(self, rect: QRectF, spec: ChartSpec) -> float:
        entries = [s for s in spec.series if len(spec.series) > 1 or spec.stacked or s.kind != SeriesKind.BAR]
        if not entries:
            return 4 * self.px
        p = self.p
        p.setFont(self.font(7.5))
        fm = QFontMetricsF(p.font(), p.device())
        line_h = fm.height() * 1.35
        x, y, swatch = rect.left(), rect.top(), fm.height() * 0.8
        for index, series in enumerate(entries):
            width = swatch + 4 * self.px + fm.horizontalAdvance(series.name) + 12 * self.px
            if x + width > rect.right() and x > rect.left():
                x, y = rect.left(), y + line_h
            box = QRectF(x, y + (line_h - swatch) / 2, swatch, swatch)
            if series.kind == SeriesKind.BAR:
                self._bar(box, series.style)
            else:
                mid = box.center().y()
                dash = Qt.PenStyle.DashLine if series.kind == SeriesKind.TARGET else Qt.PenStyle.SolidLine
                p.setPen(self.pen(series.style.color, 1.5, dash))
                p.drawLine(QPointF(box.left() - 2 * self.px, mid), QPointF(box.right() + 2 * self.px, mid))
                if series.kind == SeriesKind.LINE:
                    self._marker(box.center(), index, series.style.color)
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(box.right() + 4 * self.px, y, width, line_h), Qt.AlignmentFlag.AlignVCenter,
                       series.name)
            x += width
        return y + line_h - rect.top() + 2 * self.px

    def _plot_horizontal(self, rect: QRectF, spec: ChartSpec) -> None:
        """Bars along x, one category per row (largest first), names in full on the left."""
        p = self.p
        p.setFont(self.font(7.5))
        fm = QFontMetricsF(p.font(), p.device())
        series = next(s for s in spec.series if s.kind == SeriesKind.BAR)
        ticks = nice_ticks(self._scale_top(spec, False) * 1.15)
        limit = rect.width() * 0.34
        labels = [label if fm.horizontalAdvance(label) <= limit else
                  fm.elidedText(label, Qt.TextElideMode.ElideRight, limit) for label in spec.categories]
        label_w = max(fm.horizontalAdvance(label) for label in labels) + 8 * self.px
        axis_h = fm.height() * 2.8
        plot = QRectF(rect.left() + label_w, rect.top() + fm.height() * 0.3, rect.width() - label_w - 4 * self.px,
                      rect.height() - axis_h - fm.height() * 0.3)
        top_value = ticks[-1]
        band = plot.height() / max(len(spec.categories), 1)

        def x_of(value: float) -> float:
            return plot.left() + (value / top_value) * plot.width() if top_value else plot.left()

        for tick in ticks:
            x = x_of(tick)
            p.setPen(self.pen("#d9d9d9", 0.4))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            p.setPen(QColor("#333333"))
            p.drawText(QRectF(x - 30 * self.px, plot.bottom() + 2 * self.px, 60 * self.px, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, compact(tick, self.locale))
        p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() * 1.3, plot.width(), fm.height() * 1.4),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, spec.y_label)
        for index, (label, value) in enumerate(zip(labels, series.values, strict=False)):
            y = plot.top() + band * index
            style = spec.category_styles[index] if index < len(spec.category_styles) else series.style
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(rect.left(), y, label_w - 6 * self.px, band),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            if value:
                self._bar(QRectF(plot.left(), y + band * 0.15, x_of(float(value)) - plot.left(), band * 0.7), style)
            if value or spec.value_labels:  # "Cash 0" says there was none, an empty row says nothing
                p.setPen(QColor("#111111"))
                p.drawText(QRectF(x_of(float(value)) + 3 * self.px, y, 80 * self.px, band),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, compact(value, self.locale))
        p.setPen(self.pen("#333333", 0.8))
        p.drawLine(plot.topLeft(), plot.bottomLeft())

    def _bar(self, box: QRectF, style: SeriesStyle) -> None:
        p = self.p
        p.setPen(self.pen("#333333", 0.4))
        p.setBrush(fill_brush(style))
        p.drawRect(box)
        hatch = hatch_brush(style)
        if hatch is not None:
            p.setBrush(hatch)
            p.drawRect(box)

    def _marker(self, center: QPointF, index: int, color: str) -> None:
        p = self.p
        r = 1.8 * self.px
        p.setPen(self.pen(color, 0.5))
        p.setBrush(QColor(color))
        shape = MARKERS[index % len(MARKERS)]
        if shape == "circle":
            p.drawEllipse(center, r, r)
        elif shape == "square":
            p.drawRect(QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r))
        else:
            pts = ([(0, -r * 1.2), (r * 1.1, r), (-r * 1.1, r)] if shape == "triangle"
                   else [(0, -r * 1.3), (r * 1.1, 0), (0, r * 1.3), (-r * 1.1, 0)])
            p.drawPolygon(QPolygonF([QPointF(center.x() + dx, center.y() + dy) for dx, dy in pts]))

    def _scale_top(self, spec: ChartSpec, secondary: bool) -> float:
        values: list[float] = [0.0]
        bars = [s for s in spec.series if s.kind == SeriesKind.BAR and s.secondary == secondary]
        if bars and spec.stacked:
            values += [float(sum((s.values[i] for s in bars), Decimal(0))) for i in range(len(spec.categories))]
        values += [float(v) for s in spec.series if s.secondary == secondary and not
                   (spec.stacked and s.kind == SeriesKind.BAR) for v in s.values]
        return max(values)

    def _plot(self, rect: QRectF, spec: ChartSpec) -> None:
        p = self.p
        p.setFont(self.font(7.5))
        fm = QFontMetricsF(p.font(), p.device())
        has_secondary = any(s.secondary for s in spec.series)
        ticks = nice_ticks(self._scale_top(spec, False))
        ticks2 = nice_ticks(self._scale_top(spec, True)) if has_secondary else []
        label_w = max(fm.horizontalAdvance(compact(t, self.locale)) for t in ticks) + 6 * self.px
        axis_title_w = fm.height() * 1.4
        left = rect.left() + axis_title_w + label_w
        right = rect.right()
        if has_secondary:
            right -= axis_title_w + max(fm.horizontalAdvance(compact(t, self.locale)) for t in ticks2) + 6 * self.px
        x_label_h = fm.height() * (2.6 if not spec.month_keys else 1.6)
        plot = QRectF(left, rect.top() + fm.height() * 0.6, right - left, rect.height() - x_label_h - fm.height() * 0.6)
        top_value, top2 = ticks[-1], (ticks2[-1] if ticks2 else 1.0)

        def y_of(value: float, secondary: bool = False) -> float:
            scale = top2 if secondary else top_value
            return plot.bottom() - (value / scale) * plot.height() if scale else plot.bottom()

        # grid and value axes
        for tick in ticks:
            y = y_of(tick)
            p.setPen(self.pen("#d9d9d9", 0.4))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor("#333333"))
            p.drawText(QRectF(plot.left() - label_w, y - fm.height() / 2, label_w - 4 * self.px, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, compact(tick, self.locale))
        for tick in ticks2:
            y = y_of(tick, True)
            p.drawText(QRectF(plot.right() + 4 * self.px, y - fm.height() / 2, label_w, fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, compact(tick, self.locale))
        self._axis_title(QRectF(rect.left(), plot.top(), axis_title_w, plot.height()), spec.y_label, -90)
        if has_secondary:
            self._axis_title(QRectF(rect.right() - axis_title_w, plot.top(), axis_title_w, plot.height()),
                             spec.secondary_label, 90)
        count = len(spec.categories)
        band = plot.width() / max(count, 1)
        self._bars(spec, plot, band, y_of)
        self._lines(spec, plot, band, y_of)
        p.setPen(self.pen("#333333", 0.8))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        self._category_labels(spec, plot, band, fm)

    def _axis_title(self, rect: QRectF, text: str, angle: float) -> None:
        p = self.p
        p.save()
        p.translate(rect.center())
        p.rotate(angle)
        p.setPen(QColor("#333333"))
        p.drawText(QRectF(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width()),
                   Qt.AlignmentFlag.AlignCenter, text)
        p.restore()

    def _bars(self, spec: ChartSpec, plot: QRectF, band: float, y_of) -> None:
        bars = [s for s in spec.series if s.kind == SeriesKind.BAR]
        if not bars:
            return
        p = self.p
        groups = 1 if spec.stacked else len(bars)
        width = band * 0.72 / groups
        # Value labels only where no line crosses the bars (they would collide).
        show_values = len(bars) == 1 and len(spec.categories) <= 12 and len(bars) == len(spec.series)
        for i in range(len(spec.categories)):
            base = Decimal(0)
            for g, series in enumerate(bars):
                value = series.values[i] if i < len(series.values) else Decimal(0)
                x = plot.left() + band * i + band * 0.14 + (0 if spec.stacked else g * width)
                style = spec.category_styles[i] if spec.category_styles and len(bars) == 1 else series.style
                low, high = y_of(float(base), series.secondary), y_of(float(base + value), series.secondary)
                if value:
                    self._bar(QRectF(x, min(low, high), width, abs(low - high)), style)
                if spec.stacked:
                    base += value
                if show_values and value:
                    p.setPen(QColor("#111111"))
                    p.drawText(QRectF(x - band * 0.2, high - 12 * self.px, width + band * 0.4, 11 * self.px),
                               Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                               compact(value, self.locale))

    def _lines(self, spec: ChartSpec, plot: QRectF, band: float, y_of) -> None:
        p = self.p
        for index, series in enumerate(spec.series):
            if series.kind == SeriesKind.TARGET and series.values:
                y = y_of(float(series.values[0]), series.secondary)
                p.setPen(self.pen(series.style.color, 1.2, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                p.setFont(self.font(7))
                p.drawText(QRectF(plot.left() + 3 * self.px, y - 11 * self.px, plot.width() / 2, 10 * self.px),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                           f"{series.name} {compact(series.values[0], self.locale)}")
                p.setFont(self.font(7.5))
            elif series.kind == SeriesKind.LINE:
                points = [QPointF(plot.left() + band * (i + 0.5), y_of(float(v), series.secondary))
                          for i, v in enumerate(series.values)]
                path = QPainterPath()
                for i, point in enumerate(points):
                    path.moveTo(point) if i == 0 else path.lineTo(point)
                p.setPen(self.pen(series.style.color, 1.6))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(path)
                if len(points) <= 40:
                    for point in points:
                        self._marker(point, index, series.style.color)

    def _category_labels(self, spec: ChartSpec, plot: QRectF, band: float, fm: QFontMetricsF) -> None:
        p = self.p
        p.setPen(QColor("#333333"))
        if spec.month_keys:
            room = int(plot.width() / (fm.horizontalAdvance("Sep 2017") * 1.3))
            ticks = month_ticks(spec.month_keys, max_labels=max(2, room))
            for index, label in ticks:
                x = plot.left() + band * (index + 0.5)
                p.drawText(QRectF(x - 40 * self.px, plot.bottom() + 2 * self.px, 80 * self.px, fm.height() * 1.4),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
            return
        for index, label in enumerate(spec.categories):
            box = QRectF(plot.left() + band * index + 1, plot.bottom() + 2 * self.px, band - 2, fm.height() * 2.4)
            text = label if fm.horizontalAdvance(label) <= band * 1.9 else fm.elidedText(
                label, Qt.TextElideMode.ElideRight, band * 1.9)
            p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                       text)

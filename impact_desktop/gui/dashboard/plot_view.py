"""Draws a :class:`ChartSpec` into one pyqtgraph plot, updating its items in place.

Imported with pyqtgraph on the first chart drawn (never on the start-up path). Vertical
bars (months, few categories), horizontal bars sorted by value (many units), stacked
bars, lines on a right-hand axis and target lines; value labels on single-series bars;
colours of background, axes, grid and labels from the widget's palette (light or dark).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics

from impact_desktop.core.number_format import compact
from impact_desktop.gui.dashboard import pg_items
from impact_desktop.report.chart_painter import HATCH_BRUSHES, MARKERS, nice_ticks
from impact_desktop.services.chart_spec import CUMULATIVE_COLOR, ChartSpec, SeriesKind, month_label, month_ticks

_PG_SYMBOLS = {"circle": "o", "square": "s", "triangle": "t1", "diamond": "d"}
#: Category labels longer than this are elided on the axis (the tooltip has them in full).
LABEL_CHARS = 26
#: Widest month labels a chart keeps (by font, months and language), see PlotView.widest_month.
MONTH_WIDTHS_KEPT = 16
#: Value labels are printed on bars up to this many categories.
VALUE_LABELS_UP_TO = 24


def elide(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def show_values(spec: ChartSpec) -> bool:
    """Value labels where they can be read: one bar series, nothing crossing it, few bars."""
    bars = [s for s in spec.series if s.kind == SeriesKind.BAR]
    return (spec.value_labels or len(bars) == len(spec.series) == 1) and len(bars) == 1 and \
        len(spec.categories) <= VALUE_LABELS_UP_TO


class PlotView:
    """The pyqtgraph side of a chart widget."""

    def __init__(self, locale_name: str):
        self.locale_name = locale_name
        self.plot = pg_items.new_plot(locale_name)
        item = self.plot.getPlotItem()
        self.secondary = pg_items.view_box()
        item.scene().addItem(self.secondary)
        item.getAxis("right").linkToView(self.secondary)
        self.secondary.setXLink(item)
        item.vb.sigResized.connect(lambda *_: self.secondary.setGeometry(item.vb.sceneBoundingRect()))
        self.items: list[tuple[str, object]] = []  # (kind, pyqtgraph item), in drawing order
        self.labels = pg_items.ValueLabels()  # every value label, one item
        item.addItem(self.labels, ignoreBounds=True)
        self.shown: dict[str, object] = {}  # what each axis, label and range was last set to
        self.pens: dict[tuple, object] = {}
        self.month_widths: dict[tuple, int] = {}  # see widest_month
        self.colors = ("#ffffff", "#333333")
        self.spec: ChartSpec | None = None

    # ------------------------------------------------------------ helpers
    def pen(self, color: str, width: float = 1.0, dashed: bool = False):
        key = (color, width, dashed)
        if key not in self.pens:
            self.pens[key] = pg_items.make_pen(color, width, dashed)
        return self.pens[key]

    def symbol_style(self, color: str) -> dict:
        """A line's marker pen and brush, the same objects on every refresh: pyqtgraph keys its
        rendered markers by the pen's and brush's identity, so new ones (a colour string or
        pyqtgraph's default pen, made anew on each update) rendered one more marker per
        refresh into an atlas that only grew."""
        key = ("symbol", color)
        if key not in self.pens:
            self.pens[key] = {"symbolPen": pg_items.make_pen(pg_items.SYMBOL_OUTLINE),
                              "symbolBrush": pg_items.make_brush(color)}
        return self.pens[key]

    def changed(self, key: str, value) -> bool:
        """Remember ``value`` under ``key``; True if it differs from last time."""
        if self.shown.get(key, self) == value:
            return False
        self.shown[key] = value
        return True

    def ink(self, color: str) -> str:
        """Near-black line colours (the cumulative line) become the palette's text on dark."""
        return self.colors[1] if color == CUMULATIVE_COLOR else color

    def set_colors(self, background: str, foreground: str) -> None:
        if self.colors == (background, foreground):
            return
        self.colors = (background, foreground)
        pg_items.apply_colors(self.plot, background, foreground)
        self.shown.clear()  # labels and ticks are re-set in the new colours
        if self.spec is not None:
            self.draw(self.spec, force=True)

    # ------------------------------------------------------------ drawing
    def drawables(self, spec: ChartSpec, top: float, top2: float) -> list[tuple[str, dict, str | None]]:
        """What to draw, as (kind, pyqtgraph options, legend name or None), bottom first."""
        n = len(spec.categories)
        positions = [n - 1 - i for i in range(n)] if spec.horizontal else list(range(n))
        bars = [s for s in spec.series if s.kind == SeriesKind.BAR]
        base = [0.0] * n
        width = 0.72 / (1 if spec.stacked or not bars else len(bars))
        outline = self.pen(self.colors[0], 0.5)
        out: list[tuple[str, dict, str | None]] = []
        for g, series in enumerate(bars):
            values = [float(v) for v in series.values]
            offset = 0 if spec.stacked else (g - (len(bars) - 1) / 2) * width
            per_category = bool(spec.category_styles) and len(bars) == 1
            styles = spec.category_styles if per_category else [series.style] * n
            where = [p + offset for p in positions]
            if spec.horizontal:
                geometry = {"y": where, "width": values, "height": width,
                            "x0": list(base) if spec.stacked else 0, "pen": outline, "pens": None}
            else:
                geometry = {"x": where, "height": values, "width": width,
                            "y0": list(base) if spec.stacked else 0, "pen": outline, "pens": None}
            fill = ({"brush": None, "brushes": [QBrush(QColor(s.color)) for s in styles]} if per_category
                    else {"brush": QBrush(QColor(series.style.color)), "brushes": None})
            out.append(("bar", {**geometry, **fill}, series.name if len(spec.series) > 1 or spec.stacked else None))
            if any(s.hatch for s in styles):
                hatches = [QBrush(QColor("#ffffff"), HATCH_BRUSHES[s.hatch]) if s.hatch
                           else QBrush(Qt.BrushStyle.NoBrush) for s in styles]
                out.append(("bar", {**geometry, "brush": None, "brushes": hatches}, None))
            if spec.stacked:
                base = [b + v for b, v in zip(base, values, strict=False)]
        for index, series in enumerate(spec.series):
            # Right-axis series are drawn in the main view, scaled to it, so they sit over
            # the bars; the right axis (linked to a view spanning 0..top2) labels them.
            scale = top / top2 if series.secondary else 1.0
            color = self.ink(series.style.color)
            if series.kind == SeriesKind.LINE:
                out.append(("line", {"x": positions, "y": [float(v) * scale for v in series.values],
                                     "pen": self.pen(color, 2),
                                     "symbol": _PG_SYMBOLS[MARKERS[index % len(MARKERS)]], "symbolSize": 6,
                                     **self.symbol_style(color)}, series.name))
            elif series.kind == SeriesKind.TARGET:
                value = float(series.values[0]) * scale
                out.append(("target", {"x": [-0.5, n - 0.5], "y": [value, value],
                                       "pen": self.pen(color, 1.5, True)}, series.name))
        return out

    def draw(self, spec: ChartSpec, force: bool = False) -> None:
        """Update the plot in place: existing items get new data (clearing and re-adding
        items cost about 10 ms per chart and refresh)."""
        if spec == self.spec and not force:
            return
        self.spec = spec
        item = self.plot.getPlotItem()
        has_secondary = any(s.secondary for s in spec.series)
        top = _top(spec, False)
        if show_values(spec) and spec.horizontal:
            top *= 1.18  # room for the value printed after the longest bar
        ticks = nice_ticks(top)
        ticks2 = nice_ticks(_top(spec, True)) if has_secondary else [0.0, 1.0]
        top, top2 = max(ticks), max(ticks2)
        wanted = self.drawables(spec, top, top2)
        pool = self.items
        for index, (kind, options, _name) in enumerate(wanted):
            if index < len(pool) and pool[index][0] == kind:
                drawn = pool[index][1]
                drawn.setOpts(**options) if kind == "bar" else drawn.setData(**options)
                continue
            for _kind, old in pool[index:]:
                item.removeItem(old)
            del pool[index:]
            drawn = pg_items.bar_item(**options) if kind == "bar" else pg_items.line_item(**options)
            item.addItem(drawn)
            pool.append((kind, drawn))
        for _kind, old in pool[len(wanted):]:
            item.removeItem(old)
        del pool[len(wanted):]
        self._value_labels(spec)
        n = len(spec.categories)
        value_axis, category_axis = ("bottom", "left") if spec.horizontal else ("left", "bottom")
        if self.changed("orientation", spec.horizontal):
            self.shown.clear()
            self.shown["orientation"] = spec.horizontal
            item.showGrid(x=spec.horizontal, y=not spec.horizontal, alpha=0.25)
        if self.changed("range", (top, n, spec.horizontal)):
            if spec.horizontal:
                item.setXRange(0, top, padding=0.02)
                item.setYRange(-0.6, max(n - 0.4, 0.4), padding=0)
            else:
                item.setYRange(0, top, padding=0.02)
                item.setXRange(-0.6, max(n - 0.4, 0.4), padding=0)
        if self.changed("value label", (value_axis, spec.y_label)):
            item.setLabel(value_axis, spec.y_label)
            item.setLabel(category_axis, "")
            item.getAxis(category_axis).showLabel(False)
        if self.changed("value ticks", (value_axis, top)):
            item.getAxis(value_axis).setTicks([self.value_ticks(top)])
        if self.changed("right", (has_secondary, spec.secondary_label, top2)):
            if has_secondary:
                item.showAxis("right")
                item.setLabel("right", spec.secondary_label)
                self.secondary.setYRange(0, top2, padding=0.02)
                self.secondary.setGeometry(item.vb.sceneBoundingRect())
            else:
                item.hideAxis("right")
        if has_secondary and self.changed("right ticks", top2):
            item.getAxis("right").setTicks([self.value_ticks(top2)])
        self.set_category_ticks()

    def _value_labels(self, spec: ChartSpec) -> None:
        wanted = []
        if show_values(spec):
            series = next(s for s in spec.series if s.kind == SeriesKind.BAR)
            n = len(spec.categories)
            for index, value in enumerate(series.values):
                if value or spec.horizontal:  # a row reading "0" says there was none
                    x, y = (float(value), n - 1 - index) if spec.horizontal else (index, float(value))
                    wanted.append((compact(value, self.locale_name), x, y))
        anchor = (-0.05, 0.5) if spec.horizontal else (0.5, 1.05)
        self.labels.set_labels(wanted, anchor, self.colors[1])

    def value_ticks(self, top: float) -> list[tuple[float, str]]:
        """Labelled grid lines from 0 to ``top``, set explicitly: pyqtgraph's automatic
        three-level ticks drew about 26 lines and measured a dozen labels per axis."""
        width = self.plot.width() if self.spec is not None and self.spec.horizontal else 10_000
        count = 8 if width > 500 else 4
        return [(v, compact(v, self.locale_name)) for v in nice_ticks(top, count) if v <= top * 1.000001]

    def set_category_ticks(self, width: int | None = None) -> None:
        """Category labels along their axis; ``width`` is the chart's new width during a resize
        (the plot widget itself is resized only after its parent)."""
        spec = self.spec
        if spec is None:
            return
        item = self.plot.getPlotItem()
        width = max(width or 0, 0) or self.plot.width()
        if spec.month_keys:
            widest = self.widest_month(item.getAxis("bottom").style.get("tickFont") or self.plot.font(),
                                       spec.month_keys[:13])
            plot_width = width - 120  # the value axes on either side
            room = max(2, int(plot_width * len(spec.month_keys) / (len(spec.month_keys) + 0.6) // (widest + 14)))
            major = month_ticks(spec.month_keys, room)
            minor = [(i, "") for i in range(len(spec.month_keys))]  # one tick per month
            ticks = [major, minor]
        elif spec.horizontal:
            n = len(spec.categories)
            ticks = [[(n - 1 - i, elide(label)) for i, label in enumerate(spec.categories)], []]
        else:
            room = max(1, self.plot.width() // max(1, len(spec.categories)) // 7)
            ticks = [[(i, elide(label, max(6, room))) for i, label in enumerate(spec.categories)], []]
        axis = "left" if spec.horizontal else "bottom"
        if self.changed("category ticks", (axis, ticks)):
            item.getAxis(axis).setTicks(ticks)
            # pyqtgraph widens an axis for its labels only after a first paint that drops
            # the labels that do not fit: size the label column for the longest name now.
            left = item.getAxis("left")
            if spec.horizontal:
                metrics = QFontMetrics(left.style.get("tickFont") or self.plot.font())
                left.setWidth(max(metrics.horizontalAdvance(label) for _i, label in ticks[0]) + 16)
            else:
                left.setWidth(None)

    def widest_month(self, font, month_keys: list[int]) -> int:
        """The widest of these months' labels in ``font``, measured once per font, months and
        language (going back and forth between periods measures nothing)."""
        key = (font.key(), tuple(month_keys), month_label(month_keys[0]))
        widest = self.month_widths.get(key)
        if widest is None:
            metrics = QFontMetrics(font)
            widest = max(metrics.horizontalAdvance(month_label(k)) for k in month_keys)
            if len(self.month_widths) >= MONTH_WIDTHS_KEPT:
                self.month_widths.clear()
            self.month_widths[key] = widest
        return widest

    def index_at(self, scene_pos) -> int | None:
        item = self.plot.getPlotItem()
        if self.spec is None or not item.vb.sceneBoundingRect().contains(scene_pos):
            return None
        point = item.vb.mapSceneToView(scene_pos)
        if self.spec.horizontal:
            return len(self.spec.categories) - 1 - round(point.y())
        return round(point.x())


def _top(spec: ChartSpec, secondary: bool) -> float:
    chosen = [s for s in spec.series if s.secondary == secondary]
    values = [0.0]
    if spec.stacked:
        bars = [s for s in chosen if s.kind == SeriesKind.BAR]
        values += [sum(float(s.values[i]) for s in bars) for i in range(len(spec.categories))]
    values += [float(v) for s in chosen if not (spec.stacked and s.kind == SeriesKind.BAR) for v in s.values]
    return max(values)

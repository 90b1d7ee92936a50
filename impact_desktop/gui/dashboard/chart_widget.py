"""A small, reusable chart fed a :class:`ChartSpec`: bars, stacked bars, lines, targets.

On screen it draws with pyqtgraph (imported on the first :meth:`ChartWidget.set_spec`,
not at start-up). Export as PNG/SVG and print go through the report's QPainter
renderer, so exported files are vector (SVG) and match the printed report exactly.

Signals:
    exported(str): a file was written by an export action (its path).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QToolTip, QVBoxLayout, QWidget

from impact_desktop.core.number_format import compact, exact
from impact_desktop.report.chart_painter import HATCH_BRUSHES, MARKERS, ChartPainter, nice_ticks
from impact_desktop.services.chart_spec import ChartSpec, SeriesKind, month_ticks

_PG_SYMBOLS = {"circle": "o", "square": "s", "triangle": "t1", "diamond": "d"}


class ChartWidget(QWidget):
    """One chart; call :meth:`set_spec` with new data to redraw it."""

    exported = Signal(str)

    def __init__(self, locale_name: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.locale_name = locale_name
        self.spec: ChartSpec | None = None
        self._drawn: ChartSpec | None = None  # what the plot shows (None: nothing yet)
        self.last_tooltip = ""
        self._plot = None
        self._secondary = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._title = QLabel(self)
        self._title.setStyleSheet("font-weight: bold;")
        self._note = QLabel(self)
        self._note.setStyleSheet("color: #555; font-style: italic;")
        self._note.setWordWrap(True)
        self._empty = QLabel(self.tr("No figures for this chart in the selected period."), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setStyleSheet("color: #666;")
        for widget in (self._title, self._note, self._empty):
            self._layout.addWidget(widget)
        self.setMinimumHeight(300)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 340)

    # ------------------------------------------------------------------ data
    def set_spec(self, spec: ChartSpec) -> None:
        """Show ``spec``; a spec equal to the one drawn costs nothing (most refreshes after
        an edit change one or two charts, not all six).

        A hidden chart (the dashboard is not the current page) only keeps the spec, for
        tooltips, exports and print; it is drawn when shown. So pyqtgraph is not even
        imported while the app opens on another page.
        """
        self.spec = spec
        self._title.setText(spec.title)
        self._note.setText(spec.note)
        self._note.setVisible(bool(spec.note))
        self._empty.setVisible(spec.empty)
        if self.isVisible():
            self._draw()

    def _draw(self) -> None:
        spec = self.spec
        if spec is None or (spec == self._drawn and self._plot is not None):
            return
        self._drawn = spec
        self._ensure_plot()
        self._plot.setVisible(not spec.empty)
        self._redraw()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._draw()

    def tooltip_text(self, index: int) -> str:
        """The exact values at category ``index`` (what the hover tooltip shows)."""
        spec = self.spec
        if spec is None or not 0 <= index < len(spec.categories):
            return ""
        lines = [spec.categories[index]]
        unit = f" {spec.unit}" if spec.unit else ""
        stacked_total = Decimal(0)
        for series in spec.series:
            if series.kind == SeriesKind.TARGET:
                lines.append(f"{series.name}: {exact(series.values[0])}{unit}")
            elif index < len(series.values):
                value = series.values[index]
                stacked_total += value
                name = series.name if len(spec.series) > 1 or spec.stacked else spec.y_label
                lines.append(f"{name}: {exact(value)}{unit}")
        if spec.stacked and len(spec.series) > 1:
            lines.append(self.tr("Total: {0}{1}").format(exact(stacked_total), unit))
        if spec.note:
            lines.append(spec.note)
        return "\n".join(lines)

    # --------------------------------------------------------------- drawing
    def _ensure_plot(self) -> None:
        if self._plot is not None:
            return
        from impact_desktop.gui.dashboard import pg_items

        self._pg = pg_items
        self._plot = pg_items.new_plot(self.locale_name)
        self._plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._plot.customContextMenuRequested.connect(
            lambda pos: self._show_menu(self._plot.mapTo(self, pos)))
        self._layout.insertWidget(2, self._plot, 1)
        item = self._plot.getPlotItem()
        self._legend = item.addLegend(offset=(8, 4), colCount=3)
        self._secondary = pg_items.view_box()
        item.scene().addItem(self._secondary)
        item.getAxis("right").linkToView(self._secondary)
        self._secondary.setXLink(item)
        item.vb.sigResized.connect(lambda *_: self._secondary.setGeometry(item.vb.sceneBoundingRect()))
        self._plot.scene().sigMouseMoved.connect(self._hover)
        self._items: list[tuple[str, object]] = []  # (kind, pyqtgraph item), in drawing order
        self._legend_key: tuple = ()
        self._shown: dict[str, object] = {}  # what each axis, label and range was last set to
        self._pens: dict[tuple, object] = {}

    def _pen(self, color: str, width: float = 1.0, dashed: bool = False):
        key = (color, width, dashed)
        if key not in self._pens:
            self._pens[key] = self._pg.make_pen(color, width, dashed)
        return self._pens[key]

    def _changed(self, key: str, value) -> bool:
        """Remember ``value`` under ``key``; True if it differs from last time."""
        if self._shown.get(key, self) == value:
            return False
        self._shown[key] = value
        return True

    def _drawables(self, spec: ChartSpec, top: float, top2: float) -> list[tuple[str, dict, str | None]]:
        """What to draw, as (kind, pyqtgraph options, legend name or None), bottom first."""
        n = len(spec.categories)
        xs = list(range(n))
        bars = [s for s in spec.series if s.kind == SeriesKind.BAR]
        base = [0.0] * n
        width = 0.72 / (1 if spec.stacked or not bars else len(bars))
        outline = self._pen("#333333", 0.5)
        out: list[tuple[str, dict, str | None]] = []
        for g, series in enumerate(bars):
            values = [float(v) for v in series.values]
            offset = 0 if spec.stacked else (g - (len(bars) - 1) / 2) * width
            per_category = bool(spec.category_styles) and len(bars) == 1
            styles = spec.category_styles if per_category else [series.style] * n
            geometry = {"x": [x + offset for x in xs], "height": values, "width": width,
                        "y0": list(base) if spec.stacked else 0, "pen": outline, "pens": None}
            fill = ({"brush": None, "brushes": [QBrush(QColor(s.color)) for s in styles]} if per_category
                    else {"brush": QBrush(QColor(series.style.color)), "brushes": None})
            out.append(("bar", {**geometry, **fill},
                        series.name if len(spec.series) > 1 or spec.stacked else None))
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
            if series.kind == SeriesKind.LINE:
                out.append(("line", {"x": xs, "y": [float(v) * scale for v in series.values],
                                     "pen": self._pen(series.style.color, 2),
                                     "symbol": _PG_SYMBOLS[MARKERS[index % len(MARKERS)]], "symbolSize": 6,
                                     "symbolBrush": series.style.color}, series.name))
            elif series.kind == SeriesKind.TARGET:
                value = float(series.values[0]) * scale
                out.append(("target", {"x": [-0.5, n - 0.5], "y": [value, value],
                                       "pen": self._pen(series.style.color, 1.5, True)}, series.name))
        return out

    def _redraw(self) -> None:
        """Update the plot in place: existing items get new data, the legend is kept when
        its entries are unchanged (clearing and re-adding items and legend entries cost
        about 10 ms per chart and refresh)."""
        spec, pg = self.spec, self._pg
        item = self._plot.getPlotItem()
        has_secondary = any(s.secondary for s in spec.series)
        ticks = nice_ticks(self._top(spec, False))
        ticks2 = nice_ticks(self._top(spec, True)) if has_secondary else [0.0, 1.0]
        top, top2 = max(ticks), max(ticks2)
        wanted = self._drawables(spec, top, top2)
        pool = self._items
        for index, (kind, options, _name) in enumerate(wanted):
            if index < len(pool) and pool[index][0] == kind:
                drawn = pool[index][1]
                drawn.setOpts(**options) if kind == "bar" else drawn.setData(**options)
                continue
            for _kind, old in pool[index:]:
                item.removeItem(old)
            del pool[index:]
            drawn = pg.bar_item(**options) if kind == "bar" else pg.line_item(**options)
            item.addItem(drawn)
            pool.append((kind, drawn))
        for _kind, old in pool[len(wanted):]:
            item.removeItem(old)
        del pool[len(wanted):]
        legend = tuple((id(drawn), name) for (_k, drawn), (_, _o, name) in zip(pool, wanted, strict=True) if name)
        if legend != self._legend_key:
            self._legend_key = legend
            self._legend.clear()
            for (_k, drawn), (_, _o, name) in zip(pool, wanted, strict=True):
                if name:
                    self._legend.addItem(drawn, name)
        n = len(spec.categories)
        if self._changed("y", top):
            item.setYRange(0, top, padding=0.02)
        if self._changed("x", n):
            item.setXRange(-0.6, max(n - 0.4, 0.4), padding=0)
        if self._changed("left", spec.y_label):
            item.setLabel("left", spec.y_label)
        if self._changed("left ticks", top):
            item.getAxis("left").setTicks([self._value_ticks(top)])
        if self._changed("right", (has_secondary, spec.secondary_label, top2)):
            if has_secondary:
                item.showAxis("right")
                item.setLabel("right", spec.secondary_label)
                self._secondary.setYRange(0, top2, padding=0.02)
                self._secondary.setGeometry(item.vb.sceneBoundingRect())
            else:
                item.hideAxis("right")
        if has_secondary and self._changed("right ticks", top2):
            item.getAxis("right").setTicks([self._value_ticks(top2)])
        self._set_ticks()

    def _value_ticks(self, top: float) -> list[tuple[float, str]]:
        """Labelled grid lines from 0 to ``top``, set explicitly: pyqtgraph's automatic
        three-level ticks drew about 26 lines and measured a dozen labels per axis."""
        return [(v, compact(v, self.locale_name)) for v in nice_ticks(top, 8) if v <= top * 1.000001]

    def _set_ticks(self) -> None:
        spec = self.spec
        if spec is None or self._plot is None:
            return
        room = max(2, self._plot.width() // 80)
        ticks = month_ticks(spec.month_keys, room) if spec.month_keys else list(enumerate(spec.categories))
        if self._changed("bottom ticks", ticks):
            self._plot.getPlotItem().getAxis("bottom").setTicks([ticks, []])

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._set_ticks()

    @staticmethod
    def _top(spec: ChartSpec, secondary: bool) -> float:
        chosen = [s for s in spec.series if s.secondary == secondary]
        values = [0.0]
        if spec.stacked:
            bars = [s for s in chosen if s.kind == SeriesKind.BAR]
            values += [sum(float(s.values[i]) for s in bars) for i in range(len(spec.categories))]
        values += [float(v) for s in chosen if not (spec.stacked and s.kind == SeriesKind.BAR) for v in s.values]
        return max(values)

    def _hover(self, scene_pos) -> None:
        item = self._plot.getPlotItem()
        if not item.vb.sceneBoundingRect().contains(scene_pos):
            return
        index = round(item.vb.mapSceneToView(scene_pos).x())
        text = self.tooltip_text(index)
        if text and text != self.last_tooltip:
            self.last_tooltip = text
            QToolTip.showText(QCursor.pos(), text, self._plot)

    # ---------------------------------------------------------------- export
    def _show_menu(self, pos: QPoint) -> None:
        if self.spec is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Export chart as PNG…"), lambda: self.export_dialog("png"))
        menu.addAction(self.tr("Export chart as SVG…"), lambda: self.export_dialog("svg"))
        menu.exec(self.mapToGlobal(pos))

    def export_dialog(self, fmt: str) -> str | None:
        if self.spec is None:
            return None
        name = self.spec.key.replace(":", "_") + "." + fmt
        filters = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), name, filters)
        if not path:
            return None
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        try:
            self.export_png(path) if fmt == "png" else self.export_svg(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export chart"), self.tr("Could not write {0}: {1}").format(path, exc))
            return None
        return path

    def export_png(self, path: str, size: QSize | None = None) -> None:
        size = size or QSize(1600, 1000)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(7874)  # 200 dpi: crisp text at this pixel size
        image.setDotsPerMeterY(7874)
        image.fill(QColor("white"))
        painter = QPainter(image)
        ChartPainter(painter, self.locale_name).paint(QRectF(20, 20, size.width() - 40, size.height() - 40),
                                                      self.spec)
        painter.end()
        if not image.save(path, "PNG"):
            raise OSError(self.tr("the image could not be saved"))
        self.exported.emit(path)

    def export_svg(self, path: str, size: QSize | None = None) -> None:
        size = size or QSize(900, 560)
        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.spec.title)
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(self.tr("the file could not be opened for writing"))
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
        ChartPainter(painter, self.locale_name).paint(QRectF(12, 12, size.width() - 24, size.height() - 24),
                                                      self.spec)
        painter.end()
        self.exported.emit(path)

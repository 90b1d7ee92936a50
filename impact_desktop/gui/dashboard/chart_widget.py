"""A small, reusable chart fed a :class:`ChartSpec`: bars, stacked bars, lines, targets.

On screen it draws with pyqtgraph (imported on the first :meth:`ChartWidget.set_spec`,
not at start-up). Export as PNG/SVG and print go through the report's QPainter
renderer, so exported files are vector (SVG) and match the printed report exactly.

Signals:
    exported(str): a file was written by an export action (its path).
"""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QToolTip, QVBoxLayout, QWidget

from impact_desktop.core.atomic_file import incomplete, replacing, require_ending
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.number_format import exact
from impact_desktop.report.chart_painter import ChartPainter
from impact_desktop.services.chart_spec import CUMULATIVE_COLOR, ChartSpec, SeriesKind

CHART_HEIGHT = 330
EMPTY_HEIGHT = 90


def legend_entries(spec: ChartSpec) -> list[tuple[str, str, str]]:
    """(name, swatch, colour) per legend entry: ■ bars (▨ hatched), ━ lines, ┅ targets."""
    entries = []
    for series in spec.series:
        if series.kind == SeriesKind.BAR and not (len(spec.series) > 1 or spec.stacked):
            continue
        swatch = {SeriesKind.BAR: "▨" if series.style.hatch else "■", SeriesKind.LINE: "━",
                  SeriesKind.TARGET: "┅"}[series.kind]
        entries.append((series.name, swatch, series.style.color))
    return entries


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
        self._view = None
        self._legend_key = None
        self.legend_entries: list[str] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._title = QLabel(self)
        bold = self._title.font()
        bold.setBold(True)
        self._title.setFont(bold)
        self._title.setWordWrap(True)
        self._note = QLabel(self)
        # Palette roles, not style sheets: a style sheet pins the colours of the theme it
        # was first polished in, and the text stayed black after switching to dark.
        italic = self._note.font()
        italic.setItalic(True)
        self._note.setFont(italic)
        self._note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._note.setWordWrap(True)
        self._empty = QLabel(self.tr("No figures for this chart in the selected period."), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._legend = QLabel(self)
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self._title, self._note, self._empty, self._legend):
            self._layout.addWidget(widget)
        self.setMinimumHeight(EMPTY_HEIGHT)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, self._height())

    def _height(self) -> int:
        """Tall enough for every bar of a horizontal chart; short when there is nothing to show."""
        spec = self.spec
        if spec is None or spec.empty:
            return EMPTY_HEIGHT
        if spec.horizontal:
            return max(CHART_HEIGHT, 120 + 26 * len(spec.categories))
        return CHART_HEIGHT

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
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self._update_legend(spec)
        if self.isVisible():
            self._draw()

    def _draw(self) -> None:
        spec = self.spec
        if spec is None or (spec == self._drawn and self._plot is not None):
            return
        if spec.empty and self._plot is None:
            self._legend.hide()
            return  # nothing to plot: pyqtgraph is not needed
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
        if self._view is not None:
            return
        from impact_desktop.gui.dashboard.plot_view import PlotView

        self._view = PlotView(self.locale_name)
        self._plot = self._view.plot
        self._plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._plot.customContextMenuRequested.connect(
            lambda pos: self._show_menu(self._plot.mapTo(self, pos)))
        self._layout.insertWidget(2, self._plot, 1)
        self._plot.scene().sigMouseMoved.connect(self._hover)
        self._apply_palette()

    @property
    def _items(self) -> list[tuple[str, object]]:
        return self._view.items if self._view is not None else []

    def _redraw(self) -> None:
        self._view.draw(self.spec)

    def _update_legend(self, spec: ChartSpec) -> None:
        """The legend sits under the plot (never over the data) and wraps with the width."""
        entries = legend_entries(spec)
        self.legend_entries = [name for name, _swatch, _color in entries]
        key = (tuple(entries), spec.legend_note)
        if key == self._legend_key:
            return
        self._legend_key = key
        ink = self.palette().color(QPalette.ColorRole.Text).name()
        parts = [f'<span style="color:{ink if color == CUMULATIVE_COLOR else color}">{swatch}</span>'
                 f'&nbsp;{html.escape(name)}' for name, swatch, color in entries]
        text = " &nbsp;&nbsp; ".join(parts)
        if spec.legend_note:
            text += ("<br>" if text else "") + f"<i>{html.escape(spec.legend_note)}</i>"
        self._legend.setText(text)
        self._legend.setVisible(bool(text) and not spec.empty)

    def _apply_palette(self) -> None:
        if self._view is None:
            return
        palette = self.palette()
        self._view.set_colors(palette.color(QPalette.ColorRole.Base).name(),
                              palette.color(QPalette.ColorRole.Text).name())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_palette()
            if self.spec is not None:
                self._legend_key = None
                self._update_legend(self.spec)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._view is not None:
            self._view.set_category_ticks(event.size().width())

    def _hover(self, scene_pos) -> None:
        index = self._view.index_at(scene_pos)
        text = self.tooltip_text(index) if index is not None else ""
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
        except ImpactError as exc:  # one sentence: the file and why (a full disk …); the old file is kept
            QMessageBox.warning(self, self.tr("Export chart"), str(exc))
            return None
        return path

    def export_png(self, path: str, size: QSize | None = None) -> None:
        """Write the chart as a PNG at ``path``, replacing it only once complete (FileWriteError otherwise)."""
        size = size or QSize(1600, 1000)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(7874)  # 200 dpi: crisp text at this pixel size
        image.setDotsPerMeterY(7874)
        image.fill(QColor("white"))
        painter = QPainter(image)
        ChartPainter(painter, self.locale_name).paint(QRectF(20, 20, size.width() - 40, size.height() - 40),
                                                      self.spec)
        painter.end()
        with replacing(path) as temp:
            if not image.save(str(temp), "PNG"):
                raise incomplete(temp)
            require_ending(temp, b"IEND", window=16)
        self.exported.emit(path)

    def export_svg(self, path: str, size: QSize | None = None) -> None:
        """Write the chart as an SVG at ``path``, replacing it only once complete (FileWriteError otherwise)."""
        size = size or QSize(900, 560)
        with replacing(path) as temp:
            self._paint_svg(str(temp), size)
            require_ending(temp, b"</svg>", window=64)
        self.exported.emit(path)

    def _paint_svg(self, path: str, size: QSize) -> None:
        """Paint into an SVG file; the generator is gone (its file closed) when this returns."""
        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.spec.title)
        painter = QPainter()
        if not painter.begin(generator):
            raise incomplete(path)
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
        ChartPainter(painter, self.locale_name).paint(QRectF(12, 12, size.width() - 24, size.height() - 24),
                                                      self.spec)
        painter.end()

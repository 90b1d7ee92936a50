"""Icons for actions and windows, drawn from the shipped SVGs at whatever size the screen needs.

Action icons are single-colour line drawings (``stroke="currentColor"``). Qt's SVG
renderer does not know the CSS ``currentColor``, so :class:`PaletteSvgIconEngine`
substitutes the application palette's text colour each time it renders: the same set
reads well in light and dark themes, and follows a theme switch without rebuilding any
action. It renders at the requested device pixel ratio, so icons stay sharp on high-DPI
screens, and uses the palette's disabled and highlighted colours for those icon modes.
"""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from impact_desktop.resources import action_icon_path, app_icon_path

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """The action icon ``name`` (a file stem under ``resources/icons/actions``).

    Args:
        name: role name such as ``"save"``, ``"import"``, ``"dashboard"``.
        color: a fixed stroke colour; by default the palette's text colour, per icon mode.

    Raises:
        KeyError: no such icon is shipped (a programming error, caught by the tests).
    """
    _svg_source(name)  # fail now, not at first paint
    return QIcon(PaletteSvgIconEngine(name, QColor(color) if color is not None else None))


def app_icon() -> QIcon:
    """The application icon, from its pre-rendered PNGs (what window managers and taskbars use)."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        path = app_icon_path(size)
        if path.is_file():
            result.addFile(str(path), QSize(size, size))
    return result


class PaletteSvgIconEngine(QIconEngine):
    """Renders one action SVG in the current palette's colour for the icon's mode."""

    def __init__(self, name: str, color: QColor | None = None) -> None:
        super().__init__()
        self._name = name
        self._color = color

    def clone(self) -> PaletteSvgIconEngine:
        return PaletteSvgIconEngine(self._name, self._color)

    def key(self) -> str:
        return "impact_desktop.palette_svg"

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        side = max(1, round(min(size.width(), size.height()) * scale))
        color = self._color if self._color is not None else _mode_color(mode)
        pixmap = QPixmap.fromImage(_render(self._name, color.name(QColor.NameFormat.HexArgb), side))
        pixmap.setDevicePixelRatio(scale)
        return pixmap


def render_svg(svg: bytes, side: int) -> QImage:
    """``svg`` rendered into a transparent ``side`` × ``side`` image (physical pixels)."""
    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


@cache
def _svg_source(name: str) -> str:
    path = action_icon_path(name)
    if not path.is_file():
        raise KeyError(f"no action icon named {name!r} ({path} is missing)")
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=1024)
def _render(name: str, color_hex: str, side: int) -> QImage:
    color = QColor(color_hex)
    svg = _svg_source(name).replace("currentColor", color.name(QColor.NameFormat.HexRgb))
    if color.alpha() < 255:  # SVG colours carry no alpha: pass it as the drawing's opacity
        svg = svg.replace("<svg", f'<svg opacity="{color.alphaF():.3f}"', 1)
    return render_svg(svg.encode("utf-8"), side)


def _mode_color(mode: QIcon.Mode) -> QColor:
    app = QGuiApplication.instance()
    palette = app.palette() if app is not None else QPalette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)

"""Icons for actions and windows, drawn from the shipped SVGs at whatever size the screen needs.

Action icons are single-colour line drawings (``stroke="currentColor"``). Qt's SVG
renderer does not know the CSS ``currentColor``, so :func:`icon` substitutes the
palette's text colour before rendering: the same icon set reads well in light and dark
themes. Each icon holds renderings at several sizes and at the screen's device pixel
ratio, so toolbars stay sharp on high-DPI screens; Qt derives the disabled look itself.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from impact_desktop.resources import action_icon_path, app_icon_path

#: Logical sizes rendered up front: menus (16), toolbars (20-32), page lists and dialogs (48-64).
ICON_SIZES = (16, 20, 24, 32, 48, 64)


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """The action icon ``name`` (a file stem under ``resources/icons/actions``).

    Args:
        name: role name such as ``"save"``, ``"import"``, ``"dashboard"``.
        color: stroke colour; default is the application palette's window text colour.

    Raises:
        KeyError: no such icon is shipped (a programming error, caught by the tests).
    """
    wanted = QColor(color) if color is not None else _palette_text_color()
    return QIcon(_cached_icon(name, wanted.name(QColor.NameFormat.HexArgb), _device_pixel_ratio()))


def app_icon() -> QIcon:
    """The application icon, from its pre-rendered PNGs (what window managers and taskbars use)."""
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = app_icon_path(size)
        if path.is_file():
            result.addFile(str(path), QSize(size, size))
    return result


def render_svg(svg: bytes, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """``svg`` rendered into a transparent square pixmap of ``size`` logical pixels."""
    renderer = QSvgRenderer(QByteArray(svg))
    physical = max(1, round(size * device_pixel_ratio))
    image = QImage(physical, physical, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


@cache
def _svg_source(name: str) -> str:
    path = action_icon_path(name)
    if not path.is_file():
        raise KeyError(f"no action icon named {name!r} ({path} is missing)")
    return path.read_text(encoding="utf-8")


@cache
def _cached_icon(name: str, color_hex: str, ratio: float) -> QIcon:
    color = QColor(color_hex)
    # SVG colours have no alpha channel: pass the opacity separately.
    svg = _svg_source(name).replace("currentColor", color.name(QColor.NameFormat.HexRgb))
    if color.alpha() < 255:
        svg = svg.replace("<svg", f'<svg opacity="{color.alphaF():.3f}"', 1)
    data = svg.encode("utf-8")
    result = QIcon()
    ratios = sorted({1.0, ratio, 2.0})
    for size in ICON_SIZES:
        for scale in ratios:
            result.addPixmap(render_svg(data, size, scale))
    return result


def _palette_text_color() -> QColor:
    app = QGuiApplication.instance()
    palette = app.palette() if app is not None else QPalette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def _device_pixel_ratio() -> float:
    app = QGuiApplication.instance()
    screen = app.primaryScreen() if app is not None else None
    return float(screen.devicePixelRatio()) if screen is not None else 1.0

"""Render the application icon's PNG sizes from its SVG source with Qt's own SVG renderer.

Run after editing ``resources/icons/app/impact-desktop.svg``:
``/work/venv/bin/python scripts/render_icons.py``. The PNGs are committed, because window
managers, the ``.desktop`` file and PyInstaller want bitmaps, and rendering them needs no
tool beyond PySide6.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ICON_DIR = ROOT / "resources" / "icons" / "app"
SOURCE = APP_ICON_DIR / "impact-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return APP_ICON_DIR / f"impact-desktop-{size}.png"


def render(size: int):
    """The icon as a transparent ``size`` × ``size`` QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        if not render(size).save(str(png_path(size)), "PNG"):
            raise SystemExit(f"could not write {png_path(size)}")
    # The frozen build's executable icon: .ico for Windows, .icns for macOS (Linux uses the PNGs).
    for suffix, size in (("ico", 256), ("icns", 512)):
        target = APP_ICON_DIR / f"impact-desktop.{suffix}"
        if not render(size).save(str(target), suffix.upper()):
            raise SystemExit(f"could not write {target}")
    print(f"rendered {len(SIZES)} PNG sizes, .ico and .icns into {APP_ICON_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Colours that say "a mistake" or "done", readable on whatever palette is in use.

A fixed dark red or green (``#c62828``, ``#2e7d32``) reads well on a white window and
poorly on the dark theme's (about 2.7:1 where body text needs 4.5:1). Each kind has an
ink for light backgrounds and one for dark; :func:`status_colour` gives the one that
contrasts more with the palette's window, so it also follows a theme switched while a
message shows (call it again on a palette change).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

ERROR = "error"
SUCCESS = "success"

#: kind → (ink on a light background, ink on a dark one); each at least 4.5:1 on the
#: light and dark themes' windows (the dashboard tiles' rise and fall use the same hues).
_INKS = {ERROR: ("#a3222c", "#ff8f87"), SUCCESS: ("#1d6b35", "#7fd69a")}


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def status_colour(kind: str, palette: QPalette | None = None,
                  role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """The ink for ``kind`` (:data:`ERROR`, :data:`SUCCESS`) on ``palette``'s ``role``
    (default: the application's window colour)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    background = palette.color(role)
    return max((QColor(ink) for ink in _INKS[kind]), key=lambda ink: contrast(ink, background))

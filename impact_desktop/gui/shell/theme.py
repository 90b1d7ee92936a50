"""Light and dark appearance that follows the system, with a per-user override.

Qt 6 reports the desktop's colour scheme through :meth:`QStyleHints.colorScheme`. In dark
mode we switch to the Fusion style with a dark palette (native styles on Windows and some
Linux desktops draw light widgets whatever the scheme); in light mode the platform's own
style and its standard palette come back. The stored choice (QSettings ``ui/theme``:
``"system"``, ``"light"``, ``"dark"``) applies immediately, and in ``"system"`` mode the
theme follows the desktop when it changes while the app runs. Action icons (see
:mod:`impact_desktop.gui.shell.icons`) take their colour from the palette, so they follow too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

THEME_KEY = "ui/theme"
THEMES = ("system", "light", "dark")


def chosen_theme(settings: QSettings) -> str:
    value = settings.value(THEME_KEY, "system")
    return value if value in THEMES else "system"


def system_is_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """A calm dark palette for Fusion (contrast checked against WCAG AA for body text)."""
    palette = QPalette()
    window, base, text = QColor(37, 39, 43), QColor(28, 30, 33), QColor(230, 232, 235)
    highlight = QColor(38, 160, 118)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(44, 47, 52),
        QPalette.ColorRole.ToolTipBase: QColor(52, 55, 61),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(140, 145, 152),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(48, 51, 56),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 110, 110),
        QPalette.ColorRole.Light: QColor(70, 74, 80),
        QPalette.ColorRole.Midlight: QColor(58, 61, 67),
        QPalette.ColorRole.Mid: QColor(44, 47, 52),
        QPalette.ColorRole.Dark: QColor(20, 21, 23),
        QPalette.ColorRole.Shadow: QColor(0, 0, 0),
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(94, 200, 160),
        QPalette.ColorRole.LinkVisited: QColor(150, 170, 220),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    muted = QColor(128, 132, 138)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(70, 74, 80))
    return palette


_NATIVE_STYLE = "impactNativeStyle"


class DarkFusionStyle(QProxyStyle):
    """Fusion for the dark palette, minus the dialog-button icons it draws in fixed dark ink."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:  # noqa: N802
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def apply_theme(app: QApplication, choice: str) -> bool:
    """Apply ``choice`` (``system``/``light``/``dark``) to ``app``; returns True when dark.

    Light keeps the platform's own style (remembered on first call); dark uses Fusion,
    the one style that honours a dark palette everywhere.
    """
    if app.property(_NATIVE_STYLE) is None:
        app.setProperty(_NATIVE_STYLE, app.style().name())
    dark = system_is_dark(app) if choice == "system" else choice == "dark"
    if dark:
        if not isinstance(app.style(), DarkFusionStyle):
            app.setStyle(DarkFusionStyle())
        app.setPalette(dark_palette())
    else:
        native = str(app.property(_NATIVE_STYLE)).lower()
        available = [key.lower() for key in QStyleFactory.keys()]  # noqa: SIM118 (a static Qt call, not a dict)
        if isinstance(app.style(), DarkFusionStyle) or app.style().name().lower() != native:
            app.setStyle(native if native in available else "fusion")
        app.setPalette(app.style().standardPalette())
    _restyle_open_widgets(app)
    return dark


def _restyle_open_widgets(app: QApplication) -> None:
    """A widget with a style sheet of its own keeps the palette it was polished with, so a
    theme switched while it is open (the Entries page, its table) stayed a white slab:
    setting its sheet again re-polishes it, and everything inside it, with the new palette."""
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


class ThemeFollower(QObject):
    """Re-applies the theme when the desktop's colour scheme changes (``system`` mode only)."""

    def __init__(self, app: QApplication, settings: QSettings) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if chosen_theme(self._settings) == "system":
            apply_theme(self._app, "system")

    def set_choice(self, choice: str) -> bool:
        """Store and apply a new choice; returns True when the result is dark."""
        if choice not in THEMES:
            raise ValueError(f"unknown theme {choice!r}")
        self._settings.setValue(THEME_KEY, choice)
        return apply_theme(self._app, choice)

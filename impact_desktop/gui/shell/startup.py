"""Application-wide set-up done once at start-up: identity, icon, theme, language, high-DPI.

Called by the composition root (``app.py``)::

    prepare_high_dpi()                      # before the QApplication exists
    app = QApplication(sys.argv)
    prepared = prepare_application(app)     # before any window is built (texts get translated)
    window = MainWindow(context, settings=prepared.settings)
    pages = install_pages(window, context)
    polish_install.install(window, context, prepared, start_import=pages.imports.import_action.trigger)

``prepared.settings`` is the one per-user settings object: the composition root hands it to
the window and the polish instead of each of them opening its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from impact_desktop import APP_NAME, __version__
from impact_desktop.core import name_order, texts
from impact_desktop.gui.shell import i18n, theme
from impact_desktop.gui.shell.icons import app_icon

ORGANIZATION = "Impact Desktop"
DESKTOP_FILE = "impact-desktop"


@dataclass
class PreparedApplication:
    """What :func:`prepare_application` set up, for the menus that change it later."""

    settings: QSettings
    language_choice: str
    interface_language: str
    dark: bool
    theme_follower: theme.ThemeFollower
    translators: list[QTranslator] = field(default_factory=list)


def prepare_high_dpi() -> None:
    """Exact fractional scaling (125 %, 150 %) instead of rounding; must run before QApplication."""
    if QGuiApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def default_settings() -> QSettings:
    """Per-user settings in the platform's usual place (registry, plist, ~/.config).

    The same file as a plain ``QSettings()`` once :func:`prepare_application` has set the
    organisation and application names (modules not yet handed the settings still open it so).
    """
    return QSettings(ORGANIZATION, APP_NAME)


def prepare_application(app: QApplication, settings: QSettings | None = None) -> PreparedApplication:
    """Name, icon, theme and translators for ``app``; call before building any window."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)  # Wayland/X11 match the window to the .desktop file
    app.setWindowIcon(app_icon())
    settings = settings if settings is not None else default_settings()
    dark = theme.apply_theme(app, theme.chosen_theme(settings))
    choice = i18n.chosen_language(settings)
    translators = i18n.install_translators(app, choice)
    texts.set_translator(QCoreApplication.translate)  # chart titles, tile names from the services
    locale = i18n.locale_for(choice)
    language = i18n.interface_language(locale)
    texts.set_name_language(language)  # 蚂蚁金服 in a Chinese interface, Ant Financial in an English one
    name_order.set_name_order(i18n.name_order(locale))  # 阿里云, 菜鸟, 淘宝: lists in pinyin order
    return PreparedApplication(
        settings=settings,
        language_choice=choice,
        interface_language=language,
        dark=dark,
        theme_follower=theme.ThemeFollower(app, settings),
        translators=translators,
    )

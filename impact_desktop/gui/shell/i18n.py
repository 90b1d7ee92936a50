"""Interface language: Qt translators for our strings and Qt's own, chosen at start-up.

The language follows the system locale unless the user picked one (QSettings key
``ui/language``: ``"system"``, ``"en"`` or ``"zh_CN"``; changed from View → Language and
applied at the next start, because every widget sets its texts once when it is built).
The chosen locale also becomes :meth:`QLocale.setDefault`, so numbers, dates and money
formatted with ``QLocale()`` follow the interface language (12.7亿 / 1.27bn-style figures
come from the formatting helpers that use it).

The Qt-free layers' sentences (errors, chart titles, import problems) go through
:func:`impact_desktop.core.texts.translate`, which start-up points at Qt's translators; names
are listed in the locale's collation order (:func:`name_order`: pinyin order in Chinese).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCollator, QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from impact_desktop.resources import translations_dir

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
#: Languages the interface ships in, with their names in their own language (menu labels).
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
CATALOGUE = "impact_desktop"


def chosen_language(settings: QSettings) -> str:
    """The stored choice, ``"system"`` when unset or unknown."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    return value if value in LANGUAGES or value == SYSTEM else SYSTEM


def set_chosen_language(settings: QSettings, choice: str) -> None:
    if choice != SYSTEM and choice not in LANGUAGES:
        raise ValueError(f"unknown interface language {choice!r}")
    settings.setValue(LANGUAGE_KEY, choice)


def locale_for(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale that the interface, numbers and dates use for ``choice``."""
    system = system if system is not None else QLocale.system()
    if choice == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript, QLocale.Country.China)
    if choice == "en":
        # Keep the user's English variant (en_GB dates, en_IN grouping) when they have one.
        return system if system.language() == QLocale.Language.English else QLocale(
            QLocale.Language.English, QLocale.Country.UnitedStates)
    return system


def interface_language(locale: QLocale) -> str:
    """Which shipped language a locale gets: ``"zh_CN"`` for Simplified Chinese, else ``"en"``."""
    if locale.language() == QLocale.Language.Chinese and locale.script() != QLocale.Script.TraditionalHanScript:
        return "zh_CN"
    return "en"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` live: Qt's configured path, then PySide6's folder."""
    import PySide6

    candidates = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                  Path(PySide6.__file__).resolve().parent / "Qt" / "translations"]
    return [path for path in dict.fromkeys(candidates) if path.is_dir()]


def install_translators(app: QCoreApplication, choice: str, system: QLocale | None = None) -> list[QTranslator]:
    """Install our catalogue and Qt's for ``choice``; returns the installed translators.

    English needs no translator (the sources are English). The translators are parented
    to ``app`` so they live as long as it does.
    """
    locale = locale_for(choice, system)
    QLocale.setDefault(locale)
    language = interface_language(locale)
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(f"{CATALOGUE}_{language}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    for folder in qt_translations_dirs():
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", str(folder)):
            app.installTranslator(qt)
            installed.append(qt)
            break
    return installed


@functools.total_ordering
class _CollationKey:
    """A name's collation key that also compares equal (``QCollatorSortKey`` has only ``<``)."""

    __slots__ = ("_key",)

    def __init__(self, key) -> None:
        self._key = key

    def __lt__(self, other: _CollationKey) -> bool:
        return self._key.compare(other._key) < 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _CollationKey) and self._key.compare(other._key) == 0

    __hash__ = None  # keys order names; they are never looked up


def name_order(locale: QLocale) -> Callable[[str], object]:
    """Sort keys of names in ``locale``'s collation: pinyin order for Chinese, case ignored,
    numbers as numbers ("Program 9" before "Program 10"). For
    :func:`impact_desktop.core.name_order.set_name_order`.

    One collator per thread: ``QCollator`` is reentrant, not thread-safe, and the services
    list names on worker threads too.
    """
    local = threading.local()

    def key(name: str) -> _CollationKey:
        collator = getattr(local, "collator", None)
        if collator is None:
            collator = local.collator = QCollator(locale)
            collator.setNumericMode(True)
            collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return _CollationKey(collator.sortKey(name))

    return key

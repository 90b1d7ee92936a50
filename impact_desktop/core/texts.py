"""Words the Qt-free layers show to people, translatable without importing Qt.

Services build chart titles, tile names and period labels; the GUI shows them. Those
texts are written as ``translate("Context", "English text")`` calls, which Qt's
``lupdate`` extracts into the catalogue like any GUI string, and at start-up the GUI
installs ``QCoreApplication.translate`` with :func:`set_translator`. Without a GUI (CLI,
tests) the English text is returned unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    """Install (or, with ``None``, remove) the function that translates UI texts."""
    global _translator
    _translator = translator


def current_translator() -> Callable[[str, str], str] | None:
    """The installed translator (to put back after a command that installs its own)."""
    return _translator


def translate(context: str, text: str) -> str:
    """``text`` in the interface language, or as written when no translator is installed."""
    return _translator(context, text) if _translator else text


_name_language: str | None = None


def sentence(message: str) -> str:
    """``message`` with a capital first letter: the parsers' clauses ("the date or period is empty.")
    follow a cell's name in some messages and stand alone in others."""
    return message[:1].upper() + message[1:]


def set_name_language(language: str | None) -> None:
    """The language names of units, programs, channels and metrics are shown in (``en``,
    ``zh_CN``; None: their main names). Installed with the translator by the GUI, by the
    CLI's ``--language``."""
    global _name_language
    _name_language = language or None


def name_language() -> str | None:
    return _name_language

"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from impact_desktop.core import texts
from impact_desktop.gui import i18n


@pytest.fixture
def chinese(qapp):
    """The zh_CN interface for one test: Qt's translators and the Qt-free layers' translate()."""
    previous_locale = QLocale()
    translators = i18n.install_translators(qapp, "zh_CN")
    texts.set_translator(QCoreApplication.translate)
    yield translators
    texts.set_translator(None)
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous_locale)

"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QThreadPool

from impact_desktop.core import texts
from impact_desktop.gui.shell import i18n


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


@pytest.fixture
def background_work_finished(store):
    """Figures are added up on worker threads; let them end before the store's file is closed.

    Use it for a whole module with ``pytestmark = pytest.mark.usefixtures("background_work_finished")``.
    It depends on ``store`` so that its wait runs before the store is closed.
    """
    yield
    assert QThreadPool.globalInstance().waitForDone(10_000), "background work still running after 10 s"

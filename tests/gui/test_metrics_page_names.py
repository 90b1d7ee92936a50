"""The Metrics page names each metric as the rest of the interface does."""

from __future__ import annotations

import pytest

from impact_desktop.core import texts
from impact_desktop.gui.catalog.metrics_page import MetricsPage
from impact_desktop.gui.common.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.mark.parametrize(("language", "shown"), [("zh_CN", "平台上的公益组织"), (None, "Nonprofits on the platform")])
def test_metric_names_follow_the_interface_language(qtbot, demo_store, language, shown):
    texts.set_name_language(language)
    try:
        page = MetricsPage(AppContext(demo_store))
        qtbot.addWidget(page)
        names = [page.ui.table.item(row, 0).text() for row in range(page.ui.table.rowCount())]
    finally:
        texts.set_name_language(None)
    assert shown in names
    assert ("Nonprofits on the platform" in names) is (language is None)

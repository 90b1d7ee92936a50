"""The demo's own metrics write their units in the interface language (364 座城市, 937 家 in
Chinese; 364 cities in English), whichever language the demo was loaded in, as the built-in
units do (小时, 棵), without the stored unit changing. A unit the user typed stays as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex

from impact_desktop.core import texts
from impact_desktop.core.metrics import DEMO_UNITS, Aggregation, Metric
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.entries.entries_model import COL_VALUE, EntriesModel
from impact_desktop.gui.entries.entry_dialog import EntryDialog
from impact_desktop.gui.shell import i18n
from impact_desktop.services.dashboard import load_dashboard, metric_by_unit_chart
from impact_desktop.services.dashboard_data import DashboardFilter
from impact_desktop.services.demo import load_demo, user_metrics
from impact_desktop.services.importing import preview_import
from impact_desktop.storage import catalog
from tests.unit.io_files import write_csv

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.usefixtures("background_work_finished")]

CHINESE_UNITS = {"nonprofits_supported": "家", "volunteering_opportunities": "个", "recycling_facilities": "个",
                 "recycling_cities": "座城市", "environmental_map_cities": "座城市"}
ENGLISH_UNITS = {"nonprofits_supported": "organisations", "volunteering_opportunities": "opportunities",
                 "recycling_facilities": "facilities", "recycling_cities": "cities",
                 "environmental_map_cities": "cities"}


def _stored_units(store) -> dict[str, str]:
    return {m.key: m.unit for m in catalog.list_metrics(store) if m.key in DEMO_UNITS}


def _values(store) -> set[str]:
    model = EntriesModel(lambda: store)
    model.refresh()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return {model.index(row, COL_VALUE).data() for row in range(model.rowCount())}


def _shown_everywhere(qtbot, store, expected: dict[str, str]) -> None:
    """The dashboard's tiles (and the report's, the same figures), its per-unit charts, the
    Entries table and the entry form all show ``expected`` (key → unit)."""
    data = load_dashboard(store, DashboardFilter())
    tiles = {kpi.key: kpi.unit for kpi in data.kpis if kpi.key in expected}
    assert tiles == expected
    for key, unit in expected.items():
        chart = metric_by_unit_chart(data, key)
        assert chart.unit == unit and chart.y_label.endswith(f"({unit})"), (chart.unit, chart.y_label)
    values = _values(store)
    assert f"364 {expected['environmental_map_cities']}" in values
    assert f"937 {expected['nonprofits_supported']}" in values
    dialog = EntryDialog(AppContext(store))
    qtbot.addWidget(dialog)
    combo = dialog.ui.metricCombo
    for key, unit in expected.items():
        combo.setCurrentIndex(combo.findData(key))
        assert dialog.ui.unitLabel.text() == unit


def test_a_demo_loaded_in_english_shows_chinese_units_in_a_chinese_interface(qtbot, demo_store, chinese):
    assert _stored_units(demo_store) == ENGLISH_UNITS
    _shown_everywhere(qtbot, demo_store, CHINESE_UNITS)
    assert _stored_units(demo_store) == ENGLISH_UNITS  # only shown so: stored as loaded


def test_a_demo_loaded_in_chinese_shows_english_units_in_an_english_interface(qtbot, qapp, store):
    translators = i18n.install_translators(qapp, "zh_CN")
    texts.set_translator(QCoreApplication.translate)
    try:
        load_demo(store)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        texts.set_translator(None)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert _stored_units(store) == CHINESE_UNITS
    _shown_everywhere(qtbot, store, ENGLISH_UNITS)


def test_the_demo_stores_the_units_the_display_knows(chinese):
    """DEMO_UNITS (what the display recognises) and the demo's metrics agree in both languages."""
    assert {m.key: m.unit for m in user_metrics()} == {key: pair[1] for key, pair in DEMO_UNITS.items()}
    texts.set_translator(None)
    assert {m.key: m.unit for m in user_metrics()} == {key: pair[0] for key, pair in DEMO_UNITS.items()}


def test_a_unit_the_user_typed_is_shown_as_typed(qtbot, store, chinese):
    """A metric of the user's own under a demo metric's key (the demo then keeps it) is not the demo's."""
    catalog.add_metric(store, Metric("recycling_facilities", "Recycling facilities", "sites",
                                     aggregation=Aggregation.STOCK))
    load_demo(store)
    data = load_dashboard(store, DashboardFilter())
    assert {kpi.key: kpi.unit for kpi in data.kpis}["recycling_facilities"] == "sites"
    assert "5,000 sites" in _values(store)


def test_an_import_names_the_unit_it_expected_in_the_interface_language(demo_store, chinese, tmp_path):
    """The Unit column's problems say which unit the metric counts in, as the interface shows it."""
    path = write_csv(tmp_path / "long.csv", [
        ["事业部", "公益项目", "日期", "指标", "数值", "单位"],
        ["蚂蚁金服", "蚂蚁森林", "2018-05", "植树", 12, "公顷"],
        ["菜鸟", "绿色物流回收", "2018-05", "回收设施", 5200, "家"],
        ["蚂蚁金服", "蚂蚁森林", "2018-05", "植树", 12, "USD"],
    ])
    reasons = [problem.reason for problem in preview_import(demo_store, path).problems]
    assert reasons[0] == "“公顷”不是植树的单位，植树以棵计。", reasons
    assert reasons[1].endswith("以个计。"), reasons
    assert reasons[2].startswith("植树以棵计"), reasons

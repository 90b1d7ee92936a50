"""Names follow the interface language outside the catalogue page: the demo's business unit
Ant Financial (alternative name 蚂蚁金服) is 蚂蚁金服 in a Chinese interface and Ant Financial
in an English one, in the entries table, the entry form, the filters, the dashboard menus,
targets and the export dialog. Either name can still be typed where a program is typed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from impact_desktop.core import texts
from impact_desktop.gui.catalog_dialogs import INDENT
from impact_desktop.gui.context import AppContext
from impact_desktop.gui.entries_model import COL_BUSINESS_UNIT, COL_CHANNEL, COL_METRIC, COL_PROGRAM, EntriesModel
from impact_desktop.gui.entries_page import EntriesPage
from impact_desktop.services import catalog_names
from tests.gui.main_helpers import isolated_settings  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: What the demo's things are called in each interface (the demo is loaded in English: the
#: Chinese names are its alternative names).
CHINESE = {"unit": "蚂蚁金服", "other_unit": "阿里巴巴集团", "program": "蚂蚁森林", "channel": "支付宝公益",
           "metric": "平台上的公益组织"}
ENGLISH = {"unit": "Ant Financial", "other_unit": "Alibaba Group", "program": "Ant Forest",
           "channel": "Alipay Philanthropy", "metric": "Nonprofits on the platform"}


@pytest.fixture
def name_language():
    """Sets the interface's name language for one test (as gui/startup.py does) and puts
    back what was there."""
    before = texts.name_language()
    yield texts.set_name_language
    texts.set_name_language(before)


@pytest.fixture(params=["zh_CN", "en", None], ids=["chinese", "english", "main-names"])
def shown(request, name_language):
    """Each test in a Chinese interface, an English one and without a name language; the names expected."""
    name_language(request.param)
    return CHINESE if request.param == "zh_CN" else ENGLISH


def _other(shown: dict[str, str]) -> dict[str, str]:
    """The names that must not show (the other language's)."""
    return CHINESE if shown is ENGLISH else ENGLISH


def _items(combo) -> list[str]:
    """A combo's texts, without the indent that shows a unit's place in the tree."""
    return [combo.itemText(i).lstrip(INDENT) for i in range(combo.count())]


def _id(store, kind, name) -> str:
    return catalog_names.find(store, kind, name).target_id


@pytest.fixture
def entries_page(qtbot, demo_store, isolated_settings, shown):  # noqa: F811 (the language is set first)
    page = EntriesPage(AppContext(demo_store))
    qtbot.addWidget(page)
    return page


def _column(model, column) -> set[str]:
    return {model.data(model.index(row, column)) for row in range(model.rowCount())}


def test_the_entries_table_names_units_programs_metrics_and_channels(entries_page, shown):
    model = entries_page.model
    assert model.rowCount() > 0
    units, programs = _column(model, COL_BUSINESS_UNIT), _column(model, COL_PROGRAM)
    assert shown["unit"] in units and shown["other_unit"] in units
    assert _other(shown)["unit"] not in units and _other(shown)["program"] not in programs
    assert shown["program"] in programs
    assert shown["channel"] in _column(model, COL_CHANNEL)
    assert shown["metric"] in _column(model, COL_METRIC)


def test_the_entries_table_read_on_a_worker_names_them_too(qtbot, demo_store, shown):
    holder = QWidget()  # the model (and its worker) go with it at the end of the test
    qtbot.addWidget(holder)
    model = EntriesModel(lambda: demo_store, holder)
    model.background_bytes = 0  # every store is "big": pages and names are read on the worker thread
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
    units = _column(model, COL_BUSINESS_UNIT)
    assert shown["unit"] in units and _other(shown)["unit"] not in units
    assert shown["program"] in _column(model, COL_PROGRAM)


def test_the_entries_filters_offer_the_shown_names_and_filter_by_them(entries_page, shown):
    ui = entries_page.ui
    units = _items(ui.unitFilter)
    assert shown["unit"] in units and shown["other_unit"] in units
    other = _other(shown)
    assert other["unit"] not in units
    assert shown["metric"] in _items(ui.metricFilter)
    ui.unitFilter.setCurrentIndex(units.index(shown["unit"]))
    assert set(_items(ui.programFilter)) == {"All programs", shown["program"],
                                             "支付宝公益" if shown is CHINESE else "Alipay Philanthropy"}
    assert _column(entries_page.model, COL_BUSINESS_UNIT) == {shown["unit"]}



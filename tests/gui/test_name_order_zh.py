"""In a Chinese interface names are listed in pinyin order (阿里云, 菜鸟, 高德, 淘宝), by the
names shown (a unit stored as "Taobao" with the alternative name 淘宝 sorts as 淘宝): the
Qt collator that start-up installs (gui/shell/i18n.name_order), used by the lists, the
dashboard's filter menu and the Entries name sorts."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from impact_desktop.core import names as n
from impact_desktop.core import texts
from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.name_order import name_order_key, set_name_order
from impact_desktop.core.periods import day
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.dashboard.page import DashboardPage
from impact_desktop.gui.entries.entry_dialog import EntryDialog
from impact_desktop.gui.entries.quick_entry import QuickEntryPanel
from impact_desktop.gui.shell import i18n
from impact_desktop.services import catalog_names, catalog_queries, entry_choices
from impact_desktop.storage import alternative_names, catalog, entries
from impact_desktop.storage.entry_queries import EntryFilter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PINYIN = ["阿里云", "菜鸟", "高德", "淘宝"]  # a-li-yun, cai-niao, gao-de, tao-bao
CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript, QLocale.Country.China)


@pytest.fixture
def chinese_interface():
    before = texts.name_language()
    texts.set_name_language("zh_CN")
    set_name_order(i18n.name_order(CHINESE))
    yield
    set_name_order(None)
    texts.set_name_language(before)


@pytest.fixture
def units(store):
    """淘宝 and 菜鸟 stored under their English names (the Chinese ones are alternative names)."""
    stored = {"Taobao": "淘宝", "阿里云": None, "Cainiao": "菜鸟", "高德": None}
    for name, alternative in stored.items():
        unit = catalog.add_business_unit(store, name)
        catalog.add_program(store, unit, f"{name} 项目")
        if alternative:
            alternative_names.add_alternative_name(store, n.BUSINESS_UNIT, unit, alternative)
    return store


def _shown(store, things) -> list[str]:
    book = catalog_names.NameBook(store)
    return [book.shown(thing.id, thing.name) for thing in things]


@pytest.mark.usefixtures("chinese_interface")
def test_lists_are_in_pinyin_order_of_the_names_shown(units):
    assert _shown(units, catalog_queries.list_units(units)) == PINYIN
    assert _shown(units, entry_choices.business_units(units)) == PINYIN


@pytest.mark.usefixtures("chinese_interface")
def test_the_dashboard_unit_menu_is_in_pinyin_order(units, qtbot):
    page = DashboardPage(AppContext(units))
    qtbot.addWidget(page)
    page.refresh()
    shown = [action.text() for action in page.units_menu.actions() if action.isCheckable()]
    assert shown == PINYIN


@pytest.mark.usefixtures("chinese_interface")
def test_entries_sorted_by_unit_are_in_pinyin_order(units):
    programs = catalog.list_programs(units)
    entries.add_entries(units, [EntryDraft(p.id, "donations", Decimal(1), day(dt.date(2020, 1, 1)), currency="CNY")
                                for p in programs])
    shown = {unit.id: name for unit, name in zip(catalog.list_business_units(units),
                                                 _shown(units, catalog.list_business_units(units)), strict=True)}
    rows = entries.query_entries(units, EntryFilter(), order_by="business_unit", descending=False, shown=shown)
    assert [shown[row.business_unit_id] for row in rows] == PINYIN


@pytest.mark.usefixtures("chinese_interface")
def test_the_entry_forms_program_pickers_are_in_pinyin_order(units, qtbot):
    """The entry form and quick entry sorted their "unit › program" labels by code point: 淘宝 before 阿里云."""
    for form in (EntryDialog(AppContext(units)), QuickEntryPanel(AppContext(units))):
        qtbot.addWidget(form)
        combo = form.ui.programCombo
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "阿里云 › 阿里云 项目", "菜鸟 › Cainiao 项目", "高德 › 高德 项目", "淘宝 › Taobao 项目"]


@pytest.mark.usefixtures("chinese_interface")
def test_keys_made_on_worker_threads_sort_alike():
    """Services list names on worker threads: each has its own collator, and keys compare across them."""
    keys = {}

    def make(name):
        keys[name] = name_order_key(name)

    workers = [threading.Thread(target=make, args=(name,)) for name in reversed(PINYIN)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sorted(PINYIN[::-1], key=keys.__getitem__) == PINYIN
    assert name_order_key("淘宝") == name_order_key("淘宝") and not name_order_key("淘宝") < name_order_key("淘宝")


def test_start_up_installs_the_interface_languages_order(tmp_path):
    """prepare_application (in a child process: it sets process-wide state) in Chinese."""
    script = f"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from impact_desktop.core.name_order import name_order_key
from impact_desktop.gui.shell.startup import prepare_application
app = QApplication([])
settings = QSettings({str(tmp_path / "settings.ini")!r}, QSettings.Format.IniFormat)
settings.setValue("ui/language", "zh_CN")
prepare_application(app, settings)
print(" ".join(sorted({PINYIN[::-1]!r}, key=name_order_key)))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == PINYIN

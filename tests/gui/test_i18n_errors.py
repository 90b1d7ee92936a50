"""Errors raised by core, storage, io and services speak the interface language.

The zh_CN catalogue and ``QCoreApplication.translate`` are installed the way
:func:`impact_desktop.gui.shell.startup.prepare_application` installs them, and removed again
afterwards; without them the same errors read exactly as before, in English.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from impact_desktop.core.catalog import clean_name
from impact_desktop.core.entries import EntryDraft, FieldErrors, build_entry
from impact_desktop.core.errors import ImpactError, MissingRateError, StoreError, ValidationError
from impact_desktop.core.metrics import BUILTIN_METRICS, Aggregation, Metric, validate_metric
from impact_desktop.core.names import BUSINESS_UNIT
from impact_desktop.core.periods import month
from impact_desktop.core.rates import Rate, RateTable
from impact_desktop.io.reading import list_sheets
from impact_desktop.services.backup import check_backup
from impact_desktop.services.import_catalog import CatalogSnapshot
from impact_desktop.storage import catalog, entries
from impact_desktop.storage.alternative_names import add_alternative_name
from impact_desktop.storage.catalog_edit import delete_metric
from impact_desktop.storage.database import open_store
from impact_desktop.storage.hub_connect import parse_address
from impact_desktop.storage.rates import parse_rate


def message(action) -> str:
    with pytest.raises(ImpactError) as caught:
        action()
    return str(caught.value)


def test_an_empty_business_unit_name_is_refused_in_chinese(store, chinese):
    assert chinese, "the zh_CN catalogue is installed"
    assert message(lambda: catalog.add_business_unit(store, "   ")) == "事业部必须有名称。"
    assert message(lambda: clean_name("", "program")) == "公益项目必须有名称。"
    assert message(lambda: clean_name("x" * 200, "channel")) == "渠道名称最多 120 个字符。"
    assert catalog.list_business_units(store) == []
    snapshot = CatalogSnapshot(units={}, programs={}, programs_by_name={}, channels={})
    assert message(lambda: snapshot.channel_id("\x00Alipay")) == "渠道名称不能包含 NUL 等控制字符。（“\x00Alipay”）"


def test_a_taken_name_is_refused_in_chinese(store, chinese):
    catalog.add_business_unit(store, "Ant Financial")
    assert message(lambda: catalog.add_business_unit(store, "Ant Financial")) == "该名称已被使用，请另选一个。"
    other = catalog.add_business_unit(store, "Taobao")
    text = message(lambda: add_alternative_name(store, BUSINESS_UNIT, other, "ant financial"))
    assert text == "“ant financial”已经是事业部 Ant Financial 的名称。"
    assert [u.name for u in catalog.list_business_units(store)] == ["Ant Financial", "Taobao"]


def test_a_refused_value_names_the_built_in_metric_in_chinese(chinese):
    """The entry form, quick entry and import preview said "Donations不能为负数" in a Chinese interface."""
    metrics = {metric.key: metric for metric in BUILTIN_METRICS}

    def value_problem(key: str, value: str) -> str:
        with pytest.raises(FieldErrors) as caught:
            build_entry(metrics[key], program_id="p", value=value, period="2018-03")
        return caught.value.errors["value"]

    assert value_problem("donations", "-5") == "捐赠不能为负数（-5）。"
    assert value_problem("volunteers", "2.5").startswith("志愿者")
    money_for_hours = value_problem("volunteer_hours", "¥12")
    assert money_for_hours.startswith("志愿服务时长") and "小时" in money_for_hours


def test_unreadable_files_are_explained_in_chinese(tmp_path, chinese):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert message(lambda: list_sheets(empty)) == "empty.csv 是空文件（0 字节）。"
    assert message(lambda: list_sheets(tmp_path / "gone.xlsx")) == "gone.xlsx：文件不存在。"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(100))
    assert message(lambda: list_sheets(pdf)) == (
        "report.pdf 不是电子表格；请选择 Excel 工作簿（.xlsx、.xlsm）或 CSV 文件。")
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_text("just some text\n")
    assert message(lambda: open_store(not_a_store)) == (
        f"{not_a_store} 不是 Impact Desktop 数据库（它不是 SQLite 文件）。")
    assert message(lambda: check_backup(not_a_store)) == (
        f"{not_a_store} 不是 Impact Desktop 数据库（它不是 SQLite 文件）。")


def test_bad_rates_are_refused_in_chinese(chinese):
    assert message(lambda: parse_rate("abc")) == "“abc”不是汇率（请写成 0.1449 这样的形式）。"
    assert message(lambda: parse_rate("0")) == "汇率必须是正数，而不是 0。"
    assert message(lambda: Rate("CNY", "CNY", month(2024, 1), Decimal(1))) == "汇率需要两种不同的币种。"
    with pytest.raises(MissingRateError) as caught:
        RateTable([]).factor("USD", "CNY", month(2024, 3).month_key)
    assert str(caught.value).startswith("缺少 ")
    assert "USD→CNY" in str(caught.value) and "“汇率”" in str(caught.value)


def test_metric_and_store_errors_in_chinese(tmp_path, chinese):
    metric = Metric(key="Bad Key", name="Trees", unit="trees", aggregation=Aggregation.FLOW)
    assert message(lambda: validate_metric(metric)) == "“Bad Key”不是有效的指标键（只能包含小写字母、数字和 _）。"
    with pytest.raises(StoreError) as caught:
        open_store(tmp_path / "missing.db", create=False)
    assert str(caught.value) == f"数据库文件不存在：{tmp_path / 'missing.db'}"


def test_a_metric_in_use_and_hub_errors_in_chinese(store, chinese):
    unit = catalog.add_business_unit(store, "Cainiao")
    program = catalog.add_program(store, unit, "Green logistics")
    catalog.add_metric(store, Metric("recycling_sites", "Recycling sites", "sites"))
    entries.add_entries(store, [EntryDraft(program, "recycling_sites", Decimal(n), month(2018, n)) for n in (1, 2)])
    assert message(lambda: delete_metric(store, "recycling_sites")) == (
        "“Recycling sites”被 2 条记录使用；请先删除它们。")
    assert message(lambda: parse_address("  ")) == "未给出团队中心地址。"


def test_without_a_translator_the_same_errors_stay_english(store, tmp_path):
    assert message(lambda: catalog.add_business_unit(store, "   ")) == "A business unit needs a name."
    snapshot = CatalogSnapshot(units={}, programs={}, programs_by_name={}, channels={})
    assert message(lambda: snapshot.channel_id("\x00Alipay")) == (
        "A channel name cannot hold control characters such as NUL. ('\x00Alipay')")
    catalog.add_business_unit(store, "Ant Financial")
    assert message(lambda: catalog.add_business_unit(store, "Ant Financial")) == (
        "That name is already used; pick another.")
    other = catalog.add_business_unit(store, "Taobao")
    assert message(lambda: add_alternative_name(store, BUSINESS_UNIT, other, "ant financial")) == (
        "'ant financial' is already a name of the business unit Ant Financial.")
    assert message(lambda: list_sheets(tmp_path / "gone.xlsx")) == "gone.xlsx: no such file."
    assert message(lambda: parse_rate("abc")) == "'abc' is not a rate (write it like 0.1449)."
    with pytest.raises(ValidationError, match=r"^A rate needs two different currencies\.$"):
        Rate("CNY", "CNY", month(2024, 1), Decimal(1))
    with pytest.raises(MissingRateError, match=r"^Missing currency rate USD→CNY for "):
        RateTable([]).factor("USD", "CNY", month(2024, 3).month_key)
    assert message(lambda: parse_address("  ")) == "No hub address given."

"""Storage helpers behind the catalogue editors, and the missing-rate check."""

from __future__ import annotations

from decimal import Decimal

import pytest

from impact_desktop.core.errors import StoreError, ValidationError
from impact_desktop.core.metrics import Aggregation, Metric
from impact_desktop.core.periods import fiscal_year
from impact_desktop.core.rates import Rate
from impact_desktop.services.rate_check import missing_rates
from impact_desktop.storage import catalog
from impact_desktop.storage.catalog_edit import delete_metric, set_catalog_row_deleted, update_metric
from impact_desktop.storage.database import open_store
from impact_desktop.storage.device import get_device_name, set_device_name
from impact_desktop.storage.rates import add_rate, delete_rates, list_rates
from impact_desktop.storage.settings import Settings, save_settings


def test_device_name_is_kept_in_the_file(store, db_path):
    set_device_name(store, "  Hangzhou   laptop ")
    store.close()
    reopened = open_store(db_path)
    try:
        assert get_device_name(reopened) == "Hangzhou laptop"
        with pytest.raises(ValidationError, match="needs a name"):
            set_device_name(reopened, "   ")
    finally:
        reopened.close()


def test_soft_deleted_unit_restores_with_same_id_unless_name_taken(store):
    unit_id = catalog.add_business_unit(store, "Amap")
    set_catalog_row_deleted(store, "business_unit", unit_id, True)
    assert catalog.list_business_units(store) == []
    set_catalog_row_deleted(store, "business_unit", unit_id, False)
    assert [u.id for u in catalog.list_business_units(store)] == [unit_id]
    set_catalog_row_deleted(store, "business_unit", unit_id, True)
    catalog.add_business_unit(store, "Amap")
    with pytest.raises(ValidationError, match="name is used"):
        set_catalog_row_deleted(store, "business_unit", unit_id, False)
    with pytest.raises(StoreError, match="already deleted"):
        set_catalog_row_deleted(store, "business_unit", unit_id, True)


def test_metric_rename_and_delete_rules(demo_store):
    update_metric(demo_store, "donations", name="Funds raised", description="Money raised")
    assert catalog.get_metric(demo_store, "donations").name == "Funds raised"
    with pytest.raises(ValidationError, match="built in"):
        delete_metric(demo_store, "donations")
    with pytest.raises(ValidationError, match="used by 12 entries"):
        delete_metric(demo_store, "recycling_facilities")
    catalog.add_metric(demo_store, Metric("bins", "Bins", "bins", aggregation=Aggregation.STOCK))
    metric_id = delete_metric(demo_store, "bins")
    assert "bins" not in {m.key for m in catalog.list_metrics(demo_store)}
    set_catalog_row_deleted(demo_store, "metric", metric_id, False)
    assert catalog.get_metric(demo_store, "bins").aggregation == Aggregation.STOCK


def test_missing_rates_lists_every_month_and_is_empty_once_covered(demo_store):
    assert missing_rates(demo_store) == []  # demo money is in CNY, the reporting currency
    save_settings(demo_store, Settings(reporting_currency="USD"))
    assert missing_rates(demo_store) == []  # the demo's CNY→USD FY2018 rate covers it
    delete_rates(demo_store, [r.id for r in list_rates(demo_store)])
    missing = missing_rates(demo_store)
    assert [(m.from_currency, m.to_currency) for m in missing] == [("CNY", "USD")] * 12
    assert [m.month for m in missing][:2] == ["2017-04", "2017-05"]
    add_rate(demo_store, Rate("USD", "CNY", fiscal_year(2018), Decimal("6.9")))
    assert missing_rates(demo_store) == []  # a pair works the other way round too


def test_figures_to_date_follow_the_aggregation_rules(demo_store):
    import sqlite3

    from impact_desktop.services.figures import figures_to_date
    from impact_desktop.storage.reader import open_reader

    reader = open_reader(demo_store)
    try:
        cainiao = catalog.find_business_unit(reader, "Cainiao")
        figures = figures_to_date(reader, business_unit_id=cainiao.id)
        assert figures.totals == {"recycling_cities": Decimal(200), "recycling_facilities": Decimal(5000)}
        assert figures.entries == 24 and figures.currency == "CNY"
        group = catalog.find_business_unit(reader, "Alibaba Group")
        totals = figures_to_date(reader, business_unit_id=group.id).totals
        assert totals["donations"] == Decimal(1_270_000_000) and totals["volunteers"] == Decimal(15_000_000)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.db.execute("DELETE FROM entries")
    finally:
        reader.close()

"""The metric operations of services: add, edit and delete as Changes that undo and redo on a
real database; a refused one writes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from impact_desktop.core import names as n
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.metrics import Aggregation, Metric, ValueKind
from impact_desktop.core.periods import fiscal_year
from impact_desktop.services import catalog_names, catalog_queries, metric_changes
from impact_desktop.services.changes import CATALOG
from impact_desktop.storage.alternative_names import list_alternative_names
from impact_desktop.storage.targets import Target, add_target

FACILITIES = Metric(key="recycling_facilities", name="Recycling facilities", unit="facilities",
                    value_kind=ValueKind.QUANTITY, aggregation=Aggregation.STOCK, integer_only=True)


def _state(store) -> tuple:
    return ([(m.id, m.key, m.name, m.description) for m in catalog_queries.list_metrics(store)],
            sorted((alt.kind, alt.target_id, alt.name) for alt in list_alternative_names(store)))


def test_adding_a_metric_keeps_its_id_through_undo_and_redo(store):
    change = metric_changes.add_metric(store, FACILITIES, ["回收站"])
    assert change.topics == (CATALOG,)
    added = {m.key: m for m in catalog_queries.list_metrics(store)}["recycling_facilities"]
    assert added.id == change.result and added.aggregation == Aggregation.STOCK
    assert catalog_names.names_of(store, n.METRIC, added.id) == ["回收站"]
    after = _state(store)
    change.undo(store)
    assert "recycling_facilities" not in {m.key for m in catalog_queries.list_metrics(store)}
    change.redo(store)
    assert _state(store) == after


def test_a_refused_add_writes_nothing(store):
    metric_changes.add_metric(store, FACILITIES, [])
    before = _state(store)
    with pytest.raises(ValidationError):
        metric_changes.add_metric(store, FACILITIES, ["回收站"])  # the key is taken
    assert _state(store) == before


def test_editing_a_metric_undoes_to_its_name_description_and_other_names(store):
    key = "recycling_facilities"
    metric_id = metric_changes.add_metric(store, FACILITIES, ["回收站"]).result
    before = _state(store)
    same = {"name": "Recycling facilities", "description": "", "alternative_names": ["回收站"]}
    assert metric_changes.edit_metric(store, key, same) is None
    change = metric_changes.edit_metric(store, key, {"name": "Recycling sites", "description": "Open ones",
                                                     "alternative_names": ["回收点"]})
    after = _state(store)
    assert {m.key: m.name for m in catalog_queries.list_metrics(store)}[key] == "Recycling sites"
    assert catalog_names.names_of(store, n.METRIC, metric_id) == ["回收点"]
    change.undo(store)
    assert _state(store) == before
    change.redo(store)
    assert _state(store) == after
    with pytest.raises(ValidationError, match="needs a name"):
        metric_changes.edit_metric(store, key, {"name": "  ", "description": "", "alternative_names": ["x"]})
    assert _state(store) == after


def test_deleting_metrics_is_all_or_nothing_and_undoes(store):
    metric_changes.add_metric(store, FACILITIES, [])
    cities = Metric(key="cities", name="Cities covered", unit="cities", value_kind=ValueKind.QUANTITY,
                    aggregation=Aggregation.STOCK)
    metric_changes.add_metric(store, cities, [])
    before = _state(store)
    builtin = next(m for m in catalog_queries.list_metrics(store) if m.builtin)
    with pytest.raises(ValidationError, match="built in"):
        metric_changes.delete_metrics(store, ["recycling_facilities", builtin.key])
    assert _state(store) == before

    change = metric_changes.delete_metrics(store, ["recycling_facilities", "cities"])
    assert change.result == 2
    assert not {"recycling_facilities", "cities"} & {m.key for m in catalog_queries.list_metrics(store)}
    change.undo(store)
    assert _state(store) == before
    change.redo(store)
    assert not {"recycling_facilities", "cities"} & {m.key for m in catalog_queries.list_metrics(store)}


def test_a_metric_a_target_uses_is_not_deleted(store):
    metric_changes.add_metric(store, FACILITIES, [])
    add_target(store, Target("recycling_facilities", fiscal_year(2024, 4), Decimal(40)))
    before = _state(store)
    with pytest.raises(ValidationError, match="used by 1 target"):
        metric_changes.delete_metrics(store, ["recycling_facilities"])
    assert _state(store) == before

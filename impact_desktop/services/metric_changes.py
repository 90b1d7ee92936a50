"""Changes to the metric catalogue, each made at once and returned as a
:class:`~impact_desktop.services.changes.Change`.

A user's own metric can be added, renamed (its key, unit and kind never change: they define
what the figures already entered mean) and deleted while no entry or target uses it;
built-in metrics cannot be deleted. A deleted metric is only soft-deleted, so undo brings
back the same row with its id.
"""

from __future__ import annotations

import dataclasses

from impact_desktop.core import names
from impact_desktop.core.metrics import Metric
from impact_desktop.services.catalog_names import change_with_names, names_of
from impact_desktop.services.changes import CATALOG, Change
from impact_desktop.storage import catalog
from impact_desktop.storage.catalog_edit import delete_metric, set_catalog_row_deleted, update_metric
from impact_desktop.storage.database import Store
from impact_desktop.storage.rows import new_id


def add_metric(store: Store, metric: Metric, alternative_names: list[str]) -> Change:
    """A new metric with its other names; the result is its id (its key is ``metric.key``)."""
    row_id = new_id()
    change_with_names(store, lambda s: catalog.add_metric(s, dataclasses.replace(metric, id=row_id)), names.METRIC,
                      row_id, alternative_names)
    return Change(undo=lambda s: set_catalog_row_deleted(s, names.METRIC, row_id, True),
                  redo=lambda s: set_catalog_row_deleted(s, names.METRIC, row_id, False),
                  topics=(CATALOG,), result=row_id)


def edit_metric(store: Store, key: str, values: dict) -> Change | None:
    """Give the metric ``key`` a new name, description and other names (``values`` holds
    ``name``, ``description``, ``alternative_names``); None when nothing differs."""
    values = dict(values)
    new_names = values.pop("alternative_names")
    metric = catalog.get_metric(store, key)
    old = {"name": metric.name, "description": metric.description}
    old_names = names_of(store, names.METRIC, metric.id)
    if values == old and new_names == old_names:
        return None

    def apply(s: Store, columns: dict, other_names: list[str]) -> None:
        change_with_names(s, lambda t: update_metric(t, key, **columns), names.METRIC, metric.id, other_names)

    apply(store, values, new_names)
    return Change(undo=lambda s: apply(s, old, old_names), redo=lambda s: apply(s, values, new_names),
                  topics=(CATALOG,))


def delete_metrics(store: Store, keys: list[str]) -> Change:
    """Delete the user metrics ``keys``, all or none (a built-in or used one refuses them all);
    the result is how many were deleted."""
    keys = list(keys)

    def delete_all(s: Store) -> list[str]:
        with s.transaction():
            return [delete_metric(s, key) for key in keys]

    ids = delete_all(store)

    def restore_all(s: Store) -> None:
        with s.transaction():
            for row_id in ids:
                set_catalog_row_deleted(s, names.METRIC, row_id, False)

    return Change(undo=restore_all, redo=delete_all, topics=(CATALOG,), result=len(ids))

"""Edits of the catalogue that editors and undo need beyond :mod:`storage.catalog`.

Adding a unit, program or metric is undone by a soft delete and redone by restoring
the same row, so its id (and everything pointing at it) survives undo/redo. Restoring
can collide with a name taken in the meantime; that becomes a readable error.
"""

from __future__ import annotations

import sqlite3

from impact_desktop.core.errors import StoreError, ValidationError
from impact_desktop.core.metrics import Metric
from impact_desktop.core.wording import counted
from impact_desktop.storage.catalog import get_metric
from impact_desktop.storage.database import Store
from impact_desktop.storage.tables import set_deleted, update_row

_TABLES = {"business_unit": "business_units", "program": "programs", "channel": "channels", "metric": "metrics"}


def set_catalog_row_deleted(store: Store, kind: str, row_id: str, deleted: bool) -> None:
    """Soft-delete or restore one business unit, program, channel or metric by id."""
    table = _TABLES[kind]
    try:
        changed = set_deleted(store, table, [row_id], deleted)
    except sqlite3.IntegrityError as exc:
        raise ValidationError(
            f"Cannot restore that {kind.replace('_', ' ')}: its name is used by another one now.", "name"
        ) from exc
    if changed != 1:
        state = "deleted" if deleted else "restored"
        raise StoreError(f"That {kind.replace('_', ' ')} was already {state}.")


def metric_usage(store: Store, key: str) -> tuple[int, int]:
    """How many live entries and targets use a metric (a metric in use cannot be deleted)."""
    metric_id = get_metric(store, key).id
    entries = store.db.execute(
        "SELECT count(*) FROM entries WHERE metric_id = ? AND deleted_at IS NULL", [metric_id]
    ).fetchone()[0]
    targets = store.db.execute(
        "SELECT count(*) FROM targets WHERE metric_id = ? AND deleted_at IS NULL", [metric_id]
    ).fetchone()[0]
    return entries, targets


def update_metric(store: Store, key: str, *, name: str, description: str) -> None:
    """Rename a metric or change its description; its key, unit and kind never change."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError("A metric needs a name.", "name")
    if len(cleaned) > 120:
        raise ValidationError("A metric name is at most 120 characters.", "name")
    update_row(store, "metrics", get_metric(store, key).id, {"name": cleaned, "description": description.strip()})


def delete_metric(store: Store, key: str) -> str:
    """Soft-delete a user metric nobody uses; returns its id so undo can restore it."""
    metric: Metric = get_metric(store, key)
    if metric.builtin:
        raise ValidationError(f"'{metric.name}' is built in and cannot be deleted.", "metric")
    entries, targets = metric_usage(store, key)
    if entries or targets:
        users = " and ".join(counted(count, one, many) for count, one, many in (
            (entries, "entry", "entries"), (targets, "target", "targets")) if count)
        raise ValidationError(f"'{metric.name}' is used by {users}; delete those first.", "metric")
    set_catalog_row_deleted(store, "metric", metric.id, True)
    return metric.id

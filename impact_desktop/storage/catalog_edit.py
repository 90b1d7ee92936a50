"""Edits of the catalogue that editors and undo need beyond :mod:`storage.catalog`.

Adding a unit, program or metric is undone by a soft delete and redone by restoring
the same row, so its id (and everything pointing at it) survives undo/redo. Restoring
can collide with a name taken in the meantime; that becomes a readable error.
"""

from __future__ import annotations

import sqlite3

from impact_desktop.core.errors import StoreError, ValidationError
from impact_desktop.core.metrics import Metric
from impact_desktop.core.texts import translate
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
        raise ValidationError(_sentences(kind)["taken"], "name") from exc
    if changed != 1:
        raise StoreError(_sentences(kind)["deleted" if deleted else "restored"])


def _sentences(kind: str) -> dict[str, str]:
    """Whole sentences per kind, so that each language keeps its own word order."""
    return {
        "business_unit": {
            "taken": translate("Catalog", "Cannot restore that business unit: its name is used by another one now."),
            "deleted": translate("Catalog", "That business unit was already deleted."),
            "restored": translate("Catalog", "That business unit was already restored."),
        },
        "program": {
            "taken": translate("Catalog", "Cannot restore that program: its name is used by another one now."),
            "deleted": translate("Catalog", "That program was already deleted."),
            "restored": translate("Catalog", "That program was already restored."),
        },
        "channel": {
            "taken": translate("Catalog", "Cannot restore that channel: its name is used by another one now."),
            "deleted": translate("Catalog", "That channel was already deleted."),
            "restored": translate("Catalog", "That channel was already restored."),
        },
        "metric": {
            "taken": translate("Catalog", "Cannot restore that metric: its name is used by another one now."),
            "deleted": translate("Catalog", "That metric was already deleted."),
            "restored": translate("Catalog", "That metric was already restored."),
        },
    }[kind]


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
        raise ValidationError(translate("MetricCheck", "A metric needs a name."), "name")
    if len(cleaned) > 120:
        raise ValidationError(translate("MetricCheck", "A metric name is at most {0} characters.").format(120), "name")
    update_row(store, "metrics", get_metric(store, key).id, {"name": cleaned, "description": description.strip()})


def delete_metric(store: Store, key: str) -> str:
    """Soft-delete a user metric nobody uses; returns its id so undo can restore it."""
    metric: Metric = get_metric(store, key)
    if metric.builtin:
        raise ValidationError(translate(
            "Catalog", "'{0}' is built in and cannot be deleted.").format(metric.name), "metric")
    entries, targets = metric_usage(store, key)
    if entries or targets:
        users = [text.format(f"{count:,}") for count, text in (
            (entries, translate("Catalog", "{0} entry") if entries == 1 else translate("Catalog", "{0} entries")),
            (targets, translate("Catalog", "{0} target") if targets == 1 else translate("Catalog", "{0} targets")),
        ) if count]
        sentence = (translate("Catalog", "'{0}' is used by {1}; delete those first.") if len(users) == 1 else
                    translate("Catalog", "'{0}' is used by {1} and {2}; delete those first."))
        raise ValidationError(sentence.format(metric.name, *users), "metric")
    set_catalog_row_deleted(store, "metric", metric.id, True)
    return metric.id

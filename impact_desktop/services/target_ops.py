"""Targets (what the group, a business unit or a program aims for, per metric and period): list
them with what an editor offers, and add, edit or delete them as undoable changes.

A target keeps its id through undo and redo: deleting soft-deletes it and undoing that
brings the same row back.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from impact_desktop.core.catalog import BusinessUnit, Program
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.metrics import Metric
from impact_desktop.core.number_format import exact
from impact_desktop.core.texts import translate
from impact_desktop.services.catalog_names import NameBook, in_name_order, metrics_in_name_order
from impact_desktop.services.changes import TARGETS, Change
from impact_desktop.storage import catalog, targets
from impact_desktop.storage.database import Store
from impact_desktop.storage.rows import new_id
from impact_desktop.storage.targets import Target

__all__ = ["Target", "TargetChoices", "add_target", "choices", "delete_targets", "edit_target", "list_targets"]


def list_targets(store: Store) -> list[Target]:
    """Every live target, by metric and start."""
    return targets.list_targets(store)


@dataclass(frozen=True)
class TargetChoices:
    """What a target can be set for: the metrics, and the units and programs (archived ones too,
    for the targets set on them before)."""

    metrics: list[Metric]
    units: list[BusinessUnit]
    programs: list[Program]


def choices(store: Store) -> TargetChoices:
    """Each list in the order of the names shown (built-in metrics first)."""
    book = NameBook(store)
    return TargetChoices(metrics_in_name_order(catalog.list_metrics(store), book),
                         in_name_order(catalog.list_business_units(store), book),
                         in_name_order(catalog.list_programs(store), book))


def _key(target: Target) -> tuple:
    program = target.program_id or None
    return target.metric_key, None if program else (target.business_unit_id or None), program, \
        target.period.start, target.period.end


def _check_unique(store: Store, target: Target, own_id: str | None = None) -> None:
    """ValidationError when another target has the same metric, group, unit or program and period:
    charts and reports would show one of the two, not necessarily the one just typed (an import keeps
    the stored one and says so).

    An edit may keep a clash its target already has, never make a new one: a store made before
    such targets were refused can hold two, and refusing every edit of either left the user no
    way to correct one by editing it (as for rates: see ``rate_ops._check_unique``)."""
    stored = targets.list_targets(store)
    before = next((other for other in stored if other.id == own_id), None) if own_id else None
    for other in stored:
        if before is not None and _key(other) == _key(before):
            continue  # this one clashed before the edit already (or is the target itself)
        if other.id != own_id and _key(other) == _key(target):
            value = exact(other.value) + (f" {other.currency}" if other.currency else "")
            raise ValidationError(translate(
                "TargetCheck", "There is already a target for this metric, scope and period ({value}): edit "
                "that one instead.").format(value=value), "period")


def add_target(store: Store, target: Target) -> Change:
    """Add ``target`` (its id is ignored); the result is the new row's id. ValidationError before writing."""
    _check_unique(store, target)
    row_id = new_id()
    targets.add_target(store, dataclasses.replace(target, id=row_id))
    return Change(undo=lambda s: targets.delete_targets(s, [row_id]),
                  redo=lambda s: targets.delete_targets(s, [row_id], False), topics=(TARGETS,), result=row_id)


def edit_target(store: Store, old: Target, values: Target) -> Change:
    """Give the target ``old`` (as listed) the ``values``; undo puts ``old`` back."""
    _check_unique(store, values, old.id)
    targets.update_target(store, old.id, values)
    return Change(undo=lambda s: targets.update_target(s, old.id, old),
                  redo=lambda s: targets.update_target(s, old.id, values), topics=(TARGETS,))


def delete_targets(store: Store, ids: list[str]) -> Change:
    """Delete the targets ``ids``; undo brings the same rows back. The result is how many were deleted."""
    ids = list(ids)
    count = targets.delete_targets(store, ids)
    return Change(undo=lambda s: targets.delete_targets(s, ids, False), redo=lambda s: targets.delete_targets(s, ids),
                  topics=(TARGETS,), result=count)

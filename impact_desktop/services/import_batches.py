"""The import history as the history page and ``impact-desktop imports list`` read it, and the
saved column mappings (presets) the wizard and ``import --save-preset`` keep.

Reads only, besides saving a preset: undoing a batch is :mod:`import_undo`.
"""

from __future__ import annotations

from dataclasses import dataclass

from impact_desktop.core.metrics import Metric
from impact_desktop.storage import batch_catalog, catalog, import_conflicts
from impact_desktop.storage import imports as batches
from impact_desktop.storage.database import Store
from impact_desktop.storage.import_conflicts import CONFLICT, CORRECTION, ConflictRecord
from impact_desktop.storage.imports import ImportBatch, MappingPreset

__all__ = ["CONFLICT", "CORRECTION", "ConflictRecord", "ImportBatch", "MappingPreset", "RemovedByUndo",
           "list_batches", "list_presets", "metrics", "removed_by_undo", "resolutions", "save_preset"]


def list_batches(store: Store) -> list[ImportBatch]:
    """Every import batch, newest first, with how many of its entries are live now."""
    return batches.list_batches(store)


def metrics(store: Store) -> list[Metric]:
    """The metrics a column can be mapped to."""
    return catalog.list_metrics(store)


def resolutions(store: Store, batch_id: str) -> list[ConflictRecord]:
    """The conflicts and corrections the batch recorded: both versions, which was kept and why."""
    return import_conflicts.list_for_batch(store, batch_id)


@dataclass(frozen=True)
class RemovedByUndo:
    """What an undone batch's undo removed besides entries."""

    #: (table, name) of each business unit, program, channel, rate and alternative name it removed.
    named: list[tuple[str, str]]
    #: The targets the import had added, removed.
    targets: int


def removed_by_undo(store: Store, batch_id: str) -> RemovedByUndo:
    rows = batch_catalog.removed_by_undo(store, batch_id)
    return RemovedByUndo(batch_catalog.named(store, rows), len(rows.ids.get("targets") or ()))


def list_presets(store: Store) -> list[MappingPreset]:
    return batches.list_presets(store)


def save_preset(store: Store, name: str, layout_key: str, mapping: dict[str, str]) -> str:
    """Keep ``mapping`` under ``name`` for files whose header has ``layout_key``; applied to them automatically."""
    return batches.save_preset(store, name, layout_key, mapping)

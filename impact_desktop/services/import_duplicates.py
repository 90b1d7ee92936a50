"""Recognising what a file repeats, changes or corrects, so nothing is counted twice.

Duplicates are found by the entry ids our exports carry and by the fingerprint (program,
metric, period, value, currency, channel) against live entries and earlier rows of the
file; a row whose id is stored with other content is a conflict, and id-less figures
that re-send a stored figure with another value are corrections (see
:mod:`.import_resolution`).
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.metrics import Metric
from impact_desktop.core.texts import translate
from impact_desktop.services import import_resolution as resolution
from impact_desktop.services.duplicate_rows import DuplicateRows
from impact_desktop.services.import_pending import PendingEntries
from impact_desktop.storage import import_conflicts
from impact_desktop.storage import imports as batches
from impact_desktop.storage.database import Store

if TYPE_CHECKING:
    from impact_desktop.services.import_plan import ImportPreview


def find_duplicates(store: Store, preview: ImportPreview, metrics: dict[str, Metric]) -> None:
    """Sort the figures read into duplicates, conflicts, corrections and new ones.

    Two look-ups, not one per row: the ids the file carries, and the live entries on the
    file's (metric, end date) pairs, which answers both "already stored" and "corrects a
    stored figure". A row with the id of an entry deleted here is a conflict (the
    deletion stands unless the file's version is newer), or a duplicate when another
    live entry holds the same figure; it is never stored again under a new id.
    """
    pending = preview.pending
    with_ids = [entry_id for entry_id in pending.entry_ids() if entry_id]
    live_ids = batches.find_entry_ids(store, with_ids) if with_ids else {}
    live = [entry_id for entry_id, is_live in live_ids.items() if is_live]
    versions = import_conflicts.live_versions(store, live) if live else {}
    gone = [entry_id for entry_id, is_live in live_ids.items() if not is_live]
    versions.update(import_conflicts.deleted_versions(store, gone) if gone else {})
    undone = import_conflicts.removed_by_undo(store, gone) if gone else set()
    days: dict[str, set[str]] = {}
    for key, end in {(metric_key, period.iso[1]) for metric_key, period in pending.distinct("metric_key", "period")}:
        days.setdefault(key, set()).add(end)
    figures = batches.find_live_figures(store, days, len(pending), lambda: _program_days(pending))
    stored = figures.fingerprints
    preview.duplicates.figures = figures
    names: list[resolution.Names] = []

    def names_for() -> resolution.Names:
        if not names:
            names.append(resolution.Names(store, preview.snapshot, {k: m.name for k, m in metrics.items()},
                                          preview.fiscal_start_month))
        return names[0]

    # Fingerprints as 128-bit integers in a set: a third of a dict of strings, for two million figures.
    seen: set[int] = set()
    seen_ids: dict[str, int] = {}
    kept = array("q")
    repeats: list[tuple[int, int]] = []  # (index in preview.duplicates, fingerprint) of rows repeating the file
    for position, entry_id, key in pending.fingerprint_keys():  # most figures: no draft rebuilt
        if entry_id or key in stored or key in seen:
            draft = pending.at(position)
            version = versions.get(entry_id) if entry_id and entry_id not in seen_ids else None
            if version is not None and entry_id in undone and key not in stored:
                seen_ids[entry_id] = position  # removed by undoing its import, not by a person: import it again
                preview.revive.add(entry_id)
                seen.add(key)
                kept.append(position)
                continue
            revived = version is not None and version["deleted_at"] and key not in stored
            if version is not None and (revived or (not version["deleted_at"] and resolution.differs(version, draft))):
                seen_ids[entry_id] = position
                preview.conflicts.append(resolution.make_conflict(
                    draft, entry_id, version, preview.file_updated.get(entry_id), names_for()))
                continue
            reason = _duplicate_reason(entry_id, key, live_ids, seen_ids, figures, pending)
            if reason is None and key in seen:
                repeats.append((len(preview.duplicates), key))
                reason = ""  # "Repeats sheet X row Y": the first row is found after the loop
            if reason is not None:
                name = metrics[draft.metric_key].name
                preview.duplicates.add(draft.source_sheet or "", draft.source_row or 0, name, reason)
                if entry_id:
                    seen_ids.setdefault(entry_id, position)
                continue
            if entry_id:
                seen_ids[entry_id] = position
        seen.add(key)
        kept.append(position)
    del seen, seen_ids
    chosen = pending if len(kept) == len(pending) else pending.select(kept)
    if repeats:
        _explain_repeats(preview.duplicates, chosen, repeats)
    preview.corrections = resolution.find_corrections(pending, chosen, figures, names_for)
    preview.pending = chosen
    preview.new_count = len(chosen)


def _program_days(pending: PendingEntries) -> dict[str, list[list[str]]]:
    """Metric key → the [program id, end day] pairs of the figures read (from the packed columns: no draft made)."""
    pairs: dict[str, set[tuple[str, str]]] = {}
    for metric_key, program_id, period in pending.distinct("metric_key", "program_id", "period"):
        pairs.setdefault(metric_key, set()).add((program_id, period.iso[1]))  # a day ends a month and a day
    return {metric_key: [list(pair) for pair in found] for metric_key, found in pairs.items()}


def _explain_repeats(duplicates: DuplicateRows, kept: PendingEntries, repeats: list[tuple[int, int]]) -> None:
    """Name the first row of the file each repeated row repeats (one more pass, only when there are repeats)."""
    wanted = {key for _index, key in repeats}
    first: dict[int, EntryDraft] = {}
    for position, _id, key in kept.fingerprint_keys():
        if key in wanted and key not in first:
            first[key] = kept.at(position)
            if len(first) == len(wanted):
                break
    for index, key in repeats:
        original = first[key]
        duplicates.explain(index, translate(
            "ImportProblem", "Repeats sheet {sheet} row {row} (same program, metric, period and value).").format(
            sheet=original.source_sheet, row=original.source_row or 0))


def _duplicate_reason(entry_id, key, live_ids, seen_ids, figures, pending) -> str | int | None:
    if entry_id and live_ids.get(entry_id):
        return translate("ImportProblem", "Entry id {entry}… is already in the store (the row comes from an Impact "
                                          "Desktop export).").format(entry=entry_id[:8])
    if entry_id and entry_id in seen_ids:
        first = pending.at(seen_ids[entry_id])
        return translate("ImportProblem", "Repeats the entry id of sheet {sheet} row {row}.").format(
            sheet=first.source_sheet, row=first.source_row or 0)
    if key in figures.fingerprints:
        return figures.fingerprints[key]  # the stored figure's position: its reason is written when read
    return None

"""Importing spreadsheets: preview, write one batch atomically, undo a batch, presets.

Duplicates are recognised two ways, and the preview says which for each row:
* an **entry id** column (every Impact Desktop export has one): a row whose id is
  already a live entry here is a duplicate; a row whose id is unknown is stored *under
  that id* with origin ``merge``, so files exchanged between machines never double count
  (unless it corrects a stored figure, see below); a row whose id was deleted here is a
  conflict, never a new entry;
* the **fingerprint** (program, metric, period, value, currency, channel): a row equal
  to a live entry, or to an earlier row of the same sheet, is a duplicate.
Rows without an id are stored with origin ``import``.

Figures that differ from stored ones are never dropped or added silently: a row whose
id is live here with other content is a *conflict* (the last writer wins by the file's
``Updated`` time, else the store's version stays), and re-sent figures without ids that
differ from imported ones are *corrections*, which need the caller's choice (replace,
add or skip). See :mod:`impact_desktop.services.import_resolution`; undoing the batch
gives back whatever it changed.

All or nothing by default: with any invalid row nothing is written
(:class:`ImportRefused` lists every problem). With ``skip_invalid`` the valid rows are
written and the rejected ones go, with their reasons, to an error workbook next to the
source file.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from impact_desktop.core.bulk import gc_paused
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.wording import counted
from impact_desktop.io.sheet_spec import Column, SheetSpec
from impact_desktop.services.error_workbook import BOOKKEEPING_HEADERS, REJECTED_SHEET
from impact_desktop.services.import_catalog import CatalogSnapshot, new_program_names, new_unit_names, used_catalog
from impact_desktop.services.import_names import add_file_names
from impact_desktop.services.import_pending import PendingEntries
from impact_desktop.services.import_preview import (
    ALL_SHEETS,
    Cancelled,
    ImportCancelled,
    ImportOptions,
    ImportPreview,
    NothingToImport,
    Progress,
    inspect_file,
    preview_import,
    store_state,
    winning_conflicts,
)
from impact_desktop.services.import_rates import add_new_rates
from impact_desktop.services.import_resolution import (
    CORRECTION_CHOICES,
    KEEP_FILE,
    REPLACE,
    SKIP,
    CorrectionsUndecided,
    parse_timestamp,
    write_resolutions,
)
from impact_desktop.services.import_rows import Problem
from impact_desktop.services.import_targets import add_new_targets
from impact_desktop.services.import_undo import undo_import  # the one undo of an import (CLI and GUI)
from impact_desktop.storage import alternative_names, batch_catalog, catalog, entries
from impact_desktop.storage import imports as batches
from impact_desktop.storage.batch_catalog import CatalogRows
from impact_desktop.storage.database import Store
from impact_desktop.storage.rows import utc_now

WRITE_CHUNK = 5000

__all__ = ["ALL_SHEETS", "CORRECTION_CHOICES", "CorrectionsUndecided", "ImportCancelled", "ImportOptions",
           "NothingToImport",
           "ImportPreview", "ImportRefused", "ImportResult", "commit_import", "inspect_file",
           "preview_import", "undo_import"]


class ImportRefused(ImpactError):
    """Invalid rows and all-or-nothing mode: nothing was written. ``problems`` lists them all."""

    def __init__(self, preview: ImportPreview):
        self.problems: list[Problem] = preview.problems
        rows = preview.invalid_count
        if preview.column_problems:
            names = ", ".join(f"'{p.column}'" for p in preview.column_problems)
            super().__init__(
                f"{preview.file_name}: sheet {preview.sheet} has values in columns that are not mapped ({names}); "
                "nothing was imported (map them, or leave them out on purpose)."
            )
            return
        super().__init__(
            f"{preview.file_name}: {rows} invalid row{'s' if rows != 1 else ''} in sheet {preview.sheet}; "
            "nothing was imported (fix them, or import only the valid rows)."
        )


@dataclass(frozen=True)
class ImportResult:
    batch_id: str | None
    file_name: str
    sheet: str
    new_count: int
    duplicate_count: int
    invalid_count: int
    skipped_count: int
    error_file: Path | None
    new_business_units: list[str]
    new_programs: list[str]
    new_rate_count: int = 0
    new_target_count: int = 0
    conflict_count: int = 0
    correction_count: int = 0
    corrections: str | None = None
    #: Stored entries updated to the file's version (conflicts the file won).
    updated_count: int = 0
    #: Stored entries replaced by the file's figures (corrections, "replace").
    replaced_count: int = 0
    #: The corrections' figures left out ("skip").
    left_out_count: int = 0
    #: What was written: the caller's preview, or the one checked again because the store changed
    #: meanwhile (another process imported the same file): its counts are the ones to report.
    preview: ImportPreview | None = field(default=None, compare=False, repr=False)

    @property
    def changed_count(self) -> int:
        """Stored entries the import changed or replaced: what undoing it gives back."""
        return self.updated_count + self.replaced_count

    @property
    def undoable(self) -> bool:
        return bool(self.batch_id) and bool(self.new_count or self.changed_count)


def commit_import(store: Store, preview: ImportPreview, *, skip_invalid: bool = False, corrections: str | None = None,
                  progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportResult:
    """Write the previewed entries and their batch in ONE transaction (or nothing at all).

    ``corrections`` (replace, add or skip) must be given when the preview found
    corrections; otherwise :class:`CorrectionsUndecided` is raised and nothing is written.
    """
    if corrections is not None and corrections not in CORRECTION_CHOICES:
        raise ValueError(f"unknown corrections choice {corrections!r}")  # notr (a programming error)
    _check_decisions(preview, skip_invalid, corrections)
    if preview.has_no_figures:
        raise NothingToImport(preview)
    if cancelled and cancelled():
        raise ImportCancelled()
    error_file = None
    try:
        with gc_paused(), store.transaction():
            if preview.store_state != store_state(store):  # written to since the preview: check again
                preview = preview_import(store, preview.path, preview.options, progress=progress, cancelled=cancelled,
                                         batch_id=preview.batch_id)
                _check_decisions(preview, skip_invalid, corrections)
            pending = preview.pending
            if corrections == SKIP and preview.corrections:
                left_out = {_draft_key(draft) for correction in preview.corrections for draft in correction.drafts}
                pending = pending.select(position for position, (_id, draft)
                                         in zip(pending.positions(), pending, strict=True)
                                         if _draft_key(draft) not in left_out)
            error_file = write_error_workbook(preview) if preview.invalid_count else None
            total = len(pending)
            counts = preview.counts(corrections)
            used, created = _create_catalog(store, preview, pending)
            created.ids["targets"] = add_new_targets(store, preview.new_targets)  # its undo removes them again
            batches.add_batch(
                store, file_name=preview.file_name, file_sha256=preview.sha256, sheet=preview.sheet,
                mapping=preview.mapping_dict(), counts=counts, batch_id=preview.batch_id,
                error_file=str(error_file) if error_file else None, preset_name=preview.preset_name,
                corrections=corrections if preview.corrections else None,
            )
            batch_catalog.record_created(store, preview.batch_id, created)
            if preview.conflicts or preview.corrections:
                write_resolutions(store, preview.batch_id, preview.conflicts,
                                  preview.corrections, corrections)
            with entries.bulk_load(store, total) if total >= entries.BULK_THRESHOLD else nullcontext() as load:
                for start in range(0, total, WRITE_CHUNK):
                    if cancelled and cancelled():
                        raise ImportCancelled()
                    chunk = pending[start:start + WRITE_CHUNK]
                    if preview.revive:
                        entries.revive_entries(store, [pair for pair in chunk if pair[0] in preview.revive])
                        chunk = [pair for pair in chunk if pair[0] not in preview.revive]
                    entries.add_entries(store, [draft for _, draft in chunk], ids=[entry_id for entry_id, _ in chunk],
                                        load=load)
                    done = min(start + WRITE_CHUNK, total)
                    if progress:
                        progress(done, total, f"Saved {done:,} of {counted(total, 'entry', 'entries')}")
            if preview.file_updated:  # once the load has versioned the new entries, as an update of them
                entries.keep_change_times(store, _change_times(preview, pending))
    except BaseException:
        if error_file:
            error_file.unlink(missing_ok=True)
        raise
    return ImportResult(
        batch_id=preview.batch_id, file_name=preview.file_name, sheet=preview.sheet, new_count=total,
        duplicate_count=preview.duplicate_count, invalid_count=preview.invalid_count,
        skipped_count=preview.skipped_count, error_file=error_file,
        new_business_units=new_unit_names(used), new_programs=new_program_names(used),
        new_rate_count=len(created.ids["currency_rates"]), new_target_count=len(created.ids["targets"]),
        conflict_count=preview.conflict_count, correction_count=preview.correction_count,
        corrections=corrections if preview.corrections else None,
        updated_count=sum(1 for conflict in preview.conflicts if conflict.kept == KEEP_FILE),
        replaced_count=sum(len(c.stored) for c in preview.corrections) if corrections == REPLACE else 0,
        left_out_count=preview.left_out(corrections),
        preview=preview,
    )


def _check_decisions(preview: ImportPreview, skip_invalid: bool, corrections: str | None) -> None:
    """Refuse what the caller's choices do not cover (before writing, and again if checked again)."""
    if preview.column_problems or (preview.invalid_count and not skip_invalid):
        raise ImportRefused(preview)
    if preview.corrections and corrections is None:
        raise CorrectionsUndecided(preview.correction_count)


def _draft_key(draft) -> tuple:
    """One figure of one row: drafts are rebuilt when read from a compact PendingEntries, so never ``id()``."""
    return draft.source_sheet, draft.source_row, draft.metric_key, draft.fingerprint


def _change_times(preview: ImportPreview, pending: PendingEntries) -> dict[str, str]:
    """Entry id → the file's ``Updated`` time, as stored, for the added entries of ``pending``.

    Revived entries keep their own; so do the file's rows that were not added (duplicates,
    conflicts, left-out corrections): ``file_updated`` holds every row's, hence the ids of
    ``pending``, read without decoding its drafts.
    """
    added = set(pending.entry_ids())
    stamps = {}
    for entry_id, updated in preview.file_updated.items():
        if not entry_id or entry_id not in added or entry_id in preview.revive:
            continue
        moment = parse_timestamp(updated)
        if moment is not None:
            stamps[entry_id] = moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    return stamps


def _create_catalog(store: Store, preview: ImportPreview, pending: list) -> tuple[CatalogSnapshot, CatalogRows]:
    """Create what the written figures use (only that: with "skip", not what the left-out
    rows alone needed) and return it, for the batch to record; its undo removes it again."""
    used = preview.snapshot  # the preview keeps only what its figures use; "skip" may leave out more
    if len(pending) != len(preview.pending):
        used = used_catalog(used, pending, winning_conflicts(preview),
                            [planned.target for planned in preview.new_targets])
    for metric in preview.new_metrics:
        catalog.add_metric(store, metric)
    for unit_id, name in _parents_first(used):
        catalog.add_business_unit(store, name, parent_id=used.new_unit_parents.get(unit_id), row_id=unit_id)
    for program_id, unit_id, name in used.new_programs.values():
        catalog.add_program(store, unit_id, name, row_id=program_id)
    for channel_id, name in used.new_channels.values():
        catalog.add_channel(store, name, row_id=channel_id)
    aliases = [alternative_names.add_alternative_name(store, kind, target_id, name, import_batch_id=preview.batch_id)
               for (kind, target_id, _key), name in used.new_aliases.items()]
    return used, CatalogRows({
        "business_units": [unit_id for unit_id, _name in used.new_units.values()],
        "programs": [program_id for program_id, _unit, _name in used.new_programs.values()],
        "channels": [channel_id for channel_id, _name in used.new_channels.values()],
        "currency_rates": add_new_rates(store, preview.new_rates),
        "alternative_names": [alias_id for alias_id in aliases if alias_id]
        + add_file_names(store, used, preview.file_names, preview.batch_id),
    })


def _parents_first(snapshot: CatalogSnapshot) -> list[tuple[str, str]]:
    """The new units, each after the new unit it is created under."""
    parents = snapshot.new_unit_parents

    def depth(unit_id: str) -> int:
        steps = 0
        while unit_id in parents and steps < len(parents):
            unit_id, steps = parents[unit_id], steps + 1
        return steps

    return sorted(snapshot.new_units.values(), key=lambda unit: depth(unit[0]))


def error_workbook_path(source: Path) -> Path:
    """``<name>.errors.xlsx`` next to the source; a timestamp keeps an earlier one."""
    candidate = source.with_name(f"{source.stem}.errors.xlsx")
    if candidate.exists():
        stamp = utc_now().replace(":", "").replace("-", "")[:15]
        candidate = source.with_name(f"{source.stem}.errors-{stamp}.xlsx")
    return candidate


def write_error_workbook(preview: ImportPreview) -> Path:
    """The rejected rows as they were, each with the reasons it was rejected."""
    target = error_workbook_path(preview.path)
    width = max([len(preview.headers), *(len(cells) for _n, cells, _p in preview.invalid_rows)])
    headers = [*preview.headers, *[""] * (width - len(preview.headers))]
    sheet_col, row_col, problems_col = BOOKKEEPING_HEADERS  # recognised when the corrected workbook comes back
    columns = [Column(sheet_col, width=14), Column(row_col, "integer", 8), Column(problems_col, width=60),
               *(Column(header or f"Column {i + 1}", width=16) for i, header in enumerate(headers))]
    rows = (
        [problems[0].sheet, number, "; ".join(f"{p.column}: {p.reason}" for p in problems),
         *cells, *[None] * (width - len(cells))]
        for number, cells, problems in preview.invalid_rows
    )
    from impact_desktop.io.xlsx_writer import write_workbook  # openpyxl: only when a workbook is written

    write_workbook(target, [SheetSpec(REJECTED_SHEET, columns, rows)])
    return target


list_batches = batches.list_batches
get_batch = batches.get_batch
list_presets = batches.list_presets
save_preset = batches.save_preset
delete_preset = batches.delete_preset

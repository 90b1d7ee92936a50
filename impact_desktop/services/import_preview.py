"""Read → map → validate → recognise duplicates: everything an import does before writing.

The result, :class:`ImportPreview`, is what the wizard's preview page and ``import
--dry-run`` show, and what :func:`impact_desktop.services.importing.commit_import`
writes. Nothing here changes the store.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from impact_desktop.core.bulk import gc_paused
from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.metrics import Metric
from impact_desktop.core.rates import Rate
from impact_desktop.io import headers as h
from impact_desktop.io.merged import fill_merged_down
from impact_desktop.io.reading import Table, file_sha256, open_table
from impact_desktop.io.xlsx_reader import iter_sheet
from impact_desktop.services import import_mapping
from impact_desktop.services import import_resolution as resolution
from impact_desktop.services.error_workbook import skip_bookkeeping
from impact_desktop.services.import_metrics import (
    METRIC_COLUMNS,
    METRICS_SHEET,
    read_column_definitions,
    read_metric_definitions,
)
from impact_desktop.services.import_rates import RATE_COLUMNS, RATES_SHEET, plan_rates
from impact_desktop.services.import_rows import CatalogSnapshot, Problem, RowReader, RowResult
from impact_desktop.services.import_targets import TARGET_COLUMNS, TARGETS_SHEET, PlannedTarget, plan_targets
from impact_desktop.storage import catalog, import_conflicts
from impact_desktop.storage import imports as batches
from impact_desktop.storage.database import Store
from impact_desktop.storage.settings import load_settings

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
PROGRESS_EVERY = 2000
#: ``ImportOptions.sheet`` value meaning "every sheet with the first sheet's header layout".
ALL_SHEETS = "*"


class ImportCancelled(ImpactError):
    def __init__(self) -> None:
        super().__init__("Import cancelled; nothing was changed.")


@dataclass
class ImportOptions:
    """What the user chose: sheet, preset, column overrides (header → field)."""

    sheet: str | None = None
    preset: str | None = None
    overrides: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DuplicateRow:
    sheet: str
    row: int
    metric: str
    reason: str


@dataclass
class ImportPreview:
    """Counts and details of a prospective import, plus the drafts to write."""

    path: Path
    sha256: str
    sheet: str
    sheets: list[str]
    header_row: int
    headers: list[str]
    mapping: list[str]
    layout: str
    engine: str
    preset_name: str | None
    batch_id: str
    rows_read: int = 0
    new_count: int = 0
    skipped_blank: int = 0
    skipped_total: int = 0
    skipped_empty: int = 0
    problems: list[Problem] = field(default_factory=list)
    #: Problems with a whole column (values in a column nobody mapped): no row can be imported past them.
    column_problems: list[Problem] = field(default_factory=list)
    #: Things the user should know that do not stop the import (sheets not read, …).
    notes: list[str] = field(default_factory=list)
    invalid_rows: list[tuple[int, list, list[Problem]]] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)
    pending: list[tuple[str | None, EntryDraft]] = field(default_factory=list)
    snapshot: CatalogSnapshot | None = None
    new_metrics: list[Metric] = field(default_factory=list)
    #: Currency rates the file (or its ``<stem>.rates.csv``) brings that the store lacks.
    new_rates: list[Rate] = field(default_factory=list)
    rate_notes: list[str] = field(default_factory=list)
    rates_file: Path | None = None
    #: Targets the file (or its ``<stem>.targets.csv``) brings that the store lacks.
    new_targets: list[PlannedTarget] = field(default_factory=list)
    target_notes: list[str] = field(default_factory=list)
    targets_file: Path | None = None
    #: entry id → the row's "Updated" cell (first row with that id), for conflicts.
    file_updated: dict[str, object] = field(default_factory=dict)
    conflicts: list[resolution.Conflict] = field(default_factory=list)
    corrections: list[resolution.Correction] = field(default_factory=list)
    fiscal_start_month: int = 1

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def invalid_count(self) -> int:
        return len(self.invalid_rows)

    @property
    def duplicate_count(self) -> int:
        return len(self.duplicates)

    @property
    def skipped_count(self) -> int:
        return self.skipped_blank + self.skipped_total + self.skipped_empty

    @property
    def new_business_units(self) -> list[str]:
        return new_unit_names(self.snapshot)

    @property
    def new_programs(self) -> list[str]:
        return new_program_names(self.snapshot)

    @property
    def new_channels(self) -> list[str]:
        return sorted(name for _id, name in self.snapshot.new_channels.values()) if self.snapshot else []

    @property
    def conflict_count(self) -> int:
        return len(self.conflicts)

    @property
    def correction_count(self) -> int:
        return len(self.corrections)

    def left_out(self, corrections: str | None) -> int:
        """Figures the corrections choice leaves out (all of the corrections' with "skip")."""
        return sum(len(c.drafts) for c in self.corrections) if corrections == resolution.SKIP else 0

    def counts(self, corrections: str | None = None) -> dict[str, int]:
        """The batch's counts; ``corrections`` is the choice made for them (see import_resolution)."""
        return {"new": self.new_count - self.left_out(corrections), "duplicate": self.duplicate_count,
                "invalid": self.invalid_count, "skipped": self.skipped_count, "conflict": self.conflict_count,
                "correction": self.correction_count}

    def mapping_dict(self) -> dict[str, str]:
        return import_mapping.mapping_as_dict(self.headers, self.mapping)


def new_unit_names(snapshot: CatalogSnapshot | None) -> list[str]:
    return sorted(name for _id, name in snapshot.new_units.values()) if snapshot else []


def new_program_names(snapshot: CatalogSnapshot | None) -> list[str]:
    """"Unit / Program" for each program the import creates."""
    if not snapshot:
        return []
    unit_names = dict(snapshot.unit_names)
    unit_names.update({uid: name for uid, name in snapshot.new_units.values()})
    return sorted(f"{unit_names.get(unit_id, '?')} / {name}" for _pid, unit_id, name in snapshot.new_programs.values())


def used_catalog(snapshot: CatalogSnapshot, drafts: list[EntryDraft], targets=()) -> CatalogSnapshot:
    """``snapshot`` with only the new business units, programs and channels ``drafts`` (and
    the file's new ``targets``) use.

    Reading names a new program for every row, invalid ones too; what only rejected (or
    left-out) rows name must not be created.
    """
    if not (snapshot.new_programs or snapshot.new_channels):
        return snapshot
    programs = {draft.program_id for draft in drafts} | {t.program_id for t in targets if t.program_id}
    channels = {draft.channel_id for draft in drafts if draft.channel_id}
    new_programs = {key: value for key, value in snapshot.new_programs.items() if value[0] in programs}
    units = {unit_id for _pid, unit_id, _name in new_programs.values()}
    units |= {t.business_unit_id for t in targets if t.business_unit_id}
    return dataclasses.replace(
        snapshot, new_programs=new_programs,
        new_units={key: value for key, value in snapshot.new_units.items() if value[0] in units},
        new_channels={key: value for key, value in snapshot.new_channels.items() if value[0] in channels})


@dataclass
class FileLayout:
    """What the mapping step shows: the header found, the suggested mapping and a few rows."""

    sheet: str
    sheets: list[str]
    header_row: int
    headers: list[str]
    mapping: list[str]
    samples: list[list]
    preset_name: str | None
    recognised: bool = True


def _prepare(store: Store, path: Path, options: ImportOptions, fallback: bool = False):
    metrics = {metric.key: metric for metric in catalog.list_metrics(store)}
    new_metrics = [metric for metric in read_metric_definitions(path) if metric.key not in metrics]
    metrics.update({metric.key: metric for metric in new_metrics})
    vocab = h.vocabulary(metrics.values())
    preset = batches.find_preset(store, name=options.preset) if options.preset else None
    if options.preset and preset is None:
        raise ImpactError(f"There is no mapping preset named '{options.preset}'.")
    for saved in batches.list_presets(store):  # so a saved layout's header row is recognised
        for header, fld in saved.mapping.items():
            vocab.setdefault(h.normalize_header(header), fld)
    for chosen in ([preset.mapping] if preset else []) + [options.overrides]:
        vocab.update({h.normalize_header(header): fld for header, fld in chosen.items() if fld})
    table = open_table(path, vocab, options.sheet, fallback=fallback)
    defined = [metric for metric in read_column_definitions(table) if metric.key not in metrics]  # a CSV export
    new_metrics.extend(defined)
    metrics.update({metric.key: metric for metric in defined})
    mapping = h.suggest_mapping(table.headers, vocab)
    preset = preset or batches.find_preset(store, layout_key=h.layout_key(table.headers))
    if preset:
        known = {h.normalize_header(x) for x in table.headers}
        usable = {header: fld for header, fld in preset.mapping.items() if h.normalize_header(header) in known}
        mapping = import_mapping.apply_mapping(table.headers, [h.IGNORE] * len(mapping), usable, table.sheet)
    mapping = skip_bookkeeping(table.sheet, table.headers, mapping)  # a corrected error workbook
    mapping = import_mapping.apply_mapping(table.headers, mapping, options.overrides, table.sheet)
    table.headers += [""] * (len(mapping) - len(table.headers))
    return table, mapping, preset, metrics, new_metrics, vocab


def inspect_file(store: Store, path: Path | str, options: ImportOptions | None = None,
                 samples: int = 3) -> FileLayout:
    """The header row, suggested mapping and first rows of ``path``, without reading it all."""
    options = options or ImportOptions()
    if options.sheet == ALL_SHEETS:
        options = ImportOptions(None, options.preset, options.overrides)
    table, mapping, preset, _metrics, _new, _vocab = _prepare(store, Path(path), options, fallback=True)
    rows = []
    for _number, cells in table.rows:
        if cells:
            rows.append(cells)
        if len(rows) >= samples:
            break
    return FileLayout(table.sheet, table.sheets, table.header_row, table.headers, mapping, rows,
                      preset.name if preset else None, table.recognised)


def preview_import(store: Store, path: Path | str, options: ImportOptions | None = None, *,
                   progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportPreview:
    """Read and check ``path`` against the store; raises ImpactError for unusable files or mappings."""
    options = options or ImportOptions()
    path = Path(path)
    settings = load_settings(store)
    every_sheet = options.sheet == ALL_SHEETS
    if every_sheet:
        options = ImportOptions(None, options.preset, options.overrides)
    chosen_sheet = options.sheet
    table, mapping, preset, metrics, new_metrics, vocab = _prepare(store, path, options)
    import_mapping.check_mapping(mapping, table.sheet)
    same, other = _other_sheets(path, table, vocab) if chosen_sheet is None else ([], [])
    own_export = bool(same) and METRICS_SHEET in table.sheets and h.ENTRY_ID in mapping
    tables = [table, *(same if every_sheet or own_export else [])]
    notes = _sheet_notes(table, same, other, every_sheet or own_export) if chosen_sheet is None else []
    preview = ImportPreview(
        path=path, sha256=file_sha256(path), sheet=", ".join(t.sheet for t in tables), sheets=table.sheets,
        header_row=table.header_row,
        headers=table.headers, mapping=mapping, layout="long" if h.METRIC in mapping else "wide",
        engine=table.engine, preset_name=preset.name if preset else None, batch_id=str(uuid.uuid4()),
        snapshot=CatalogSnapshot.load(store), new_metrics=new_metrics, notes=notes,
        fiscal_start_month=settings.fiscal_start_month,
    )
    rates = plan_rates(store, path)
    preview.new_rates, preview.rate_notes, preview.rates_file = rates.new, rates.notes, rates.source
    with gc_paused():
        for each in tables:
            _read_rows(preview, each, metrics, settings, progress, cancelled)
        _find_duplicates(store, preview, metrics)
    preview.snapshot = used_catalog(preview.snapshot, [draft for _id, draft in preview.pending] + [
        conflict.draft for conflict in preview.conflicts if conflict.kept == resolution.KEEP_FILE])
    # after used_catalog, so units and programs only a target names are kept
    targets = plan_targets(store, path, preview.snapshot, metrics)
    preview.new_targets, preview.target_notes, preview.targets_file = targets.new, targets.notes, targets.source
    return preview


def _other_sheets(path: Path, first: Table, vocab: dict[str, str]) -> tuple[list[Table], list[str]]:
    """The sheets after ``first`` with the same header layout (a per-metric export, monthly tabs…),
    and the names of those with a recognisable header of another layout."""
    wanted, same, other = h.layout_key(first.headers), [], []
    for name in first.sheets[first.sheets.index(first.sheet) + 1:]:
        if name in first.hidden_sheets or _own_sheet(path, name):
            continue
        try:
            table = open_table(path, vocab, name)
        except ImpactError:
            continue
        if h.layout_key(table.headers) == wanted:
            same.append(table)
        else:
            other.append(name)
    return same, other


def _own_sheet(path: Path, name: str) -> bool:
    """An export's Metrics, Rates or Targets sheet (read on their own, never entries)."""
    columns = _OWN_SHEETS.get(name)
    if columns is None:
        return False
    head = next(iter_sheet(path, name), (0, []))[1]
    return [str(cell) for cell in head[:len(columns)]] == [column.header for column in columns]


_OWN_SHEETS = {METRICS_SHEET: METRIC_COLUMNS, RATES_SHEET: RATE_COLUMNS, TARGETS_SHEET: TARGET_COLUMNS}


def _sheet_notes(first: Table, same: list[Table], other: list[str], read_same: bool) -> list[str]:
    """Never leave a sheet behind without a word: say which sheets were read and which were not."""
    notes = []
    names = ", ".join(f"'{table.sheet}'" for table in same)
    if same and read_same:
        notes.append(f"Read sheet '{first.sheet}' and the sheets with the same columns: {names}.")
    elif same:
        notes.append(f"Only sheet '{first.sheet}' was read. Sheets {names} have the same columns and were not "
                     "read; choose every sheet with the same columns (--sheet '*') to import them too.")
    for name in first.hidden_sheets:
        notes.append(f"Sheet '{name}' is hidden and was not read; choose it by name to import it (--sheet '{name}').")
    for name in other:
        notes.append(f"Sheet '{name}' has figures in other columns and was not read; import it on its own "
                     f"(--sheet '{name}').")
    return notes


def _read_rows(preview: ImportPreview, table: Table, metrics, settings, progress, cancelled) -> None:
    reader = RowReader(
        sheet=table.sheet, file_name=preview.file_name, headers=table.headers, mapping=preview.mapping,
        metrics=metrics, snapshot=preview.snapshot, metric_names=h.metric_lookup(metrics.values()),
        default_currency=settings.reporting_currency, fiscal_start_month=settings.fiscal_start_month,
        batch_id=preview.batch_id,
    )
    pending = preview.pending
    rows = table.rows
    if table.merged:
        labels = [i for i, name in enumerate(preview.mapping) if name in _LABEL_FIELDS]
        rows = fill_merged_down(rows, table.merged, labels)
    unreadable = _unreadable_cells(table, preview.mapping, reader)
    first_invalid = len(preview.invalid_rows)

    def take(number: int, cells: list) -> None:
        result = reader.read(number, cells)
        if unreadable and number in unreadable and result.kind != "total":
            found = unreadable[number]
            columns = {problem.column for problem in found}
            result = RowResult("invalid", problems=[*found, *(p for p in result.problems if p.column not in columns)])
        kind = result.kind
        if kind == "entries":
            pending.extend(result.drafts)
            if result.updated is not None:
                preview.file_updated.setdefault(result.drafts[0][0], result.updated)
        elif kind == "invalid":
            preview.invalid_rows.append((number, cells, result.problems))
            preview.problems.extend(result.problems)
        elif kind == "total":
            preview.skipped_total += 1
        elif kind == "empty":
            preview.skipped_empty += 1
        else:
            preview.skipped_blank += 1

    for count, (number, cells) in enumerate(rows, start=preview.rows_read + 1):
        if count % PROGRESS_EVERY == 0:
            if cancelled and cancelled():
                raise ImportCancelled()
            if progress:
                progress(count, 0, f"Checked {count:,} rows")
        take(number, cells)
        preview.rows_read = count
    if reader.ambiguous_rows and reader.slash_order:  # 11/2/2017 read again, now that 4/30/2017 told the order
        again = [row for row in preview.invalid_rows[first_invalid:] if row[0] in reader.ambiguous_rows]
        dropped = {id(problem) for _n, _c, problems in again for problem in problems}
        preview.invalid_rows[first_invalid:] = [row for row in preview.invalid_rows[first_invalid:]
                                                if row[0] not in reader.ambiguous_rows]
        preview.problems[:] = [problem for problem in preview.problems if id(problem) not in dropped]
        reader.forget_ambiguous_dates()
        for number, cells, _problems in again:
            take(number, cells)
    for index, (number, value) in sorted(reader.unmapped_values.items()):
        header = table.headers[index] if index < len(table.headers) else ""
        how = f'--map "{header}=FIELD"' if header else f'--map "#{index + 1}=FIELD"'
        problem = Problem(table.sheet, number, reader.column_name(index), str(value),
                          "This column has values but is not mapped, so they would be lost. Map it to a "
                          f"metric or field, or leave it out on purpose ({how}, FIELD a metric key or skip).")
        preview.column_problems.append(problem)
        preview.problems.append(problem)
        if index >= len(preview.headers):  # so the mapping step can offer the column too
            preview.headers += [""] * (index + 1 - len(preview.headers))


#: Columns whose merged cells are copied down to every row they span (never figures: they count once).
_LABEL_FIELDS = frozenset({h.BUSINESS_UNIT, h.PROGRAM, h.PERIOD, h.PERIOD_START, h.PERIOD_END, h.CHANNEL, h.CURRENCY,
                           h.UNIT, h.METRIC, h.INPUT_TYPE, h.MOTIVATION, h.FUNDING_SOURCE, h.NOTE})


def _unreadable_cells(table: Table, mapping: list[str], reader: RowReader) -> dict[int, list[Problem]]:
    """Row → problems for cells a reader returns as empty although they are not: a formula
    saved without its calculated value, or an Excel error such as #REF!."""
    found: dict[int, list[Problem]] = {}
    cells = [(cell, text, "formula") for cell, text in table.uncached_formulas.items()]
    cells += [(cell, text, "error") for cell, text in table.error_cells.items()]
    for (row, column), text, kind in sorted(cells):
        if column < len(mapping) and mapping[column] == h.SKIP:
            continue
        reason = (f"The cell holds the formula {text} but no calculated value (the file was saved by a program "
                  "that does not calculate formulas); open it in Excel or LibreOffice, save it and import again."
                  if kind == "formula" else
                  f"The cell shows the spreadsheet error {text}; correct the formula or clear the cell.")
        found.setdefault(row, []).append(Problem(table.sheet, row, reader.column_name(column), text, reason))
    return found


def _find_duplicates(store: Store, preview: ImportPreview, metrics: dict[str, Metric]) -> None:
    """Sort the figures read into duplicates, conflicts, corrections and new ones.

    Two look-ups, not one per row: the ids the file carries, and the live entries on the
    file's (metric, end date) pairs, which answers both "already stored" and "corrects a
    stored figure". A row with the id of an entry deleted here is a conflict (the
    deletion stands unless the file's version is newer), or a duplicate when another
    live entry holds the same figure; it is never stored again under a new id.
    """
    pending = preview.pending
    with_ids = [entry_id for entry_id, _ in pending if entry_id]
    live_ids = batches.find_entry_ids(store, with_ids) if with_ids else {}
    live = [entry_id for entry_id, is_live in live_ids.items() if is_live]
    versions = import_conflicts.live_versions(store, live) if live else {}
    gone = [entry_id for entry_id, is_live in live_ids.items() if not is_live]
    versions.update(import_conflicts.deleted_versions(store, gone) if gone else {})
    days: dict[str, set[str]] = {}
    for key, end in {(draft.metric_key, draft.period.iso[1]) for _, draft in pending}:
        days.setdefault(key, set()).add(end)
    figures = batches.find_live_figures(store, days)
    stored = figures.fingerprints
    names: list[resolution.Names] = []

    def names_for() -> resolution.Names:
        if not names:
            names.append(resolution.Names(store, preview.snapshot, {k: m.name for k, m in metrics.items()},
                                          preview.fiscal_start_month))
        return names[0]

    seen: dict[str, EntryDraft] = {}
    seen_ids: dict[str, EntryDraft] = {}
    kept: list[tuple[str | None, EntryDraft]] = []
    for pair in pending:
        entry_id, draft = pair
        fingerprint = draft.fingerprint
        if entry_id or fingerprint in stored or fingerprint in seen:
            version = versions.get(entry_id) if entry_id and entry_id not in seen_ids else None
            revived = version is not None and version["deleted_at"] and fingerprint not in stored
            if version is not None and (revived or (not version["deleted_at"] and resolution.differs(version, draft))):
                seen_ids[entry_id] = draft
                preview.conflicts.append(resolution.make_conflict(
                    draft, entry_id, version, preview.file_updated.get(entry_id), names_for()))
                continue
            reason = _duplicate_reason(entry_id, fingerprint, live_ids, seen_ids, stored, seen)
            if reason:
                name = metrics[draft.metric_key].name
                preview.duplicates.append(DuplicateRow(draft.source_sheet or "", draft.source_row or 0, name, reason))
                if entry_id:
                    seen_ids.setdefault(entry_id, draft)
                continue
            if entry_id:
                seen_ids[entry_id] = draft
        seen[fingerprint] = draft
        kept.append(pair)
    preview.corrections = resolution.find_corrections(pending, kept, figures, names_for)
    preview.pending = kept
    preview.new_count = len(kept)


def _duplicate_reason(entry_id, fingerprint, live_ids, seen_ids, stored, seen) -> str | None:
    if entry_id and live_ids.get(entry_id):
        return f"Entry id {entry_id[:8]}… is already in the store (the row comes from an Impact Desktop export)."
    if entry_id and entry_id in seen_ids:
        first = seen_ids[entry_id]
        return f"Repeats the entry id of sheet {first.source_sheet} row {first.source_row or 0}."
    if fingerprint in stored:
        return _stored_reason(stored[fingerprint])
    if fingerprint in seen:
        first = seen[fingerprint]
        return (f"Repeats sheet {first.source_sheet} row {first.source_row or 0} "
                "(same program, metric, period and value).")
    return None


def _stored_reason(found: tuple) -> str:
    entry_id, source_file, source_row, origin = found
    where = {"form": "typed in a form", "demo": "from the demo data", "merge": "merged from another machine"}
    if origin == "import" and source_file:
        where_text = f"imported from {source_file}" + (f" row {source_row}" if source_row else "")
    else:
        where_text = where.get(origin, origin)
    return (f"Same program, metric, period, value, currency and channel as entry {entry_id[:8]}… "
            f"already in the store ({where_text}).")

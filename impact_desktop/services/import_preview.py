"""Read → map → validate → recognise duplicates: everything an import does before writing.

The result, :class:`ImportPreview`, is what the wizard's preview page and ``import
--dry-run`` show, and what :func:`impact_desktop.services.importing.commit_import`
writes. Nothing here changes the store.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from impact_desktop.core.bulk import gc_paused
from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.texts import translate
from impact_desktop.io import headers as h
from impact_desktop.io.merged import fill_merged_down
from impact_desktop.io.reading import Table, open_table
from impact_desktop.io.source import Source
from impact_desktop.services import import_mapping
from impact_desktop.services import import_resolution as resolution
from impact_desktop.services.error_workbook import skip_bookkeeping
from impact_desktop.services.import_catalog import (
    CatalogSnapshot,
    used_catalog,
)
from impact_desktop.services.import_duplicates import find_duplicates
from impact_desktop.services.import_figures import as_written, held_back_notes
from impact_desktop.services.import_hierarchy import plan_hierarchy, units_sidecar_path
from impact_desktop.services.import_metrics import (
    METRICS_SHEET,
    read_column_definitions,
    read_metric_definitions,
)
from impact_desktop.services.import_names import clash_notes, link_names, read_names
from impact_desktop.services.import_plan import ImportOptions, ImportPreview
from impact_desktop.services.import_rates import plan_rates, sidecar_path
from impact_desktop.services.import_rows import Problem, RowReader, RowResult, shown
from impact_desktop.services.import_sheets import other_sheets, sheet_notes, slow_reading_note
from impact_desktop.services.import_targets import plan_targets, targets_sidecar_path
from impact_desktop.storage import alternative_names, catalog
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


class NothingToImport(ImpactError):
    """A file with a header and no figure below it: an empty import batch would only clutter the history."""

    def __init__(self, preview: ImportPreview) -> None:
        super().__init__(f"{preview.file_name}: sheet {preview.sheet} has no figures below its header "
                         f"(row {preview.header_row}); nothing was imported.")


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


def metric_alternatives(store: Store) -> dict[str, list[str]]:
    """Metric key → the metric's alternative names: headers and metric cells may use any of them."""
    keys = {metric.id: metric.key for metric in catalog.list_metrics(store)}
    return {keys[target]: found for target, found in alternative_names.alternatives_by_target(store, "metric").items()
            if target in keys}


def _prepare(store: Store, source: Source, options: ImportOptions, fallback: bool = False):
    metrics = {metric.key: metric for metric in catalog.list_metrics(store)}
    new_metrics = [metric for metric in read_metric_definitions(source) if metric.key not in metrics]
    metrics.update({metric.key: metric for metric in new_metrics})
    vocab = h.vocabulary(metrics.values(), metric_alternatives(store))
    preset = batches.find_preset(store, name=options.preset) if options.preset else None
    if options.preset and preset is None:
        raise ImpactError(translate("ImportProblem", "There is no mapping preset named '{0}'.").format(options.preset))
    for saved in batches.list_presets(store):  # so a saved layout's header row is recognised
        for header, fld in saved.mapping.items():
            vocab.setdefault(h.normalize_header(header), fld)
    for chosen in ([preset.mapping] if preset else []) + [options.overrides]:
        vocab.update({h.normalize_header(header): fld for header, fld in chosen.items() if fld})
    table = open_table(source, vocab, options.sheet, fallback=fallback, scan_ahead=not fallback)  # inspect: header
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
        options = dataclasses.replace(options, sheet=None)
    with Source(path) as source:
        table, mapping, preset, _metrics, _new, _vocab = _prepare(store, source, options, fallback=True)
        rows = []
        for _number, cells in table.rows:
            if cells:
                rows.append(cells)
            if len(rows) >= samples:
                break
    return FileLayout(table.sheet, table.sheets, table.header_row, table.headers, mapping, rows,
                      preset.name if preset else None, table.recognised)


def store_state(store: Store) -> tuple[str, int]:
    """Which store, and how many writes it has seen: equal states mean equal contents."""
    return store.device_id, store.generation()


def preview_import(store: Store, path: Path | str, options: ImportOptions | None = None, *,
                   progress: Progress | None = None, cancelled: Cancelled | None = None,
                   batch_id: str | None = None, announce: Callable[[str], None] | None = None) -> ImportPreview:
    """Read and check ``path`` against the store; raises ImpactError for unusable files or mappings.

    The file is opened once, as a :class:`~impact_desktop.io.source.Source` handed to every
    planner. ``announce`` hears, before the rows are read, that a workbook is too large
    for the fast reader (minutes to wait).
    """
    with Source(path) as source:
        if announce is not None:
            slow = slow_reading_note(source)
            if slow:
                announce(slow)
        return _preview(store, source, options or ImportOptions(), progress, cancelled, batch_id)


def _preview(store: Store, source: Source, options: ImportOptions, progress: Progress | None,
             cancelled: Cancelled | None, batch_id: str | None) -> ImportPreview:
    chosen_options, state = options, store_state(store)  # the state before reading anything
    path = source.path
    settings = load_settings(store)
    every_sheet = options.sheet == ALL_SHEETS
    if every_sheet:
        options = dataclasses.replace(options, sheet=None)
    chosen_sheet = options.sheet
    table, mapping, preset, metrics, new_metrics, vocab = _prepare(store, source, options)
    import_mapping.check_mapping(mapping, table.sheet)
    same, other = other_sheets(source, table, vocab) if chosen_sheet is None else ([], [])
    own_export = bool(same) and METRICS_SHEET in table.sheets and h.ENTRY_ID in mapping
    tables = [table, *(same if every_sheet or own_export else [])]
    notes = sheet_notes(table, same, other, every_sheet or own_export) if chosen_sheet is None else []
    preview = ImportPreview(
        path=path, sha256=source.sha256, sheet=", ".join(t.sheet for t in tables), sheets=table.sheets,
        header_row=table.header_row,
        headers=table.headers, mapping=mapping, layout="long" if h.METRIC in mapping else "wide",
        engine=table.engine, preset_name=preset.name if preset else None, batch_id=batch_id or str(uuid.uuid4()),
        snapshot=CatalogSnapshot.load(store, options.same), new_metrics=new_metrics, notes=notes,
        fiscal_start_month=settings.fiscal_start_month, options=chosen_options, store_state=state,
    )
    preview.metric_alternatives = metric_alternatives(store)
    preview.file_names, name_notes = read_names(source)
    link_names(preview.snapshot, preview.file_names)
    preview.notes.extend(name_notes)
    rates = plan_rates(store, source)
    preview.new_rates, preview.rate_notes, preview.rates_file = rates.new, rates.notes, rates.source
    with gc_paused():
        for each in tables:
            _read_rows(preview, each, metrics, settings, progress, cancelled, options.audience)
        preview.read = preview.pending  # find_duplicates keeps a selection of it, sharing its storage
        find_duplicates(store, preview, metrics)
    preview.snapshot = used_catalog(preview.snapshot, preview.pending, winning_conflicts(preview))
    # after used_catalog, so units and programs only a target names are kept
    targets = plan_targets(store, source, preview.snapshot, metrics)
    preview.new_targets, preview.target_notes, preview.targets_file = targets.new, targets.notes, targets.source
    preview.notes.extend(plan_hierarchy(source, preview.snapshot))  # after the targets: they may name new units
    if preview.file_names:
        preview.notes.extend(clash_notes(store, preview.snapshot, preview.file_names))
    preview.notes.extend(held_back_notes(store, preview))
    if path.suffix.lower() == ".csv" and h.ENTRY_ID in mapping:  # our export: say so when its sidecars are missing
        _missing_sidecars(preview, settings.reporting_currency)
    return preview


def winning_conflicts(preview: ImportPreview) -> list[EntryDraft]:
    """The drafts of conflicts the file's version wins: written too, so their names are created."""
    return [conflict.draft for conflict in preview.conflicts if conflict.kept == resolution.KEEP_FILE]


def _missing_sidecars(preview: ImportPreview, reporting: str) -> None:
    """An exported CSV whose rates, units or targets sidecar is not next to it: say what that means."""
    path = preview.path
    rates = sidecar_path(path)
    foreign = sorted(currency for currency in preview.pending.distinct("currency") if currency not in (None, reporting))
    if foreign and preview.rates_file is None and not rates.exists():
        preview.rate_notes.append(translate(
            "ImportNote", "No currency rates file ({rates_file}) was found next to {file}, and its figures include "
            "money in {currencies}: put that file next to it and import again, or add the rates to {reporting} on the "
            "Currency rates page.").format(rates_file=rates.name, file=path.name, currencies=", ".join(foreign),
                                           reporting=reporting))
    units = units_sidecar_path(path)
    nested = preview.snapshot is not None and any(parent for _name, parent in preview.snapshot.file_parents.values())
    if nested and not units.exists():
        preview.notes.append(translate(
            "ImportNote", "No business units file ({units_file}) was found next to {file}, and its rows place units "
            "under others: units without entries of their own may be missing from the tree; put that file next to it "
            "and import again.").format(units_file=units.name, file=path.name))
    targets = targets_sidecar_path(path)
    if preview.targets_file is None and not targets.exists():
        preview.target_notes.append(translate(
            "ImportNote", "No targets file ({targets_file}) was found next to {file}; if its export had targets, put "
            "that file next to it and import again.").format(targets_file=targets.name, file=path.name))


def _read_rows(preview: ImportPreview, table: Table, metrics, settings, progress, cancelled,
               audience: str = "cli") -> None:
    reader = RowReader(
        sheet=table.sheet, file_name=preview.file_name, headers=table.headers, mapping=preview.mapping,
        metrics=metrics, snapshot=preview.snapshot,
        metric_names=h.metric_lookup(metrics.values(), preview.metric_alternatives),
        default_currency=settings.reporting_currency, fiscal_start_month=settings.fiscal_start_month,
        batch_id=preview.batch_id,
    )
    pending, figure_columns, written = preview.pending, preview.figure_columns, preview.written
    preview.sheet_headers[table.sheet] = table.headers
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
            position = len(figure_columns)  # appended with pending, figure for figure; a C length, not a method
            pending.extend(result.drafts)
            for (_id, draft), (col, cell) in zip(result.drafts, result.written, strict=True):
                figure_columns.append(col)
                if not _plain(cell, draft):
                    written[position] = cell
                position += 1
            if result.updated is not None:
                preview.file_updated.setdefault(result.drafts[0][0], result.updated)
        elif kind == "invalid":
            if result.drafts:
                preview.held_back.extend([(draft, col, cell)
                                          for draft, (col, cell) in zip(result.drafts, result.written, strict=True)])
            preview.invalid_rows.append((number, cells, result.problems))
            preview.problems.extend(result.problems)
        elif kind == "total":
            preview.total_rows.append((table.sheet, number, next((str(c) for c in cells if c is not None), "")))
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
    unmapped = sorted(reader.unmapped_values.items())
    for index, (number, value) in unmapped[:LISTED_UNMAPPED_COLUMNS]:
        header = table.headers[index] if index < len(table.headers) else ""
        if audience == "gui":  # the wizard's words: no command-line syntax
            reason = translate(
                "ImportProblem", "This column has values but is not mapped, so they would be lost. Go Back and choose "
                "its field in the column mapping table (a metric or a field), or “Leave out this column” on purpose.")
        else:
            how = f'--map "{header}=FIELD"' if header else f'--map "#{index + 1}=FIELD"'
            reason = translate(
                "ImportProblem", "This column has values but is not mapped, so they would be lost. Map it to a metric "
                "or field, or leave it out on purpose ({how}, FIELD a metric key or skip).").format(how=how)
        problem = Problem(table.sheet, number, reader.column_name(index), str(value), reason)
        preview.column_problems.append(problem)
        preview.problems.append(problem)
        if index >= len(preview.headers):  # so the mapping step can offer the column too
            preview.headers += [""] * (index + 1 - len(preview.headers))
    rest = unmapped[LISTED_UNMAPPED_COLUMNS:]
    if rest:  # 16,384 columns of junk: ten named, the rest counted, never one line each
        first, last = reader.column_name(rest[0][0]), reader.column_name(rest[-1][0])
        bare = translate("ImportProblem", "column {letters}").format(letters="")  # "XFD", not "column XFD"
        first, last = first.removeprefix(bare), last.removeprefix(bare)
        span = f"{first} … {last}"
        problem = Problem(table.sheet, min(number for _i, (number, _v) in rest), span,
                          shown(rest[0][1][1]), (translate(
            "ImportProblem", "1 more column ({first}) has values but is not mapped; delete it from the file, or map "
            "it.") if len(rest) == 1 else translate(
            "ImportProblem", "{count} more columns ({first} … {last}) have values but are not mapped; delete them "
            "from the file, or map them.")).format(count=f"{len(rest):,}", first=first, last=last))
        preview.column_problems.append(problem)
        preview.problems.append(problem)


#: Unmapped columns named one by one in a preview; the others are counted in one more line.
LISTED_UNMAPPED_COLUMNS = 10


def _plain(cell: object, draft: EntryDraft) -> bool:
    """Whether ``cell`` is just the number stored (then the figure's value says what was written).

    Text that reads exactly as the value is shown ("48500.50", every figure of a plain CSV)
    counts too: keeping every such string took about 120 bytes a figure, 240 MB for a
    2,000,000-row CSV.
    """
    kind = cell.__class__
    if kind is str:
        value = draft.value
        if value.__class__ is Decimal and cell == str(value):
            # str() costs a third of as_written, and says the same unless it wrote an exponent (1E+3, said
            # "1000") or a whole number's zero decimals (247.00, said "247")
            return "E" not in cell and ("." not in cell or cell.rstrip("0")[-1] != ".")
        return cell == as_written(value)
    return (kind is int or kind is float) and cell == draft.value


#: Columns whose merged cells are copied down to every row they span (never figures: they count once).
_LABEL_FIELDS = frozenset({h.BUSINESS_UNIT, h.PROGRAM, h.PERIOD, h.PERIOD_START, h.PERIOD_END, h.CHANNEL, h.CURRENCY,
                           h.UNIT, h.METRIC, h.INPUT_TYPE, h.MOTIVATION, h.FUNDING_SOURCE, h.NOTE,
                           h.PARENT_UNIT})


def _unreadable_cells(table: Table, mapping: list[str], reader: RowReader) -> dict[int, list[Problem]]:
    """Row → problems for cells a reader returns as empty although they are not: a formula
    saved without its calculated value, or an Excel error such as #REF!."""
    found: dict[int, list[Problem]] = {}
    cells = [(cell, text, "formula") for cell, text in table.uncached_formulas.items()]
    cells += [(cell, text, "error") for cell, text in table.error_cells.items()]
    for (row, column), text, kind in sorted(cells):
        if column < len(mapping) and mapping[column] == h.SKIP:
            continue
        reason = (translate("ImportProblem", "The cell holds the formula {formula} but no calculated value (the file "
                            "was saved by a program that does not calculate formulas); open it in Excel or "
                            "LibreOffice, save it and import again.").format(formula=text)
                  if kind == "formula" else
                  translate("ImportProblem", "The cell shows the spreadsheet error {error}; correct the formula or "
                            "clear the cell.").format(error=text))
        found.setdefault(row, []).append(Problem(table.sheet, row, reader.column_name(column), text, reason))
    return found

"""``impact-desktop import FILE`` and ``impact-desktop imports list|undo``.

Exit 0 on success; 1 when the file or a row is refused, with every problem on stderr
(one line each: sheet, row, column, value, reason) and nothing written. A file that
corrects stored imported figures is refused the same way until ``--corrections`` says
what to do with them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
import tempfile
from pathlib import Path

import click

from impact_desktop.cli.base import EXIT_USER_ERROR, cli, database_path, db_option, opened_store, user_errors
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.texts import translate
from impact_desktop.core.wording import counted
from impact_desktop.services import import_batches, name_suggestions
from impact_desktop.services.catalog_names import parse_same
from impact_desktop.services.import_created import (
    BUSINESS_UNITS,
    CHANNELS,
    METRICS,
    PROGRAMS,
    RATES,
    TARGETS,
    created,
    side_files,
)
from impact_desktop.services.import_figures import PreviewFigures
from impact_desktop.services.import_mapping import parse_overrides
from impact_desktop.services.import_preview import store_state
from impact_desktop.services.import_undo import undo_import
from impact_desktop.services.importing import (
    CORRECTION_CHOICES,
    ImportOptions,
    ImportRefused,
    NothingToImport,
    commit_import,
    preview_import,
)
from impact_desktop.services.session import open_database


@cli.command("import")
@click.argument("file")
@db_option
@click.option("--sheet", metavar="NAME", help="Sheet to read (default: the first with a recognisable header); "
              "'*' reads every sheet with the same columns as the first (e.g. a per-metric export).")
@click.option("--preset", metavar="NAME", help="Apply this saved column mapping.")
@click.option("--map", "maps", multiple=True, metavar='"Header=field"',
              help="Map a column yourself (repeatable; '#6' names a column without a header): field is program, "
                   "business_unit, period, period_start, period_end, channel, currency, unit, note, metric, value, "
                   "id, a metric key such as donations, or skip to leave the column out.")
@click.option("--save-preset", metavar="NAME", help="Save the mapping used under this name.")
@click.option("--dry-run", is_flag=True, help="Check and count only; write nothing.")
@click.option("--skip-invalid", is_flag=True,
              help="Import the valid rows and write the rejected ones to FILE.errors.xlsx.")
@click.option("--corrections", type=click.Choice(CORRECTION_CHOICES),
              help="What to do with figures that correct stored imported ones (same program, metric, period, "
                   "channel and currency, another value): replace the stored ones, add them as new figures, or "
                   "skip those rows. Required when the file has corrections.")
@click.option("--same", "same", multiple=True, metavar='"NAME=EXISTING"',
              help="A business unit, program or channel of the file is one this store has under another name "
                   '(repeatable): --same "菜鸟网络=Cainiao"; a program may be written Unit/Program. The file\'s '
                   "name is kept as an alternative name (undoing the import removes it).")
@click.option("--show", "show", type=click.IntRange(min=0), default=0, metavar="N",
              help="List the first N figures: the cell as written and the value as it will be stored.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object (with --dry-run, "
              "'entries' lists every figure).")
@click.pass_context
@user_errors
def import_command(ctx, file, db_path, sheet, preset, maps, save_preset, dry_run, skip_invalid, corrections,
                   same, show, as_json) -> None:
    """Import a spreadsheet (.xlsx, .xlsm or .csv) of figures."""
    if save_preset is not None and not save_preset.strip():  # refused now, not after the import is written
        raise ValidationError(translate("ImportHistory", "A mapping preset needs a name."), "name")
    target = database_path(ctx, db_path)
    fresh = not target.exists() or target.stat().st_size == 0  # checked against an empty store; made only to write
    with _store_for(ctx, db_path, fresh, dry_run) as store:
        metrics = {metric.key: metric for metric in import_batches.metrics(store)}
        options = ImportOptions(sheet=sheet, preset=preset, overrides=parse_overrides(list(maps), metrics),
                                same=parse_same(store, list(same)))
        preview = preview_import(store, file, options, announce=lambda note: click.echo(f"note: {note}", err=True))
        new_names = name_suggestions.new_names(store, preview.snapshot)
        figures = PreviewFigures(store, preview) if show or (as_json and dry_run) else None
        for note in preview.notes:
            click.echo(f"note: {note}", err=True)
        if preview.column_problems or (preview.invalid_count and not skip_invalid):
            for problem in preview.problems[:LISTED_PROBLEMS]:
                click.echo(problem.line(), err=True)
            if len(preview.problems) > LISTED_PROBLEMS:  # 50,000 rows of junk: a screenful, then a count
                more = len(preview.problems) - LISTED_PROBLEMS
                click.echo(f"… and {counted(more, 'more problem', 'more problems')} (--json lists them "
                           "all; --skip-invalid writes the rejected rows to an error workbook).", err=True)
            click.echo(f"error: {ImportRefused(preview)}", err=True)
            if as_json:
                click.echo(json.dumps(_report(preview, None, dry_run, new_names, figures), ensure_ascii=False,
                                      indent=2))
            sys.exit(EXIT_USER_ERROR)
        if preview.corrections and corrections is None and not dry_run:
            for correction in preview.corrections:
                click.echo(f"{correction.line()} Use --corrections replace, add or skip.", err=True)
            if as_json:
                click.echo(json.dumps(_report(preview, None, dry_run, new_names, figures), ensure_ascii=False,
                                      indent=2))
            sys.exit(EXIT_USER_ERROR)
        if preview.has_no_figures:  # a dry run says so too: it and the import agree
            click.echo(f"error: {NothingToImport(preview)}", err=True)
            if as_json:
                click.echo(json.dumps(_report(preview, None, dry_run), ensure_ascii=False, indent=2))
            sys.exit(EXIT_USER_ERROR)
        result = None
        if not dry_run:
            result = _commit(store if not fresh else None, target, preview, skip_invalid, corrections, save_preset)
            if result.preview is not None and result.preview is not preview:
                # Checked again under the write lock (the store changed meanwhile, e.g. another process
                # imported the same file): report what was written, not what the first look found.
                preview = result.preview
                new_names = name_suggestions.new_names(store, preview.snapshot) if not fresh else ()
                figures = PreviewFigures(store, preview) if figures is not None and not fresh else None
    if as_json:
        click.echo(json.dumps(_report(preview, result, dry_run, new_names, figures), ensure_ascii=False, indent=2))
        return
    for problem in preview.problems:
        click.echo(f"skipped: {problem.line()}", err=True)
    click.echo(_summary_text(preview, result, dry_run, corrections, new_names, figures, show))


#: Problems printed one per line before a refused import's last line; the rest are counted.
LISTED_PROBLEMS = 50


@contextlib.contextmanager
def _store_for(ctx, db_path, fresh: bool, dry_run: bool):
    """The store to check the file against. For a database that does not exist yet it is a
    throw-away empty one, so a refused file or a dry run never creates the database file."""
    if not fresh:
        with opened_store(ctx, db_path, create=True, write=not dry_run) as store:
            yield store
        return
    with tempfile.TemporaryDirectory(prefix="impact-check-") as folder:
        store = open_database(Path(folder) / "empty.db", create=True)
        try:
            yield store
        finally:
            store.close()


def _commit(store, target: Path, preview, skip_invalid: bool, corrections, save_preset: str | None):
    """Write the previewed import into ``store``, or into a new database at ``target``."""
    own = store is None
    if preview.has_no_figures:  # before a new database file is made for it
        raise NothingToImport(preview)
    if own:
        made_here = not target.exists() or target.stat().st_size == 0
        store = open_database(target, create=True)
        if made_here and preview.store_state and store.generation() == preview.store_state[1]:
            # The preview was checked against a throw-away store made the same way, and this new one
            # has seen no other write: its contents are the same, so the file need not be read again.
            preview = dataclasses.replace(preview, store_state=store_state(store))
    try:
        result = commit_import(store, preview, skip_invalid=skip_invalid, corrections=corrections)
        if save_preset:
            import_batches.save_preset(store, save_preset, _layout(preview), preview.mapping_dict())
        return result
    finally:
        if own:
            store.close()


def _layout(preview) -> str:
    from impact_desktop.io.headers import layout_key

    return layout_key(preview.headers)


def _report(preview, result, dry_run: bool, new_names=(), figures: PreviewFigures | None = None) -> dict:
    report = {
        "file": preview.file_name, "sheet": preview.sheet, "header_row": preview.header_row,
        "layout": preview.layout, "mapping": preview.mapping_dict(), "preset": preview.preset_name,
        "dry_run": dry_run, "written": result is not None, "batch_id": result.batch_id if result else None,
        "counts": preview.counts(result.corrections if result else None),
        "total_rows": [{"sheet": sheet, "row": row, "label": label} for sheet, row, label in preview.total_rows],
        "skipped": {"blank": preview.skipped_blank, "total": preview.skipped_total,
                    "no_figures": preview.skipped_empty},
        "new_business_units": preview.new_business_units, "new_programs": preview.new_programs,
        "new_channels": preview.new_channels, "new_metrics": [m.key for m in preview.new_metrics],
        "new_rates": [{"from": r.from_currency, "to": r.to_currency, "period": r.period.label(),
                       "start": r.period.start.isoformat(), "end": r.period.end.isoformat(), "rate": str(r.rate)}
                      for r in preview.new_rates],
        "rates_file": preview.rates_file.name if preview.rates_file else None,
        "rate_notes": preview.rate_notes,
        "new_targets": [_target_json(planned, preview.fiscal_start_month) for planned in preview.new_targets],
        "targets_file": preview.targets_file.name if preview.targets_file else None,
        "target_notes": preview.target_notes,
        "invalid": [vars(problem) for problem in preview.problems],
        "unmapped_columns": [vars(problem) for problem in preview.column_problems], "notes": preview.notes,
        "duplicates": [vars(duplicate) for duplicate in preview.duplicates],
        "conflicts": [_conflict_json(conflict) for conflict in preview.conflicts],
        "corrections": [_correction_json(correction) for correction in preview.corrections],
        "corrections_choice": result.corrections if result else None,
        "error_file": str(result.error_file) if result and result.error_file else None,
        "new_names": [_new_name_json(new) for new in new_names],
        "alternative_names_recorded": [{"kind": kind, "name": name} for (kind, _target, _key), name
                                       in (preview.snapshot.new_aliases.items() if preview.snapshot else ())],
    }
    if figures is not None and dry_run:
        report["entries"] = [figures.record(index) for index in range(len(figures))]
    return report


def _new_name_json(new) -> dict:
    return {"kind": new.kind, "name": new.name, "business_unit": new.unit or None,
            "suggestions": [{"name": s.name, "label": s.label, "score": s.score, "same": _same_text(new, s)}
                            for s in new.suggestions]}


def _same_text(new, suggestion) -> str:
    """The --same value that ties ``new`` to ``suggestion``."""
    if new.kind == "program":
        existing = suggestion.label.split(" (")[0].replace(" / ", "/")
        return f"{new.unit}/{new.name}={existing}"
    return f"{new.name}={suggestion.name}"


def _target_json(planned, fiscal_start: int) -> dict:
    target = planned.target
    return {"business_unit": planned.unit or None, "program": planned.program or None, "metric": target.metric_key,
            "period": target.period.label(fiscal_start), "start": target.period.start.isoformat(),
            "end": target.period.end.isoformat(), "target": str(target.value), "currency": target.currency}


def _conflict_json(conflict) -> dict:
    return {"sheet": conflict.sheet, "row": conflict.row, "entry_id": conflict.entry_id, "metric": conflict.metric,
            "figure": conflict.label, "stored_value": conflict.stored_value, "file_value": conflict.file_value,
            "differences": conflict.differences, "file_updated": conflict.file_updated,
            "stored_updated": conflict.stored["updated_at"], "kept": conflict.kept, "reason": conflict.reason}


def _correction_json(correction) -> dict:
    return {"sheet": correction.sheet, "rows": correction.rows, "figure": correction.label,
            "metric": correction.metric, "stored_value": correction.stored_value,
            "file_value": correction.file_value, "stored_from": correction.where(),
            "stored_entry_ids": correction.stored_ids}


def _summary_text(preview, result, dry_run: bool, corrections: str | None = None, new_names=(),
                  figures: PreviewFigures | None = None, show: int = 0) -> str:
    counts = preview.counts(corrections)
    lines = [
        f"{preview.file_name}, sheet {preview.sheet} (header on row {preview.header_row}, {preview.layout} layout"
        + (f", preset {preview.preset_name}" if preview.preset_name else "") + ")",
        f"  new entries: {counts['new']}   duplicates: {counts['duplicate']}   invalid rows: {counts['invalid']}"
        f"   skipped rows: {counts['skipped']} (blank {preview.skipped_blank}, totals {preview.skipped_total}, "
        f"no figures {preview.skipped_empty})",
    ]
    if preview.total_rows:
        shown = ", ".join(f"{sheet} row {row} ({label})" for sheet, row, label in preview.total_rows[:10])
        more = f" and {len(preview.total_rows) - 10} more" if len(preview.total_rows) > 10 else ""
        lines.append(f"  skipped as total rows: {shown}{more}")
    if counts["conflict"] or counts["correction"]:
        lines.append(f"  conflicts: {counts['conflict']}   corrections: {counts['correction']}"
                     + (f" ({_CHOSEN[corrections]})" if corrections and counts["correction"] else ""))
    for new in created(preview):
        lines.append(f"  {_CREATED_TEXT[new.kind]}: {_listed(new.names)}")
    for new in new_names:
        if new.suggestions:
            maybe = "; ".join(f'{s.label} (--same "{_same_text(new, s)}")' for s in new.suggestions)
            lines.append(f"  new {_KIND_TEXT[new.kind]} {new.label}: perhaps {maybe}")
    if preview.snapshot and preview.snapshot.new_aliases:
        lines.append("  alternative names recorded: " + ", ".join(
            f"{name} ({_KIND_TEXT[kind]})" for (kind, _t, _k), name in preview.snapshot.new_aliases.items()))
    for kind, name in side_files(preview):
        lines.append(f"  {_READ_FROM_TEXT[kind]} {name}")
    lines.extend(f"  note: {note}" for note in [*preview.rate_notes, *preview.target_notes])
    shown = preview.duplicates[:10]
    for duplicate in shown:
        lines.append(f"  duplicate: sheet {duplicate.sheet}, row {duplicate.row}, {duplicate.metric}: "
                     f"{duplicate.reason}")
    if len(preview.duplicates) > len(shown):
        lines.append(f"  … and {counted(len(preview.duplicates) - len(shown), 'more duplicate', 'more duplicates')}")
    for conflict in preview.conflicts:
        lines.append(f"  conflict: {conflict.line()}")
    for correction in preview.corrections:
        lines.append(f"  correction: {correction.line()}")
    if figures is not None and show:
        lines.append(f"  first {min(show, len(figures))} of {counted(len(figures), 'figure', 'figures')} "
                     "(as written → as stored):")
        lines.extend(f"    {figures.text_line(index)}" for index in range(min(show, len(figures))))
    if dry_run:
        lines.append("Dry run: nothing was written.")
    elif result:
        lines.append(f"Imported {counted(result.new_count, 'entry', 'entries')} as batch {result.batch_id[:8]}"
                     + (f" and added {counted(result.new_rate_count, 'currency rate', 'currency rates')}"
                        if result.new_rate_count else "")
                     + (f" and {counted(result.new_target_count, 'target', 'targets')}"
                        if result.new_target_count else "")
                     + (f"; changed or replaced {counted(result.changed_count, 'stored entry', 'stored entries')}"
                        if result.changed_count else "")
                     + (f"; rejected rows written to {result.error_file}" if result.error_file else "") + ".")
    return "\n".join(lines)


_CREATED_TEXT = {BUSINESS_UNITS: "new business units", PROGRAMS: "new programs", CHANNELS: "new channels",
                 METRICS: "new metrics", RATES: "new currency rates", TARGETS: "new targets"}
_READ_FROM_TEXT = {RATES: "currency rates read from", TARGETS: "targets read from"}
_KIND_TEXT = {"business_unit": "business unit", "program": "program", "channel": "channel", "metric": "metric"}
_CHOSEN = {"replace": "the file's figures replace the stored ones", "add": "added as new figures",
           "skip": "those rows left out"}


@cli.group("imports")
def imports_group() -> None:
    """List import batches or undo one."""


@imports_group.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array.")
@click.pass_context
@user_errors
def list_command(ctx, db_path, as_json) -> None:
    """Every import batch, newest first."""
    with opened_store(ctx, db_path, write=False) as store:
        rows = import_batches.list_batches(store)
    if as_json:
        click.echo(json.dumps([vars(batch) for batch in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("No imports yet.")
        return
    for batch in rows:
        state = f"undone {batch.undone_at[:16]}" if batch.undone_at else counted(batch.live_entries, "entry", "entries")
        click.echo(f"{batch.id[:8]}  {batch.imported_at[:16].replace('T', ' ')}  {batch.file_name} [{batch.sheet}]  "
                   f"new {batch.new_count}, dup {batch.duplicate_count}, invalid {batch.invalid_count}, "
                   f"skipped {batch.skipped_count}, conflicts {batch.conflict_count}, "
                   f"corrections {batch.correction_count}  {state}")


@imports_group.command("undo")
@click.argument("batch_id")
@db_option
@click.pass_context
@user_errors
def undo_command(ctx, batch_id, db_path) -> None:
    """Undo an import batch: its entries are removed (soft-deleted), the stored entries it changed or
    replaced are given back, and the business units, programs, channels and currency rates it created
    that nothing else uses are removed, in one step."""
    with opened_store(ctx, db_path) as store:
        undone = undo_import(store, batch_id).result
    batch = undone.batch
    targets = f" and {counted(undone.targets, 'target', 'targets')}" if undone.targets else ""
    given_back = (f", {counted(undone.given_back, 'stored entry', 'stored entries')} given back as "
                  f"{'it was' if undone.given_back == 1 else 'they were'}" if undone.given_back else "")
    click.echo(f"Undid import {batch.id[:8]} ({batch.file_name}): {counted(undone.removed, 'entry', 'entries')}"
               f"{targets} removed{given_back}"
               + "." + (f" Removed what imports had created and nothing uses now: {_listed(undone.catalog)}."
                        if undone.catalog else ""))


#: Names an import or an undo lists before it says how many more there are (a file of new programs can
#: create hundreds; ``--json`` lists them all).
LISTED_NAMES = 10


def _listed(names: list[str]) -> str:
    """The first :data:`LISTED_NAMES` names, and how many more."""
    if len(names) <= LISTED_NAMES:
        return ", ".join(names)
    return f"{', '.join(names[:LISTED_NAMES])} and {len(names) - LISTED_NAMES:,} more"

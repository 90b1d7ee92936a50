"""Targets that travel with an export, so the other store shows the same progress against them.

Without them a store that receives an export has every figure but no target, and its
summary differs ("targets": {}). An .xlsx export carries them on a "Targets" sheet; a CSV
holds one table only, so they go to a sidecar ``<stem>.targets.csv``, which the importer
picks up by itself (as the rates' ``<stem>.rates.csv``). A target belongs to a business
unit, to a program of a unit, or to the whole group (both cells empty); it is recognised
by that owner, its metric and its period. A target the store already has is left alone;
when its figure differs, the store's is kept and the preview says so. A unit or program
the store lacks is created with the import, like those of the entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from impact_desktop.core.amounts import parse_amount
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.money import normalize_currency
from impact_desktop.core.periods import Period, parse_period
from impact_desktop.core.texts import translate
from impact_desktop.io.headers import normalize_header
from impact_desktop.io.sheet_spec import Column
from impact_desktop.io.source import Source
from impact_desktop.services.import_catalog import CatalogSnapshot
from impact_desktop.services.side_tables import cell_day, read_side_table, sidecar_for
from impact_desktop.storage import catalog
from impact_desktop.storage.database import Store
from impact_desktop.storage.entries import EntryFilter
from impact_desktop.storage.settings import load_settings
from impact_desktop.storage.targets import Target, add_target, list_targets

TARGETS_SHEET = "Targets"
#: Period starts/ends make a fiscal year exact even where the fiscal year starts in another month.
TARGET_COLUMNS = (
    Column("ID", width=38, comment="Keeps the target's identity from store to store."),
    Column("Business unit", width=20, comment="Empty (with Program empty too) for a group-wide target."),
    Column("Program", width=30, comment="Empty for a target of the whole business unit."),
    Column("Metric key", width=20), Column("Period", width=12),
    Column("Period starts", "date", 13), Column("Period ends", "date", 13),
    Column("Target", "number", 18), Column("Currency", width=9), Column("Note", width=40),
)
_HEADER = [normalize_header(column.header) for column in TARGET_COLUMNS]
MAX_TARGETS = 100_000


def targets_sidecar_path(path: Path | str) -> Path:
    """``report.csv`` → ``report.targets.csv``: where a CSV export's targets go."""
    return sidecar_for(path, ".targets.csv")


def export_target_rows(store: Store, flt: EntryFilter, fiscal_start: int) -> list[list[object]]:
    """The store's targets as written, following the export's unit, metric and period filters.

    A filter on some business units keeps their targets and drops group-wide ones; the
    text and batch filters select entries only and leave the targets as they are.
    """
    units = {unit.id: unit.name for unit in catalog.list_business_units(store)}
    programs = {p.id: (p.business_unit_id, p.name) for p in catalog.list_programs(store)}
    chosen_units = set(flt.business_unit_ids)
    rows = []
    for target in list_targets(store):
        unit_id = programs[target.program_id][0] if target.program_id in programs else target.business_unit_id
        if target.program_id and target.program_id not in programs:
            continue  # its program was deleted: nowhere to show it
        if chosen_units and unit_id not in chosen_units:
            continue
        if flt.metric_keys and target.metric_key not in flt.metric_keys:
            continue
        if (flt.start and target.period.end < flt.start) or (flt.end and target.period.end > flt.end):
            continue
        program = programs[target.program_id][1] if target.program_id else ""
        rows.append([target.id, units.get(unit_id, "") if unit_id else "", program, target.metric_key,
                     target.period.label(fiscal_start), target.period.start, target.period.end, target.value,
                     target.currency or "", target.note])
    return rows


@dataclass(frozen=True)
class PlannedTarget:
    """A target to add, with the names it is shown by (its unit and program may be new)."""

    target: Target
    unit: str = ""
    program: str = ""

    def text(self, fiscal_start: int = 1) -> str:
        """``Cainiao / Green logistics: donations FY2018 1200000 CNY``: how the preview lists it."""
        owner = " / ".join(name for name in (self.unit, self.program) if name) or "group-wide"
        currency = f" {self.target.currency}" if self.target.currency else ""
        return (f"{owner}: {self.target.metric_key} {self.target.period.label(fiscal_start)} "
                f"{self.target.value}{currency}")


@dataclass
class TargetPlan:
    """What importing a file would do to the targets table."""

    new: list[PlannedTarget] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    source: Path | None = None


Key = tuple[str | None, str | None, str, dt.date, dt.date]


def _key(target: Target) -> Key:
    return target.business_unit_id, target.program_id, target.metric_key, target.period.start, target.period.end


def plan_targets(store: Store, file: Source, snapshot: CatalogSnapshot, metric_keys: Iterable[str]) -> TargetPlan:
    """The targets ``file`` (or its sidecar) carries that ``store`` lacks, and notes on the others.

    ``snapshot`` is the import's catalogue: a target's new unit or program is added to it,
    so the preview lists it and the import creates it. ``metric_keys`` are the metrics
    the store has once the import has created the file's.
    """
    try:
        source, rows = _target_rows(file)
    except ImpactError as exc:  # a damaged sidecar must not block the entries themselves
        return TargetPlan(notes=[translate("ImportNote", "no targets read: {0}").format(exc)])
    if source is None:
        return TargetPlan()
    fiscal_start = load_settings(store).fiscal_start_month
    known_metrics = set(metric_keys)
    have = {_key(target): target for target in list_targets(store)}
    plan = TargetPlan(source=source)
    for number, cells in rows:
        where = (translate("ImportNote", "{file}, row {row}").format(file=source.name, row=number)
                 if source.suffix.lower() == ".csv" else
                 translate(
                     "ImportNote", "{file}, sheet {sheet}, row {row}").format(file=source.name, sheet=TARGETS_SHEET,
                                                                           row=number))
        try:
            read = _read_target(cells, fiscal_start)
        except (ImpactError, ValueError, TypeError) as exc:
            plan.notes.append(translate(
                "ImportNote", "{where}: target not read ({reason})").format(where=where, reason=exc))
            continue
        if read is None:
            continue
        target, unit, program = read
        if target.metric_key not in known_metrics:
            plan.notes.append(translate(
                "ImportNote", "{where}: target not added: there is no metric '{metric}'").format(
                where=where, metric=target.metric_key))
            continue
        # Look the owner up without creating it: a unit or program the store lacks has no targets yet.
        ids = _owner_ids(snapshot, unit, program, create=False)
        found = bool(ids[0] or not unit) and bool(ids[1] or not program)
        known = have.get(_key(_placed(target, *ids))) if found else None
        if known is None:
            placed = _placed(target, *_owner_ids(snapshot, unit, program, create=True))
            have[_key(placed)] = placed
            plan.new.append(PlannedTarget(placed, unit, program))
        elif (known.value, known.currency) != (target.value, _currency_as_stored(known, target)):
            stored = f"{known.value}" + (f" {known.currency}" if known.currency else "")
            plan.notes.append(translate(
                "ImportNote", "{where}: target {target} not added: the store already has {stored} for "
                              "it and keeps it").format(
                where=where, target=PlannedTarget(target, unit, program).text(fiscal_start), stored=stored))
    return plan


def _placed(target: Target, unit_id: str | None, program_id: str | None) -> Target:
    """``target`` owned by those ids: a program's target names the program only."""
    return Target(target.metric_key, target.period, target.value, None if program_id else unit_id, program_id,
                  target.currency, target.note, target.id)


def _currency_as_stored(known: Target, placed: Target) -> str | None:
    """A money target without a currency is in the store's default; compare like with like."""
    return placed.currency if placed.currency or not known.currency else known.currency


def _owner_ids(snapshot: CatalogSnapshot, unit: str, program: str, *, create: bool) -> tuple[str | None, str | None]:
    if not unit:
        return None, None
    unit_id = snapshot.unit_id(unit) if create else snapshot.find_unit(unit)
    if not program or unit_id is None:
        return unit_id, None
    if create:
        return unit_id, snapshot.program_id(unit_id, program)
    return unit_id, snapshot.find_program(unit_id, program)


def add_new_targets(store: Store, planned: list[PlannedTarget]) -> list[str]:
    """Write planned targets inside the import's transaction, except any added since the
    preview; returns the ids of those written (the batch records them, its undo removes them)."""
    if not planned:
        return []
    have = {_key(target) for target in list_targets(store)}
    added: list[str] = []
    for item in planned:
        target = item.target
        if _key(target) in have:
            continue
        taken = target.id and store.db.execute("SELECT 1 FROM targets WHERE id = ?", [target.id]).fetchone()
        added.append(add_target(store, Target(target.metric_key, target.period, target.value, target.business_unit_id,
                                              target.program_id, target.currency, target.note,
                                              None if taken else target.id)))
        have.add(_key(target))
    return added


def _name(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _read_target(cells: list, fiscal_start: int) -> tuple[Target, str, str] | None:
    cells = [*cells, *[None] * len(TARGET_COLUMNS)][:len(TARGET_COLUMNS)]
    target_id, unit, program, metric_key, label, starts, ends, value, currency, note = cells
    if not any(cell is not None for cell in cells[1:8]):
        return None
    if program and not unit:
        raise ImpactError(translate("ImportNote", "the program '{0}' has no business unit").format(_name(program)))
    if not metric_key:
        raise ImpactError(translate("ImportNote", "the metric key is empty"))
    period = parse_period(label, fiscal_start)
    starts, ends = cell_day(starts), cell_day(ends)
    if starts and ends and (starts, ends) != (period.start, period.end):
        period = Period(starts, ends, period.kind)
    amount = parse_amount(value).value
    if amount < 0:
        raise ImpactError(translate("ImportNote", "{0} is negative").format(amount))
    return (Target(str(metric_key).strip(), period, amount, currency=normalize_currency(str(currency))
                   if currency else None, note=str(note or ""), id=str(target_id).strip() if target_id else None),
            _name(unit), _name(program))


def _target_rows(file: Source) -> tuple[Path | None, list[tuple[int, list]]]:
    """The target rows below a Targets header: the workbook's Targets sheet or the CSV's sidecar."""
    return read_side_table(file, TARGETS_SHEET, ".targets.csv", TARGET_COLUMNS, MAX_TARGETS)

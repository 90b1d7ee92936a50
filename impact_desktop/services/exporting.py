"""Exporting entries to .xlsx or .csv, and the ready-to-fill import template.

The export is the import's long layout plus an ``ID`` and an ``Updated`` column, and
each row carries its metric's definition (key, aggregation, kind, whole numbers and,
last, description), so importing it into another store reproduces the same figures and summary, and importing
it again adds nothing. An .xlsx export also has a "Metrics" sheet and, when the store
has them, a "Rates" sheet (currency rates) and a "Targets" sheet, and a "Business units"
sheet (each unit with its parent, see :mod:`import_hierarchy`) and a "Names" sheet (alternative
names, see :mod:`import_names`); a CSV export writes those
to sidecars ``<stem>.rates.csv``, ``<stem>.targets.csv`` and ``<stem>.units.csv``, which
the importer reads along with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from impact_desktop.core.atomic_file import ReplaceWhenComplete
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.metrics import Metric
from impact_desktop.core.money import currency_digits
from impact_desktop.core.texts import translate
from impact_desktop.core.wording import counted
from impact_desktop.io.csv_writer import write_csv
from impact_desktop.io.destinations import check_writable
from impact_desktop.io.xlsx_writer import Column, SheetSpec, write_workbook
from impact_desktop.services.import_hierarchy import (
    UNIT_COLUMNS,
    UNITS_SHEET,
    UnitTree,
    units_sidecar_path,
)
from impact_desktop.services.import_metrics import METRIC_COLUMNS, METRICS_SHEET, metric_columns_row, metric_row
from impact_desktop.services.import_names import NAME_COLUMNS, NAMES_SHEET, export_name_rows, names_sidecar_path
from impact_desktop.services.import_rates import RATE_COLUMNS, RATES_SHEET, rate_row, sidecar_path
from impact_desktop.services.import_targets import (
    TARGET_COLUMNS,
    TARGETS_SHEET,
    export_target_rows,
    targets_sidecar_path,
)
from impact_desktop.services.side_tables import is_our_sidecar
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import EntryFilter, StoredEntry, count_entries, query_entries
from impact_desktop.storage.rates import list_rates
from impact_desktop.storage.settings import load_settings

PAGE = 5000
LONG, PER_METRIC = "long", "per_metric"

EXPORT_COLUMNS = (
    Column("ID", width=38, comment="Keep this column: it lets a re-import recognise entries already stored."),
    Column("Updated", width=22, comment="When the entry was last changed (UTC)."),
    Column("Business unit", width=20), Column("Program", width=30), Column("Metric", width=26),
    Column("Period", width=12, comment="2018-03-01, 2018-03, 2018-Q1, 2018 or FY2018"),
    Column("From", "date", 12), Column("To", "date", 12), Column("Value", "number", 18),
    Column("Unit", width=10),
    Column("Metric key", width=20, comment="With the next three columns: defines the metric in a store "
                                           "that does not have it yet."),
    Column("Aggregation", width=12), Column("Kind", width=10), Column("Whole numbers", width=9),
    Column("Currency", width=9), Column("Channel", width=24),
    Column("Input type", width=14), Column("Motivation", width=22), Column("Funding source", width=14),
    Column("Note", width=40), Column("Metric description", width=40),
    Column("Parent unit", width=20, comment="The business unit this row's unit belongs to; empty at the top. "
                                            "A new unit is created under it on import."),
)


@dataclass(frozen=True)
class ExportResult:
    """Where the entries went, and (CSV only) the sidecars holding the store's currency rates and targets."""

    path: Path
    rows: int
    rates_path: Path | None = None
    rate_count: int = 0
    targets_path: Path | None = None
    target_count: int = 0
    #: CSV only: ``<stem>.units.csv``, the business-unit tree (written when units sit under others).
    units_path: Path | None = None
    #: CSV only: ``<stem>.names.csv``, the alternative names of units, programs, channels and metrics.
    names_path: Path | None = None

    @property
    def files(self) -> list[Path]:
        return [path for path in (self.path, self.rates_path, self.targets_path, self.units_path, self.names_path)
                if path]


class _Rows:
    """Turns stored entries into export rows; knows every metric's definition columns."""

    def __init__(self, metrics: list[Metric], fiscal_start: int, tree: UnitTree):
        self.definitions = {metric.key: metric_columns_row(metric) for metric in metrics}
        self.descriptions = {metric.key: metric.description for metric in metrics}
        self.fiscal_start = fiscal_start
        self.tree = tree
        #: The business units of the rows written so far (the units list names them and their parents).
        self.units: set[str] = set()
        self.count = 0

    def __call__(self, entry: StoredEntry) -> list[object]:
        key = entry.draft.metric_key
        self.units.add(entry.business_unit)
        self.count += 1
        return [*_row(entry, self.fiscal_start, self.definitions.get(key, ["", "", "", ""])),
                self.descriptions.get(key, ""), self.tree.parent.get(entry.business_unit, "")]

    def unit_rows(self, targets: list[list[object]]) -> list[list[str]]:
        """Name / Parent of every unit the written rows and ``targets`` use, with the units above them."""
        return self.tree.rows(self.units | {str(row[1]) for row in targets if row[1]})


def _row(entry: StoredEntry, fiscal_start: int, definition: list[object]) -> list[object]:
    d = entry.draft
    return [
        entry.id, entry.updated_at, entry.business_unit, entry.program, entry.metric_name,
        d.period.label(fiscal_start), d.period.start, d.period.end, _shown(d.value, d.currency),
        d.currency or entry.unit, *definition,
        d.currency or "", entry.channel,
        d.input_type.value if d.input_type else "", d.motivation.value if d.motivation else "",
        d.funding_source.value if d.funding_source else "", d.note,
    ]


def _shown(value: Decimal, currency: str | None) -> Decimal:
    """Money with its currency's decimals (1,000.50 CNY, not 1,000.5); the same number either way."""
    if currency:
        places = currency_digits(currency)
        if value.as_tuple().exponent > -places:
            return value.quantize(Decimal(1).scaleb(-places))
    return value


def _entries(store, flt: EntryFilter, progress, total: int) -> Iterator[StoredEntry]:
    offset = 0
    while True:
        page = query_entries(store, flt, order_by="period", descending=False, limit=PAGE, offset=offset)
        yield from page
        offset += len(page)
        if progress:
            progress(offset, total, f"Exported {offset:,} of {counted(total, 'entry', 'entries')}")
        if len(page) < PAGE:
            return


def export_entries(store, path: Path | str, flt: EntryFilter | None = None, *, layout: str = LONG,
                   progress: Callable[[int, int, str], None] | None = None) -> ExportResult:
    """Write the entries selected by ``flt`` to ``path`` (.xlsx or .csv, by its suffix)."""
    path = Path(path)
    flt = flt or EntryFilter()
    fiscal_start = load_settings(store).fiscal_start_month
    suffix = path.suffix.lower()
    if suffix == ".csv" and layout == PER_METRIC:
        raise ValidationError(translate(
            "Export", "Cannot export one sheet per metric to '{0}': a CSV file holds one sheet; "
            "choose a .xlsx file name or one long sheet.").format(path.name), "layout")
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        raise ValidationError(translate(
            "Export", "Cannot export to '{0}': choose a file name ending in .xlsx or .csv.").format(path.name), "path")
    total = count_entries(store, flt)
    metrics = catalog.list_metrics(store)
    to_row = _Rows(metrics, fiscal_start, UnitTree(store))
    rates = [rate_row(rate) for rate in list_rates(store)]
    targets = export_target_rows(store, flt, fiscal_start)
    names = export_name_rows(store)
    if suffix == ".csv":
        check_writable(path)
        with ReplaceWhenComplete() as files:  # the CSV and its sidecars replace the old ones together
            rows = (to_row(entry) for entry in _entries(store, flt, progress, total))
            written = write_csv(path, [c.header for c in EXPORT_COLUMNS], rows, files)
            units = to_row.unit_rows(targets)
            nested = any(parent for _name, parent in units)  # a flat list says nothing the rows do not say
            _write_sidecar(files, units_sidecar_path(path), UNIT_COLUMNS, units if nested else [])
            names_path, _count = _write_sidecar(files, names_sidecar_path(path), NAME_COLUMNS, names)
            result = ExportResult(path, written, *_write_sidecar(files, sidecar_path(path), RATE_COLUMNS, rates),
                                  *_write_sidecar(files, targets_sidecar_path(path), TARGET_COLUMNS, targets),
                                  units_path=units_sidecar_path(path) if nested else None, names_path=names_path)
        return result
    if layout == PER_METRIC:
        sheets = [
            SheetSpec(_sheet_name(metric), EXPORT_COLUMNS, (to_row(e) for e in _entries(
                store, _with_metric(flt, metric.key), None, total)))
            for metric in metrics if _has_entries(store, flt, metric.key)
        ] or [SheetSpec("Entries", EXPORT_COLUMNS, [])]
    else:
        sheets = [SheetSpec("Entries", EXPORT_COLUMNS, (to_row(e) for e in _entries(store, flt, progress, total)))]
    sheets.append(SheetSpec(METRICS_SHEET, METRIC_COLUMNS, [metric_row(m) for m in metrics]))
    if rates:
        sheets.append(SheetSpec(RATES_SHEET, RATE_COLUMNS, rates))
    if targets:
        sheets.append(SheetSpec(TARGETS_SHEET, TARGET_COLUMNS, targets))
    if total or any(row[1] for row in targets):  # written last: the entries sheets fill ``to_row.units``
        sheets.append(SheetSpec(UNITS_SHEET, UNIT_COLUMNS, (row for row in _later(lambda: to_row.unit_rows(targets)))))
    if names:
        sheets.append(SheetSpec(NAMES_SHEET, NAME_COLUMNS, names))
    write_workbook(path, sheets)
    return ExportResult(path, to_row.count, rate_count=len(rates), target_count=len(targets))


def _later(make: Callable[[], list]) -> Iterator:
    """``make()``'s items, computed only when the writer reaches them."""
    yield from make()


def _sheet_name(metric: Metric) -> str:
    """A metric's sheet; a metric called "Rates" must not take the name the importer looks for."""
    own = ("metrics", "rates", "targets", UNITS_SHEET.lower(), NAMES_SHEET.lower())
    return f"{metric.name} entries" if metric.name.strip().lower() in own else metric.name


def _write_sidecar(files: ReplaceWhenComplete, sidecar: Path, columns,
                   rows: list[list[object]]) -> tuple[Path | None, int]:
    """``<stem>.rates.csv`` / ``<stem>.targets.csv``; a stale one of ours goes when there is nothing to write."""
    if rows:
        write_csv(sidecar, [c.header for c in columns], rows, files)
        return sidecar, len(rows)
    if sidecar.is_file() and is_our_sidecar(sidecar, columns):
        files.remove(sidecar)  # else the next import of this CSV would bring back rows the store no longer has
    return None, 0


def _with_metric(flt: EntryFilter, key: str) -> EntryFilter:
    if flt.metric_keys and key not in flt.metric_keys:
        return EntryFilter(metric_keys=["\x00none"])
    return EntryFilter(flt.business_unit_ids, flt.program_ids, [key], flt.start, flt.end, flt.text,
                       flt.import_batch_id, flt.include_deleted)


def _has_entries(store, flt: EntryFilter, key: str) -> bool:
    return count_entries(store, _with_metric(flt, key)) > 0


def template_columns(metrics: list[Metric], currency: str) -> list[Column]:
    metric_columns = [
        Column(f"{m.name} ({currency if m.is_money else m.unit})", "number", max(14, len(m.name) + 8),
               comment=f"{m.description} One figure per row and period; leave empty if none.".strip())
        for m in metrics
    ]
    return [
        Column("Business unit", width=20, comment="Existing or new business unit (created on import)."),
        Column("Program", width=30, comment="Existing or new program of that business unit."),
        Column("Date", "date", 12, comment="A day, or a period: 2018-03, 2018-Q1, FY2018, 2018年3月."),
        Column("Channel", width=22, comment="Optional: giving platform or channel."),
        Column("Currency", width=9, comment=f"Optional; money without a currency is in {currency}."),
        *metric_columns,
        Column("Note", width=40),
    ]


INSTRUCTIONS = (
    "How to fill in this template",
    "",
    "1. Fill in the 'Data' sheet: one row per program and date (or period).",
    "2. Put each figure in its metric's column; leave a cell empty when there is no figure.",
    "3. Amounts may be written as 48500, 48,500.50, ¥48,500, 3.5万 or 12.7亿.",
    "4. Dates: 2018-03-01, 2018年3月1日, 2018-03 (a month), 2018-Q1 (a quarter) or FY2018.",
    "5. Total and subtotal rows (Total, 合计, 小计) are skipped on import.",
    "6. Import with File → Import… (Ctrl+I) or: impact-desktop import FILE",
    "7. Keep the 'Metrics' sheet: a store that lacks one of these metrics creates it on import.",
)


def export_template(store, path: Path | str) -> Path:
    """An import template with one column per metric of this store, plus instructions."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise ValidationError(translate(
            "Export", "Cannot write the template to '{0}': use a .xlsx file name.").format(path.name), "path")
    metrics = catalog.list_metrics(store)
    currency = load_settings(store).reporting_currency
    write_workbook(path, [
        SheetSpec("Data", template_columns(metrics, currency), []),
        SheetSpec("Instructions", [Column("Impact Desktop import template", width=100)],
                  [[line] for line in INSTRUCTIONS]),
        SheetSpec(METRICS_SHEET, METRIC_COLUMNS, [metric_row(m) for m in metrics]),
    ])
    return path

"""Currency rates that travel with an export, so the other store can convert its money.

Without them a store that receives entries in USD cannot show a summary in CNY ("Missing
currency rate USD→CNY"). An .xlsx export carries them on a "Rates" sheet; a CSV holds one
table only, so they go to a sidecar ``<stem>.rates.csv`` next to it, which the importer
picks up by itself. A rate the target store already has (same pair, same period) is left
alone; when its figure differs, the store's is kept and the preview says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.money import normalize_currency
from impact_desktop.core.periods import Period, parse_period
from impact_desktop.core.rates import Rate
from impact_desktop.core.texts import translate
from impact_desktop.io.headers import normalize_header
from impact_desktop.io.sheet_spec import Column
from impact_desktop.io.source import Source
from impact_desktop.services.side_tables import cell_day, read_side_table, sidecar_for
from impact_desktop.storage.database import Store
from impact_desktop.storage.rates import add_rate, list_rates, parse_rate
from impact_desktop.storage.settings import load_settings

RATES_SHEET = "Rates"
#: Period starts/ends make a fiscal year exact even where the fiscal year starts in another month.
RATE_COLUMNS = (
    Column("From currency", width=14), Column("To currency", width=12), Column("Period", width=12),
    Column("Rate", width=14, comment="1 unit of the first currency = this many of the second."),
    Column("Period starts", "date", 13), Column("Period ends", "date", 13),
)
_HEADER = [normalize_header(column.header) for column in RATE_COLUMNS]
MAX_RATES = 100_000


def sidecar_path(path: Path | str) -> Path:
    """``report.csv`` → ``report.rates.csv``: where a CSV export's rates go."""
    return sidecar_for(path, ".rates.csv")


def rate_row(rate: Rate) -> list[object]:
    """A rate as written: a number where a spreadsheet holds it exactly, else its exact text."""
    value: object = str(rate.rate)
    as_float = float(rate.rate)
    if Decimal(repr(as_float)) == rate.rate:
        value = int(rate.rate) if rate.rate == rate.rate.to_integral_value() else as_float
    return [rate.from_currency, rate.to_currency, rate.period.label(), value,
            rate.period.start, rate.period.end]


def rate_text(rate: Rate) -> str:
    """``USD→CNY 2018-03 6.3``: how the preview lists a rate (a fiscal year is named by its end year)."""
    return f"{rate.from_currency}→{rate.to_currency} {rate.period.label()} {rate.rate}"


@dataclass
class RatePlan:
    """What importing a file would do to the rates table."""

    new: list[Rate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    source: Path | None = None


def plan_rates(store: Store, file: Source) -> RatePlan:
    """The rates ``file`` (or its sidecar) carries that ``store`` lacks, and notes on conflicts."""
    try:
        source, rows = _rate_rows(file)
    except ImpactError as exc:  # a damaged sidecar must not block the entries themselves
        return RatePlan(notes=[f"no currency rates read: {exc}"])
    if source is None:
        return RatePlan()
    fiscal_start = load_settings(store).fiscal_start_month
    have = {_key(rate): rate for rate in list_rates(store)}
    plan = RatePlan(source=source)
    for number, cells in rows:
        try:
            rate = _read_rate(cells, fiscal_start)
        except (ImpactError, ValueError, TypeError) as exc:
            plan.notes.append(translate("ImportNote", "{where}: rate not read ({reason})").format(
                where=_where(source, number), reason=exc))
            continue
        if rate is None:
            continue
        known = have.get(_key(rate))
        if known is None:
            have[_key(rate)] = rate
            plan.new.append(rate)
        elif known.rate != rate.rate:
            plan.notes.append(translate("ImportNote",
                "{where}: {rate} not added: the store already has {stored} for {source}→{target} in that "
                "period and keeps it").format(where=_where(source, number), rate=rate_text(rate), stored=known.rate,
                                              source=rate.from_currency, target=rate.to_currency))
    return plan


def _where(source: Path, number: int) -> str:
    """``e.rates.csv, row 3`` or, in a workbook, ``conf.xlsx, sheet Rates, row 3``."""
    if source.suffix.lower() == ".csv":
        return translate("ImportNote", "{file}, row {row}").format(file=source.name, row=number)
    return translate(
        "ImportNote", "{file}, sheet {sheet}, row {row}").format(file=source.name, sheet=RATES_SHEET, row=number)


def add_new_rates(store: Store, rates: list[Rate]) -> list[str]:
    """Write planned rates inside the import's transaction, except any added since the
    preview; returns the ids of those written (the batch records them, its undo removes them)."""
    have = {_key(rate) for rate in list_rates(store)} if rates else set()
    return [add_rate(store, rate) for rate in rates if _key(rate) not in have]


def _key(rate: Rate) -> tuple[str, str, dt.date, dt.date]:
    return rate.from_currency, rate.to_currency, rate.period.start, rate.period.end


def _read_rate(cells: list, fiscal_start: int) -> Rate | None:
    cells = [*cells, *[None] * 6][:6]
    if not any(cell is not None for cell in cells[:4]):
        return None
    source, target = (normalize_currency(str(cell or "")) for cell in cells[:2])
    value = cells[3]
    rate = parse_rate(repr(value) if isinstance(value, float) else value)
    period = parse_period(cells[2], fiscal_start)
    starts, ends = (cell_day(cell) for cell in cells[4:6])
    if starts and ends and (starts, ends) != (period.start, period.end):
        period = Period(starts, ends, period.kind)
    return Rate(source, target, period, rate)


def _rate_rows(file: Source) -> tuple[Path | None, list[tuple[int, list]]]:
    """The rate rows below a Rates header: from the workbook's Rates sheet or the CSV's sidecar."""
    return read_side_table(file, RATES_SHEET, ".rates.csv", RATE_COLUMNS, MAX_RATES, compared=4)

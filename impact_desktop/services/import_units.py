"""Units beside figures: scaling by a header's magnitude (万元, USD m, 万棵) or a Unit column.

The rules live in :mod:`impact_desktop.core.units`; this is the import's side: each
distinct header and Unit cell is read once per metric, and a figure is scaled only when
exactly one place gives its magnitude and the cell itself is a plain number, so a value
is never stored a thousand times too small or scaled twice.
"""

from __future__ import annotations

import re
from decimal import Decimal

from impact_desktop.core.amounts import parse_amount
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.metrics import Metric, metric_display_name, unit_display_name
from impact_desktop.core.money import normalize_currency
from impact_desktop.core.texts import translate
from impact_desktop.core.units import ValueUnit, read_value_unit
from impact_desktop.io import headers as h

#: A number and nothing else (thousands separators, sign, brackets for negatives): safe to scale.
_PLAIN_NUMBER = re.compile(r"^\s*[(+\-−]?\s*[\d,.\s]+\)?\s*$")

#: What :meth:`ValueUnits.apply` returns when a figure cannot be read: (column index, reason).
UnitProblem = tuple[int, str]


def bracketed(header: object) -> bool:
    """Whether a header has brackets that may name a unit (the fast path skips every other column)."""
    return isinstance(header, str) and any(mark in header for mark in "(（[【")


class ValueUnits:
    """The units one sheet's headers and Unit column give its figures."""

    def __init__(self, headers: list[str], unit_at: int | None):
        self.headers, self.unit_at = headers, unit_at
        self._header_units: dict[tuple[int, str], tuple[ValueUnit, str | None]] = {}
        self._cell_units: dict[tuple[object, str], tuple[ValueUnit, str | None]] = {}

    def column_name(self, index: int) -> str:
        return self.headers[index] if index < len(self.headers) else ""

    def apply(self, row: list, index: int, metric: Metric, value: object,
              currency: str | None) -> tuple[object, str | None, UnitProblem | None]:
        """Scale by the magnitude of the header (万元, USD m, 万棵) or the Unit column, and take its currency."""
        header_unit, reason = self.header_unit(index, metric)
        if currency is None and self.unit_at is None and header_unit.exponent == 0 and not reason:
            return value, header_unit.currency, None  # the common case: "Donation Amount (CNY)"
        if reason:
            return value, currency, (index, reason)
        cell_unit = ValueUnit()
        if self.unit_at is not None and row[self.unit_at] is not None:
            cell_unit, reason = self.cell_unit(row[self.unit_at], metric)
            if reason:
                return value, currency, (self.unit_at, reason)
        if header_unit.exponent and cell_unit.exponent:
            return value, currency, (self.unit_at, translate(
                "ImportProblem", "Both the Unit column and the header '{header}' give a magnitude; keep one.").format(
                header=self.column_name(index)))
        unit_currency = cell_unit.currency or header_unit.currency
        for named in (cell_unit.currency, header_unit.currency):
            if named and unit_currency != named:
                return value, currency, (self.unit_at, translate(
                    "ImportProblem", "The Unit column says {unit_currency} but the header says {header_currency}.")
                    .format(unit_currency=cell_unit.currency, header_currency=header_unit.currency))
        if currency and unit_currency:
            try:
                same = normalize_currency(currency) == unit_currency
            except ImpactError:
                same = True  # build_entry explains what is wrong with the currency
            if not same:
                at = self.unit_at if cell_unit.currency else index
                return value, currency, (at, translate(
                    "ImportProblem", "The currency column says {currency} but the unit is {unit_currency}.").format(
                    currency=currency, unit_currency=unit_currency))
        said_by = "currency" if currency else "unit" if cell_unit.currency else "column"
        currency = currency or unit_currency
        exponent = header_unit.exponent + cell_unit.exponent
        if exponent == 0:
            return value, currency, None
        try:
            parsed = parse_amount(value)
        except ImpactError:
            return value, currency, None  # build_entry explains what is wrong with it
        if parsed.currency and not metric.is_money:
            return value, currency, (index, translate("ImportProblem", "{metric} is counted in {unit}, not in money.")
                                     .format(metric=metric_display_name(metric), unit=unit_display_name(metric)))
        if parsed.currency and currency and parsed.currency != currency:
            return value, currency, (index, _says_other_currency(said_by, parsed.currency, currency))
        if type(value) is str and not _PLAIN_NUMBER.match(value):
            unit_text = self.headers[index] if header_unit.exponent else row[self.unit_at]
            return value, currency, (index, translate(
                "ImportProblem", "The figure is in '{unit}' already, and the cell names its own unit or magnitude: "
                "write the plain number (e.g. 3.5 in a 万元 column), or put the figure in a column without a unit.")
                .format(unit=unit_text))
        scaled = parsed.value.scaleb(exponent)
        if scaled == scaled.to_integral_value():
            scaled = scaled.quantize(Decimal(1))  # 5E+5 reads as 500000 in messages
        return scaled, currency or parsed.currency, None

    def header_unit(self, index: int, metric: Metric) -> tuple[ValueUnit, str | None]:
        key = (index, metric.key)
        found = self._header_units.get(key)
        if found is None:
            header = self.headers[index] if index < len(self.headers) else ""
            found = self._header_units[key] = h.header_value_unit(header, metric)
        return found

    def cell_unit(self, raw: object, metric: Metric) -> tuple[ValueUnit, str | None]:
        key = (raw, metric.key)
        found = self._cell_units.get(key)
        if found is None:
            found = self._cell_units[key] = read_value_unit(raw, metric)
        return found



def _says_other_currency(said_by: str, in_value: str, currency: str) -> str:
    """Why a figure naming one currency cannot go in a place that says another (one template per place)."""
    if said_by == "currency":
        text = translate("ImportProblem", "The value says {value_currency} but the currency is {currency}.")
    elif said_by == "unit":
        text = translate("ImportProblem", "The value says {value_currency} but the Unit column says {currency}.")
    else:
        text = translate("ImportProblem", "The value says {value_currency} but the column is in {currency}.")
    return text.format(value_currency=in_value, currency=currency)

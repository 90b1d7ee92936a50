"""The currency rates table the user maintains."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from impact_desktop.core.errors import ValidationError
from impact_desktop.core.money import normalize_currency
from impact_desktop.core.periods import Period, PeriodKind
from impact_desktop.core.rates import Rate, RateTable
from impact_desktop.core.texts import translate
from impact_desktop.storage.database import Store
from impact_desktop.storage.tables import insert_row, set_deleted, update_row


def list_rates(store: Store) -> list[Rate]:
    rows = store.db.execute(
        "SELECT id, from_currency, to_currency, period_kind, period_start, period_end, rate FROM currency_rates "
        "WHERE deleted_at IS NULL ORDER BY from_currency, to_currency, period_start"
    )
    return [
        Rate(row[1], row[2], Period(dt.date.fromisoformat(row[4]), dt.date.fromisoformat(row[5]),
                                    PeriodKind(row[3])), Decimal(row[6]), id=row[0])
        for row in rows
    ]


def rate_table(store: Store) -> RateTable:
    return RateTable(list_rates(store))


#: What one unit of any currency can be worth in another: beyond this a rate is a typing slip (1E+308).
MIN_RATE, MAX_RATE = Decimal("1E-9"), Decimal("1E+9")


def parse_rate(text: object) -> Decimal:
    """A rate as typed or imported; raises ValidationError (stored rates are read without this check)."""
    if len(str(text).strip()) > 40:
        raise ValidationError(translate(
            "RateCheck", "'{0}…' is not a rate (write it like 0.1449).").format(str(text).strip()[:20]), "rate")
    try:
        value = Decimal(str(text).strip().replace(",", ""))
    except InvalidOperation:
        raise ValidationError(translate(
            "RateCheck", "'{0}' is not a rate (write it like 0.1449).").format(text), "rate") from None
    if not value.is_finite() or value <= 0:
        raise ValidationError(translate(
            "RateCheck", "A currency rate must be a positive number, not {0}.").format(text), "rate")
    if not MIN_RATE <= value <= MAX_RATE:
        raise ValidationError(translate(
            "RateCheck", "A currency rate of {0} cannot be right: rates lie between {1} and {2}.").format(
            text, MIN_RATE, f"{MAX_RATE:,}"), "rate")
    return value


def _values(rate: Rate) -> dict:
    return {
        "from_currency": normalize_currency(rate.from_currency),
        "to_currency": normalize_currency(rate.to_currency),
        "period_kind": rate.period.kind.value,
        "period_start": rate.period.start.isoformat(),
        "period_end": rate.period.end.isoformat(),
        "rate": str(rate.rate),
    }


def add_rate(store: Store, rate: Rate) -> str:
    return insert_row(store, "currency_rates", _values(rate), row_id=rate.id)


def update_rate(store: Store, rate_id: str, rate: Rate) -> None:
    update_row(store, "currency_rates", rate_id, _values(rate))


def delete_rates(store: Store, ids: list[str], deleted: bool = True) -> int:
    return set_deleted(store, "currency_rates", ids, deleted)

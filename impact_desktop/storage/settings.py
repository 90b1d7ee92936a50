"""Settings shared by everyone using this database (reporting currency, fiscal year...)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from impact_desktop.core.errors import ValidationError
from impact_desktop.core.money import normalize_currency
from impact_desktop.core.periods import DEFAULT_FISCAL_START_MONTH
from impact_desktop.core.texts import translate
from impact_desktop.storage.database import Store
from impact_desktop.storage.tables import insert_row, update_row


@dataclass(frozen=True)
class Settings:
    reporting_currency: str = "CNY"
    fiscal_start_month: int = DEFAULT_FISCAL_START_MONTH
    organisation: str = ""
    #: What one hour of employee volunteering costs the company (in the reporting currency),
    #: so that B4SI can value time; ``None``: hours are reported without a value.
    volunteer_hour_cost: Decimal | None = None


def _raw(store: Store) -> dict[str, tuple[str, str]]:
    rows = store.db.execute("SELECT key, id, value FROM settings WHERE deleted_at IS NULL")
    return {key: (row_id, value) for key, row_id, value in rows}


def load_settings(store: Store) -> Settings:
    raw = {key: value for key, (_id, value) in _raw(store).items()}
    defaults = Settings()
    return Settings(
        reporting_currency=raw.get("reporting_currency", defaults.reporting_currency),
        fiscal_start_month=int(raw.get("fiscal_start_month", defaults.fiscal_start_month)),
        organisation=raw.get("organisation", defaults.organisation),
        volunteer_hour_cost=_decimal_or_none(raw.get("volunteer_hour_cost", "")),
    )


def _decimal_or_none(text: str) -> Decimal | None:
    try:
        return Decimal(text) if text.strip() else None
    except InvalidOperation:
        return None


def save_settings(store: Store, settings: Settings) -> None:
    if not 1 <= settings.fiscal_start_month <= 12:
        raise ValidationError(translate(
            "Settings", "The fiscal year starts in a month from 1 to 12."), "fiscal_start_month")
    if settings.volunteer_hour_cost is not None and settings.volunteer_hour_cost < 0:
        raise ValidationError(translate(
            "Settings", "The cost of a volunteer hour cannot be negative."), "volunteer_hour_cost")
    values = {
        "reporting_currency": normalize_currency(settings.reporting_currency),
        "fiscal_start_month": str(settings.fiscal_start_month),
        "organisation": settings.organisation.strip(),
        "volunteer_hour_cost": "" if settings.volunteer_hour_cost is None else str(settings.volunteer_hour_cost),
    }
    existing = _raw(store)
    with store.transaction():
        for key, value in values.items():
            if key not in existing:
                insert_row(store, "settings", {"key": key, "value": value})
            elif existing[key][1] != value:
                update_row(store, "settings", existing[key][0], {"value": value})

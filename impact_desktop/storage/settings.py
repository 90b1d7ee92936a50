"""Settings shared by everyone using this database (reporting currency, fiscal year...)."""

from __future__ import annotations

from dataclasses import dataclass

from impact_desktop.core.errors import ValidationError
from impact_desktop.core.money import normalize_currency
from impact_desktop.core.periods import DEFAULT_FISCAL_START_MONTH
from impact_desktop.storage.database import Store
from impact_desktop.storage.tables import insert_row, update_row


@dataclass(frozen=True)
class Settings:
    reporting_currency: str = "CNY"
    fiscal_start_month: int = DEFAULT_FISCAL_START_MONTH
    organisation: str = ""


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
    )


def save_settings(store: Store, settings: Settings) -> None:
    if not 1 <= settings.fiscal_start_month <= 12:
        raise ValidationError("The fiscal year starts in a month from 1 to 12.", "fiscal_start_month")
    values = {
        "reporting_currency": normalize_currency(settings.reporting_currency),
        "fiscal_start_month": str(settings.fiscal_start_month),
        "organisation": settings.organisation.strip(),
    }
    existing = _raw(store)
    with store.transaction():
        for key, value in values.items():
            if key not in existing:
                insert_row(store, "settings", {"key": key, "value": value})
            elif existing[key][1] != value:
                update_row(store, "settings", existing[key][0], {"value": value})

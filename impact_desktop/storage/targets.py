"""Targets: what a business unit or program aims for, per metric and period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from impact_desktop.core.errors import ValidationError
from impact_desktop.core.money import from_scaled, normalize_currency, to_scaled
from impact_desktop.core.periods import Period, PeriodKind
from impact_desktop.core.texts import translate
from impact_desktop.storage.database import Store
from impact_desktop.storage.tables import insert_row, set_deleted, update_row


@dataclass(frozen=True)
class Target:
    metric_key: str
    period: Period
    value: Decimal
    business_unit_id: str | None = None
    program_id: str | None = None
    currency: str | None = None
    note: str = ""
    id: str | None = None


def list_targets(store: Store) -> list[Target]:
    rows = store.db.execute(
        "SELECT t.id, m.key, t.period_kind, t.period_start, t.period_end, t.value_e4, t.business_unit_id, "
        "t.program_id, t.currency, t.note FROM targets t JOIN metrics m ON m.id = t.metric_id "
        "WHERE t.deleted_at IS NULL ORDER BY m.key, t.period_start"
    )
    return [
        Target(row[1], Period(dt.date.fromisoformat(row[3]), dt.date.fromisoformat(row[4]), PeriodKind(row[2])),
               from_scaled(row[5]), row[6], row[7], row[8], row[9], id=row[0])
        for row in rows
    ]


def _values(store: Store, target: Target) -> dict:
    if target.value < 0:
        raise ValidationError(translate("Targets", "A target cannot be negative."), "value")
    if target.business_unit_id and target.program_id:
        raise ValidationError(translate(
            "Targets", "A target is for a business unit or for a program, not both."), "program")
    row = store.db.execute(
        "SELECT id, value_kind FROM metrics WHERE key = ? AND deleted_at IS NULL", [target.metric_key]
    ).fetchone()
    if row is None:
        raise ValidationError(translate("Catalog", "There is no metric '{0}'.").format(target.metric_key), "metric")
    currency = normalize_currency(target.currency or "CNY") if row[1] == "money" else None
    return {
        "metric_id": row[0], "business_unit_id": target.business_unit_id, "program_id": target.program_id,
        "period_kind": target.period.kind.value, "period_start": target.period.start.isoformat(),
        "period_end": target.period.end.isoformat(), "value_e4": to_scaled(target.value),
        "currency": currency, "note": target.note,
    }


def add_target(store: Store, target: Target) -> str:
    return insert_row(store, "targets", _values(store, target), row_id=target.id)


def update_target(store: Store, target_id: str, target: Target) -> None:
    update_row(store, "targets", target_id, _values(store, target))


def delete_targets(store: Store, ids: list[str], deleted: bool = True) -> int:
    return set_deleted(store, "targets", ids, deleted)

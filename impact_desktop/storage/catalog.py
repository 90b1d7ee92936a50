"""Business units, programs, channels and metrics: the catalogue entries hang off."""

from __future__ import annotations

import sqlite3

from impact_desktop.core.b4si import FundingSource, InputType, Motivation
from impact_desktop.core.catalog import BusinessUnit, Channel, Program, ProgramStatus, clean_name
from impact_desktop.core.errors import StoreError, ValidationError
from impact_desktop.core.metrics import BUILTIN_METRICS, Aggregation, Metric, ValueKind, validate_metric
from impact_desktop.core.texts import translate
from impact_desktop.storage.rows import utc_now
from impact_desktop.storage.store import Store
from impact_desktop.storage.tables import insert_row, update_row


def _unique(action):
    """Turn a UNIQUE violation into the sentence a user needs."""
    def wrapper(store, *args, **kwargs):
        try:
            return action(store, *args, **kwargs)
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" in str(exc):
                raise ValidationError(translate("Catalog", "That name is already used; pick another."), "name") from exc
            raise StoreError(translate("Catalog", "Could not save: {0}").format(exc)) from exc
    return wrapper


# -- business units -------------------------------------------------------------------

def _unit(row) -> BusinessUnit:
    return BusinessUnit(row[0], row[1], row[2], row[3], row[4] is not None, row[5])


_UNIT_COLUMNS = "id, name, parent_id, description, archived_at, updated_at"


def list_business_units(store: Store, *, include_archived: bool = True) -> list[BusinessUnit]:
    where = "" if include_archived else " AND archived_at IS NULL"
    rows = store.db.execute(
        f"SELECT {_UNIT_COLUMNS} FROM business_units WHERE deleted_at IS NULL{where} ORDER BY name"
    )
    return [_unit(row) for row in rows]


def get_business_unit(store: Store, unit_id: str) -> BusinessUnit:
    row = store.db.execute(f"SELECT {_UNIT_COLUMNS} FROM business_units WHERE id = ?", [unit_id]).fetchone()
    if row is None:
        raise StoreError(translate("Catalog", "That business unit no longer exists."))
    return _unit(row)


def find_business_unit(store: Store, name: str) -> BusinessUnit | None:
    row = store.db.execute(
        f"SELECT {_UNIT_COLUMNS} FROM business_units WHERE deleted_at IS NULL AND lower(name) = lower(?)",
        [" ".join(name.split())],
    ).fetchone()
    return _unit(row) if row else None


@_unique
def add_business_unit(store: Store, name: str, *, parent_id: str | None = None, description: str = "",
                      row_id: str | None = None) -> str:
    return insert_row(store, "business_units", {
        "name": clean_name(name, "business unit"), "parent_id": parent_id, "description": description,
    }, row_id=row_id)


@_unique
def update_business_unit(store: Store, unit_id: str, **changes) -> None:
    if "name" in changes:
        changes["name"] = clean_name(changes["name"], "business unit")
    if changes.get("parent_id") and changes["parent_id"] in descendant_unit_ids(store, unit_id):
        raise ValidationError(translate(
            "Catalog", "A business unit cannot sit under itself or one of its own units."), "parent")
    update_row(store, "business_units", unit_id, changes)


def set_business_unit_archived(store: Store, unit_id: str, archived: bool) -> None:
    update_row(store, "business_units", unit_id, {"archived_at": utc_now() if archived else None})


def descendant_unit_ids(store: Store, unit_id: str) -> set[str]:
    """The unit itself and every unit nested below it."""
    rows = store.db.execute(
        """WITH RECURSIVE tree(id) AS (
               SELECT ? UNION SELECT b.id FROM business_units b JOIN tree ON b.parent_id = tree.id
               WHERE b.deleted_at IS NULL)
           SELECT id FROM tree""",
        [unit_id],
    )
    return {row[0] for row in rows}


# -- programs -------------------------------------------------------------------------

_PROGRAM_COLUMNS = (
    "id, business_unit_id, name, cause_area, geography, start_date, end_date, status, description, "
    "archived_at, updated_at"
)


def _program(row) -> Program:
    return Program(row[0], row[1], row[2], row[3], row[4], row[5], row[6], ProgramStatus(row[7]), row[8],
                   row[9] is not None, row[10])


def list_programs(store: Store, *, business_unit_id: str | None = None,
                  include_archived: bool = True) -> list[Program]:
    sql = f"SELECT {_PROGRAM_COLUMNS} FROM programs WHERE deleted_at IS NULL"
    params: list = []
    if business_unit_id:
        sql += " AND business_unit_id = ?"
        params.append(business_unit_id)
    if not include_archived:
        sql += " AND archived_at IS NULL"
    return [_program(row) for row in store.db.execute(sql + " ORDER BY name", params)]


def get_program(store: Store, program_id: str) -> Program:
    row = store.db.execute(f"SELECT {_PROGRAM_COLUMNS} FROM programs WHERE id = ?", [program_id]).fetchone()
    if row is None:
        raise StoreError(translate("Catalog", "That program no longer exists."))
    return _program(row)


def find_program(store: Store, business_unit_id: str, name: str) -> Program | None:
    row = store.db.execute(
        f"SELECT {_PROGRAM_COLUMNS} FROM programs WHERE deleted_at IS NULL AND business_unit_id = ? "
        "AND lower(name) = lower(?)",
        [business_unit_id, " ".join(name.split())],
    ).fetchone()
    return _program(row) if row else None


@_unique
def add_program(store: Store, business_unit_id: str, name: str, *, cause_area: str = "", geography: str = "",
                start_date: str | None = None, end_date: str | None = None,
                status: ProgramStatus = ProgramStatus.ACTIVE, description: str = "",
                row_id: str | None = None) -> str:
    get_business_unit(store, business_unit_id)
    _check_dates(start_date, end_date)
    return insert_row(store, "programs", {
        "business_unit_id": business_unit_id, "name": clean_name(name, "program"), "cause_area": cause_area,
        "geography": geography, "start_date": start_date or None, "end_date": end_date or None,
        "status": ProgramStatus(status).value, "description": description,
    }, row_id=row_id)


@_unique
def update_program(store: Store, program_id: str, **changes) -> None:
    if "name" in changes:
        changes["name"] = clean_name(changes["name"], "program")
    if "status" in changes:
        changes["status"] = ProgramStatus(changes["status"]).value
    current = get_program(store, program_id)
    _check_dates(changes.get("start_date", current.start_date), changes.get("end_date", current.end_date))
    update_row(store, "programs", program_id, changes)


def set_program_archived(store: Store, program_id: str, archived: bool) -> None:
    update_row(store, "programs", program_id, {"archived_at": utc_now() if archived else None})


def _check_dates(start: str | None, end: str | None) -> None:
    if start and end and end < start:
        raise ValidationError(translate(
            "Catalog", "The program ends ({0}) before it starts ({1}).").format(end, start), "end_date")


# -- channels -------------------------------------------------------------------------

def list_channels(store: Store) -> list[Channel]:
    rows = store.db.execute("SELECT id, name, description FROM channels WHERE deleted_at IS NULL ORDER BY name")
    return [Channel(*row) for row in rows]


def find_channel(store: Store, name: str) -> Channel | None:
    row = store.db.execute(
        "SELECT id, name, description FROM channels WHERE deleted_at IS NULL AND lower(name) = lower(?)",
        [" ".join(name.split())],
    ).fetchone()
    return Channel(*row) if row else None


@_unique
def add_channel(store: Store, name: str, *, description: str = "", row_id: str | None = None) -> str:
    return insert_row(store, "channels", {"name": clean_name(name, "channel"), "description": description},
                      row_id=row_id)


def get_channel(store: Store, channel_id: str) -> Channel:
    row = store.db.execute("SELECT id, name, description FROM channels WHERE id = ?", [channel_id]).fetchone()
    if row is None:
        raise StoreError(translate("Catalog", "That channel no longer exists."))
    return Channel(*row)


@_unique
def update_channel(store: Store, channel_id: str, **changes) -> None:
    """Rename a channel or change its description (entries point at its id, so they follow)."""
    if "name" in changes:
        changes["name"] = clean_name(changes["name"], "channel")
    update_row(store, "channels", channel_id, changes)


def channel_entry_count(store: Store, channel_id: str) -> int:
    """Live entries that came in through the channel: a channel in use is never removed."""
    return store.db.execute("SELECT count(*) FROM entries WHERE channel_id = ? AND deleted_at IS NULL",
                            [channel_id]).fetchone()[0]


# -- metrics --------------------------------------------------------------------------

_METRIC_COLUMNS = (
    "key, name, unit, value_kind, aggregation, integer_only, default_input_type, default_motivation, "
    "default_funding_source, builtin, description, id"
)


def _metric(row) -> Metric:
    return Metric(
        key=row[0], name=row[1], unit=row[2], value_kind=ValueKind(row[3]), aggregation=Aggregation(row[4]),
        integer_only=bool(row[5]),
        default_input_type=InputType(row[6]) if row[6] else None,
        default_motivation=Motivation(row[7]) if row[7] else None,
        default_funding_source=FundingSource(row[8]) if row[8] else None,
        builtin=bool(row[9]), description=row[10], id=row[11],
    )


def list_metrics(store: Store) -> list[Metric]:
    rows = store.db.execute(
        f"SELECT {_METRIC_COLUMNS} FROM metrics WHERE deleted_at IS NULL ORDER BY builtin DESC, name"
    )
    return [_metric(row) for row in rows]


def get_metric(store: Store, key: str) -> Metric:
    row = store.db.execute(
        f"SELECT {_METRIC_COLUMNS} FROM metrics WHERE deleted_at IS NULL AND key = ?", [key]
    ).fetchone()
    if row is None:
        raise ValidationError(translate("Catalog", "There is no metric '{0}'.").format(key), "metric")
    return _metric(row)


@_unique
def add_metric(store: Store, metric: Metric) -> str:
    validate_metric(metric)
    return insert_row(store, "metrics", {
        "key": metric.key, "name": metric.name.strip(), "unit": metric.unit.strip(),
        "value_kind": metric.value_kind.value, "aggregation": metric.aggregation.value,
        "integer_only": int(metric.integer_only),
        "default_input_type": metric.default_input_type, "default_motivation": metric.default_motivation,
        "default_funding_source": metric.default_funding_source, "builtin": int(metric.builtin),
        "description": metric.description,
    }, row_id=metric.id)


def ensure_builtin_metrics(store: Store) -> None:
    """Add any built-in metric the database does not have yet (idempotent)."""
    existing = {row[0] for row in store.db.execute("SELECT key FROM metrics WHERE deleted_at IS NULL")}
    for metric in BUILTIN_METRICS:
        if metric.key not in existing:
            add_metric(store, metric)

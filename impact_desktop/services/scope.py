"""Turning what a user asked for (names, fiscal year, dates) into a summary scope.

The dates and the business units of an entries filter (the Entries page, ``entries``, ``export``)
are read here too (:func:`period_bounds`, :func:`units_and_below`), so every command refuses
the same mistakes in the same words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from impact_desktop.core import names as names_kind
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.periods import fiscal_year, month
from impact_desktop.core.texts import translate
from impact_desktop.services import catalog_names
from impact_desktop.storage import catalog
from impact_desktop.storage.database import Store
from impact_desktop.storage.settings import load_settings
from impact_desktop.storage.summary_queries import Scope, data_range


def resolve_scope(
    store: Store,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    fiscal_year_name: int | None = None,
    business_unit_names: Sequence[str] = (),
    business_unit_ids: Sequence[str] = (),
    program_ids: Sequence[str] = (),
) -> Scope:
    """A scope from user choices; without dates it covers all data (or today if there is none)."""
    start, end = period_bounds(store, start=start, end=end, fiscal_year_name=fiscal_year_name)
    if start is None or end is None:
        # "All data" is widened to whole months, which the fast monthly roll-up answers.
        known = data_range(store)
        today = dt.date.today()
        first, last = known if known else (today, today)
        start = start or first.replace(day=1)
        end = end or month(last.year, last.month).end
    _check_order(start, end)
    unit_ids = units_and_below(store, names=business_unit_names, ids=business_unit_ids)
    return Scope(start, end, tuple(sorted(unit_ids)), tuple(program_ids))


def period_bounds(store: Store, *, start: dt.date | None = None, end: dt.date | None = None,
                  fiscal_year_name: int | None = None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day asked for: a fiscal year (named by the year it ends in) or a range
    (either end open: None). A fiscal year with dates, or a range ending before it starts, is refused."""
    if fiscal_year_name is not None:
        if start or end:
            raise ValidationError(translate("Scope", "Give either a fiscal year or a date range, not both."), "period")
        period = fiscal_year(fiscal_year_name, load_settings(store).fiscal_start_month)
        return period.start, period.end
    if start is not None and end is not None:
        _check_order(start, end)
    return start, end


def _check_order(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError(translate(
            "Scope", "The range ends ({0}) before it starts ({1}).").format(end, start), "period")


def units_and_below(store: Store, *, names: Sequence[str] = (), ids: Sequence[str] = ()) -> set[str]:
    """The business units named (by any of their names) or given by id, and every unit nested below
    them; an unknown name is refused with the names known."""
    unit_ids: set[str] = set()
    for name in names:
        found = catalog_names.find(store, names_kind.BUSINESS_UNIT, name)  # any of its names
        unit = catalog.get_business_unit(store, found.target_id) if found else None
        if unit is None:
            known_names = (", ".join(u.name for u in catalog.list_business_units(store))
                           or translate("Scope", "none yet"))
            raise ValidationError(translate(
                "Scope", "There is no business unit named '{0}' (known: {1}).").format(name, known_names),
                "business_unit")
        unit_ids |= catalog.descendant_unit_ids(store, unit.id)
    for unit_id in ids:
        unit_ids |= catalog.descendant_unit_ids(store, unit_id)
    return unit_ids

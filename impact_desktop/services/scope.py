"""Turning what a user asked for (names, fiscal year, dates) into a summary scope."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from impact_desktop.core import names
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
    if fiscal_year_name is not None:
        if start or end:
            raise ValidationError(translate("Scope", "Give either a fiscal year or a date range, not both."), "period")
        period = fiscal_year(fiscal_year_name, load_settings(store).fiscal_start_month)
        start, end = period.start, period.end
    if start is None or end is None:
        # "All data" is widened to whole months, which the fast monthly roll-up answers.
        known = data_range(store)
        today = dt.date.today()
        first, last = known if known else (today, today)
        start = start or first.replace(day=1)
        end = end or month(last.year, last.month).end
    if end < start:
        raise ValidationError(translate(
            "Scope", "The range ends ({0}) before it starts ({1}).").format(end, start), "period")
    unit_ids: set[str] = set()
    for name in business_unit_names:
        found = catalog_names.find(store, names.BUSINESS_UNIT, name)  # any of its names
        unit = catalog.get_business_unit(store, found.target_id) if found else None
        if unit is None:
            known_names = (", ".join(u.name for u in catalog.list_business_units(store))
                           or translate("Scope", "none yet"))
            raise ValidationError(translate(
                "Scope", "There is no business unit named '{0}' (known: {1}).").format(name, known_names),
                "business_unit")
        unit_ids |= catalog.descendant_unit_ids(store, unit.id)
    for unit_id in business_unit_ids:
        unit_ids |= catalog.descendant_unit_ids(store, unit_id)
    return Scope(start, end, tuple(sorted(unit_ids)), tuple(program_ids))

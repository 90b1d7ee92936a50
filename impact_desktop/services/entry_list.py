"""Listing entries for people and scripts: the Entries page and ``impact-desktop entries``.

Both go through here to the same storage queries (:mod:`impact_desktop.storage.entry_queries`),
and both (with ``impact-desktop export``) turn what people chose into a filter with
:func:`entry_filter`, so what the table shows for a filter, a sort and a search is what the
command prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from impact_desktop.core.errors import ValidationError
from impact_desktop.core.texts import translate
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.scope import period_bounds, units_and_below
from impact_desktop.storage import catalog
from impact_desktop.storage.database import Store
from impact_desktop.storage.entry_name_sort import NAME_SORTS, stored_names
from impact_desktop.storage.entry_queries import (
    SORTABLE_COLUMNS,
    EntryFilter,
    StoredEntry,
    count_entries,
    query_entries,
)

__all__ = ["SORT_KEYS", "EntryFilter", "StoredEntry", "count_entries", "entry_filter", "entry_record",
           "list_entries"]

#: What entries can be sorted by (the table's columns, plus currency).
SORT_KEYS = tuple(SORTABLE_COLUMNS)


def list_entries(store: Store, flt: EntryFilter | None = None, *, order_by: str = "period", descending: bool = True,
                 limit: int = 500, after: StoredEntry | None = None, offset: int = 0) -> list[StoredEntry]:
    """One page of entries matching ``flt``; pass the last entry of a page as ``after`` for the next."""
    if order_by not in SORTABLE_COLUMNS:
        raise ValidationError(translate(
            "Entries", "Entries cannot be sorted by '{0}' (choose from {1}).").format(order_by, ", ".join(SORT_KEYS)),
            "sort")
    shown = shown_names(store) if order_by in NAME_SORTS else None
    return query_entries(store, flt, order_by=order_by, descending=descending, limit=limit, after=after,
                         offset=offset, shown=shown)


def shown_names(store: Store, book: NameBook | None = None) -> dict[str, str]:
    """Id → the name the interface shows (:class:`NameBook`), for every business unit, program,
    metric and channel shown by another name than the stored one: what name sorts sort by."""
    book = book if book is not None else NameBook(store)
    found: dict[str, str] = {}
    for kind, rows in stored_names(store).items():
        for target_id, name, key in rows:
            shown = book.metric_name(key, name, target_id) if kind == "metric" else book.shown(target_id, name)
            if shown != name:
                found[target_id] = shown
    return found


def entry_filter(store: Store, *, start: dt.date | None = None, end: dt.date | None = None,
                 fiscal_year_name: int | None = None, business_unit_names: Sequence[str] = (),
                 business_unit_ids: Sequence[str] = (), program_ids: Sequence[str] = (),
                 metric_keys: Sequence[str] = (), text: str = "") -> EntryFilter:
    """A filter from what people choose: a fiscal year or a range of dates, business units by any of
    their names or by id (each with the units under it), programs, metrics and a search text. A
    backwards range, an unknown unit or an unknown metric is an error naming it."""
    first, last = period_bounds(store, start=start, end=end, fiscal_year_name=fiscal_year_name)
    units = units_and_below(store, names=business_unit_names, ids=business_unit_ids)
    flt = EntryFilter(sorted(units), list(program_ids), start=first, end=last, text=text)
    known = {metric.key for metric in catalog.list_metrics(store)} if metric_keys else set()
    for key in metric_keys:
        if key not in known:
            raise ValidationError(translate(
                "Entries", "There is no metric '{0}' (known: {1}).").format(key, ", ".join(sorted(known))), "metric")
        flt.metric_keys.append(key)
    return flt


def _number(value: Decimal) -> int | str:
    """Whole numbers as JSON numbers, fractions as exact decimal strings (never a float)."""
    return int(value) if value == value.to_integral_value() else str(value.normalize())


def entry_record(entry: StoredEntry, book: NameBook | None = None) -> dict:
    """An entry as plain JSON-ready values; names as ``book`` shows them (default: main names)."""
    draft = entry.draft

    def shown(target_id: str | None, name: str) -> str:
        return book.shown(target_id, name) if book is not None else name

    return {
        "id": entry.id, "period": draft.period.label(), "period_start": draft.period.start.isoformat(),
        "period_end": draft.period.end.isoformat(), "business_unit": shown(entry.business_unit_id, entry.business_unit),
        "program": shown(draft.program_id, entry.program), "metric": draft.metric_key,
        "metric_name": book.metric_name(draft.metric_key, entry.metric_name, entry.metric_id) if book is not None
        else entry.metric_name, "value": _number(draft.value),
        "unit": draft.currency or entry.unit, "currency": draft.currency,
        "channel": shown(draft.channel_id, entry.channel) if entry.channel else None,
        "origin": draft.origin.value, "note": draft.note, "updated_at": entry.updated_at,
        "changed_by": entry.changed_by,
    }

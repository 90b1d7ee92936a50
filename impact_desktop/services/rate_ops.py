"""The currency rates the user keeps: list them, and add, edit or delete them as undoable changes.

A rate keeps its id through undo and redo: deleting soft-deletes it and undoing that
brings the same row back, so nothing that remembers the id is lost.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from impact_desktop.core.amounts import is_scientific
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.money import normalize_currency
from impact_desktop.core.rates import Rate
from impact_desktop.core.texts import translate
from impact_desktop.services.changes import RATES, Change
from impact_desktop.storage import rates
from impact_desktop.storage.database import Store
from impact_desktop.storage.rows import new_id
from impact_desktop.storage.settings import load_settings

__all__ = ["Rate", "add_rate", "clashing_rates", "delete_rates", "edit_rate", "list_rates", "parse_rate"]


def parse_rate(text: str) -> Decimal:
    """A rate as typed; raises ValidationError. Scientific notation ("1e3") is refused as in value
    fields: the digits it hides cannot be known (rates read from files go through
    :func:`impact_desktop.storage.rates.parse_rate` alone, our own exports writing 1.449E-7)."""
    if is_scientific(str(text)):
        raise ValidationError(translate(
            "RateCheck", "'{0}' is in scientific notation, which can hide dropped digits: write the rate in full "
            "(like 1000 or 0.1449).").format(str(text).strip()), "rate")
    return rates.parse_rate(text)


def list_rates(store: Store) -> list[Rate]:
    """Every live rate, by pair and start."""
    return rates.list_rates(store)


def _clashes(stored: list[Rate], rate: Rate, own_id: str | None) -> list[tuple[Rate, bool]]:
    """The stored rates (but ``own_id``) that ``rate`` would clash with: (other, the other way round)."""
    source, target = normalize_currency(rate.from_currency), normalize_currency(rate.to_currency)
    found = []
    for other in stored:
        if other.id == own_id or (other.period.start, other.period.end) != (rate.period.start, rate.period.end):
            continue
        pair = (other.from_currency, other.to_currency)
        if pair in ((source, target), (target, source)):
            found.append((other, pair == (target, source)))
    return found


def _check_unique(store: Store, rate: Rate, own_id: str | None = None) -> None:
    """ValidationError when another rate has the same currencies and period: a summary would use one
    of the two, not necessarily the one just typed (an import keeps the stored one and says so).
    The same for a rate the other way round over the same period (USD→CNY beside CNY→USD): the two
    contradict each other, and conversions silently used one of them.

    An edit may keep a clash its rate already has, never make a new one: a store made before such
    rates were refused can hold two of them, and refusing every edit of either ("there is already a
    rate…") left the user no way to correct one by editing it (see :func:`clashing_rates`)."""
    stored = rates.list_rates(store)
    before = next((other for other in stored if other.id == own_id), None) if own_id else None
    kept = {other.id for other, _reverse in _clashes(stored, before, own_id)} if before else set()
    for other, reverse in _clashes(stored, rate, own_id):
        if other.id in kept:
            continue
        label = other.period.label(load_settings(store).fiscal_start_month)
        if not reverse:
            raise ValidationError(translate(
                "RateCheck", "There is already a rate {source}→{target} for {period} ({rate}): edit that one "
                "instead.").format(source=other.from_currency, target=other.to_currency, period=label,
                                   rate=other.rate), "period")
        raise ValidationError(translate(
            "RateCheck", "There is already a rate {source}→{target} for {period} ({rate}); a {target}→{source} "
            "rate for the same period would contradict it: edit that one instead.").format(
            source=other.from_currency, target=other.to_currency, period=label, rate=other.rate), "period")


def clashing_rates(store: Store) -> list[list[Rate]]:
    """Groups of stored rates for one pair (either way round) and period: a store made before
    such rates were refused can hold them. Conversions use one of each group, so the user is
    shown them to delete or change all but one. Each group in the listing's order."""
    stored = rates.list_rates(store)
    groups: dict[tuple, list[Rate]] = {}
    for rate in stored:
        key = (frozenset((rate.from_currency, rate.to_currency)), rate.period.start, rate.period.end)
        groups.setdefault(key, []).append(rate)
    return [group for group in groups.values() if len(group) > 1]


def add_rate(store: Store, rate: Rate) -> Change:
    """Add ``rate`` (its id is ignored); the result is the new row's id. ValidationError before writing."""
    _check_unique(store, rate)
    row_id = new_id()
    rates.add_rate(store, dataclasses.replace(rate, id=row_id))
    return Change(undo=lambda s: rates.delete_rates(s, [row_id]), redo=lambda s: rates.delete_rates(s, [row_id], False),
                  topics=(RATES,), result=row_id)


def edit_rate(store: Store, old: Rate, values: Rate) -> Change:
    """Give the rate ``old`` (as listed) the ``values``; undo puts ``old`` back."""
    _check_unique(store, values, old.id)
    rates.update_rate(store, old.id, values)
    return Change(undo=lambda s: rates.update_rate(s, old.id, old), redo=lambda s: rates.update_rate(s, old.id, values),
                  topics=(RATES,))


def delete_rates(store: Store, ids: list[str]) -> Change:
    """Delete the rates ``ids``; undo brings the same rows back. The result is how many were deleted."""
    ids = list(ids)
    count = rates.delete_rates(store, ids)
    return Change(undo=lambda s: rates.delete_rates(s, ids, False), redo=lambda s: rates.delete_rates(s, ids),
                  topics=(RATES,), result=count)

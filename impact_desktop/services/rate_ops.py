"""The currency rates the user keeps: list them, and add, edit or delete them as undoable changes.

A rate keeps its id through undo and redo: deleting soft-deletes it and undoing that
brings the same row back, so nothing that remembers the id is lost.
"""

from __future__ import annotations

import dataclasses

from impact_desktop.core.rates import Rate
from impact_desktop.services.changes import RATES, Change
from impact_desktop.storage import rates
from impact_desktop.storage.database import Store
from impact_desktop.storage.rates import parse_rate
from impact_desktop.storage.rows import new_id

__all__ = ["Rate", "add_rate", "delete_rates", "edit_rate", "list_rates", "parse_rate"]


def list_rates(store: Store) -> list[Rate]:
    """Every live rate, by pair and start."""
    return rates.list_rates(store)


def add_rate(store: Store, rate: Rate) -> Change:
    """Add ``rate`` (its id is ignored); the result is the new row's id. ValidationError before writing."""
    row_id = new_id()
    rates.add_rate(store, dataclasses.replace(rate, id=row_id))
    return Change(undo=lambda s: rates.delete_rates(s, [row_id]), redo=lambda s: rates.delete_rates(s, [row_id], False),
                  topics=(RATES,), result=row_id)


def edit_rate(store: Store, old: Rate, values: Rate) -> Change:
    """Give the rate ``old`` (as listed) the ``values``; undo puts ``old`` back."""
    rates.update_rate(store, old.id, values)
    return Change(undo=lambda s: rates.update_rate(s, old.id, old), redo=lambda s: rates.update_rate(s, old.id, values),
                  topics=(RATES,))


def delete_rates(store: Store, ids: list[str]) -> Change:
    """Delete the rates ``ids``; undo brings the same rows back. The result is how many were deleted."""
    ids = list(ids)
    count = rates.delete_rates(store, ids)
    return Change(undo=lambda s: rates.delete_rates(s, ids, False), redo=lambda s: rates.delete_rates(s, ids),
                  topics=(RATES,), result=count)

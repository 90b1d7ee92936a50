"""What an operation that changes the store hands back: the result, and how to undo and redo it.

Every use case that changes data (a catalogue edit, an entry saved, a target, a rate, the
settings, an import and its undo) is a function in ``services/`` that makes the change at
once, in one transaction, and returns a :class:`Change`. A refused change raises an
``ImpactError`` before anything is written. The GUI pushes the change onto its undo stack
(``gui/common/undo.py``); the CLI reads ``result`` and ignores the rest. Neither knows which
tables the change touched, so a rule that must hold for every write lives in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from impact_desktop.storage.database import Store

#: Topics a change announces, so the views that show that data refresh.
ENTRIES, CATALOG, TARGETS, RATES, SETTINGS, IMPORTS = "entries", "catalog", "targets", "rates", "settings", "imports"


@dataclass(frozen=True)
class Change:
    """A change already made once.

    Attributes:
        undo: ``undo(store)`` takes it back (one transaction; raises ImpactError if it cannot).
        redo: ``redo(store)`` makes it again after an undo (the same rows, the same ids).
        topics: what changed, for the views to refresh (see the constants above).
        result: what the caller asked for (a new id, a count, a batch), or None.
    """

    undo: Callable[[Store], object]
    redo: Callable[[Store], object]
    topics: tuple[str, ...]
    result: object = None

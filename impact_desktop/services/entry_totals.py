"""How many entries a database holds, from the monthly roll-up (milliseconds at a million entries).

The status bar shows the count; the welcome dialog only asks whether there is any entry.
"""

from __future__ import annotations

from impact_desktop.storage import dashboard_queries
from impact_desktop.storage.database import Store


def live_entry_count(store: Store) -> int:
    """Every live entry, of every metric and program (the same figure as counting them)."""
    return dashboard_queries.live_entry_count(store)


def has_entries(store: Store) -> bool:
    """True when the database holds at least one live entry."""
    return dashboard_queries.has_entries(store)

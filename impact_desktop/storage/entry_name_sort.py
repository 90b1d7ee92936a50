"""Sorting entries by the names people see, not the names stored.

In a Chinese interface the Entries table shows 蚂蚁金服 for a unit stored as ``Ant Financial``
(its alternative name); sorted by business unit, it must be in the order of what it shows.
The caller passes ``shown``: id → the name shown, for the units, programs, metrics and
channels whose shown name differs from the stored one.

The names are put in the interface language's order (pinyin order in Chinese, case ignored,
numbers as numbers: :mod:`impact_desktop.core.name_order`), which SQLite's ``ORDER BY name``
cannot give, so every name sort goes through here, whatever the language.

The groups of a name sort (programs for a sort by unit or program, metrics, channels) are
few, so they are put in order here, in Python, by the names shown (then id). The
group-by-group walk reads them in that order;
a whole-selection sort orders by each entry's group's rank, looked up through a function
registered on the connection (a join or a ``VALUES`` table of the ranks threw SQLite's plan
off: ten times slower at a month of a million entries).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from impact_desktop.core.name_order import name_order_key
from impact_desktop.storage.database import Store

#: Name sort → the column of ``entries`` naming an entry's group.
GROUP_COLUMNS = {"business_unit": "e.program_id", "program": "e.program_id", "metric": "e.metric_id",
                 "channel": "e.channel_id"}
NAME_SORTS = frozenset(GROUP_COLUMNS)
#: The SQL function: an entry's group → its rank (channel: no channel ranks first).
RANK_FUNCTION = "entry_group_rank"


def named(name: str, target_id: str | None, shown: Mapping[str, str] | None) -> object:
    """The key ``target_id`` sorts by: the name shown where given, else ``name``, in the
    interface language's order (:func:`~impact_desktop.core.name_order.name_order_key`)."""
    return name_order_key(shown.get(target_id, name) if shown and target_id else name)


def ordered_groups(store: Store, order_by: str, shown: Mapping[str, str] | None) -> list:
    """The groups of a name sort (program, metric or channel ids; ``None`` first for no channel),
    in ascending order of the names shown."""
    if order_by == "business_unit":
        rows = store.db.execute("SELECT p.id, b.id, b.name, p.name FROM programs p "
                                "JOIN business_units b ON b.id = p.business_unit_id").fetchall()
        return [row[0] for row in sorted(rows, key=lambda r: (named(r[2], r[1], shown), r[1],
                                                              named(r[3], r[0], shown), r[0]))]
    table = {"program": "programs", "metric": "metrics", "channel": "channels"}[order_by]
    rows = store.db.execute(f"SELECT id, name FROM {table}").fetchall()
    ids = [row[0] for row in sorted(rows, key=lambda r: (named(r[1], r[0], shown), r[0]))]
    return [None, *ids] if order_by == "channel" else ids


def rank_terms(store: Store, order_by: str, shown: Mapping[str, str] | None) -> tuple[tuple[str, ...],
                                                                               Callable[[str | None], int]]:
    """The ORDER BY terms of a whole-selection name sort and the rank of a group they use;
    registers :data:`RANK_FUNCTION` on ``store``'s connection for them."""
    ranks = {group: rank for rank, group in enumerate(ordered_groups(store, order_by, shown))}
    no_group = ranks.get(None, -1)

    def rank(group: str | None) -> int:
        return ranks.get(group or None, no_group)

    store.db.conn.create_function(RANK_FUNCTION, 1, rank, deterministic=True)
    return (f"{RANK_FUNCTION}({GROUP_COLUMNS[order_by]})", "e.period_end", "e.rowid"), rank


def stored_names(store: Store) -> dict[str, list[tuple[str, str, str]]]:
    """Kind → (id, stored name, metric key or "") of every unit, program, metric and channel,
    archived and deleted ones too (an entry may still name them)."""
    sql = {"business_unit": "SELECT id, name, '' FROM business_units", "program": "SELECT id, name, '' FROM programs",
           "metric": "SELECT id, name, key FROM metrics", "channel": "SELECT id, name, '' FROM channels"}
    return {kind: store.db.execute(query).fetchall() for kind, query in sql.items()}

"""Reads the dashboard and the report need beyond totals: activity and provenance.

Like :mod:`impact_desktop.storage.summary_queries`, whole-month scopes are answered from
the roll-ups (``program_months`` counts every live entry, of every metric, per program
and month), other ranges from ``entries`` itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from impact_desktop.core.aggregation import Observation
from impact_desktop.core.money import from_scaled
from impact_desktop.core.periods import month, month_key
from impact_desktop.storage.database import Store
from impact_desktop.storage.summary_queries import FLOW_DIMENSIONS, Scope, _scope_filter


def _whole_months(scope: Scope) -> bool:
    return scope.start.day == 1 and scope.end == month(scope.end.year, scope.end.month).end


def active_program_count(store: Store, scope: Scope) -> int:
    """Programs with at least one live entry (any metric) in scope."""
    if _whole_months(scope):
        where, params = _scope_filter(scope, "t.program_id")
        sql = ("SELECT count(DISTINCT t.program_id) FROM program_months t JOIN programs p ON p.id = t.program_id "
               f"WHERE t.month BETWEEN ? AND ? AND {where}")
        bounds = [month_key(scope.start), month_key(scope.end)]
    else:
        where, params = _scope_filter(scope, "e.program_id")
        sql = ("SELECT count(DISTINCT e.program_id) FROM entries e JOIN programs p ON p.id = e.program_id "
               f"WHERE e.deleted_at IS NULL AND e.period_end BETWEEN ? AND ? AND {where}")
        bounds = [scope.start.isoformat(), scope.end.isoformat()]
    return store.db.execute(sql, [*bounds, *params]).fetchone()[0]


@dataclass(frozen=True)
class SourceCount:
    """How many live entries in scope came from one kind of source."""

    origin: str
    entries: int


@dataclass(frozen=True)
class BatchSource:
    """An import batch that contributed entries to the scope."""

    file_name: str
    sheet: str
    imported_at: str
    entries: int


def _entries_where(scope: Scope) -> tuple[str, list]:
    where, params = _scope_filter(scope, "e.program_id")
    return (f"e.deleted_at IS NULL AND e.period_end BETWEEN ? AND ? AND {where}",
            [scope.start.isoformat(), scope.end.isoformat(), *params])


def imported_entry_count(store: Store, scope: Scope) -> int:
    """Live entries in scope that came from an import batch still in force.

    Driven from ``import_batches`` (a handful of rows) through the batch index, so a
    database of hand-typed entries answers at once.
    """
    where, params = _entries_where(scope)
    sql = ("SELECT count(*) FROM import_batches b CROSS JOIN entries e JOIN programs p ON p.id = e.program_id "
           f"WHERE e.import_batch_id = b.id AND b.deleted_at IS NULL AND b.undone_at IS NULL AND {where}")
    return store.db.execute(sql, params).fetchone()[0]


def batch_sources(store: Store, scope: Scope, limit: int = 50) -> list[BatchSource]:
    """Import batches (not undone) with live entries in scope, newest first."""
    where, params = _entries_where(scope)
    sql = ("SELECT b.file_name, coalesce(b.sheet, ''), b.imported_at, count(e.id) FROM import_batches b "
           "CROSS JOIN entries e JOIN programs p ON p.id = e.program_id "
           f"WHERE e.import_batch_id = b.id AND b.deleted_at IS NULL AND b.undone_at IS NULL AND {where} "
           "GROUP BY b.id ORDER BY b.imported_at DESC LIMIT ?")
    return [BatchSource(*row) for row in store.db.execute(sql, [*params, limit])]


def activity_counts(store: Store, scope: Scope, before: Scope) -> tuple[int, int, int]:
    """(entries in scope, active programs in scope, active programs in ``before``).

    One pass over ``program_months`` (live entries per program and month: a fiscal year
    and the year before are 4,800 rows at 200 programs) when both scopes are whole months
    (the usual case), instead of three queries.
    """
    if not (_whole_months(scope) and _whole_months(before) and before.end < scope.start):
        from impact_desktop.storage.summary_queries import entry_count

        return entry_count(store, scope), active_program_count(store, scope), active_program_count(store, before)
    where, params = _scope_filter(scope, "t.program_id")
    now, then = month_key(scope.start), month_key(before.end)
    sql = ("SELECT coalesce(sum(CASE WHEN t.month >= ? THEN t.entry_count END), 0), "
           "count(DISTINCT CASE WHEN t.month >= ? THEN t.program_id END), "
           "count(DISTINCT CASE WHEN t.month <= ? THEN t.program_id END) "
           "FROM program_months t JOIN programs p ON p.id = t.program_id "
           f"WHERE t.month BETWEEN ? AND ? AND {where}")
    row = store.db.execute(sql, [now, now, then, month_key(before.start), month_key(scope.end), *params]).fetchone()
    return row[0], row[1], row[2]


def live_entry_count(store: Store) -> int:
    """Every live entry, of every metric and program, from the roll-up.

    The same figure as ``count(*)`` over live entries (the triggers keep
    ``program_months`` exact), in a few milliseconds instead of 0.6 s at a million.
    """
    return store.db.execute("SELECT coalesce(sum(entry_count), 0) FROM program_months").fetchone()[0]


def has_entries(store: Store) -> bool:
    """True when the database holds at least one live entry (one primary-key step)."""
    return store.db.execute("SELECT EXISTS (SELECT 1 FROM program_months)").fetchone()[0] == 1


def change_token(store: Store) -> tuple[int, int, int]:
    """A value that differs after any change to the database: figures read under one
    token stay true as long as :func:`change_token` gives the same value.

    ``total_changes`` counts every row this connection inserted, updated or deleted
    (rolled-back ones too: a needless re-read, never a stale one); ``PRAGMA data_version``
    moves when another connection (a worker's import, another program) commits; the
    store's generation (``PRAGMA user_version``) moves with every committed write.
    """
    conn = store.conn
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    generation = conn.execute("PRAGMA user_version").fetchone()[0]
    return conn.total_changes, version, generation


def data_months(store: Store) -> tuple[dt.date, dt.date] | None:
    """First day of the first month and last day of the last month holding live entries.

    Read from the roll-up (a few thousand rows) rather than by scanning ``entries``: a
    summary buckets an entry by the month its period ends in, so these whole months
    cover every entry any scope can include.
    """
    # The triggers delete a roll-up row when its count reaches zero, so every row is live;
    # alone and without a WHERE clause, min() and max() each read one end of the primary key.
    first = store.db.execute("SELECT min(month) FROM monthly_totals").fetchone()[0]
    last = store.db.execute("SELECT max(month) FROM monthly_totals").fetchone()[0]
    if first is None:
        return None
    return month(first // 100, first % 100).start, month(last // 100, last % 100).end


def deciding_observations(store: Store, scope: Scope, group_by: Sequence[str] = ()) -> list[Observation]:
    """The stock and distinct-count entries in scope that decide their totals.

    Like :func:`impact_desktop.storage.summary_queries.observations`, but SQLite keeps
    only the observations each aggregation rule can pick: for a stock, the latest of each
    series (program/channel/currency) in each group; for a distinct count, the largest in
    each group (the rule takes the largest figure). The rules in
    :mod:`impact_desktop.core.aggregation` give the same totals on these as on every
    observation, without turning thousands of monthly stock rows into Python objects
    (a fiscal year of 200 programs: 5,000 rows → about 300).
    """
    return deciding_observations_by_period(store, scope, (), group_by)[0]


#: Dimensions a series (program/channel/currency) decides: a stock's GROUP BY needs only the series.
_SERIES_DIMENSIONS = frozenset({"business_unit", "program", "channel"})


def deciding_observations_by_period(store: Store, scope: Scope, splits: Sequence[dt.date],
                                    group_by: Sequence[str] = ()) -> list[list[Observation]]:
    """:func:`deciding_observations` of adjacent periods in one pass.

    ``splits`` are the first days of the second, third… period inside ``scope`` (an entry
    belongs to the period its end falls in, as everywhere); one list per period. Plain
    GROUP BY with SQLite's max() bare columns (the other columns come from the row that
    holds the maximum): a window function over the same rows took 2–4× as long.

    SQLite groups per program (a stock per series) and metric id, without joining metrics
    or programs: the few live programs in scope, with their units, are read first and
    applied here. Eight years at 200 programs are 40,000 observations to group, and each
    join cost an index search per observation and longer sort keys.
    """
    periods: list[list[Observation]] = [[] for _ in range(len(splits) + 1)]
    kinds: dict[str, list[str]] = {"stock": [], "distinct": []}
    key_of: dict[str, str] = {}
    for metric_id, key, aggregation in store.db.execute(
            "SELECT id, key, aggregation FROM metrics WHERE aggregation IN ('stock', 'distinct') "
            "AND deleted_at IS NULL"):
        kinds[aggregation].append(metric_id)
        key_of[metric_id] = key
    if not key_of:
        return periods
    where, params = _scope_filter(scope, "p.id")
    unit_of = dict(store.db.execute(f"SELECT p.id, p.business_unit_id FROM programs p WHERE {where}", params))
    programs, program_params = "", []
    if scope.program_ids:
        programs = f" AND e.program_id IN ({', '.join('?' for _ in scope.program_ids)})"
        program_params = list(scope.program_ids)
    # Every dimension but the unit comes from the entry; the unit from its program, here.
    sql_dims = [FLOW_DIMENSIONS[name][1] for name in group_by if name != "business_unit"]
    dims = "".join(f", {column}" for column in sql_dims)
    own_dims = "".join(f", {FLOW_DIMENSIONS[name][1]}" for name in group_by if name not in _SERIES_DIMENSIONS)
    period = " + ".join("(e.period_end >= ?)" for _ in splits) or "0"
    series = "e.program_id || '/' || coalesce(e.channel_id, '') || '/' || coalesce(e.currency, '')"
    # observed_entries holds these entries alone, narrow, in series order, with the as-of
    # stamp and span computed: every grouping but by month or B4SI class is read from it,
    # one period at a time (its order then needs no sort: eight years' 44,000 observations
    # at a million entries took 3× as long to group with the period as the first key).
    if all(name in _SERIES_DIMENSIONS for name in group_by):
        return _observed_by_period(store, scope, splits, group_by, kinds, key_of, unit_of, periods)
    # The metric index, always: driven from programs through ix_entries_program_end,
    # SQLite read every entry of a year (0.7 s at a million) for a few thousand.
    source = "entries e INDEXED BY ix_entries_metric_end"
    as_of = "e.period_end || ' ' || e.updated_at"
    span = "CAST(julianday(e.period_end) - julianday(e.period_start) AS INTEGER) + 1"
    picks = {
        "stock": (f"{series}, e.value_e4, max({as_of}), {span}",
                  f"{own_dims}, e.program_id, coalesce(e.channel_id, ''), coalesce(e.currency, '')"),
        # Per program (so a deleted program's figures can be left out here), the largest.
        "distinct": (f"{series}, max(e.value_e4), {as_of}, {span}", f", e.program_id{dims}"),
    }
    unit_at = [i for i, name in enumerate(group_by) if name == "business_unit"]
    for kind, metric_ids in kinds.items():
        if not metric_ids:
            continue
        columns, decided_by = picks[kind]
        sql = (
            f"SELECT {period}, e.metric_id, e.program_id{dims}, {columns} FROM {source} "
            f"WHERE e.metric_id IN ({', '.join('?' for _ in metric_ids)}) AND e.deleted_at IS NULL "
            f"AND e.period_end BETWEEN ? AND ?{programs} GROUP BY 1, 2{decided_by}"
        )
        rows = store.db.execute(sql, [*(day.isoformat() for day in splits), *metric_ids, scope.start.isoformat(),
                                      scope.end.isoformat(), *program_params])
        _add_observations(rows, key_of, unit_of, unit_at, periods)
    return periods


#: observed_entries' columns for the dimensions it can group by (channel and currency are stored as '' for none).
_OBSERVED_DIMENSIONS = {"program": "e.program_id", "channel": "e.channel_id"}


def _observed_by_period(store: Store, scope: Scope, splits: Sequence[dt.date], group_by: Sequence[str],
                        kinds: dict[str, list[str]], key_of: dict[str, str], unit_of: dict[str, str],
                        periods: list[list[Observation]]) -> list[list[Observation]]:
    """:func:`deciding_observations_by_period` from ``observed_entries`` (``group_by`` of unit,
    program or channel only): per period, one GROUP BY in the table's own order."""
    programs, program_params = "", []
    if scope.program_ids:
        programs = f" AND e.program_id IN ({', '.join('?' for _ in scope.program_ids)})"
        program_params = list(scope.program_ids)
    dims = "".join(f", {_OBSERVED_DIMENSIONS[name]}" for name in group_by if name != "business_unit")
    series = "e.program_id || '/' || e.channel_id || '/' || e.currency"
    picks = {
        "stock": (f"{series}, e.value_e4, max(e.as_of), e.span_days", ", e.program_id, e.channel_id, e.currency"),
        # Per program (so a deleted program's figures can be left out here), the largest.
        "distinct": (f"{series}, max(e.value_e4), e.as_of, e.span_days", f", e.program_id{dims}"),
    }
    starts = [scope.start, *splits]
    ends = [*(day - dt.timedelta(days=1) for day in splits), scope.end]
    # A period spanning much of the data reads the metric's rows in order ("+" keeps SQLite
    # from a skip-scan of each series' period_end range, which at a million entries took
    # twice as long: eight years and the eight before, 42 ms -> 20 ms); a short one seeks.
    # (The period as a last GROUP BY key, one pass for all periods, needed a sort of every row.)
    known = data_months(store)
    whole = ["+" if known is not None and _share(start, end, known) > 0.3 else "" for start, end in zip(
        starts, ends, strict=True)]
    unit_at = [i for i, name in enumerate(group_by) if name == "business_unit"]
    for kind, metric_ids in kinds.items():
        if not metric_ids:
            continue
        columns, decided_by = picks[kind]
        metrics = ", ".join("?" for _ in metric_ids)
        sql = " UNION ALL ".join(
            f"SELECT {index}, e.metric_id, e.program_id{dims}, {columns} FROM observed_entries e "
            f"WHERE e.metric_id IN ({metrics}) AND {whole[index]}e.period_end BETWEEN ? AND ?{programs} "
            f"GROUP BY e.metric_id{decided_by}" for index in range(len(starts)))
        params = [value for start, end in zip(starts, ends, strict=True)
                  for value in (*metric_ids, start.isoformat(), end.isoformat(), *program_params)]
        _add_observations(store.db.execute(sql, params), key_of, unit_of, unit_at, periods)
    return periods


def _add_observations(rows, key_of: dict[str, str], unit_of: dict[str, str], unit_at: list[int],
                      periods: list[list[Observation]]) -> None:
    """Add rows ``(period, metric_id, program_id, *dimensions, series, value_e4, as_of, span_days)``
    to ``periods`` as Observations, the business unit put in at ``unit_at`` (a deleted program,
    or one outside the scope's units, is left out)."""
    for row in rows:
        unit = unit_of.get(row[2])
        if unit is None:
            continue
        group = [key_of[row[1]], *row[3:-4]]
        for index in unit_at:
            group.insert(1 + index, unit)
        periods[row[0]].append(Observation(tuple(group), row[-4], from_scaled(row[-3]), row[-2], row[-1]))


def _share(start: dt.date, end: dt.date, known: tuple[dt.date, dt.date]) -> float:
    """The part of the days with data (``known``) that ``start`` … ``end`` covers (0 … 1)."""
    first, last = max(start, known[0]), min(end, known[1])
    if first > last:
        return 0.0  # a seek per series finds nothing at once
    return ((last - first).days + 1) / ((known[1] - known[0]).days + 1)

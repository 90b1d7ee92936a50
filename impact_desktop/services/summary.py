"""Totals that obey the aggregation rules, in the reporting currency.

This is the one place where flows, stocks and distinct counts are combined, so the CLI,
the dashboard and the printed report can never disagree about a figure.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from impact_desktop.core.aggregation import Observation, distinct_as_entered, latest_stock, sum_flows
from impact_desktop.core.metrics import Aggregation, Metric
from impact_desktop.core.money import SCALE_DIGITS, normalize_currency, normalize_decimal, round_money
from impact_desktop.core.name_order import name_order_key
from impact_desktop.core.periods import month_key
from impact_desktop.core.texts import translate
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.storage import catalog, dashboard_queries, summary_queries
from impact_desktop.storage.database import Store
from impact_desktop.storage.rates import rate_table
from impact_desktop.storage.settings import load_settings
from impact_desktop.storage.summary_queries import Scope
from impact_desktop.storage.targets import list_targets


def change(value: Decimal | None, previous: Decimal | None) -> Decimal | None:
    """``value`` against ``previous`` as a fraction (+0.25 is 25 % up); ``None`` when either
    figure is missing (no entries is not 0) or the previous one is 0."""
    if value is None or previous is None or previous == 0:
        return None
    return (value - previous) / abs(previous)


def achieved(value: Decimal | None, target: Decimal | None) -> Decimal | None:
    """``value`` as a share of ``target``; ``None`` when there is no figure, no target or a 0 target."""
    if value is None or target is None or target == 0:
        return None
    return value / target


@dataclass
class Summary:
    """The headline figures for one scope. Money is in ``currency``.

    A metric with no entry in scope has no key in ``totals`` (and :meth:`figure` gives
    ``None``); a metric whose entries add up to 0 has the key with 0. Views must keep the
    two apart: "—" is honest, 0 would claim that nothing was done.
    """

    currency: str
    start: dt.date
    end: dt.date
    entries: int
    totals: dict[str, Decimal]
    by_business_unit: dict[str, dict[str, Decimal]]
    metrics: dict[str, Metric]
    targets: dict[str, Decimal] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: Metric key → the name shown (:class:`NameBook`: the interface's or ``--language``'s).
    metric_names: dict[str, str] = field(default_factory=dict)

    def metric_name(self, key: str) -> str:
        return self.metric_names.get(key) or self.metrics[key].name

    def figure(self, key: str) -> Decimal | None:
        """The metric's total in scope, or ``None`` when no entry of it is in scope."""
        return self.totals.get(key)

    @property
    def shown_keys(self) -> list[str]:
        """Metrics worth a line: those with entries in scope or a target for it, sorted by key."""
        return sorted(set(self.totals) | set(self.targets))

    def achieved(self, key: str) -> Decimal | None:
        """The figure as a share of its target; ``None`` without a figure or a target."""
        return achieved(self.figure(key), self.targets.get(key))


def grouped_totals(
    store: Store, scope: Scope, group_by: Sequence[str] = (), currency: str | None = None
) -> dict[tuple, Decimal]:
    """Totals keyed by ``(metric_key, *group values)``, each metric aggregated by its kind.

    Raises :class:`~impact_desktop.core.errors.MissingRateError` when money in another
    currency has no rate for a month in scope.
    """
    reporting = normalize_currency(currency or load_settings(store).reporting_currency)
    kinds = {metric.key: metric.aggregation for metric in catalog.list_metrics(store)}
    totals: dict[Hashable, Decimal] = dict(
        sum_flows(summary_queries.flow_parts(store, scope, group_by), rate_table(store), reporting)
    )
    observations = summary_queries.observations(store, scope, group_by)
    stocks = [obs for obs in observations if kinds.get(obs.group[0]) == Aggregation.STOCK]
    distinct = [obs for obs in observations if kinds.get(obs.group[0]) == Aggregation.DISTINCT]
    totals.update(latest_stock(stocks))
    totals.update(distinct_as_entered(distinct))
    return {key: normalize_decimal(value) for key, value in totals.items()}


Grouping = tuple[Sequence[str], Sequence[str] | None]


def grouped_totals_multi(
    store: Store, scope: Scope, groupings: Sequence[Grouping], currency: str | None = None,
) -> list[dict[tuple, Decimal]]:
    """Several groupings of one scope, each as :func:`grouped_totals` would give it, read once.

    ``groupings`` are ``(group_by, metric_keys)`` pairs. Flows are read once at the finest
    grouping (every dimension asked for) and observations once at the finest grouping of
    those that need stocks or distinct counts; each grouping is then re-aggregated with the
    same rules. That is exact: sums of flows stay month-by-month and currency-by-currency
    (so conversion is unchanged), the latest stock of a series is the latest of its latest
    values in finer groups, and the largest distinct count is the largest of the finer ones.
    Raises :class:`~impact_desktop.core.errors.MissingRateError` like :func:`grouped_totals`.
    """
    return PeriodTotals(store, [scope], groupings, currency).totals(0)


class PeriodTotals:
    """The figures of adjacent periods (a year and the year before), read in one pass.

    When the scopes are whole months, back to back, with the same units and programs,
    one roll-up query and one observation query serve them all (the dashboard's current
    and previous period: 2 queries instead of 4); otherwise each scope is read alone.
    :meth:`totals` converts one period's figures, so a missing rate in one period does
    not hide the others.
    """

    def __init__(self, store: Store, scopes: Sequence[Scope], groupings: Sequence[Grouping],
                 currency: str | None = None):
        self.reporting = normalize_currency(currency or load_settings(store).reporting_currency)
        self.kinds = {metric.key: metric.aggregation for metric in catalog.list_metrics(store)}
        self.groupings = list(groupings)
        counted = {key for key, kind in self.kinds.items() if kind != Aggregation.FLOW}
        self.flow_dims = _union(groupings)
        self.obs_dims = _union([(g, k) for g, k in groupings if k is None or counted & set(k)])
        self.needs_obs = [k is None or bool(counted & set(k)) for _g, k in groupings]
        self.rates = rate_table(store)
        # Flows come summed per grouping, currency and (foreign money only) month by SQLite.
        self.flows: list[list[list[tuple]]] = [[[] for _ in scopes] for _ in self.groupings]
        finer = _finer_groupings(self.groupings)
        # Groupings by month and/or unit come from one read of the unit roll-up when it can serve them.
        by_unit_month = [p for p, (group_by, _keys) in enumerate(self.groupings)
                         if p not in finer and set(group_by) <= {"month", "business_unit"}]
        if len(by_unit_month) < 2:
            by_unit_month = []
        if _adjacent_months(scopes):
            whole = Scope(scopes[0].start, scopes[-1].end, scopes[0].business_unit_ids, scopes[0].program_ids)
            firsts = [month_key(s.start) for s in scopes[1:]]
            served = self._read_by_unit_month(store, whole, by_unit_month, firsts)
            for position, (group_by, keys) in enumerate(self.groupings):
                if position in finer or position in served:
                    continue
                for row in summary_queries.flow_sums(store, whole, group_by, keys, self.reporting, firsts):
                    self.flows[position][row[0]].append(row[1:])
            self.observed = (dashboard_queries.deciding_observations_by_period(
                store, whole, [s.start for s in scopes[1:]], self.obs_dims) if any(self.needs_obs)
                else [[] for _ in scopes])
        else:
            served = set()
            if len(scopes) == 1:
                served = self._read_by_unit_month(store, scopes[0], by_unit_month, [])
            for position, (group_by, keys) in enumerate(self.groupings):
                for index, scope in enumerate(scopes):
                    if position not in finer and position not in served:
                        self.flows[position][index] = [row[1:] for row in summary_queries.flow_sums(
                            store, scope, group_by, keys, self.reporting)]
            self.observed = [dashboard_queries.deciding_observations(store, s, self.obs_dims)
                             if any(self.needs_obs) else [] for s in scopes]
        for position, (source, dims) in finer.items():  # a coarser grouping: the finer one's rows, re-added
            keys = self.groupings[position][1]
            for index, rows in enumerate(self.flows[source]):
                sums: dict[tuple, int] = defaultdict(int)
                for row in rows:
                    if keys is None or row[0] in keys:
                        sums[(row[0], *(row[1 + d] for d in dims), row[-3], row[-2])] += row[-1]
                self.flows[position][index] = [(*key, total) for key, total in sums.items()]

    def _read_by_unit_month(self, store: Store, scope: Scope, positions: list[int], splits: list[int]) -> set[int]:
        """Fill the flows of the groupings at ``positions`` from one roll-up read, when it can
        serve them (see :func:`~impact_desktop.storage.summary_queries.unit_month_flow_sums`);
        the positions filled."""
        if not positions:
            return set()
        read = summary_queries.unit_month_flow_sums(store, scope, [self.groupings[p] for p in positions],
                                                    self.reporting, splits)
        if read is None:
            return set()
        for position, per_period in zip(positions, read, strict=True):
            self.flows[position] = per_period
        return set(positions)

    def totals(self, index: int, which: Sequence[int] | None = None) -> list[dict[tuple, Decimal]]:
        """Period ``index``'s totals, one dict per grouping (keys ``(metric_key, *groups)``);
        ``which`` picks groupings by position (default: all)."""
        results = []
        for position in range(len(self.groupings)) if which is None else which:
            (group_by, keys), needs_obs = self.groupings[position], self.needs_obs[position]
            wanted = None if keys is None else set(keys)
            totals: dict[Hashable, Decimal] = self._flow_totals(self.flows[position][index], len(group_by))
            if needs_obs:
                obs_index = [self.obs_dims.index(d) + 1 for d in group_by]
                mine: dict[Aggregation, list[Observation]] = {Aggregation.STOCK: [], Aggregation.DISTINCT: []}
                for o in self.observed[index]:
                    key = o.group[0]
                    chosen = mine.get(self.kinds.get(key)) if wanted is None or key in wanted else None
                    if chosen is not None:
                        chosen.append(Observation((key, *[o.group[i] for i in obs_index]), o.series, o.value,
                                                  o.as_of, o.span_days))
                totals.update(latest_stock(mine[Aggregation.STOCK]))
                totals.update(distinct_as_entered(mine[Aggregation.DISTINCT]))
            results.append({key: normalize_decimal(value) for key, value in totals.items()})
        return results

    def _flow_totals(self, rows: list[tuple], dims: int) -> dict:
        """Flows of one grouping, converted once per month and currency and rounded once per
        group: the same exact figure as converting each roll-up row, without a Decimal per row.

        ``rows`` are :func:`~impact_desktop.storage.summary_queries.flow_sums` rows without
        their period: ``(metric key, *groups, currency, month or 0, total_e4)``.
        """
        reporting = self.reporting
        totals: dict[Hashable, Decimal] = {}
        money: set[Hashable] = set()
        for row in rows:
            group, currency, month = row[:dims + 1], row[-3], row[-2]
            amount = Decimal(row[-1]).scaleb(-SCALE_DIGITS)
            if currency:
                money.add(group)
                if currency != reporting:
                    amount *= self.rates.factor(currency, reporting, month)
            totals[group] = totals[group] + amount if group in totals else amount
        return {group: round_money(value, reporting) if group in money else value  # sorted, like SQL's GROUP BY
                for group, value in sorted(totals.items())}


def _finer_groupings(groupings: Sequence[Grouping]) -> dict[int, tuple[int, list[int]]]:
    """Groupings whose flows another one's rows give exactly: position → (that one's position,
    positions of this grouping's dimensions among its dimensions).

    The total of a metric is the sum of its per-unit totals, so "by business unit" also
    answers "in all": one query fewer. Flows stay summed per currency and foreign-currency
    month, so re-adding them in Python is exact.
    """
    def answers(fine: Grouping, coarse: Grouping) -> bool:
        return set(coarse[0]) < set(fine[0]) and (fine[1] is None or (
            coarse[1] is not None and set(coarse[1]) <= set(fine[1])))

    read = [p for p, grouping in enumerate(groupings) if not any(answers(o, grouping) for o in groupings)]
    found: dict[int, tuple[int, list[int]]] = {}
    for position, grouping in enumerate(groupings):
        source = next((p for p in read if answers(groupings[p], grouping)), None)
        if source is not None:
            found[position] = (source, [list(groupings[source][0]).index(d) for d in grouping[0]])
    return found


def _union(groupings: Sequence[Grouping]) -> list[str]:
    dims: list[str] = []
    for group_by, _keys in groupings:
        dims += [d for d in group_by if d not in dims]
    return dims


def _adjacent_months(scopes: Sequence[Scope]) -> bool:
    """Several whole-month scopes, back to back, over the same units and programs."""
    if len(scopes) < 2:
        return False
    for scope in scopes:
        if scope.start.day != 1 or (scope.end + dt.timedelta(days=1)).day != 1:
            return False
    return all(a.end + dt.timedelta(days=1) == b.start and tuple(a.business_unit_ids) == tuple(b.business_unit_ids)
               and tuple(a.program_ids) == tuple(b.program_ids) for a, b in zip(scopes, scopes[1:], strict=False))


def summarize(store: Store, scope: Scope, currency: str | None = None) -> Summary:
    """Totals and per-business-unit totals for ``scope``."""
    settings = load_settings(store)
    reporting = normalize_currency(currency or settings.reporting_currency)
    metrics = {metric.key: metric for metric in catalog.list_metrics(store)}
    totals = {key[0]: value for key, value in grouped_totals(store, scope, (), reporting).items()}
    book = NameBook(store)  # names in the interface language (the CLI's --language)
    units = {unit.id: book.shown(unit.id, unit.name) for unit in catalog.list_business_units(store)}
    by_unit: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for (metric_key, unit_id), value in grouped_totals(store, scope, ("business_unit",), reporting).items():
        by_unit[units.get(unit_id, unit_id)][metric_key] = value
    names = {key: book.metric(metric) for key, metric in metrics.items()}
    notes = [
        translate("Summary", "{0} is a distinct count: the largest figure entered in the period, never summed "
                             "across units or months.").format(names[key])
        for key, metric in metrics.items()
        if metric.aggregation == Aggregation.DISTINCT and key in totals
    ]
    notes += [
        translate("Summary", "{0} is a stock: the latest value in the period, not a sum of months.").format(
            names[key])
        for key, metric in metrics.items()
        if metric.aggregation == Aggregation.STOCK and key in totals
    ]
    return Summary(
        currency=reporting,
        start=scope.start,
        end=scope.end,
        entries=summary_queries.entry_count(store, scope),
        totals=dict(sorted(totals.items())),
        by_business_unit={name: dict(sorted(values.items()))  # units in the order a reader of their names expects
                          for name, values in sorted(by_unit.items(), key=lambda item: name_order_key(item[0]))},
        metrics=metrics,
        targets=target_totals(store, scope, reporting),
        notes=notes,
        metric_names=names,
    )


def target_totals(store: Store, scope: Scope, currency: str) -> dict[str, Decimal]:
    """Targets that fall inside the scope's range, for the scope's units.

    A scope over every unit (no unit filter, or the root unit, whose subtree is everything)
    uses group-wide targets (no unit, no program); failing those, the targets of top-level
    units. A scope over some units uses the targets of its topmost units. Flow targets add
    up over periods, stock and distinct targets take the latest.
    """
    metrics = {metric.key: metric for metric in catalog.list_metrics(store)}
    units = {unit.id: unit for unit in catalog.list_business_units(store)}
    inside = [t for t in list_targets(store) if scope.start <= t.period.start and t.period.end <= scope.end]
    if scope.business_unit_ids and not set(units) <= set(scope.business_unit_ids):
        chosen = set(scope.business_unit_ids)
        roots = {uid for uid in chosen if units.get(uid) and units[uid].parent_id not in chosen}
        candidates = [[t for t in inside if t.business_unit_id in roots]]
    else:
        top = {uid for uid, unit in units.items() if unit.parent_id is None}
        candidates = [
            [t for t in inside if not t.business_unit_id and not t.program_id],
            [t for t in inside if t.business_unit_id in top],
        ]
    rates = rate_table(store)
    result: dict[str, Decimal] = {}
    for metric_key, metric in metrics.items():
        for group in candidates:
            chosen_targets = [t for t in group if t.metric_key == metric_key]
            if not chosen_targets:
                continue
            values = []
            for target in sorted(chosen_targets, key=lambda t: t.period.end):
                value = target.value
                if metric.is_money and target.currency and target.currency != currency:
                    value = round_money(value * rates.factor(target.currency, currency, target.period.month_key),
                                        currency)
                values.append(value)
            result[metric_key] = sum(values, Decimal(0)) if metric.aggregation == Aggregation.FLOW else values[-1]
            break
    return result

"""``b4si_totals`` (migration 0008) and ``observed_entries`` (0009) equal a GROUP BY over
live entries (of live programs, for the first) after every kind of write: imports (bulk and
row by row), their undo and redo, entries edited, deleted and brought back, programs moved;
and both are filled when an older store is opened.
The B4SI split read from it is the one read from ``monthly_totals``.
"""

from __future__ import annotations

import datetime as dt
import random

from impact_desktop.core.aggregation import distinct_as_entered, latest_stock
from impact_desktop.core.b4si import FundingSource, InputType, Motivation
from impact_desktop.core.entries import build_entry
from impact_desktop.core.metrics import Aggregation, Metric
from impact_desktop.services.b4si import b4si_figures
from impact_desktop.services.import_resolution import REPLACE
from impact_desktop.services.importing import undo_import
from impact_desktop.services.scope import resolve_scope
from impact_desktop.storage import catalog, entries
from impact_desktop.storage import imports as batches
from impact_desktop.storage.catalog_edit import set_catalog_row_deleted
from impact_desktop.storage.dashboard_queries import deciding_observations_by_period
from impact_desktop.storage.database import open_store
from impact_desktop.storage.summary_queries import Scope, observations
from tests.import_helpers import import_file
from tests.unit.io_files import write_xlsx
from tests.unit.test_rollup import B4SI_FROM_ENTRIES, B4SI_STORED, OBSERVED_STORED, assert_exact

HEADER = ["Business unit", "Program", "Date", "Donations", "Currency", "B4SI input type", "B4SI motivation",
          "Funding source"]


def b4si_exact(store) -> None:
    stored = list(store.db.execute(B4SI_STORED))
    assert stored == list(store.db.execute(B4SI_FROM_ENTRIES))
    assert_exact(store)


def classified_drafts(rng, store, programs, count):
    metrics = {m.key: m for m in catalog.list_metrics(store)}
    out = []
    for _ in range(count):
        key = rng.choice(["donations", "donations", "volunteer_hours", "trees_planted", "volunteers"])
        extra = {}
        if key == "donations":
            extra = {"currency": rng.choice(["CNY", "USD"]), "input_type": rng.choice(list(InputType)),
                     "motivation": rng.choice(list(Motivation)), "funding_source": rng.choice(list(FundingSource))}
        out.append(build_entry(metrics[key], program_id=rng.choice(programs), value=rng.randint(1, 9_000),
                               period=f"2018-{rng.randint(1, 12):02d}", **extra))
    return out


def workbook(path, rows, first=100):
    units = ["Cainiao", "Amap", "Youku"]
    return write_xlsx(path, [HEADER, *[
        [units[i % 3], f"Program {i % 5}", f"2018-{1 + i % 12:02d}", first + i, "CNY",
         ["cash", "in_kind", "management_costs", ""][i % 4], ["charitable_gift", "community_investment", ""][i % 3],
         ["company", "public", "employees", "partners", ""][i % 5]] for i in range(rows)]])


def test_b4si_rollup_stays_exact_through_entry_writes_and_program_moves(store):
    rng = random.Random(5)
    units = [catalog.add_business_unit(store, f"Unit {i}") for i in range(3)]
    programs = [catalog.add_program(store, units[i % 3], f"P{i}") for i in range(6)]
    ids = entries.add_entries(store, classified_drafts(rng, store, programs, 400))  # bulk path
    ids += [entries.add_entry(store, draft) for draft in classified_drafts(rng, store, programs, 15)]  # per row
    b4si_exact(store)
    assert store.db.execute("SELECT count(*) FROM b4si_totals").fetchone()[0] > 20
    for entry_id in rng.sample(ids, 30):  # edited: value, classification, program, month
        entries.update_entry(store, entry_id, classified_drafts(rng, store, programs, 1)[0])
    b4si_exact(store)
    deleted = rng.sample(ids, 50)
    entries.set_entries_deleted(store, deleted)
    b4si_exact(store)
    entries.set_entries_deleted(store, deleted[:20], deleted=False)  # an undone delete
    store.db.execute("DELETE FROM entries WHERE id = ?", [ids[1]])
    b4si_exact(store)
    catalog.update_program(store, programs[0], business_unit_id=units[2])
    set_catalog_row_deleted(store, "program", programs[1], True)
    b4si_exact(store)
    entries.add_entries(store, classified_drafts(rng, store, programs, 250))  # bulk, a deleted program too
    set_catalog_row_deleted(store, "program", programs[1], False)
    b4si_exact(store)
    entries.set_entries_deleted(store, [row[0] for row in store.db.execute("SELECT id FROM entries")])
    assert store.db.execute("SELECT count(*) FROM b4si_totals").fetchone()[0] == 0


def test_b4si_rollup_stays_exact_through_imports_their_undo_and_redo(store, tmp_path):
    small = import_file(store, workbook(tmp_path / "small.xlsx", 40))  # row by row
    # Bulk path; its first 40 rows re-send the small file's figures with other values,
    # which replace them (the stored entries removed, the file's added).
    big = import_file(store, workbook(tmp_path / "big.xlsx", 600, first=5000), corrections=REPLACE)
    assert small.new_count == 40 and big.new_count == 600 and big.replaced_count == 40
    b4si_exact(store)
    live = batches.batch_entry_ids(store, big.batch_id)
    undo_import(store, big.batch_id)
    b4si_exact(store)
    batches.restore_batch(store, big.batch_id, live)
    b4si_exact(store)
    undo_import(store, small.batch_id)
    b4si_exact(store)


def test_the_b4si_split_from_the_rollup_matches_the_one_from_monthly_totals(store, tmp_path):
    import_file(store, workbook(tmp_path / "big.xlsx", 600))
    scope = resolve_scope(store, fiscal_year_name=2018)
    from_rollup = b4si_figures(store, scope, "CNY")
    assert from_rollup.cash and from_rollup.leverage and from_rollup.in_kind
    # A program filter (every program) reads monthly_totals: the same figures.
    programs = tuple(p.id for p in catalog.list_programs(store))
    filtered = b4si_figures(store, resolve_scope(store, fiscal_year_name=2018, program_ids=programs), "CNY")
    assert from_rollup == filtered


def test_an_older_store_gets_its_b4si_and_observed_rollups_filled_when_opened(tmp_path):
    path = tmp_path / "old.db"
    store = open_store(path)
    rng = random.Random(9)
    unit = catalog.add_business_unit(store, "Cainiao")
    programs = [catalog.add_program(store, unit, name) for name in ("A", "B")]
    entries.add_entries(store, classified_drafts(rng, store, programs, 300))
    expected = list(store.db.execute(B4SI_STORED)), list(store.db.execute(OBSERVED_STORED))
    assert expected[0] and expected[1]
    with store.transaction():  # as a store written before 0008_b4si_totals and 0009_observed_entries
        for trigger in ("entries_b4si_insert", "entries_b4si_delete", "entries_b4si_update", "programs_b4si_totals",
                        "entries_observed_insert", "entries_observed_delete", "entries_observed_update",
                        "metrics_observed_entries"):
            store.conn.execute(f"DROP TRIGGER {trigger}")
        store.conn.execute("DROP TABLE b4si_totals")
        store.conn.execute("DROP TABLE observed_entries")
        store.conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('0008_b4si_totals', '0009_observed_entries')")
    store.close()
    store = open_store(path)
    assert (list(store.db.execute(B4SI_STORED)), list(store.db.execute(OBSERVED_STORED))) == expected
    entries.add_entry(store, classified_drafts(rng, store, programs, 1)[0])  # and the triggers are back
    b4si_exact(store)
    store.close()


def test_observations_read_from_observed_entries_decide_what_every_observation_decides(store):
    """The stock and distinct-count totals from the narrow table's deciding rows, period by
    period, equal the rules applied to every live observation (``summary_queries.observations``)."""
    rng = random.Random(21)
    units = [catalog.add_business_unit(store, f"Unit {i}") for i in range(3)]
    programs = [catalog.add_program(store, units[i % 3], f"P{i}") for i in range(7)]
    channels = [None, catalog.add_channel(store, "Alipay"), catalog.add_channel(store, "Events")]
    catalog.add_metric(store, Metric("sites", "Sites", "sites", aggregation=Aggregation.STOCK, integer_only=True))
    metrics = {m.key: m for m in catalog.list_metrics(store)}
    periods = [f"2017-{m:02d}" for m in range(4, 13)] + [f"2018-0{m}" for m in (1, 2, 3)] + \
        [f"2017-{m:02d}-{d:02d}" for m in range(4, 13) for d in (3, 17, 29)] + ["2018-01-01", "2017-04-01"]
    # A stock's series never has two figures with one as-of stamp here (a batch shares its
    # change time; which of two such figures is "latest" is not decided by either reader).
    series = [(p, c, when) for p in programs for c in channels for when in periods]
    drafts = [build_entry(metrics["sites"], program_id=p, value=rng.randint(1, 60), channel_id=c, period=when)
              for p, c, when in rng.sample(series, 400)]
    drafts += [build_entry(metrics[rng.choice(["volunteers", "donations"])], program_id=rng.choice(programs),
                           value=rng.randint(1, 60), channel_id=rng.choice(channels), period=rng.choice(periods))
               for _ in range(500)]
    ids = entries.add_entries(store, drafts)
    entries.set_entries_deleted(store, ids[:100])
    set_catalog_row_deleted(store, "program", programs[3], True)
    whole = Scope(dt.date(2017, 4, 1), dt.date(2018, 3, 31))
    first, second = Scope(whole.start, dt.date(2017, 12, 31)), Scope(dt.date(2018, 1, 1), whole.end)
    for group_by in ([], ["business_unit"], ["program"], ["channel"], ["business_unit", "channel"]):
        decided = deciding_observations_by_period(store, whole, [second.start], group_by)
        for period, scope in zip(decided, (first, second), strict=True):
            every = observations(store, scope, group_by)
            for rule, kind in ((latest_stock, "sites"), (distinct_as_entered, "volunteers")):
                expected = rule([o for o in every if o.group[0] == kind])
                assert rule([o for o in period if o.group[0] == kind]) == expected != {}, (group_by, kind)

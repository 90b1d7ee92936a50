"""The roll-ups always equal a GROUP BY over live entries, whatever writes happen.

``monthly_totals`` holds every live entry; ``unit_totals`` the live entries of live
programs per business unit; ``b4si_totals`` the same per business unit and B4SI
classification; ``program_months`` the live entries per program and month;
``observed_entries`` every live entry of a stock or distinct-count metric.
"""

import random
from decimal import Decimal

import pytest

from impact_desktop.core.entries import build_entry
from impact_desktop.core.metrics import Aggregation, Metric
from impact_desktop.storage import catalog, entries
from impact_desktop.storage.catalog_edit import set_catalog_row_deleted
from impact_desktop.storage.dashboard_queries import has_entries, live_entry_count

ROLLUP_FROM_ENTRIES = """
SELECT month, program_id, metric_id, coalesce(currency, ''), coalesce(channel_id, ''),
       coalesce(input_type, ''), coalesce(motivation, ''), coalesce(funding_source, ''),
       sum(value_e4), count(*)
FROM entries WHERE deleted_at IS NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
"""
ROLLUP_STORED = """
SELECT month, program_id, metric_id, currency, channel_id, input_type, motivation, funding_source,
       total_e4, entry_count FROM monthly_totals ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
"""
UNITS_FROM_ENTRIES = """
SELECT e.month, p.business_unit_id, e.metric_id, coalesce(e.currency, ''), coalesce(e.channel_id, ''),
       sum(e.value_e4), count(*)
FROM entries e JOIN programs p ON p.id = e.program_id
WHERE e.deleted_at IS NULL AND p.deleted_at IS NULL
GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
"""
UNITS_STORED = """
SELECT month, business_unit_id, metric_id, currency, channel_id, total_e4, entry_count
FROM unit_totals ORDER BY 1, 2, 3, 4, 5
"""
B4SI_FROM_ENTRIES = """
SELECT e.month, p.business_unit_id, e.metric_id, coalesce(e.currency, ''), coalesce(e.input_type, ''),
       coalesce(e.motivation, ''), coalesce(e.funding_source, ''), sum(e.value_e4), count(*)
FROM entries e JOIN programs p ON p.id = e.program_id
WHERE e.deleted_at IS NULL AND p.deleted_at IS NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
"""
B4SI_STORED = """
SELECT month, business_unit_id, metric_id, currency, input_type, motivation, funding_source, total_e4, entry_count
FROM b4si_totals ORDER BY 1, 2, 3, 4, 5, 6, 7
"""
OBSERVED_FROM_ENTRIES = """
SELECT e.metric_id, e.period_end, e.id, e.program_id, coalesce(e.channel_id, ''), coalesce(e.currency, ''),
       e.value_e4, e.period_end || ' ' || e.updated_at,
       CAST(julianday(e.period_end) - julianday(e.period_start) AS INTEGER) + 1
FROM entries e JOIN metrics m ON m.id = e.metric_id
WHERE e.deleted_at IS NULL AND m.aggregation <> 'flow' ORDER BY 1, 2, 3
"""
OBSERVED_STORED = "SELECT * FROM observed_entries ORDER BY 1, 2, 3"
PROGRAM_MONTHS_FROM_ENTRIES = """
SELECT month, program_id, count(*) FROM entries WHERE deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2
"""
PROGRAM_MONTHS_STORED = "SELECT month, program_id, entry_count FROM program_months ORDER BY 1, 2"


def assert_exact(store) -> None:
    for stored, expected in ((ROLLUP_STORED, ROLLUP_FROM_ENTRIES), (UNITS_STORED, UNITS_FROM_ENTRIES),
                             (PROGRAM_MONTHS_STORED, PROGRAM_MONTHS_FROM_ENTRIES), (B4SI_STORED, B4SI_FROM_ENTRIES),
                             (OBSERVED_STORED, OBSERVED_FROM_ENTRIES)):
        assert list(store.db.execute(stored)) == list(store.db.execute(expected)), stored
    live = store.db.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0]
    assert live_entry_count(store) == live and has_entries(store) == (live > 0)


@pytest.fixture
def world(store):
    units = [catalog.add_business_unit(store, f"Unit {i}") for i in range(3)]
    programs = [catalog.add_program(store, units[i % 3], f"P{i}") for i in range(5)]
    channel = catalog.add_channel(store, "Alipay")
    catalog.add_metric(store, Metric("sites", "Sites", "sites", aggregation=Aggregation.STOCK, integer_only=True))
    metrics = {m.key: m for m in catalog.list_metrics(store)}
    return units, programs, channel, metrics


def drafts(rng, world, count):
    _, programs, channel, metrics = world
    return [
        build_entry(metrics[rng.choice(["donations", "volunteer_hours", "trees_planted", "volunteers", "sites"])],
                    program_id=rng.choice(programs), value=rng.randint(1, 10_000),
                    period=f"2017-{rng.randint(1, 12):02d}", channel_id=rng.choice([None, channel]))
        for _ in range(count)
    ]


def test_rollups_survive_inserts_edits_deletes_and_restores(store, world):
    _, programs, _, metrics = world
    rng = random.Random(7)
    ids = entries.add_entries(store, drafts(rng, world, 300))  # bulk path (roll-up trigger paused)
    ids += [entries.add_entry(store, draft) for draft in drafts(rng, world, 20)]  # per-row trigger
    ids += entries.add_entries(store, drafts(rng, world, 50))  # small batch: per-row trigger
    assert_exact(store)
    for entry_id in rng.sample(ids, 40):  # moved to another program (unit) and month
        current = entries.get_entry(store, entry_id).draft
        moved = build_entry(metrics[current.metric_key], program_id=rng.choice(programs),
                            value=current.value + Decimal(rng.randint(1, 5)), period="2018-02")
        entries.update_entry(store, entry_id, moved)
    assert_exact(store)
    deleted = rng.sample(ids, 60)
    entries.set_entries_deleted(store, deleted)
    assert_exact(store)
    entries.set_entries_deleted(store, deleted[:25], deleted=False)
    store.db.execute("DELETE FROM entries WHERE id = ?", [ids[0]])
    assert_exact(store)


def test_unit_rollup_follows_programs_moved_deleted_and_restored(store, world):
    units, programs, _, _ = world
    rng = random.Random(11)
    entries.add_entries(store, drafts(rng, world, 400))
    catalog.update_program(store, programs[0], business_unit_id=units[2])
    assert_exact(store)
    set_catalog_row_deleted(store, "program", programs[1], True)
    assert_exact(store)
    entries.add_entries(store, drafts(rng, world, 250))  # bulk insert into a deleted program too
    entries.add_entry(store, drafts(rng, world, 1)[0])
    assert_exact(store)
    catalog.update_program(store, programs[2], name="Renamed")  # no unit change: nothing moves
    set_catalog_row_deleted(store, "program", programs[1], False)
    assert_exact(store)
    catalog.update_program(store, programs[1], business_unit_id=units[0])
    catalog.update_program(store, programs[1], business_unit_id=units[1])
    assert_exact(store)
    assert store.db.execute("SELECT count(*) FROM unit_totals").fetchone()[0] > 0


def test_emptied_rollup_rows_are_removed(store, world):
    rng = random.Random(3)
    ids = entries.add_entries(store, drafts(rng, world, 220))
    assert has_entries(store) and live_entry_count(store) == 220
    entries.set_entries_deleted(store, ids)
    for table in ("monthly_totals", "unit_totals", "b4si_totals", "program_months", "observed_entries"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert not has_entries(store) and live_entry_count(store) == 0


def test_observed_entries_follow_a_metric_whose_aggregation_changes(store, world):
    rng = random.Random(13)
    entries.add_entries(store, drafts(rng, world, 300))
    for key, aggregation in (("trees_planted", "stock"), ("volunteers", "flow"), ("volunteers", "distinct")):
        store.db.execute("UPDATE metrics SET aggregation = ? WHERE key = ?", [aggregation, key])
        assert_exact(store)
    assert store.db.execute("SELECT count(*) FROM observed_entries").fetchone()[0] > 0

"""Two laptops and a real PostgreSQL hub: every synced table travels, a re-push changes nothing, roll-ups stay exact."""

from __future__ import annotations

import datetime as dt

import psycopg

from impact_desktop.services.demo import load_demo
from impact_desktop.services.sync import sync, sync_status
from impact_desktop.storage import settings as settings_store
from impact_desktop.storage.hub_connect import connect
from impact_desktop.storage.hub_push import push_changes
from impact_desktop.storage.sync_capture import SYNCED_TABLES
from impact_desktop.storage.sync_local import mark_pushed, pending_changes, waiting_count
from tests.hub.helpers import add_hours, program, rebuilt_b4si, rebuilt_rollups, totals
from tests.import_helpers import import_file
from tests.unit.io_files import write_xlsx
from tests.unit.test_rollup import assert_exact

LOCAL_ONLY = {"sync_conflicts"}


def table_contents(store, table):
    return sorted(store.db.execute(f"SELECT * FROM {table}").fetchall())


def small_workbook(path, hours=(120, 80)):
    return write_xlsx(path, [
        ["Business unit", "Program", "Date", "Volunteer hours"],
        ["Cainiao", "Green logistics", dt.date(2018, 3, 1), hours[0]],
        ["Amap", "Clean air map", dt.date(2018, 4, 1), hours[1]],
    ])


def test_every_synced_table_round_trips_and_both_laptops_agree(hub, laptops, tmp_path):
    one, two = laptops(2)
    load_demo(one)
    settings_store.save_settings(one, settings_store.Settings(reporting_currency="USD", fiscal_start_month=1,
                                                              organisation="Alibaba Group"))
    import_file(one, small_workbook(tmp_path / "field.xlsx"))
    first = sync(one, hub)
    assert first.pushed > 150 and first.rejected == 0
    second = sync(two, hub)
    assert second.pulled >= first.pushed - 10  # the built-in metrics are the same rows on both
    sync(one)
    present = set(one.db.table_names())
    for table in SYNCED_TABLES:
        if table in present and table not in LOCAL_ONLY:
            assert table_contents(one, table) == table_contents(two, table), table
    assert totals(one) == totals(two)
    assert settings_store.load_settings(two).reporting_currency == "USD"
    assert sync_status(one).waiting == 0 and sync_status(two).waiting == 0


def test_a_batch_pushed_twice_changes_nothing(hub, laptops):
    (one,) = laptops(1)
    pid = program(one)
    add_hours(one, 7, pid)
    changes = pending_changes(one, 1000)
    with connect(hub) as conn:
        first = push_changes(conn, changes, "2026-01-01T00:00:00.000Z")
        before = conn.execute("SELECT tbl, id, seq, hlc, data FROM impact_hub.rows ORDER BY tbl, id").fetchall()
        again = push_changes(conn, changes, "2026-01-01T00:00:01.000Z")
        after = conn.execute("SELECT tbl, id, seq, hlc, data FROM impact_hub.rows ORDER BY tbl, id").fetchall()
    assert len(first.accepted) == len(again.accepted) == len(changes)
    assert (first.conflicts, again.conflicts) == (0, 0)
    assert before == after


def test_pulling_many_entries_takes_the_bulk_path_and_roll_ups_stay_exact(hub, laptops):
    one, two = laptops(2)
    pid = program(one)
    for index in range(30):
        add_hours(one, index + 1, pid, when=(2018, 1 + index % 12))
    from decimal import Decimal

    from impact_desktop.core.entries import EntryDraft
    from impact_desktop.core.periods import month
    from impact_desktop.storage import entries
    entries.add_entries(one, [EntryDraft(program_id=pid, metric_key="trees_planted", value=Decimal(i),
                                         period=month(2017, 1 + i % 12)) for i in range(1200)])
    sync(one, hub)
    add_hours(two, 5, program(two, "Amap", "Clean air map"))
    sync(two, hub)
    assert sorted(two.db.execute("SELECT * FROM monthly_totals")) == rebuilt_rollups(two)
    sync(one)
    assert totals(one) == totals(two)
    assert sorted(one.db.execute("SELECT * FROM monthly_totals")) == rebuilt_rollups(one)


def test_a_transaction_that_commits_late_with_a_lower_number_is_not_skipped(hub, laptops):
    one, two, three = laptops(3)
    sync(two, hub)
    add_hours(three, 11, program(three, "Amap", "Clean air map"))
    late = psycopg.connect(hub)  # takes its sequence numbers first, commits last
    in_flight = [change for change in pending_changes(three, 100) if change.table != "metrics"]
    outcome = push_changes_uncommitted(late, in_flight)
    add_hours(one, 22, program(one))
    sync(one, hub)  # an ordinary push with higher sequence numbers commits first
    sync(two)  # the watermark stops below the push still in flight: later commits wait, none is stepped over
    assert [row[0] for row in two.db.execute("SELECT value_e4 FROM entries")] == []
    late.commit()
    late.close()
    mark_pushed(three, outcome.accepted, [])
    sync(two)
    assert sorted(row[0] for row in two.db.execute("SELECT value_e4 FROM entries")) == [110000, 220000]


def push_changes_uncommitted(conn, changes):
    """push_changes without its commit: a push still in flight."""
    commit, conn.commit = conn.commit, lambda: None
    try:
        return push_changes(conn, changes, "2026-01-01T00:00:00.000Z")
    finally:
        conn.commit = commit


def test_one_name_created_under_two_ids_is_merged_the_same_way_everywhere(hub, laptops):
    from impact_desktop.storage import catalog
    from impact_desktop.storage.rows import new_id

    one, two, three = laptops(3)
    for store in (one, two):  # as the GUI does: an id chosen up front, not derived from the name
        unit = catalog.add_business_unit(store, "Cainiao", row_id=new_id())
        program_id = catalog.add_program(store, unit, "Green logistics", row_id=new_id())
        add_hours(store, 10 if store is one else 20, program_id)
    for store in (one, two, three) * 3:  # a merge made during a pull reaches the others one round later
        sync(store, hub)
    for store in (one, two, three):
        assert [u.name for u in catalog.list_business_units(store)] == ["Cainiao"]
        assert len(catalog.list_programs(store)) == 1
        assert store.db.execute("SELECT sum(value_e4) FROM entries WHERE deleted_at IS NULL").fetchone() == (300000,)
        assert sorted(store.db.execute("SELECT * FROM monthly_totals")) == rebuilt_rollups(store)
    assert totals(one) == totals(two) == totals(three)


def test_the_b4si_and_observed_roll_ups_stay_exact_through_pulls_of_new_edited_deleted_and_moved_figures(hub, laptops):
    from decimal import Decimal

    from impact_desktop.core.b4si import FundingSource, InputType, Motivation
    from impact_desktop.core.entries import EntryDraft
    from impact_desktop.core.periods import month
    from impact_desktop.storage import catalog, entries

    one, two = laptops(2)
    pid, other = program(one), program(one, "Amap", "Clean air map")
    how = [("cash", "community_investment", "company"), ("in_kind", "charitable_gift", "company"),
           ("cash", "community_investment", "public"), ("cash", "charitable_gift", "employees")]
    ids = entries.add_entries(one, [EntryDraft(
        program_id=(pid, other)[i % 2], metric_key="donations", value=Decimal(i + 1), currency="CNY",
        period=month(2018, 1 + i % 12), input_type=InputType(how[i % 4][0]), motivation=Motivation(how[i % 4][1]),
        funding_source=FundingSource(how[i % 4][2])) for i in range(700)])
    ids += entries.add_entries(one, [EntryDraft(program_id=(pid, other)[i % 2], metric_key="volunteers",
                                                value=Decimal(10 + i), period=month(2018, 1 + i % 12))
                                     for i in range(40)])  # distinct counts: observed_entries
    sync(one, hub)
    sync(two, hub)  # 700 new entries: the bulk path of a pull
    assert sorted(two.db.execute("SELECT * FROM b4si_totals")) == rebuilt_b4si(two) != []
    assert_exact(two)
    entries.set_entries_deleted(one, [*ids[:50], *ids[-10:]])
    entries.update_entry(one, ids[60], EntryDraft(program_id=other, metric_key="donations", value=Decimal(99),
                                                  currency="CNY", period=month(2018, 7),
                                                  input_type=InputType.MANAGEMENT_COSTS,
                                                  motivation=Motivation.COMMERCIAL_INITIATIVE,
                                                  funding_source=FundingSource.COMPANY))
    catalog.update_program(one, pid, business_unit_id=catalog.find_business_unit(one, "Amap").id)
    sync(one, hub)
    sync(two, hub)  # deletions, an edit and a program moved to another unit, row by row
    assert sorted(two.db.execute("SELECT * FROM b4si_totals")) == rebuilt_b4si(two)
    assert sorted(one.db.execute("SELECT * FROM b4si_totals")) == rebuilt_b4si(one)
    assert totals(one) == totals(two)
    for store in (one, two):  # and every other roll-up, observed_entries too
        assert_exact(store)


def test_a_merge_during_a_pull_leaves_nothing_waiting_and_later_edits_of_the_survivor_still_arrive(hub, laptops):
    """Seeds 10, 16, 26 and 28 of bench/hub_convergence.py: the survivor written during a merge was captured as a
    change of this laptop, then its version overwritten by the pulled one, so its outbox line never matched a
    pushed version: 'changes waiting' for ever, and every later change of that row from the hub skipped."""
    from impact_desktop.storage import catalog
    from impact_desktop.storage.rows import new_id

    one, two = laptops(2)
    made = {}
    for store in (one, two):  # one's ids are made first, so they are the smaller: one's rows survive
        unit = catalog.add_business_unit(store, "Cainiao", row_id=new_id())
        made[store.path.name] = catalog.add_program(store, unit, "Green logistics", row_id=new_id())
        add_hours(store, 10, made[store.path.name])
    survivor = made[one.path.name]
    assert survivor < made[two.path.name]
    sync(one, hub)
    sync(two, hub)  # pushes its own rows, then pulls one's and merges its rows into them
    waiting = {row[0] for row in two.db.execute("SELECT row_id FROM sync_outbox")}
    assert made[two.path.name] in waiting and survivor not in waiting  # the merge is two's change, one's row not
    for store in (one, two, one, two):
        sync(store)
    for store in (one, two):
        assert waiting_count(store) == 0, store.db.execute("SELECT * FROM sync_outbox").fetchall()
    catalog.update_program(one, survivor, name="Green logistics (north)")
    sync(one)
    sync(two)
    assert [p.name for p in catalog.list_programs(two)] == ["Green logistics (north)"]
    assert totals(one) == totals(two)


def test_a_row_merged_away_in_the_pull_that_also_brings_its_newer_version_is_pushed_and_leaves_nothing_waiting(
        hub, laptops):
    """Seed 16 of bench/hub_convergence.py: the loser of a merge made during a pull came in the same pull with a
    version edited on a third laptop; the pulled version was recorded over the merge's own, so the merge's outbox
    line never matched a pushed version."""
    from impact_desktop.storage import catalog
    from impact_desktop.storage.rows import new_id

    one, two, three = laptops(3)
    program(one)
    unit = catalog.find_business_unit(one, "Cainiao").id  # a natural id: the same unit on every laptop
    small = catalog.add_program(one, unit, "Recycling", row_id=new_id())
    program(two)
    big = catalog.add_program(two, unit, "Recycling", row_id=new_id())
    assert small < big
    sync(two, hub)
    sync(three, hub)
    catalog.update_program(three, big, description="edited on the third laptop")
    sync(three)
    sync(one, hub)  # brings the big one and keeps it here as merged away
    sync(two)  # brings the small one and the big one's newer version: merges its big one into the small one
    for store in (one, two, three) * 2:
        sync(store)
    for store in (one, two, three):
        assert waiting_count(store) == 0, store.db.execute("SELECT * FROM sync_outbox").fetchall()
        live = [(p.id, p.name) for p in catalog.list_programs(store) if p.name == "Recycling"]
        assert live == [(small, "Recycling")], store.path.name
    assert totals(one) == totals(two) == totals(three)

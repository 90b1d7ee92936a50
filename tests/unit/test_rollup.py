"""The monthly roll-up always equals a GROUP BY over live entries, whatever writes happen."""

import random
from decimal import Decimal

from impact_desktop.core.entries import build_entry
from impact_desktop.storage import catalog, entries

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


def test_rollup_survives_inserts_edits_deletes_and_restores(store):
    unit = catalog.add_business_unit(store, "Unit")
    programs = [catalog.add_program(store, unit, f"P{i}") for i in range(3)]
    channel = catalog.add_channel(store, "Alipay")
    metrics = {m.key: m for m in catalog.list_metrics(store)}
    rng = random.Random(7)
    drafts = [
        build_entry(metrics[rng.choice(["donations", "volunteer_hours", "trees_planted"])],
                    program_id=rng.choice(programs), value=rng.randint(1, 10_000),
                    period=f"2017-{rng.randint(1, 12):02d}", channel_id=rng.choice([None, channel]))
        for _ in range(300)
    ]
    ids = entries.add_entries(store, drafts)
    for entry_id in rng.sample(ids, 40):
        current = entries.get_entry(store, entry_id).draft
        moved = build_entry(metrics[current.metric_key], program_id=rng.choice(programs),
                            value=current.value + Decimal(rng.randint(1, 5)), period="2018-02")
        entries.update_entry(store, entry_id, moved)
    deleted = rng.sample(ids, 60)
    entries.set_entries_deleted(store, deleted)
    entries.set_entries_deleted(store, deleted[:25], deleted=False)
    store.db.execute("DELETE FROM entries WHERE id = ?", [ids[0]])
    assert list(store.db.execute(ROLLUP_STORED)) == list(store.db.execute(ROLLUP_FROM_ENTRIES))

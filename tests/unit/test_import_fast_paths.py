"""The import's fast paths give exactly what the general code gives.

EntryBuilder must build the same draft (or raise the same FieldErrors) as build_entry;
bulk ids must be valid, unique, ordered UUIDv7; a bulk insert must leave the roll-up
triggers as they were, so later single writes still keep the roll-up right.
"""

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from impact_desktop.core.entries import FieldErrors, Origin, build_entry, entry_fingerprint
from impact_desktop.core.entry_builder import EntryBuilder
from impact_desktop.core.metrics import BUILTIN_METRICS, Aggregation, Metric, ValueKind
from impact_desktop.core.periods import day, parse_period
from impact_desktop.io.cells import clean_row, clean_value
from impact_desktop.storage import catalog, entries
from impact_desktop.storage.rows import new_ids

METRICS = {metric.key: metric for metric in BUILTIN_METRICS}
JPY_ONLY = Metric("yen", "Yen gifts", "currency", ValueKind.MONEY, Aggregation.FLOW, True)
VALUES = [0, 7, 12500, 10**15, -3, 1037.01, 1037.015, 0.1, 2.5, 12.0, 0.12345, 1.5e-05, -2.5, 1e15 + 0.5,
          922337203685477.5, 1e30, float("nan"), float("inf"), Decimal("3.5E+4"),
          Decimal("1.50"), Decimal("-1"), Decimal("0.00001"), True, "1,200", "¥3.5万", "", None]
CASES = [
    (metric, value, currency, input_type)
    for metric in [*METRICS.values(), JPY_ONLY]
    for value in VALUES
    for currency in (None, "USD", "JPY", "usd", "ZZ")
    for input_type in (None, "time", "nonsense")
]


def _outcome(make, metric, **kwargs):
    try:
        draft = make(metric, **kwargs)
    except FieldErrors as exc:
        return "errors", exc.errors
    return "draft", draft, draft.value_e4, draft.fingerprint, str(draft.value)


def test_builder_matches_build_entry():
    period = day(dt.date(2018, 3, 1))
    builder = EntryBuilder("CNY", 4)
    for metric, value, currency, input_type in CASES:
        common = dict(program_id="p1", value=value, period=period, currency=currency, channel_id="c1",
                      input_type=input_type, note=" a note ", origin=Origin.IMPORT, source_file="f.xlsx",
                      source_sheet="Data", source_row=9, import_batch_id="b1")
        expected = _outcome(build_entry, metric, default_currency="CNY", fiscal_start_month=4, **common)
        case = (metric.key, value, currency, input_type)
        assert _outcome(builder.build, metric, **common) == expected, case
        assert _outcome(builder.build, metric, **common) == expected, case  # from what it remembered


def test_numbers_do_not_need_the_general_path(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("build_entry was called for a plain number")

    monkeypatch.setattr("impact_desktop.core.entry_builder.build_entry", refuse)
    builder = EntryBuilder("CNY", 4)
    period = day(dt.date(2018, 3, 1))
    for metric, value in ((METRICS["donations"], 1037.01), (METRICS["volunteer_hours"], 2.5),
                          (METRICS["trees_planted"], 40), (METRICS["donations"], Decimal("3.5E+4"))):
        assert builder.build(metric, program_id="p", value=value, period=period).value == Decimal(str(value))


def test_builder_falls_back_for_text_and_missing_parts():
    builder = EntryBuilder("CNY", 4)
    donations = METRICS["donations"]
    draft = builder.build(donations, program_id="p", value="¥3.5万", period="2018-03")
    assert (draft.value, draft.currency, draft.period) == (Decimal("35000"), "CNY", parse_period("2018-03"))
    with pytest.raises(FieldErrors) as caught:
        builder.build(donations, program_id=None, value=5, period=day(dt.date(2018, 3, 1)))
    assert set(caught.value.errors) == {"program"}


def test_fingerprint_is_the_same_however_the_draft_was_made():
    metric = METRICS["donations"]
    period = day(dt.date(2018, 3, 1))
    built = build_entry(metric, program_id="p", value="1,037.01", period="2018-03-01", channel_id="c")
    fast = EntryBuilder().build(metric, program_id="p", value=1037.01, period=period, channel_id="c")
    assert built.fingerprint == fast.fingerprint == entry_fingerprint("p", "donations", period,
                                                                       Decimal("1037.01"), "CNY", "c")
    assert built == fast


def test_clean_row_is_clean_value_on_each_cell():
    cells = ["  x ", "", 3.0, 2.5, 2.0**60, dt.datetime(2018, 3, 1, 12), dt.date(2018, 3, 2), True, 7, None, "  "]
    assert clean_row(cells) == [clean_value(c) for c in cells][:-2]
    assert clean_row(["", None]) == []


def test_bulk_ids_are_unique_ordered_uuid7():
    ids = new_ids(10_000)
    assert len(set(ids)) == 10_000
    assert ids == sorted(ids)
    assert {uuid.UUID(i).version for i in ids} == {7}
    assert {uuid.UUID(i).variant for i in ids} == {uuid.RFC_4122}
    assert new_ids(0) == []


def test_bulk_insert_keeps_the_rollup_triggers(store):
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    before = list(store.db.execute(triggers))
    unit = catalog.add_business_unit(store, "Unit")
    program = catalog.add_program(store, unit, "P")
    metric = METRICS["trees_planted"]
    drafts = [build_entry(metric, program_id=program, value=i + 1, period=f"2017-{i % 12 + 1:02d}")
              for i in range(entries.BULK_THRESHOLD + 50)]
    given = [None, "01a210ec-e0a0-776e-94f1-701e283d0e69", *[None] * (len(drafts) - 2)]
    ids = entries.add_entries(store, drafts, ids=given)
    assert ids[1] == given[1] and len(set(ids)) == len(drafts)
    assert list(store.db.execute(triggers)) == before
    entries.add_entry(store, build_entry(metric, program_id=program, value=1000, period="2017-01"))
    total, count = store.db.execute(
        "SELECT total_e4, entry_count FROM monthly_totals WHERE month = 201701").fetchone()
    stored_total, stored_count = store.db.execute(
        "SELECT sum(value_e4), count(*) FROM entries WHERE month = 201701 AND deleted_at IS NULL").fetchone()
    assert (total, count) == (stored_total, stored_count)
    assert count == len(range(0, len(drafts), 12)) + 1


def test_bulk_insert_stores_shared_columns_exactly(store):
    unit = catalog.add_business_unit(store, "Unit")
    program = catalog.add_program(store, unit, "P")
    metric = METRICS["volunteer_hours"]
    odd = "O'Brien's \"report\"; DROP TABLE entries; --.xlsx"
    drafts = [build_entry(metric, program_id=program, value=i + 1, period="2017-03", origin=Origin.IMPORT,
                          source_file=odd if i % 3 else "plain.xlsx", source_sheet="数据 '1'", source_row=i + 2)
              for i in range(entries.BULK_THRESHOLD + 1)]
    ids = entries.add_entries(store, drafts)
    stored = {row[0]: row[1:] for row in store.db.execute(
        "SELECT id, source_file, source_sheet, source_row, origin, changed_by, value_e4 FROM entries")}
    assert [stored[i] for i in ids] == [
        (d.source_file, "数据 '1'", d.source_row, "import", store.user, d.value_e4) for d in drafts]

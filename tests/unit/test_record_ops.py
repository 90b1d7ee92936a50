"""Targets, currency rates and settings as service operations on a real store: each change is made
at once and returns its Change (do, undo, redo); a refused change raises before writing anything."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from impact_desktop.core.errors import ImpactError, ValidationError
from impact_desktop.core.periods import fiscal_year, month
from impact_desktop.core.rates import Rate
from impact_desktop.services import rate_ops, settings_ops, target_ops
from impact_desktop.services.changes import RATES, SETTINGS, TARGETS
from impact_desktop.services.settings_ops import Settings
from impact_desktop.services.target_ops import Target
from impact_desktop.storage import catalog, rates, targets
from impact_desktop.storage.rows import new_id


def _targets(store):
    return [(t.id, t.metric_key, t.value, t.program_id) for t in target_ops.list_targets(store)]


def test_a_target_added_edited_and_deleted_undoes_and_redoes_with_the_same_id(store):
    unit_id = catalog.add_business_unit(store, "Ant Financial")
    program_id = catalog.add_program(store, unit_id, "Ant Forest")
    added = target_ops.add_target(store, Target("trees_planted", fiscal_year(2018), Decimal(1000),
                                                program_id=program_id))
    row_id = added.result
    assert added.topics == (TARGETS,)
    assert _targets(store) == [(row_id, "trees_planted", Decimal(1000), program_id)]
    added.undo(store)
    assert _targets(store) == []
    added.redo(store)
    assert _targets(store) == [(row_id, "trees_planted", Decimal(1000), program_id)]

    [listed] = target_ops.list_targets(store)
    edited = target_ops.edit_target(store, listed, Target("trees_planted", fiscal_year(2018), Decimal(1500)))
    assert _targets(store) == [(row_id, "trees_planted", Decimal(1500), None)]
    edited.undo(store)
    assert _targets(store) == [(row_id, "trees_planted", Decimal(1000), program_id)]
    edited.redo(store)
    assert _targets(store) == [(row_id, "trees_planted", Decimal(1500), None)]

    deleted = target_ops.delete_targets(store, [row_id])
    assert deleted.result == 1 and _targets(store) == []
    deleted.undo(store)
    assert _targets(store) == [(row_id, "trees_planted", Decimal(1500), None)]
    deleted.redo(store)
    assert _targets(store) == []


def test_a_refused_target_writes_nothing(store):
    target_ops.add_target(store, Target("donations", fiscal_year(2018), Decimal(5), currency="CNY"))
    before, generation = _targets(store), store.generation()
    with pytest.raises(ImpactError, match="cannot be negative"):
        target_ops.add_target(store, Target("donations", fiscal_year(2019), Decimal(-1)))
    with pytest.raises(ImpactError, match="no metric"):
        target_ops.add_target(store, Target("no_such_metric", fiscal_year(2019), Decimal(1)))
    [listed] = target_ops.list_targets(store)
    with pytest.raises(ImpactError, match="not both"):
        target_ops.edit_target(store, listed, Target("donations", fiscal_year(2018), Decimal(5),
                                                     business_unit_id="u", program_id="p"))
    assert _targets(store) == before and store.generation() == generation


def test_a_second_target_for_the_same_metric_scope_and_period_is_refused(store):
    """A second FY2018 donations target for the whole group was added beside the first; the charts and
    the report showed one of the two."""
    unit = catalog.add_business_unit(store, "Cainiao")
    group = target_ops.add_target(store, Target("donations", fiscal_year(2018), Decimal(5), currency="CNY")).result
    target_ops.add_target(store, Target("donations", fiscal_year(2018), Decimal(2), unit, currency="CNY"))  # a unit's
    before = _targets(store)
    with pytest.raises(ValidationError, match=r"already a target for this metric, scope and period \(5 CNY\)"):
        target_ops.add_target(store, Target("donations", fiscal_year(2018), Decimal(7), currency="CNY"))
    listed = {target.id: target for target in target_ops.list_targets(store)}
    with pytest.raises(ValidationError, match=r"\(2 CNY\): edit that one instead"):
        target_ops.edit_target(store, listed[group], Target("donations", fiscal_year(2018), Decimal(5), unit,
                                                            currency="CNY"))
    assert _targets(store) == before
    target_ops.edit_target(store, listed[group], Target("donations", fiscal_year(2018), Decimal(6), currency="CNY"))


def test_target_choices_offer_metrics_units_and_archived_programs(store):
    unit_id = catalog.add_business_unit(store, "Cainiao")
    program_id = catalog.add_program(store, unit_id, "Green logistics")
    catalog.set_program_archived(store, program_id, True)
    offered = target_ops.choices(store)
    assert "donations" in {metric.key for metric in offered.metrics}
    assert [unit.id for unit in offered.units] == [unit_id]
    assert [program.id for program in offered.programs] == [program_id]  # its old targets still name it


def _rates(store):
    return [(r.id, r.from_currency, r.to_currency, r.period, r.rate) for r in rate_ops.list_rates(store)]


def test_a_rate_added_edited_and_deleted_undoes_and_redoes_with_the_same_id(store):
    added = rate_ops.add_rate(store, Rate("USD", "CNY", fiscal_year(2018), Decimal("6.9")))
    row_id = added.result
    assert added.topics == (RATES,)
    assert _rates(store) == [(row_id, "USD", "CNY", fiscal_year(2018), Decimal("6.9"))]
    added.undo(store)
    assert _rates(store) == []
    added.redo(store)
    [listed] = rate_ops.list_rates(store)

    edited = rate_ops.edit_rate(store, listed, Rate("USD", "CNY", month(2018, 3), Decimal("6.85")))
    assert _rates(store) == [(row_id, "USD", "CNY", month(2018, 3), Decimal("6.85"))]
    edited.undo(store)
    assert _rates(store) == [(row_id, "USD", "CNY", fiscal_year(2018), Decimal("6.9"))]
    edited.redo(store)
    assert _rates(store) == [(row_id, "USD", "CNY", month(2018, 3), Decimal("6.85"))]

    deleted = rate_ops.delete_rates(store, [row_id])
    assert deleted.result == 1 and _rates(store) == []
    deleted.undo(store)
    assert [rate[0] for rate in _rates(store)] == [row_id]


def test_a_refused_rate_writes_nothing(store):
    rate_ops.add_rate(store, Rate("USD", "CNY", fiscal_year(2018), Decimal("6.9")))
    other = rate_ops.add_rate(store, Rate("HKD", "CNY", fiscal_year(2018), Decimal("0.88"))).result
    before, generation = _rates(store), store.generation()
    listed = {rate.id: rate for rate in rate_ops.list_rates(store)}
    mine = next(rate for rate_id, rate in listed.items() if rate_id != other)
    with pytest.raises(ImpactError, match="currency code"):
        rate_ops.edit_rate(store, mine, Rate("XYZ1", "CNY", fiscal_year(2018), Decimal("6.9")))
    with pytest.raises(ImpactError, match="currency code"):
        rate_ops.add_rate(store, Rate("USD", "C1", fiscal_year(2018), Decimal("6.9")))
    assert _rates(store) == before and store.generation() == generation

    with store.transaction():  # the row is purged on another path (a restore, a sync)
        store.db.execute("DELETE FROM currency_rates WHERE id = ?", [mine.id])
    before, generation = _rates(store), store.generation()
    with pytest.raises(ImpactError, match="no longer exists"):
        rate_ops.edit_rate(store, mine, Rate("USD", "CNY", fiscal_year(2018), Decimal("7")))
    assert _rates(store) == before and store.generation() == generation


def test_a_second_rate_for_the_same_currencies_and_period_is_refused(store):
    """A second CNY→USD rate for FY2018 was added beside the first, and summaries went on using one of
    the two (the older): the user's correction was silently ignored."""
    first = rate_ops.add_rate(store, Rate("CNY", "USD", fiscal_year(2018), Decimal("0.1449"))).result
    march = rate_ops.add_rate(store, Rate("CNY", "USD", month(2018, 3), Decimal("0.15"))).result  # a narrower one
    before, generation = _rates(store), store.generation()
    with pytest.raises(ValidationError, match=r"already a rate CNY→USD for FY2018 \(0.1449\): edit") as refused:
        rate_ops.add_rate(store, Rate("cny", "USD", fiscal_year(2018), Decimal("0.16")))
    assert refused.value.field == "period"
    listed = {rate.id: rate for rate in rate_ops.list_rates(store)}
    with pytest.raises(ValidationError, match="already a rate CNY→USD for 2018-03"):
        rate_ops.edit_rate(store, listed[first], Rate("CNY", "USD", month(2018, 3), Decimal("0.1449")))
    assert _rates(store) == before and store.generation() == generation
    rate_ops.edit_rate(store, listed[march], Rate("CNY", "USD", month(2018, 3), Decimal("0.151")))  # its own period
    rate_ops.add_rate(store, Rate("USD", "CNY", fiscal_year(2017), Decimal("6.9")))  # another period


def test_a_rate_the_other_way_round_for_the_same_period_is_refused(store):
    """USD→CNY for FY2018 was accepted beside CNY→USD for FY2018, and conversions silently used one of them."""
    first = rate_ops.add_rate(store, Rate("CNY", "USD", fiscal_year(2018), Decimal("0.1449"))).result
    march = rate_ops.add_rate(store, Rate("USD", "CNY", month(2018, 3), Decimal("6.9"))).result  # another period
    before, generation = _rates(store), store.generation()
    with pytest.raises(ValidationError, match=r"already a rate CNY→USD for FY2018 \(0.1449\); a USD→CNY rate for "
                                              r"the same period would contradict it: edit that one") as refused:
        rate_ops.add_rate(store, Rate("usd", "cny", fiscal_year(2018), Decimal("6.9")))
    assert refused.value.field == "period"
    listed = {rate.id: rate for rate in rate_ops.list_rates(store)}
    with pytest.raises(ValidationError, match="already a rate CNY→USD for FY2018"):
        rate_ops.edit_rate(store, listed[march], Rate("USD", "CNY", fiscal_year(2018), Decimal("6.9")))
    with pytest.raises(ValidationError, match="already a rate USD→CNY for 2018-03"):
        rate_ops.edit_rate(store, listed[first], Rate("CNY", "USD", month(2018, 3), Decimal("0.1449")))
    assert _rates(store) == before and store.generation() == generation
    rate_ops.edit_rate(store, listed[first], Rate("CNY", "USD", fiscal_year(2018), Decimal("0.145")))  # itself
    rate_ops.add_rate(store, Rate("USD", "CNY", fiscal_year(2017), Decimal("6.9")))  # another period


def _old_store_rates(store, *values: Rate) -> list[str]:
    """Rates written as a store made before clashing rates were refused holds them (no check)."""
    return [rates.add_rate(store, dataclasses.replace(rate, id=new_id())) for rate in values]


def test_a_rate_that_already_clashes_can_still_be_edited_and_the_clash_is_listed(store):
    """Two USD→CNY rates for FY2018 (and a CNY→USD one) from an older store: editing any of them was
    refused ("there is already a rate…"), so the user could not correct one. An edit may keep the
    clash its rate had, or end it; it may not start a new one."""
    first, second, reverse = _old_store_rates(store, Rate("USD", "CNY", fiscal_year(2018), Decimal("6.9")),
                                              Rate("USD", "CNY", fiscal_year(2018), Decimal("7.2")),
                                              Rate("CNY", "USD", fiscal_year(2018), Decimal("0.15")))
    rate_ops.add_rate(store, Rate("USD", "CNY", fiscal_year(2017), Decimal("6.6")))
    assert [sorted(r.id for r in group) for group in rate_ops.clashing_rates(store)] == [
        sorted([first, second, reverse])]
    listed = {rate.id: rate for rate in rate_ops.list_rates(store)}
    rate_ops.edit_rate(store, listed[second], Rate("USD", "CNY", fiscal_year(2018), Decimal("6.95")))  # value only
    rate_ops.edit_rate(store, listed[reverse], Rate("USD", "CNY", fiscal_year(2018), Decimal("6.9")))  # turned round
    before, generation = _rates(store), store.generation()
    with pytest.raises(ValidationError, match=r"already a rate USD→CNY for FY2017 \(6.6\)"):  # a new clash
        rate_ops.edit_rate(store, listed[first], Rate("USD", "CNY", fiscal_year(2017), Decimal("6.9")))
    assert _rates(store) == before and store.generation() == generation
    with pytest.raises(ValidationError, match="already a rate USD→CNY for FY2018"):  # a new rate still may not
        rate_ops.add_rate(store, Rate("USD", "CNY", fiscal_year(2018), Decimal("7")))
    moved = rate_ops.edit_rate(store, listed[first], Rate("USD", "CNY", fiscal_year(2019), Decimal("6.9")))  # ended
    rate_ops.delete_rates(store, [reverse])
    assert rate_ops.clashing_rates(store) == []
    moved.undo(store)
    assert [sorted(r.id for r in group) for group in rate_ops.clashing_rates(store)] == [sorted([first, second])]


def test_a_target_that_already_clashes_can_still_be_edited(store):
    """The same for targets: two FY2018 tree targets for Ant Forest from an older store."""
    unit_id = catalog.add_business_unit(store, "Ant Financial")
    forest = catalog.add_program(store, unit_id, "Ant Forest")
    first, second = (targets.add_target(store, Target("trees_planted", fiscal_year(2018), Decimal(value),
                                                      program_id=forest, id=new_id()))
                     for value in (1000, 1200))
    target_ops.add_target(store, Target("trees_planted", fiscal_year(2017), Decimal(800), program_id=forest))
    listed = {target.id: target for target in target_ops.list_targets(store)}
    target_ops.edit_target(store, listed[second], Target("trees_planted", fiscal_year(2018), Decimal(1100),
                                                         program_id=forest))
    with pytest.raises(ValidationError, match="already a target"):
        target_ops.edit_target(store, listed[first], Target("trees_planted", fiscal_year(2017), Decimal(1000),
                                                            program_id=forest))
    target_ops.edit_target(store, listed[first], Target("trees_planted", fiscal_year(2019), Decimal(1000),
                                                        program_id=forest))
    assert sorted(t.value for t in target_ops.list_targets(store)) == [800, 1000, 1100]


def test_settings_and_device_name_change_together_and_undo_together(store):
    before = settings_ops.load_settings(store), settings_ops.device_name(store)
    change = settings_ops.change_settings(store, Settings("USD", 1, "Alibaba Group", Decimal(150)), "Hangzhou laptop")
    assert change.topics == (SETTINGS,)
    after = settings_ops.load_settings(store), settings_ops.device_name(store)
    assert after == (Settings("USD", 1, "Alibaba Group", Decimal(150)), "Hangzhou laptop")
    change.undo(store)
    assert (settings_ops.load_settings(store), settings_ops.device_name(store)) == before
    change.redo(store)
    assert (settings_ops.load_settings(store), settings_ops.device_name(store)) == after


@pytest.mark.parametrize(("settings", "device", "reason"), [
    (Settings("USD", 13), "Laptop", "1 to 12"),
    (Settings("USD", 1, volunteer_hour_cost=Decimal(-1)), "Laptop", "negative"),
    (Settings("US", 1), "Laptop", "currency"),
    (Settings("USD", 1, "New name"), "   ", "needs a name"),  # the settings are valid: the name refuses both
])
def test_refused_settings_write_nothing(store, settings, device, reason):
    before = settings_ops.load_settings(store), settings_ops.device_name(store)
    generation = store.generation()
    with pytest.raises(ImpactError, match=reason):
        settings_ops.change_settings(store, settings, device)
    assert (settings_ops.load_settings(store), settings_ops.device_name(store)) == before
    assert store.generation() == generation

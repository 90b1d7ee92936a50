"""Which targets a summary shows: group-wide for everything (also the root unit), a unit's own otherwise."""

from decimal import Decimal

from impact_desktop.core.periods import fiscal_year
from impact_desktop.services.dashboard import DashboardFilter, PeriodMode, load_dashboard
from impact_desktop.services.scope import resolve_scope
from impact_desktop.services.summary import summarize
from impact_desktop.storage import catalog, targets


def _targets(store, *units):
    return summarize(store, resolve_scope(store, fiscal_year_name=2018, business_unit_names=units)).targets


def test_the_root_unit_shows_the_group_wide_targets(demo_store):
    everything = _targets(demo_store)
    assert everything == {"donations": 1_200_000_000, "trees_planted": 90_000_000, "volunteer_hours": 250_000}
    assert _targets(demo_store, "Alibaba Group") == everything
    assert _targets(demo_store, "Ant Financial") == {}  # a child unit without targets of its own


def test_a_child_unit_shows_its_own_targets_and_the_root_still_the_group_wide_ones(demo_store):
    ant = catalog.find_business_unit(demo_store, "Ant Financial")
    targets.add_target(demo_store, targets.Target("trees_planted", fiscal_year(2018), Decimal(80_000_000),
                                                  business_unit_id=ant.id))
    assert _targets(demo_store, "Ant Financial") == {"trees_planted": 80_000_000}
    assert _targets(demo_store, "Alibaba Group")["trees_planted"] == 90_000_000
    root = catalog.find_business_unit(demo_store, "Alibaba Group")
    data = load_dashboard(demo_store, DashboardFilter(PeriodMode.FISCAL, 2018, business_unit_ids=(root.id,)))
    assert {k.key: k.target for k in data.kpis}["donations"] == 1_200_000_000  # the dashboard agrees


def test_units_with_targets_of_their_own_on_a_root_without_group_wide_targets(store):
    root = catalog.add_business_unit(store, "Group")
    child = catalog.add_business_unit(store, "Child", parent_id=root)
    targets.add_target(store, targets.Target("volunteer_hours", fiscal_year(2018), Decimal(40), business_unit_id=root))
    targets.add_target(store, targets.Target("volunteer_hours", fiscal_year(2018), Decimal(15), business_unit_id=child))
    assert _targets(store, "Group") == {"volunteer_hours": 40}
    assert _targets(store, "Child") == {"volunteer_hours": 15}
    assert _targets(store) == {"volunteer_hours": 40}

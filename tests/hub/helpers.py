"""Small steps the hub tests share: figures to enter, a store's totals to compare."""

from __future__ import annotations

from decimal import Decimal

from impact_desktop.cli.summary import summary_json
from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import month
from impact_desktop.services.scope import resolve_scope
from impact_desktop.services.summary import summarize
from impact_desktop.storage import catalog, entries


def program(store, unit: str = "Cainiao", name: str = "Green logistics") -> str:
    found = catalog.find_business_unit(store, unit)
    unit_id = found.id if found else catalog.add_business_unit(store, unit)
    existing = catalog.find_program(store, unit_id, name)
    return existing.id if existing else catalog.add_program(store, unit_id, name)


def add_hours(store, value, program_id: str, when=(2018, 3), note: str = "") -> str:
    return entries.add_entry(store, EntryDraft(program_id=program_id, metric_key="volunteer_hours",
                                               value=Decimal(value), period=month(*when), note=note))


def totals(store) -> dict:
    """Every live figure and the roll-ups the dashboard reads: what must agree after a sync."""
    db = store.db
    return {
        "entries": db.execute("SELECT count(*), coalesce(sum(value_e4), 0) FROM entries "
                              "WHERE deleted_at IS NULL").fetchone(),
        "monthly": sorted(db.execute("SELECT * FROM monthly_totals").fetchall()),
        "units": sorted(db.execute("SELECT * FROM unit_totals").fetchall()),
        "b4si": sorted(db.execute("SELECT * FROM b4si_totals").fetchall()),
        # entry_id, not rowid: the same rows on every laptop
        "observed": sorted(db.execute("SELECT * FROM observed_entries").fetchall()),
        "program_months": sorted(db.execute("SELECT * FROM program_months").fetchall()),
        "summary": summary_figures(store),
    }


def summary_figures(store) -> dict:
    return summary_json(summarize(store, resolve_scope(store, fiscal_year_name=2018)))


def rebuilt_rollups(store) -> list:
    """monthly_totals recomputed from the live entries: the roll-up must equal it exactly."""
    return sorted(store.db.execute(
        "SELECT month, program_id, metric_id, coalesce(currency, ''), coalesce(channel_id, ''), "
        "coalesce(input_type, ''), coalesce(motivation, ''), coalesce(funding_source, ''), sum(value_e4), count(*) "
        "FROM entries WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8").fetchall())


def rebuilt_b4si(store) -> list:
    """b4si_totals recomputed from the live entries of live programs: the roll-up must equal it exactly."""
    return sorted(store.db.execute(
        "SELECT e.month, p.business_unit_id, e.metric_id, coalesce(e.currency, ''), coalesce(e.input_type, ''), "
        "coalesce(e.motivation, ''), coalesce(e.funding_source, ''), sum(e.value_e4), count(*) "
        "FROM entries e JOIN programs p ON p.id = e.program_id WHERE e.deleted_at IS NULL AND p.deleted_at IS NULL "
        "GROUP BY 1, 2, 3, 4, 5, 6, 7").fetchall())

"""Notes about an export's companions: which sheet a conflict is on, and sidecars left behind."""

from __future__ import annotations

from decimal import Decimal

from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.periods import fiscal_year, month
from impact_desktop.core.rates import Rate
from impact_desktop.services.exporting import export_entries
from impact_desktop.services.importing import preview_import, undo_import
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import add_entry
from impact_desktop.storage.rates import add_rate
from tests.import_helpers import import_file


def _store_with_usd(store):
    unit = catalog.add_business_unit(store, "Lazada")
    program = catalog.add_program(store, unit, "Schools")
    add_entry(store, EntryDraft(program, "donations", Decimal(100), month(2018, 3), currency="USD",
                                origin=Origin.FORM))
    add_rate(store, Rate("USD", "CNY", fiscal_year(2018), Decimal("6.3")))
    return store


def test_a_rate_conflict_in_a_workbook_names_the_rates_sheet(store, tmp_path, other_store):
    path = export_entries(_store_with_usd(store), tmp_path / "conf.xlsx").path
    add_rate(other_store, Rate("USD", "CNY", fiscal_year(2018), Decimal("6.5")))
    notes = preview_import(other_store, path).rate_notes
    assert len(notes) == 1 and notes[0].startswith("conf.xlsx, sheet Rates, row 2: USD→CNY")


def test_an_exported_csv_without_its_sidecars_says_so(store, tmp_path, other_store):
    result = export_entries(_store_with_usd(store), tmp_path / "e.csv")
    result.rates_path.unlink()
    preview = preview_import(other_store, result.path)
    assert any("No currency rates file (e.rates.csv) was found next to e.csv" in note and "USD" in note
               for note in preview.rate_notes)
    assert any("No targets file (e.targets.csv) was found next to e.csv" in note for note in preview.target_notes)


def test_undo_removes_a_parent_the_import_created_only_as_a_parent(store, tmp_path, other_store):
    group = catalog.add_business_unit(store, "Group")
    unit = catalog.add_business_unit(store, "Cainiao", parent_id=group)
    add_entry(store, EntryDraft(catalog.add_program(store, unit, "Green"), "trees_planted", Decimal(5),
                                month(2018, 3), origin=Origin.FORM))
    path = export_entries(store, tmp_path / "g.csv").path
    undo_import(other_store, import_file(other_store, path).batch_id)
    assert catalog.list_business_units(other_store) == []


def test_an_exported_csv_of_a_unit_tree_without_its_units_file_says_so(demo_store, tmp_path, other_store):
    result = export_entries(demo_store, tmp_path / "tree.csv")
    assert result.units_path is not None
    result.units_path.unlink()
    notes = preview_import(other_store, result.path).notes
    assert any(note.startswith("No business units file (tree.units.csv) was found next to tree.csv")
               for note in notes)

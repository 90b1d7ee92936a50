"""The business-unit tree survives export → import: a parent unit's summary is the same on both sides."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.periods import month
from impact_desktop.io import headers as h
from impact_desktop.services.exporting import export_entries
from impact_desktop.services.importing import commit_import, preview_import
from impact_desktop.storage import catalog
from impact_desktop.storage.database import open_store
from impact_desktop.storage.entries import add_entry
from tests.import_helpers import import_file
from tests.unit.io_files import run_cli, write_xlsx


def tree(store) -> dict[str, str]:
    units = catalog.list_business_units(store)
    names = {unit.id: unit.name for unit in units}
    return {unit.name: names.get(unit.parent_id, "") for unit in units}


@pytest.mark.parametrize("name, extra", [("a.xlsx", []), ("a.csv", []), ("p.xlsx", ["--per-metric"])])
def test_the_demo_groups_summary_is_identical_after_export_and_import(tmp_path, name, extra):
    source, target, out = tmp_path / "a.db", tmp_path / "b.db", tmp_path / name
    assert run_cli("demo", "--db", source).exit_code == 0
    assert run_cli("export", out, "--db", source, *extra).exit_code == 0
    imported = run_cli("import", out, "--db", target)
    assert imported.exit_code == 0, imported.stderr
    assert "Alibaba Group / Ant Financial" in imported.stdout  # the preview names a new unit with its parent
    for scope in (["--business-unit", "Alibaba Group"], ["--business-unit", "Ant Financial"], []):
        before, after = (json.loads(run_cli("summary", "--json", "--db", db, *scope).stdout) for db in (source, target))
        assert before == after, scope
    group = json.loads(run_cli("summary", "--json", "--db", target, "--business-unit", "Alibaba Group").stdout)
    assert group["targets"]
    store = open_store(target, create=False)
    try:
        assert tree(store)["Cainiao"] == "Alibaba Group"
    finally:
        store.close()


@pytest.fixture
def deep_store(store):
    """Group → Region East (no entries, no programs) → Hangzhou office (entries); and a flat unit."""
    group = catalog.add_business_unit(store, "Group")
    east = catalog.add_business_unit(store, "Region East", parent_id=group)
    office = catalog.add_business_unit(store, "Hangzhou office", parent_id=east)
    flat = catalog.add_business_unit(store, "Flat unit")
    for unit, value in ((office, 700), (flat, 50)):
        program = catalog.add_program(store, unit, "Trees")
        add_entry(store, EntryDraft(program, "trees_planted", Decimal(value), month(2018, 3), origin=Origin.FORM))
    return store


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_grandparent_without_entries_comes_back_in_place(deep_store, tmp_path, suffix, other_store):
    result = export_entries(deep_store, tmp_path / f"deep{suffix}")
    if suffix == ".csv":
        assert result.units_path == tmp_path / "deep.units.csv" and result.units_path in result.files
        lines = result.units_path.read_text(encoding="utf-8-sig").splitlines()
        assert lines[:3] == ["Name,Parent", "Flat unit,", "Group,"]  # parents before the units under them
        assert lines[3:] == ["Region East,Group", "Hangzhou office,Region East"]
    preview = preview_import(other_store, result.path)
    assert preview.new_business_units == ["Flat unit", "Group", "Group / Region East",
                                          "Region East / Hangzhou office"]
    assert h.PARENT_UNIT in preview.mapping and not preview.column_problems
    commit_import(other_store, preview)
    assert tree(other_store) == tree(deep_store)


def test_without_its_units_file_a_csv_still_keeps_each_rows_parent(deep_store, tmp_path, other_store):
    result = export_entries(deep_store, tmp_path / "deep.csv")
    result.units_path.unlink()
    import_file(other_store, result.path)
    assert tree(other_store) == {"Flat unit": "", "Hangzhou office": "Region East", "Region East": ""}


def test_a_flat_store_writes_no_units_file_and_removes_a_stale_one(store, tmp_path):
    unit = catalog.add_business_unit(store, "Only")
    add_entry(store, EntryDraft(catalog.add_program(store, unit, "P"), "trees_planted", Decimal(1), month(2018, 1),
                                origin=Origin.FORM))
    (tmp_path / "f.units.csv").write_text("Name,Parent\nOld,Gone\n", encoding="utf-8")
    assert export_entries(store, tmp_path / "f.csv").units_path is None
    assert not (tmp_path / "f.units.csv").exists()


def test_a_stored_unit_elsewhere_in_the_file_is_left_in_place_and_reported(deep_store, tmp_path, other_store):
    path = export_entries(deep_store, tmp_path / "deep.xlsx").path
    catalog.add_business_unit(other_store, "Hangzhou office")  # at the top here
    preview = preview_import(other_store, path)
    assert preview.new_business_units == ["Flat unit"]  # Group and Region East: needed by nothing here
    note = next(note for note in preview.notes if "Hangzhou office" in note)
    assert "under 'Region East' in the file but at the top in this store; it was left where it is" in note
    commit_import(other_store, preview)
    assert tree(other_store)["Hangzhou office"] == ""


def test_a_hand_written_parent_column_in_chinese_creates_the_tree(store, tmp_path):
    path = write_xlsx(tmp_path / "cn.xlsx", [
        ["事业部", "上级事业部", "公益项目", "日期", "植树（棵）"],
        ["菜鸟", "阿里巴巴集团", "绿色物流", "2018-03-01", 120],
        ["菜鸟", "阿里巴巴集团", "回收箱", "2018-04-01", 30],
        ["蚂蚁金服", "阿里巴巴集团", "蚂蚁森林", "2018-03-01", 500],
    ])
    preview = preview_import(store, path)
    assert preview.mapping[1] == h.PARENT_UNIT and not preview.column_problems
    assert preview.new_business_units == sorted(["阿里巴巴集团", "阿里巴巴集团 / 蚂蚁金服", "阿里巴巴集团 / 菜鸟"])
    commit_import(store, preview)
    assert tree(store) == {"菜鸟": "阿里巴巴集团", "蚂蚁金服": "阿里巴巴集团", "阿里巴巴集团": ""}


def test_rows_naming_two_parents_keep_the_first_and_say_so(store, tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", [
        ["Business unit", "Parent unit", "Program", "Date", "Trees planted"],
        ["Cainiao", "Alibaba Group", "Green", "2018-03-01", 1],
        ["Cainiao", "Other Group", "Blue", "2018-03-01", 2],
    ])
    preview = preview_import(store, path)
    assert any("'Cainiao' two parents, 'Alibaba Group' and 'Other Group'" in note for note in preview.notes)
    commit_import(store, preview)
    assert tree(store) == {"Alibaba Group": "", "Cainiao": "Alibaba Group"}

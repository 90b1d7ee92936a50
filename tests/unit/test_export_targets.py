"""Targets travel with an export: unit, program and group-wide ones, kept when the store differs."""

from __future__ import annotations

import csv
import json
import time
from decimal import Decimal

import openpyxl
import pytest

from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.periods import fiscal_year, month
from impact_desktop.services.exporting import export_entries
from impact_desktop.services.importing import commit_import, list_batches, preview_import, undo_import
from impact_desktop.storage import catalog
from impact_desktop.storage.database import open_store
from impact_desktop.storage.entries import EntryFilter, add_entry
from impact_desktop.storage.imports import restore_batch, undo_batch_details
from impact_desktop.storage.targets import Target, add_target, list_targets, update_target
from tests.import_helpers import import_file
from tests.unit.io_files import run_cli

BIG = Decimal("98765432109876.54")  # more digits than a spreadsheet number keeps


@pytest.fixture
def target_store(store):
    """Entries for Cainiao only; targets for Cainiao, a program of it, the group, and Youku (no entries)."""
    cainiao = catalog.add_business_unit(store, "Cainiao")
    youku = catalog.add_business_unit(store, "Youku")
    green = catalog.add_program(store, cainiao, "Green logistics")
    catalog.add_program(store, youku, "Screen time")
    add_entry(store, EntryDraft(green, "trees_planted", Decimal(500), month(2018, 3), origin=Origin.FORM))
    add_entry(store, EntryDraft(green, "donations", Decimal(1000), month(2018, 3), currency="CNY", origin=Origin.FORM))
    fy = fiscal_year(2018)
    add_target(store, Target("donations", fy, BIG, currency="CNY", note="=stretch goal"))
    add_target(store, Target("trees_planted", fy, Decimal(800), business_unit_id=cainiao))
    add_target(store, Target("trees_planted", month(2018, 3), Decimal(600), program_id=green))
    add_target(store, Target("volunteer_hours", fy, Decimal(250), business_unit_id=youku))
    return store


def owned(store) -> set:
    units = {u.id: u.name for u in catalog.list_business_units(store)}
    programs = {p.id: p.name for p in catalog.list_programs(store)}
    return {(units.get(t.business_unit_id), programs.get(t.program_id), t.metric_key, t.period.start, t.period.end,
             t.value, t.currency, t.note) for t in list_targets(store)}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_every_target_arrives_exactly_with_its_owner(target_store, tmp_path, suffix, other_store):
    result = export_entries(target_store, tmp_path / f"t{suffix}")
    assert result.target_count == 4
    if suffix == ".csv":
        assert result.targets_path == tmp_path / "t.targets.csv" and result.files[-1] == result.targets_path
        with result.targets_path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0][:4] == ["ID", "Business unit", "Program", "Metric key"]
        assert any(row[7] == str(BIG) and row[9] == "'=stretch goal" for row in rows)
    else:
        sheet = openpyxl.load_workbook(result.path)["Targets"]
        values = {cell.value for cell in sheet["H"]}
        assert str(BIG) in values and 800 in values
    preview = preview_import(other_store, result.path)
    shown = {planned.text() for planned in preview.new_targets}
    assert f"group-wide: donations FY2018 {BIG} CNY" in shown
    assert "Cainiao / Green logistics: trees_planted 2018-03 600" in shown
    assert "Youku" in preview.new_business_units  # a unit with a target but no entries is created too
    assert preview.target_notes == []
    assert commit_import(other_store, preview).new_target_count == 4
    assert owned(other_store) == owned(target_store)
    assert {t.id for t in list_targets(other_store)} == {t.id for t in list_targets(target_store)}
    again = preview_import(other_store, result.path)
    assert (again.new_targets, again.target_notes) == ([], [])


def test_a_different_stored_target_is_kept_and_reported(target_store, tmp_path, other_store):
    path = export_entries(target_store, tmp_path / "t.xlsx").path
    unit = catalog.add_business_unit(other_store, "Cainiao")
    add_target(other_store, Target("trees_planted", fiscal_year(2018), Decimal(900), business_unit_id=unit))
    preview = preview_import(other_store, path)
    assert len(preview.new_targets) == 3
    assert len(preview.target_notes) == 1
    note = preview.target_notes[0]
    assert "t.xlsx, sheet Targets, row" in note and "Cainiao: trees_planted FY2018 800" in note and "900" in note
    commit_import(other_store, preview)
    kept = [t.value for t in list_targets(other_store) if t.business_unit_id == unit and t.period.kind.value != "month"]
    assert kept == [Decimal(900)]


def live(store) -> dict[str, int]:
    return {table: store.db.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
            for table in ("entries", "targets", "business_units", "programs")}


def test_undo_removes_the_targets_the_batch_added_and_redo_brings_them_back(target_store, tmp_path, other_store):
    path = export_entries(target_store, tmp_path / "t.csv").path
    empty = live(other_store)
    batch_id = import_file(other_store, path).batch_id
    details = undo_batch_details(other_store, batch_id)
    assert details.targets == 4 and live(other_store) == empty  # Youku, only a target used, goes too
    restore_batch(other_store, batch_id, [])
    assert owned(other_store) == owned(target_store)
    assert undo_batch_details(other_store, batch_id).targets == 4 and live(other_store) == empty  # and again


def test_a_target_edited_after_the_import_stays_with_its_unit(target_store, tmp_path, other_store):
    path = export_entries(target_store, tmp_path / "t.xlsx").path
    batch_id = import_file(other_store, path).batch_id
    youku = next(t for t in list_targets(other_store) if t.metric_key == "volunteer_hours")
    time.sleep(0.002)  # updated_at has millisecond resolution
    update_target(other_store, youku.id, Target(youku.metric_key, youku.period, Decimal(300),
                                          business_unit_id=youku.business_unit_id))
    undo_import(other_store, batch_id)
    assert [(t.metric_key, t.value) for t in list_targets(other_store)] == [("volunteer_hours", Decimal(300))]
    assert [u.name for u in catalog.list_business_units(other_store)] == ["Youku"]


def test_cli_undo_says_how_many_targets_went(target_store, tmp_path):
    source, target, out = target_store.path, tmp_path / "target.db", tmp_path / "out.xlsx"
    target_store.close()
    assert run_cli("export", out, "--db", source).exit_code == 0
    assert run_cli("import", out, "--db", target).exit_code == 0
    other = open_store(target, create=False)
    try:
        batch_id = list_batches(other)[0].id
    finally:
        other.close()
    undone = run_cli("imports", "undo", batch_id[:8], "--db", target)
    assert undone.exit_code == 0, undone.stderr
    assert "2 entries and 4 targets removed" in undone.stdout and "business unit Youku" in undone.stdout


def test_targets_follow_the_export_filter(target_store, tmp_path):
    cainiao = catalog.find_business_unit(target_store, "Cainiao").id
    only = export_entries(target_store, tmp_path / "c.csv", EntryFilter(business_unit_ids=[cainiao]))
    assert only.target_count == 2  # Cainiao's and its program's; not the group's, not Youku's
    trees = export_entries(target_store, tmp_path / "m.xlsx", EntryFilter(metric_keys=["donations"]))
    assert trees.target_count == 1


def test_a_stale_targets_sidecar_is_removed_and_a_broken_one_is_a_note(store, tmp_path):
    unit = catalog.add_business_unit(store, "Cainiao")
    target_id = add_target(store, Target("trees_planted", fiscal_year(2018), Decimal(5), business_unit_id=unit))
    assert export_entries(store, tmp_path / "e.csv").targets_path.is_file()
    from impact_desktop.storage.targets import delete_targets

    delete_targets(store, [target_id])
    assert export_entries(store, tmp_path / "e.csv").targets_path is None
    assert not (tmp_path / "e.targets.csv").exists()
    (tmp_path / "e.targets.csv").write_text("Something,Else\n1,2\n", encoding="utf-8")
    preview = preview_import(store, tmp_path / "e.csv")
    assert preview.new_targets == [] and "e.targets.csv does not start with the columns ID" in preview.target_notes[0]


def test_cli_lists_new_targets_in_text_and_json(target_store, tmp_path):
    source, target, out = target_store.path, tmp_path / "target.db", tmp_path / "out.csv"
    target_store.close()
    exported = run_cli("export", out, "--db", source)
    assert exported.exit_code == 0, exported.stderr
    assert f"and 4 targets to {tmp_path / 'out.targets.csv'} (keep the two files together)" in exported.stdout
    dry = run_cli("import", out, "--db", target, "--dry-run")
    assert "new targets: " in dry.stdout and "Youku: volunteer_hours FY2018 250" in dry.stdout
    assert "targets read from out.targets.csv" in dry.stdout
    report = json.loads(run_cli("import", out, "--db", target, "--json").stdout)
    assert {"business_unit": "Cainiao", "program": "Green logistics", "metric": "trees_planted", "period": "2018-03",
            "start": "2018-03-01", "end": "2018-03-31", "target": "600", "currency": None} in report["new_targets"]
    assert report["targets_file"] == "out.targets.csv" and report["target_notes"] == []
    for scope in (["--fiscal-year", "2018"], ["--fiscal-year", "2018", "--business-unit", "Cainiao"]):
        before, after = (json.loads(run_cli("summary", "--db", db, "--json", *scope).stdout) for db in (source, target))
        assert before == after and before["targets"], scope

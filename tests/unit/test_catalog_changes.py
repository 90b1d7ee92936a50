"""The catalogue operations of services: each makes its change at once and returns a Change
whose undo and redo replay it on a real database; a refused one writes nothing."""

from __future__ import annotations

import dataclasses

import pytest

from impact_desktop.core import names as n
from impact_desktop.core.catalog import ProgramStatus
from impact_desktop.core.errors import ImpactError, StoreError, ValidationError
from impact_desktop.services import catalog_changes, catalog_names, catalog_queries
from impact_desktop.services.changes import CATALOG
from impact_desktop.storage import catalog
from impact_desktop.storage.alternative_names import list_alternative_names


def _state(store) -> tuple:
    """Everything a catalogue change may touch, without the change stamps."""
    def plain(row):
        return tuple(value for key, value in dataclasses.asdict(row).items() if key != "updated_at")

    return (
        [plain(unit) for unit in catalog_queries.list_units(store)],
        [plain(program) for program in catalog_queries.list_programs(store)],
        [plain(channel) for channel in catalog_queries.list_channels(store)],
        sorted((alt.kind, alt.target_id, alt.name) for alt in list_alternative_names(store)),
    )


def test_adding_a_unit_program_and_channel_keeps_their_ids_through_undo_and_redo(store):
    unit = catalog_changes.add_unit(store, {"name": "Ant Group", "parent_id": None, "description": "Fintech",
                                            "alternative_names": ["蚂蚁集团"]})
    assert unit.topics == (CATALOG,)
    unit_id = unit.result
    assert catalog_queries.get_unit(store, unit_id).name == "Ant Group"
    assert catalog_names.names_of(store, n.BUSINESS_UNIT, unit_id) == ["蚂蚁集团"]
    program = catalog_changes.add_program(store, {
        "business_unit_id": unit_id, "name": "Ant Forest", "cause_area": "Environment", "geography": "China",
        "start_date": "2016-08-01", "end_date": None, "status": ProgramStatus.ACTIVE, "description": "",
        "alternative_names": ["蚂蚁森林"]})
    channel = catalog_changes.add_channel(store, {"name": "Alipay", "description": "", "alternative_names": []})
    after = _state(store)

    for change in (channel, program, unit):
        change.undo(store)
    assert catalog_queries.list_units(store) == catalog_queries.list_programs(store) == []
    assert catalog_queries.list_channels(store) == []
    for change in (unit, program, channel):
        change.redo(store)
    assert _state(store) == after
    assert catalog_queries.get_program(store, program.result).business_unit_id == unit_id


def test_an_add_that_is_refused_writes_nothing(store):
    catalog.add_business_unit(store, "Cainiao")
    before = _state(store)
    with pytest.raises(ValidationError, match="already used"):
        catalog_changes.add_unit(store, {"name": "Cainiao", "parent_id": None, "description": "",
                                         "alternative_names": ["菜鸟"]})
    with pytest.raises(ImpactError):  # the program's unit does not exist
        catalog_changes.add_program(store, {"business_unit_id": "no-such-unit", "name": "Green Logistics",
                                            "alternative_names": ["绿色物流"]})
    assert _state(store) == before


def test_editing_a_program_is_undone_to_every_field_it_had(store):
    ant = catalog.add_business_unit(store, "Ant Group")
    cainiao = catalog.add_business_unit(store, "Cainiao")
    program_id = catalog.add_program(store, ant, "Ant Forest", cause_area="Environment", geography="China",
                                     start_date="2016-08-01", description="Trees")
    catalog_names.change_with_names(store, None, n.PROGRAM, program_id, ["蚂蚁森林"])
    before = _state(store)
    change = catalog_changes.edit(store, n.PROGRAM, program_id, {
        "business_unit_id": cainiao, "name": "Green Forest", "cause_area": "Other", "geography": "Gansu",
        "start_date": "2017-01-01", "end_date": "2020-12-31", "status": ProgramStatus.COMPLETED,
        "description": "Desert trees", "alternative_names": ["绿色森林"]})
    after = _state(store)
    moved = catalog_queries.get_program(store, program_id)
    assert (moved.business_unit_id, moved.name, moved.end_date, moved.status) == (
        cainiao, "Green Forest", "2020-12-31", ProgramStatus.COMPLETED)
    change.undo(store)
    assert _state(store) == before
    change.redo(store)
    assert _state(store) == after


def test_an_edit_that_changes_nothing_is_no_change_and_names_alone_are_one(store):
    unit_id = catalog.add_business_unit(store, "Amap", description="Maps")
    same = {"name": "Amap", "parent_id": None, "description": "Maps", "alternative_names": []}
    assert catalog_changes.edit(store, n.BUSINESS_UNIT, unit_id, same) is None
    change = catalog_changes.edit(store, n.BUSINESS_UNIT, unit_id, {**same, "alternative_names": ["高德"]})
    assert catalog_names.names_of(store, n.BUSINESS_UNIT, unit_id) == ["高德"]
    change.undo(store)
    assert catalog_names.names_of(store, n.BUSINESS_UNIT, unit_id) == []
    change.redo(store)
    assert catalog_names.names_of(store, n.BUSINESS_UNIT, unit_id) == ["高德"]


def test_an_edit_that_is_refused_writes_nothing(store):
    group = catalog.add_business_unit(store, "Alibaba Group")
    ant = catalog.add_business_unit(store, "Ant Group", parent_id=group)
    catalog.add_business_unit(store, "Cainiao")
    before = _state(store)
    with pytest.raises(ValidationError, match="cannot sit under itself"):
        catalog_changes.edit(store, n.BUSINESS_UNIT, group, {"name": "Alibaba", "parent_id": ant,
                                                             "description": "", "alternative_names": ["阿里"]})
    with pytest.raises(ValidationError):  # another unit's name: the new description is not kept either
        catalog_changes.edit(store, n.BUSINESS_UNIT, ant, {"name": "Ant Group", "parent_id": group,
                                                           "description": "Payments", "alternative_names": ["Cainiao"]})
    assert _state(store) == before


def test_renaming_keeps_a_channels_other_names_and_undoes(store):
    channel_id = catalog.add_channel(store, "Tmall Charity")
    catalog_names.change_with_names(store, None, n.CHANNEL, channel_id, ["天猫公益"])
    unit_id = catalog.add_business_unit(store, "Amap")
    rename = catalog_changes.rename(store, n.CHANNEL, channel_id, "Tmall Giving")
    assert catalog_queries.get_channel(store, channel_id).name == "Tmall Giving"
    assert catalog_names.names_of(store, n.CHANNEL, channel_id) == ["天猫公益"]
    rename.undo(store)
    assert catalog_queries.get_channel(store, channel_id).name == "Tmall Charity"
    rename.redo(store)
    assert catalog_queries.get_channel(store, channel_id).name == "Tmall Giving"
    unit = catalog_changes.rename(store, n.BUSINESS_UNIT, unit_id, "  AutoNavi ")
    assert catalog_queries.get_unit(store, unit_id).name == "AutoNavi"
    unit.undo(store)
    assert catalog_queries.get_unit(store, unit_id).name == "Amap"


def test_a_rename_to_a_taken_name_writes_nothing(store):
    catalog.add_business_unit(store, "Amap")
    ele_id = catalog.add_business_unit(store, "Ele.me")
    before = _state(store)
    with pytest.raises(ValidationError, match="already used"):
        catalog_changes.rename(store, n.BUSINESS_UNIT, ele_id, " Amap ")
    assert _state(store) == before


def test_a_name_that_differs_only_in_case_width_or_is_another_things_other_name_is_refused(store):
    """Imports compare names ignoring case, width and spaces, and read other names: a unit "cainiao",
    "Ｃａｉｎｉａｏ" or "菜鸟" beside Cainiao (菜鸟) was created, and split Cainiao's figures in two."""
    cainiao = catalog.add_business_unit(store, "Cainiao")
    catalog_names.change_with_names(store, None, n.BUSINESS_UNIT, cainiao, ["菜鸟"])
    recycling = catalog.add_program(store, cainiao, "Green logistics")
    amap = catalog.add_business_unit(store, "Amap")
    catalog.add_channel(store, "Alipay Philanthropy")
    before = _state(store)
    for name in ("cainiao", "Ｃａｉｎｉａｏ", "菜鸟", " CAINIAO "):
        with pytest.raises(ValidationError, match="already a name of the business unit Cainiao") as refused:
            catalog_changes.add_unit(store, {"name": name, "parent_id": None, "description": "",
                                             "alternative_names": []})
        assert refused.value.field == "name"
    with pytest.raises(ValidationError, match="already a name of the program Green logistics"):
        catalog_changes.add_program(store, {"business_unit_id": cainiao, "name": "green  logistics",
                                            "alternative_names": []})
    with pytest.raises(ValidationError, match="already a name of the channel"):
        catalog_changes.add_channel(store, {"name": "alipay philanthropy", "description": "",
                                            "alternative_names": []})
    with pytest.raises(ValidationError, match="already a name of the business unit Cainiao"):
        catalog_changes.rename(store, n.BUSINESS_UNIT, amap, "菜鸟")
    with pytest.raises(ValidationError, match="already a name of the business unit Cainiao"):
        catalog_changes.edit(store, n.BUSINESS_UNIT, amap, {"name": "CAINIAO", "parent_id": None, "description": "",
                                                            "alternative_names": []})
    assert _state(store) == before
    # The same name in another unit is another program; a unit's own other name may become its name.
    catalog_changes.add_program(store, {"business_unit_id": amap, "name": "Green Logistics", "alternative_names": []})
    catalog_changes.rename(store, n.BUSINESS_UNIT, cainiao, "菜鸟")
    assert catalog_queries.get_unit(store, cainiao).name == "菜鸟"
    assert catalog_queries.get_program(store, recycling).name == "Green logistics"


def test_archiving_and_unarchiving_undo_and_redo(store):
    unit_id = catalog.add_business_unit(store, "Youku")
    program_id = catalog.add_program(store, unit_id, "Youku Charity")
    archive = catalog_changes.set_archived(store, n.PROGRAM, program_id, True)
    assert catalog_queries.get_program(store, program_id).archived
    archive.undo(store)
    assert not catalog_queries.get_program(store, program_id).archived
    archive.redo(store)
    assert catalog_queries.get_program(store, program_id).archived
    unit = catalog_changes.set_archived(store, n.BUSINESS_UNIT, unit_id, True)
    assert catalog_queries.get_unit(store, unit_id).archived
    unit.undo(store)
    assert not catalog_queries.get_unit(store, unit_id).archived
    before = _state(store)
    with pytest.raises(StoreError):
        catalog_changes.set_archived(store, n.PROGRAM, "no-such-program", True)
    assert _state(store) == before


def test_removing_an_unused_channel_undoes_and_a_used_one_is_refused(demo_store):
    store = demo_store
    channel_id = catalog.add_channel(store, "Weibo")
    remove = catalog_changes.remove_channel(store, channel_id)
    assert channel_id not in {c.id for c in catalog_queries.list_channels(store)}
    remove.undo(store)
    assert catalog_queries.get_channel(store, channel_id).name == "Weibo"
    remove.redo(store)
    assert channel_id not in {c.id for c in catalog_queries.list_channels(store)}

    alipay = next(c for c in catalog_queries.list_channels(store) if c.name == "Alipay Philanthropy")
    assert catalog_queries.channel_entry_count(store, alipay.id) == 12
    before = _state(store)
    with pytest.raises(ValidationError, match="Entries still use the channel “Alipay Philanthropy” \\(12\\)"):
        catalog_changes.remove_channel(store, alipay.id)
    assert _state(store) == before

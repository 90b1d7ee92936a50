"""Names in two languages: real workbooks in Chinese and English imported into the demo,
``--same``, suggestions, ``catalog names``/``alias``, and aliases travelling with exports."""

from __future__ import annotations

import json

import pytest

from impact_desktop.core import names as n
from impact_desktop.core.catalog import MAX_NAME_LENGTH
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.texts import set_name_language
from impact_desktop.services import catalog_names
from impact_desktop.services.dashboard import DashboardFilter, PeriodMode, load_dashboard, metric_by_unit_chart
from impact_desktop.services.demo import CHINESE_NAMES, load_demo
from impact_desktop.services.exporting import export_entries
from impact_desktop.services.importing import ImportOptions, commit_import, preview_import, undo_import
from impact_desktop.services.scope import resolve_scope
from impact_desktop.services.summary import summarize
from impact_desktop.storage import alternative_names, catalog
from impact_desktop.storage.migrations import known_migration_names
from tests.unit.io_files import run_cli as run
from tests.unit.io_files import write_csv, write_xlsx

ZH_HEADER = ["事业部", "公益项目", "日期", "渠道", "捐赠金额（万元）", "植树（万棵）"]


def _catalog_size(store) -> tuple[int, int, int]:
    return (len(catalog.list_business_units(store)), len(catalog.list_programs(store)),
            len(catalog.list_channels(store)))


def test_migration_is_named_and_the_keys_fold_as_the_header_matcher_does():
    assert "0005_alternative_names" in known_migration_names()
    assert n.name_key(" 天猫国际（HK） ") == n.name_key("天猫国际 (hk)") == "天猫国际hk"
    assert n.name_key("Ant  Financial") == n.name_key("ＡＮＴ financial")
    assert n.name_key("Tmall Global (天猫国际)") != n.name_key("Tmall Global")  # what is in brackets counts
    assert n.display_name("Ant Financial", ["蚂蚁金服"], "zh_CN") == "蚂蚁金服"
    assert n.display_name("蚂蚁金服", ["ANT", "Ant Financial"], "en") == "ANT"
    assert n.display_name("Cainiao", [], "zh_CN") == "Cainiao"


def test_the_demo_carries_the_groups_chinese_names(demo_store):
    things = {(t.kind, t.name): t.alternatives for t in catalog_names.everything(demo_store)}
    for kind, table in CHINESE_NAMES.items():
        for english, chinese in table.items():
            assert chinese in things[(kind, english)], (kind, english)
    assert things[(n.METRIC, "Nonprofits on the platform")] == ("平台上的公益组织",)
    load_demo(demo_store)  # twice: nothing added
    assert len(alternative_names.list_alternative_names(demo_store)) == 21


def test_a_chinese_workbook_about_the_demo_creates_nothing_again(demo_store, tmp_path):
    catalog_names.add_alias(demo_store, n.BUSINESS_UNIT, "Cainiao", "菜鸟(网络)")
    before = _catalog_size(demo_store)
    path = write_xlsx(tmp_path / "中文.xlsx", [["2018年5月公益数据"], ZH_HEADER,
                                             [" 蚂蚁金服 ", "支付宝公益", "2018-05", "支付宝公益", 320.5, None],
                                             ["蚂蚁金服", " 蚂蚁森林", "2018-05", None, None, 12],
                                             ["阿里巴巴集团", "人人三小时 ", "2018-05", "人人三小时", 15, None],
                                             ["阿里巴巴集团", "员工志愿服务", "2018-05", None, None, None],
                                             ["天猫国际", "公益宝贝", "2018-05", " 阿里巴巴公益", 8, None],
                                             ["菜鸟（网络）", "绿色物流回收", "2018-05", None, None, 1],
                                             ["高德", "环境地图", "2018-05", None, 0.5, None],
                                             ["阿里巴巴集团", "阿里巴巴公益平台", "2018-05", "阿里巴巴公益", 2, None]],
                      title="数据")
    preview = preview_import(demo_store, path)
    assert (preview.new_business_units, preview.new_programs, preview.new_channels) == ([], [], [])
    result = commit_import(demo_store, preview)
    assert result.new_count == 7 and _catalog_size(demo_store) == before
    ant = catalog.find_business_unit(demo_store, "Ant Financial")
    forest = catalog.find_program(demo_store, ant.id, "Ant Forest")
    stored = demo_store.db.execute(
        "SELECT value_e4 FROM entries WHERE program_id = ? AND source_file = ?", [forest.id, path.name]).fetchall()
    assert stored == [(120_000 * 10_000,)]  # 12 万棵 on Ant Forest itself


def test_an_english_workbook_with_other_spellings_lands_on_the_same_things(demo_store, tmp_path):
    before = _catalog_size(demo_store)
    path = write_csv(tmp_path / "en.csv", [
        ["Business unit", "Program", "Date", "Channel", "Donations (CNY)"],
        ["ANT FINANCIAL", "alipay  philanthropy", "2018-05-01", "Alipay Philanthropy", 100],
        ["Ｔｍａｌｌ Global", "Goods for good", "2018-05-01", "alibaba philanthropy", 5],
    ])
    preview = preview_import(demo_store, path)
    assert (preview.new_business_units, preview.new_programs, preview.new_channels) == ([], [], [])
    commit_import(demo_store, preview)
    assert _catalog_size(demo_store) == before


def test_an_unknown_variant_gets_suggestions_and_same_ties_it_until_the_import_is_undone(demo_store, tmp_path,
                                                                                          db_path):
    path = write_xlsx(tmp_path / "cn.xlsx", [ZH_HEADER, ["菜鸟网络", "绿色物流回收", "2018-05", None, None, 2]])
    demo_store.close()
    dry = run("import", path, "--db", db_path, "--dry-run", "--json")
    report = json.loads(dry.stdout)
    assert report["new_business_units"] == ["菜鸟网络"]
    unit = next(new for new in report["new_names"] if new["kind"] == "business_unit")
    assert unit["suggestions"][0]["name"] == "Cainiao" and unit["suggestions"][0]["same"] == "菜鸟网络=Cainiao"
    text = run("import", path, "--db", db_path, "--dry-run")
    assert 'new business unit 菜鸟网络: perhaps Cainiao (菜鸟) (--same "菜鸟网络=Cainiao")' in text.stdout
    done = run("import", path, "--db", db_path, "--same", "菜鸟网络=Cainiao", "--json")
    assert done.exit_code == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["new_business_units"] == [] and report["new_programs"] == []
    assert report["alternative_names_recorded"] == [{"kind": "business_unit", "name": "菜鸟网络"}]
    names = run("catalog", "names", "--db", db_path)
    assert "business unit Cainiao  = 菜鸟, 菜鸟网络" in names.stdout
    again = run("import", write_xlsx(tmp_path / "later.xlsx", [ZH_HEADER, ["菜鸟网络", "绿色物流回收", "2018-06",
                                                                           None, None, 3]]), "--db", db_path, "--json")
    assert json.loads(again.stdout)["new_business_units"] == []  # remembered
    undo = run("imports", "undo", report["batch_id"], "--db", db_path)
    assert undo.exit_code == 0 and "alternative name 菜鸟网络" in undo.stdout
    assert "菜鸟网络" not in run("catalog", "names", "--db", db_path).stdout


def test_same_for_a_program_and_a_channel_and_a_name_that_is_nothing(demo_store, tmp_path, db_path):
    path = write_xlsx(tmp_path / "p.xlsx", [ZH_HEADER, ["蚂蚁金服", "蚂蚁森林计划", "2018-05", "支付宝公益平台", 3, 2]])
    demo_store.close()
    done = run("import", path, "--db", db_path, "--same", "蚂蚁金服/蚂蚁森林计划=Ant Financial/Ant Forest",
               "--same", "支付宝公益平台=Alipay Philanthropy", "--json")
    report = json.loads(done.stdout)
    assert done.exit_code == 0, done.stderr
    assert (report["new_programs"], report["new_channels"]) == ([], [])
    recorded = {(r["kind"], r["name"]) for r in report["alternative_names_recorded"]}
    assert ("program", "蚂蚁森林计划") in recorded and ("channel", "支付宝公益平台") in recorded
    # "Alipay Philanthropy" is both a program and a channel: only the channel took the name
    assert ("program", "支付宝公益平台") not in recorded
    wrong = run("import", path, "--db", db_path, "--same", "X=No such thing")
    assert wrong.exit_code == 1 and "no business unit, program or channel called 'No such thing'" in wrong.stderr
    assert "Traceback" not in wrong.output


def test_dry_run_json_lists_every_figure_as_written_and_as_stored(demo_store, tmp_path, db_path):
    path = write_xlsx(tmp_path / "w.xlsx", [ZH_HEADER, ["蚂蚁金服", "蚂蚁森林", "2018-05", None, 320.5, 12],
                                            ["蚂蚁金服", "蚂蚁森林", "2018-06", None, "abc", 3]])
    demo_store.close()
    result = run("import", path, "--db", db_path, "--dry-run", "--skip-invalid", "--json")
    entries = json.loads(result.stdout)["entries"]
    assert entries[0] == {"sheet": "Data", "row": 2, "column": "捐赠金额（万元）", "business_unit": "Ant Financial",
                          "program": "Ant Forest", "metric": "Donations", "period": "2018-05", "written": "320.5",
                          "value": "3205000", "currency": "CNY", "channel": "", "status": "new",
                          "metric_key": "donations"}
    assert entries[1]["value"] == "120000" and entries[1]["unit"] == "trees" and "currency" not in entries[1]
    assert entries[2]["status"] == "held back" and entries[2]["written"] == "3"  # its row's other cell is bad
    notes = json.loads(result.stdout)["notes"]
    assert any("row 3" in note and "held back" in note for note in notes)
    shown = run("import", path, "--db", db_path, "--dry-run", "--skip-invalid", "--show", "1")
    assert "first 1 of 3 figures" in shown.stdout
    assert "320.5 → 3,205,000 CNY (Ant Financial / Ant Forest, Donations, 2018-05) new" in shown.stdout


def test_duplicates_are_shown_as_such(demo_store, tmp_path):
    path = write_csv(tmp_path / "d.csv", [["Business unit", "Program", "Date", "Trees planted"],
                                          ["Ant Financial", "Ant Forest", "2018-05-01", 7],
                                          ["蚂蚁金服", "蚂蚁森林", "2018-05-01", 7]])
    from impact_desktop.services.import_figures import PreviewFigures

    figures = PreviewFigures(demo_store, preview_import(demo_store, path))
    assert figures.statuses == ["new", "duplicate"]
    assert figures.order(["duplicate"]) == [1]


def test_alias_add_and_remove_from_scripts(demo_store, db_path):
    demo_store.close()
    added = run("catalog", "alias", "add", "program", "Ant Financial/Ant Forest", "Forest of Ants", "--db", db_path)
    assert added.exit_code == 0 and "Forest of Ants is now a name of the program Ant Financial / Ant Forest" \
        in added.stdout
    clash = run("catalog", "alias", "add", "unit", "Cainiao", "蚂蚁金服", "--db", db_path)
    assert clash.exit_code == 1 and "already a name of the business unit Ant Financial" in clash.stderr
    metric = run("catalog", "alias", "add", "metric", "trees_planted", "种树", "--db", db_path)
    assert metric.exit_code == 0
    listed = json.loads(run("catalog", "names", "--db", db_path, "--json", "--language", "zh_CN").stdout)
    trees = next(item for item in listed if item["key"] == "trees_planted")
    assert trees["alternative_names"] == ["种树"]
    ant = next(item for item in listed if item["name"] == "Ant Financial")
    assert ant["shown"] == "蚂蚁金服"
    removed = run("catalog", "alias", "remove", "program", "Ant Forest", "forest of ants", "--db", db_path)
    assert removed.exit_code == 0
    missing = run("catalog", "alias", "remove", "program", "Ant Forest", "forest of ants", "--db", db_path)
    assert missing.exit_code == 1 and "is not an alternative name" in missing.stderr


def test_a_metric_alias_is_a_header_the_import_understands(demo_store, tmp_path):
    catalog_names.add_alias(demo_store, n.METRIC, "recycling_facilities", "回收站数量")
    path = write_csv(tmp_path / "m.csv", [["事业部", "公益项目", "日期", "回收站数量"],
                                          ["菜鸟", "绿色物流回收", "2018-05", 10]])
    preview = preview_import(demo_store, path)
    assert preview.mapping[3] == "metric:recycling_facilities" and preview.new_count == 1


def test_summary_names_follow_the_language(demo_store, db_path):
    scope = resolve_scope(demo_store, fiscal_year_name=2018, business_unit_names=["蚂蚁金服"])
    assert "Ant Financial" in summarize(demo_store, scope).by_business_unit
    demo_store.close()
    chinese = json.loads(run("summary", "--db", db_path, "--fiscal-year", "2018", "--json", "--language",
                             "zh_CN").stdout)
    assert "蚂蚁金服" in chinese["by_business_unit"] and "Ant Financial" not in chinese["by_business_unit"]
    english = json.loads(run("summary", "--db", db_path, "--fiscal-year", "2018", "--json").stdout)
    assert "Ant Financial" in english["by_business_unit"]


def test_summary_metric_names_and_notes_follow_the_language(demo_store, db_path):
    """--language names metrics too (its help says so): 回收设施, not 'Recycling facilities', in the
    table, the JSON and the notes on stocks; the English names without it."""
    demo_store.close()
    chinese = json.loads(run("summary", "--db", db_path, "--fiscal-year", "2018", "--json", "--language",
                             "zh_CN").stdout)
    assert chinese["metrics"]["recycling_facilities"]["name"] == "回收设施"
    assert any(note.startswith("回收设施 is a stock") for note in chinese["notes"]), chinese["notes"]
    assert not any("Recycling facilities" in note for note in chinese["notes"])
    table = run("summary", "--db", db_path, "--fiscal-year", "2018", "--language", "zh_CN").stdout
    assert "  回收设施  " in table and "Recycling facilities" not in table, table
    english = json.loads(run("summary", "--db", db_path, "--fiscal-year", "2018", "--json").stdout)
    assert english["metrics"]["recycling_facilities"]["name"] == "Recycling facilities"


@pytest.mark.parametrize(("language", "metric", "unit"), [("zh_CN", "平台上的公益组织", "阿里巴巴集团"),
                                                        ("en", "Nonprofits on the platform", "Alibaba Group")])
def test_dashboard_and_report_names_of_metrics_follow_the_language(demo_store, language, metric, unit):
    set_name_language(language)
    data = load_dashboard(demo_store, DashboardFilter(PeriodMode.FISCAL, 2018), details=True)
    assert metric in [kpi.name for kpi in data.kpis]
    assert data.metric_name("nonprofits_supported") == metric
    chart = metric_by_unit_chart(data, "nonprofits_supported")
    assert chart.title.startswith(metric) and unit in chart.categories


def test_a_name_book_shows_names_in_its_language_and_knows_every_name(demo_store):
    unit = catalog_names.find(demo_store, n.BUSINESS_UNIT, "Ant Financial")
    metric = next(m for m in catalog.list_metrics(demo_store) if m.key == "nonprofits_supported")
    chinese, english = catalog_names.NameBook(demo_store, "zh_CN"), catalog_names.NameBook(demo_store, "en")
    assert chinese.shown(unit.target_id, unit.name) == "蚂蚁金服" == chinese.shown(unit.target_id, unit.name)
    assert english.shown(unit.target_id, unit.name) == "Ant Financial"
    assert chinese.metric(metric) == "平台上的公益组织" and english.metric(metric) == "Nonprofits on the platform"
    assert english.names(unit.target_id, unit.name) == ("Ant Financial", "蚂蚁金服")
    assert english.names(None, "Ant Financial") == ("Ant Financial",)
    no_store = catalog_names.NameBook(None, "zh_CN")  # no alternative names: every name as it is
    assert no_store.shown(unit.target_id, unit.name) == "Ant Financial"
    assert no_store.names(unit.target_id, unit.name) == ("Ant Financial",)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_aliases_travel_from_one_store_to_another(demo_store, tmp_path, suffix, other_store):
    catalog_names.add_alias(demo_store, n.PROGRAM, "Ant Forest", "Forest of Ants")
    exported = export_entries(demo_store, tmp_path / f"demo{suffix}")
    if suffix == ".csv":
        assert exported.names_path is not None and exported.names_path.name == "demo.names.csv"
    ant = catalog.add_business_unit(other_store, "蚂蚁金服")  # this machine knows it by its Chinese name only
    catalog.add_program(other_store, ant, "蚂蚁森林")
    preview = preview_import(other_store, exported.path)
    assert "Ant Financial" not in preview.new_business_units
    assert not any(p.endswith("/ Ant Forest") for p in preview.new_programs)
    result = commit_import(other_store, preview)
    names = {(t.kind, t.name): t.alternatives for t in catalog_names.everything(other_store)}
    assert "Ant Financial" in names[(n.BUSINESS_UNIT, "蚂蚁金服")]
    assert set(names[(n.PROGRAM, "蚂蚁森林")]) >= {"Ant Forest", "Forest of Ants"}
    assert "菜鸟" in names[(n.BUSINESS_UNIT, "Cainiao")]  # created by the import, with its other name
    assert "平台上的公益组织" in names[(n.METRIC, "Nonprofits on the platform")]
    undo_import(other_store, result.batch_id)
    assert "Ant Financial" not in {a.name for a in alternative_names.list_alternative_names(other_store)}


def test_an_alias_cannot_name_two_things(demo_store):
    with pytest.raises(ValidationError, match="already a name of the business unit Ant Financial"):
        catalog_names.add_alias(demo_store, n.BUSINESS_UNIT, "Cainiao", " 蚂蚁金服")
    with pytest.raises(ValidationError, match="Several programs"):
        catalog_names.find(demo_store, n.PROGRAM, "Alipay Philanthropy") if catalog.add_program(
            demo_store, catalog.find_business_unit(demo_store, "Cainiao").id, "Alipay Philanthropy") else None
    assert ImportOptions().same == []


def test_a_refused_alternative_name_says_why_in_a_real_sentence(demo_store, db_path):
    """Not 'A name needs a name.' nor 'A name name is at most 120 characters.'"""
    demo_store.close()
    for alias, sentence in (("  ", "A name cannot be empty."),
                            ("x" * 300, f"A name is at most {MAX_NAME_LENGTH} characters."),
                            ("Cai\x00niao", "A name cannot hold control characters such as NUL.")):
        result = run("catalog", "alias", "add", "business_unit", "Cainiao", alias, "--db", db_path)
        assert result.exit_code == 1 and result.stderr == f"error: {sentence}\n", result.stderr


def test_built_in_metrics_are_named_in_the_language_asked_on_the_command_line(demo_store, db_path):
    """--language zh_CN named 蚂蚁金服 and 回收设施 but left 'Donations' and 'Volunteer hours' in
    English: their Chinese names live in the translation catalogue, which no command loaded."""
    from impact_desktop.core.texts import translate

    demo_store.close()
    summary = json.loads(run("summary", "--db", db_path, "--fiscal-year", "2018", "--json", "--language",
                             "zh_CN").stdout)
    assert summary["metrics"]["donations"]["name"] == "捐赠"
    assert summary["metrics"]["volunteer_hours"]["name"] == "志愿服务时长"
    assert any(note.startswith("志愿者 is a distinct count") for note in summary["notes"]), summary["notes"]
    entries = json.loads(run("entries", "--db", db_path, "--metric", "donations", "--limit", "1", "--json",
                             "--language", "zh_CN").stdout)["entries"]
    assert entries[0]["metric_name"] == "捐赠"
    names = json.loads(run("catalog", "names", "--db", db_path, "--json", "--language", "zh_CN").stdout)
    assert {"kind": "metric", "key": "trees_planted", "shown": "植树"}.items() <= \
        next(thing for thing in names if thing["key"] == "trees_planted").items()
    assert "植树 [trees_planted]  = Trees planted" in run("catalog", "names", "--db", db_path, "--language",
                                                          "zh_CN").stdout
    assert translate("Metric", "Donations") == "Donations"  # for that command only
    english = json.loads(run("summary", "--db", db_path, "--fiscal-year", "2018", "--json").stdout)
    assert english["metrics"]["donations"]["name"] == "Donations"
    assert json.loads(run("entries", "--db", db_path, "--metric", "donations", "--limit", "1", "--json",
                          "--language", "en").stdout)["entries"][0]["metric_name"] == "Donations"


def test_searching_entries_finds_a_built_in_metric_by_the_name_the_interface_shows(demo_store, db_path):
    """The Chinese interface shows 捐赠 for Donations (a name from the translation catalogue, not an
    alternative name in the store): typing it in the search found nothing, 回收设施 found its entries."""
    from impact_desktop.core import texts
    from impact_desktop.services.entry_list import count_entries, entry_filter

    donations = count_entries(demo_store, entry_filter(demo_store, metric_keys=["donations"]))
    assert count_entries(demo_store, entry_filter(demo_store, text="捐赠")) == 0  # English: no such name
    texts.set_translator(lambda context, text: {"Donations": "捐赠", "Trees planted": "植树"}.get(text, text)
                         if context == "Metric" else text)
    try:
        assert count_entries(demo_store, entry_filter(demo_store, text="捐赠")) == donations > 0
        assert count_entries(demo_store, entry_filter(demo_store, text="donations")) == donations  # still
    finally:
        texts.set_translator(None)
    demo_store.close()
    found = json.loads(run("entries", "--db", db_path, "--search", "植树", "--limit", "0", "--json", "--language",
                           "zh_CN").stdout)
    assert found["total"] > 0 and {entry["metric"] for entry in found["entries"]} == {"trees_planted"}

"""``impact-desktop entries``: the Entries page's queries from the command line (a real process)."""

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import month
from impact_desktop.storage import catalog, entries
from impact_desktop.storage.database import open_store


def run(*args):
    return subprocess.run([sys.executable, "-m", "impact_desktop", "entries", *args], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("entries-cli") / "impact.db"
    store = open_store(path)
    cainiao = catalog.add_business_unit(store, "菜鸟")
    amap = catalog.add_business_unit(store, "Amap")
    recycling, maps = catalog.add_program(store, cainiao, "Recycling"), catalog.add_program(store, amap, "Air map")
    drafts = [EntryDraft(recycling if i % 2 else maps, "donations" if i % 3 else "trees_planted",
                         Decimal(i * 100 + 1) + Decimal("0.5") * (i == 7), month(2017 + i // 12, i % 12 + 1),
                         currency="CNY" if i % 3 else None, note=("菜鸟驿站回收纸箱" if i % 5 == 0 else f"row {i}"))
              for i in range(30)]
    entries.add_entries(store, drafts)
    store.close()
    return str(path)


def _json(*args):
    done = run(*args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_search_sort_and_limit(db):
    found = _json("--db", db, "--search", "驿站回收", "--sort", "value", "--desc")
    assert found["total"] == 6 == found["shown"]
    values = [row["value"] for row in found["entries"]]
    assert values == sorted(values, reverse=True)
    assert all("驿站回收" in row["note"] for row in found["entries"])
    top = _json("--db", db, "--sort", "value", "--desc", "--limit", "3")
    assert top["total"] == 30 and [row["value"] for row in top["entries"]] == [2901, 2801, 2701]
    exact = _json("--db", db, "--search", "row 7")
    assert exact["entries"][0]["value"] == "701.5"  # a fraction is an exact string, never a float


def test_filters_by_unit_metric_and_dates(db):
    rows = _json("--db", db, "--business-unit", "菜鸟", "--metric", "donations", "--from", "2017-03-01",
                 "--to", "2017-12-31", "--sort", "period", "--limit", "0")["entries"]
    assert rows and all(row["business_unit"] == "菜鸟" and row["metric"] == "donations" for row in rows)
    assert all("2017-03-01" <= row["period_end"] <= "2017-12-31" for row in rows)
    assert [row["period_end"] for row in rows] == sorted(row["period_end"] for row in rows)


def test_table_output_and_errors(db):
    table = run("--db", db, "--search", "菜鸟", "--limit", "2")
    assert table.returncode == 0
    assert table.stdout.startswith("2 of 18 entries")  # 15 of the unit 菜鸟, 3 others with it in their note
    assert "Business unit" in table.stdout and "菜鸟" in table.stdout
    unknown = run("--db", db, "--business-unit", "Nowhere")
    # the summary's and the export's words, with the names it knows
    assert unknown.returncode != 0 and unknown.stderr.strip() == (
        "error: There is no business unit named 'Nowhere' (known: Amap, 菜鸟).")
    bad_sort = run("--db", db, "--sort", "colour")
    assert bad_sort.returncode != 0 and "colour" in bad_sort.stderr


def test_units_are_found_by_any_name_and_shown_in_the_language_asked(tmp_path):
    db = str(tmp_path / "demo.db")
    assert subprocess.run([sys.executable, "-m", "impact_desktop", "demo", "--db", db], capture_output=True,
                          timeout=120).returncode == 0
    chinese = _json("--db", db, "--business-unit", "蚂蚁金服", "--limit", "0", "--language", "zh_CN")["entries"]
    english = _json("--db", db, "--business-unit", "ant financial", "--limit", "0", "--language", "en")["entries"]
    main = _json("--db", db, "--business-unit", "Ant Financial", "--limit", "0")["entries"]
    assert len(chinese) == len(english) == len(main) > 0
    assert {row["business_unit"] for row in chinese} == {"蚂蚁金服"}
    assert {row["program"] for row in chinese} == {"支付宝公益", "蚂蚁森林"}
    assert {row["business_unit"] for row in english} == {"Ant Financial"} == {row["business_unit"] for row in main}
    alipay = [row for row in chinese if row["channel"]]
    assert alipay and {row["channel"] for row in alipay} == {"支付宝公益"}
    table = run("--db", db, "--business-unit", "蚂蚁金服", "--language", "zh_CN", "--limit", "3")
    assert table.returncode == 0 and "蚂蚁金服" in table.stdout and "Ant Financial" not in table.stdout

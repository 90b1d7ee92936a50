"""The command line as scripts use it: real processes, real files, one-line errors."""

import json
import sqlite3
import subprocess
import sys

import pytest

ARTICLE_TOTALS = {
    "donations": 1_270_000_000,
    "volunteers": 15_000_000,
    "nonprofits_supported": 937,
    "volunteering_opportunities": 3_000_000,
    "trees_planted": 100_000_000,
    "recycling_facilities": 5_000,
    "recycling_cities": 200,
    "environmental_map_cities": 364,
    "volunteer_hours": 270_000,
}


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "impact_desktop", *args], capture_output=True, text=True,
                          timeout=120, env=env)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    first = run("demo", "--db", str(path))
    assert first.returncode == 0, first.stderr
    assert "137 entries" in first.stdout
    second = run("demo", "--db", str(path))
    assert second.returncode == 0 and "nothing added" in second.stdout
    return path


def test_summary_json_reproduces_every_figure_of_the_article(demo_db):
    result = run("summary", "--db", str(demo_db), "--fiscal-year", "2018", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["currency"] == "CNY"
    assert (data["from"], data["to"]) == ("2017-04-01", "2018-03-31")
    assert data["entries"] == 137
    assert {key: data["totals"][key] for key in ARTICLE_TOTALS} == ARTICLE_TOTALS
    assert data["by_business_unit"]["Cainiao"] == {"recycling_cities": 200, "recycling_facilities": 5000}
    assert data["by_business_unit"]["Ant Financial"]["trees_planted"] == 100_000_000
    assert sum(unit.get("donations", 0) for unit in data["by_business_unit"].values()) == 1_270_000_000


def test_summary_in_usd_reads_about_184_million(demo_db):
    data = json.loads(run("summary", "--db", str(demo_db), "--currency", "usd", "--json").stdout)
    assert data["currency"] == "USD"
    assert round(data["totals"]["donations"] / 1e6) == 184


def test_business_unit_filter_and_table_output(demo_db):
    data = json.loads(run("summary", "--db", str(demo_db), "--business-unit", "Ant Financial", "--json").stdout)
    assert data["totals"] == {"donations": 450_000_000, "trees_planted": 100_000_000}
    table = run("summary", "--db", str(demo_db), "--fiscal-year", "2018")
    assert table.returncode == 0
    assert "1,270,000,000 CNY" in table.stdout and "Cainiao" in table.stdout


def test_db_from_environment_variable(demo_db):
    import os

    env = {**os.environ, "IMPACT_DESKTOP_DB": str(demo_db)}
    data = json.loads(run("summary", "--json", env=env).stdout)
    assert data["entries"] == 137


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--currency", "EUR"], "Missing currency rate CNY→EUR"),
        (["--business-unit", "Nope"], "no business unit named 'Nope'"),
        (["--from", "2018-02-30", "--to", "2018-03-01"], "not a date"),
        (["--fiscal-year", "2018", "--from", "2017-01-01"], "either a fiscal year or a date range"),
    ],
)
def test_bad_arguments_give_one_clear_line(demo_db, args, words):
    result = run("summary", "--db", str(demo_db), *args)
    assert result.returncode != 0
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("kind", ["missing", "garbage", "foreign"])
def test_bad_files_give_one_clear_line_and_stay_untouched(tmp_path, kind):
    path = tmp_path / "x.db"
    if kind == "garbage":
        path.write_bytes(b"\x00\x01 not sqlite" * 100)
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    before = path.read_bytes() if path.exists() else None
    result = run("summary", "--db", str(path), "--json")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert (path.read_bytes() if path.exists() else None) == before


def test_demo_on_a_database_holding_an_imported_demo_export_adds_nothing(demo_db, tmp_path):
    exported, other = tmp_path / "demo.xlsx", tmp_path / "other.db"
    assert run("export", str(exported), "--db", str(demo_db)).returncode == 0
    assert run("import", str(exported), "--db", str(other)).returncode == 0
    again = run("demo", "--db", str(other))
    assert again.returncode == 0, again.stderr
    data = json.loads(run("summary", "--db", str(other), "--fiscal-year", "2018", "--json").stdout)
    assert data["totals"]["donations"] == 1_270_000_000


def test_impossible_fiscal_year_is_a_clear_error(demo_db):
    result = run("summary", "--db", str(demo_db), "--fiscal-year", "0")
    assert result.returncode == 1 and "not a fiscal year" in result.stderr

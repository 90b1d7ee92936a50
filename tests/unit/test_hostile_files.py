"""Every generated hostile file ends in an import or a clear refusal, within 1 GB, the store intact.

The files (see :mod:`tests.unit.hostile_files`) are imported one after another into one
store by ``impact-desktop import`` in a child process whose address space is limited to
1 GB (RLIMIT_AS), so a bomb that fills memory or a reader that aborts fails this test, not
the machine. Around each import the child counts every table of the store: a refusal
must leave them as they were, and after every accepted file ``summary`` must still run.
At the end ``report`` writes the PDF of everything that was accepted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from impact_desktop.cli import cli
from tests.unit.hostile_files import EITHER, IMPORT, REFUSE, generate

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 1 << 30

CHILD = textwrap.dedent("""
    import json, resource, sqlite3, sys
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    from click.testing import CliRunner
    from impact_desktop.cli import cli

    db, files = sys.argv[1], json.loads(sys.argv[2])

    def state():
        with sqlite3.connect(f"file:{{db}}?mode=ro", uri=True) as conn:
            tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            counts = {{table: conn.execute(f'SELECT count(*) FROM "{{table}}"').fetchone()[0] for table in tables}}
            counts["sum"] = conn.execute("SELECT total(value_e4) FROM entries").fetchone()[0]
        return counts

    runner = CliRunner()
    for name, path, options in files:
        before = state()
        # files repeat the same programs and months: a changed figure is a correction, added here as new
        result = runner.invoke(cli, ["--db", db, "import", path, "--corrections", "add", *options])
        after = state()
        summary = runner.invoke(cli, ["--db", db, "summary", "--json"]) if result.exit_code == 0 else None
        print(json.dumps({{"name": name, "code": result.exit_code, "output": result.output[-3000:],
                          "exception": None if result.exit_code in (0, 1) else repr(result.exception),
                          "changed": before != after, "summary": None if summary is None else summary.exit_code,
                          "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}), flush=True)
""")


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    files = generate(folder / "files")
    db = folder / "store.db"
    assert CliRunner().invoke(cli, ["--db", str(db), "demo"]).exit_code == 0
    listing = json.dumps([[f.name, str(f.path), f.options] for f in files])
    done = subprocess.run([sys.executable, "-c", CHILD.format(limit=LIMIT), str(db), listing], cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    results = {line["name"]: line for line in map(json.loads, done.stdout.strip().splitlines())}
    assert done.returncode == 0 and len(results) == len(files), (done.returncode, done.stderr[-3000:])
    return files, results, db


def test_there_are_many_hostile_files(outcomes):
    files, _results, _db = outcomes
    assert len(files) >= 80
    assert {f.expect for f in files} == {IMPORT, REFUSE, EITHER}


def test_each_ends_in_an_import_or_a_clear_refusal(outcomes):
    files, results, _db = outcomes
    wrong = []
    for hostile in files:
        result = results[hostile.name]
        output = result["output"]
        lines = output.strip().splitlines()
        fine = result["code"] in (0, 1) and "Traceback" not in output and "unexpected" not in output.lower()
        fine = fine and all(len(line) < 2000 for line in lines)  # a 5 MB cell is never printed whole
        if result["code"] == 1:
            fine = fine and lines and lines[-1].startswith("error: ") and len(lines) <= 60
        if hostile.expect == IMPORT:
            fine = fine and result["code"] == 0
        if hostile.expect == REFUSE:
            fine = fine and result["code"] == 1
        if not fine:
            wrong.append(f"{hostile.name} (expected {hostile.expect}): {result}")
    assert not wrong, "\n".join(wrong)


def test_a_refusal_changes_nothing_and_an_import_keeps_summary_working(outcomes):
    files, results, _db = outcomes
    for hostile in files:
        result = results[hostile.name]
        if result["code"] == 1:
            assert not result["changed"], hostile.name
        if result["code"] == 0:
            assert result["summary"] == 0, hostile.name


def test_none_needed_more_than_a_gigabyte(outcomes):
    _files, results, _db = outcomes
    assert max(result["peak_mb"] for result in results.values()) < LIMIT / (1 << 20)


def test_the_report_of_everything_accepted_is_written(outcomes, tmp_path):
    _files, _results, db = outcomes
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    report = subprocess.run([sys.executable, "-m", "impact_desktop", "--db", str(db), "report",
                             str(tmp_path / "all.pdf")], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=600)
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "all.pdf").read_bytes().rstrip().endswith(b"%%EOF")

"""The report from the command line, read back with pypdf (as a user would, in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import month
from impact_desktop.services.demo import load_demo
from impact_desktop.storage import catalog, entries
from impact_desktop.storage.database import open_store

ROOT = Path(__file__).resolve().parents[2]
CHINESE_PROGRAM = "蚂蚁森林公益植树"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "demo.db"
    store = open_store(path)
    load_demo(store)
    unit = catalog.find_business_unit(store, "Ant Financial")
    program = catalog.add_program(store, unit.id, CHINESE_PROGRAM)
    entries.add_entry(store, EntryDraft(program_id=program, metric_key="volunteer_hours", value=Decimal(0),
                                        period=month(2017, 6)))
    store.close()
    return path


def run_report(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-m", "impact_desktop", "report", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def pdf_text(path: Path) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(str(path))
    # Qt writes word gaps that pypdf reads back as tabs
    return reader, [(page.extract_text() or "").replace("\t", " ") for page in reader.pages]


def test_report_pdf_has_every_headline_figure(demo_db, tmp_path):
    out = tmp_path / "fy2018.pdf"
    result = run_report(str(out), "--db", str(demo_db), "--fiscal-year", "2018")
    assert result.returncode == 0, result.stderr
    assert "Wrote" in result.stdout
    reader, pages = pdf_text(out)
    assert 5 <= len(reader.pages) <= 12
    text = "\n".join(pages)
    for figure in ("1,270,000,000", "1.27bn", "15,000,000", "937", "3,000,000", "100,000,000", "5,000",
                   "200", "364", "270,000", "Alibaba Group", "FY2018", "Page 1 of"):
        assert figure in text, figure
    assert CHINESE_PROGRAM in text
    for number, page in enumerate(pages, start=1):
        assert len(page.strip()) > 40, f"page {number} looks blank"
        assert f"Page {number} of {len(pages)}" in page
    assert "Currency rates used" in text and "Aggregation rules" in text and "Data sources" in text
    assert "Donations per month and cumulative" in text


def test_report_in_usd_letter_landscape(demo_db, tmp_path):
    out = tmp_path / "usd.pdf"
    result = run_report(str(out), "--db", str(demo_db), "--fiscal-year", "2018", "--currency", "USD",
                        "--page-size", "Letter", "--landscape", "--business-unit", "Alibaba Group")
    assert result.returncode == 0, result.stderr
    reader, pages = pdf_text(out)
    text = "\n".join(pages)
    assert "184,023,000" in text and "184m" in text and "USD" in text
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert round(float(box.width)) == 792 and round(float(box.height)) == 612  # Letter, landscape


@pytest.mark.parametrize(("args", "message"), [
    (["--fiscal-year", "2011"], "No entries in FY2011"),
    (["--business-unit", "Nowhere"], "no business unit named 'Nowhere'"),
    (["--currency", "EUR"], "Missing currency rate"),
    (["--fiscal-year", "2018", "--from", "2017-01-01"], "either --fiscal-year or --from/--to"),
    (["--from", "2017-02-30"], "not a date"),
])
def test_bad_arguments_give_one_clear_line(demo_db, tmp_path, args, message):
    out = tmp_path / "bad.pdf"
    result = run_report(str(out), "--db", str(demo_db), *args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert not out.exists()


def test_a_metric_without_entries_reads_dash_not_zero(demo_db, tmp_path):
    """Ant Financial has volunteer hours adding up to 0 (an entry of 0) and no volunteers at all."""
    out = tmp_path / "ant.pdf"
    result = run_report(str(out), "--db", str(demo_db), "--fiscal-year", "2018", "--business-unit", "Ant Financial")
    assert result.returncode == 0, result.stderr
    _, pages = pdf_text(out)
    title = pages[0].splitlines()
    volunteers = title.index("Volunteers")
    assert title[volunteers + 1] == "—" and title[volunteers + 2] == "No entries in the period"
    hours = title.index("Volunteer hours")
    assert title[hours + 1] == "0" and title[hours + 2] == "0 hours"  # entries that add up to 0 stay 0
    table = pages[1].splitlines()
    row = table[table.index("Volunteers") + 1: table.index("Volunteers") + 7]
    assert row == ["—", "people", "—", "—", "—", "—"]  # value, unit, previous, change, target, achieved
    assert table[table.index("Volunteer hours") + 1] == "0"
    assert "Distinct counts" not in pages[1]  # no rule to explain for a metric with no figure


@pytest.mark.parametrize("name", ["x.png", "report", "report.pdf.txt"])
def test_an_output_name_without_pdf_is_refused_and_nothing_is_written(tmp_path, name):
    folder = tmp_path / "out"
    folder.mkdir()
    result = run_report(str(folder / name), "--db", str(folder / "new.db"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "ending in .pdf" in lines[0] and name in lines[0], result.stderr
    assert list(folder.iterdir()) == []  # no report, and no database created either


def test_an_upper_case_pdf_suffix_is_fine(demo_db, tmp_path):
    out = tmp_path / "REPORT.PDF"
    result = run_report(str(out), "--db", str(demo_db), "--fiscal-year", "2018")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"


def test_a_report_to_a_place_that_cannot_be_written_is_one_line(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "d.db"
    subprocess.run([sys.executable, "-m", "impact_desktop", "demo", "--db", str(db)], check=True,
                   capture_output=True)
    for target in ("/proc/r.pdf", str(tmp_path / "missing" / "r.pdf"), str(tmp_path)):
        result = subprocess.run([sys.executable, "-m", "impact_desktop", "report", target, "--db", str(db)],
                                capture_output=True, text=True)
        assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr[:500]

"""Dates at the ends of the calendar: refused on import, and harmless if a store already holds them.

A store written by an earlier version may hold figures in year 1 or 9999 (imports took
them then). The summary, the dashboard with its previous-period arithmetic, the report
and the exports must all still work on such a store.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from impact_desktop.cli import cli
from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import Period, PeriodKind
from impact_desktop.services.dashboard import DashboardFilter, PeriodMode, available_years, load_dashboard
from impact_desktop.services.demo import load_demo
from impact_desktop.storage import catalog, entries
from impact_desktop.storage.database import open_store
from tests.unit.io_files import write_csv

ROOT = Path(__file__).resolve().parents[2]
EXTREMES = [Period(dt.date(1, 1, 1), dt.date(1, 1, 31), PeriodKind.MONTH),
            Period(dt.date(9999, 12, 31), dt.date(9999, 12, 31), PeriodKind.DAY),
            Period(dt.date(1, 1, 1), dt.date(9999, 12, 31), PeriodKind.RANGE)]


@pytest.mark.parametrize("cell", ["0001-01", "9999-12-31", "1899-12-31", "2200-01", "9999", "0001-Q1"])
def test_years_outside_1900_to_2199_are_refused_in_the_preview(tmp_path, cell):
    path = write_csv(tmp_path / "dates.csv", [["Business unit", "Program", "Date", "Donations (CNY)"],
                                              ["Ant Financial", "Ant Forest", "2018-03", 100],
                                              ["Ant Financial", "Ant Forest", cell, 200]])
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "d.db"), "import", str(path), "--dry-run"])
    assert result.exit_code == 1
    assert "row 3, column Date" in result.output and "outside the years 1900–2199" in result.output
    assert not (tmp_path / "d.db").exists()


def test_a_store_holding_year_1_and_year_9999_still_summarises_reports_and_exports(tmp_path):
    db = tmp_path / "old.db"
    store = open_store(db)
    load_demo(store)
    unit = catalog.find_business_unit(store, "Ant Financial")
    program = catalog.add_program(store, unit.id, "Far-off figures")
    entries.add_entries(store, [EntryDraft(program_id=program, metric_key="volunteer_hours", value=Decimal(5),
                                           period=period) for period in EXTREMES])
    fiscal_years, calendar_years = available_years(store)
    assert calendar_years[0] == 2199 and calendar_years[-1] == 1900 and fiscal_years[-1] == 1901
    for mode, years in ((PeriodMode.ALL, [None]), (PeriodMode.FISCAL, fiscal_years), (PeriodMode.CALENDAR,
                                                                                         calendar_years)):
        for year in {years[0], years[-1], 2018} if years != [None] else years:
            data = load_dashboard(store, DashboardFilter(mode=mode, year=year), details=True)
            assert data is not None
    whole = load_dashboard(store, DashboardFilter(mode=PeriodMode.CUSTOM, start=dt.date(1, 1, 1),
                                                  end=dt.date(9999, 12, 31)))
    assert whole is not None
    store.close()
    runner = CliRunner()
    summary = runner.invoke(cli, ["--db", str(db), "summary", "--json"])
    assert summary.exit_code == 0, summary.output
    for name in ("out.csv", "out.xlsx"):
        exported = runner.invoke(cli, ["--db", str(db), "export", str(tmp_path / name)])
        assert exported.exit_code == 0, exported.output
    assert "0001-01" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    report = subprocess.run([sys.executable, "-m", "impact_desktop", "--db", str(db), "report",
                             str(tmp_path / "r.pdf")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "r.pdf").read_bytes().rstrip().endswith(b"%%EOF")

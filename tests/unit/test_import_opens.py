"""An import opens the file it reads at most three times (issue 11: it was 16 for a plain workbook, 29 for
an export with its side sheets), whatever the file holds: one :class:`~impact_desktop.io.source.Source`
is handed to every planner.

Opens are counted two ways, as ``strace -e openat`` would see them: Python-level opens (zipfile, openpyxl,
the CSV reader, hashing) through an audit hook, and calamine's own open in Rust, which no audit hook sees,
through a counting stand-in for ``python_calamine.CalamineWorkbook``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import openpyxl
import pytest
import python_calamine

from impact_desktop.services.exporting import export_entries
from tests.unit.io_files import run_cli, write_csv, write_xlsx

HEADER = ["Business unit", "Program", "Date", "Donation Amount (CNY)"]
ROWS = [HEADER, *(["Cainiao", "Green logistics", f"2018-{month:02d}-01", 100 + month] for month in range(1, 13))]
MAX_OPENS = 3

_watched: dict[str, list[str]] = {}  # resolved path → how it was opened, while a count runs


def _audit(event: str, args: tuple) -> None:
    if event == "open" and _watched and isinstance(args[0], (str, bytes, os.PathLike)):
        name = os.path.realpath(os.fsdecode(args[0]))
        if name in _watched:
            _watched[name].append(f"python open (mode {args[1]})")


sys.addaudithook(_audit)  # audit hooks cannot be removed: it counts only while _watched names a file


class _CountedCalamine:
    """``python_calamine.CalamineWorkbook`` whose ``from_path`` (an open in Rust) is counted."""

    real = python_calamine.CalamineWorkbook

    @classmethod
    def from_path(cls, path, *args, **kwargs):
        name = os.path.realpath(os.fsdecode(path))
        if name in _watched:
            _watched[name].append("calamine open")
        return cls.real.from_path(path, *args, **kwargs)

    @classmethod
    def from_object(cls, obj, *args, **kwargs):
        if isinstance(obj, (str, os.PathLike)):
            return cls.from_path(obj, *args, **kwargs)
        return cls.real.from_object(obj, *args, **kwargs)

    @classmethod
    def from_filelike(cls, obj, *args, **kwargs):
        return cls.real.from_filelike(obj, *args, **kwargs)


def opens_during_import(path: Path, db: Path, monkeypatch) -> list[str]:
    """Import ``path`` into a new database ``db`` (the CLI, in this process); how it was opened."""
    monkeypatch.setattr(python_calamine, "CalamineWorkbook", _CountedCalamine)
    name = os.path.realpath(path)
    _watched[name] = []
    try:
        result = run_cli("import", path, "--db", db)
    finally:
        opens = _watched.pop(name)
    assert result.exit_code == 0 and "Imported" in result.output, (result.output, result.stderr)
    return opens


def test_a_plain_workbook_is_opened_at_most_three_times(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "plain.xlsx", ROWS)
    opens = opens_during_import(path, tmp_path / "s.db", monkeypatch)
    assert "calamine open" in opens and any(how.startswith("python") for how in opens)  # both are seen
    assert len(opens) <= MAX_OPENS, opens


def test_a_csv_is_opened_at_most_three_times(tmp_path, monkeypatch):
    path = write_csv(tmp_path / "plain.csv", ROWS)
    opens = opens_during_import(path, tmp_path / "s.db", monkeypatch)
    assert 1 <= len(opens) <= MAX_OPENS, opens


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_with_its_side_tables_is_opened_at_most_three_times(demo_store, tmp_path, monkeypatch, suffix):
    path = tmp_path / f"export{suffix}"
    export_entries(demo_store, path)
    if suffix == ".xlsx":  # the sheets every planner reads: each used to open the file again
        sheets = openpyxl.load_workbook(path, read_only=True).sheetnames
        assert {"Metrics", "Rates", "Targets", "Business units"} <= set(sheets), sheets
    else:
        assert (tmp_path / "export.rates.csv").exists() and (tmp_path / "export.targets.csv").exists()
    opens = opens_during_import(path, tmp_path / "s.db", monkeypatch)
    assert 1 <= len(opens) <= MAX_OPENS, opens

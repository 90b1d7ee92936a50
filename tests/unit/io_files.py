"""Helpers that write the real files the import tests read."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner
from openpyxl import Workbook

from impact_desktop.cli import cli
from impact_desktop.storage.database import open_store
from impact_desktop.storage.entries import count_entries, total_value


def write_xlsx(path: Path, rows: list[list], *, title: str = "Data", before: dict[str, list[list]] | None = None,
               merge: str | None = None) -> Path:
    """A workbook whose sheet ``title`` holds ``rows``; ``before`` adds sheets in front of it."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, sheet_rows in (before or {}).items():
        sheet = workbook.create_sheet(name)
        for row in sheet_rows:
            sheet.append(row)
    sheet = workbook.create_sheet(title)
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def run_cli(*args):
    """``impact-desktop ARGS`` through click's CliRunner (stdout and stderr kept apart)."""
    return CliRunner().invoke(cli, [str(a) for a in args])


def figures_in(db: Path, metric: str) -> tuple[int, object]:
    """(live entries, total of ``metric``) in the database file ``db``."""
    store = open_store(db, create=False)
    try:
        return count_entries(store), total_value(store, metric)
    finally:
        store.close()

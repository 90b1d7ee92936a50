"""Helpers that write the real files the import tests read."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook


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

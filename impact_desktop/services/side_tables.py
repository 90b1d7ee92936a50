"""The tables an export writes beside its entries: rates, targets, the business-unit tree.

An .xlsx export holds each on a sheet of its own ("Rates", "Targets", "Business units");
a CSV holds one table, so each goes to a sidecar file next to it (``report.rates.csv``,
``report.targets.csv``, ``report.units.csv``). Reading and recognising them is the same
for all three: this module does it once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.texts import translate
from impact_desktop.io.headers import normalize_header
from impact_desktop.io.sheet_spec import Column
from impact_desktop.io.source import Source

#: The suffixes of every sidecar: a sidecar itself never has sidecars.
SIDECAR_SUFFIXES = (".rates.csv", ".targets.csv", ".units.csv", ".names.csv")


def sidecar_for(path: Path | str, suffix: str) -> Path:
    """``report.csv`` + ``.rates.csv`` → ``report.rates.csv``."""
    path = Path(path)
    return path.with_name(f"{path.stem}{suffix}")


def is_our_sidecar(path: Path, columns: Sequence[Column]) -> bool:
    """Whether ``path`` is a side table we wrote (so replacing or removing it loses nothing)."""
    try:
        with path.open(encoding="utf-8-sig") as handle:
            return handle.readline().strip() == ",".join(column.header for column in columns)
    except (OSError, UnicodeDecodeError):
        return False


def read_side_table(source: Source, sheet: str, suffix: str, columns: Sequence[Column], limit: int,
                    compared: int | None = None) -> tuple[Path | None, list[tuple[int, list]]]:
    """The rows below a side table's header: the workbook's ``sheet`` or the CSV's sidecar.

    Returns the file they were read from, or ``(None, [])`` when there is none; a sidecar
    that does not start with ``columns`` (the first ``compared`` of them) is refused in one
    sentence. A workbook's sheet is read once for every planner that asks (see
    :meth:`Source.table`).
    """
    header = [normalize_header(column.header) for column in columns][:compared]
    if source.kind == "xlsx":
        if sheet not in source.sheets:
            return None, []
        rows = source.table(sheet)
        origin = source.path
    else:
        origin = sidecar_for(source.path, suffix)
        if source.path.name.endswith(SIDECAR_SUFFIXES) or not origin.is_file():
            return None, []
        with Source(origin) as sidecar:  # an empty or binary sidecar gets one clear sentence
            rows = sidecar.table(sidecar.sheets[0])
    if not rows or [normalize_header(cell) for cell in rows[0][1][:len(header)]] != header:
        if origin != source.path:
            raise ImpactError(translate("ImportNote", "{0} does not start with the columns {1}.").format(
                origin.name, ", ".join(column.header for column in columns[:len(header)])))
        return None, []
    return origin, rows[1:limit + 1]


def cell_day(cell: object) -> dt.date | None:
    """A date cell as written by an export (a date, or ISO text); None for anything else."""
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, str):
        try:
            return dt.date.fromisoformat(cell.strip())
        except ValueError:
            return None
    return None

"""Which sheets of a workbook an import reads, and a word about every one it does not.

The first sheet with a recognisable header is read (or the one the user chose). Later
sheets with the same columns (monthly tabs, a per-metric export) are read with
``--sheet '*'`` (an Impact Desktop per-metric export is read whole without asking);
sheets with other columns, hidden sheets and the rest are named in the preview's notes.
The Metrics, Rates, Targets and Business units sheets of our own exports are read by their own readers.
"""

from __future__ import annotations

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.texts import translate
from impact_desktop.io import headers as h
from impact_desktop.io.reading import Table, open_table
from impact_desktop.io.source import Source
from impact_desktop.services.import_hierarchy import UNIT_COLUMNS, UNITS_SHEET
from impact_desktop.services.import_metrics import METRIC_COLUMNS, METRICS_SHEET
from impact_desktop.services.import_names import NAME_COLUMNS, NAMES_SHEET
from impact_desktop.services.import_rates import RATE_COLUMNS, RATES_SHEET
from impact_desktop.services.import_targets import TARGET_COLUMNS, TARGETS_SHEET


def other_sheets(source: Source, first: Table, vocab: dict[str, str]) -> tuple[list[Table], list[str]]:
    """The sheets after ``first`` with the same header layout (a per-metric export, monthly tabs…),
    and the names of those with a recognisable header of another layout."""
    wanted, same, other = h.layout_key(first.headers), [], []
    later = first.sheets[first.sheets.index(first.sheet) + 1:]
    for name in later:
        if name in first.hidden_sheets or _own_sheet(source, name):
            continue
        try:
            table = open_table(source, vocab, name, scan_ahead=False)  # read only if --sheet '*' asks for it
        except ImpactError:
            continue
        if h.layout_key(table.headers) == wanted:
            same.append(table)
        else:
            other.append(name)
    return same, other


def slow_reading_note(source: Source) -> str | None:
    """Said before a workbook too large for the fast reader is read: the streaming reader keeps
    memory bounded but reads about 4 s per MB of sheet XML on a laptop, so minutes are to be expected."""
    if source.engine != "openpyxl":
        return None
    return translate("ImportNote", "{file} holds {size:,.0f} MB of sheet data, more than the fast reader takes at "
                     "once; it is read row by row in bounded memory, which takes several minutes.").format(
                         file=source.name, size=source.xml_bytes / (1 << 20))


def _own_sheet(source: Source, name: str) -> bool:
    """An export's Metrics, Rates, Targets or Business units sheet (read on their own, never entries)."""
    columns = _OWN_SHEETS.get(name)
    if columns is None:
        return False
    head = next(iter(source.table(name)), (0, []))[1]
    return [str(cell) for cell in head[:len(columns)]] == [column.header for column in columns]


_OWN_SHEETS = {METRICS_SHEET: METRIC_COLUMNS, RATES_SHEET: RATE_COLUMNS, TARGETS_SHEET: TARGET_COLUMNS,
               UNITS_SHEET: UNIT_COLUMNS, NAMES_SHEET: NAME_COLUMNS}


def sheet_notes(first: Table, same: list[Table], other: list[str], read_same: bool) -> list[str]:
    """Never leave a sheet behind without a word: say which sheets were read and which were not."""
    notes = []
    names = listed([table.sheet for table in same])
    if same and read_same:
        notes.append(translate("ImportNote", "Read sheet '{sheet}' and the sheets with the same columns: {sheets}.")
                     .format(sheet=first.sheet, sheets=names))
    elif same:
        notes.append(translate("ImportNote", "Only sheet '{sheet}' was read. Sheets {sheets} have the same columns "
                               "and were not read; choose every sheet with the same columns (--sheet '*') to import "
                               "them too.").format(sheet=first.sheet, sheets=names))
    for name in first.hidden_sheets[:LISTED_SHEETS]:
        notes.append(translate("ImportNote", "Sheet '{sheet}' is hidden and was not read; choose it by name to import "
                               "it (--sheet '{sheet}').").format(sheet=name))
    for name in other[:LISTED_SHEETS]:
        notes.append(translate("ImportNote", "Sheet '{sheet}' has figures in other columns and was not read; import "
                               "it on its own (--sheet '{sheet}').").format(sheet=name))
    rest = first.hidden_sheets[LISTED_SHEETS:] + other[LISTED_SHEETS:]
    if rest:  # a workbook of 3,000 tabs: ten lines and a count, not 3,000 notes
        notes.append((translate("ImportNote", "1 more sheet ({sheets}) is hidden or has figures in other columns "
                                "and was not read.") if len(rest) == 1 else
                      translate("ImportNote", "{count} more sheets ({sheets}) are hidden or have figures in other "
                                "columns and were not read.")).format(count=f"{len(rest):,}", sheets=listed(rest)))
    return notes


#: Sheets named one by one in a note; the others are counted.
LISTED_SHEETS = 10


def listed(names: list[str]) -> str:
    """``'S1', 'S2', …`` for at most ten sheet names, then how many more."""
    shown = ", ".join(f"'{name}'" for name in names[:LISTED_SHEETS])
    if len(names) <= LISTED_SHEETS:
        return shown
    return translate("ImportNote", "{sheets} and {count} more").format(sheets=shown,
                                                                       count=f"{len(names) - LISTED_SHEETS:,}")

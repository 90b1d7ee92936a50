"""The error workbook's own columns, so a corrected error workbook imports like the original.

An import with "import only the valid rows" writes the rejected rows to
``<file>.errors.xlsx``: a sheet "Rejected rows" whose first columns — Sheet, Row,
Problems — say where each row came from and why it was refused, followed by the row's
original columns. The user fixes the cells there and imports that workbook. The three
bookkeeping columns hold values but no figures; recognised by the sheet name and those
exact headers in first position, they are left out of the mapping by themselves instead
of being refused as unmapped.
"""

from __future__ import annotations

from collections.abc import Sequence

from impact_desktop.io import headers as h

REJECTED_SHEET = "Rejected rows"
#: The error workbook's first columns, in this order.
BOOKKEEPING_HEADERS = ("Sheet", "Row", "Problems")


def is_error_workbook_sheet(sheet: str, headers: Sequence[object]) -> bool:
    """Whether a sheet is the "Rejected rows" sheet of an error workbook we wrote."""
    return (sheet == REJECTED_SHEET and len(headers) > len(BOOKKEEPING_HEADERS)
            and tuple(headers[:len(BOOKKEEPING_HEADERS)]) == BOOKKEEPING_HEADERS)


def skip_bookkeeping(sheet: str, headers: Sequence[object], mapping: list[str]) -> list[str]:
    """``mapping`` with the bookkeeping columns left out (a user's explicit choice may still override)."""
    if not is_error_workbook_sheet(sheet, headers):
        return mapping
    count = len(BOOKKEEPING_HEADERS)
    return [h.SKIP if index < count and field == h.IGNORE else field for index, field in enumerate(mapping)]

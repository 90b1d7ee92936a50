"""Cell values that mean something only in a spreadsheet: Excel serial dates, B4SI labels."""

from __future__ import annotations

import datetime as dt

from impact_desktop.core.periods import Period, check_years, day, excel_serial_to_date, parse_period

#: Serials from 1954 to 2118: far from any year number (1900–2200) a period column may hold.
_SERIAL_RANGE = (20_000, 80_000)


def read_period_cell(value: object, fiscal_start_month: int, slash_order: str | None = None) -> Period:
    """A period cell: a date, a label (2018-03, FY2018, 2018年3月) or an Excel serial number.

    A date column formatted as "General" shows serials such as 43160 (2018-03-01); CSV
    files saved from such sheets keep them as text.
    """
    if isinstance(value, str) and value.isdigit() and len(value) == 5:
        value = int(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and _SERIAL_RANGE[0] <= value < _SERIAL_RANGE[1]:
        return day(excel_serial_to_date(value))
    if isinstance(value, dt.datetime):
        return check_years(day(value.date()))
    return parse_period(value, fiscal_start_month, slash_order=slash_order)


def enum_text(value: object) -> str | None:
    """'Community investment' / 'in-kind' → 'community_investment' / 'in_kind' for B4SI fields."""
    if value is None:
        return None
    text = str(value).strip().lower()
    return "_".join(text.replace("-", " ").replace("/", " ").split()) or None

"""Period formats that spreadsheets produce when saved as CSV (added for imports)."""

from __future__ import annotations

import datetime as dt

import pytest

from impact_desktop.core.errors import ValueParseError
from impact_desktop.core.periods import PeriodKind, parse_period


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Mar-18", dt.date(2018, 3, 1), dt.date(2018, 3, 31)),
    ("mar-2018", dt.date(2018, 3, 1), dt.date(2018, 3, 31)),
    ("Sept-17", dt.date(2017, 9, 1), dt.date(2017, 9, 30)),
    ("February-2020", dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
])
def test_excel_month_display(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end, period.kind) == (start, end, PeriodKind.MONTH)


def test_unknown_month_name_is_refused_with_the_reason():
    with pytest.raises(ValueParseError, match="'foo' is not a month name"):
        parse_period("Foo-18")

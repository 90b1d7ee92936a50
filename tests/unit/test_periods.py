"""Dates, periods and fiscal years."""

import datetime as dt

import pytest

from impact_desktop.core.errors import ValueParseError
from impact_desktop.core.periods import (
    PeriodKind,
    excel_serial_to_date,
    fiscal_year,
    fiscal_year_of,
    months_between,
    parse_period,
)


def test_fiscal_year_is_named_by_the_year_it_ends_in():
    fy = fiscal_year(2018)
    assert (fy.start, fy.end) == (dt.date(2017, 4, 1), dt.date(2018, 3, 31))
    assert fiscal_year(2018, 1).start == dt.date(2018, 1, 1)
    assert fiscal_year(2018, 7).end == dt.date(2018, 6, 30)


@pytest.mark.parametrize(
    ("day", "start_month", "expected"),
    [(dt.date(2017, 3, 31), 4, 2017), (dt.date(2017, 4, 1), 4, 2018), (dt.date(2018, 3, 31), 4, 2018),
     (dt.date(2018, 12, 31), 1, 2018), (dt.date(2018, 7, 1), 7, 2019)],
)
def test_fiscal_year_boundaries(day, start_month, expected):
    assert fiscal_year_of(day, start_month) == expected


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2018-03-01", PeriodKind.DAY, "2018-03-01", "2018-03-01"),
        ("2018/3/1", PeriodKind.DAY, "2018-03-01", "2018-03-01"),
        ("2018年3月1日", PeriodKind.DAY, "2018-03-01", "2018-03-01"),
        ("3 March 2018", PeriodKind.DAY, "2018-03-03", "2018-03-03"),
        ("March 3, 2018", PeriodKind.DAY, "2018-03-03", "2018-03-03"),
        ("2018-03", PeriodKind.MONTH, "2018-03-01", "2018-03-31"),
        ("2018年2月", PeriodKind.MONTH, "2018-02-01", "2018-02-28"),
        ("March 2018", PeriodKind.MONTH, "2018-03-01", "2018-03-31"),
        ("2018-Q1", PeriodKind.QUARTER, "2018-01-01", "2018-03-31"),
        ("Q4 2017", PeriodKind.QUARTER, "2017-10-01", "2017-12-31"),
        ("2018年第一季度", PeriodKind.QUARTER, "2018-01-01", "2018-03-31"),
        ("2018", PeriodKind.YEAR, "2018-01-01", "2018-12-31"),
        ("FY2018", PeriodKind.FISCAL_YEAR, "2017-04-01", "2018-03-31"),
        ("FY18", PeriodKind.FISCAL_YEAR, "2017-04-01", "2018-03-31"),
        ("2017-04..2017-06", PeriodKind.RANGE, "2017-04-01", "2017-06-30"),
        ("2018-03-01 00:00:00", PeriodKind.DAY, "2018-03-01", "2018-03-01"),
    ],
)
def test_parses_periods_as_people_write_them(text, kind, start, end):
    period = parse_period(text)
    assert period.kind == kind
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


def test_label_round_trips():
    for text in ("2018-03-01", "2018-03", "2018-Q1", "2018", "FY2018", "2017-04-05..2017-06-07"):
        period = parse_period(text)
        assert parse_period(period.label()) == period


def test_dates_and_datetimes_from_spreadsheets():
    assert parse_period(dt.datetime(2018, 3, 1, 12, 0)).start == dt.date(2018, 3, 1)
    assert excel_serial_to_date(43160) == dt.date(2018, 3, 1)


@pytest.mark.parametrize("text", ["2018-02-30", "2018-13", "soon", "", "03/04/2018", "2018-Q5"])
def test_refuses_bad_or_ambiguous_dates(text):
    with pytest.raises(ValueParseError):
        parse_period(text)


def test_months_between_spans_year_end():
    assert months_between(dt.date(2017, 11, 5), dt.date(2018, 2, 1)) == [201711, 201712, 201801, 201802]


@pytest.mark.parametrize("year", [0, -1, 99999])
def test_impossible_fiscal_years_are_refused_with_a_reason(year):
    with pytest.raises(ValueParseError, match="not a fiscal year"):
        fiscal_year(year)

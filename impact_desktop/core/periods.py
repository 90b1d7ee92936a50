"""Dates and periods: days, months, quarters, calendar and fiscal years.

An entry covers a period (a single day is a period too). Summaries attribute an entry to
the month in which its period *ends*: a stock is "as of" that day and a flow is reported
once its period is complete. Fiscal years are named by the calendar year in which they
end, as companies with an April start do (FY2018 = April 2017 to March 2018).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from impact_desktop.core.errors import ValueParseError
from impact_desktop.core.texts import translate

DEFAULT_FISCAL_START_MONTH = 4


class PeriodKind(StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    FISCAL_YEAR = "fiscal_year"
    RANGE = "range"


@dataclass(frozen=True, order=True)
class Period:
    """A closed range of days with the kind it was given as (for display and re-export)."""

    start: dt.date
    end: dt.date
    kind: PeriodKind = PeriodKind.RANGE

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueParseError(translate(
                "ImportProblem", "the period ends ({end}) before it starts ({start}).").format(
                end=self.end, start=self.start))

    @property
    def month_key(self) -> int:
        """yyyymm of the month the period ends in: the bucket summaries use."""
        return month_key(self.end)

    @cached_property
    def iso(self) -> tuple[str, str]:
        """``(start, end)`` as ISO dates, as stored and fingerprinted; worked out once per
        period (an import shares one Period among all the cells of a date)."""
        return self.start.isoformat(), self.end.isoformat()

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def label(self, fiscal_start_month: int = DEFAULT_FISCAL_START_MONTH) -> str:
        """A short, re-parseable label: 2018-03-01, 2018-03, 2018-Q1, 2018, FY2018."""
        if self.kind == PeriodKind.DAY:
            return self.start.isoformat()
        if self.kind == PeriodKind.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.kind == PeriodKind.QUARTER:
            return f"{self.start.year:04d}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == PeriodKind.YEAR:
            return f"{self.start.year:04d}"
        if self.kind == PeriodKind.FISCAL_YEAR:
            return f"FY{self.end.year:04d}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def period_between(start: dt.date, end: dt.date, fiscal_start_month: int = DEFAULT_FISCAL_START_MONTH) -> Period:
    """The period from ``start`` to ``end``, named as a day, month, quarter or year when it is one.

    Files with From and To columns but no Period column (and our own exports) are read this way.
    """
    candidates = [day(start)] if start == end else []
    if start.day == 1:
        candidates += [month(start.year, start.month), calendar_year(start.year),
                       fiscal_year(fiscal_year_of(start, fiscal_start_month), fiscal_start_month)]
        if start.month % 3 == 1:
            candidates.append(quarter(start.year, start.month // 3 + 1))
    for candidate in candidates:
        if (candidate.start, candidate.end) == (start, end):
            return candidate
    return Period(start, end)


def month_key(day: dt.date) -> int:
    return day.year * 100 + day.month


def day(value: dt.date) -> Period:
    return Period(value, value, PeriodKind.DAY)


def month(year: int, month_number: int) -> Period:
    last = calendar.monthrange(year, month_number)[1]
    return Period(dt.date(year, month_number, 1), dt.date(year, month_number, last), PeriodKind.MONTH)


def quarter(year: int, number: int) -> Period:
    if not 1 <= number <= 4:
        raise ValueParseError(translate("ImportProblem", "there is no quarter {number}; quarters are 1 to 4.").format(
            number=number))
    first = 3 * (number - 1) + 1
    return Period(dt.date(year, first, 1), month(year, first + 2).end, PeriodKind.QUARTER)


def calendar_year(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), PeriodKind.YEAR)


def fiscal_year(year: int, start_month: int = DEFAULT_FISCAL_START_MONTH) -> Period:
    """The fiscal year that *ends* in calendar year ``year``."""
    if not 1901 <= year <= 9998:
        raise ValueParseError(translate(
            "ImportProblem", "{year} is not a fiscal year (write it like 2018).").format(year=year))
    if not 1 <= start_month <= 12:
        raise ValueParseError(translate("ImportProblem", "the fiscal year cannot start in month {month}.").format(
            month=start_month))
    if start_month == 1:
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), PeriodKind.FISCAL_YEAR)
    start = dt.date(year - 1, start_month, 1)
    end = month(year, start_month - 1).end
    return Period(start, end, PeriodKind.FISCAL_YEAR)


def fiscal_year_of(value: dt.date, start_month: int = DEFAULT_FISCAL_START_MONTH) -> int:
    """The name (ending year) of the fiscal year containing ``value``."""
    if start_month == 1 or value.month < start_month:
        return value.year
    return value.year + 1


def months_between(start: dt.date, end: dt.date) -> list[int]:
    """Every yyyymm key from the month of ``start`` to the month of ``end`` inclusive."""
    keys, year, number = [], start.year, start.month
    while (year, number) <= (end.year, end.month):
        keys.append(year * 100 + number)
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return keys


_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_ISO_DAY = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_DMY_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_CN_DAY = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号]$")
_CN_MONTH = re.compile(r"^(\d{4})年(\d{1,2})月(?:份)?$")
_ISO_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_TEXT_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$")
_TEXT_DAY_US = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_TEXT_MONTH = re.compile(r"^([a-z]+)\.?,?\s+(\d{4})$|^(\d{4})\s+([a-z]+)$")
_EXCEL_MONTH = re.compile(r"^([a-z]{3,9})-(\d{2}|\d{4})$")  # Excel's "mmm-yy" display: Mar-18
_QUARTER = re.compile(r"^(\d{4})\s*年?\s*[-/ ]?\s*q([1-4])$|^q([1-4])\s*[-/ ]?\s*(\d{4})\s*年?$")
_CN_QUARTER = re.compile(r"^(\d{4})年?(?:第)?([一二三四1-4])季度$")
_YEAR = re.compile(r"^(\d{4})(?:年)?$")
_FISCAL = re.compile(r"^fy\s*-?\s*(\d{2}|\d{4})$|^(\d{4})\s*财年$|^(\d{4})财政年度$")
_RANGE = re.compile(r"^(.+?)\s*(?:\.\.|–|—|~|至|到)\s*(.+)$")


class AmbiguousDateError(ValueParseError):
    """``11/2/2017``: day/month or month/day? Another date of the same column may tell."""


DAY_FIRST, MONTH_FIRST = "day_first", "month_first"


def slash_date_order(raw: object) -> str | None:
    """What a slash date proves about its column: ``30/4/2017`` is day first, ``4/30/2017`` month first."""
    if not isinstance(raw, str):
        return None
    m = _DMY_SLASH.match(raw.strip())
    if not m or int(m[1]) > 31 or int(m[2]) > 31:
        return None
    if int(m[1]) > 12 >= int(m[2]):
        return DAY_FIRST
    if int(m[2]) > 12 >= int(m[1]):
        return MONTH_FIRST
    return None


#: The years a figure may fall in: anything else is a typing or conversion slip (0001-01, 9999-12-31).
FIRST_YEAR, LAST_YEAR = 1900, 2199


def check_years(period: Period) -> Period:
    """``period`` when it lies within :data:`FIRST_YEAR`–:data:`LAST_YEAR`; raises ValueParseError saying why not."""
    if period.start.year < FIRST_YEAR or period.end.year > LAST_YEAR:
        raise ValueParseError(translate(
            "ImportProblem", "{period} is outside the years {first}–{last} that figures may fall in (a mistyped "
            "year, or a date cell that is not a date?).").format(period=period.label(), first=FIRST_YEAR,
                                                                    last=LAST_YEAR))
    return period


def parse_period(raw: object, fiscal_start_month: int = DEFAULT_FISCAL_START_MONTH, *,
                 slash_order: str | None = None) -> Period:
    """Read a date or period as people write it; raises :class:`ValueParseError` with why.

    ``slash_order`` (:data:`DAY_FIRST` or :data:`MONTH_FIRST`) settles ``11/2/2017`` when
    the rest of a column has shown which order it is written in. Periods outside the
    years :data:`FIRST_YEAR`–:data:`LAST_YEAR` are refused.
    """
    return check_years(_parse_any_period(raw, fiscal_start_month, slash_order))


def _parse_any_period(raw: object, fiscal_start_month: int, slash_order: str | None) -> Period:
    if isinstance(raw, Period):  # already read (imports parse a row's period once for all metrics)
        return raw
    if isinstance(raw, dt.datetime):
        return day(raw.date())
    if isinstance(raw, dt.date):
        return day(raw)
    if raw is None:
        raise ValueParseError(translate("ImportProblem", "the date or period is empty."))
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if float(raw).is_integer() and 1900 <= raw <= 2200:
            return calendar_year(int(raw))
        raise ValueParseError(translate("ImportProblem", "'{text}' is not a date or period.").format(text=raw))
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if not text:
        raise ValueParseError(translate("ImportProblem", "the date or period is empty."))
    try:
        return _parse_period_text(text.lower(), fiscal_start_month, slash_order)
    except ValueError as exc:  # datetime.date's own range errors
        if isinstance(exc, AmbiguousDateError):
            raise
        if isinstance(exc, ValueParseError):
            raise ValueParseError(translate(
                "ImportProblem", "'{text}': {reason}").format(text=text, reason=exc)) from exc
        raise ValueParseError(translate("ImportProblem", "'{text}' is not a valid date ({reason}).").format(
            text=text, reason=exc)) from exc


def _parse_period_text(text: str, fiscal_start_month: int, slash_order: str | None = None) -> Period:
    if m := _ISO_DAY.match(text):
        return day(dt.date(int(m[1]), int(m[2]), int(m[3])))
    if m := _CN_DAY.match(text):
        return day(dt.date(int(m[1]), int(m[2]), int(m[3])))
    if m := _DMY_SLASH.match(text):
        first, second = int(m[1]), int(m[2])
        if first <= 12 and second <= 12 and first != second and slash_order is None:
            raise AmbiguousDateError(translate("ImportProblem",
                "'{text}' is ambiguous (day/month or month/day?); write it as {year}-MM-DD.").format(
                text=text, year=m[3]))
        day_first = first > 12 or (second <= 12 and slash_order == DAY_FIRST)
        day_number, month_number = (first, second) if day_first else (second, first)
        return day(dt.date(int(m[3]), month_number, day_number))
    if m := _CN_MONTH.match(text):
        return month(int(m[1]), _month_number(m[2]))
    if m := _ISO_MONTH.match(text):
        return month(int(m[1]), _month_number(m[2]))
    if m := _TEXT_DAY.match(text):
        return day(dt.date(int(m[3]), _month_name(m[2]), int(m[1])))
    if m := _TEXT_DAY_US.match(text):
        return day(dt.date(int(m[3]), _month_name(m[1]), int(m[2])))
    if m := _TEXT_MONTH.match(text):
        name, year = (m[1], m[2]) if m[1] else (m[4], m[3])
        return month(int(year), _month_name(name))
    if m := _EXCEL_MONTH.match(text):
        year = int(m[2]) + (2000 if len(m[2]) == 2 else 0)
        return month(year, _month_name(m[1]))
    if m := _QUARTER.match(text):
        return quarter(int(m[1] or m[4]), int(m[2] or m[3]))
    if m := _CN_QUARTER.match(text):
        return quarter(int(m[1]), _CN_DIGITS[m[2]])
    if m := _FISCAL.match(text):
        year = m[1] or m[2] or m[3]
        number = int(year) + (2000 if len(year) == 2 else 0)
        return fiscal_year(number, fiscal_start_month)
    if m := _YEAR.match(text):
        return calendar_year(int(m[1]))
    if m := _RANGE.match(text):
        first = _parse_period_text(m[1].strip(), fiscal_start_month)
        last = _parse_period_text(m[2].strip(), fiscal_start_month)
        return Period(first.start, last.end, PeriodKind.RANGE)
    raise ValueParseError(translate(
        "ImportProblem", "'{text}' is not a date or period (try 2018-03-01, 2018-03, 2018-Q1, "
                         "FY2018).").format(text=text))


def _month_number(text: str) -> int:
    number = int(text)
    if not 1 <= number <= 12:
        raise ValueParseError(translate("ImportProblem", "there is no month {number}.").format(number=number))
    return number


def _month_name(name: str) -> int:
    try:
        return _MONTHS[name.lower().rstrip(".")]
    except KeyError:
        raise ValueParseError(translate("ImportProblem", "'{name}' is not a month name.").format(name=name)) from None


def parse_iso_date(text: str) -> dt.date:
    """Strict YYYY-MM-DD for command-line options and stored values."""
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValueParseError(translate("ImportProblem", "'{text}' is not a date in the form YYYY-MM-DD.").format(
            text=text)) from None


def excel_serial_to_date(serial: float) -> dt.date:
    """Excel's 1900 date system (serial 1 = 1900-01-01, with Lotus's leap-year bug)."""
    if not 1 <= serial < 2958466:
        raise ValueParseError(translate("ImportProblem", "{serial} is not an Excel date.").format(serial=serial))
    return dt.date(1899, 12, 30) + dt.timedelta(days=int(serial))

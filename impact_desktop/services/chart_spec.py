"""What a chart shows, independent of how it is drawn.

The dashboard (pyqtgraph on screen) and the printed report (QPainter on a PDF page)
draw the same :class:`ChartSpec`, so a figure can never differ between screen and
paper. Values stay :class:`~decimal.Decimal`; only the drawing code turns them into
floats. The palette lives here (as hex strings, no Qt) so that a business unit keeps
its colour in every chart, on screen and in print.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from impact_desktop.core.texts import translate

#: Colours ordered so that neighbours differ strongly in lightness: the charts stay
#: readable when printed in greyscale. Past the colours, hatching tells series apart.
PALETTE: tuple[str, ...] = (
    "#1f3b73",  # dark blue
    "#f2a93b",  # amber (light)
    "#3c8d5a",  # green (mid)
    "#a8c8e8",  # pale blue (very light)
    "#8c2d4a",  # wine (dark)
    "#e07b5a",  # salmon (mid-light)
    "#5b4a8b",  # violet (mid-dark)
    "#c9d97f",  # olive-lime (light)
)
#: Hatch patterns, one per group of four series ("" = solid fill).
HATCHES: tuple[str, ...] = ("", "/", "\\", "x", "-", "|")
TARGET_COLOR = "#c0392b"
CUMULATIVE_COLOR = "#222222"


class SeriesKind(StrEnum):
    BAR = "bar"          # side by side (one series) or stacked (several)
    LINE = "line"
    TARGET = "target"    # a horizontal target line, one value in ``values``


@dataclass(frozen=True)
class SeriesStyle:
    color: str
    hatch: str = ""


def style_for(index: int) -> SeriesStyle:
    """The colour and hatch of the ``index``-th series/unit.

    Eight colours cannot all differ in grey, so every second group of four is hatched:
    dark blue (0) and wine (4) print alike in greyscale, but only wine is striped.
    """
    return SeriesStyle(PALETTE[index % len(PALETTE)], HATCHES[(index // 4) % len(HATCHES)])


@dataclass(frozen=True)
class Series:
    name: str
    values: list[Decimal]
    kind: SeriesKind = SeriesKind.BAR
    style: SeriesStyle = field(default_factory=lambda: style_for(0))
    #: Lines drawn against the right-hand axis (e.g. a cumulative total next to monthly bars).
    secondary: bool = False


@dataclass(frozen=True)
class ChartSpec:
    """One chart: categories along x (months or names), series of values along y.

    ``unit`` is the value axis unit ("CNY", "hours"); ``note`` says how the figure was
    aggregated when that matters (stocks, distinct counts).
    """

    key: str
    title: str
    categories: list[str]
    series: list[Series]
    unit: str
    y_label: str
    secondary_label: str = ""
    stacked: bool = False
    horizontal_labels: bool = True
    note: str = ""
    #: For month axes: yyyymm of each category, so axes can label months or quarters.
    month_keys: list[int] = field(default_factory=list)
    #: One style per category for single-series bars (each business unit its own colour).
    category_styles: list[SeriesStyle] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.categories or not any(
            value for series in self.series if series.kind != SeriesKind.TARGET for value in series.values
        )


def month_abbreviation(number: int) -> str:
    """Jan … Dec in the interface language (1月 … 12月 in Chinese)."""
    return (
        translate("Month", "Jan"), translate("Month", "Feb"), translate("Month", "Mar"), translate("Month", "Apr"),
        translate("Month", "May"), translate("Month", "Jun"), translate("Month", "Jul"), translate("Month", "Aug"),
        translate("Month", "Sep"), translate("Month", "Oct"), translate("Month", "Nov"), translate("Month", "Dec"),
    )[number - 1]


def month_label(month_key: int) -> str:
    return translate("Dashboard", "{month} {year}").format(
        month=month_abbreviation(month_key % 100), year=month_key // 100)


def month_ticks(month_keys: list[int], max_labels: int = 14) -> list[tuple[int, str]]:
    """(index, label) ticks for a month axis: every month, else quarters, else years.

    Short ranges label each month ("Apr 2017"); longer ones label quarter starts
    ("Q2 2017") and very long ones the first month of each year.
    """
    if len(month_keys) <= max_labels:
        return [(i, month_label(key)) for i, key in enumerate(month_keys)]
    quarters = [(i, translate("Dashboard", "Q{quarter} {year}").format(quarter=(key % 100 - 1) // 3 + 1,
                                                                        year=key // 100))
                for i, key in enumerate(month_keys)
                if (key % 100 - 1) % 3 == 0]
    if len(quarters) <= max_labels:
        return quarters
    years = [(i, str(key // 100)) for i, key in enumerate(month_keys) if key % 100 == 1]
    step = max(1, -(-len(years) // max_labels))
    return years[::step]

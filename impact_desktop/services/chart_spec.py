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

#: Paul Tol's "muted" scheme (nine colours told apart with the common colour-vision
#: deficiencies) and three Okabe–Ito colours: twelve distinct colours before any
#: hatching. "Other" is always the neutral grey, never one of these.
PALETTE: tuple[str, ...] = (
    "#332288",  # indigo
    "#88ccee",  # cyan
    "#44aa99",  # teal
    "#117733",  # green
    "#999933",  # olive
    "#ddcc77",  # sand
    "#cc6677",  # rose
    "#882255",  # wine
    "#aa4499",  # purple
    "#e69f00",  # orange
    "#0072b2",  # blue
    "#d55e00",  # vermillion
)
OTHER_COLOR = "#9e9e9e"
#: Hatch patterns, one per round of the twelve colours ("" = solid fill); the legend
#: explains them whenever a chart needs them.
HATCHES: tuple[str, ...] = ("", "/", "\\", "x", "-", "|")
TARGET_COLOR = "#c0392b"
CUMULATIVE_COLOR = "#222222"
#: How many units a chart shows before folding the rest into "Other (k units)".
DEFAULT_TOP_N = 10
#: Category charts with more bars than this are drawn as horizontal bars sorted by value.
HORIZONTAL_FROM = 6


class SeriesKind(StrEnum):
    BAR = "bar"          # side by side (one series) or stacked (several)
    LINE = "line"
    TARGET = "target"    # a horizontal target line, one value in ``values``


@dataclass(frozen=True)
class SeriesStyle:
    color: str
    hatch: str = ""


def style_for(index: int) -> SeriesStyle:
    """The colour of the ``index``-th series: twelve solid colours, then hatched rounds."""
    return SeriesStyle(PALETTE[index % len(PALETTE)], HATCHES[(index // len(PALETTE)) % len(HATCHES)])


OTHER_STYLE = SeriesStyle(OTHER_COLOR)


def top_with_other(items: list[tuple[str, Decimal]], top_n: int, other_name: str,
                   additive: bool = True) -> tuple[list[tuple[str, Decimal]], int]:
    """The ``top_n`` largest ``(name, value)`` pairs, largest first, then ``(other_name, sum)``.

    Returns the rows and how many items were folded into "Other". Ties are broken by name
    so that the order never flickers. When the figure is not ``additive`` (a distinct
    count cannot be added across units) the rest is left out rather than summed; the
    count still says how many were left out.
    """
    ordered = sorted(items, key=lambda item: (-item[1], item[0]))
    if top_n <= 0 or len(ordered) <= top_n + 1:  # "Other (1 unit)" would hide a name for nothing
        return ordered, 0
    head, rest = ordered[:top_n], ordered[top_n:]
    if additive:
        head.append((other_name, sum((value for _name, value in rest), Decimal(0))))
    return head, len(rest)


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
    #: Bars along y, one category per row, sorted by value (many categories, long names).
    horizontal: bool = False
    #: Print the value on each bar (single-series category charts).
    value_labels: bool = False
    #: Words under the legend that explain it (hatching, "Other", which axis).
    legend_note: str = ""
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
    """(index, label) ticks for a month axis, in the order of the range (a fiscal year
    starting in April reads Apr … Mar).

    Every month is labelled when there is room, else every 2nd, 3rd, 6th or 12th month
    counted from the first one (the start of the fiscal year), so the labels stay on the
    same months of every year. The year is written on the first label and wherever it
    changes ("Apr 2017", "May", … "Jan 2018"; 2017年4月, 5月, … 2018年1月).
    """
    if not month_keys:
        return []
    step = next((s for s in (1, 2, 3, 6, 12) if -(-len(month_keys) // s) <= max_labels), 0)
    if not step:
        step = 12 * -(-len(month_keys) // (12 * max_labels))
    ticks, shown_year = [], None
    for index in range(0, len(month_keys), step):
        key = month_keys[index]
        year = key // 100
        ticks.append((index, month_label(key) if year != shown_year else month_abbreviation(key % 100)))
        shown_year = year
    return ticks

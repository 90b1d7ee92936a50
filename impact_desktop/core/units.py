"""Units written next to figures: ``万元``, ``USD m``, ``thousand trees``, ``'000``, ``小时``.

A spreadsheet says what its numbers count in two places: in brackets in a column header
(``植树（万棵）``, ``Volunteer hours ('000)``) and in a Unit column beside the value
(``USD``, ``thousand trees``). Both are read here into a power of ten, a currency and the
unit word that is left, and the word is checked against the metric's own unit, so a
figure is never stored a thousand times too small or in the wrong currency.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from impact_desktop.core.metrics import DEMO_UNITS, Metric, metric_display_name, unit_display_name
from impact_desktop.core.money import CURRENCY_MARKS
from impact_desktop.core.texts import translate

# Longest first, so "百万" wins over "万" and "thousands" over "thousand".
_MAGNITUDES: list[tuple[str, int]] = sorted([
    ("thousands", 3), ("thousand", 3), ("millions", 6), ("million", 6), ("billions", 9), ("billion", 9),
    ("'000s", 3), ("'000", 3), ("000s", 3), ("000", 3), ("mn", 6), ("bn", 9), ("k", 3), ("m", 6), ("b", 9),
    ("万亿", 12), ("千亿", 11), ("百亿", 10), ("十亿", 9),
    ("千万", 7), ("百万", 6), ("十万", 5), ("亿", 8), ("万", 4), ("千", 3),
], key=lambda pair: -len(pair[0]))

#: Other ways of writing the built-in units (compared after :func:`_fold`).
_UNIT_WORDS: dict[str, frozenset[str]] = {
    "hours": frozenset({"hour", "hours", "h", "hr", "hrs", "小时", "时", "钟头", "工时"}),
    "trees": frozenset({"tree", "trees", "棵", "株", "棵树", "颗"}),
    "people": frozenset({"person", "persons", "people", "volunteers", "人", "名", "位", "人次"}),
}

_CJK = re.compile(r"[\u3400-\u9fff]")
_BRACKETS = re.compile(r"[()\[\]（）【】{}<>《》]")


@dataclass(frozen=True)
class ValueUnit:
    """What a unit text says: values × 10**exponent, in ``currency``, counting ``word``."""

    exponent: int = 0
    currency: str | None = None
    word: str = ""

    @property
    def is_plain(self) -> bool:
        return self.exponent == 0 and self.currency is None and not self.word


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).lower().replace("’", "'").split())


def parse_unit(text: object) -> ValueUnit:
    """Read a unit text; what is not a magnitude or a currency is returned as the word."""
    if text is None:
        return ValueUnit()
    rest = _BRACKETS.sub(" ", _fold(str(text))).strip(" .:：")
    currency = None
    rest, currency = _take_currency(rest)
    exponent = 0
    for mark, power in _MAGNITUDES:
        if _starts_with_word(rest, mark):
            exponent, rest = power, rest[len(mark):].strip(" -")
            break
        if _ends_with_word(rest, mark):
            exponent, rest = power, rest[: -len(mark)].strip(" -")
            break
    if currency is None:
        rest, currency = _take_currency(rest)
    return ValueUnit(exponent, currency, " ".join(rest.split()))


def _take_currency(text: str) -> tuple[str, str | None]:
    upper = text.upper()
    for mark, code in CURRENCY_MARKS:
        if upper == mark:
            return "", code
        if upper.startswith(mark) and _boundary(text, len(mark), mark):
            return text[len(mark):].strip(), code
        if upper.endswith(mark) and _boundary(text, len(text) - len(mark) - 1, mark):
            return text[: -len(mark)].strip(), code
    return text, None


def _boundary(text: str, index: int, mark: str) -> bool:
    """A Latin mark must stand as its own word ("USD m", not "musd"); CJK and symbols need not."""
    if not mark[-1].isascii() or not mark[0].isalpha():
        return True
    return 0 <= index < len(text) and not text[index].isalnum()


def _starts_with_word(text: str, mark: str) -> bool:
    if not text.startswith(mark):
        return False
    if _CJK.match(mark) or not mark[-1].isalpha():
        return True
    return len(text) == len(mark) or not text[len(mark)].isalpha()


def _ends_with_word(text: str, mark: str) -> bool:
    if not text.endswith(mark):
        return False
    if _CJK.match(mark) or not mark[0].isalpha():
        return True
    before = len(text) - len(mark) - 1
    return before < 0 or not text[before].isalpha()


def unit_fits(word: str, metric: Metric) -> bool:
    """Whether a unit word names what ``metric`` counts (an empty word fits anything)."""
    if not word:
        return True
    folded, own = _fold(word), _fold(metric.unit)
    if folded in (own, own.rstrip("s"), own + "s") or folded.rstrip("s") == own.rstrip("s"):
        return True
    demo = DEMO_UNITS.get(metric.key, ())
    if metric.unit in demo:  # the demo's unit, shown in the interface language: either language fits
        return any(folded == _fold(other) or folded.rstrip("s") == _fold(other).rstrip("s") for other in demo)
    return any(folded in words and own in words | {unit} for unit, words in _UNIT_WORDS.items())


def read_value_unit(text: object, metric: Metric) -> tuple[ValueUnit, str | None]:
    """The unit a cell or header gives ``metric``'s values, or the reason it does not fit.

    The metric's own unit written as is (``trees``, ``kg CO2``) is always plain.
    """
    if text is None or not str(text).strip():
        return ValueUnit(), None
    if _fold(str(text)) == _fold(metric.unit):
        return ValueUnit(), None
    unit = parse_unit(text)
    if unit.currency and not metric.is_money:
        return unit, translate("ImportProblem", "{metric} is counted in {unit}, not in money ({text}).").format(
            metric=metric_display_name(metric), unit=unit_display_name(metric), text=text)
    if metric.is_money and unit.word and not unit.currency:
        return unit, translate(
            "ImportProblem", "'{text}' is not a currency; {metric} is money (e.g. CNY, USD, 万元).").format(
            text=text, metric=metric.name)
    if metric.is_money and unit.word:
        return unit, translate(
            "ImportProblem", "'{text}' is not a currency amount unit (e.g. CNY, USD m, 万元).").format(text=text)
    if not unit_fits(unit.word, metric):
        return unit, translate(
            "ImportProblem", "'{text}' is not the unit of {metric}, which is counted in {unit}.").format(
            text=text, metric=metric_display_name(metric), unit=unit_display_name(metric))
    return unit, None

"""Numbers as people read them on axes, tiles and in tables.

Axis labels and KPI tiles need *short* numbers (``1.27bn``, ``184m``, ``270k``; in a
Chinese locale ``12.7亿``, ``2.7万`` because Chinese groups digits by 10⁴, not 10³).
Tooltips and tables need the *exact* value with thousands separators, so a reader can
check every figure against the source. Both work on :class:`~decimal.Decimal` (money
is never rounded through a float here) and accept ints and floats for axis ticks.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

#: What every view shows for a metric with no entry in scope: honest, where 0 would be a claim.
NO_FIGURE = "—"

_ENGLISH_STEPS = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"),
                  (Decimal(10) ** 3, "k"))
_CHINESE_STEPS = ((Decimal(10) ** 12, "万亿"), (Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))


def is_chinese(locale_name: str | None) -> bool:
    """True for zh, zh_CN, zh-Hans, zh_TW …: locales that count in 万 and 亿."""
    return bool(locale_name) and locale_name.replace("-", "_").lower().split("_")[0] == "zh"


def _decimal(value: object) -> Decimal:
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None


def _significant(value: Decimal, digits: int) -> str:
    """``value`` rounded to ``digits`` significant digits, without trailing zeros."""
    if value == 0:
        return "0"
    exponent = value.adjusted() - digits + 1
    rounded = value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def compact(value: object, locale_name: str | None = "en", digits: int = 3) -> str:
    """A short, readable number: 1.27bn, 184m, 270k, 937 (12.7亿, 2.7万 in Chinese).

    At most ``digits`` significant digits; small numbers keep up to two decimals.
    ``None`` (no figure) is :data:`NO_FIGURE`.
    """
    if value is None:
        return NO_FIGURE
    number = _decimal(value)
    sign = "-" if number < 0 else ""
    magnitude = abs(number)
    steps = _CHINESE_STEPS if is_chinese(locale_name) else _ENGLISH_STEPS
    limit = Decimal(10000) if is_chinese(locale_name) else Decimal(1000)
    for index, (size, suffix) in enumerate(steps):
        if magnitude >= size:
            text = _significant(magnitude / size, digits)
            if Decimal(text) >= limit and index > 0:  # 999.9m rounds to 1000m: say 1bn instead
                bigger, bigger_suffix = steps[index - 1]
                text, suffix = _significant(magnitude / bigger, digits), bigger_suffix
            return f"{sign}{text}{suffix}"
    if magnitude >= 1:
        whole_digits = len(str(int(magnitude)))
        return sign + _significant(magnitude, max(digits, whole_digits))
    return sign + _significant(magnitude, 2) if magnitude else "0"


def exact(value: object, max_decimals: int = 4) -> str:
    """The full value with thousands separators: 1,270,000,000 or 1,234.5; ``None`` is :data:`NO_FIGURE`."""
    if value is None:
        return NO_FIGURE
    number = _decimal(value)
    quantized = number.quantize(Decimal(1).scaleb(-max_decimals), rounding=ROUND_HALF_UP)
    if quantized == quantized.to_integral_value():
        return f"{int(quantized):,}"
    text = f"{quantized:,f}"
    return text.rstrip("0").rstrip(".")


def percent(fraction: Decimal | None, signed: bool = False) -> str:
    """A fraction as a whole percent (``0.958`` → ``96%``; signed adds ``+``)."""
    if fraction is None:
        return NO_FIGURE
    value = (fraction * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    sign = "+" if signed and value > 0 else ""
    return f"{sign}{value:,}%"

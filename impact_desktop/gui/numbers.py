"""Figures written the way readers of the interface language expect: 12.7亿 or 1.27bn.

Compact forms use the magnitudes each language counts in — Chinese groups by 万 (10⁴)
and 亿 (10⁸), English by thousand, million, billion — with three significant digits, as
philanthropy reports quote them. Full forms use the locale's digit grouping and decimal
mark. Both work on exact ``Decimal``/``int`` values without going through ``float``, and
both read :class:`QLocale`'s default, which :mod:`impact_desktop.gui.i18n` sets from the
chosen language at start-up. Every result is accepted back by ``core.amounts.parse_amount``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from PySide6.QtCore import QLocale

_CHINESE_UNITS = ((Decimal(10) ** 12, "万亿"), (Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))
_ENGLISH_UNITS = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"), (Decimal(10) ** 3, "k"))


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def _with_separators(text: str, locale: QLocale) -> str:
    """Swap Python's ``,`` grouping and ``.`` decimal mark for the locale's."""
    group, point = locale.groupSeparator(), locale.decimalPoint()
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def full_number(value: Decimal | int, locale: QLocale | None = None, decimals: int | None = None) -> str:
    """``1270000000`` → ``1,270,000,000`` (``1.270.000.000`` in German); exact, no float."""
    number = Decimal(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
    elif number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    return _with_separators(f"{number:,f}", _locale(locale))


def compact_number(value: Decimal | int, locale: QLocale | None = None, digits: int = 3) -> str:
    """``1270000000`` → ``12.7亿`` (Chinese) or ``1.27bn`` (other languages); small values in full."""
    locale = _locale(locale)
    number = Decimal(value)
    sign, magnitude = ("-" if number < 0 else ""), abs(number)
    units = _CHINESE_UNITS if locale.language() == QLocale.Language.Chinese else _ENGLISH_UNITS
    for size, suffix in units:
        if magnitude >= size:
            return sign + _significant(magnitude / size, digits, locale) + suffix
    return sign + _significant(magnitude, digits, locale, keep_integers=True)


def money(value: Decimal | int, currency: str, locale: QLocale | None = None, *, compact: bool = False) -> str:
    """An amount with its currency code: ``CNY 12.7亿`` / ``CNY 1,270,000,000.00``."""
    text = compact_number(value, locale) if compact else full_number(value, locale, decimals=2)
    return f"{currency} {text}"


def _significant(number: Decimal, digits: int, locale: QLocale, keep_integers: bool = False) -> str:
    if number == 0:
        return "0"
    if keep_integers and number >= Decimal(10) ** (digits - 1) and number == number.to_integral_value():
        return full_number(number, locale)
    exponent = number.adjusted() - digits + 1
    rounded = number.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_EVEN) if exponent < 0 else \
        number.quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    text = f"{rounded:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _with_separators(text, locale)

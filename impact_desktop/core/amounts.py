"""Read numbers the way people write them in spreadsheets and forms.

``¥48,500.50``, ``3.5万``, ``12.7亿元``, ``$1.2m``, ``1,234 USD``, ``(300)``: each becomes
an exact Decimal and, where the text names one, a currency. Anything ambiguous
(``12,5`` could be twelve and a half) is refused with a reason rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from impact_desktop.core.errors import ValueParseError
from impact_desktop.core.money import (
    CURRENCY_MARKS,
    DECIMAL_STEPS,
    SCALE,
    SCALE_DIGITS,
    SCALED_LIMIT,
    normalize_decimal,
)
from impact_desktop.core.texts import translate

# Longest first, so "百万" wins over "万", "万亿" (10^12) over "亿" and "mn" over "m".
_MAGNITUDES: list[tuple[str, int]] = [
    ("billion", 9), ("million", 6), ("thousand", 3), ("万亿", 12), ("千亿", 11), ("百亿", 10), ("十亿", 9),
    ("千万", 7), ("百万", 6), ("十万", 5), ("亿", 8), ("万", 4),
    ("千", 3), ("bn", 9), ("mn", 6), ("b", 9), ("m", 6), ("k", 3),
]
_MAGNITUDES.sort(key=lambda pair: -len(pair[0]))

_NUMBER = re.compile(r"^[0-9]+(?:[0-9,]*[0-9])?(?:\.[0-9]+)?$|^\.[0-9]+$")
_GROUPED = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")
#: A number written plainly ("48500.50", "-12"): what a CSV or a text cell holds most. It has no
#: mark, magnitude, grouping or space, so the general reading below would only find that out.
_PLAIN = re.compile(r"(-?)([0-9]+(?:\.[0-9]+)?)")
#: A number after a currency symbol ("¥48,500.50", "$1200"), grouped by thousands or not: what a money
#: column exported as text holds. The general reading finds the same mark and number (a test compares them).
_MARKED_CODES = {"¥": "CNY", "￥": "CNY", "$": "USD", "US$": "USD", "HK$": "HKD", "€": "EUR", "£": "GBP"}
#: One of those symbols, as a regular expression group.
_MARK = "(" + "|".join(re.escape(mark) for mark in _MARKED_CODES) + ")"
_MARKED = re.compile(_MARK + r"([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)")


@dataclass(frozen=True)
class ParsedAmount:
    """A number read from text, with the currency the text named (if any)."""

    value: Decimal
    currency: str | None = None


def decimal_from_float(number: float) -> Decimal:
    """A spreadsheet float as the decimal the user saw, rounded to the stored scale."""
    text = repr(number)
    whole, dot, decimals = text.partition(".")
    if dot and len(decimals) <= SCALE_DIGITS and whole.isdigit() and decimals.isdigit():
        # 1037.01 or 12.0: already the decimal the user saw, at the stored scale (the usual spreadsheet float)
        return Decimal(whole) if decimals == "0" else Decimal(text)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueParseError(translate("ImportProblem", "{number} is not a number.").format(number=number))
    try:
        rounded = Decimal(text).quantize(Decimal(1).scaleb(-SCALE_DIGITS))
    except InvalidOperation as exc:
        raise ValueParseError(translate("ImportProblem", "{number} is too large.").format(number=number)) from exc
    return normalize_decimal(rounded)


def parse_amount(raw: object) -> ParsedAmount:
    """Parse a value as typed or imported. Raises :class:`ValueParseError` with the reason."""
    if isinstance(raw, bool):
        raise ValueParseError(translate("ImportProblem", "{number} is not a number.").format(number=raw))
    if isinstance(raw, int):
        return ParsedAmount(Decimal(raw))
    if isinstance(raw, Decimal):
        return ParsedAmount(raw)
    if isinstance(raw, float):
        return ParsedAmount(decimal_from_float(raw))
    if raw is None:
        raise ValueParseError(translate("ImportProblem", "the value is empty."))
    return _parse_text(str(raw))


#: What :func:`simple_amount` reads: an optional currency symbol, digits (grouped or not), at most four decimals.
_SIMPLE = re.compile(_MARK + r"?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]{1," + str(SCALE_DIGITS) + r"}))?")


def simple_amount(text: str) -> tuple[Decimal, int, str | None] | None:
    """``(value, stored integer, currency)`` of a text such as "48500.50", "1,200" or "¥48,500.50", exactly as
    :func:`parse_amount` and ``to_scaled`` read it; None for any other text (then call them).

    For an import's inner loop: a CSV or a text column of a million figures is mostly these.
    """
    if len(text) > MAX_AMOUNT_TEXT:  # int() refuses 4,300 digits
        return None
    if text.isascii():  # "48500.50", "247": what a CSV holds, read without the regular expression (a third the time)
        whole, dot, decimals = text.partition(".")
        if whole.isdigit() and (not dot or (decimals.isdigit() and len(decimals) <= SCALE_DIGITS)):
            number = int(whole)
            scaled = number * SCALE
            fraction = 0
            if dot:
                fraction = int(decimals)
                scaled += fraction * DECIMAL_STEPS[len(decimals)]
            if scaled >= SCALED_LIMIT:
                return None
            return (Decimal(number) if fraction == 0 else Decimal(text)), scaled, None
    return _simple_by_pattern(text)


def _simple_by_pattern(text: str) -> tuple[Decimal, int, str | None] | None:
    """:func:`simple_amount` read with its regular expression alone (what its plain-digits short cut must equal)."""
    found = _SIMPLE.fullmatch(text) if len(text) <= MAX_AMOUNT_TEXT else None
    if found is None:
        return None
    mark, whole, decimals = found.groups()
    if "," in whole:
        whole = whole.replace(",", "")
    number = int(whole)
    scaled = number * SCALE
    if decimals:
        fraction = int(decimals)
        scaled += fraction * DECIMAL_STEPS[len(decimals)]
    else:
        fraction = 0
    if scaled >= SCALED_LIMIT:
        return None
    value = Decimal(number) if fraction == 0 else Decimal(f"{whole}.{decimals}")
    return value, scaled, _MARKED_CODES[mark] if mark else None


#: Digits before the point a figure may have (10^18: more than any report holds; the store keeps ±9.2 × 10^14).
MAX_FIGURE_DIGITS = 18
#: No figure is written with more characters than this (¥ 1,234,567,890,123.45 亿 has 24).
MAX_AMOUNT_TEXT = 64


def _parse_text(original: str) -> ParsedAmount:
    if len(original) <= MAX_AMOUNT_TEXT:
        plain = _PLAIN.fullmatch(original)
        if plain:
            return _checked(Decimal(plain[2]).scaleb(0), bool(plain[1]), None, original)
        marked = _MARKED.fullmatch(original)
        if marked:
            return _checked(Decimal(marked[2].replace(",", "")).scaleb(0), False, _MARKED_CODES[marked[1]],
                            original)
    return _parse_general(original)


#: A number in scientific notation ("1.23457E+11", "1e3"): refused with its own reason, never read,
#: since the digits a spreadsheet dropped to write it so cannot be known.
_SCIENTIFIC = re.compile(r"[0-9]+(?:\.[0-9]*)?[eE][+-]?[0-9]+")


def is_scientific(text: str) -> bool:
    """Whether ``text`` is a number in scientific notation ("1e3", "1.23457E+11"), refused wherever
    a person types or a file gives a number."""
    compact = unicodedata.normalize("NFKC", text).strip().replace(" ", "").replace(",", "")
    return bool(_SCIENTIFIC.fullmatch(compact.lstrip("+-")))


def _parse_general(original: str) -> ParsedAmount:
    """Any text: marks and signs at either end, magnitudes (万, k), grouping, full-width forms."""
    if len(original.strip()) > MAX_AMOUNT_TEXT:
        raise ValueParseError(translate("ImportProblem", "'{start}…' ({count} characters) is not a number: a figure "
                                        "has at most {limit} characters.").format(
            start=original.strip()[:20], count=f"{len(original.strip()):,}", limit=MAX_AMOUNT_TEXT))
    text = unicodedata.normalize("NFKC", original).strip()
    if not text:
        raise ValueParseError(translate("ImportProblem", "the value is empty."))
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1].strip()
    text = text.replace("−", "-").replace("，", ",")
    currency: str | None = None
    text, currency = _strip_currency(text)
    if text.startswith("-"):
        negative, text = not negative, text[1:].strip()
    elif text.startswith("+"):
        text = text[1:].strip()
    text, found = _strip_currency(text)
    currency = currency or found
    exponent = 0
    lowered = text.lower()
    for suffix, power in _MAGNITUDES:
        if lowered.endswith(suffix):
            exponent = power
            text = text[: -len(suffix)].strip()
            break
    text, found = _strip_currency(text)
    currency = currency or found
    compact = text.replace(" ", "").replace("\u00a0", "").replace("_", "")
    if not _NUMBER.match(compact):
        if _SCIENTIFIC.fullmatch(compact):  # 1.23457E+11: what Excel writes of 123456789012 in a CSV
            raise ValueParseError(translate(
                "ImportProblem", "'{text}' is in scientific notation, which can hide dropped digits (Excel writes "
                "long numbers so when it saves a CSV): write the number in full, or import the workbook (.xlsx) "
                "instead of its CSV.").format(text=original))
        raise ValueParseError(translate("ImportProblem", "'{text}' is not a number.").format(text=original))
    if "," in compact and not _GROUPED.match(compact):
        raise ValueParseError(translate("ImportProblem",
            "'{text}' is ambiguous: commas must separate thousands (12,500 or 12.5).").format(text=original))
    try:
        value = Decimal(compact.replace(",", "")).scaleb(exponent)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise ValueParseError(translate("ImportProblem", "'{text}' is not a number.").format(text=original)) from exc
    return _checked(value, negative, currency, original)


def _checked(value: Decimal, negative: bool, currency: str | None, original: str) -> ParsedAmount:
    if not value.is_finite() or value.adjusted() > MAX_FIGURE_DIGITS:  # 1E+308: no figure, no exact stored value
        raise ValueParseError(translate("ImportProblem", "'{text}' is too large to be a figure.").format(text=original))
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return ParsedAmount(-value if negative else value, currency)


def _strip_currency(text: str) -> tuple[str, str | None]:
    """Remove one currency mark at the start or end of ``text``."""
    upper = text.upper()
    for mark, code in _marks_for(upper[:1], upper[-1:]):  # longest first, so "US$" wins over "$"
        if upper.startswith(mark):
            return text[len(mark):].strip(), code
        if upper.endswith(mark):
            return text[: -len(mark)].strip(), code
    return text, None


#: (first character, last character) → the marks that could start or end such a text, in CURRENCY_MARKS order.
_CANDIDATES: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
_MAX_CANDIDATES = 4096


def _marks_for(first: str, last: str) -> tuple[tuple[str, str], ...]:
    """The currency marks a text starting with ``first`` and ending with ``last`` may carry.

    A mark can only be a prefix of a text that starts with its first character, or a
    suffix of one that ends with its last: the rest of the 29 marks need not be tried.
    """
    found = _CANDIDATES.get((first, last))
    if found is None:
        found = tuple((mark, code) for mark, code in CURRENCY_MARKS if mark[0] == first or mark[-1] == last)
        if len(_CANDIDATES) < _MAX_CANDIDATES:  # a file of odd texts must not grow it without end
            _CANDIDATES[(first, last)] = found
    return found

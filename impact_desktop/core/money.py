"""Exact amounts: currencies and the fixed-point scale used in storage.

Every value (money or quantity) is kept as a :class:`~decimal.Decimal` in Python and as an
integer number of ten-thousandths (``value_e4``) in SQLite, so sums in SQL are exact
integer sums and no float ever touches money. Four decimal places cover currencies with
three minor digits and fractional hours; int64 still holds 922 trillion units.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from impact_desktop.core.errors import ValidationError, ValueParseError
from impact_desktop.core.texts import translate

SCALE_DIGITS = 4
SCALE = 10**SCALE_DIGITS
#: Stored integers are SQLite's: below this in size.
SCALED_LIMIT = 2**63
#: What one unit of the last of ``n`` decimals is in the stored integer (index ``n``, 0 … SCALE_DIGITS).
DECIMAL_STEPS = tuple(10 ** (SCALE_DIGITS - n) for n in range(SCALE_DIGITS + 1))
_QUANTUM = Decimal(1).scaleb(-SCALE_DIGITS)

#: Minor-unit digits of the currencies people in this field use most. Others are
#: accepted (any three-letter ISO code) with two minor digits.
CURRENCY_DIGITS: dict[str, int] = {
    "CNY": 2, "USD": 2, "HKD": 2, "EUR": 2, "GBP": 2, "TWD": 2, "SGD": 2, "AUD": 2,
    "CAD": 2, "CHF": 2, "MYR": 2, "THB": 2, "INR": 2, "JPY": 0, "KRW": 0, "IDR": 2,
    "BHD": 3, "KWD": 3,
}
CURRENCY_SYMBOLS: dict[str, str] = {
    "CNY": "¥", "USD": "$", "HKD": "HK$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩",
}
_CODE = re.compile(r"^[A-Z]{3}$")

#: How people write currencies in cells and headers, longest first so "US$" wins over "$".
CURRENCY_MARKS: list[tuple[str, str]] = sorted([
    ("人民币", "CNY"), ("RMB", "CNY"), ("CNY", "CNY"), ("元", "CNY"), ("¥", "CNY"), ("￥", "CNY"),
    ("YUAN", "CNY"), ("RENMINBI", "CNY"),
    ("US$", "USD"), ("USD", "USD"), ("美元", "USD"), ("美金", "USD"), ("$", "USD"), ("US DOLLAR", "USD"),
    ("US DOLLARS", "USD"),
    ("HK$", "HKD"), ("HKD", "HKD"), ("港币", "HKD"), ("港元", "HKD"),
    ("EUR", "EUR"), ("€", "EUR"), ("欧元", "EUR"), ("EURO", "EUR"), ("EUROS", "EUR"),
    ("GBP", "GBP"), ("£", "GBP"), ("英镑", "GBP"), ("JPY", "JPY"), ("日元", "JPY"),
], key=lambda pair: -len(pair[0]))
_NAMED = dict(CURRENCY_MARKS)

#: Active ISO 4217 codes (and CNH, the offshore yuan): a typo such as "CYN" is refused, not stored.
_ISO_CODES = """
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF
CHF CLP CNH CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD
HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL
LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR
PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND
TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG ZWL
"""
ISO_CURRENCIES = frozenset(_ISO_CODES.split())


def normalize_currency(code: str) -> str:
    """Return an upper-case ISO 4217 code or raise a readable error.

    Names and symbols people type in a currency column (rmb, 人民币, 元, 美元, US$, ¥) are
    read as their code; ``¥`` is taken as yuan, as it is in the field this app serves.
    """
    cleaned = unicodedata.normalize("NFKC", code or "").strip().upper()
    cleaned = _NAMED.get(cleaned, cleaned)
    if not _CODE.match(cleaned):
        raise ValidationError(translate(
            "ImportProblem", "'{code}' is not a currency code (three letters, e.g. CNY, USD).").format(
            code=code), "currency")
    if cleaned not in ISO_CURRENCIES:
        raise ValidationError(translate(
            "ImportProblem", "'{code}' is not a known currency code (e.g. CNY, USD, HKD, EUR).").format(
            code=code), "currency")
    return cleaned


def currency_digits(code: str) -> int:
    """Minor-unit digits of a currency (2 when unknown)."""
    return CURRENCY_DIGITS.get(code, 2)


def to_scaled(value: Decimal) -> int:
    """Decimal → stored integer; refuses values that would lose digits."""
    try:
        quantized = value.quantize(_QUANTUM, rounding=ROUND_HALF_EVEN)
    except InvalidOperation as exc:
        raise ValueParseError(translate("ImportProblem", "{value} is too large to store.").format(value=value)) from exc
    if quantized != value:
        raise ValueParseError(translate("ImportProblem", "{value} has more than {digits} decimal places.").format(
            value=value, digits=SCALE_DIGITS))
    scaled = int(quantized.scaleb(SCALE_DIGITS))
    if abs(scaled) >= SCALED_LIMIT:
        raise ValueParseError(translate("ImportProblem", "{value} is too large to store.").format(value=value))
    return scaled


def from_scaled(scaled: int) -> Decimal:
    """Stored integer → Decimal, normalised so 15000.0000 prints as 15000."""
    value = Decimal(scaled).scaleb(-SCALE_DIGITS)
    return normalize_decimal(value)


def normalize_decimal(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation (1.5E+4 → 15000)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def round_money(value: Decimal, currency: str) -> Decimal:
    """Round a converted amount to the currency's minor unit, banker's rounding."""
    return value.quantize(Decimal(1).scaleb(-currency_digits(currency)), rounding=ROUND_HALF_EVEN)


def check_money_precision(value: Decimal, currency: str) -> None:
    """Refuse an amount with more decimals than its currency has (¥1.005 is a typo)."""
    digits = currency_digits(currency)
    if value != value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_EVEN):
        raise ValidationError(
            translate(
                "ImportProblem", "{currency} amounts have at most {digits} decimal places; {value} has more.").format(
                currency=currency, digits=digits, value=value), "value"
        )

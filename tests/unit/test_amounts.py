"""Numbers as people type them in forms and spreadsheets."""

from decimal import Decimal

import pytest

from impact_desktop.core.amounts import parse_amount
from impact_desktop.core.errors import ValueParseError


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("¥48,500.50", Decimal("48500.50"), "CNY"),
        ("3.5万", Decimal("35000"), None),
        ("1.5万", Decimal("15000"), None),
        ("12.7亿", Decimal("1270000000"), None),
        ("12.7亿元", Decimal("1270000000"), "CNY"),
        ("3.5万亿", Decimal("3500000000000"), None),  # 万亿 is 10^12, not 万 times 亿 read as text
        ("¥1.2万亿元", Decimal("1200000000000"), "CNY"),
        ("3十亿", Decimal("3000000000"), None),
        ("RMB 3.5万元", Decimal("35000"), "CNY"),
        ("$1.2m", Decimal("1200000"), "USD"),
        ("1.27bn", Decimal("1270000000"), None),
        ("270k", Decimal("270000"), None),
        ("1,234 USD", Decimal("1234"), "USD"),
        ("12,500", Decimal("12500"), None),
        ("(300)", Decimal("-300"), None),
        ("-¥3,000", Decimal("-3000"), "CNY"),
        ("￥３，０００", Decimal("3000"), "CNY"),
        ("  42  ", Decimal("42"), None),
        ("0.25", Decimal("0.25"), None),
        ("HK$100", Decimal("100"), "HKD"),
    ],
)
def test_parses_what_people_write(text, value, currency):
    parsed = parse_amount(text)
    assert parsed.value == value
    assert parsed.currency == currency


def test_spreadsheet_floats_become_the_decimal_the_user_saw():
    assert parse_amount(48500.5).value == Decimal("48500.5")
    assert parse_amount(0.1 + 0.2).value == Decimal("0.3")
    assert parse_amount(7).value == Decimal(7)


@pytest.mark.parametrize("text", ["", "abc", "12,5", "1,23,456", "12..5", "--3", "¥", "3 apples", True])
def test_refuses_what_it_cannot_read_with_a_reason(text):
    with pytest.raises(ValueParseError) as info:
        parse_amount(text)
    assert str(info.value)
    assert "Traceback" not in str(info.value)


def test_ambiguous_comma_says_why():
    with pytest.raises(ValueParseError, match="ambiguous"):
        parse_amount("12,5")


PLAIN = ["0", "-0", "7", "007", "-12", "48500.50", "12.5", "100.00", "-100.10", "0.0001", "123456789012345678",
         "1234567890123456789", "12345678901234567890", "1.234567890123456789012345678901",
         "9" * 64, "9" * 65, "1." + "0" * 62]


@pytest.mark.parametrize("text", PLAIN)
def test_a_plainly_written_number_reads_as_the_general_reading_reads_it(text):
    """Plain numbers take a short way (a CSV of a million rows is mostly them); padded with a space the
    same text takes the general one, and both give the same Decimal, exponent included, or the same refusal."""
    def read(raw):
        try:
            parsed = parse_amount(raw)
        except ValueParseError as exc:
            return "refused", str(exc).replace(raw, "TEXT").replace(raw.strip(), "TEXT")
        return str(parsed.value), parsed.currency

    assert read(text) == read(f" {text} ")
    if len(text) <= 18 and text.lstrip("-").replace(".", "").isdigit():
        assert Decimal(read(text)[0]) == Decimal(text)

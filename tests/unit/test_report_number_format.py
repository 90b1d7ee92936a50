"""Readable axis/tile numbers and exact table numbers."""

from decimal import Decimal

import pytest

from impact_desktop.core.number_format import compact, exact, is_chinese, percent


@pytest.mark.parametrize(("value", "english", "chinese"), [
    (1_270_000_000, "1.27bn", "12.7亿"),
    (184_023_000, "184m", "1.84亿"),
    (270_000, "270k", "27万"),
    (27_000, "27k", "2.7万"),
    (15_000_000, "15m", "1500万"),
    (937, "937", "937"),
    (5_000, "5k", "5000"),
    (100_000_000, "100m", "1亿"),
    (999_999_999, "1bn", "10亿"),
    (Decimal("-2500"), "-2.5k", "-2500"),
    (0, "0", "0"),
    (Decimal("0.25"), "0.25", "0.25"),
    (12.5, "12.5", "12.5"),
])
def test_compact_in_english_and_chinese(value, english, chinese):
    assert compact(value, "en_GB") == english
    assert compact(value, "zh_CN") == chinese


def test_exact_keeps_every_digit_with_separators():
    assert exact(Decimal("1270000000")) == "1,270,000,000"
    assert exact(Decimal("1234.50")) == "1,234.5"
    assert exact(Decimal("0.0001")) == "0.0001"
    assert exact(184023000) == "184,023,000"


def test_percent_and_locale_detection():
    assert percent(Decimal("1.0583")) == "106%"
    assert percent(Decimal("0.05"), signed=True) == "+5%"
    assert percent(Decimal("-0.1"), signed=True) == "-10%"
    assert percent(None) == "—"
    assert is_chinese("zh_CN") and is_chinese("zh-Hant") and not is_chinese("en_US") and not is_chinese("")

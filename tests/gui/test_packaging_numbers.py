"""Locale-aware figures: 12.7亿 for Chinese readers, 1.27bn for English ones, exact and parseable."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from impact_desktop.core.amounts import parse_amount
from impact_desktop.gui.numbers import compact_number, full_number, money

ZH, EN, DE = QLocale("zh_CN"), QLocale("en_US"), QLocale("de_DE")


@pytest.mark.parametrize(("value", "chinese", "english"), [
    (1_270_000_000, "12.7亿", "1.27bn"),
    (15_000_000, "1,500万", "15m"),
    (270_000, "27万", "270k"),
    (100_000_000, "1亿", "100m"),
    (3_000_000, "300万", "3m"),
    (937, "937", "937"),
    (5_000, "5,000", "5k"),
    (Decimal("12.345"), "12.3", "12.3"),
    (-184_000_000, "-1.84亿", "-184m"),
    (0, "0", "0"),
])
def test_compact_figures_per_language(value, chinese, english):
    assert compact_number(value, ZH) == chinese
    assert compact_number(value, EN) == english


def test_compact_figures_read_back_to_the_rounded_value():
    for value in (1_270_000_000, 15_000_000, 270_000):
        for locale in (ZH, EN):
            assert parse_amount(compact_number(value, locale)).value == Decimal(value)


def test_full_numbers_are_exact_with_the_locales_separators():
    assert full_number(1_270_000_000, EN) == "1,270,000,000"
    assert full_number(Decimal("1234567.891"), DE, decimals=2) == "1.234.567,89"
    assert full_number(Decimal("0.1") + Decimal("0.2"), EN) == "0.3"
    assert money(Decimal("184000000"), "USD", EN) == "USD 184,000,000.00"
    assert money(1_270_000_000, "CNY", ZH, compact=True) == "CNY 12.7亿"


def test_default_locale_is_used(qapp):
    previous = QLocale()
    try:
        QLocale.setDefault(ZH)
        assert compact_number(1_270_000_000) == "12.7亿"
    finally:
        QLocale.setDefault(previous)

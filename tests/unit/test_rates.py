"""Currency conversion: narrowest rate wins, inversion, one-hop pivot, missing rates."""

from decimal import Decimal

import pytest

from impact_desktop.core.errors import MissingRateError, ValidationError
from impact_desktop.core.periods import fiscal_year, month
from impact_desktop.core.rates import Rate, RateTable


def test_monthly_rate_overrides_yearly_and_inverse_is_used():
    table = RateTable([
        Rate("CNY", "USD", fiscal_year(2018), Decimal("0.15")),
        Rate("CNY", "USD", month(2017, 9), Decimal("0.14")),
    ])
    assert table.factor("CNY", "USD", 201708) == Decimal("0.15")
    assert table.factor("CNY", "USD", 201709) == Decimal("0.14")
    assert table.factor("USD", "CNY", 201708) == Decimal(1) / Decimal("0.15")
    assert table.factor("CNY", "CNY", 201001) == 1


def test_pivot_through_a_third_currency():
    table = RateTable([
        Rate("EUR", "CNY", fiscal_year(2018), Decimal("8")),
        Rate("CNY", "USD", fiscal_year(2018), Decimal("0.15")),
    ])
    assert table.factor("EUR", "USD", 201801) == Decimal("1.20")


def test_missing_rate_names_pair_and_month():
    table = RateTable([Rate("CNY", "USD", fiscal_year(2018), Decimal("0.15"))])
    with pytest.raises(MissingRateError) as info:
        table.factor("CNY", "USD", 201804)
    assert "CNY→USD" in str(info.value) and "2018-04" in str(info.value)


def test_rates_must_be_positive():
    with pytest.raises(ValidationError):
        Rate("CNY", "USD", fiscal_year(2018), Decimal("0"))


def test_narrowest_rate_wins_whichever_direction_it_was_entered_in():
    table = RateTable([
        Rate("CNY", "USD", fiscal_year(2018), Decimal("0.1449")),
        Rate("USD", "CNY", month(2017, 6), Decimal("7")),
    ])
    assert table.factor("CNY", "USD", 201706) == Decimal(1) / Decimal(7)
    assert table.factor("CNY", "USD", 201707) == Decimal("0.1449")

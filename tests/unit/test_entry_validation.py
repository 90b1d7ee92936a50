"""Entry validation collects every problem, field by field, in plain words."""

from decimal import Decimal

import pytest

from impact_desktop.core.b4si import FundingSource, InputType
from impact_desktop.core.entries import FieldErrors, build_entry
from impact_desktop.core.metrics import BUILTIN_METRICS

METRICS = {m.key: m for m in BUILTIN_METRICS}


def test_money_defaults_currency_and_b4si_classification():
    draft = build_entry(METRICS["donations"], program_id="p", value="1.5万", period="2018-03")
    assert draft.value == Decimal("15000")
    assert draft.currency == "CNY"
    assert draft.input_type == InputType.CASH
    assert draft.funding_source == FundingSource.PUBLIC


def test_every_fault_is_reported_next_to_its_field():
    with pytest.raises(FieldErrors) as info:
        build_entry(METRICS["trees_planted"], program_id=None, value="-5", period="someday")
    errors = info.value.errors
    assert set(errors) == {"program", "value", "period"}
    assert "negative" in errors["value"]


@pytest.mark.parametrize(
    ("metric", "value", "currency", "field", "words"),
    [
        ("trees_planted", "2.5", None, "value", "whole number"),
        ("volunteer_hours", "¥300", None, "value", "not in money"),
        ("donations", "$300", "CNY", "currency", "says USD"),
        ("donations", "¥1.005", None, "value", "decimal places"),
        ("donations", "100", "dollars", "currency", "currency code"),
    ],
)
def test_specific_rules(metric, value, currency, field, words):
    with pytest.raises(FieldErrors) as info:
        build_entry(METRICS[metric], program_id="p", value=value, period="2018", currency=currency)
    assert words in info.value.errors[field]

"""How editors show figures, periods and aggregation kinds (display only, never stored)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from impact_desktop.core.metrics import AGGREGATION_LABELS, Aggregation, Metric
from impact_desktop.core.money import currency_digits


def aggregation_label(kind: Aggregation) -> str:
    """The core's explanation of an aggregation kind, translated."""
    return QCoreApplication.translate("Aggregation", AGGREGATION_LABELS[Aggregation(kind)])


def format_number(value: Decimal) -> str:
    """Thousands separators, exact digits: 1270000000 → 1,270,000,000."""
    return f"{value:,}"


def format_money(value: Decimal, currency: str) -> str:
    digits = currency_digits(currency)
    return f"{currency} {value:,.{digits}f}"


def format_figure(value: Decimal, metric: Metric | None, currency: str) -> str:
    """A total with its currency or unit: 'CNY 1,270,000,000.00', '270,000 hours'."""
    if metric is not None and metric.is_money:
        return format_money(value, currency)
    unit = metric.unit if metric is not None else ""
    return f"{format_number(value)} {unit}".strip()

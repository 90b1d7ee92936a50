"""How editors show figures, periods and aggregation kinds (display only, never stored)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from impact_desktop.core.metrics import AGGREGATION_LABELS, Aggregation, Metric, unit_display_name
from impact_desktop.gui.common.formatting import format_money, format_value


def aggregation_label(kind: Aggregation) -> str:
    """The core's explanation of an aggregation kind, translated."""
    return QCoreApplication.translate("Aggregation", AGGREGATION_LABELS[Aggregation(kind)])


def format_figure(value: Decimal, metric: Metric | None, currency: str) -> str:
    """A total with its currency or unit, in the interface language: '1,270,000,000.00 CNY',
    '270,000 hours' / '270,000 小时'."""
    if metric is not None and metric.is_money:
        return format_money(value, currency)
    return format_value(value, unit_display_name(metric) if metric is not None else "", None)

# Texts that come from core/ as data, listed so lupdate extracts them for translators.
# (Translation falls back to the core text if one of these changes there.)
_FROM_CORE = (
    QT_TRANSLATE_NOOP("Aggregation", "Flow (summed over time and units)"),
    QT_TRANSLATE_NOOP("Aggregation", "Stock (latest value in the period)"),
    QT_TRANSLATE_NOOP("Aggregation", "Distinct count (as entered, never summed)"),
    QT_TRANSLATE_NOOP("CauseArea", "Education"),
    QT_TRANSLATE_NOOP("CauseArea", "Environment"),
    QT_TRANSLATE_NOOP("CauseArea", "Health"),
    QT_TRANSLATE_NOOP("CauseArea", "Disaster relief"),
    QT_TRANSLATE_NOOP("CauseArea", "Poverty alleviation"),
    QT_TRANSLATE_NOOP("CauseArea", "Community development"),
    QT_TRANSLATE_NOOP("CauseArea", "Arts and culture"),
    QT_TRANSLATE_NOOP("CauseArea", "Other"),
    QT_TRANSLATE_NOOP("B4SI", "Cash"),
    QT_TRANSLATE_NOOP("B4SI", "Time (employee volunteering)"),
    QT_TRANSLATE_NOOP("B4SI", "In-kind"),
    QT_TRANSLATE_NOOP("B4SI", "Management costs"),
    QT_TRANSLATE_NOOP("B4SI", "Charitable gift"),
    QT_TRANSLATE_NOOP("B4SI", "Community investment"),
    QT_TRANSLATE_NOOP("B4SI", "Commercial initiative"),
    QT_TRANSLATE_NOOP("B4SI", "Company (own contribution)"),
    QT_TRANSLATE_NOOP("B4SI", "Employees (leverage)"),
    QT_TRANSLATE_NOOP("B4SI", "Public / customers / platform users (leverage)"),
    QT_TRANSLATE_NOOP("B4SI", "Partners / vendors (leverage)"),
)

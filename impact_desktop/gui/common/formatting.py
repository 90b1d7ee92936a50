"""How values, periods and timestamps read on screen (one place, so every view agrees)."""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

from impact_desktop.core.money import currency_digits
from impact_desktop.core.wording import unit_for


def format_number(value: Decimal) -> str:
    """Grouped digits, exact: 1270000000 → 1,270,000,000; 2.5 → 2.5."""
    return f"{value:,}"


def format_money(value: Decimal, currency: str) -> str:
    """An amount with its currency's minor digits and code: 12,500.00 CNY."""
    digits = currency_digits(currency)
    return f"{value:,.{digits}f} {currency}"


def format_value(value: Decimal, unit: str, currency: str | None) -> str:
    """A stored figure with what it counts: money keeps its currency, quantities their unit
    (singular after exactly one: "1 site", "2 sites")."""
    if currency:
        return format_money(value, currency)
    return f"{format_number(value)} {unit_for(value, unit)}".strip()


def local_time(stamp: str) -> str:
    """A stored UTC timestamp (2026-11-25T03:07:57.123Z) as local 'YYYY-MM-DD HH:MM'."""
    if not stamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def error_html(message: str) -> str:
    """A message (already a translated or human sentence) shown in red in a rich-text label."""
    return f"<span style='color:#b00020'>{html.escape(message)}</span>"

"""Currency conversion with a user-maintained rates table.

A rate says "1 FROM = rate TO" for a period. For a given month the narrowest period
covering the whole month wins, so a monthly rate overrides a yearly one. A pair can be
used inverted, and through one intermediate currency (EUR→CNY→USD). A month with no
usable rate raises :class:`MissingRateError` naming the pair and the month: never a
silent zero.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from impact_desktop.core.errors import MissingRateError, ValidationError
from impact_desktop.core.periods import Period, month
from impact_desktop.core.texts import translate


@dataclass(frozen=True)
class Rate:
    from_currency: str
    to_currency: str
    period: Period
    rate: Decimal
    id: str | None = None

    def __post_init__(self) -> None:
        if self.rate <= 0:
            raise ValidationError(translate(
                "RateCheck", "A currency rate must be positive, not {0}.").format(self.rate), "rate")
        if self.from_currency == self.to_currency:
            raise ValidationError(translate("RateCheck", "A rate needs two different currencies."), "to_currency")


class RateTable:
    """Looks up conversion factors; caches per (pair, month) since summaries ask often."""

    def __init__(self, rates: list[Rate]):
        self._by_pair: dict[tuple[str, str], list[Rate]] = defaultdict(list)
        for rate in rates:
            self._by_pair[(rate.from_currency, rate.to_currency)].append(rate)
        for candidates in self._by_pair.values():
            candidates.sort(key=lambda r: (r.period.end - r.period.start, r.period.start))
        self._cache: dict[tuple[str, str, int], Decimal | None] = {}

    def factor(self, from_currency: str, to_currency: str, month_key: int) -> Decimal:
        """Multiply an amount in ``from_currency`` by this to get ``to_currency``."""
        if from_currency == to_currency:
            return Decimal(1)
        found = self._lookup(from_currency, to_currency, month_key)
        if found is None:
            label = f"{month_key // 100}-{month_key % 100:02d}"
            raise MissingRateError(from_currency, to_currency, label)
        return found

    def _lookup(self, source: str, target: str, month_key: int) -> Decimal | None:
        key = (source, target, month_key)
        if key not in self._cache:
            self._cache[key] = self._direct_or_inverse(source, target, month_key)
            if self._cache[key] is None:
                self._cache[key] = self._via_pivot(source, target, month_key)
        return self._cache[key]

    def _direct_or_inverse(self, source: str, target: str, month_key: int) -> Decimal | None:
        span = month(month_key // 100, month_key % 100)
        covering = [(rate, False) for rate in self._by_pair.get((source, target), ()) if rate.period.contains(span)]
        covering += [(rate, True) for rate in self._by_pair.get((target, source), ()) if rate.period.contains(span)]
        if not covering:
            return None
        # The narrowest period wins whichever direction the rate was entered in.
        rate, inverted = min(covering, key=lambda pair: (pair[0].period.end - pair[0].period.start, pair[1]))
        return Decimal(1) / rate.rate if inverted else rate.rate

    def _via_pivot(self, source: str, target: str, month_key: int) -> Decimal | None:
        currencies = {c for pair in self._by_pair for c in pair} - {source, target}
        for pivot in sorted(currencies):
            first = self._direct_or_inverse(source, pivot, month_key)
            second = self._direct_or_inverse(pivot, target, month_key) if first else None
            if first and second:
                return first * second
        return None

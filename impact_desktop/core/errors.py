"""Errors a user can understand.

Every error raised on purpose by the core, storage, io or services layers derives from
:class:`ImpactError`, whose ``str()`` is a complete, human sentence. Entry points (CLI,
GUI) show that sentence and nothing else: a traceback never reaches a user.
"""

from impact_desktop.core.texts import translate


class ImpactError(Exception):
    """Base class of all errors meant to be shown to a user as one clear line."""


class ValueParseError(ImpactError):
    """A typed or imported value (number, amount, date, period) could not be read."""


class ValidationError(ImpactError):
    """A record breaks a domain rule (negative count, unknown metric, missing currency...)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class MissingRateError(ImpactError):
    """A total needs a currency rate that the rates table does not have."""

    def __init__(self, from_currency: str, to_currency: str, month: str):
        super().__init__(translate(
            "RateCheck", "Missing currency rate {0}→{1} for {2}: add it under Currency rates "
            "(or with a rate covering that month).").format(from_currency, to_currency, month))
        self.from_currency = from_currency
        self.to_currency = to_currency
        self.month = month


class StoreError(ImpactError):
    """The database file cannot be used (missing, not a database, corrupt, newer schema...)."""

"""Counts written the way English reads them: "1 entry", "2 entries", "1 hour".

Texts that go through ``translate()`` cannot use these helpers (lupdate extracts only
literal strings), so they pick between a singular and a plural literal at the call; the
plain English texts of the CLI and of errors use :func:`counted`.
"""

from __future__ import annotations

import re
from decimal import Decimal

#: Units whose singular is not the plural without its "s".
_IRREGULAR = {"people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman",
              "series": "series", "species": "species"}
#: A unit we dare to make singular: one lower-case English word ending in a plural "s", not in
#: -ss, -us, -is ("class", "bus", "analysis"), nor in -ses or -zes, whose singular is a guess.
_REGULAR = re.compile(r"^[a-z]+s$")
_NOT_PLURAL = ("ss", "us", "is", "ses", "zes")


def counted(count: int, one: str, many: str) -> str:
    """``count`` with ``one`` or ``many`` after it: ``counted(1, "entry", "entries") == "1 entry"``."""
    return f"{count:,} {one if count == 1 else many}"


def unit_for(value: Decimal | int, unit: str) -> str:
    """``unit`` as written after ``value``: its singular when the value is exactly one.

    Only units we can make singular safely change ("hours" → "hour", "cities" → "city",
    "people" → "person"); anything else (currency codes, Chinese units, several words) is
    kept as written, because a wrong singular is worse than a plural after "1".
    """
    if value != 1:
        return unit
    word = unit.strip()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if not _REGULAR.match(word) or word.endswith(_NOT_PLURAL):
        return unit
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes")):
        return word[:-2]
    return word[:-1]

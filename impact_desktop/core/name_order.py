"""The order names are listed in: the one a reader of the interface language expects.

A Chinese reader looks for 阿里云, 菜鸟 and 淘宝 in pinyin order (a, c, t); code-point order
(SQLite's ``ORDER BY name``, Python's ``sorted``) scatters them, and puts "alibaba" after
"Zeta" and "Program 10" before "Program 9". The Qt-free layers sort names with
:func:`name_order_key`; the GUI (and the report command) installs a collator of the
interface's locale with :func:`set_name_order`. Without one, names are ordered by their
letters (case and accents ignored), digits as numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_key: Callable[[str], object] | None = None
_DIGITS = re.compile(r"(\d+)")


def set_name_order(key: Callable[[str], object] | None) -> None:
    """Install (or, with ``None``, remove) the function giving a name's sort key. Its keys
    must order with ``<`` and compare equal with ``==`` when the names collate alike."""
    global _key
    _key = key


def name_order_key(name: str) -> object:
    """The key ``name`` sorts by among other names (see the module docstring)."""
    if _key is not None:
        return _key(name)
    folded = unicodedata.normalize("NFKD", name).casefold()
    letters = "".join(c for c in folded if not unicodedata.combining(c))  # É sorts with E
    # ("program ", 9, "") < ("program ", 10, ""): numbers in order; a text part never meets an int
    return (tuple(int(part) if index % 2 else part for index, part in enumerate(_DIGITS.split(letters))), folded)

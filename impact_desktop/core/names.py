"""One thing, several names: how names are compared and which one a reader sees.

A Chinese group's files write the same business unit as 蚂蚁金服 in one sheet and
``Ant Financial`` (or ``ant  financial``, ``Ant Financial（蚂蚁）``) in the next. Names are
compared by :func:`name_key`, the header matcher's folding without dropping what is in
brackets: Unicode NFKC (full-width letters, digits and brackets become half-width),
case folded, every space and punctuation mark removed. ``Tmall Global (天猫国际)`` and
``tmall global（天猫国际）`` are one name; ``Tmall Global`` is another.

Which name a person sees follows the interface language (:func:`display_name`): the
first of the main name and its alternative names written in that language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: Kinds of things that carry alternative names (the ``kind`` column of ``alternative_names``).
BUSINESS_UNIT, PROGRAM, CHANNEL, METRIC = "business_unit", "program", "channel", "metric"
KINDS = (BUSINESS_UNIT, PROGRAM, CHANNEL, METRIC)

_NOT_WORD = re.compile(r"[\W_]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def fold(text: object) -> str:
    """NFKC and case folding: what both header and name comparisons start from."""
    return unicodedata.normalize("NFKC", str(text)).casefold()


def without_marks(folded: str) -> str:
    """``folded`` without spaces, punctuation or brackets."""
    return _NOT_WORD.sub("", folded)


def name_key(text: object) -> str:
    """The form two names are compared in (see the module docstring); never empty for a non-blank name."""
    if text is None:
        return ""
    folded = fold(text)
    return without_marks(folded) or " ".join(folded.split())


def is_chinese(text: str) -> bool:
    """True when ``text`` has Chinese characters (a name for the Chinese interface)."""
    return bool(_HAN.search(text or ""))


def language_of(text: str) -> str:
    """``zh_CN`` for a name with Chinese characters, else ``en``."""
    return "zh_CN" if is_chinese(text) else "en"


def display_name(name: str, alternatives: Iterable[str], language: str | None) -> str:
    """The name a reader of ``language`` sees: the main name when it is in that language,
    else the first alternative name that is, else the main name."""
    if not language:
        return name
    wanted = language.startswith("zh")
    if is_chinese(name) == wanted:
        return name
    return next((other for other in alternatives if is_chinese(other) == wanted), name)

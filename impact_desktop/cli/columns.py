"""Text in terminal columns: a Chinese character takes two, so padding by ``len`` misaligns
回收设施 beside Donations. The tables of ``entries`` and ``summary`` line up through here."""

from __future__ import annotations


def text_width(text: str) -> int:
    """Columns a terminal gives ``text``: Chinese characters take two."""
    return sum(2 if "\u2e80" <= char <= "\ufe4f" or "\uff00" <= char <= "\uff60" else 1 for char in text)


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` in ``width`` terminal columns, left-aligned (or right-aligned)."""
    space = " " * max(0, width - text_width(text))
    return space + text if right else text + space

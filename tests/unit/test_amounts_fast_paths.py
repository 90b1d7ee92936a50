"""The amount parser's short cuts read every text exactly as the plain loop they replace."""

import itertools
import random

from impact_desktop.core import amounts
from impact_desktop.core.money import CURRENCY_MARKS

PIECES = ["", " ", "1", "48,500.50", "3.5", "万", "亿元", "k", "m", "-", "(", ")", "x", "ß", "ŉ", "ﬁ", "us", "hk"]


def _every_mark_tried(text: str) -> tuple[str, str | None]:
    """The reading before the short cut: each of the marks, longest first, at the start then at the end."""
    upper = text.upper()
    for mark, code in CURRENCY_MARKS:
        if upper.startswith(mark):
            return text[len(mark):].strip(), code
        if upper.endswith(mark):
            return text[: -len(mark)].strip(), code
    return text, None


def _texts():
    marks = [mark for mark, _code in CURRENCY_MARKS] + [mark.lower() for mark, _code in CURRENCY_MARKS]
    for before, middle, after in itertools.product(["", *marks], ["", "1", "48,500.50", " 3.5 ", "ß"],
                                                   ["", *marks]):
        yield before + middle + after
    rng = random.Random(14)
    for _ in range(20_000):
        yield "".join(rng.choice(PIECES + marks) for _ in range(rng.randrange(1, 5)))


def test_the_currency_mark_found_is_the_one_every_mark_tried_finds():
    texts = list(_texts())
    assert len(texts) > 30_000
    for text in texts:
        assert amounts._strip_currency(text) == _every_mark_tried(text), text


def test_odd_texts_do_not_grow_the_candidate_table_without_end():
    for number in range(amounts._MAX_CANDIDATES * 2):
        amounts._strip_currency(chr(0x4E00 + number) + "5" + chr(0x8000 + number))
    assert len(amounts._CANDIDATES) <= amounts._MAX_CANDIDATES
    assert amounts._strip_currency("ab5$") == ("ab5", "USD")  # found all the same past the limit

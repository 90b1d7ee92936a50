"""The amount parser's short cuts read every text exactly as the plain loop they replace."""

import itertools
import random
from decimal import Decimal, InvalidOperation

from impact_desktop.core import amounts
from impact_desktop.core.errors import ValueParseError
from impact_desktop.core.money import CURRENCY_MARKS, SCALE_DIGITS, normalize_decimal, to_scaled

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


def _reading(parse, text):
    try:
        parsed = parse(text)
    except ValueParseError as exc:
        return "refused", str(exc)
    return str(parsed.value), parsed.currency  # str: the exponent too ("100.00", not "1E+2")


NUMBERS = ["0", "7", "007", "12.5", "100.00", "48,500.50", "1,234", "1,234,567.8", "12,5", "1234,567", "1,23",
           ".5", "5.", "1..2", "", "9" * 19, "9" * 70, "0.0001", "1,000.0000001", "٣", "３"]
MARKS = ["", "¥", "￥", "$", "US$", "us$", "HK$", "€", "£", "元", "-", "+", "(", " ", "¥ ", "$-", "RMB"]


def test_a_number_after_a_currency_symbol_reads_as_the_general_reading_reads_it():
    texts = [before + number + after for before in MARKS for number in NUMBERS for after in ("", " ", "万", ")", "$")]
    rng = random.Random(15)
    texts += [rng.choice(MARKS[1:9]) + f"{rng.randrange(10**rng.randrange(1, 16)):,}" + rng.choice(["", ".5", ".50"])
              for _ in range(5_000)]
    taken = 0
    for text in texts:
        if amounts._MARKED.fullmatch(text) and len(text) <= amounts.MAX_AMOUNT_TEXT:
            taken += 1
        assert _reading(amounts.parse_amount, text) == _reading(amounts._parse_general, text), text
    assert taken > 4_000  # the short way was taken, not only the general one
    assert _reading(amounts.parse_amount, "¥48,500.50") == ("48500.50", "CNY")


def test_a_simple_amount_is_what_parse_amount_and_to_scaled_read():
    rng = random.Random(16)
    texts = [before + number + after for before in MARKS for number in NUMBERS for after in ("", ".0", ".00005")]
    texts += [rng.choice(["", "", "¥", "$", "HK$", "€"]) + rng.choice([f"{n:,}", str(n)]) + rng.choice(
        ["", ".0", ".5", ".50", ".05", ".1234", ".12345", ".0000", "."]) for n in
        (rng.randrange(10 ** rng.randrange(1, 17)) for _ in range(20_000))]
    texts += ["922337203685477.5807", "922337203685477.5808", "99999999999999999", "000,123", "0.0", "0.0000"]
    read = 0
    for text in texts:
        simple = amounts.simple_amount(text)
        if simple is None:
            continue
        read += 1
        parsed = amounts.parse_amount(text)
        assert (str(simple[0]), simple[1], simple[2]) == (str(parsed.value), to_scaled(parsed.value),
                                                          parsed.currency), text
    assert read > 12_000
    assert amounts.simple_amount("922337203685477.5808") is None  # past the stored integer: the general way says why
    assert amounts.simple_amount("-5") is None and amounts.simple_amount("1.2万") is None
    assert amounts.simple_amount("9" * 30_000) is None  # a hostile cell: refused by the general way, with a reason


def _digits_texts():
    """Texts of ASCII digits and points of every shape, and a few that look like them but are not plain digits."""
    rng = random.Random(18)
    for _ in range(30_000):
        whole = "".join(rng.choice("0123456789") for _ in range(rng.choice([0, 1, 1, 2, 3, 5, 8, 15, 16, 19, 25])))
        decimals = "".join(rng.choice("0123456789") for _ in range(rng.randrange(0, 7)))
        yield whole + rng.choice(["", ".", "."]) + decimals + rng.choice(["", "", "", ".", ".5", " ", "e5", ","])
    yield from ["", ".", "5.", ".5", "0", "00", "0.0", "0.0000", "0.00001", "1.2.3", "+5", "-5", " 5", "5 ", "1e5",
                "٣", "３", "²", "1,200", "¥5", "922337203685477.5807", "922337203685477.5808", "922337203685478",
                "9" * 64, "9" * 65, "0" * 64, "1" + "0" * 63 + ".5"]


def test_the_plain_digits_short_cut_reads_as_the_regular_expression_reads():
    taken = 0
    for text in _digits_texts():
        simple, by_pattern = amounts.simple_amount(text), amounts._simple_by_pattern(text)
        if simple is not None:
            taken += 1
            assert (simple[0].as_tuple(), simple[1:]) == (by_pattern[0].as_tuple(), by_pattern[1:]), text
        assert simple == by_pattern, text
    assert taken > 5_000  # the short cut was taken, not only the pattern


def _float_read_in_full(number: float):
    """decimal_from_float before its short cut: the repr, rounded to the stored scale, trailing zeros dropped."""
    try:
        rounded = Decimal(repr(number)).quantize(Decimal(1).scaleb(-SCALE_DIGITS))
    except InvalidOperation:
        return "too large"
    return str(normalize_decimal(rounded))


def test_a_spreadsheet_float_reads_as_its_rounded_repr():
    rng = random.Random(17)
    numbers = [0.0, -0.0, 1.0, 12.0, 0.1, 0.5, 1037.01, 2.5e-05, 1e15, 1e16 + 2, 123456789012345.6, 9007199254740993.0,
               0.30000000000000004, 1e300]
    numbers += [rng.randrange(10 ** rng.randrange(1, 16)) / 10 ** rng.randrange(0, 7) for _ in range(20_000)]
    numbers += [rng.uniform(0, 10 ** rng.randrange(1, 18)) for _ in range(5_000)]
    for number in numbers:
        try:
            fast = str(amounts.decimal_from_float(number))
        except ValueParseError:
            fast = "too large"
        assert fast == _float_read_in_full(number), number

"""The import preview keeps a cell's text only when it says more than the figure's value.

Every figure of a plain CSV is text; keeping each string cost about 120 bytes a figure
(240 MB for 2,000,000 rows) for nothing the "As written" column could not say again.
"""

from __future__ import annotations

import random
from decimal import Decimal
from types import SimpleNamespace

from impact_desktop.services.import_figures import PreviewFigures, as_written
from impact_desktop.services.import_preview import _plain
from impact_desktop.services.importing import preview_import
from tests.unit.io_files import write_csv

CELLS = ["48500.50", "1000.00", "3.5万", "¥1,200", "12", "0.5"]


def test_only_texts_the_value_does_not_say_again_are_kept_and_all_read_as_written(store, tmp_path):
    rows = [["Business unit", "Program", "Date", "Donations (CNY)"]]
    rows += [["Cainiao", "Recycling", f"2018-{month:02d}-01", cell] for month, cell in enumerate(CELLS, start=1)]
    preview = preview_import(store, write_csv(tmp_path / "figures.csv", rows))
    figures = PreviewFigures(store, preview)
    written = {figures.value(index, "row"): figures.value(index, "written") for index in range(len(figures))}
    assert written == {row: cell for row, cell in enumerate(CELLS, start=2)}
    kept = sorted(preview.written.values())
    assert kept == sorted(["1000.00", "3.5万", "¥1,200"]), "plain texts are not kept"


def _values():
    """Decimals as figures hold them (and some they never hold): signs, exponents, zero decimals, specials."""
    rng = random.Random(19)
    texts = ["0", "-0", "0.0", "0.00", "247", "247.00", "5.10", "5.1", "1E+3", "1.0E+3", "2.47E+3", "1E-7", "0.000001",
             "0.0000010", "-12.50", "NaN", "-NaN", "Infinity", "-Infinity", "48500.50", "1000.00", "100"]
    for _ in range(20_000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 12)))
        texts.append(rng.choice(["", "-"]) + digits + rng.choice(["", "", f"E{rng.randrange(-9, 9):+d}"]))
    return [Decimal(text).scaleb(rng.choice([0, 0, 0, -2, 2])) for text in texts]


def test_a_text_cell_is_plain_exactly_when_it_reads_as_the_value_is_shown():
    """_plain's short cut through str() agrees with comparing the cell with as_written, on every kind of value."""
    rng = random.Random(20)
    checked = plain = 0
    for value in _values():
        draft = SimpleNamespace(value=value)
        shown = str(value)
        cells = {shown, as_written(value), format(value, "f"), shown + "0", shown.rstrip("0"), "0" + shown, " " + shown,
                 shown.replace(".", ","), rng.choice(CELLS)}
        for cell in cells:
            expected = cell == as_written(value)
            assert _plain(cell, draft) is expected, (cell, value)
            checked += 1
            plain += expected
    assert checked > 100_000 and plain > 15_000  # both answers were given, many times

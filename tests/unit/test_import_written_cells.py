"""The import preview keeps a cell's text only when it says more than the figure's value.

Every figure of a plain CSV is text; keeping each string cost about 120 bytes a figure
(240 MB for 2,000,000 rows) for nothing the "As written" column could not say again.
"""

from __future__ import annotations

from impact_desktop.services.import_figures import PreviewFigures
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

"""Time to first paint of the import preview's "What will be stored" table (run by hand).

    python bench/import_preview_table_bench.py [--rows 100000]

Writes a Chinese CSV of ``--rows`` figures (a 捐赠金额（万元） column: every value is
scaled), previews it against the demo, then times what the wizard adds after the
preview: describing the figures (statuses), handing them to the lazy model and painting
the first screen of a QTableView. Beside it, the peer measured in the same run: the
preview itself, and filling a QTableWidget with the first 2,000 lines the way the other
preview tabs do.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTableView, QTableWidget, QTableWidgetItem  # noqa: E402

from impact_desktop.gui.importing.import_figures_model import PreviewFiguresModel  # noqa: E402
from impact_desktop.services.demo import load_demo  # noqa: E402
from impact_desktop.services.import_figures import COLUMNS, PreviewFigures  # noqa: E402
from impact_desktop.services.importing import preview_import  # noqa: E402
from impact_desktop.storage.database import open_store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    rows = parser.parse_args().rows
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.csv"
        with path.open("w", encoding="utf-8") as handle:
            handle.write("事业部,公益项目,日期,捐赠金额（万元）\n")
            for i in range(rows):
                handle.write(f"蚂蚁金服,蚂蚁森林,{2000 + i // 12 % 100}-{i % 12 + 1:02d},{i % 997}.5\n")
        store = open_store(Path(folder) / "demo.db")
        load_demo(store)
        start = time.perf_counter()
        preview = preview_import(store, path)
        previewed = time.perf_counter() - start

        start = time.perf_counter()
        figures = PreviewFigures(store, preview)
        described = time.perf_counter() - start
        view = QTableView()
        view.resize(1000, 600)
        model = PreviewFiguresModel(view)
        start = time.perf_counter()
        model.set_figures(figures)
        view.setModel(model)
        view.show()
        view.viewport().repaint()
        app.processEvents()
        painted = time.perf_counter() - start

        start = time.perf_counter()
        model.sort(COLUMNS.index("value"))
        view.viewport().repaint()
        app.processEvents()
        sorted_in = time.perf_counter() - start

        widget = QTableWidget(0, len(COLUMNS))
        widget.resize(1000, 600)
        start = time.perf_counter()
        shown = min(2000, len(figures))
        widget.setRowCount(shown)
        for row in range(shown):
            for column, key in enumerate(COLUMNS):
                widget.setItem(row, column, QTableWidgetItem(str(figures.value(row, key))))
        widget.show()
        widget.viewport().repaint()
        app.processEvents()
        widget_time = time.perf_counter() - start
        store.close()
    print(f"{len(figures):,} figures from {rows:,} rows")
    print(f"  preview_import (peer, the step before)   {previewed * 1000:9.0f} ms")
    print(f"  describe figures (statuses)              {described * 1000:9.0f} ms")
    print(f"  lazy model: set + first paint            {painted * 1000:9.0f} ms")
    print(f"  sort by 'As stored' + repaint            {sorted_in * 1000:9.0f} ms")
    print(f"  peer: QTableWidget, first 2,000 lines    {widget_time * 1000:9.0f} ms")


if __name__ == "__main__":
    main()

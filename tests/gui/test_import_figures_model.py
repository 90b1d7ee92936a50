"""The "What will be stored" model on a 100,000-figure file, without any widget."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from impact_desktop.gui.importing.import_figures_model import PAGE, PreviewFiguresModel
from impact_desktop.services.import_figures import COLUMNS, PreviewFigures
from impact_desktop.services.importing import preview_import
from tests.unit.io_files import write_csv


def test_a_hundred_thousand_figures_are_paged_filtered_and_sorted(demo_store, tmp_path):
    rows = [["事业部", "公益项目", "日期", "捐赠金额（万元）"]]
    rows += [["蚂蚁金服", "蚂蚁森林", f"{2000 + i // 12 % 100}-{i % 12 + 1:02d}", f"{i % 997}.5"]
             for i in range(100_000)]
    preview = preview_import(demo_store, write_csv(tmp_path / "big.csv", rows))
    model = PreviewFiguresModel()
    model.set_figures(PreviewFigures(demo_store, preview))
    assert model.total() == 100_000 and model.rowCount() == PAGE  # the first page only
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    value = COLUMNS.index("value")
    assert model.data(model.index(0, value)) == "5,000" and model.data(model.index(0, COLUMNS.index("written"))) \
        == "0.5"
    model.sort(value, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, value)) == "9,965,000" and model.rowCount() == PAGE
    duplicates = preview.duplicate_count
    model.set_statuses(["duplicate"])
    assert model.total() == duplicates
    model.set_statuses(["new"])
    assert model.total() == 100_000 - duplicates
    assert model.headerData(value, Qt.Orientation.Horizontal) == "As stored"

"""The import preview's "What will be stored" table: a lazy model over :class:`PreviewFigures`.

A 100,000-figure file opens at once: rows are handed to the view a page at a time
(``canFetchMore``/``fetchMore``) and each cell's text is worked out only when painted.
Filtering by status and sorting by a column reorder indexes (see
:meth:`~impact_desktop.services.import_figures.PreviewFigures.order`), never copies.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from impact_desktop.services.import_figures import COLUMNS, PreviewFigures, column_label, status_label

PAGE = 500
#: Columns whose numbers line up on the right.
_RIGHT = frozenset({"row", "written", "value"})
Index = QModelIndex | QPersistentModelIndex


class PreviewFiguresModel(QAbstractTableModel):
    """One row per figure: sheet, row, column, unit, program, metric, period, as written, as stored,
    currency or unit, channel, status."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._figures: PreviewFigures | None = None
        self._order: list[int] = []
        self._loaded = 0
        self._statuses: list[str] | None = None
        self._sort: tuple[str, bool] | None = None

    # -- content ------------------------------------------------------------------------

    def set_figures(self, figures: PreviewFigures | None) -> None:
        self.beginResetModel()
        self._figures = figures
        self._recompute()
        self.endResetModel()

    def set_statuses(self, statuses: list[str] | None) -> None:
        """Show only figures with these statuses (None: all)."""
        self.beginResetModel()
        self._statuses = list(statuses) if statuses is not None else None
        self._recompute()
        self.endResetModel()

    def _recompute(self) -> None:
        figures = self._figures
        if figures is None:
            self._order, self._loaded = [], 0
            return
        key, descending = self._sort or (None, False)
        self._order = figures.order(self._statuses, key, descending)
        self._loaded = min(PAGE, len(self._order))

    @property
    def figures(self) -> PreviewFigures | None:
        return self._figures

    def total(self) -> int:
        """Figures shown once every page is fetched."""
        return len(self._order)

    def figure_index(self, row: int) -> int:
        return self._order[row]

    # -- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._loaded < len(self._order)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = min(PAGE, len(self._order) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._figures is None or index.row() >= self._loaded:
            return None
        key = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._figures.value(self._order[index.row()], key)
            return status_label(value) if key == "status" else value if key == "row" else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return column_label(COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.beginResetModel()
        self._sort = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self._recompute()
        self.endResetModel()

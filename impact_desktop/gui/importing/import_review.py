"""The import wizard's conflicts and corrections: their tables, the choice and what it means.

Kept apart from :mod:`import_wizard` so the wizard stays about navigation and tasks.
A file with corrections cannot be imported until the user picks what to do with them:
the combo box starts empty and the hint next to it says why Import is disabled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from impact_desktop.services.import_resolution import ADD, CORRECTION_CHOICES, KEEP_FILE, REPLACE, SKIP

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls

MAX_LISTED = 2000


def fill_table(table: QTableWidget, rows: list[tuple]) -> None:
    """Rows of plain values (at most :data:`MAX_LISTED`), columns sized to their contents."""
    table.setRowCount(min(len(rows), MAX_LISTED))
    for r, values in enumerate(rows[:MAX_LISTED]):
        for c, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            item.setToolTip(str(value))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    last = table.columnCount() - 1
    if last > 0:  # the reason column takes the rest of the width and long reasons wrap onto more lines
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # rows follow the width


def fill_conflicts(table: QTableWidget, conflicts: list) -> None:
    rows = []
    for conflict in conflicts:
        kept = (translate("ImportReview", "File's version") if conflict.kept == KEEP_FILE
                else translate("ImportReview", "Store's version"))
        stored = conflict.stored_value
        if conflict.deleted_at:  # the row carries the id of an entry deleted here
            kept = (translate("ImportReview", "File's version (entry brought back)") if conflict.kept == KEEP_FILE
                    else translate("ImportReview", "The deletion"))
            stored = translate("ImportReview", "Deleted (was {value})").format(value=conflict.stored_value)
        also = f" ({conflict.differences})" if conflict.differences else ""
        rows.append((conflict.sheet, conflict.row, conflict.label, stored,
                     conflict.file_value + also, kept, conflict.reason))
    fill_table(table, rows)


def fill_corrections(table: QTableWidget, corrections: list) -> None:
    fill_table(table, [(c.sheet, ", ".join(map(str, c.rows)), c.label, c.stored_value, c.file_value, c.where())
                       for c in corrections])


def prepare_choice(combo: QComboBox) -> None:
    """Tie each item to its choice and select none: the user must pick one."""
    for index, choice in enumerate(CORRECTION_CHOICES):
        combo.setItemData(index, choice)
    combo.setCurrentIndex(-1)


def chosen(combo: QComboBox) -> str | None:
    return combo.currentData() if combo.currentIndex() >= 0 else None


def _count(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both translated, with a {n} field) for ``count``."""
    return (one if count == 1 else many).format(n=f"{count:,}")


def choice_hint(count: int, choice: str | None) -> str:
    """What the chosen treatment does, or why Import waits for a choice."""
    if choice is None:
        return _count(count, translate("ImportReview", "The file corrects a stored figure: choose what to do with it "
                                       "before importing."),
                      translate("ImportReview", "The file corrects {n} stored figures: choose what to do with them "
                                "before importing."))
    return {
        REPLACE: translate("ImportReview", "The stored figures are removed and the file's added; undoing the "
                           "import brings the stored ones back."),
        ADD: translate("ImportReview", "The file's figures are added next to the stored ones (both count)."),
        SKIP: translate("ImportReview", "These rows are not imported; the stored figures stay."),
    }[choice]


def counts_suffix(conflicts: int, corrections: int) -> str:
    """" · 1 conflict · 2 corrections" for the counts line (empty when there are none)."""
    parts = []
    if conflicts:
        parts.append(_count(conflicts, translate("ImportReview", "<b>{n}</b> conflict"),
                            translate("ImportReview", "<b>{n}</b> conflicts")))
    if corrections:
        parts.append(_count(corrections, translate("ImportReview", "<b>{n}</b> correction"),
                            translate("ImportReview", "<b>{n}</b> corrections")))
    return "".join(" · " + part for part in parts)


def result_lines(result) -> list[str]:
    """What the import did with conflicts and corrections, for the last page."""
    lines = []
    if result.conflict_count:
        lines.append(translate("ImportReview", "Conflicts recorded with the import: {conflicts}; stored entries "
                               "updated to the file's newer version: {updated}.").format(
            conflicts=result.conflict_count, updated=result.updated_count))
    if result.correction_count:
        lines.append({
            REPLACE: translate("ImportReview", "Stored figures replaced by the file's corrections: {n}."),
            ADD: translate("ImportReview", "Corrections added as new figures: {n}."),
            SKIP: translate("ImportReview", "Rows with corrections left out: {n}."),
        }.get(result.corrections or "", "").format(
            n={REPLACE: result.replaced_count, SKIP: result.left_out_count}.get(result.corrections,
                                                                                result.correction_count)))
    return lines

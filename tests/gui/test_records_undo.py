"""The targets and rates pages record their changes as the services' Changes: Ctrl+Z replays them,
and a replay that no longer applies is shown to the user and dropped from the stack."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QThreadPool

from impact_desktop.core.periods import fiscal_year
from impact_desktop.core.rates import Rate
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.settings.rates_page import RatesPage
from impact_desktop.gui.settings.targets_page import TargetsPage
from impact_desktop.services import rate_ops, target_ops
from impact_desktop.services.target_ops import Target

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def _finish_background_work(store):
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _page(qtbot, page_class, store):
    context = AppContext(store)
    page = page_class(context)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    return context, page


def _purge(store, table, row_id):
    """The row is gone for good on another path (a restore, a sync), not soft-deleted."""
    with store.transaction():
        store.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])


def test_undoing_a_rate_edit_after_the_rate_was_purged_tells_the_user(qtbot, store):
    rate_id = rate_ops.add_rate(store, Rate("USD", "CNY", fiscal_year(2018), Decimal("6.9"))).result
    context, page = _page(qtbot, RatesPage, store)
    page.ui.table.selectRow(0)
    page.edit_selected()
    dialog = page.active_dialog
    dialog.ui.rateEdit.clear()
    qtbot.keyClicks(dialog.ui.rateEdit, "7.1")
    qtbot.keyClick(dialog.ui.rateEdit, Qt.Key.Key_Return)
    assert [rate.rate for rate in rate_ops.list_rates(store)] == [Decimal("7.1")]
    assert context.undo_stack.undoText() == "Edit rate USD→CNY"
    _purge(store, "currency_rates", rate_id)
    problems = []
    context.events.problem.connect(problems.append)
    context.undo_stack.undo()
    assert problems == ["Could not undo or redo “Edit rate USD→CNY”: That currency rate no longer exists."]
    assert context.undo_stack.count() == 0


def test_target_add_and_delete_are_undone_and_redone_through_the_stack(qtbot, store):
    context, page = _page(qtbot, TargetsPage, store)
    first = target_ops.add_target(store, Target("donations", fiscal_year(2018), Decimal(5), currency="CNY")).result
    context.notify("targets")
    qtbot.waitUntil(lambda: page.ui.table.rowCount() == 1)
    page.ui.table.selectRow(0)
    page.delete_selected()
    assert target_ops.list_targets(store) == [] and context.undo_stack.undoText() == "Delete target"
    qtbot.waitUntil(lambda: page.ui.table.rowCount() == 0)
    context.undo_stack.undo()
    assert [target.id for target in target_ops.list_targets(store)] == [first]
    qtbot.waitUntil(lambda: page.ui.table.rowCount() == 1)
    context.undo_stack.redo()
    assert target_ops.list_targets(store) == []


def test_redoing_a_target_edit_after_the_target_was_purged_tells_the_user(qtbot, store):
    target_id = target_ops.add_target(store, Target("donations", fiscal_year(2018), Decimal(5),
                                                    currency="CNY")).result
    context, page = _page(qtbot, TargetsPage, store)
    page.ui.table.selectRow(0)
    page.edit_selected()
    dialog = page.active_dialog
    dialog.ui.valueEdit.clear()
    qtbot.keyClicks(dialog.ui.valueEdit, "8")
    qtbot.keyClick(dialog.ui.valueEdit, Qt.Key.Key_Return)
    assert [target.value for target in target_ops.list_targets(store)] == [Decimal(8)]
    context.undo_stack.undo()
    assert [target.value for target in target_ops.list_targets(store)] == [Decimal(5)]
    _purge(store, "targets", target_id)
    problems = []
    context.events.problem.connect(problems.append)
    context.undo_stack.redo()
    assert problems == ["Could not undo or redo “Edit target”: That target no longer exists."]
    assert context.undo_stack.count() == 0

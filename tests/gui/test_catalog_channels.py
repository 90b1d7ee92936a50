"""Channels on the catalogue page: listed, added, renamed, edited, removed while unused, all undoable,
and every name shown in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit

from impact_desktop.core import names as n
from impact_desktop.core import texts
from impact_desktop.core.name_order import set_name_order
from impact_desktop.gui.catalog.catalog_dialogs import BusinessUnitDialog, ChannelDialog
from impact_desktop.gui.catalog.catalog_page import CHANNELS, CatalogPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.shell import i18n
from impact_desktop.services import catalog_names, catalog_queries
from impact_desktop.storage import catalog

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.usefixtures("background_work_finished")]



@pytest.fixture
def chinese_names():
    """A Chinese interface as start-up makes it: Chinese names, listed in pinyin order."""
    texts.set_name_language("zh_CN")
    set_name_order(i18n.name_order(QLocale(QLocale.Language.Chinese, QLocale.Country.China)))
    yield
    set_name_order(None)
    texts.set_name_language(None)


def _open(qtbot, store):
    context = AppContext(store)
    page = CatalogPage(context)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    return context, page


def _heading(page):
    tree = page.ui.tree
    found = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
             if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == CHANNELS]
    return found[0] if found else None


def _channel_rows(page):
    heading = _heading(page)
    return [] if heading is None else [heading.child(i).text(0) for i in range(heading.childCount())]


def _channel(store, name):
    return next(c for c in catalog_queries.list_channels(store) if c.name == name)


def test_the_demo_channels_are_listed_with_their_figures_to_date(qtbot, demo_store):
    _context, page = _open(qtbot, demo_store)
    assert _channel_rows(page) == ["Alibaba Philanthropy", "Alipay Philanthropy", "Each Person Three Hours"]
    alipay = _channel(demo_store, "Alipay Philanthropy")
    with qtbot.waitSignal(page.figures.computed, timeout=10_000):
        page.select("channel", alipay.id)
    ui = page.ui
    assert ui.titleLabel.text() == "Alipay Philanthropy" and ui.kindValue.text() == "Channel"
    assert ui.namesValue.text() == "支付宝公益" and ui.detailForm.isRowVisible(7)
    assert not ui.detailForm.isRowVisible(1), "a channel has no business unit row"
    assert ui.figuresTable.rowCount() == 1 and ui.figuresTable.item(0, 0).text() == "Donations"
    assert ui.figuresTable.item(0, 1).text().replace(" ", "").find("450,000,000") >= 0
    assert "12 entries" in ui.figuresCaption.text()
    assert ui.archiveButton.text() == "Remove" and ui.archiveButton.isEnabled()

    page.select(CHANNELS, CHANNELS)  # the heading is not a row of the store: nothing to change
    assert ui.detailStack.currentWidget() is ui.detailEmptyLabel
    assert not ui.renameButton.isEnabled() and not ui.archiveButton.isEnabled()


def test_a_channel_is_added_renamed_and_removed_undoably(qtbot, store):
    context, page = _open(qtbot, store)
    assert page.ui.treeStack.currentWidget() is page.ui.treeEmptyLabel
    qtbot.mouseClick(page.ui.addChannelButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ChannelDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "  Tmall   Charity ")
    dialog.ui.aliasesEdit.setText("天猫公益； TC")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    channel = _channel(store, "Tmall Charity")
    assert catalog_names.names_of(store, n.CHANNEL, channel.id) == ["天猫公益", "TC"]
    qtbot.waitUntil(lambda: page.selected() == ("channel", channel.id))
    assert page.ui.treeStack.currentWidget() is page.ui.tree

    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_F2)
    editors = page.ui.tree.viewport().findChildren(QLineEdit)
    assert len(editors) == 1, "F2 renames a channel in place"
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], "Tmall Giving")
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: catalog_queries.get_channel(store, channel.id).name == "Tmall Giving")
    assert catalog_names.names_of(store, n.CHANNEL, channel.id) == ["天猫公益", "TC"], "a rename keeps other names"

    qtbot.waitUntil(lambda: page.selected() == ("channel", channel.id))
    qtbot.mouseClick(page.ui.archiveButton, Qt.MouseButton.LeftButton)  # "Remove": nothing uses it
    qtbot.waitUntil(lambda: _channel_rows(page) == [])
    assert catalog_queries.list_channels(store) == []
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: _channel_rows(page) == ["Tmall Giving"])
    context.undo_stack.undo()
    assert catalog_queries.get_channel(store, channel.id).name == "Tmall Charity"
    context.undo_stack.undo()
    assert catalog_queries.list_channels(store) == []
    context.undo_stack.redo()
    assert catalog_queries.get_channel(store, channel.id).name == "Tmall Charity", "redo keeps the row's id"
    assert catalog_names.names_of(store, n.CHANNEL, channel.id) == ["天猫公益", "TC"]


def test_a_channel_in_use_is_not_removed_and_the_page_says_why(qtbot, demo_store):
    _context, page = _open(qtbot, demo_store)
    alipay = _channel(demo_store, "Alipay Philanthropy")
    page.select("channel", alipay.id)
    qtbot.mouseClick(page.ui.archiveButton, Qt.MouseButton.LeftButton)
    assert page.ui.messageLabel.isVisible()
    assert "Entries still use the channel “Alipay Philanthropy” (12)" in page.ui.messageLabel.text()
    assert _channel(demo_store, "Alipay Philanthropy").id == alipay.id


def test_the_channel_dialog_edits_other_names_and_refuses_a_taken_one(qtbot, demo_store):
    context, page = _open(qtbot, demo_store)
    alipay = _channel(demo_store, "Alipay Philanthropy")
    page.select("channel", alipay.id)
    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Return)
    dialog = page.active_dialog
    assert isinstance(dialog, ChannelDialog) and dialog.ui.aliasesEdit.text() == "支付宝公益"
    dialog.ui.aliasesEdit.setText("支付宝公益; 阿里巴巴公益")  # the Alibaba Philanthropy channel's name
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.active_dialog is dialog and dialog.ui.errorLabel.text()
    dialog.ui.aliasesEdit.setText("支付宝公益; Alipay")
    dialog.ui.descriptionEdit.setPlainText("Giving on Alipay")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert catalog_names.names_of(demo_store, n.CHANNEL, alipay.id) == ["支付宝公益", "Alipay"]
    assert catalog_queries.get_channel(demo_store, alipay.id).description == "Giving on Alipay"
    context.undo_stack.undo()
    assert catalog_names.names_of(demo_store, n.CHANNEL, alipay.id) == ["支付宝公益"]
    assert catalog_queries.get_channel(demo_store, alipay.id).description == "Online giving platform"


def test_a_chinese_interface_shows_chinese_names_and_f2_opens_every_name(qtbot, demo_store, chinese_names):
    _context, page = _open(qtbot, demo_store)
    assert _channel_rows(page) == ["阿里巴巴公益", "人人三小时", "支付宝公益"]  # a-li, ren-ren, zhi-fu
    tree = page.ui.tree
    shown = [item.text(0) for item in page._items()]
    assert "蚂蚁金服" in shown and "阿里巴巴集团" in shown and "Ant Financial" not in shown
    ant = catalog.find_business_unit(demo_store, "Ant Financial")
    page.select("business_unit", ant.id)
    assert page.ui.titleLabel.text() == "蚂蚁金服"
    assert page.ui.namesValue.text() == "Ant Financial", "the main name is among the other names"
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert not tree.viewport().findChildren(QLineEdit), "no in-place editor over the main name"
    dialog = page.active_dialog
    assert isinstance(dialog, BusinessUnitDialog) and dialog.ui.nameEdit.text() == "Ant Financial"
    dialog.reject()

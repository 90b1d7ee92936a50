"""The "Business units & programs" page (``ui/catalog_page.ui``).

A tree of business units, their nested units and programs, then the channels money and
time come in through, with add / rename (F2, in place) / edit details / archive (a channel
is removed instead, only while no entry uses it), and a detail pane with the selected
item's figures to date. Names show in the interface language where the item has a name
in it (蚂蚁金服 in Chinese, Ant Financial in English). Figures come from
:func:`services.summary.summarize`, so stocks show their latest value and distinct counts
are never summed. Every change is an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidgetItem, QWidget

from impact_desktop.core.catalog import BusinessUnit, Program
from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.catalog.catalog_dialogs import BusinessUnitDialog, ChannelDialog, ProgramDialog, status_label
from impact_desktop.gui.catalog.catalog_figures import FiguresView
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.tracked_dialog import open_tracked
from impact_desktop.gui.common.undo import record
from impact_desktop.gui.generated.ui_catalog_page import Ui_CatalogPage
from impact_desktop.services import catalog_changes, catalog_names, catalog_queries
from impact_desktop.services.changes import Change

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 3
UNIT, PROGRAM, CHANNEL = "business_unit", "program", "channel"
#: The heading the channels sit under (not a row of the store).
CHANNELS = "channels"


class CatalogPage(QWidget):
    """Business units, programs and channels: browse, add, rename, edit, archive, see figures."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CatalogPage()
        self.ui.setupUi(self)
        self.active_dialog: QDialog | None = None
        self._populating = False
        self._figures_stale = False
        self._pending_selection: tuple[str, str] | None = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.figures = FiguresView(context, self.ui, self)
        self._setup_widgets()
        context.events.changed.connect(self._on_changed)
        self.refresh()

    def _setup_widgets(self) -> None:
        ui = self.ui
        header = ui.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([380, 560])
        title_font = QFont(ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        ui.titleLabel.setFont(title_font)
        ui.messageLabel.setVisible(False)
        ui.messageLabel.setStyleSheet("color: #c0392b;")
        ui.addUnitButton.clicked.connect(self.new_business_unit)
        ui.addProgramButton.clicked.connect(self.new_program)
        ui.addChannelButton.clicked.connect(self.new_channel)
        ui.renameButton.clicked.connect(self.rename_selected)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.archiveButton.clicked.connect(self.toggle_archived)
        ui.showArchivedCheck.toggled.connect(self.refresh)
        ui.tree.currentItemChanged.connect(self._selection_changed)
        ui.tree.itemChanged.connect(self._item_renamed)
        ui.tree.itemActivated.connect(lambda *_: self.edit_selected())
        ui.tree.installEventFilter(self)
        ui.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot in ((self.tr("Add program…"), self.new_program), (self.tr("Add channel…"), self.new_channel),
                           (self.tr("Rename"), self.rename_selected),
                           (self.tr("Edit details…"), self.edit_selected),
                           (self.tr("Archive / unarchive"), self.toggle_archived)):
            action = QAction(text, ui.tree)
            action.triggered.connect(slot)
            ui.tree.addAction(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F2 on a row shown by another of its names opens the dialog with every name
        (renaming that text in place would overwrite the main name)."""
        if (watched is self.ui.tree and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F2
                and not self._renames_in_place(self.ui.tree.currentItem())):
            self.rename_selected()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _renames_in_place(item: QTreeWidgetItem | None) -> bool:
        return item is not None and item.data(0, KIND_ROLE) != CHANNELS and item.text(0) == item.data(0, NAME_ROLE)

    # -- reading the store ------------------------------------------------------------

    @Slot(str)
    def _on_changed(self, topic: str) -> None:
        if topic in ("catalog", "database"):
            self._refresh_timer.start()
        elif topic in ("entries", "rates", "settings", "imports"):
            if self.isVisible():
                self.figures.show_selection(self.selected())
            else:
                self._figures_stale = True  # recomputed when the page is shown, not on every save

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._figures_stale:
            self._figures_stale = False
            self.figures.show_selection(self.selected())

    @Slot()
    def refresh(self) -> None:
        """Rebuild the tree from the store, keeping selection, collapsed units and scroll position."""
        selected = self._pending_selection or self.selected()
        self._pending_selection = None
        collapsed = {item.data(0, ID_ROLE) for item in self._items() if not item.isExpanded() and item.childCount()}
        scroll = self.ui.tree.verticalScrollBar().value()
        store = self.context.store
        show_archived = self.ui.showArchivedCheck.isChecked()
        units = catalog_queries.list_units(store)
        programs = catalog_queries.list_programs(store)
        channels = catalog_queries.list_channels(store)
        book = catalog_names.NameBook(store)
        self._populating = True
        tree = self.ui.tree
        tree.setUpdatesEnabled(False)
        try:
            tree.clear()
            by_parent: dict[str | None, list[BusinessUnit]] = {}
            known = {unit.id for unit in units}
            for unit in units:
                by_parent.setdefault(unit.parent_id if unit.parent_id in known else None, []).append(unit)
            by_unit: dict[str, list[Program]] = {}
            for program in programs:
                by_unit.setdefault(program.business_unit_id, []).append(program)

            def add_units(parent_item, parent_id, inside_archived: bool) -> None:
                for unit in by_parent.get(parent_id, []):
                    if unit.archived and not show_archived:
                        continue
                    greyed = unit.archived or inside_archived
                    item = self._make_item(UNIT, unit.id, unit.name, book.shown(unit.id, unit.name), "",
                                           unit.archived, greyed)
                    (parent_item.addChild if parent_item else tree.addTopLevelItem)(item)
                    for program in by_unit.get(unit.id, []):
                        if program.archived and not show_archived:
                            continue
                        item.addChild(self._make_item(
                            PROGRAM, program.id, program.name, book.shown(program.id, program.name),
                            status_label(program.status), program.archived, greyed or program.archived))
                    add_units(item, unit.id, greyed)

            add_units(None, None, False)
            if channels:
                tree.addTopLevelItem(self._channels_heading(channels, book))
            tree.expandAll()
            for item in self._items():
                if item.data(0, ID_ROLE) in collapsed:
                    item.setExpanded(False)
        finally:
            tree.setUpdatesEnabled(True)
            self._populating = False
        self.ui.treeStack.setCurrentWidget(self.ui.tree if units or channels else self.ui.treeEmptyLabel)
        if selected is not None and not self.select(*selected):
            tree.setCurrentItem(None)
        tree.verticalScrollBar().setValue(scroll)
        self._selection_changed()

    def _items(self) -> list[QTreeWidgetItem]:
        """Every item of the tree, depth first."""
        found, pending = [], [self.ui.tree.topLevelItem(i) for i in range(self.ui.tree.topLevelItemCount())]
        while pending:
            item = pending.pop()
            found.append(item)
            pending.extend(item.child(i) for i in range(item.childCount()))
        return found

    def _channels_heading(self, channels, book: catalog_names.NameBook) -> QTreeWidgetItem:
        """"Channels", below the units, with one row per channel."""
        heading = QTreeWidgetItem([self.tr("Channels"), ""])
        heading.setData(0, KIND_ROLE, CHANNELS)
        heading.setData(0, ID_ROLE, CHANNELS)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        font = heading.font(0)
        font.setBold(True)
        heading.setFont(0, font)
        heading.setToolTip(0, self.tr("The platforms and routes money and time come in through"))
        for channel in channels:
            heading.addChild(self._make_item(CHANNEL, channel.id, channel.name, book.shown(channel.id, channel.name),
                                             "", False, False))
        return heading

    def _make_item(self, kind: str, row_id: str, name: str, shown: str, status: str, archived: bool,
                   greyed: bool) -> QTreeWidgetItem:
        """One row showing ``shown`` (the name in the interface language); ``greyed`` also
        covers what sits inside an archived unit."""
        item = QTreeWidgetItem([shown, self.tr("Archived") if archived else status])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, row_id)
        item.setData(0, NAME_ROLE, name)
        item.setData(0, ARCHIVED_ROLE, archived)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        font = item.font(0)
        font.setBold(kind == UNIT)
        font.setItalic(greyed)
        for column in (0, 1):
            item.setFont(column, font)
        if greyed:
            grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            for column in (0, 1):
                item.setForeground(column, grey)
            item.setToolTip(0, self.tr("Archived (or inside an archived unit): kept for past reports, "
                                       "hidden from pickers"))
        elif kind == PROGRAM:
            item.setToolTip(0, self.tr("Program. F2 renames it, Enter edits its details."))
        elif kind == CHANNEL:
            item.setToolTip(0, self.tr("Channel. F2 renames it, Enter edits its details."))
        else:
            item.setToolTip(0, self.tr("Business unit. F2 renames it, Enter edits its details."))
        return item

    # -- selection --------------------------------------------------------------------

    def selected(self) -> tuple[str, str] | None:
        item = self.ui.tree.currentItem()
        if item is None:
            return None
        return item.data(0, KIND_ROLE), item.data(0, ID_ROLE)

    def select(self, kind: str, row_id: str) -> bool:
        """Make the item for ``(kind, row_id)`` current; False when it is not shown."""
        for item in self._items():
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == row_id:
                self.ui.tree.setCurrentItem(item)
                return True
        return False

    @Slot()
    def _selection_changed(self, *_args) -> None:
        selected = self.selected()
        ui = self.ui
        a_row = selected is not None and selected[0] != CHANNELS
        for button in (ui.renameButton, ui.editButton, ui.archiveButton):
            button.setEnabled(a_row)
        ui.addProgramButton.setEnabled(any(item.data(0, KIND_ROLE) == UNIT for item in self._top_items()))
        archived = a_row and bool(ui.tree.currentItem().data(0, ARCHIVED_ROLE))
        if a_row and selected[0] == CHANNEL:
            ui.archiveButton.setText(self.tr("Remove"))
            ui.archiveButton.setToolTip(self.tr("Remove the selected channel (only while no entry uses it)"))
        else:
            ui.archiveButton.setText(self.tr("Unarchive") if archived else self.tr("Archive"))
            ui.archiveButton.setToolTip(self.tr("Archive the selected item: it stays in reports of past periods "
                                                "but leaves pickers"))
        self.figures.show_selection(selected)

    def _top_items(self) -> list[QTreeWidgetItem]:
        return [self.ui.tree.topLevelItem(i) for i in range(self.ui.tree.topLevelItemCount())]

    def _selected_unit_id(self) -> str | None:
        selected = self.selected()
        if selected is None or selected[0] in (CHANNEL, CHANNELS):
            return None
        kind, row_id = selected
        if kind == UNIT:
            return row_id
        try:
            return catalog_queries.get_program(self.context.store, row_id).business_unit_id
        except ImpactError:
            return None

    # -- changes ----------------------------------------------------------------------

    def report_error(self, message: str) -> None:
        """Show a refused change above the tree until the next successful one."""
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setVisible(bool(message))

    def _record(self, text: str, change: Change) -> object:
        """Record a change a service operation has just made as one undo step; its result.
        A refused one raised before, so it reaches the dialog or :meth:`report_error`."""
        result = record(self.context, text, change)
        self.report_error("")
        return result

    @Slot()
    def new_business_unit(self) -> None:
        selected = self.selected()
        parent_id = selected[1] if selected and selected[0] == UNIT else None

        def save(values: dict) -> None:
            change = catalog_changes.add_unit(self.context.store, values)
            self._select_later(UNIT, self._record(self.tr("Add business unit “%1”").replace("%1", values["name"]),
                                                  change))

        open_tracked(self, BusinessUnitDialog(self.context, save, parent_id=parent_id, parent=self.window()))

    @Slot()
    def new_program(self) -> None:
        def save(values: dict) -> None:
            change = catalog_changes.add_program(self.context.store, values)
            self._select_later(PROGRAM, self._record(self.tr("Add program “%1”").replace("%1", values["name"]),
                                                     change))

        open_tracked(self, ProgramDialog(self.context, save, unit_id=self._selected_unit_id(), parent=self.window()))

    def _select_later(self, kind: str, row_id: str) -> None:
        """Select a row just added once the tree shows it (the refresh is queued by the change)."""
        self._pending_selection = (kind, row_id)
        self._refresh_timer.start()

    @Slot()
    def new_channel(self) -> None:
        def save(values: dict) -> None:
            change = catalog_changes.add_channel(self.context.store, values)
            self._select_later(CHANNEL, self._record(self.tr("Add channel “%1”").replace("%1", values["name"]),
                                                     change))

        open_tracked(self, ChannelDialog(self.context, save, parent=self.window()))

    @Slot()
    def rename_selected(self) -> None:
        item = self.ui.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) == CHANNELS:
            return
        if not self._renames_in_place(item):
            self.edit_selected()  # shown by another of its names: the dialog shows them all
            return
        self.ui.tree.setFocus()
        self.ui.tree.editItem(item, 0)

    @Slot(QTreeWidgetItem, int)
    def _item_renamed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._populating or column != 0:
            return
        kind, row_id, old = item.data(0, KIND_ROLE), item.data(0, ID_ROLE), item.data(0, NAME_ROLE)
        new = item.text(0)
        if new == old:
            return
        try:
            change = catalog_changes.rename(self.context.store, kind, row_id, new)
            self._record(self.tr("Rename “%1” to “%2”").replace("%1", old).replace("%2", new.strip()), change)
        except ImpactError as exc:
            self.report_error(str(exc))
            self._refresh_timer.start()

    @Slot()
    def edit_selected(self) -> None:
        selected = self.selected()
        if selected is None or selected[0] == CHANNELS:
            return
        kind, row_id = selected
        store = self.context.store
        try:
            if kind == UNIT:
                dialog_class, extra = BusinessUnitDialog, {"unit": catalog_queries.get_unit(store, row_id)}
            elif kind == PROGRAM:
                dialog_class, extra = ProgramDialog, {"program": catalog_queries.get_program(store, row_id)}
            else:
                dialog_class, extra = ChannelDialog, {"channel": catalog_queries.get_channel(store, row_id)}
        except ImpactError as exc:
            self.report_error(str(exc))
            return

        def save(values: dict) -> None:
            """One undoable change of the values and other names that differ (none: nothing to undo)."""
            change = catalog_changes.edit(self.context.store, kind, row_id, values)
            if change is not None:
                self._record(self.tr("Edit “%1”").replace("%1", values["name"]), change)

        open_tracked(self, dialog_class(self.context, save, parent=self.window(), **extra))

    def _remove_channel(self, row_id: str) -> None:
        store = self.context.store
        try:
            channel = catalog_queries.get_channel(store, row_id)
            self._record(self.tr("Remove channel “%1”").replace("%1", channel.name),
                         catalog_changes.remove_channel(store, row_id))
        except ImpactError as exc:
            self.report_error(str(exc))

    @Slot()
    def toggle_archived(self) -> None:
        selected = self.selected()
        if selected is None or selected[0] == CHANNELS:
            return
        kind, row_id = selected
        if kind == CHANNEL:
            self._remove_channel(row_id)
            return
        store = self.context.store
        try:
            row = (catalog_queries.get_unit if kind == UNIT else catalog_queries.get_program)(store, row_id)
            archive = not row.archived
            text = self.tr("Archive “%1”") if archive else self.tr("Unarchive “%1”")
            self._record(text.replace("%1", row.name), catalog_changes.set_archived(store, kind, row_id, archive))
        except ImpactError as exc:
            self.report_error(str(exc))

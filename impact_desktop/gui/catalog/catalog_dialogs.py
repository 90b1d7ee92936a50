"""Dialogs that create or edit a business unit, a program or a channel
(``ui/business_unit_dialog.ui``, ``ui/program_dialog.ui``, ``ui/channel_dialog.ui``).

They only read and check the fields; the page that opens them makes the undoable change
in its ``save`` callback, so a refused save (a name already used) keeps the dialog open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from impact_desktop.core import names
from impact_desktop.core.catalog import CAUSE_AREAS, BusinessUnit, Channel, Program, ProgramStatus, clean_name
from impact_desktop.core.errors import ValidationError, ValueParseError
from impact_desktop.core.periods import PeriodKind, parse_period
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.editor_dialog import EditorDialog, combo_data, select_data
from impact_desktop.gui.common.undo import record
from impact_desktop.gui.generated.ui_business_unit_dialog import Ui_BusinessUnitDialog
from impact_desktop.gui.generated.ui_channel_dialog import Ui_ChannelDialog
from impact_desktop.gui.generated.ui_program_dialog import Ui_ProgramDialog
from impact_desktop.services import catalog_changes, catalog_names, catalog_queries

INDENT = "\u2003"  # an em space per level shows nesting in a flat list


def status_label(status: ProgramStatus) -> str:
    labels = {
        ProgramStatus.PLANNED: QCoreApplication.translate("Catalog", "Planned"),
        ProgramStatus.ACTIVE: QCoreApplication.translate("Catalog", "Active"),
        ProgramStatus.COMPLETED: QCoreApplication.translate("Catalog", "Completed"),
        ProgramStatus.ARCHIVED: QCoreApplication.translate("Catalog", "Archived"),
    }
    return labels[ProgramStatus(status)]


def fill_unit_combo(combo: QComboBox, units: list[BusinessUnit], *, exclude: set[str] = frozenset(),
                    keep: str | None = None, book: catalog_names.NameBook | None = None) -> None:
    """Units as an indented tree; archived ones only when ``keep`` is one of them. Named by
    ``book`` (in the interface language), else by their main names."""
    book = book or catalog_names.NameBook()
    by_parent: dict[str | None, list[BusinessUnit]] = {}
    known = {unit.id for unit in units}
    for unit in units:
        parent = unit.parent_id if unit.parent_id in known else None
        by_parent.setdefault(parent, []).append(unit)

    def add(parent: str | None, depth: int) -> None:
        for unit in catalog_names.in_name_order(by_parent.get(parent, []), book):
            if unit.id in exclude:
                continue
            if not unit.archived or unit.id == keep:
                combo.addItem(INDENT * depth + book.shown(unit.id, unit.name), unit.id)
            add(unit.id, depth + 1)

    add(None, 0)


def parse_optional_day(text: str, what: str, field: str) -> str | None:
    """'' → None; a single day in any usual spelling → ISO date; anything else is refused."""
    if not text.strip():
        return None
    try:
        period = parse_period(text)
    except ValueParseError as exc:
        raise ValidationError(f"{what}: {exc}", field) from None  # what: already translated
    if period.kind != PeriodKind.DAY:
        message = QCoreApplication.translate("Catalog", "%1: give a single day such as 2017-04-01, not %2.")
        raise ValidationError(message.replace("%1", what).replace("%2", text.strip()), field)
    return period.start.isoformat()


class BusinessUnitDialog(EditorDialog):
    """Name, parent unit and description of a business unit."""

    def __init__(self, context: AppContext, save: Callable[[dict], None], unit: BusinessUnit | None = None,
                 parent_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BusinessUnitDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit business unit") if unit else self.tr("New business unit"))
        store = context.store
        exclude = catalog_queries.nested_unit_ids(store, unit.id) if unit else set()
        self.ui.parentCombo.addItem(self.tr("(none: a top-level unit)"), None)
        current_parent = unit.parent_id if unit else parent_id
        fill_unit_combo(self.ui.parentCombo, catalog_queries.list_units(store), exclude=exclude,
                        keep=current_parent, book=catalog_names.NameBook(store))
        select_data(self.ui.parentCombo, current_parent)
        if unit:
            self.ui.nameEdit.setText(unit.name)
            self.ui.descriptionEdit.setPlainText(unit.description)
        self.ui.aliasesEdit.setText("; ".join(catalog_names.names_of(store, names.BUSINESS_UNIT,
                                                                     unit.id if unit else None)))
        self.field_widgets = {"name": self.ui.nameEdit, "parent": self.ui.parentCombo,
                              "description": self.ui.descriptionEdit, "alternative_names": self.ui.aliasesEdit}
        self.setup_editor(self.ui.buttonBox, self.ui.errorLabel, save)

    def read_values(self) -> dict:
        return {
            "name": clean_name(self.ui.nameEdit.text(), "business unit"),
            "parent_id": combo_data(self.ui.parentCombo),
            "description": self.ui.descriptionEdit.toPlainText().strip(),
            "alternative_names": catalog_names.split_names(self.ui.aliasesEdit.text()),
        }


class ProgramDialog(EditorDialog):
    """Every detail of a program: unit, cause area, geography, dates, status, description."""

    def __init__(self, context: AppContext, save: Callable[[dict], None], program: Program | None = None,
                 unit_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ProgramDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit program") if program else self.tr("New program"))
        store = context.store
        chosen_unit = program.business_unit_id if program else unit_id
        fill_unit_combo(self.ui.unitCombo, catalog_queries.list_units(store), keep=chosen_unit,
                        book=catalog_names.NameBook(store))
        select_data(self.ui.unitCombo, chosen_unit)
        self.ui.causeCombo.addItem("", "")
        for area in CAUSE_AREAS:
            self.ui.causeCombo.addItem(QCoreApplication.translate("CauseArea", area), area)
        statuses = [ProgramStatus.PLANNED, ProgramStatus.ACTIVE, ProgramStatus.COMPLETED]
        if program and program.status == ProgramStatus.ARCHIVED:
            statuses.append(ProgramStatus.ARCHIVED)
        for status in statuses:
            self.ui.statusCombo.addItem(status_label(status), status.value)
        select_data(self.ui.statusCombo, (program.status if program else ProgramStatus.ACTIVE).value)
        if program:
            self.ui.nameEdit.setText(program.name)
            index = self.ui.causeCombo.findData(program.cause_area)
            if index >= 0:
                self.ui.causeCombo.setCurrentIndex(index)
            else:
                self.ui.causeCombo.setEditText(program.cause_area)
            self.ui.geographyEdit.setText(program.geography)
            self.ui.startEdit.setText(program.start_date or "")
            self.ui.endEdit.setText(program.end_date or "")
            self.ui.descriptionEdit.setPlainText(program.description)
        self.ui.aliasesEdit.setText("; ".join(catalog_names.names_of(store, names.PROGRAM,
                                                                     program.id if program else None)))
        self.field_widgets = {"alternative_names": self.ui.aliasesEdit,
            "name": self.ui.nameEdit, "business_unit": self.ui.unitCombo, "cause_area": self.ui.causeCombo,
            "geography": self.ui.geographyEdit, "start_date": self.ui.startEdit, "end_date": self.ui.endEdit,
            "status": self.ui.statusCombo, "description": self.ui.descriptionEdit,
        }
        self.setup_editor(self.ui.buttonBox, self.ui.errorLabel, save)
        self.ui.causeCombo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._context = context
        self.ui.newUnitButton.clicked.connect(self._new_unit)
        if self.ui.unitCombo.count() == 0:  # nothing to choose from: say where a unit comes from
            self.ui.unitCombo.setPlaceholderText(self.tr("No business unit yet: create one with New…"))

    def _new_unit(self) -> None:
        """Create the business unit right here (an empty list is never a dead end)."""
        self.unit_dialog = new_unit(self._context, self, self._unit_created)

    def _unit_created(self, unit_id: str) -> None:
        combo = self.ui.unitCombo
        combo.clear()
        fill_unit_combo(combo, catalog_queries.list_units(self._context.store), keep=unit_id,
                        book=catalog_names.NameBook(self._context.store))
        select_data(combo, unit_id)

    def _cause_area(self) -> str:
        text = " ".join(self.ui.causeCombo.currentText().split())
        index = self.ui.causeCombo.findText(text)
        return self.ui.causeCombo.itemData(index) if index >= 0 else text

    def read_values(self) -> dict:
        name = clean_name(self.ui.nameEdit.text(), "program")
        unit_id = combo_data(self.ui.unitCombo)
        if not unit_id:
            raise ValidationError(self.tr(
                "Choose the business unit that runs this program (create one first if the list is empty)."),
                "business_unit")
        start = parse_optional_day(self.ui.startEdit.text(), self.tr("Start date"), "start_date")
        end = parse_optional_day(self.ui.endEdit.text(), self.tr("End date"), "end_date")
        if start and end and end < start:
            raise ValidationError(self.tr("The program ends (%1) before it starts (%2).").replace("%1", end)
                                  .replace("%2", start), "end_date")
        return {
            "business_unit_id": unit_id, "name": name, "cause_area": self._cause_area(),
            "geography": " ".join(self.ui.geographyEdit.text().split()), "start_date": start, "end_date": end,
            "status": ProgramStatus(combo_data(self.ui.statusCombo)),
            "description": self.ui.descriptionEdit.toPlainText().strip(),
            "alternative_names": catalog_names.split_names(self.ui.aliasesEdit.text()),
        }


def new_unit(context: AppContext, parent: QWidget, created: Callable[[str], None]) -> BusinessUnitDialog:
    """Open the business-unit dialog; ``created(unit_id)`` after it was saved (one undoable change)."""

    def save(values: dict) -> None:
        change = catalog_changes.add_unit(context.store, values)
        created(record(context, QCoreApplication.translate("InlineCatalog", "Add business unit “%1”").replace(
            "%1", values["name"]), change))

    dialog = BusinessUnitDialog(context, save, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ChannelDialog(EditorDialog):
    """Name, other names and description of a channel (a platform money and time come in through)."""

    def __init__(self, context: AppContext, save: Callable[[dict], None], channel: Channel | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ChannelDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit channel") if channel else self.tr("New channel"))
        if channel:
            self.ui.nameEdit.setText(channel.name)
            self.ui.descriptionEdit.setPlainText(channel.description)
        self.ui.aliasesEdit.setText("; ".join(catalog_names.names_of(context.store, names.CHANNEL,
                                                                     channel.id if channel else None)))
        self.field_widgets = {"name": self.ui.nameEdit, "alternative_names": self.ui.aliasesEdit,
                              "description": self.ui.descriptionEdit}
        self.setup_editor(self.ui.buttonBox, self.ui.errorLabel, save)

    def read_values(self) -> dict:
        return {
            "name": clean_name(self.ui.nameEdit.text(), "channel"),
            "description": self.ui.descriptionEdit.toPlainText().strip(),
            "alternative_names": catalog_names.split_names(self.ui.aliasesEdit.text()),
        }

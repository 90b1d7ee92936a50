"""The logic shared by the entry dialog and the quick-entry panel.

Both forms name their widgets alike (``programCombo``, ``metricCombo``, ``valueEdit``,
``unitLabel``, ``currencyCombo``, ``periodEdit``, optional ``periodHint``, ``channelCombo``,
``inputTypeCombo``, ``motivationCombo``, ``fundingCombo``, ``noteEdit`` and optional
``<field>Error`` labels); this controller fills them from the catalogue, validates on
every keystroke through ``core.entries.build_entry`` and marks each faulty field.

Signals:
    validityChanged(bool): the form became valid or invalid.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget

from impact_desktop.core.amounts import parse_amount
from impact_desktop.core.b4si import FUNDING_SOURCE_LABELS, INPUT_TYPE_LABELS, MOTIVATION_LABELS
from impact_desktop.core.entries import EntryDraft, FieldErrors, build_entry
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.metrics import Metric, unit_display_name
from impact_desktop.core.money import CURRENCY_DIGITS
from impact_desktop.core.name_order import name_order_key
from impact_desktop.core.number_format import exact
from impact_desktop.core.periods import parse_period
from impact_desktop.gui.catalog.inline_catalog import new_program
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.status_colours import ERROR, status_colour
from impact_desktop.services import entry_choices
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.settings_ops import load_settings


def invalid_style() -> str:
    """The style sheet that outlines a field holding a mistake, in the current theme's error colour
    (a fixed dark red hardly stood out from a dark field)."""
    colour = status_colour(ERROR, role=QPalette.ColorRole.Base).name()
    return f'QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid {colour}; }}'


_COMMON_CURRENCIES = ("CNY", "USD", "HKD", "EUR", "GBP", "JPY")
#: build_entry's field name → (widget attribute, error label attribute).
_FIELDS = {
    "program": ("programCombo", "programError"), "metric": ("metricCombo", "metricError"),
    "value": ("valueEdit", "valueError"), "currency": ("currencyCombo", "currencyError"),
    "period": ("periodEdit", "periodError"), "input_type": ("inputTypeCombo", "inputTypeError"),
    "motivation": ("motivationCombo", "motivationError"), "funding_source": ("fundingCombo", "fundingError"),
}


#: Every "Unit › Program" a program answers to (any of the unit's names with any of the
#: program's), one a line: what typed text and the completer match besides the shown label.
NAMES_ROLE = Qt.ItemDataRole.UserRole + 1


def program_label(unit: str, program: str) -> str:
    return f"{unit} › {program}"


def _program_labels(book: NameBook, unit, program) -> list[str]:
    """The label shown in the interface language first, then every other pairing of names."""
    shown = program_label(book.shown(unit.id, unit.name), book.shown(program.id, program.name))
    others = [program_label(unit_name, program_name) for unit_name in book.names(unit.id, unit.name)
              for program_name in book.names(program.id, program.name)]
    return [shown, *(label for label in others if label != shown)]


class _NamesCompleter(QCompleter):
    """Matches what is typed against every name of a program (``NAMES_ROLE``) but puts the
    shown label in the field: "Ant Forest" finds 蚂蚁金服 › 蚂蚁森林 in a Chinese interface."""

    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt override)
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class EntryFormController(QObject):
    validityChanged = Signal(bool)

    def __init__(self, context: AppContext, ui, parent: QObject | None = None, *, quiet_while_typing: bool = False):
        super().__init__(parent)
        self.context = context
        self.ui = ui
        #: Quick entry: a field's problem shows once the user leaves it (or saves), not at its first characters.
        self.quiet_while_typing = quiet_while_typing
        self._metrics: dict[str, Metric] = {}
        self._archived: dict[str, str] = {}  # every name of an archived program, casefolded → its label
        self._book = NameBook()
        self._errors: dict[str, str] = {}
        self.draft: EntryDraft | None = None
        self._touched: set[str] = set()
        self._tooltips: dict[str, str] = {}
        self.reload_choices()
        ui.programCombo.currentTextChanged.connect(lambda _text: self._changed("program"))
        ui.metricCombo.currentIndexChanged.connect(self._metric_changed)
        ui.valueEdit.textChanged.connect(self._value_typed)
        ui.currencyCombo.currentTextChanged.connect(lambda _text: self._changed("currency"))
        ui.periodEdit.textChanged.connect(lambda _text: self._changed("period"))
        for name in ("channelCombo", "inputTypeCombo", "motivationCombo", "fundingCombo"):
            widget = getattr(ui, name, None)
            if widget is not None:
                widget.currentIndexChanged.connect(lambda _i: self.validate())
        ui.noteEdit.textChanged.connect(lambda _text: self.validate())
        # An editable combo box keeps the focus itself and hands its line edit the key and focus events.
        self._watched = {ui.programCombo: "program", ui.programCombo.lineEdit(): "program", ui.valueEdit: "value",
                         ui.periodEdit: "period"}
        for widget in self._watched:
            if widget is not None:
                widget.installEventFilter(self)
        button = getattr(ui, "newProgramButton", None)
        if button is not None:
            button.clicked.connect(self.create_program)
        self.program_dialog = None
        self._metric_changed()

    # -- choices ------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Fill the pickers from the open database (after catalogue changes, too)."""
        store = self.context.store
        ui = self.ui
        chosen_program, chosen_metric = self.program_id(), ui.metricCombo.currentData()
        self._book = book = NameBook(store)  # names in the interface language; either name can be typed
        units = {unit.id: unit for unit in entry_choices.business_units(store, include_archived=False)}
        # By unit, then program, in the interface language's order (菜鸟 before 高德 before 天猫 in pinyin;
        # lower-cased code points put 天猫 first and 阿里巴巴 after 蚂蚁)
        chosen = [p for p in entry_choices.programs(store, include_archived=False) if p.business_unit_id in units]
        chosen.sort(key=lambda p: (name_order_key(book.shown(p.business_unit_id, units[p.business_unit_id].name)),
                                   name_order_key(book.shown(p.id, p.name))))
        labels = [(_program_labels(book, units[p.business_unit_id], p), p.id) for p in chosen]
        # Archived programs (or in an archived unit) are not offered; typed by name, they are named as such
        all_units = {unit.id: unit for unit in entry_choices.business_units(store)}
        offered = {program_id for _names, program_id in labels}
        self._archived = {
            name.casefold(): names[0]
            for p in entry_choices.programs(store) if p.id not in offered and p.business_unit_id in all_units
            for names in [_program_labels(book, all_units[p.business_unit_id], p)]
            for name in (*names, *book.names(p.id, p.name))}
        _refill(ui.programCombo, [(names[0], program_id) for names, program_id in labels], chosen_program)
        for index, (names, _program_id) in enumerate(labels):
            ui.programCombo.setItemData(index, "\n".join(names), NAMES_ROLE)
        completer = _NamesCompleter(ui.programCombo.model(), ui.programCombo)
        completer.setCompletionRole(NAMES_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.programCombo.setCompleter(completer)
        if ui.programCombo.lineEdit() is not None:
            ui.programCombo.lineEdit().setPlaceholderText(self.tr("Business unit › Program"))
        self._metrics = {metric.key: metric for metric in entry_choices.metrics(store)}
        _refill(ui.metricCombo, [(book.metric(m), m.key) for m in self._metrics.values()], chosen_metric)
        settings = load_settings(store)
        self._reporting_currency = settings.reporting_currency
        self._fiscal_start = settings.fiscal_start_month
        currencies = sorted({*_COMMON_CURRENCIES, *CURRENCY_DIGITS, settings.reporting_currency})
        _refill(ui.currencyCombo, [(code, code) for code in currencies],
                ui.currencyCombo.currentText() or settings.reporting_currency)
        channel = getattr(ui, "channelCombo", None)
        if channel is not None:
            _refill(channel, [(self.tr("(none)"), None)]
                    + [(book.shown(c.id, c.name), c.id) for c in entry_choices.channels(store)], channel.currentData())
        for name, labels in (("inputTypeCombo", INPUT_TYPE_LABELS), ("motivationCombo", MOTIVATION_LABELS),
                             ("fundingCombo", FUNDING_SOURCE_LABELS)):
            combo = getattr(ui, name, None)
            if combo is not None and combo.count() == 0:
                combo.addItem(self.tr("(not classified)"), None)
                for member, label in labels.items():
                    combo.addItem(QCoreApplication.translate("B4SI", label), member.value)

    def _add_archived_program(self, program_id: str) -> int:
        store = self.context.store
        try:
            program, unit = entry_choices.program_and_unit(store, program_id)
        except ImpactError:
            return -1
        combo = self.ui.programCombo
        names = _program_labels(self._book, unit, program)
        combo.addItem(names[0] + self.tr(" (archived)"), program.id)
        combo.setItemData(combo.count() - 1, "\n".join(names), NAMES_ROLE)
        return combo.count() - 1

    def program_id(self) -> str | None:
        """The chosen program: the text is one of the listed programs, or matches exactly one of them."""
        index = self._program_index()
        return self.ui.programCombo.itemData(index) if index >= 0 else None

    def _program_index(self) -> int:
        """The listed program the text names: exactly, or as the only one containing it (what Tab accepts),
        by the label shown or by any other of its names."""
        combo = self.ui.programCombo
        text = combo.currentText()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 or not text.strip():
            return index
        wanted = " ".join(text.split()).casefold()
        labels = [[combo.itemText(i).casefold(), *str(combo.itemData(i, NAMES_ROLE) or "").casefold().split("\n")]
                  for i in range(combo.count())]
        exact = [i for i, names in enumerate(labels) if wanted in names]
        if exact:
            return exact[0] if len(exact) == 1 else -1
        matches = [i for i, names in enumerate(labels) if any(wanted in name for name in names)]
        return matches[0] if len(matches) == 1 else -1

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """Leaving the program field completes a single match; leaving a field shows its problems."""
        kind = event.type()
        tab = kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if (tab or kind == QEvent.Type.FocusOut) and watched in self._watched:
            field = self._watched[watched]
            if field == "program":
                self._accept_single_match()
            if (watched.currentText() if watched is self.ui.programCombo else watched.text()).strip():
                self._touched.add(field)
                self.validate()
        return False

    def _accept_single_match(self) -> None:
        """Tab (or leaving the field) accepts the only program the typed text matches."""
        index = self._program_index()
        combo = self.ui.programCombo
        if index >= 0 and combo.currentText() != combo.itemText(index):
            completer = combo.completer()
            if completer is not None and completer.popup().isVisible():
                completer.popup().hide()
            combo.setCurrentIndex(index)

    def create_program(self) -> None:
        """The "New…" button: create a program (and its unit) and choose it."""
        combo = self.ui.programCombo
        typed = combo.currentText().strip() if self._program_index() < 0 else ""
        self.program_dialog = new_program(self.context, self.parent(), self._program_created, typed)

    def _program_created(self, program_id: str) -> None:
        self.reload_choices()
        combo = self.ui.programCombo
        combo.setCurrentIndex(combo.findData(program_id))
        self._touched.add("program")
        self.validate()

    def metric(self) -> Metric | None:
        return self._metrics.get(self.ui.metricCombo.currentData())

    # -- reacting to the user -------------------------------------------------------------

    def _metric_changed(self) -> None:
        metric = self.metric()
        if metric is None:
            return
        money = metric.is_money
        self.ui.unitLabel.setText("" if money else unit_display_name(metric))  # 小时, not "hours", in Chinese
        self.ui.unitLabel.setVisible(not money)
        self.ui.currencyCombo.setVisible(money)
        for name, default in (("inputTypeCombo", metric.default_input_type),
                              ("motivationCombo", metric.default_motivation),
                              ("fundingCombo", metric.default_funding_source)):
            combo = getattr(self.ui, name, None)
            if combo is not None:
                combo.setCurrentIndex(max(0, combo.findData(default.value if default else None)))
        self._changed("metric")

    def _value_typed(self, text: str) -> None:
        try:
            amount = parse_amount(text) if text.strip() else None
        except ImpactError:
            amount = None
        named = amount.currency if amount else None
        if named and self.metric() and self.metric().is_money:
            self.ui.currencyCombo.setCurrentText(named)
        hint: QLabel | None = getattr(self.ui, "valueHint", None)
        if hint is not None:  # 1.2万 → "Understood as 12,000", as the period field does
            shown = amount is not None and exact(amount.value) != text.strip()
            hint.setText(self.tr("Understood as %1").replace("%1", exact(amount.value)) if shown else "")
            hint.setVisible(shown)
        self._changed("value")

    def _changed(self, field: str) -> None:
        widget = {"program": self.ui.programCombo, "value": self.ui.valueEdit,
                  "period": self.ui.periodEdit}.get(field)
        typing = widget is not None and (widget.hasFocus() or (field == "program" and widget.lineEdit().hasFocus()))
        if not (self.quiet_while_typing and typing):
            self._touched.add(field)
        self.validate()

    def forget(self, *fields: str) -> None:
        """Treat fields as not typed in yet (after a save cleared them)."""
        self._touched.difference_update(fields)
        self.validate()

    def touch_all(self) -> None:
        """Show every problem, not just those of the fields already typed in."""
        self._touched.update(_FIELDS)
        self.validate()

    # -- validation -----------------------------------------------------------------------

    def validate(self) -> EntryDraft | None:
        ui = self.ui
        metric = self.metric()
        self._update_period_hint()
        errors: dict[str, str] = {}
        self.draft = None
        if metric is None:
            errors["metric"] = self.tr("Choose a metric.")
        else:
            try:
                self.draft = build_entry(
                    metric, program_id=self.program_id(), value=ui.valueEdit.text(), period=ui.periodEdit.text(),
                    currency=ui.currencyCombo.currentText() if metric.is_money else None,
                    channel_id=_data(ui, "channelCombo"), input_type=_data(ui, "inputTypeCombo"),
                    motivation=_data(ui, "motivationCombo"), funding_source=_data(ui, "fundingCombo"),
                    note=ui.noteEdit.text(), default_currency=self._reporting_currency,
                    fiscal_start_month=self._fiscal_start,
                )
            except FieldErrors as exc:
                errors = dict(exc.errors)
        if not ui.valueEdit.text().strip():
            errors["value"] = self.tr("Type a value.")
        archived = self._archived.get(" ".join(ui.programCombo.currentText().split()).casefold()) \
            if "program" in errors else None
        if archived:
            errors["program"] = self.tr("%1 is archived: bring it back under Business units & programs to add "
                                        "figures to it.").replace("%1", archived)
        if errors:
            self.draft = None
        self._errors = errors
        self._show_errors()
        self.validityChanged.emit(self.draft is not None)
        return self.draft

    @property
    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    def visible_errors(self) -> dict[str, str]:
        """Problems of fields the user has already touched (others wait, unshouted)."""
        return {name: text for name, text in self._errors.items() if name in self._touched}

    def _show_errors(self) -> None:
        shown = self.visible_errors()
        for name, (widget_name, label_name) in _FIELDS.items():
            widget: QWidget | None = getattr(self.ui, widget_name, None)
            label: QLabel | None = getattr(self.ui, label_name, None)
            message = shown.get(name)
            if widget is not None and bool(widget.property("invalid")) != bool(message):
                widget.setProperty("invalid", bool(message))
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            if widget is not None:
                original = self._tooltips.setdefault(widget_name, widget.toolTip())
                widget.setToolTip(message or original)
            if label is not None:
                label.setText(message or "")
                label.setVisible(bool(message))

    def _update_period_hint(self) -> None:
        hint: QLabel | None = getattr(self.ui, "periodHint", None)
        if hint is None:
            return
        text = self.ui.periodEdit.text().strip()
        try:
            period = parse_period(text, self._fiscal_start) if text else None
        except ImpactError:
            period = None
        hint.setVisible(period is not None)
        if period is None:
            hint.setText("")
            return
        span = period.start.isoformat() if period.start == period.end else \
            f"{period.start.isoformat()} – {period.end.isoformat()}"
        understood = (self.tr("Understood as %1 (%2): in the future") if period.start > dt.date.today() else
                      self.tr("Understood as %1 (%2)"))
        hint.setText(understood.replace("%1", period.label(self._fiscal_start)).replace("%2", span))

    # -- filling the form ----------------------------------------------------------------

    def set_draft(self, draft: EntryDraft) -> None:
        """Show a stored entry's values for editing or duplicating."""
        ui = self.ui
        ui.metricCombo.setCurrentIndex(max(0, ui.metricCombo.findData(draft.metric_key)))
        index = ui.programCombo.findData(draft.program_id)
        if index < 0:  # an archived program is not offered for new entries, but its entries stay editable
            index = self._add_archived_program(draft.program_id)
        ui.programCombo.setCurrentIndex(index)
        ui.valueEdit.setText(f"{draft.value:,}" if draft.value >= 1000 else str(draft.value))
        if draft.currency:
            ui.currencyCombo.setCurrentText(draft.currency)
        ui.periodEdit.setText(draft.period.label(self._fiscal_start))
        for name, value in (("channelCombo", draft.channel_id),
                            ("inputTypeCombo", draft.input_type.value if draft.input_type else None),
                            ("motivationCombo", draft.motivation.value if draft.motivation else None),
                            ("fundingCombo", draft.funding_source.value if draft.funding_source else None)):
            combo = getattr(ui, name, None)
            if combo is not None:
                combo.setCurrentIndex(max(0, combo.findData(value)))
        ui.noteEdit.setText(draft.note)
        self.touch_all()


def _data(ui, name: str):
    combo: QComboBox | None = getattr(ui, name, None)
    return combo.currentData() if combo is not None else None


def _refill(combo: QComboBox, items: list[tuple[str, object]], keep: object) -> None:
    """Replace a combo's items without emitting a storm of change signals."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(keep) if keep is not None else -1
    if index < 0 and isinstance(keep, str):
        index = combo.findText(keep)
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() and not combo.isEditable() else -1))
    combo.blockSignals(False)

"""The quick-entry panel: type value after value without opening a dialog.

Program, metric and period stay after each save and the focus returns to the value, so
a column of figures from a paper form goes in with digits and Enter only. A period that
starts after today (2030-01 typed for 2020-01) is saved only on a second Enter, once per
period, the first one saying so. In a narrow
window the note and the Add button move to a second row, so that no field shrinks below
what it has to show ("P…" for Period).

Signals:
    saved(str): an entry was stored (its id).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.metrics import unit_display_name
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.formatting import format_value
from impact_desktop.gui.common.status_colours import ERROR, SUCCESS, status_colour
from impact_desktop.gui.entries import entry_commands
from impact_desktop.gui.entries.entry_form import EntryFormController, invalid_style
from impact_desktop.gui.generated.ui_quick_entry import Ui_QuickEntryPanel


class QuickEntryPanel(QFrame):
    saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._message_kind: str | None = None
        self._painted = False  # changeEvent repaints only once the widgets exist
        self.ui = Ui_QuickEntryPanel()
        self.ui.setupUi(self)
        self._painted = True
        self._paint()
        self.form = EntryFormController(context, self.ui, self, quiet_while_typing=True)
        self.form.validityChanged.connect(self._validity_changed)
        self._future_confirmed: tuple[str, str] | None = None  # a future period the user saved into anyway
        self.ui.addButton.clicked.connect(self.save)
        for edit in (self.ui.valueEdit, self.ui.periodEdit, self.ui.noteEdit):
            edit.returnPressed.connect(self.save)
        self._second_row = QHBoxLayout()
        self.ui.quickLayout.insertLayout(1, self._second_row)
        # The page decides the width; the panel then wraps to fit it (its one-row minimum
        # would otherwise widen the whole window).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, self.sizePolicy().verticalPolicy())
        self.setMinimumWidth(0)
        self._fit_fields()
        self.form.validate()

    # -- a layout that never cuts a field ---------------------------------------------------

    def _fit_fields(self) -> None:
        """Each line edit at least as wide as its placeholder (and, for the period, "2018-Q1")."""
        for edit, sample in ((self.ui.periodEdit, "2018-Q1"), (self.ui.valueEdit, "1,250,000"),
                             (self.ui.noteEdit, "")):
            metrics = edit.fontMetrics()
            text = max((edit.placeholderText(), sample), key=metrics.horizontalAdvance)
            edit.setMinimumWidth(metrics.horizontalAdvance(text) + 24)

    def _one_row_width(self) -> int:
        """The width every field needs side by side, at its minimum."""
        row = self.ui.fieldsRow
        widgets = [row.itemAt(i).widget() for i in range(row.count())]
        widgets += [self._second_row.itemAt(i).widget() for i in range(self._second_row.count())]
        shown = [widget for widget in widgets if widget is not None and not widget.isHidden()]
        # What the layout itself allows each widget: its minimum width if set, else its hint.
        needed = sum(w.minimumWidth() or w.minimumSizeHint().width() for w in shown)
        margins = self.ui.quickLayout.contentsMargins()
        return needed + row.spacing() * (len(shown) - 1) + margins.left() + margins.right()

    def _arrange(self) -> None:
        wrapped = self._second_row.count() > 0
        wrap = self.width() < self._one_row_width()
        if wrap == wrapped:
            return
        source, target = (self.ui.fieldsRow, self._second_row) if wrap else (self._second_row, self.ui.fieldsRow)
        for widget in (self.ui.noteEdit, self.ui.addButton):
            source.removeWidget(widget)
            target.addWidget(widget, 1 if widget is self.ui.noteEdit else 0)
        self.ui.fieldsRow.setStretchFactor(self.ui.noteEdit, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange()

    def wrapped(self) -> bool:
        """True while the note and Add sit on a second row."""
        return self._second_row.count() > 0

    # -- colours that follow the theme ------------------------------------------------------

    def _show_message(self, text: str, kind: str | None = None) -> None:
        """``text`` under the fields, in the theme's ink for ``kind`` (an error, a save) or plain."""
        self._message_kind = kind
        self.ui.messageLabel.setText(text)
        self._paint()

    def _paint(self) -> bool:
        """Colour the message and the invalid-field outline from the current palette; False if
        nothing changed (setting a sheet again re-polishes, and comes back to changeEvent)."""
        changed = False
        kind = self._message_kind
        sheets = ((self.ui.messageLabel, f"color: {status_colour(kind).name()};" if kind else ""),
                  (self, invalid_style()))
        for widget, sheet in sheets:
            if widget.styleSheet() != sheet:
                widget.setStyleSheet(sheet)
                changed = True
        return changed

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        # A theme switched while the panel is open: theme.apply_theme re-polishes widgets with a
        # sheet of their own, which reaches us as a palette or style change.
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange,
                            QEvent.Type.StyleChange) and self._painted:
            self._paint()

    def reload(self) -> None:
        self.form.reload_choices()
        self.form.validate()

    def _validity_changed(self, valid: bool) -> None:
        self.ui.addButton.setEnabled(valid)
        problems = self.form.visible_errors()
        if problems:
            self._show_message(" ".join(problems.values()), ERROR)
        elif not self.ui.messageLabel.property("keep"):
            self._show_message(self.tr("Pick a program, a metric and a period, then type values and "
                                       "press Enter after each one."))
        self.ui.messageLabel.setProperty("keep", False)

    def save(self) -> None:
        draft = self.form.validate()
        if draft is None:
            self.form.touch_all()
            return
        if draft.period.start > dt.date.today() and draft.period.iso != self._future_confirmed:
            self._future_confirmed = draft.period.iso  # the next Enter saves it
            self._show_message(self.tr("%1 is in the future: press Enter again to save it there.")
                               .replace("%1", draft.period.label()), ERROR)
            self.ui.messageLabel.setProperty("keep", True)
            return
        try:
            entry_id = entry_commands.add_entry(self.context, draft)
        except ImpactError as exc:
            self._show_message(str(exc), ERROR)
            return
        metric = self.form.metric()
        shown = format_value(draft.value, unit_display_name(metric) if metric else "", draft.currency)
        self.ui.valueEdit.clear()
        self.ui.noteEdit.clear()
        self.form.forget("value")
        self._show_message(self.tr("Saved %1 for %2 (Ctrl+Z undoes).")
                           .replace("%1", shown).replace("%2", draft.period.label()), SUCCESS)
        self.ui.messageLabel.setProperty("keep", True)
        self.ui.valueEdit.setFocus()
        self.saved.emit(entry_id)

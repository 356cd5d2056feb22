"""The editor of one agenda item: every field the organisers fill in.

A field is saved when the moderator leaves it (Enter, Tab, a click
elsewhere) or picks a value, as one undo step through the panel's `run`.
Only a value that differs from the one shown is saved, so visiting a field
changes nothing, and an undo that brings back another value is not undone
again by the field it shows in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from workshop_app.models import AgendaFormat, AgendaItem, ForumDay
from workshop_app.models.schedule import Why, conflict_graph, parse_slot, slot_of
from workshop_app.services import Changes
from workshop_app.services.agenda_ops import MAX_DURATION
from workshop_app.ui.labels import format_label
from workshop_app.ui.panels.base import chain_tab_order

Run = Callable[..., Changes | None]
_NO_DAY = ""


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that says when the moderator leaves it; Tab moves
    on to the next field (a line break is Enter).

    Signals:
        left(): focus left the field.
    """

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class ChoiceBox(QComboBox):
    """A list of choices whose choice counts once made: a pick from the open
    list at once; arrows, letters or the wheel on the closed box when the
    moderator presses Enter or leaves it, so browsing is one change.

    Signals:
        chosen(): the choice was made (it may be the one already held).
    """

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._browsing = self._pending = False
        self.activated.connect(self._activated)

    def _activated(self, _index: int) -> None:
        if self._browsing:
            self._pending = True
        else:
            self.chosen.emit()

    def _browse(self, handle: Callable[[], None]) -> None:
        self._browsing = True
        try:
            handle()
        finally:
            self._browsing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._pending:
            self._pending = False
            self.chosen.emit()
        self._browse(lambda: super(ChoiceBox, self).keyPressEvent(event))

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._browse(lambda: super(ChoiceBox, self).wheelEvent(event))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._pending:
            self._pending = False
            self.chosen.emit()


class DurationBox(QSpinBox):
    """Minutes of a session, 1..`MAX_DURATION` as the service allows. A
    number typed outside that range is not cut or put back silently: it is
    said (`typed_out_of_range`) and the box shows the value held again.

    Signals:
        typed_out_of_range(int): the number the moderator typed and confirmed.
    """

    typed_out_of_range = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(1, MAX_DURATION)

    def _typed(self) -> int | None:
        """The number typed when it lies outside the range, else None."""
        text = self.lineEdit().text().removesuffix(self.suffix()).strip()
        if not text.isdigit() or len(text) > 9:
            return None
        value = int(text)
        return None if self.minimum() <= value <= self.maximum() else value

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Any whole number may be typed (Intermediate), so that 10000 is not
        cut to 1000 while typing; only a number in range is acceptable."""
        digits = text.removesuffix(self.suffix()).strip()
        if digits.isdigit() and len(digits) <= 9 and not (
                self.minimum() <= int(digits) <= self.maximum()):
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def _confirm(self) -> None:
        typed = self._typed()
        if typed is not None:
            self.typed_out_of_range.emit(typed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._confirm()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._confirm()
        super().focusOutEvent(event)


class ItemEditor(QGroupBox):
    """Edits the item shown (`show_item`); `run(op, **fields)` is the panel's
    way to the service (`session.run_by`)."""

    def __init__(self, run: Run, edit: Callable[..., Changes], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agenda item"), parent)
        self._run, self._edit = run, edit
        self.item: AgendaItem | None = None
        self.title_edit = QLineEdit()
        # Read-only: whether the item came from last year's workshop.
        self.carried = QCheckBox(self.tr("from the previous edition"))
        self.carried.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.carried.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.format_box = ChoiceBox()
        for fmt in AgendaFormat:
            self.format_box.addItem(format_label(fmt), fmt.value)
        self.duration = DurationBox()
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.lead_edit = QLineEdit()
        self.lead_edit.setPlaceholderText(self.tr("a sector or an organisation"))
        self.speakers_edit = QLineEdit()
        self.speakers_edit.setPlaceholderText(self.tr("names separated by commas or semicolons"))
        self.day_box = ChoiceBox()
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.room_box = QComboBox()
        self.room_box.setEditable(True)
        self.rationale_edit = CommitTextEdit()
        self.notes_edit = CommitTextEdit()
        self.conflicts = QListWidget()
        self.conflicts.setAccessibleName(self.tr("Must not run at the same time as"))
        self.conflicts.setWordWrap(True)
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for box in (self.format_box, self.day_box, self.room_box):
            # The editor narrows with the window; a long name is cut in the box.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        self._lay_out()
        self._connect()
        self.show_item(None, [], [], ())

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        when = QHBoxLayout()
        when.addWidget(self.day_box, 1)
        when.addWidget(self.time_edit)
        for text, widget in (
                (self.tr("T&itle"), self.title_edit), (self.tr("F&ormat"), self.format_box),
                (self.tr("D&uration"), self.duration), (self.tr("&Lead"), self.lead_edit),
                (self.tr("Spea&kers, partners"), self.speakers_edit),
                (self.tr("&Day and start"), when), (self.tr("&Room"), self.room_box),
                (self.tr("R&ationale"), self.rationale_edit), (self.tr("&Notes"), self.notes_edit),
                (self.tr("Conflicts &with"), self.conflicts)):
            label = QLabel(text)
            label.setBuddy(widget if isinstance(widget, QWidget) else self.day_box)
            form.addRow(label, widget)
            if widget is self.title_edit:
                form.addRow("", self.carried)
        self.rationale_edit.setMinimumHeight(64)
        self.rationale_edit.setMaximumHeight(220)
        self.notes_edit.setMaximumHeight(90)
        self.notes_edit.setMinimumHeight(50)
        self.conflicts.setMinimumHeight(70)
        order = [self.title_edit, self.format_box, self.duration, self.lead_edit,
                 self.speakers_edit, self.day_box, self.time_edit, self.room_box,
                 self.rationale_edit, self.notes_edit, self.conflicts]
        chain_tab_order(order)

    def _connect(self) -> None:
        for edit, name in ((self.title_edit, "title"), (self.lead_edit, "lead"),
                           (self.speakers_edit, "speakers")):
            edit.editingFinished.connect(lambda e=edit, n=name: self._save(n, e.text(), e))
        for text_edit, name in ((self.rationale_edit, "rationale"), (self.notes_edit, "notes")):
            text_edit.left.connect(lambda e=text_edit, n=name: self._save(n, e.toPlainText(), e))
        self.format_box.chosen.connect(
            lambda: self._save("format", AgendaFormat(self.format_box.currentData())))
        self.duration.editingFinished.connect(lambda: self._save("duration_minutes",
                                                                 self.duration.value()))
        # Out of range: the service refuses it and says the allowed range.
        self.duration.typed_out_of_range.connect(lambda value: self._save("duration_minutes", value))
        self.day_box.chosen.connect(lambda: self._save("slot", self._slot()))
        self.time_edit.editingFinished.connect(lambda: self._save("slot", self._slot()))
        self.room_box.activated.connect(lambda _i: self._save("track", self.room_box.currentText()))
        line = self.room_box.lineEdit()
        if line is not None:
            line.editingFinished.connect(lambda: self._save("track", self.room_box.currentText()))
        self.conflicts.itemChanged.connect(lambda _item: self._save("conflicts", self._marked()))

    # -- showing ---------------------------------------------------------------------

    def show_item(self, item: AgendaItem | None, agenda: Sequence[AgendaItem],
                  days: Sequence[ForumDay], rooms: Sequence[str]) -> None:
        """Show `item` (None: nothing selected, the fields disabled)."""
        same = item is not None and self.item is not None and item.id == self.item.id
        self.item = item
        for widget in self._fields():
            widget.setEnabled(item is not None)
        shown = item or AgendaItem(id="", title="")
        self._show_text(self.title_edit, shown.title, same)
        self._show_text(self.lead_edit, shown.lead, same)
        self._show_text(self.speakers_edit, shown.speakers, same)
        self._show_text(self.rationale_edit, shown.rationale, same)
        self._show_text(self.notes_edit, shown.notes, same)
        self.carried.setChecked(shown.carried_over)
        _quietly(self.format_box, lambda: self.format_box.setCurrentIndex(
            self.format_box.findData(shown.format.value)))
        if not (same and self.duration.hasFocus()):
            _quietly(self.duration, lambda: self.duration.setValue(shown.duration_minutes))
        self._show_when(shown, days)
        self._show_rooms(shown, rooms, same)
        self._show_conflicts(shown, agenda)

    def _fields(self) -> list[QWidget]:
        return [self.title_edit, self.format_box, self.duration, self.lead_edit,
                self.speakers_edit, self.day_box, self.time_edit, self.room_box,
                self.rationale_edit, self.notes_edit, self.conflicts]

    @staticmethod
    def _show_text(edit: QLineEdit | QPlainTextEdit, text: str, same: bool) -> None:
        """Set a field's text unless the moderator has typed in it (a field
        merely visited shows what an undo brought back)."""
        if isinstance(edit, QLineEdit):
            if same and edit.hasFocus() and edit.isModified():
                return
            if edit.text() != text:
                edit.setText(text)
                edit.setCursorPosition(0)
            edit.setModified(False)
            return
        document = edit.document()
        if same and edit.hasFocus() and document.isModified():
            return
        if edit.toPlainText() != text:
            edit.setPlainText(text)
        document.setModified(False)

    def _show_when(self, item: AgendaItem, days: Sequence[ForumDay]) -> None:
        parsed = parse_slot(item.slot)
        dates = [d.date for d in days]
        if parsed is not None and parsed[0] not in dates:
            dates.append(parsed[0])  # a day outside the frame is shown, never hidden
        box = self.day_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("no time yet"), _NO_DAY)
        for date in dates:
            box.addItem(_day_name(date), date)
            box.setItemData(box.count() - 1, date, Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(box.findData(parsed[0]) if parsed else 0)
        box.blockSignals(False)
        if not self.time_edit.hasFocus():
            start = parsed[1] if parsed else 9 * 60
            self.time_edit.setTime(QTime(start // 60, start % 60))
        self.time_edit.setEnabled(parsed is not None)  # a start needs a day

    def _show_rooms(self, item: AgendaItem, rooms: Sequence[str], same: bool) -> None:
        if same and self.room_box.hasFocus():
            return
        names = list(rooms)
        if item.track and item.track not in names:
            names.append(item.track)
        box = self.room_box
        box.blockSignals(True)
        box.clear()
        box.addItem("")
        box.addItems(names)
        box.setCurrentIndex(box.findText(item.track) if item.track else 0)
        box.blockSignals(False)

    def _show_conflicts(self, item: AgendaItem, agenda: Sequence[AgendaItem]) -> None:
        """Every other item: ticked when marked by hand on this item; marked
        on the other item, or conflicting by lead or speaker, shown ticked
        and greyed with the reason."""
        graph = conflict_graph(agenda) if item.id else None
        self.conflicts.blockSignals(True)
        self.conflicts.clear()
        for other in agenda:
            if other.id == item.id or not item.id:
                continue
            why = graph.edges[item.id, other.id]["why"] if graph is not None and graph.has_edge(
                item.id, other.id) else None
            entry = QListWidgetItem(other.title)
            entry.setData(Qt.ItemDataRole.UserRole, other.id)
            own = other.id in item.conflicts
            reason = self._reason(why, own)
            if reason:
                entry.setText(f"{other.title} — {reason}")
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = own or why is not None
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.conflicts.addItem(entry)
        self.conflicts.blockSignals(False)

    def _reason(self, why: Why | None, own: bool) -> str:
        if why is Why.LEAD:
            return self.tr("the same lead")
        if why is Why.SPEAKER:
            return self.tr("a shared speaker")
        if why is Why.MARKED and not own:
            return self.tr("marked on that item")
        return ""

    # -- saving ----------------------------------------------------------------------

    def _slot(self) -> str:
        date = self.day_box.currentData()
        if not date:
            return ""
        time = self.time_edit.time()
        return slot_of(str(date), time.hour() * 60 + time.minute())

    def _marked(self) -> list[str]:
        """The hand marks the list now says: the ticked items one can tick,
        and the item's own marks the list shows greyed (kept as they are)."""
        tickable = {}
        for row in range(self.conflicts.count()):
            entry = self.conflicts.item(row)
            if entry.flags() & Qt.ItemFlag.ItemIsEnabled:
                tickable[str(entry.data(Qt.ItemDataRole.UserRole))] = (
                    entry.checkState() == Qt.CheckState.Checked)
        own = self.item.conflicts if self.item is not None else ()
        return [c for c in own if c not in tickable] + [i for i, on in tickable.items() if on]

    def _save(self, name: str, value: Any, field: QLineEdit | QPlainTextEdit | None = None) -> None:
        """Save one field if it differs from what the item holds. A text
        field counts as untouched once saved, so an undo shows in it."""
        item = self.item
        if item is None:
            return
        current = getattr(item, name)
        if (set(current) == set(value)) if name == "conflicts" else current == value:
            return
        if isinstance(field, QLineEdit):
            field.setModified(False)
        elif field is not None:
            field.document().setModified(False)
        self._run(self._edit, item_id=item.id, **{name: value})


def _day_name(date: str) -> str:
    """"czw. 20.05" in the interface's language: short, so that it fits the
    box beside the start at 1280×800 (the full date is the item's tooltip)."""
    day = QDate.fromString(date, "yyyy-MM-dd")
    if not day.isValid():
        return date
    locale = QLocale()
    return f"{locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)} {day.toString('dd.MM')}"


def _quietly(widget: QWidget, change: Callable[[], object]) -> None:
    widget.blockSignals(True)
    change()
    widget.blockSignals(False)

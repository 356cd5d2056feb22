"""Set up: workshop details, roster, objectives and the agenda of phases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.imports import ImportFailure, read_roster
from workshop_app.messages import import_failure
from workshop_app.models import Objective, Participant, Phase, Sector
from workshop_app.services import Changes, NewParticipant
from workshop_app.ui.delegates import ChoiceDelegate
from workshop_app.ui.file_chooser import choose_file
from workshop_app.ui.labels import phase_label, sector_label
from workshop_app.ui.models import Column, ListTableModel
from workshop_app.ui.panels.base import PhasePanel, make_table
from workshop_app.ui.session import Refusal, WorkshopSession

_DATE_FORMAT = "yyyy-MM-dd"
_NO_DATE = QDate(2000, 1, 1)


class _DateEdit(QDateEdit):
    """A date field that shows "not set" for no date and takes a typed date
    from there: the first digit starts from today's date with the year
    selected (the special text has no sections to type into)."""

    _advanced = False  # the last digit filled its part and moved to the next

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text in ("-", ".", "/") and self._advanced:
            # "2027-03-15": Qt moved on after the year's fourth digit already;
            # the dash the moderator types then must not skip the month.
            self._advanced = False
            return
        if self.date() == self.minimumDate() and text.isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.YearSection)
            self.setSelectedSection(QDateEdit.Section.YearSection)
        section = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSection() != section


class SetupPanel(PhasePanel):
    """Edit the workshop's details, roster, objectives and phase plan.

    Every edit is one undo step through the session.
    """

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Set up"),
                         self.tr("Who takes part, what the workshop is about, and its plan."),
                         parent)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self._build_details()
        self._build_tables()
        top = QHBoxLayout()
        top.addWidget(self.details, 1)
        top.addWidget(_boxed(self.tr("Plan of the workshop"), self.plan_view), 1)
        self.body.addLayout(top)
        self.body.addWidget(self.notice)
        bottom = QHBoxLayout()
        bottom.addWidget(_boxed(self.tr("Participants"), self.roster_view, self._roster_buttons()), 3)
        bottom.addWidget(_boxed(self.tr("Strategic objectives"), self.objectives_view,
                                self._objective_buttons()), 2)
        self.body.addLayout(bottom, 1)
        session.refused.connect(self._on_refused)

    # -- construction ----------------------------------------------------------------

    def _build_details(self) -> None:
        self.details = QGroupBox(self.tr("Workshop"))
        form = QFormLayout(self.details)
        self.title_edit = QLineEdit()
        self.date_edit = _DateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(_DATE_FORMAT)
        # No date yet is shown as such (the lowest date stands for it), never
        # as today's date that the file does not hold.
        self.date_edit.setMinimumDate(_NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("not set"))
        calendar = self.date_edit.calendarWidget()
        if calendar is not None:
            calendar.installEventFilter(self)
        self.place_edit = QLineEdit()
        self.theme_edit = QLineEdit()
        self.moderators_edit = QLineEdit()
        self.moderators_edit.setPlaceholderText(self.tr("names separated by commas"))
        self.anonymous_box = QCheckBox(self.tr("Hide authors on the shared screen"))
        for label, widget in ((self.tr("Title"), self.title_edit), (self.tr("Date"), self.date_edit),
                              (self.tr("Place"), self.place_edit), (self.tr("Theme"), self.theme_edit),
                              (self.tr("Moderators"), self.moderators_edit),
                              (self.tr("Anonymity"), self.anonymous_box)):
            form.addRow(label, widget)
        for edit, field in ((self.title_edit, "title"), (self.place_edit, "place"),
                            (self.theme_edit, "theme")):
            edit.editingFinished.connect(lambda e=edit, f=field: self._save(**{f: e.text()}))
        self.moderators_edit.editingFinished.connect(lambda: self._save(
            moderators=[m.strip() for m in self.moderators_edit.text().split(",") if m.strip()]))
        self.date_edit.editingFinished.connect(lambda: self._save(date=self._date_text()))
        self.anonymous_box.toggled.connect(lambda on: self._save(anonymous=on))

    def _build_tables(self) -> None:
        run, service = self.session.run, self.service
        self.roster = ListTableModel[Participant]([
            Column(self.tr("Name"), lambda p: p.name,
                   setter=lambda p, v: run(service.update_participant, participant_id=p.id, name=v)),
            Column(self.tr("Organisation"), lambda p: p.organisation,
                   setter=lambda p, v: run(service.update_participant, participant_id=p.id,
                                          organisation=v)),
            Column(self.tr("Municipality"), lambda p: p.municipality,
                   setter=lambda p, v: run(service.update_participant, participant_id=p.id,
                                          municipality=v)),
            Column(self.tr("Sector"), lambda p: sector_label(p.sector), edit_value=lambda p: p.sector,
                   setter=lambda p, v: run(service.update_participant, participant_id=p.id,
                                          sector=Sector(v))),
        ], self)
        self.objectives = ListTableModel[Objective]([
            Column(self.tr("Code"), lambda o: o.code,
                   setter=lambda o, v: run(service.update_objective, objective_id=o.id, code=v)),
            Column(self.tr("Objective"), lambda o: o.title,
                   setter=lambda o, v: run(service.update_objective, objective_id=o.id, title=v)),
        ], self)
        self.plan = ListTableModel[Phase]([
            Column(self.tr("Phase"), lambda p: phase_label(p.kind)),
            Column(self.tr("Activity"), lambda p: p.title),
            Column(self.tr("Minutes"), lambda p: p.planned_minutes,
                   setter=lambda p, v: run(service.set_phase_minutes, position=p.position,
                                          minutes=int(v))),
        ], self)
        self.roster_view = _editable(make_table(self.roster, stretch=1, widths={0: 170, 2: 110, 3: 150}))
        self.roster_view.setItemDelegateForColumn(3, ChoiceDelegate(list(Sector), sector_label, self))
        self.objectives_view = _editable(make_table(self.objectives, stretch=1))
        self.plan_view = _editable(make_table(self.plan, stretch=1))

    def _roster_buttons(self) -> list[QPushButton]:
        add = QPushButton(self.tr("Add participant"))
        add.clicked.connect(self._add_participant)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.session.run(
            self.service.delete_participants, participant_ids=_selected(self.roster_view, self.roster)))
        self.import_roster_button = QPushButton(self.tr("Import from CSV…"))
        self.import_roster_button.clicked.connect(self._choose_roster)
        return [add, remove, self.import_roster_button]

    def _choose_roster(self) -> None:
        path = choose_file(
            self, self.tr("Import participants"), str(self.session.path.parent),
            self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if path:
            self.import_roster(Path(path))

    def import_roster(self, path: Path) -> int:
        """Add every participant of a roster file as one undo step."""
        try:
            result = read_roster(path)
        except ImportFailure as error:
            self.notice.setText(import_failure(error))
            return 0
        rows = [NewParticipant(name=p.name, organisation=p.organisation,
                               municipality=p.municipality, sector=p.sector or Sector.OTHER)
                for p in result.participants]
        if rows:
            self.session.run(self.service.add_participants, participants=rows)
        self.notice.setText(self.tr("Imported %n participant(s).", "", len(rows)))
        return len(rows)

    def _objective_buttons(self) -> list[QPushButton]:
        add = QPushButton(self.tr("Add objective"))
        add.clicked.connect(self._add_objective)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.session.run(
            self.service.delete_objectives,
            objective_ids=_selected(self.objectives_view, self.objectives)))
        return [add, remove]

    # -- behaviour -------------------------------------------------------------------

    def refresh(self) -> None:
        self._show_details()
        self.roster.set_rows(self.service.participants())
        self.objectives.set_rows(self.service.objectives())
        self.plan.set_rows(self.service.phases())

    def _show_details(self) -> None:
        workshop = self.service.workshop()
        for edit, value in ((self.title_edit, workshop.title), (self.place_edit, workshop.place),
                            (self.theme_edit, workshop.theme),
                            (self.moderators_edit, ", ".join(workshop.moderators))):
            if not edit.hasFocus():
                edit.setText(value)
                edit.setCursorPosition(0)
        date = QDate.fromString(workshop.date, _DATE_FORMAT)
        self.date_edit.setDate(date if date.isValid() and date > _NO_DATE else _NO_DATE)
        self.anonymous_box.blockSignals(True)
        self.anonymous_box.setChecked(workshop.anonymous)
        self.anonymous_box.blockSignals(False)

    def apply(self, changes: Changes) -> None:
        # The details form shows what the moderator typed already; re-setting
        # it after its own save would move the cursor of the next field.
        if changes.workshop and changes.initiator is not self:
            self._show_details()
        if changes.participants:
            self.roster.set_rows(self.service.participants())
        if changes.objectives:
            self.objectives.set_rows(self.service.objectives())
        if changes.phases:
            self.plan.set_rows(self.service.phases())

    def _save(self, **fields: Any) -> None:
        if self.session.run_by(self, self.service.update_workshop, **fields) is None:
            self._show_details()  # refused: show what the file holds; `_on_refused` says why
            return
        self.notice.setText("")

    def _date_text(self) -> str:
        date = self.date_edit.date()
        return "" if date == _NO_DATE else date.toString(_DATE_FORMAT)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The calendar of a workshop with no date opens on today's month."""
        if event.type() == QEvent.Type.Show and self.date_edit.date() == _NO_DATE:
            today = QDate.currentDate()
            calendar = self.date_edit.calendarWidget()
            if calendar is not None:
                calendar.setCurrentPage(today.year(), today.month())
        return False

    def _on_refused(self, refused: Refusal) -> None:
        if refused.initiator is self:
            self.notice.setText(refused.message)

    def _add_participant(self) -> None:
        if self.session.run(self.service.add_participant, participant=NewParticipant()):
            _edit_last_row(self.roster_view)

    def _add_objective(self) -> None:
        if self.session.run(self.service.add_objective, title=self.tr("New objective")):
            _edit_last_row(self.objectives_view)


def _edit_last_row(view: QTableView) -> None:
    """Edit the new (last) row from its first column. It becomes the current
    row, so Tab walks along it rather than from wherever the cursor was."""
    model = view.model()
    index = model.index(model.rowCount() - 1, 0)
    view.setCurrentIndex(index)
    view.scrollTo(index)
    view.edit(index)


def _selected(view: QTableView, model: ListTableModel[Any]) -> list[str]:
    """Ids of the selected rows."""
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [model.row_object(r).id for r in rows]


def _editable(view: QTableView) -> QTableView:
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    return view


def _boxed(title: str, widget: QWidget, buttons: list[QPushButton] | None = None) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    if buttons:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
    return box


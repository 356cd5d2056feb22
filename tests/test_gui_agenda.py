"""The agenda builder as the moderator uses it: topics added from a round's
results or the groups, the order changed from the keyboard or by a drop,
fields edited and undone, the automatic schedule with what did not fit
listed, and refusals said where the moderator looks."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workshop_app.models import AgendaFormat, AgendaItem, PhaseKind
from workshop_app.services import FrameDay, NewIdea, WorkshopService
from workshop_app.ui.frame_dialog import FrameDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.panels.agenda import EXPORT_BUTTONS, AgendaPanel

from .conftest import shown_window, type_text

pytestmark = pytest.mark.usefixtures("polish")


def agenda_window(qtbot: QtBot, service: WorkshopService) -> tuple[MainWindow, AgendaPanel]:
    window = shown_window(qtbot, service)
    assert isinstance(window, MainWindow)
    window.resize(1920, 1080)
    window.show_phase(PhaseKind.AGENDA)
    panel = window.panels[PhaseKind.AGENDA]
    assert isinstance(panel, AgendaPanel)
    return window, panel


@pytest.fixture
def demo(qtbot: QtBot, demo_service: WorkshopService) -> tuple[MainWindow, AgendaPanel]:
    return agenda_window(qtbot, demo_service)


def titles(service: WorkshopService) -> list[str]:
    return [item.title for item in service.agenda()]


def select(panel: AgendaPanel, row: int) -> AgendaItem:
    """Select the agenda's `row`; its item as the editor shows it."""
    panel.list.select_ids([panel.model.row_object(row).id])
    item = panel.current_item()
    assert item is not None and panel.editor.item == item
    return item


def in_the_list(qtbot: QtBot, panel: AgendaPanel, row: int) -> None:
    """The keyboard in the agenda list, on `row`."""
    select(panel, row)
    focus(qtbot, panel.list)


def editing(qtbot: QtBot, panel: AgendaPanel, field: str) -> tuple[AgendaItem, Any]:
    """The first item in the editor, the keyboard in its `field`."""
    item = select(panel, 0)
    widget = getattr(panel.editor, field)
    focus(qtbot, widget)
    return item, widget


def focus(qtbot: QtBot, widget: object) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]


def test_a_topic_from_the_round_s_results_is_added_with_enter_and_its_ideas_as_rationale(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    window, panel = demo
    box = panel.candidates
    latest = [r for r in demo_service.rounds() if r.status.value == "closed"][-1]
    assert box.source.currentData() == latest.id  # the newest closed round is offered first
    shown = [box.model.row_object(r) for r in range(box.model.rowCount())]
    assert [c.result.place for c in shown if c.result] == sorted(c.result.place for c in shown
                                                                 if c.result)
    by_sector = box.model.index(0, 4).data()
    assert "samorząd" in by_sector and "nauka" in by_sector and "biznes" in by_sector
    row = next(r for r in range(box.model.rowCount())
               if box.model.index(r, 0).data() == "")  # not on the agenda yet
    candidate = box.model.row_object(row)
    steps = window.session.undo_stack.count()
    focus(qtbot, box.view)
    box.view.setCurrentIndex(box.model.index(row, 2))
    qtbot.keyClick(box.view, Qt.Key.Key_Return)
    added = demo_service.agenda()[-1]
    assert added.title == candidate.title and added.cluster_id == candidate.cluster_id
    members = [i.text for i in demo_service.ideas() if i.cluster_id == candidate.cluster_id]
    assert added.rationale.startswith("• ") and " ".join(members[0].split()) in added.rationale
    assert window.session.undo_stack.count() == steps + 1
    assert box.model.index(row, 0).data() == "✓"
    assert panel.current_item() is not None and panel.current_item().id == added.id
    assert panel.editor.title_edit.text() == candidate.title
    window.undo_action.trigger()
    assert candidate.title not in titles(demo_service)
    assert box.model.index(row, 0).data() == ""


def test_without_a_round_the_groups_are_candidates_added_by_click_double_click_or_typing(
        qtbot: QtBot, service: WorkshopService) -> None:
    service.add_ideas(ideas=[NewIdea(text="Więcej autobusów", cluster_name="Transport"),
                             NewIdea(text="Tramwaj do strefy", cluster_name="Transport"),
                             NewIdea(text="Kursy dla seniorów", cluster_name="Edukacja")])
    _window, panel = agenda_window(qtbot, service)
    box = panel.candidates
    assert box.source.currentText() == "Grupy (bez głosowania)"
    assert [box.model.row_object(r).title for r in range(box.model.rowCount())] == [
        "Transport", "Edukacja"]  # the largest group first
    assert box.view.isColumnHidden(4)  # no points without a round
    box.view.setCurrentIndex(box.model.index(0, 2))
    box.add_button.click()
    assert titles(service) == ["Transport"]
    assert service.agenda()[0].rationale == "• Więcej autobusów\n• Tramwaj do strefy"
    cell = box.view.visualRect(box.model.index(1, 2)).center()
    qtbot.mouseClick(box.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a double-click
    qtbot.mouseDClick(box.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # is two presses
    assert titles(service) == ["Transport", "Edukacja"]
    focus(qtbot, box.typed)
    qtbot.keyClick(box.typed, Qt.Key.Key_Return)  # nothing typed: refused, and said
    assert panel.notice.text() and titles(service) == ["Transport", "Edukacja"]
    type_text(box.typed, "Otwarcie forum")
    qtbot.keyClick(box.typed, Qt.Key.Key_Return)
    assert titles(service) == ["Transport", "Edukacja", "Otwarcie forum"]
    assert box.typed.text() == "" and panel.notice.text() == ""


def test_ctrl_down_and_ctrl_up_move_the_selected_item_one_undo_step_each(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    window, panel = demo
    before = titles(demo_service)
    in_the_list(qtbot, panel, 0)
    steps = window.session.undo_stack.count()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(demo_service) == [before[1], before[2], before[0], before[3]]
    assert panel.list.currentIndex().row() == 2  # the moved item stays selected
    assert panel.model.index(2, 0).data() == "3"  # its number is its new priority
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(demo_service) == [before[1], before[0], before[2], before[3]]
    assert window.session.undo_stack.count() == steps + 3
    window.undo_action.trigger()
    assert titles(demo_service) == [before[1], before[2], before[0], before[3]]


def test_an_item_dropped_between_two_others_lands_there(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    _window, panel = demo
    before = titles(demo_service)
    data = panel.model.mimeData([panel.model.index(3, 0)])
    target = panel.list.visualRect(panel.model.index(1, 1))
    where = QPoint(target.center().x(), target.top() + 2)  # the upper half of row 1
    viewport = panel.list.viewport()
    for event in (QDragEnterEvent(where, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(where, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier),
                  QDropEvent(QPointF(where), Qt.DropAction.MoveAction, data,
                             Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.IgnoreAction  # the view removes no row itself
    assert titles(demo_service) == [before[0], before[3], before[1], before[2]]
    assert panel.model.rowCount() == 4  # the view removed nothing itself


def test_delete_removes_the_selected_item_and_undo_brings_it_back(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    window, panel = demo
    before = titles(demo_service)
    in_the_list(qtbot, panel, 1)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert titles(demo_service) == [before[0], *before[2:]]
    assert panel.current_item() is not None and panel.current_item().title == before[2]
    window.undo_action.trigger()
    assert titles(demo_service) == before


def test_each_edited_field_is_one_undo_step_and_undo_shows_the_old_value(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    window, panel = demo
    item = select(panel, 0)
    editor = panel.editor
    steps = window.session.undo_stack.count()
    focus(qtbot, editor.lead_edit)
    editor.lead_edit.selectAll()
    type_text(editor.lead_edit, "Izba Przemysłowo-Handlowa")
    qtbot.keyClick(editor.lead_edit, Qt.Key.Key_Tab)  # leaving the field saves it
    assert demo_service.get(AgendaItem, item.id).lead == "Izba Przemysłowo-Handlowa"
    assert editor.speakers_edit.hasFocus()  # Tab goes on to the next field
    editor.format_box.setCurrentIndex(editor.format_box.findData(AgendaFormat.KEYNOTE.value))
    editor.format_box.activated.emit(editor.format_box.currentIndex())  # picked from its list
    focus(qtbot, editor.duration)
    editor.duration.setValue(45)
    editor.duration.editingFinished.emit()
    focus(qtbot, editor.notes_edit)
    type_text(editor.notes_edit, "Rzutnik")
    focus(qtbot, editor.title_edit)  # leaving the notes saves them
    edited = demo_service.get(AgendaItem, item.id)
    assert (edited.format, edited.duration_minutes, edited.notes) == (
        AgendaFormat.KEYNOTE, 45, "Rzutnik")
    assert window.session.undo_stack.count() == steps + 4
    assert panel.model.index(0, 3).data() == "45"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert editor.duration.value() == item.duration_minutes
    assert editor.notes_edit.toPlainText() == ""
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert editor.lead_edit.text() == item.lead
    assert demo_service.get(AgendaItem, item.id) == item
    assert window.session.undo_stack.count() == steps + 4  # undone, not new steps


def test_a_day_start_room_and_hand_marked_conflict_are_saved(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    _window, panel = demo
    item = select(panel, 3)
    editor = panel.editor
    editor.day_box.setCurrentIndex(0)  # "no time yet"
    editor.day_box.activated.emit(0)  # picked from its list
    assert demo_service.get(AgendaItem, item.id).slot == ""
    assert "nie ma jeszcze dnia" in " ".join(
        panel.report.item(r).text() for r in range(panel.report.count()))
    editor.day_box.setCurrentIndex(1)
    editor.day_box.activated.emit(1)
    assert demo_service.get(AgendaItem, item.id).slot.startswith("2027-05-20T")
    entry = next(editor.conflicts.item(r) for r in range(editor.conflicts.count())
                 if editor.conflicts.item(r).flags() & Qt.ItemFlag.ItemIsEnabled)
    other = entry.data(Qt.ItemDataRole.UserRole)
    entry.setCheckState(Qt.CheckState.Checked)
    assert demo_service.get(AgendaItem, item.id).conflicts == (other,)
    assert panel.editor.conflicts.item(0).checkState() == Qt.CheckState.Checked or any(
        editor.conflicts.item(r).data(Qt.ItemDataRole.UserRole) == other
        and editor.conflicts.item(r).checkState() == Qt.CheckState.Checked
        for r in range(editor.conflicts.count()))


def test_schedule_automatically_is_one_step_and_lists_what_did_not_fit(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    window, panel = demo
    panel.candidates.typed.setText("Całodzienny hackathon")
    panel.candidates.add_typed()
    long_id = demo_service.agenda()[-1].id
    select(panel, 4)
    focus(qtbot, panel.editor.duration)
    panel.editor.duration.setValue(600)
    panel.editor.duration.editingFinished.emit()
    assert demo_service.get(AgendaItem, long_id).duration_minutes == 600
    steps = window.session.undo_stack.count()
    panel.buttons["schedule"].click()
    assert window.session.undo_stack.count() == steps + 1
    report = [panel.report.item(r).text() for r in range(panel.report.count())]
    assert any("Całodzienny hackathon" in line and "nie zmieścił" in line for line in report)
    assert "4 z 5" in panel.notice.text()
    assert all(item.slot for item in demo_service.agenda() if item.id != long_id)
    window.undo_action.trigger()
    report = [panel.report.item(r).text() for r in range(panel.report.count())]
    assert any("Całodzienny hackathon" in line for line in report)  # still without a time


def test_a_refused_edit_is_said_and_the_field_shows_the_file_again(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    window, panel = demo
    item = select(panel, 0)
    steps = window.session.undo_stack.count()
    focus(qtbot, panel.editor.title_edit)
    panel.editor.title_edit.clear()
    qtbot.keyClick(panel.editor.title_edit, Qt.Key.Key_Return)
    assert panel.notice.text() and panel.notice.isVisible()  # the reason, in the panel...
    assert window.statusBar().currentMessage() == panel.notice.text()  # ...and the status bar
    assert panel.editor.title_edit.text() == item.title
    assert demo_service.get(AgendaItem, item.id).title == item.title
    assert window.session.undo_stack.count() == steps


def test_the_forum_frame_is_set_in_its_dialog_which_stays_open_on_a_refusal(
        qtbot: QtBot, service: WorkshopService, monkeypatch: pytest.MonkeyPatch) -> None:
    window, panel = agenda_window(qtbot, service)
    assert "nie ma jeszcze dni" in panel.frame_label.text()
    seen: list[str] = []

    def fill(dialog: FrameDialog) -> int:
        dialog.add_day()
        dialog.table.item(0, 0).setText("2027-05-20")
        dialog.table.item(0, 3).setText("18:00-18:30")  # after the day's end
        dialog.rooms.setPlainText("Aula\nSala 2")
        dialog.save()
        seen.append(dialog.message.text())
        assert not dialog.result()  # still open
        dialog.table.item(0, 3).setText("10:30-10:45")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(FrameDialog, "exec", fill)
    steps = window.session.undo_stack.count()
    panel.buttons["frame"].click()
    assert seen and seen[0]
    assert [FrameDay(d.date, d.start, d.finish, d.breaks, d.lunch) for d in service.forum_days()] == [
        FrameDay("2027-05-20", "09:00", "17:00", ("10:30-10:45",), "12:30-13:15")]
    assert service.workshop().rooms == ("Aula", "Sala 2")
    assert "Aula, Sala 2" in panel.frame_label.text()
    assert window.session.undo_stack.count() == steps + 1


def test_every_action_is_reachable_with_tab_in_a_sensible_order(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel]) -> None:
    _window, panel = demo
    editor = panel.editor
    select(panel, 1)  # a middle item: it can move up and down
    chain = [panel.candidates.source, panel.candidates.view, panel.candidates.add_button,
             panel.buttons["carry_over"], panel.candidates.typed, panel.list, panel.buttons["up"],
             panel.buttons["down"], panel.buttons["remove"], editor.title_edit, editor.format_box, editor.duration,
             editor.lead_edit, editor.speakers_edit, editor.day_box, editor.time_edit,
             editor.room_box, editor.rationale_edit, editor.notes_edit, editor.conflicts,
             panel.buttons["frame"], panel.buttons["schedule"], panel.report,
             *(panel.buttons[k] for k in EXPORT_BUTTONS)]
    focus(qtbot, chain[0])
    for expected in chain[1:]:
        if QApplication.focusWidget() is editor.time_edit:
            qtbot.keyClick(editor.time_edit, Qt.Key.Key_Tab)  # Tab first goes from hours to minutes
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert expected.hasFocus() or expected.isAncestorOf(QApplication.focusWidget()), (
            expected, QApplication.focusWidget())


def test_undo_while_in_an_untouched_field_shows_the_undone_value_and_leaving_keeps_it(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    _window, panel = demo
    item, _title = editing(qtbot, panel, "title_edit")
    editor = panel.editor
    editor.title_edit.selectAll()
    type_text(editor.title_edit, "Nowy tytuł")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert demo_service.get(AgendaItem, item.id).title == "Nowy tytuł"
    select(panel, 1)
    select(panel, 0)  # shown afresh: the field has no typing of its own now
    focus(qtbot, editor.title_edit)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demo_service.get(AgendaItem, item.id).title == item.title
    assert editor.title_edit.text() == item.title  # the field the moderator is in says so
    focus(qtbot, editor.lead_edit)
    assert demo_service.get(AgendaItem, item.id).title == item.title  # leaving redid nothing


def test_undo_from_the_menu_right_after_saving_a_field_shows_in_that_field(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    window, panel = demo
    item, lead = editing(qtbot, panel, "lead_edit")
    lead.selectAll()
    type_text(lead, "Izba")
    qtbot.keyClick(lead, Qt.Key.Key_Return)  # saved; the cursor stays in the field
    window.undo_action.trigger()  # Edit → Undo
    assert lead.text() == item.lead
    focus(qtbot, panel.editor.title_edit)
    assert demo_service.get(AgendaItem, item.id).lead == item.lead


def test_candidates_follow_new_groups_but_are_not_recomputed_while_another_phase_is_shown(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, panel = demo
    box = panel.candidates
    box.source.setCurrentIndex(box.source.findData("groups"))
    window.show_phase(PhaseKind.GATHER)
    counted: list[int] = []
    real = box.show_source
    monkeypatch.setattr(box, "show_source", lambda: counted.append(1) or real())
    for n in range(3):
        window.session.run(demo_service.add_ideas, ideas=[
            NewIdea(text=f"Pomysł {n}", cluster_name="Nowa grupa")])
    assert counted == []  # typing ideas in Gather costs the agenda nothing
    window.show_phase(PhaseKind.AGENDA)
    assert "Nowa grupa" in [c.title for c in box.model.rows()]
    assert len(counted) == 1


def test_markup_in_rooms_titles_and_leads_is_shown_as_written(
        qtbot: QtBot, service: WorkshopService) -> None:
    from tests.test_gui_markup import MARKUP, rendered_markup

    service.set_frame(days=[FrameDay("2027-05-20", "09:00", "17:00")], rooms=[MARKUP, "Sala B"])
    service.add_agenda_item(title=MARKUP, lead=MARKUP, speakers=MARKUP, track=MARKUP,
                            slot="2027-05-20T09:00")
    service.add_agenda_item(title="Drugi", lead=MARKUP, slot="2027-05-20T09:00", track=MARKUP)
    _window, panel = agenda_window(qtbot, service)
    assert MARKUP in panel.frame_label.text()
    assert any(MARKUP in panel.report.item(r).text() for r in range(panel.report.count()))
    assert rendered_markup() == []


def test_browsing_formats_with_the_arrow_keys_is_one_change_made_on_leaving_the_box(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    window, panel = demo
    item, box = editing(qtbot, panel, "format_box")
    steps = window.session.undo_stack.count()
    for _ in range(3):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.session.undo_stack.count() == steps  # still browsing
    assert demo_service.get(AgendaItem, item.id).format == item.format
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert demo_service.get(AgendaItem, item.id).format.value == box.currentData()
    assert box.currentData() != item.format.value
    assert window.session.undo_stack.count() == steps + 1


def test_schedule_automatically_without_forum_days_asks_for_the_days_first(
        demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    window, panel = demo
    window.session.run(demo_service.set_frame, days=[], rooms=["Sala A"])
    steps = window.session.undo_stack.count()
    panel.buttons["schedule"].click()
    assert "nie ma jeszcze dni" in panel.notice.text()
    assert window.session.undo_stack.count() == steps  # nothing scheduled, nothing to undo

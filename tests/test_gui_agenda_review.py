"""What a tester found in the Agenda view in the real window: a topic added
twice, priorities with gaps, a removed room, durations out of range, old
messages, the frame dialog's refusals, the view at 1280×800 and small
things (buttons, the day box, the carried-over mark)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
)
from pytestqt.qtbot import QtBot

from tests.helpers.pdf import flat, text_of
from workshop_app.exports.pdf_agenda import export_agenda
from workshop_app.models import AgendaItem, PhaseKind
from workshop_app.services import FrameDay, WorkshopService
from workshop_app.ui.carry_over_dialog import CarryOverDialog
from workshop_app.ui.frame_dialog import FrameDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.panels.agenda import AgendaPanel

from .conftest import shown_window
from .helpers.previous import write_last_year
from .test_gui_agenda import agenda_window, focus, in_the_list, select, titles
from .test_gui_carry_over import tick

pytestmark = pytest.mark.usefixtures("polish")


@pytest.fixture
def demo(qtbot: QtBot, demo_service: WorkshopService) -> tuple[MainWindow, AgendaPanel]:
    return agenda_window(qtbot, demo_service)


def test_a_topic_already_on_the_agenda_is_not_added_again_and_the_reason_is_said(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    window, panel = demo
    box = panel.candidates
    row = next(r for r in range(box.model.rowCount()) if box.model.index(r, 0).data() == "")
    candidate = box.model.row_object(row)
    focus(qtbot, box.view)
    box.view.setCurrentIndex(box.model.index(row, 2))
    qtbot.keyClick(box.view, Qt.Key.Key_Return)
    before = titles(demo_service)
    steps = window.session.undo_stack.count()
    qtbot.keyClick(box.view, Qt.Key.Key_Return)  # Enter twice
    box.add_button.click()  # the button on a ✓ row
    assert titles(demo_service) == before
    assert window.session.undo_stack.count() == steps
    assert "już w programie" in panel.notice.text() and candidate.title in panel.notice.text()
    focus(qtbot, box.typed)  # typed again, other case and letters: the carry-over rule
    box.typed.setText("  " + candidate.title.upper() + " ")
    qtbot.keyClick(box.typed, Qt.Key.Key_Return)
    assert titles(demo_service) == before
    assert box.typed.text()  # kept, to be changed


def numbers(panel: AgendaPanel) -> list[str]:
    return [str(panel.model.index(r, 0).data()) for r in range(panel.model.rowCount())]


def test_priorities_stay_1_to_n_after_delete_and_its_undo_and_redo(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    window, panel = demo
    before = titles(demo_service)
    count = len(before)
    assert count >= 3
    in_the_list(qtbot, panel, 2)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)  # item 3
    assert numbers(panel) == [str(n) for n in range(1, count)]
    in_the_list(qtbot, panel, 0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)  # the top priority
    assert numbers(panel)[0] == "1" and numbers(panel) == [str(n) for n in range(1, count - 1)]
    assert [item.position for item in demo_service.agenda()] == list(range(count - 2))
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert titles(demo_service) == before
    assert [item.position for item in demo_service.agenda()] == list(range(count))
    window.redo_action.trigger()
    assert [item.position for item in demo_service.agenda()] == list(range(count - 1))
    assert numbers(panel) == [str(n) for n in range(1, count)]


def test_items_in_a_room_removed_from_the_frame_are_listed_by_the_check_and_marked_in_the_pdf(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _window, panel = demo
    rooms = demo_service.workshop().rooms
    used = [item for item in demo_service.agenda() if item.track == rooms[0]]
    assert used and len(rooms) > 1

    def remove_first_room(dialog: FrameDialog) -> int:
        dialog.rooms.setPlainText("\n".join(rooms[1:]))
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(FrameDialog, "exec", remove_first_room)
    panel.buttons["frame"].click()
    assert demo_service.workshop().rooms == rooms[1:]
    lines = [panel.report.item(r).text() for r in range(panel.report.count())]
    for item in used:
        assert any(item.title in line and rooms[0] in line for line in lines), lines
    assert not any(line.startswith("Wszystko w porządku") for line in lines)
    export_agenda(demo_service, tmp_path / "program.pdf")
    text = flat(text_of(PdfReader(tmp_path / "program.pdf")))
    assert f"{rooms[0]} (nie jest salą forum)" in text


@pytest.mark.parametrize("typed", ["10000", "0"])
def test_a_duration_out_of_range_is_refused_with_the_range_and_nothing_changes(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService,
        typed: str) -> None:
    window, panel = demo
    in_the_list(qtbot, panel, 0)
    item = panel.current_item()
    assert item is not None
    steps = window.session.undo_stack.count()
    box = panel.editor.duration
    assert (box.minimum(), box.maximum()) == (1, 1440)  # as the service allows
    focus(qtbot, box)
    box.selectAll()
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert demo_service.get(AgendaItem, item.id).duration_minutes == item.duration_minutes
    assert window.session.undo_stack.count() == steps
    assert "od 1 do 1440" in panel.notice.text()
    assert box.value() == item.duration_minutes
    box.selectAll()
    qtbot.keyClicks(box, "45")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert demo_service.get(AgendaItem, item.id).duration_minutes == 45


def test_a_message_is_cleared_by_the_next_change_and_its_appearing_does_not_move_the_view(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService) -> None:
    _window, panel = demo
    top = panel.columns.geometry().top()
    focus(qtbot, panel.candidates.typed)
    qtbot.keyClick(panel.candidates.typed, Qt.Key.Key_Return)  # nothing typed: refused
    assert panel.notice.text() == "Tekst jest pusty."
    QApplication.processEvents()  # the layout settles
    assert panel.columns.geometry().top() == top  # the line was kept for it
    item, title = select_and_focus_title(qtbot, panel)
    title.setText(item.title + " (nowy tytuł)")
    qtbot.keyClick(title, Qt.Key.Key_Return)  # a later successful save
    assert demo_service.get(AgendaItem, item.id).title.endswith("(nowy tytuł)")
    assert panel.notice.text() == ""
    panel.buttons["schedule"].click()
    assert panel.notice.text().startswith("Ułożono")
    panel.session.run(demo_service.add_agenda_item, title="Temat spoza listy")  # e.g. carry-over
    assert panel.notice.text() == ""


def select_and_focus_title(qtbot: QtBot, panel: AgendaPanel) -> tuple[AgendaItem, QLineEdit]:
    in_the_list(qtbot, panel, 0)
    item = panel.current_item()
    assert item is not None
    focus(qtbot, panel.editor.title_edit)
    return item, panel.editor.title_edit


def test_the_frame_dialog_takes_9_30_names_the_day_and_field_at_fault_and_clears_once_fixed(
        qtbot: QtBot, service: WorkshopService, monkeypatch: pytest.MonkeyPatch) -> None:
    _window, panel = agenda_window(qtbot, service)
    seen: list[str] = []

    def fill(dialog: FrameDialog) -> int:
        dialog.add_day()
        dialog.add_day()
        for column, text in enumerate(("2027-05-20", "9.30", "17", "10.30-10.45", "12:30-13:15")):
            dialog.table.item(0, column).setText(text)
        dialog.table.item(1, 0).setText("2027-05-21")
        dialog.table.item(1, 2).setText("8.00")  # the end before the start
        dialog.rooms.setPlainText("Aula")
        dialog.save()
        seen.append(dialog.message.text())
        assert not dialog.result()  # still open, the keyboard in the cell at fault
        assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (1, 2)
        dialog.table.item(1, 2).setText("16.30")  # fixed: the message goes
        seen.append(dialog.message.text())
        dialog.table.item(1, 4).setText("obiad")
        dialog.save()
        seen.append(dialog.message.text())
        assert dialog.table.currentColumn() == 4
        dialog.table.item(1, 4).setText("12.30-13.15")
        seen.append(dialog.message.text())
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(FrameDialog, "exec", fill)
    panel.buttons["frame"].click()
    assert "2027-05-21" in seen[0] and "koniec" in seen[0]
    assert seen[1] == ""
    assert "2027-05-21" in seen[2] and "obiad" in seen[2]
    assert seen[3] == ""
    assert [FrameDay(d.date, d.start, d.finish, d.breaks, d.lunch) for d in service.forum_days()] == [
        FrameDay("2027-05-20", "09:30", "17:00", ("10:30-10:45",), "12:30-13:15"),
        FrameDay("2027-05-21", "09:00", "16:30", ("10:30-10:45", "15:00-15:15"), "12:30-13:15")]


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_view_is_usable_at_1280x800_and_the_topic_takes_the_spare_width(
        qtbot: QtBot, demo_service: WorkshopService, size: tuple[int, int]) -> None:
    window = shown_window(qtbot, demo_service)
    assert isinstance(window, MainWindow)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    window.show_phase(PhaseKind.AGENDA)
    panel = window.panels[PhaseKind.AGENDA]
    assert isinstance(panel, AgendaPanel)
    QApplication.processEvents()
    header = panel.list.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[1] == max(widths) and widths[1] > panel.list.viewport().width() // 4
    editor = panel.editor.parentWidget().parentWidget()
    assert isinstance(editor, QScrollArea)
    assert editor.verticalScrollBar().maximum() == 0  # every field without scrolling
    assert panel.editor.width() <= editor.viewport().width()  # and none cut at the right
    view = panel.candidates.view
    assert view.viewport().height() >= 3 * view.rowHeight(0)  # several candidates at once
    assert panel.list.viewport().height() >= 3 * panel.list.rowHeight(0)
    report = panel.report
    assert report.viewport().height() >= 2 * report.fontMetrics().lineSpacing()
    label = panel.frame_label
    assert label.height() >= label.heightForWidth(label.width())  # the "Sale:" line too


def test_move_buttons_follow_the_ends_and_the_day_box_shows_its_whole_text(
        qtbot: QtBot, demo_service: WorkshopService) -> None:
    window = shown_window(qtbot, demo_service)
    assert isinstance(window, MainWindow)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.show_phase(PhaseKind.AGENDA)
    panel = window.panels[PhaseKind.AGENDA]
    assert isinstance(panel, AgendaPanel)
    last = panel.model.rowCount() - 1
    in_the_list(qtbot, panel, 0)
    assert not panel.buttons["up"].isEnabled() and panel.buttons["down"].isEnabled()
    in_the_list(qtbot, panel, last)
    assert panel.buttons["up"].isEnabled() and not panel.buttons["down"].isEnabled()
    in_the_list(qtbot, panel, 1)
    assert panel.buttons["up"].isEnabled() and panel.buttons["down"].isEnabled()
    QApplication.processEvents()
    box = panel.editor.day_box
    assert box.currentText() == "czw. 20.05"
    assert box.itemData(box.currentIndex(), Qt.ItemDataRole.ToolTipRole) == "2027-05-20"
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxEditField, box)
    assert box.fontMetrics().horizontalAdvance(box.currentText()) <= field.width()


def test_after_carry_over_the_editor_shows_the_first_carried_item_marked_as_such(
        qtbot: QtBot, demo: tuple[MainWindow, AgendaPanel], demo_service: WorkshopService,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _window, panel = demo
    last_year = tmp_path / "forum-2026.razem"
    write_last_year(last_year)
    select(panel, 0)
    assert not panel.editor.carried.isChecked()

    def choose_and_carry(dialog: CarryOverDialog) -> int:
        dialog.load(last_year)
        tick(dialog, 0, 1)
        dialog.carry_over()
        return dialog.result()

    monkeypatch.setattr(CarryOverDialog, "exec", choose_and_carry)
    before = len(demo_service.agenda())
    panel.buttons["carry_over"].click()
    carried = demo_service.agenda()[before]
    assert carried.carried_over
    assert panel.editor.item is not None and panel.editor.item.id == carried.id
    assert panel.editor.title_edit.text() == carried.title
    assert panel.editor.carried.isChecked()
    assert panel.editor.carried.text() == "z poprzedniej edycji"
    select(panel, 0)
    assert not panel.editor.carried.isChecked()

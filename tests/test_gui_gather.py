"""Gather from the keyboard: capture, sector shortcuts, edit, delete, undo,
paste, the timer across views and the shared screen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QToolBar
from pytestqt.qtbot import QtBot

from workshop_app.models import PhaseKind, Sector
from workshop_app.services import Changes, NewIdea, NewParticipant, PhasePlan, WorkshopService
from workshop_app.storage import WorkshopStore
from workshop_app.ui.idea_table import TEXT
from workshop_app.ui.import_dialog import ImportDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.paste_dialog import PastePreviewDialog
from workshop_app.ui.session import WorkshopSession

from .conftest import type_text

pytestmark = pytest.mark.usefixtures("polish")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: QtBot, service: WorkshopService, clock: FakeClock) -> MainWindow:
    service.set_phases(phases=[PhasePlan(PhaseKind.SETUP, "Powitanie", 10),
                               PhasePlan(PhaseKind.GATHER, "Pomysły", 25),
                               PhasePlan(PhaseKind.CLUSTER, "Grupy", 20),
                               PhasePlan(PhaseKind.PRIORITISE, "Głosy", 15),
                               PhasePlan(PhaseKind.AGENDA, "Program", 15)])
    service.set_current_phase(phase=PhaseKind.GATHER)
    session = WorkshopSession(service, service.store.path, clock=clock)
    win = MainWindow(session, [])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def gather(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.panels[PhaseKind.GATHER]


def type_idea(qtbot: QtBot, window: MainWindow, text: str) -> None:
    entry = gather(window).entry
    type_text(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def file_texts(path: Path) -> list[str]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT text FROM ideas WHERE deleted_at IS NULL ORDER BY seq").fetchall()
    raw.close()
    return [r[0] for r in rows]


def shown_texts(window: MainWindow) -> list[str]:
    proxy = gather(window).proxy
    return [proxy.index(r, TEXT).data() for r in range(proxy.rowCount())]


def test_the_entry_has_focus_when_gather_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is gather(window).entry)


def test_twenty_ideas_by_keyboard_only(qtbot: QtBot, window: MainWindow, service: WorkshopService) -> None:
    texts = [f"Pomysł {n}: żółta ścieżka rowerowa do strefy" for n in range(1, 21)]
    for text in texts:
        type_idea(qtbot, window, text)
        assert gather(window).entry.toPlainText() == ""
    assert file_texts(service.store.path) == texts
    assert shown_texts(window)[0] == texts[-1]  # newest first
    assert "20 pomysłów" in gather(window).counts.text()


def test_shift_enter_is_a_line_break_inside_one_idea(qtbot: QtBot, window: MainWindow,
                                                      service: WorkshopService) -> None:
    entry = gather(window).entry
    type_text(entry, "Pierwsza linia")
    qtbot.keyClick(entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(entry, "druga linia")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert file_texts(service.store.path) == ["Pierwsza linia\ndruga linia"]


def test_sector_shortcut_is_remembered_until_changed(qtbot: QtBot, window: MainWindow,
                                                     service: WorkshopService) -> None:
    entry = gather(window).entry
    qtbot.keyClick(entry, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    type_idea(qtbot, window, "Inkubator dla firm")
    type_idea(qtbot, window, "Targi pracy")
    qtbot.keyClick(entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(entry, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    type_idea(qtbot, window, "Wspólna strategia gmin")
    ideas = service.ideas()
    # Alt+3 is the third sector button (biznes), Alt+1 the first (samorząd).
    assert [i.sector for i in ideas] == [Sector.BUSINESS, Sector.BUSINESS, Sector.LOCAL_GOVERNMENT]
    assert [i.table_label for i in ideas] == ["", "", "Stół 1"]


def test_author_is_chosen_without_leaving_the_field(qtbot: QtBot, window: MainWindow,
                                                    service: WorkshopService) -> None:
    anna = service.add_participant(participant=NewParticipant(sector=Sector.ACADEMIA, name="Anna Łęcka")).created
    window.session.hub.publish(Changes(participants=frozenset({anna})))
    entry = gather(window).entry
    qtbot.keyClick(entry, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    type_idea(qtbot, window, "Inkubator przy uczelni")
    idea = service.ideas()[0]
    assert idea.participant_id == anna and idea.sector is Sector.ACADEMIA
    assert QApplication.focusWidget() is entry or entry.hasFocus()


def test_empty_idea_is_refused_with_a_message(qtbot: QtBot, window: MainWindow,
                                              service: WorkshopService) -> None:
    type_idea(qtbot, window, "   ")
    assert service.ideas() == []
    assert "Pusty pomysł" in gather(window).notice.text()


def test_a_similar_idea_warns_but_is_added(qtbot: QtBot, window: MainWindow,
                                           service: WorkshopService) -> None:
    type_idea(qtbot, window, "Więcej staży dla studentów w firmach")
    type_idea(qtbot, window, "wiecej stazy dla studentow w firmach")
    assert len(service.ideas()) == 2
    assert "Podobny pomysł" in gather(window).notice.text()


def test_long_idea_is_accepted_but_flagged(qtbot: QtBot, window: MainWindow,
                                           service: WorkshopService) -> None:
    panel = gather(window)
    panel.submit("słowo " * 400)
    assert len(service.ideas()) == 1
    assert "bardzo długi" in panel.notice.text()
    assert shown_texts(window)[0].startswith("⚠")


def test_edit_delete_undo_redo(qtbot: QtBot, window: MainWindow, service: WorkshopService) -> None:
    type_idea(qtbot, window, "Bilet metropolitalny")
    panel = gather(window)
    index = panel.proxy.index(0, TEXT)
    assert panel.proxy.setData(index, "Wspólny bilet metropolitalny")
    assert file_texts(service.store.path) == ["Wspólny bilet metropolitalny"]
    assert window.undo_action.text() == "Cofnij: edycja pomysłu"
    panel.view.setFocus()
    panel.view.selectRow(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert file_texts(service.store.path) == []
    assert shown_texts(window) == []
    assert window.undo_action.text() == "Cofnij: usunięcie pomysłu"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert file_texts(service.store.path) == ["Wspólny bilet metropolitalny"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert file_texts(service.store.path) == ["Bilet metropolitalny"]
    assert shown_texts(window) == ["Bilet metropolitalny"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert file_texts(service.store.path) == []
    assert window.redo_action.text() == "Ponów: dodanie pomysłu"
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert file_texts(service.store.path) == ["Wspólny bilet metropolitalny"]


def test_deleted_ideas_can_be_shown_and_restored(qtbot: QtBot, window: MainWindow,
                                                 service: WorkshopService) -> None:
    type_idea(qtbot, window, "Parking P&R")
    panel = gather(window)
    window.session.run(service.delete_ideas, idea_ids=[service.ideas()[0].id])
    panel.show_deleted.setChecked(True)
    assert shown_texts(window) == ["[usunięty] Parking P&R"]
    window.session.run(service.restore_ideas, idea_ids=[service.ideas(include_deleted=True)[0].id])
    assert file_texts(service.store.path) == ["Parking P&R"]


def test_filter_ignores_case_and_polish_letters(qtbot: QtBot, window: MainWindow) -> None:
    for text in ("Żółw na logo metropolii", "Kolej do Skawiny", "ŁÓDŹ i Kraków razem"):
        type_idea(qtbot, window, text)
    panel = gather(window)
    type_text(panel.filter, "zolw")
    assert shown_texts(window) == ["Żółw na logo metropolii"]
    panel.filter.clear()
    type_text(panel.filter, "lodz krakow")
    assert shown_texts(window) == ["ŁÓDŹ i Kraków razem"]


def test_filter_finds_ideas_by_author_organisation_and_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    added = window.session.run(window.service.add_participant, participant=NewParticipant(
        sector=Sector.ACADEMIA, name="Anna Wiśniewska", organisation="Politechnika Krakowska"))
    assert added is not None
    window.session.run(window.service.add_idea, idea=NewIdea(
        text="Laboratorium miejskie", participant_id=added.created, table_label="Stół 7"))
    type_idea(qtbot, window, "Kolej do Skawiny")
    panel = gather(window)
    for query in ("politechnika", "WISNIEWSKA", "stol 7", "miejskie krakowska"):
        panel.filter.clear()
        type_text(panel.filter, query)
        assert shown_texts(window) == ["Laboratorium miejskie"], query


def test_paste_many_offers_one_idea_per_line(qtbot: QtBot, window: MainWindow,
                                             service: WorkshopService,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []

    def accept_all(dialog: PastePreviewDialog) -> int:
        seen.append(dialog.chosen())
        dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
        assert dialog.add_button.text() == "Dodaj 2 pomysły"
        return PastePreviewDialog.DialogCode.Accepted

    monkeypatch.setattr(PastePreviewDialog, "exec", accept_all)
    mime = QMimeData()
    mime.setText("Kolej aglomeracyjna\n\nŻłobki przy strefach\r\nDoradca energetyczny\n")
    gather(window).entry.insertFromMimeData(mime)
    assert seen == [["Kolej aglomeracyjna", "Żłobki przy strefach", "Doradca energetyczny"]]
    assert file_texts(service.store.path) == ["Kolej aglomeracyjna", "Doradca energetyczny"]
    assert window.undo_action.text() == "Cofnij: wklejenie 2 pomysłów"
    window.session.undo_stack.undo()
    assert file_texts(service.store.path) == []


def test_timer_keeps_running_across_view_switches(qtbot: QtBot, window: MainWindow,
                                                  clock: FakeClock) -> None:
    timer = window.session.timer
    assert timer.timer.remaining() == 25 * 60  # prefilled from the plan for Gather
    qtbot.mouseClick(window.timer_widget.start_button, Qt.MouseButton.LeftButton)
    clock.now += 60
    window.show_phase(PhaseKind.CLUSTER)
    clock.now += 60
    window.show_phase(PhaseKind.GATHER)
    timer.tick()
    assert window.timer_widget.display.text() == "23:00"
    qtbot.mouseClick(window.timer_widget.add_button, Qt.MouseButton.LeftButton)
    assert window.timer_widget.display.text() == "24:00"
    with qtbot.waitSignal(timer.time_up):
        clock.now += 24 * 60 + 5
        timer.tick()
    assert window.timer_widget.display.text() == "−0:05"
    assert window.timer_widget.display.property("timeUp") is True
    qtbot.mouseClick(window.timer_widget.reset_button, Qt.MouseButton.LeftButton)
    assert window.timer_widget.display.text() == "26:00"


def test_presenter_shows_a_new_idea_and_hides_authors_when_anonymous(
    qtbot: QtBot, window: MainWindow, service: WorkshopService
) -> None:
    author = service.add_participant(participant=NewParticipant(sector=Sector.BUSINESS, name="Jan Nowak")).created
    window.toggle_presenter()
    presenter = window.presenter
    assert presenter is not None and presenter.isVisible()
    qtbot.addWidget(presenter)
    window.session.run(service.add_idea, idea=NewIdea(text="Kolej do strefy <b>&</b> Skawina", participant_id=author))
    first = presenter.notes[0]
    assert first.text.text() == "Kolej do strefy <b>&</b> Skawina"
    assert first.text.textFormat() == Qt.TextFormat.PlainText
    assert "Jan Nowak" in first.caption.text() and "biznes" in first.caption.text()
    window.session.run(service.update_workshop, anonymous=True)
    assert "Jan Nowak" not in presenter.notes[0].caption.text()
    assert presenter.title.text() == service.workshop().title
    assert presenter.phase.text() == "Zbieranie pomysłów"


def test_presenter_says_when_time_is_up(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.toggle_presenter()
    presenter = window.presenter
    assert presenter is not None
    qtbot.addWidget(presenter)
    window.session.timer.start()
    assert presenter.time_up.isHidden()
    clock.now += 25 * 60 + 3
    window.session.timer.tick()
    assert presenter.clock.text() == "−0:03"
    assert presenter.time_up.isVisibleTo(presenter) and presenter.time_up.text() == "Czas minął"
    window.toggle_presenter()
    assert not presenter.isVisible()
    assert not window.presenter_action.isChecked()


def test_idea_models_pass_the_model_tester(qtmodeltester: object, qtbot: QtBot, window: MainWindow) -> None:
    for text in ("Żółte rowery", "Kolej do Skawiny", "Targi pracy"):
        type_idea(qtbot, window, text)
    panel = gather(window)
    window.session.run(window.service.delete_ideas, idea_ids=[panel.model.idea_at(0).id])
    panel.show_deleted.setChecked(True)
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    qtmodeltester.check(panel.proxy)  # type: ignore[attr-defined]


def test_pasted_lines_of_control_characters_are_left_out(
    qtbot: QtBot, window: MainWindow, service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PastePreviewDialog, "exec", lambda d: PastePreviewDialog.DialogCode.Accepted)
    mime = QMimeData()
    mime.setText("Pierwszy pomysł\n\x07\x1b\nDrugi pomysł")
    gather(window).entry.insertFromMimeData(mime)
    assert file_texts(service.store.path) == ["Pierwszy pomysł", "Drugi pomysł"]


def test_markup_in_titles_and_notices_is_shown_literally(
    qtbot: QtBot, window: MainWindow, service: WorkshopService
) -> None:
    window.session.run(service.update_workshop, title="<font color=#101820>Forum</font> & <b>2027</b>")
    type_idea(qtbot, window, "Nowy <b>park</b> <img src='x'> technologiczny")
    type_idea(qtbot, window, "nowy <b>park</b> <img src='x'> technologiczny")
    notice = gather(window).notice
    assert notice.textFormat() == Qt.TextFormat.PlainText and "<b>park</b>" in notice.text()
    window.toggle_presenter()
    presenter = window.presenter
    assert presenter is not None
    qtbot.addWidget(presenter)
    assert presenter.title.textFormat() == Qt.TextFormat.PlainText
    assert presenter.title.text() == "<font color=#101820>Forum</font> & <b>2027</b>"


def test_deleting_a_selection_is_one_step_and_undo_survives_reopening(
        qtbot: QtBot, window: MainWindow, service: WorkshopService) -> None:
    for text in ("Pierwszy", "Drugi", "Trzeci", "Czwarty"):
        type_idea(qtbot, window, text)
    panel = gather(window)
    steps = window.session.undo_stack.count()
    panel.view.selectAll()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert file_texts(service.store.path) == []
    assert window.session.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "Cofnij: usunięcie 4 pomysłów"
    path = service.store.path
    # Close the workshop and open it again: the step is still there.
    window.close()
    service.store.close()
    with WorkshopStore.open(path) as store:
        reopened = MainWindow(WorkshopSession(WorkshopService(store), path), [])
        qtbot.addWidget(reopened)
        assert reopened.undo_action.isEnabled()
        assert reopened.undo_action.text() == "Cofnij: usunięcie 4 pomysłów"
        reopened.undo_action.trigger()
        assert file_texts(path) == ["Pierwszy", "Drugi", "Trzeci", "Czwarty"]
        assert reopened.redo_action.text() == "Ponów: usunięcie 4 pomysłów"
        reopened.close()


def test_ctrl_z_in_the_idea_field_undoes_the_idea_just_added(
        qtbot: QtBot, window: MainWindow, service: WorkshopService) -> None:
    type_idea(qtbot, window, "Pierwszy")
    type_idea(qtbot, window, "Drugi")
    entry = gather(window).entry
    qtbot.waitUntil(entry.hasFocus)
    qtbot.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert file_texts(service.store.path) == ["Pierwszy"]
    qtbot.keyClick(entry, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert file_texts(service.store.path) == ["Pierwszy", "Drugi"]
    # While the field holds typing of its own, Ctrl+Z undoes that typing first.
    type_text(entry, "Trzeci")
    qtbot.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entry.toPlainText() != "Trzeci"
    assert file_texts(service.store.path) == ["Pierwszy", "Drugi"]


def test_a_notice_about_the_last_idea_goes_when_something_else_changes(
        qtbot: QtBot, window: MainWindow, service: WorkshopService) -> None:
    panel = gather(window)
    type_idea(qtbot, window, "Pierwszy")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)  # an empty idea: refused
    assert panel.notice.text() == "Pusty pomysł nie został dodany."
    window.session.undo_stack.undo()
    assert panel.notice.text() == ""
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    window.show_phase(PhaseKind.SETUP)
    window.show_phase(PhaseKind.GATHER)
    assert panel.notice.text() == ""


def type_where_focused(text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    type_text(focused, text)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the combo's popup
def test_typing_goes_on_into_the_idea_field_after_clicking_tools(qtbot: QtBot,
                                                                 window: MainWindow) -> None:
    """Click into the field, type, click Start (and every other tool), type on."""
    panel = gather(window)
    qtbot.mouseClick(panel.entry.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.entry.hasFocus)
    type_where_focused("x")
    timer = window.timer_widget
    presenter_button = window.findChild(QToolBar, "timerBar").widgetForAction(window.presenter_action)
    for button in (timer.start_button, timer.add_button, timer.reset_button,
                   panel.context.sector_buttons.buttons()[1], panel.show_deleted, presenter_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        type_where_focused("y")
    qtbot.mouseClick(panel.sort, Qt.MouseButton.LeftButton)
    panel.sort.hidePopup()
    type_where_focused("y")
    assert panel.entry.toPlainText() == "xyyyyyyy"
    if window.presenter is not None:
        qtbot.addWidget(window.presenter)


@pytest.mark.parametrize("kind", list(PhaseKind))
def test_timer_shortcuts_work_in_every_phase(qtbot: QtBot, window: MainWindow,
                                             clock: FakeClock, kind: PhaseKind) -> None:
    window.show_phase(kind)
    panel = window.panels[kind]
    focused = QApplication.focusWidget() or panel
    qtbot.keyClick(focused, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert window.session.timer.timer.running
    clock.now += 30
    qtbot.keyClick(QApplication.focusWidget() or panel, Qt.Key.Key_Space,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.session.timer.tick()
    planned = {PhaseKind.SETUP: 10, PhaseKind.GATHER: 25, PhaseKind.CLUSTER: 20,
               PhaseKind.PRIORITISE: 15, PhaseKind.AGENDA: 15}[kind]
    assert window.timer_widget.display.text() == f"{planned}:30"
    qtbot.keyClick(QApplication.focusWidget() or panel, Qt.Key.Key_Space,
                   Qt.KeyboardModifier.ControlModifier)
    assert not window.session.timer.timer.running
    assert "Ctrl+Spacja" in window.timer_widget.start_button.toolTip()
    assert "Ctrl+Shift+Spacja" in window.timer_widget.add_button.toolTip()


def test_each_phase_keeps_its_own_timer(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """Gather running, switch to Cluster: Cluster shows its own planned time,
    stopped; the shared screen too; Reset there gives Cluster's time."""
    window.toggle_presenter()
    presenter = window.presenter
    assert presenter is not None
    qtbot.addWidget(presenter)
    qtbot.mouseClick(window.timer_widget.start_button, Qt.MouseButton.LeftButton)
    clock.now += 60
    window.show_phase(PhaseKind.CLUSTER)
    clock.now += 60
    window.session.timer.tick()
    assert window.timer_widget.display.text() == "20:00"
    assert presenter.clock.text() == "20:00"
    assert window.timer_widget.start_button.text() == "Start"
    qtbot.mouseClick(window.timer_widget.start_button, Qt.MouseButton.LeftButton)
    clock.now += 90
    window.session.timer.tick()
    assert presenter.clock.text() == "18:30"
    qtbot.mouseClick(window.timer_widget.reset_button, Qt.MouseButton.LeftButton)
    assert window.timer_widget.display.text() == "20:00"
    window.show_phase(PhaseKind.GATHER)  # kept running meanwhile: 3.5 minutes gone
    assert window.timer_widget.display.text() == "21:30"
    assert window.timer_widget.start_button.text() == "Pauza"
    assert presenter.clock.text() == "21:30"


def test_the_notice_and_the_count_say_what_the_list_holds_now(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Paste 7, import 6, undo: the notice never keeps saying 'Dodano 7';
    a filter that shows 2 of 13 says so."""
    panel = gather(window)
    monkeypatch.setattr(PastePreviewDialog, "exec", lambda d: PastePreviewDialog.DialogCode.Accepted)
    panel.paste_lines([f"Pomysł wklejony {n}" for n in range(7)])
    assert panel.notice.text() == "Dodano 7 pomysłów."
    source = tmp_path / "pomysly.csv"
    source.write_text("pomysł\n" + "".join(f"Kolej numer {n}\n" for n in range(6)), encoding="utf-8")
    monkeypatch.setattr(ImportDialog, "exec", lambda d: ImportDialog.DialogCode.Accepted)
    assert window.import_ideas_from(source) == 6
    assert panel.notice.text() == "Zaimportowano 6 pomysłów."
    assert panel.counts.text().startswith("13 pomysłów")
    window.session.undo_stack.undo()
    assert "Dodano" not in panel.notice.text() and "6" not in panel.notice.text()
    assert panel.counts.text().startswith("7 pomysłów")
    window.session.undo_stack.redo()
    type_text(panel.filter, "kolej numer")
    assert panel.proxy.rowCount() == 6
    assert panel.counts.text().startswith("6 z 13 pomysłów")
    panel.filter.clear()
    type_text(panel.filter, "numer 1")
    assert panel.counts.text().startswith("1 z 13 pomysłów")
    panel.filter.clear()
    assert panel.counts.text().startswith("13 pomysłów")


def test_the_paste_dialog_says_which_sector_table_and_author_the_ideas_get(
        qtbot: QtBot, window: MainWindow, service: WorkshopService,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.session.run(service.add_participant, participant=NewParticipant(
        sector=Sector.BUSINESS, name="Jan <b>Nowak</b>"))
    panel = gather(window)
    panel.context.step_author(1)
    panel.context.table.setValue(3)
    seen: list[str] = []

    def accept(dialog: PastePreviewDialog) -> int:
        seen.append(dialog.context.text())
        assert dialog.context.isVisibleTo(dialog)
        assert dialog.context.textFormat() == Qt.TextFormat.PlainText
        return PastePreviewDialog.DialogCode.Accepted

    monkeypatch.setattr(PastePreviewDialog, "exec", accept)
    panel.paste_lines(["Kolej aglomeracyjna", "Żłobki przy strefach"])
    assert seen == ["Każdy pomysł dostanie wybrane teraz ustawienia: "
                    "sektor: biznes · stół: 3 · autor: Jan <b>Nowak</b>"]
    assert {(i.sector, i.table_label) for i in service.ideas()} == {(Sector.BUSINESS, "Stół 3")}
    panel.context.step_author(-1)
    panel.context.set_sector(None)
    panel.context.table.setValue(0)
    panel.paste_lines(["Targi pracy", "Doradca energetyczny"])
    assert seen[-1].endswith("sektor: bez sektora · stół: brak · autor: brak")


def test_an_unused_timer_follows_the_plan(qtbot: QtBot, window: MainWindow,
                                          service: WorkshopService) -> None:
    window.session.run(service.set_phase_minutes, position=1, minutes=50)  # Gather, on screen
    assert window.timer_widget.display.text() == "50:00"

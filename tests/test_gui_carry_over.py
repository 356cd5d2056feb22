"""The "Tematy z poprzedniej edycji" dialog: last year's file chosen, its topics
listed with their results, the ticked ones carried into the agenda as one undo
step, and a file that cannot be used said in the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import shown_window
from tests.helpers.choosers import answer_choosers
from tests.helpers.previous import AGENDA_TITLE, write_last_year
from workshop_app.models import PhaseKind
from workshop_app.services import WorkshopService
from workshop_app.ui.carry_over_dialog import KIND, RESULT, ROUND, SECTORS, TITLE, CarryOverDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.panels.agenda import AgendaPanel
from workshop_app.ui.session import WorkshopSession

pytestmark = pytest.mark.usefixtures("polish")


@pytest.fixture
def last_year(tmp_path: Path) -> Path:
    path = tmp_path / "forum-2026.razem"
    write_last_year(path)
    return path


def dialog_on(qtbot: QtBot, service: WorkshopService, *, read_only: str | None = None
              ) -> CarryOverDialog:
    session = WorkshopSession(service, service.store.path, read_only=read_only)
    dialog = CarryOverDialog(session)
    qtbot.addWidget(dialog)
    return dialog


def row_texts(dialog: CarryOverDialog, row: int) -> list[str]:
    item = dialog.topics.topLevelItem(row)
    assert item is not None
    return [item.text(column) for column in (TITLE, KIND, RESULT, ROUND, SECTORS)]


def tick(dialog: CarryOverDialog, *rows: int) -> None:
    for row in rows:
        item = dialog.topics.topLevelItem(row)
        assert item is not None
        item.setCheckState(TITLE, Qt.CheckState.Checked)


def test_the_ticked_topics_are_carried_over_as_one_undo_step(
        qtbot: QtBot, service: WorkshopService, last_year: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = dialog_on(qtbot, service)
    asked: list[str] = []
    answer_choosers(monkeypatch, lambda chooser: (asked.append(";;".join(chooser.nameFilters()))
                                                  or str(last_year)))
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert "*.razem" in asked[0]
    assert dialog.topics.topLevelItemCount() == 4
    assert "Forum 2026 (2026-10-14): 4 tematy" in dialog.heading.text()
    assert row_texts(dialog, 0)[:3] == [AGENDA_TITLE, "punkt programu", "16 kropek, 1. miejsce"]
    assert row_texts(dialog, 1) == ["Transport publiczny", "grupa", "14 kropek, 2. miejsce",
                                    "Głosowanie kropkami", "samorząd 4 · nauka 5 · biznes 3 · NGO 2"]
    assert not dialog.carry_button.isEnabled()  # nothing ticked yet
    tick(dialog, 1, 2)
    assert dialog.carry_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.carry_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "Przeniesiono 2 tematy do programu."
    agenda = service.agenda()
    assert [(a.title, a.carried_over) for a in agenda] == [
        ("Transport publiczny", True), ("Zielona energia", True)]
    assert agenda[0].rationale.startswith("Z poprzedniej edycji (2026): 14 kropek, 2. miejsce")
    stack = dialog.session.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "przeniesienie 2 tematów z poprzedniej edycji"
    stack.undo()
    assert service.agenda() == []


def test_a_file_that_cannot_be_used_is_said_in_the_dialog(
        qtbot: QtBot, service: WorkshopService, last_year: Path, tmp_path: Path) -> None:
    dialog = dialog_on(qtbot, service)
    dialog.show()
    notes = tmp_path / "notatki.razem"
    notes.write_text("To nie jest warsztat.\n" * 50, encoding="utf-8")
    assert not dialog.load(notes)
    assert dialog.problem.isVisible() and "nie jest warsztatem Razem" in dialog.problem.text()
    assert dialog.topics.topLevelItemCount() == 0 and not dialog.carry_button.isEnabled()
    assert not dialog.load(service.store.path)
    assert "nie zeszłoroczny" in dialog.problem.text()
    assert dialog.load(last_year)  # the right file after all: the complaint goes
    assert not dialog.problem.isVisible() and dialog.topics.topLevelItemCount() == 4


def test_a_topic_on_the_agenda_already_cannot_be_ticked(
        qtbot: QtBot, service: WorkshopService, last_year: Path) -> None:
    service.add_agenda_item(title="Transport publiczny")
    dialog = dialog_on(qtbot, service)
    dialog.load(last_year)
    assert row_texts(dialog, 1)[1] == "grupa · już w programie"
    dialog.tick_all()
    assert [t.title for t in dialog.chosen()] == [
        AGENDA_TITLE, "Zielona energia", "Turystyka <b>& kultura</b>"]
    dialog.carry_over()
    assert dialog.result() == CarryOverDialog.DialogCode.Accepted
    assert dialog.outcome == "Przeniesiono 3 tematy do programu."
    assert len(service.agenda()) == 4


def test_a_workshop_open_for_reading_only_refuses_and_the_dialog_stays(
        qtbot: QtBot, service: WorkshopService, last_year: Path) -> None:
    dialog = dialog_on(qtbot, service, read_only="plik tylko do odczytu")
    dialog.show()
    dialog.load(last_year)
    tick(dialog, 0)
    dialog.carry_over()
    assert dialog.isVisible() and dialog.result() != CarryOverDialog.DialogCode.Accepted
    assert "tylko do odczytu" in dialog.problem.text()
    assert service.agenda() == []


def test_the_file_menu_carries_over_and_shows_the_agenda(
        qtbot: QtBot, service: WorkshopService, last_year: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = shown_window(qtbot, service)
    assert isinstance(window, MainWindow)

    def choose_and_carry(dialog: CarryOverDialog) -> int:
        dialog.load(last_year)
        tick(dialog, 0)
        dialog.carry_over()
        return dialog.result()

    monkeypatch.setattr(CarryOverDialog, "exec", choose_and_carry)
    window.carry_over_action.trigger()
    assert window.current_phase() is PhaseKind.AGENDA
    assert window.statusBar().currentMessage() == "Przeniesiono 1 temat do programu."
    assert [a.title for a in service.agenda()] == [AGENDA_TITLE]


def test_the_agenda_views_button_carries_over_into_the_agenda(
        qtbot: QtBot, service: WorkshopService, last_year: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = shown_window(qtbot, service)
    assert isinstance(window, MainWindow)
    window.show_phase(PhaseKind.AGENDA)
    panel = window.panels[PhaseKind.AGENDA]
    assert isinstance(panel, AgendaPanel)

    def choose_and_carry(dialog: CarryOverDialog) -> int:
        dialog.load(last_year)
        tick(dialog, 0)
        dialog.carry_over()
        return dialog.result()

    monkeypatch.setattr(CarryOverDialog, "exec", choose_and_carry)
    qtbot.mouseClick(panel.buttons["carry_over"], Qt.MouseButton.LeftButton)
    assert [a.title for a in service.agenda()] == [AGENDA_TITLE]
    assert window.statusBar().currentMessage() == "Przeniesiono 1 temat do programu."
    shown = [panel.model.index(r, 1).data() for r in range(panel.model.rowCount())]
    assert f"{AGENDA_TITLE} (z poprzedniej edycji)" in shown

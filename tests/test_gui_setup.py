"""The Set up panel: what the form shows is what the file holds, and undo
reaches the workshop from its fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton
from pytestqt.qtbot import QtBot

from workshop_app.models import PhaseKind
from workshop_app.services import NewParticipant, WorkshopService
from workshop_app.ui.main_window import MainWindow

from .conftest import shown_window, type_text

pytestmark = pytest.mark.usefixtures("polish")


@pytest.fixture
def window(qtbot: QtBot, service: WorkshopService) -> MainWindow:
    win = shown_window(qtbot, service)
    assert isinstance(win, MainWindow)
    win.show_phase(PhaseKind.SETUP)
    return win


def test_a_workshop_without_a_date_shows_none_and_visiting_the_field_changes_nothing(
        qtbot: QtBot, window: MainWindow, service: WorkshopService) -> None:
    panel = window.panels[PhaseKind.SETUP]
    date = panel.date_edit  # type: ignore[attr-defined]
    assert date.text() == "nie ustawiono"
    steps = window.session.undo_stack.count()
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    panel.title_edit.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not date.hasFocus())
    assert service.workshop().date == ""
    assert window.session.undo_stack.count() == steps
    # A date the moderator picks is stored as shown.
    date.setDate(QDate(2027, 3, 15))
    date.editingFinished.emit()
    assert service.workshop().date == "2027-03-15"
    assert date.text() == "2027-03-15"


def test_ctrl_z_in_a_form_field_undoes_the_last_change_to_the_workshop(
        qtbot: QtBot, window: MainWindow, service: WorkshopService) -> None:
    panel = window.panels[PhaseKind.SETUP]
    place = panel.place_edit  # type: ignore[attr-defined]
    place.setFocus()
    qtbot.waitUntil(place.hasFocus)
    type_text(place, "Wieliczka")
    place.editingFinished.emit()
    assert service.workshop().place == "Wieliczka"
    theme = panel.theme_edit  # type: ignore[attr-defined]
    theme.setFocus()
    qtbot.waitUntil(theme.hasFocus)
    qtbot.keyClick(theme, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.workshop().place == ""
    assert place.text() == ""


def type_into_focus(text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    type_text(focused, text)


def test_tab_walks_along_a_new_participant_row(qtbot: QtBot, window: MainWindow,
                                               service: WorkshopService) -> None:
    """Dodaj uczestnika, name, Tab, organisation, Tab, municipality, Enter:
    all three land in the new row; the rows above are untouched."""
    service.add_participant(participant=NewParticipant(name="Anna Kowalska", organisation="UMK"))
    window.panels[PhaseKind.SETUP].refresh()
    panel = window.panels[PhaseKind.SETUP]
    add = next(b for b in panel.findChildren(QPushButton) if b.text() == "Dodaj uczestnika")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    type_into_focus("Jan Nowak")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into_focus("Politechnika")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into_focus("Skawina")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # commits on the next turn
    qtbot.waitUntil(lambda: panel.roster_view.state() != QAbstractItemView.State.EditingState)
    people = [(p.name, p.organisation, p.municipality) for p in service.participants()]
    assert people == [("Anna Kowalska", "UMK", ""), ("Jan Nowak", "Politechnika", "Skawina")]
    shown = [[panel.roster.index(r, c).data() for c in range(3)] for r in range(2)]
    assert shown == [list(person) for person in people]


def test_a_new_objective_is_edited_from_its_code_and_tab_goes_to_its_title(
        qtbot: QtBot, window: MainWindow, service: WorkshopService) -> None:
    panel = window.panels[PhaseKind.SETUP]
    add = next(b for b in panel.findChildren(QPushButton) if b.text() == "Dodaj cel")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    type_into_focus("C1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into_focus("Kolej aglomeracyjna")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.objectives_view.state() != QAbstractItemView.State.EditingState)
    assert [(o.code, o.title) for o in service.objectives()] == [("C1", "Kolej aglomeracyjna")]


def test_a_date_is_typed_into_the_field_that_says_not_set(
        qtbot: QtBot, window: MainWindow, service: WorkshopService) -> None:
    panel = window.panels[PhaseKind.SETUP]
    date = panel.date_edit  # type: ignore[attr-defined]
    assert date.text() == "nie ustawiono"
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    qtbot.keyClicks(date, "2027-03-15")
    assert date.text() == "2027-03-15"
    panel.title_edit.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: service.workshop().date == "2027-03-15")
    date.setFocus()  # digits alone work too
    qtbot.waitUntil(date.hasFocus)
    date.setSelectedSection(date.Section.YearSection)
    qtbot.keyClicks(date, "20280401")
    assert date.text() == "2028-04-01"

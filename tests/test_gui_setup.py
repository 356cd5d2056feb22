"""The Set up panel: what the form shows is what the file holds, and undo
reaches the workshop from its fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from workshop_app.models import PhaseKind
from workshop_app.services import WorkshopService
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import WorkshopSession

from .conftest import type_text

pytestmark = pytest.mark.usefixtures("polish")


@pytest.fixture
def window(qtbot: QtBot, service: WorkshopService) -> MainWindow:
    win = MainWindow(WorkshopSession(service, service.store.path), [])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
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

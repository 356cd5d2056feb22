"""Every refusal reaches the moderator, worded once, in Polish and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workshop_app import i18n
from workshop_app.messages import operation_label, refusal
from workshop_app.models import Participant, PhaseKind
from workshop_app.services import Op, RefusalReason, Refused, WorkshopService
from workshop_app.ui.idea_table import TEXT
from workshop_app.ui.main_window import MainWindow

from .conftest import shown_window


@pytest.fixture
def words(qapp: object, request: pytest.FixtureRequest) -> dict[str, dict[object, str]]:
    """Every refusal message and undo-step name, in English and in Polish."""
    found: dict[str, dict[object, str]] = {}
    for language in ("en", "pl"):
        i18n.install(language)
        found[language] = {reason: refusal(Refused(reason)) for reason in RefusalReason}
        found[language].update({op: operation_label(op, 3) for op in Op})
    request.addfinalizer(lambda: i18n.install("en"))
    return found


def test_every_reason_and_step_has_an_english_and_a_polish_text(
        words: dict[str, dict[object, str]]) -> None:
    english, polish = words["en"], words["pl"]
    assert all(english.values()) and all(polish.values())
    untranslated = [key for key in english if english[key] == polish[key]]
    assert not untranslated
    # Distinct reasons read differently.
    assert len({english[r] for r in RefusalReason}) == len(RefusalReason)


@pytest.fixture
def window(qtbot: QtBot, demo_service: WorkshopService, polish: None) -> MainWindow:
    win = shown_window(qtbot, demo_service)
    assert isinstance(win, MainWindow)
    return win


def test_an_edit_refused_in_a_table_is_shown_in_the_status_bar(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    window.show_phase(PhaseKind.GATHER)
    model = window.panels[PhaseKind.GATHER].model  # type: ignore[attr-defined]
    before = model.idea_at(0).text
    with qtbot.waitSignal(window.session.refused):
        assert not model.setData(model.index(0, TEXT), "   ", Qt.ItemDataRole.EditRole)
    assert window.statusBar().currentMessage() == "Tekst jest pusty."
    assert model.idea_at(0).text == before


def test_a_refused_roster_edit_is_shown_and_changes_nothing(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    window.show_phase(PhaseKind.SETUP)
    panel = window.panels[PhaseKind.SETUP]
    roster = panel.roster  # type: ignore[attr-defined]
    person: Participant = roster.row_object(0)
    with qtbot.waitSignal(window.session.refused):
        assert not roster.setData(roster.index(0, 0), "x" * 5000, Qt.ItemDataRole.EditRole)
    assert window.statusBar().currentMessage() == refusal(Refused(RefusalReason.TEXT_TOO_LONG))
    assert window.service.get(Participant, person.id) == person

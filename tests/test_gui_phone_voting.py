"""Voting from phones started in the Prioritise console: ballots over real
HTTP written on the GUI thread, counted live, stopped when the round closes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from tests.helpers.phones import Answer, Phone
from tests.helpers.presenter import window_with_presenter
from workshop_app.models import BallotKind, PhaseKind, VoteMethod
from workshop_app.services import WorkshopService
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.panels.prioritise import PrioritisePanel
from workshop_app.ui.phone_dialog import PhoneDialog
from workshop_app.ui.phone_voting import interface_addresses

pytestmark = pytest.mark.usefixtures("polish")


@pytest.fixture
def window(qtbot: QtBot, demo_service: WorkshopService) -> Iterator[MainWindow]:
    made = window_with_presenter(qtbot, demo_service, PhaseKind.PRIORITISE, (1920, 1080))
    yield made
    made.session.phones.stop()
    panel = made.panels[PhaseKind.PRIORITISE]
    assert isinstance(panel, PrioritisePanel)
    # The console catches up with the last ballots before the file closes.
    qtbot.waitUntil(lambda: not isValid(panel._later) or not panel._later.isActive())


def in_thread(qtbot: QtBot, call: Callable[[], Answer]) -> Answer:
    """A phone's request from another thread while the GUI thread keeps
    running (it is the one writer the request waits for)."""
    box: list[Any] = []
    thread = threading.Thread(target=lambda: box.append(call()))
    thread.start()
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    thread.join()
    answer = box[0]
    assert isinstance(answer, Answer)
    return answer


def started(qtbot: QtBot, window: MainWindow, demo_service: WorkshopService
            ) -> tuple[PrioritisePanel, PhoneDialog, str]:
    made = demo_service.add_round(title="Z telefonów", method=VoteMethod.DOTS,
                                  dots_per_voter=2, max_per_option=1).created
    assert made is not None
    panel = window.panels[PhaseKind.PRIORITISE]
    assert isinstance(panel, PrioritisePanel)
    window.session.run(demo_service.open_round, round_id=made)
    panel.refresh()
    panel.rounds.setCurrentIndex(panel.rounds.findData(made))
    assert panel.buttons["phones"].isEnabled()
    panel.buttons["phones"].click()
    dialog = panel.phone_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.addresses.setCurrentIndex(dialog.addresses.findData("127.0.0.1"))
    dialog.start_button.click()
    assert window.session.phones.running and dialog.start_button.text() == "Zatrzymaj"
    return panel, dialog, made


def test_a_phone_votes_while_the_console_runs_the_server(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    panel, dialog, made = started(qtbot, window, demo_service)
    server = window.session.phones.server
    assert server is not None and dialog.card.code.text() == f"Kod dołączenia: {server.code}"
    assert dialog.card.address.text() == server.url and not dialog.card.qr.pixmap().isNull()
    assert dialog.count.text() == "0 telefonów oddało głos"
    presenter = window.presenter
    assert presenter is not None and presenter.prioritise.currentWidget() is presenter.phone_join
    assert presenter.phone_join.card.code.text() == f"Kod dołączenia: {server.code}"
    phone = Phone(server.host, server.port)
    view = in_thread(qtbot, lambda: phone.join(server.code)).data
    shown = [o["id"] for o in view["options"]]
    answer = in_thread(qtbot, lambda: phone.send({"votes": {shown[0]: 1, shown[1]: 1},
                                                  "shown": shown, "sector": "business"}))
    assert (answer.status, answer.message) == (200, "Przyjęty")
    (ballot,) = demo_service.ballots(made)
    assert ballot.kind is BallotKind.PHONE and ballot.shown == tuple(shown)
    qtbot.waitUntil(lambda: dialog.count.text() == "1 telefon oddał głos")
    qtbot.waitUntil(lambda: panel.progress.text() == "Dotąd 1 głos: biznes 1")
    assert presenter.phone_join.count.text() == "1 telefon oddał głos"  # and nothing more
    assert window.session.undo_stack.canUndo()  # the ballot is an undo step like any


def test_closing_the_round_stops_the_server(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    panel, dialog, _made = started(qtbot, window, demo_service)
    server = window.session.phones.server
    assert server is not None
    panel.buttons["close"].click()
    assert not window.session.phones.running and dialog.start_button.text() == "Rozpocznij"
    presenter = window.presenter
    assert presenter is not None and presenter.prioritise.currentWidget() is not presenter.phone_join
    with pytest.raises(OSError):
        Phone(server.host, server.port).request("GET", "/")


def test_the_moderator_stops_and_starts_again(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    _panel, dialog, _made = started(qtbot, window, demo_service)
    dialog.start_button.click()
    assert not window.session.phones.running and dialog.card.address.text() == ""
    dialog.start_button.click()
    assert window.session.phones.running


def test_the_addresses_offered_start_with_the_rooms_network() -> None:
    found = interface_addresses()
    assert any(i.address == "127.0.0.1" and i.loopback for i in found)
    assert found[-1].loopback and "0.0.0.0" not in {i.address for i in found}


def test_a_read_only_workshop_cannot_start_voting_from_phones(
        qtbot: QtBot, demo_service: WorkshopService) -> None:
    from workshop_app.ui.session import WorkshopSession

    made = demo_service.add_round(title="Tylko do odczytu").created
    assert made is not None
    demo_service.open_round(round_id=made)
    session = WorkshopSession(demo_service, demo_service.store.path, read_only="read-only")
    dialog = PhoneDialog(session, made)
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled() and not session.phones.running
    assert dialog.problem.text().startswith("Ten warsztat jest otwarty tylko do odczytu")


def test_phones_see_the_results_only_while_the_room_does(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    panel, _dialog, _made = started(qtbot, window, demo_service)
    server = window.session.phones.server
    assert server is not None
    phone = Phone(server.host, server.port)
    view = in_thread(qtbot, lambda: phone.join(server.code)).data
    shown = [o["id"] for o in view["options"]]
    in_thread(qtbot, lambda: phone.send({"votes": {shown[0]: 1, shown[1]: 1}, "shown": shown}))
    assert in_thread(qtbot, lambda: phone.request("GET", "/api/results")).status == 409
    panel.buttons["reveal"].click()  # "Pokaż wyniki na wspólnym ekranie"
    answer = in_thread(qtbot, lambda: phone.request("GET", "/api/results"))
    assert answer.status == 200
    titles = {o["id"]: o["title"] for o in view["options"]}
    top = answer.data["results"][:2]
    assert {r["title"] for r in top} == {titles[shown[0]], titles[shown[1]]}
    assert all(r["place"] == 1 and r["score"] == 1 and r["tie"] for r in top)
    assert set(answer.data["results"][0]) == {"place", "title", "score", "tie"}
    panel.buttons["reveal"].click()  # hidden again
    assert in_thread(qtbot, lambda: phone.request("GET", "/api/results")).status == 409

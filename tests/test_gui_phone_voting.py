"""Voting from phones started in the Prioritise console: ballots over real
HTTP written on the GUI thread, counted live; after the round closes the
server stays for the results until the moderator stops it."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from tests.helpers.phones import Answer, Phone
from tests.helpers.presenter import window_with_presenter
from workshop_app.models import BallotKind, PhaseKind, Sector, VoteMethod, VotingRound
from workshop_app.phone.tokens import device_label
from workshop_app.services import WorkshopService
from workshop_app.settings import WIFI_PASSWORD, WIFI_SSID, Settings
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.panels.prioritise import PrioritisePanel
from workshop_app.ui.phone_dialog import PhoneDialog
from workshop_app.ui.phone_voting import interface_addresses
from workshop_app.ui.presenter_voting import option_titles

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


def test_closing_the_round_keeps_the_server_for_the_results(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    panel, dialog, _made = started(qtbot, window, demo_service)
    server = window.session.phones.server
    assert server is not None
    phone = Phone(server.host, server.port)
    view = in_thread(qtbot, lambda: phone.join(server.code)).data
    shown = [o["id"] for o in view["options"]]
    ballot = {"votes": {shown[0]: 1}, "shown": shown}
    assert in_thread(qtbot, lambda: phone.send(ballot)).status == 200
    panel.buttons["close"].click()
    presenter = window.presenter
    assert presenter is not None and presenter.prioritise.currentWidget() is not presenter.phone_join
    # The phones still reach the page: their ballots are refused plainly.
    assert window.session.phones.running and dialog.start_button.text() == "Zatrzymaj"
    assert dialog.round_note.text().startswith("Głosowanie jest zamknięte")
    answer = in_thread(qtbot, lambda: phone.send(ballot))
    assert (answer.status, answer.message) == (409, "To głosowanie jest zamknięte.")
    assert in_thread(qtbot, lambda: phone.request("GET", "/api/round")).data["open"] is False
    assert in_thread(qtbot, lambda: phone.request("GET", "/api/results")).status == 409
    panel.buttons["reveal"].click()  # after closing, the usual order
    answer = in_thread(qtbot, lambda: phone.request("GET", "/api/results"))
    assert answer.status == 200 and answer.data["results"][0]["score"] == 1
    assert len(demo_service.ballots(_made)) == 1
    # The moderator stops it; a closed round gets no new server (nor code).
    assert panel.buttons["phones"].isEnabled()
    dialog.start_button.click()
    assert not window.session.phones.running
    assert dialog.start_button.text() == "Rozpocznij" and not dialog.start_button.isEnabled()
    assert dialog.round_note.text() == "To głosowanie nie jest otwarte: telefony nie mogą w nim głosować."
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
    assert set(answer.data["results"][0]) == {"place", "title", "score", "tie", "near_tie"}
    panel.buttons["reveal"].click()  # hidden again
    assert in_thread(qtbot, lambda: phone.request("GET", "/api/results")).status == 409


def voted(qtbot: QtBot, server: Any, sector: str) -> tuple[Phone, list[str]]:
    """A phone that joined and sent two dots (the first two options shown)."""
    phone = Phone(server.host, server.port)
    shown = [o["id"] for o in in_thread(qtbot, lambda: phone.join(server.code)).data["options"]]
    answer = in_thread(qtbot, lambda: phone.send({"votes": {shown[0]: 1, shown[1]: 1},
                                                  "shown": shown, "sector": sector}))
    assert answer.status == 200
    return phone, shown


def test_the_console_blocks_a_phone_its_ballot_goes_and_it_is_refused(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    _panel, dialog, made = started(qtbot, window, demo_service)
    server = window.session.phones.server
    assert server is not None
    bad, shown = voted(qtbot, server, "business")
    good, _ = voted(qtbot, server, "academia")
    listed = dialog.phone_list.tree
    qtbot.waitUntil(lambda: listed.topLevelItemCount() == 2)
    bad_device = next(b.device for b in demo_service.ballots(made) if b.sector is Sector.BUSINESS)
    assert bad_device is not None
    row = next(listed.topLevelItem(i) for i in range(2)
               if listed.topLevelItem(i).text(0) == device_label(bad_device))
    assert row.text(2) == "biznes" and re.fullmatch(r"\d\d:\d\d:\d\d", row.text(1))
    assert all(bad.cookie and bad.cookie.split("=", 1)[1] not in listed.topLevelItem(i).text(c)
               for i in range(2) for c in range(3))  # never the token
    assert not dialog.phone_list.block_button.isEnabled()
    listed.setCurrentItem(row)
    dialog.phone_list.block_button.click()  # "Zablokuj"
    assert [b.sector for b in demo_service.ballots(made)] == [Sector.ACADEMIA]
    assert listed.topLevelItemCount() == 1 and dialog.count.text() == "1 telefon oddał głos"
    assert dialog.phone_list.blocked.text() == "1 telefon zablokowany"
    again = in_thread(qtbot, lambda: bad.send({"votes": {shown[2]: 1}, "shown": shown}))
    refusal = "Prowadzący zablokował ten telefon: nie może głosować w tym głosowaniu."
    assert (again.status, again.message) == (403, refusal)
    for path in ("/api/round", "/api/results"):
        assert in_thread(qtbot, lambda p=path: bad.request("GET", p)).status == 403
    assert in_thread(qtbot, lambda: bad.join(server.code)).status == 403  # the cookie is known
    english = Phone(server.host, server.port, "en", cookie=bad.cookie)
    assert in_thread(qtbot, lambda: english.request("GET", "/api/round")).message == (
        "The moderator has blocked this phone: it cannot vote in this round.")
    assert [b.sector for b in demo_service.ballots(made)] == [Sector.ACADEMIA]
    # The other phone goes on as before.
    answer = in_thread(qtbot, lambda: good.send({"votes": {shown[2]: 1}, "shown": shown,
                                                 "sector": "academia"}))
    assert answer.status == 200 and len(demo_service.ballots(made)) == 1
    # Undo (one step) brings the blocked phone's ballot back; the phone stays blocked.
    window.session.undo_stack.undo()  # the other phone's new ballot
    assert window.session.undo_stack.undoText() == "odrzucenie głosu zablokowanego telefonu"
    window.session.undo_stack.undo()
    assert sorted(str(b.sector) for b in demo_service.ballots(made)) == ["academia", "business"]
    assert in_thread(qtbot, lambda: bad.send({"votes": {shown[2]: 1}, "shown": shown})).status == 403


def test_a_new_code_keeps_joined_phones_and_turns_the_old_code_away(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    _panel, dialog, made = started(qtbot, window, demo_service)
    server = window.session.phones.server
    assert server is not None
    joined, shown = voted(qtbot, server, "business")
    old = server.code
    dialog.new_code_button.click()  # "Nowy kod"
    assert server.code != old and dialog.card.code.text() == f"Kod dołączenia: {server.code}"
    presenter = window.presenter
    assert presenter is not None
    assert presenter.phone_join.card.code.text() == f"Kod dołączenia: {server.code}"
    stranger = Phone(server.host, server.port)
    assert in_thread(qtbot, lambda: stranger.join(old)).status == 403
    assert in_thread(qtbot, lambda: stranger.join(server.code)).status == 200
    answer = in_thread(qtbot, lambda: joined.send({"votes": {shown[2]: 1}, "shown": shown}))
    assert answer.status == 200 and len(demo_service.ballots(made)) == 1


def test_the_shared_screen_shows_progress_by_sector_never_by_option(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    _panel, dialog, made = started(qtbot, window, demo_service)
    server = window.session.phones.server
    presenter = window.presenter
    assert server is not None and presenter is not None
    view = presenter.phone_join
    voted(qtbot, server, "business")
    voted(qtbot, server, "business")
    voted(qtbot, server, "local_government")
    qtbot.waitUntil(lambda: view.count.text() == "3 telefony oddały głos")
    assert view.sectors.isHidden()  # only when the moderator wants it
    dialog.by_sector.setChecked(True)
    assert view.sectors.isVisible()
    assert view.sectors.text() == "Według sektorów: samorząd 1 · biznes 2"
    assert view.sectors.font().pixelSize() >= 28  # read from the back of the room
    # Everything the screen says: no option, no count by option.
    assert {label.text() for label in view.findChildren(QLabel) if label.text()} == {
        "Głosuj z telefonu: Z telefonów", server.url, f"Kod dołączenia: {server.code}",
        "3 telefony oddały głos", "Według sektorów: samorząd 1 · biznes 2"}
    titles = option_titles(demo_service, demo_service.get(VotingRound, made))
    assert len(titles) > 2 and demo_service.results(made)  # there are votes by option to hide
    dialog.by_sector.setChecked(False)
    assert view.sectors.isHidden()


def test_the_wifi_qr_code_is_shown_only_with_a_network_name(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService, tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    window.session.phones.use_settings(settings)
    _panel, dialog, _made = started(qtbot, window, demo_service)
    presenter = window.presenter
    assert presenter is not None
    card = presenter.phone_join.card
    assert card.wifi_qr.isHidden() and card.wifi.isHidden()
    dialog.ssid.setText("Sala; \"Zamek\"")
    dialog.password.setText("tajne:hasło")
    dialog.ssid.editingFinished.emit()
    assert card.wifi_qr.isVisible() and not card.wifi_qr.pixmap().isNull()
    assert card.wifi.text() == "Wi-Fi: Sala; \"Zamek\"\nHasło: tajne:hasło"
    assert not card.qr.pixmap().isNull() and card.qr.isVisible()  # beside the page's code
    words = [label for label in presenter.phone_join.findChildren(QLabel) if label.text()]
    assert min(label.font().pixelSize() for label in words) >= 28  # read from the back
    assert (settings.get(WIFI_SSID), settings.get(WIFI_PASSWORD)) == ("Sala; \"Zamek\"",
                                                                        "tajne:hasło")
    dialog.ssid.setText("")
    dialog.ssid.editingFinished.emit()
    assert card.wifi_qr.isHidden() and card.wifi.isHidden()


def test_phones_tell_an_exact_tie_from_a_near_one_as_the_shared_screen_does(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    panel, _dialog, _made = started(qtbot, window, demo_service)
    server = window.session.phones.server
    assert server is not None
    first, second = Phone(server.host, server.port), Phone(server.host, server.port)
    view = in_thread(qtbot, lambda: first.join(server.code)).data
    in_thread(qtbot, lambda: second.join(server.code))
    shown = [o["id"] for o in view["options"]]
    titles = {o["id"]: o["title"] for o in view["options"]}
    in_thread(qtbot, lambda: first.send({"votes": {shown[0]: 1, shown[1]: 1}, "shown": shown}))
    in_thread(qtbot, lambda: second.send({"votes": {shown[0]: 1, shown[2]: 1}, "shown": shown}))
    panel.buttons["reveal"].click()
    answer = in_thread(qtbot, lambda: first.request("GET", "/api/results"))
    marks = {r["title"]: (r["place"], r["score"], r["tie"], r["near_tie"])
             for r in answer.data["results"]}
    # 2 points against 1: close, not the same place; 1 and 1: the same place.
    assert marks[titles[shown[0]]] == (1, 2, False, True)
    assert marks[titles[shown[1]]] == marks[titles[shown[2]]] == (2, 1, True, False)
    server_words = server.words["pl"].page
    assert (server_words["tie"], server_words["near_tie"]) == ("= ex aequo", "≈ prawie remis")
    panel.buttons["reveal"].click()


def test_closing_the_workshop_right_after_a_phone_ballot_reads_nothing_more(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    """A ballot's refresh of the console waits a moment while phones vote;
    closing the workshop in that moment (File → Close, another file opened,
    quitting) must not leave it to read the closed file (a traceback, the
    crash dialog)."""
    panel, _dialog, _made = started(qtbot, window, demo_service)
    server = window.session.phones.server
    assert server is not None
    phone = Phone(server.host, server.port)
    shown = [o["id"] for o in in_thread(qtbot, lambda: phone.join(server.code)).data["options"]]
    in_thread(qtbot, lambda: phone.send({"votes": {shown[0]: 1}, "shown": shown}))
    assert panel._later.isActive()  # the console's refresh is still to come
    window.session.shutdown()
    demo_service.store.close()
    assert not panel._later.isActive()
    window.session._resync()  # nor does a pending reload of the undo stack (no error)

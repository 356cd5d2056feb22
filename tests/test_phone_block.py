"""Blocking a phone, a new join code, the name list, the Wi-Fi QR payload:
over real HTTP on loopback against `workshop-app serve`'s loop."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import segno

from tests.helpers.phones import Answer, Served, dump, joined, make_workshop, phone_for, serving
from workshop_app.phone.tokens import device_label, device_of, wifi_payload


@pytest.fixture
def served(workshop_path: Path) -> Iterator[Served]:
    round_id = make_workshop(workshop_path, dots_per_voter=2, max_per_option=1)
    with serving(workshop_path, round_id) as running:
        yield running


def names(view: dict[str, Any]) -> list[str]:
    return [p["name"] for p in view["people"]]


def token_of(cookie: str | None) -> str:
    assert cookie is not None
    return cookie.split("=", 1)[1]


def test_the_name_list_leaves_out_who_voted_except_this_phones_own_voter(served: Served) -> None:
    phone, view = joined(served)
    assert names(view) == ["Anna Nowak", "Łukasz Zieliński"]
    (anna,) = [p for p in view["people"] if p["name"] == "Anna Nowak"]
    shown = [o["id"] for o in view["options"]]
    assert phone.send({"votes": {shown[0]: 1}, "shown": shown,
                       "participant": anna["id"]}).status == 200
    assert names(phone.request("GET", "/api/round").data) == ["Anna Nowak", "Łukasz Zieliński"]
    _other, other_view = joined(served)
    assert names(other_view) == ["Łukasz Zieliński"]
    # A walk-up voter at the shared screen is left out too.
    (lukasz,) = [p for p in view["people"] if p["name"] == "Łukasz Zieliński"]
    served.on_writer(lambda s: s.cast_ballot(round_id=served.round_id, votes={shown[1]: 1},
                                             participant_id=lukasz["id"]))
    assert names(phone.request("GET", "/api/round").data) == ["Anna Nowak"]
    assert names(joined(served)[1]) == []


def test_a_blocked_phone_is_refused_everything_but_the_page(served: Served) -> None:
    bad, view = joined(served)
    good, _ = joined(served)
    shown = [o["id"] for o in view["options"]]
    assert bad.send({"votes": {shown[0]: 1}, "shown": shown}).status == 200
    device = device_of(token_of(bad.cookie))
    served.on_writer(lambda s: (served.server.block(device),
                                s.discard_phone_ballot(round_id=served.round_id, device=device)))
    assert served.on_writer(lambda s: s.ballots(served.round_id)) == []
    before = dump(served.path)
    answers = [bad.send({"votes": {shown[1]: 1}, "shown": shown}), bad.join(served.server.code),
               bad.request("GET", "/api/round"), bad.request("GET", "/api/results")]
    assert {(a.status, a.message) for a in answers} == {
        (403, "Prowadzący zablokował ten telefon: nie może głosować w tym głosowaniu.")}
    assert dump(served.path) == before
    assert bad.request("GET", "/").status == 200
    assert good.send({"votes": {shown[1]: 1}, "shown": shown}).status == 200


def test_a_ballot_waiting_for_the_writer_when_its_phone_is_blocked_is_refused(
        served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    bad, view = joined(served)
    shown = [o["id"] for o in view["options"]]
    device = device_of(token_of(bad.cookie))
    release, holding = threading.Event(), threading.Event()

    def hold(_service: Any) -> None:  # the writer is busy (the moderator's side)
        holding.set()
        release.wait(20)

    desk = served.server.desk
    busy = desk.submit(lambda: hold(served.server.service))
    assert holding.wait(20)
    queued, submit = threading.Event(), desk.submit

    def submit_and_tell(job: Any) -> Any:
        future = submit(job)
        queued.set()
        return future

    monkeypatch.setattr(desk, "submit", submit_and_tell)
    box: list[Answer] = []
    sender = threading.Thread(target=lambda: box.append(
        bad.send({"votes": {shown[0]: 1}, "shown": shown})))
    sender.start()
    assert queued.wait(20)  # the ballot waits in line
    served.server.block(device)  # blocked while its ballot waits
    release.set()
    busy.result(20)
    sender.join(20)
    assert box[0].status == 403
    assert served.on_writer(lambda s: s.ballots(served.round_id)) == []


def test_a_new_join_code_turns_the_old_one_away(served: Served) -> None:
    old = served.server.code
    stayed, view = joined(served)
    new = served.server.new_code()
    assert new != old and served.server.code == new and served.server.join_url.endswith(new)
    assert phone_for(served).join(old).status == 403
    assert phone_for(served).join(new).status == 200
    shown = [o["id"] for o in view["options"]]
    assert stayed.send({"votes": {shown[0]: 1}, "shown": shown}).status == 200


def test_a_phones_label_is_short_stable_and_not_its_token() -> None:
    token = "A" * 43
    device = device_of(token)
    label = device_label(device)
    assert label == device_label(device) and len(label) == 7 and label[3] == "-"
    assert label.replace("-", "").lower() == device[:6] and "AAAA" not in label


@pytest.mark.parametrize(("ssid", "password", "payload"), [
    ("Sala", "tajne1234", "WIFI:T:WPA;S:Sala;P:tajne1234;;"),
    ('a\\b;c,d:e"f', 'p;w,d:"\\', 'WIFI:T:WPA;S:a\\\\b\\;c\\,d\\:e\\"f;P:p\\;w\\,d\\:\\"\\\\;;'),
    ("Zamek Łobzów", "", "WIFI:T:nopass;S:Zamek Łobzów;;"),
])
def test_the_wifi_payload_escapes_as_the_format_requires(
        ssid: str, password: str, payload: str) -> None:
    assert wifi_payload(ssid, password) == payload
    assert segno.make(payload, error="m").designator  # fits a QR code

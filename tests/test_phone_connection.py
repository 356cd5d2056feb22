"""One kept-alive connection from a phone: a refusal never leaves the body
behind for the next request, and a body that stops short is answered quickly."""

from __future__ import annotations

import http.client
import json
import socket
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.phones import Served, joined, make_workshop, serving
from workshop_app.phone import server as phone_server
from workshop_app.phone.tokens import device_of


@pytest.fixture
def served(workshop_path: Path) -> Iterator[Served]:
    round_id = make_workshop(workshop_path, dots_per_voter=3, max_per_option=2)
    with serving(workshop_path, round_id) as running:
        yield running


def ask(connection: http.client.HTTPConnection, method: str, path: str,
        body: dict[str, Any] | None = None, cookie: str | None = None) -> tuple[int, Any]:
    headers = {"Accept-Language": "pl", "Content-Type": "application/json"}
    if cookie:
        headers["Cookie"] = cookie
    connection.request(method, path, body=None if body is None else json.dumps(body).encode(),
                       headers=headers)
    response = connection.getresponse()
    return response.status, json.loads(response.read())


def test_a_refused_join_leaves_no_body_for_the_next_request(served: Served) -> None:
    served.server.limit.attempts = 1
    host, port = served.server.host, served.server.port
    with closing(http.client.HTTPConnection(host, port, timeout=20)) as connection:
        assert ask(connection, "POST", "/api/join", {"code": "ZLY-KOD"})[0] == 403
        status, data = ask(connection, "POST", "/api/join", {"code": served.server.code})
        assert (status, data["ok"]) == (429, False)
        status, data = ask(connection, "GET", "/api/round")  # the same connection
        assert (status, data["message"]) == (401, "Najpierw wpisz kod dołączenia.")


def test_a_ballot_before_joining_leaves_no_body_for_the_next_request(served: Served) -> None:
    host, port = served.server.host, served.server.port
    with closing(http.client.HTTPConnection(host, port, timeout=20)) as connection:
        assert ask(connection, "POST", "/api/ballot", {"votes": {"x": 1}})[0] == 401
        status, data = ask(connection, "POST", "/api/join", {"code": served.server.code})
        assert (status, data["ok"], data["open"]) == (200, True, True)


def test_a_blocked_phone_reloading_gets_the_page_not_json(served: Served) -> None:
    phone, view = joined(served)
    assert phone.cookie is not None
    served.server.block(device_of(phone.cookie.split("=", 1)[1]))
    host, port = served.server.host, served.server.port
    shown = [o["id"] for o in view["options"]]
    with closing(http.client.HTTPConnection(host, port, timeout=20)) as connection:
        status, _data = ask(connection, "POST", "/api/ballot", {"votes": {shown[0]: 1}},
                           phone.cookie)
        assert status == 403
        connection.request("GET", "/", headers={"Cookie": phone.cookie})
        response = connection.getresponse()
        page = response.read()
        assert response.status == 200 and page.startswith(b"<!DOCTYPE html>")


def test_a_body_that_stops_short_is_answered_quickly_without_a_traceback(
        served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(phone_server, "BODY_WAIT", 0.3, raising=False)
    phone, _view = joined(served)
    assert phone.cookie is not None
    host, port = served.server.host, served.server.port
    started = time.monotonic()
    with closing(socket.create_connection((host, port), timeout=20)) as raw:
        raw.sendall(f"POST /api/ballot HTTP/1.1\r\nHost: {host}:{port}\r\n"
                    f"Cookie: {phone.cookie}\r\nContent-Type: application/json\r\n"
                    "Content-Length: 100\r\n\r\n{\"votes\":".encode())
        answer = b""
        while chunk := raw.recv(4096):  # the server closes the connection
            answer += chunk
    assert time.monotonic() - started < phone_server.WAIT
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert json.loads(body)["message"].startswith("Razem nie odczytał")
    assert "Traceback" not in capsys.readouterr().err


EMPTY = "Na tej karcie nie ma kropek. Postaw co najmniej jedną kropkę."


@pytest.mark.parametrize("ballot", [
    lambda s: {"votes": {}, "shown": s}, lambda s: {}, lambda s: {"votes": {s[0]: 0}, "shown": s}],
    ids=["no dots", "nothing at all", "zero dots"])
def test_an_empty_ballot_is_refused_and_the_phone_has_not_voted(served: Served, ballot: Any
                                                                ) -> None:
    from tests.helpers.phones import dump

    phone, view = joined(served)
    before = dump(served.path)
    answer = phone.send(ballot([o["id"] for o in view["options"]]))
    assert (answer.status, answer.message) == (422, EMPTY)
    assert dump(served.path) == before
    assert served.on_writer(lambda s: s.phone_ballots(served.round_id)) == 0

"""Phones for the tests: a served workshop and an HTTP client with a cookie jar."""

from __future__ import annotations

import http.client
import json
import queue
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop_app.models import Sector, Workshop
from workshop_app.models.ids import new_id
from workshop_app.phone.server import PhoneServer
from workshop_app.services import NewIdea, NewParticipant, WorkshopService
from workshop_app.storage import WorkshopStore


def make_workshop(path: Path, *, anonymous: bool = False, **round_settings: Any) -> str:
    """A workshop with five groups, two named participants and one open
    round (dots by default); the round's id. The file is closed again."""
    store = WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="Telefony"))
    try:
        service = WorkshopService(store)
        service.add_ideas(ideas=[NewIdea(f"Pomysł {i}") for i in range(5)])
        for number, idea in enumerate(service.ideas()):
            service.create_cluster(name=f"Grupa <b>{number}</b> & ł", idea_ids=[idea.id])
        service.add_participants(participants=[
            NewParticipant(name="Anna Nowak", sector=Sector.ACADEMIA),
            NewParticipant(name="Łukasz Zieliński", sector=Sector.BUSINESS)])
        if anonymous:
            service.update_workshop(anonymous=True)
        made = service.add_round(title="Tematy", **round_settings).created
        assert made is not None
        service.open_round(round_id=made)
        return made
    finally:
        store.close()


@dataclass
class Served:
    """`workshop-app serve`'s loop in a thread that owns the file."""

    server: PhoneServer
    path: Path
    round_id: str

    def on_writer(self, job: Any) -> Any:
        """Run `job(service)` on the writer's thread (the moderator's side)."""
        return self.server.desk.submit(lambda: job(self.server.service)).result(10)


@contextmanager
def serving(path: Path, round_id: str) -> Iterator[Served]:
    from workshop_app.cli_serve import serve
    from workshop_app.phone.words import all_words

    all_words()  # its QTranslators are made on this (the main) thread
    started: queue.Queue[PhoneServer | BaseException] = queue.Queue()
    stop = threading.Event()

    def run() -> None:
        try:
            serve(path, round_id, bind="127.0.0.1", port=0, stop=stop, started=started.put)
        except BaseException as error:  # handed to the test
            started.put(error)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        server = started.get(timeout=30)
        if isinstance(server, BaseException):
            raise server
        yield Served(server, path, round_id)
    finally:
        stop.set()
        thread.join(timeout=30)


@dataclass
class Answer:
    status: int
    body: bytes
    headers: dict[str, str]

    @property
    def data(self) -> dict[str, Any]:
        value = json.loads(self.body)
        assert isinstance(value, dict)
        return value

    @property
    def message(self) -> str:
        return str(self.data["message"])


@dataclass
class Phone:
    """One phone: its cookie, its language."""

    host: str
    port: int
    language: str = "pl"
    cookie: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, body: bytes | str | dict[str, Any] | None = None,
                **headers: str) -> Answer:
        data = json.dumps(body).encode() if isinstance(body, dict) else (
            body.encode() if isinstance(body, str) else body)
        sent = {"Accept-Language": self.language, **self.headers, **headers}
        if data is not None:
            sent.setdefault("Content-Type", "application/json")
        if self.cookie:
            sent["Cookie"] = self.cookie
        with closing(http.client.HTTPConnection(self.host, self.port, timeout=20)) as connection:
            connection.request(method, path, body=data, headers=sent)
            response = connection.getresponse()
            answer = Answer(response.status, response.read(), dict(response.getheaders()))
        cookie = answer.headers.get("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return answer

    def join(self, code: str) -> Answer:
        return self.request("POST", "/api/join", {"code": code})

    def send(self, ballot: dict[str, Any]) -> Answer:
        return self.request("POST", "/api/ballot", ballot)


def phone_for(served: Served, language: str = "pl") -> Phone:
    return Phone(served.server.host, served.server.port, language)


def joined(served: Served, language: str = "pl") -> tuple[Phone, dict[str, Any]]:
    phone = phone_for(served, language)
    answer = phone.join(served.server.code)
    assert answer.status == 200, answer.body
    return phone, answer.data


def dump(path: Path) -> list[str]:
    """Every table's rows, as SQL, read without writing."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return list(connection.iterdump())

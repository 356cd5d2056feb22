"""`workshop-app serve` as a child process: its words, a clean stop, a kill."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers.phones import Phone, make_workshop
from workshop_app.models import BallotKind
from workshop_app.services import WorkshopService
from workshop_app.storage import WorkshopStore

pytestmark = pytest.mark.slow


def _env(lang: str) -> dict[str, str]:
    return {**os.environ, "RAZEM_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}


@contextmanager
def served(path: Path, round_id: str, data: Path, *extra: str,
           lang: str = "en") -> Iterator[tuple[subprocess.Popen[str], Phone, str]]:
    """The child, a phone that joined it, and the lines it printed first."""
    child = subprocess.Popen(
        [sys.executable, "-m", "workshop_app", "serve", str(path), round_id[:8],
         "--data-dir", str(data), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(lang))
    try:
        assert child.stdout is not None
        lines = [child.stdout.readline() for _ in range(3)]
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", lines[0])
        code = lines[1].rsplit(" ", 1)[-1].strip()
        assert found, (lines, child.stderr.read() if child.stderr else "")
        phone = Phone("127.0.0.1", int(found.group(1)))
        assert phone.join(code).status == 200
        yield child, phone, "".join(lines)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()


def _vote(phone: Phone) -> int:
    view = phone.request("GET", "/api/round").data
    shown = [o["id"] for o in view["options"]]
    answer = phone.send({"votes": {shown[0]: 1}, "shown": shown})
    assert (answer.status, answer.message) == (200, "Przyjęty")
    return answer.status


def _phone_ballots(path: Path) -> list[object]:
    with WorkshopStore.open(path) as store:  # for writing: the lock is free again
        service = WorkshopService(store)
        (voting_round,) = service.rounds()
        return [b for b in service.ballots(voting_round.id) if b.kind is BallotKind.PHONE]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl+C"])
def test_serve_prints_its_address_and_code_and_stops_cleanly(
        workshop_path: Path, tmp_path: Path, stop: signal.Signals) -> None:
    round_id = make_workshop(workshop_path)
    with served(workshop_path, round_id, tmp_path / "data") as (child, phone, printed):
        assert "Voting from phones: http://127.0.0.1:" in printed and "Join code: " in printed
        _vote(phone)
        child.send_signal(stop)
        out, err = child.communicate(timeout=30)
        assert child.returncode == 0, err
        assert "Voting from phones stopped; phones with a ballot: 1." in out
    assert len(_phone_ballots(workshop_path)) == 1


def test_a_ballot_accepted_is_there_after_sigkill(workshop_path: Path, tmp_path: Path) -> None:
    round_id = make_workshop(workshop_path)
    for attempt in range(3):
        with served(workshop_path, round_id, tmp_path / "data") as (child, phone, _printed):
            _vote(phone)
            child.send_signal(signal.SIGKILL)  # right after "accepted"
            child.wait(timeout=30)
        assert len(_phone_ballots(workshop_path)) == attempt + 1  # a new phone each time


@pytest.mark.parametrize("address", ["0.0.0.0", "::", "wszędzie"])
def test_serve_never_listens_on_every_interface(workshop_path: Path, tmp_path: Path,
                                                address: str) -> None:
    round_id = make_workshop(workshop_path)
    ran = subprocess.run([sys.executable, "-m", "workshop_app", "serve", str(workshop_path),
                          round_id, "--bind", address, "--data-dir", str(tmp_path / "d")],
                         capture_output=True, text=True, env=_env("pl"), timeout=60, check=False)
    assert ran.returncode == 1 and ran.stdout == ""
    assert ran.stderr.strip() == (
        f"{address} nie jest adresem tego komputera zapisanym cyframi (np. 192.168.1.10). "
        "Razem nigdy nie nasłuchuje we wszystkich sieciach naraz (0.0.0.0).")


def test_serve_refuses_a_closed_round(workshop_path: Path, tmp_path: Path) -> None:
    round_id = make_workshop(workshop_path)
    with WorkshopStore.open(workshop_path) as store:
        WorkshopService(store).close_round(round_id=round_id)
    ran = subprocess.run([sys.executable, "-m", "workshop_app", "serve", str(workshop_path),
                          round_id, "--data-dir", str(tmp_path / "d")],
                         capture_output=True, text=True, env=_env("pl"), timeout=60, check=False)
    assert (ran.returncode, ran.stderr.strip()) == (1, "To głosowanie jest zamknięte.")

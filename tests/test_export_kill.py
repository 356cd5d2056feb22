"""Killing `export --summary` at any moment leaves the old file or none, never
a partial one; a temporary file a kill leaves is hidden and named as one.

The child exports a workshop of 1,000 ideas (a couple of seconds of work).
It is killed (SIGKILL) at moments spread over a complete run, measured
first, and the moment its temporary file appears beside the target (polled
with a deadline, never guessed with a sleep).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app.models import Sector
from workshop_app.new_workshop import create_workshop_file
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.storage import WorkshopStore

IDEAS, GROUPS = 1000, 50
NONE_ROUNDS = 2  # kills with no old file
SPREAD_ROUNDS = 5  # kills at moments spread over a complete run
TEMP_ROUNDS = 3  # kills when the temporary file appears
DEADLINE_S = 120  # a bound on any one child; never reached when all is well
NEWEST = "Najnowszy pomysł, dodany po starym eksporcie"


def _workshop(path: Path) -> Path:
    sectors = list(Sector)
    with create_workshop_file(path, "Duży warsztat") as store:
        WorkshopService(store).add_ideas(ideas=[
            NewIdea(text=f"Pomysł numer {i}: więcej połączeń kolejowych i wspólne laboratoria dla firm",
                    sector=sectors[i % len(sectors)], cluster_name=f"Grupa {i % GROUPS + 1}")
            for i in range(IDEAS)])
    return path


def _start(workshop: Path, target: Path, *, errors: int = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    env = {**os.environ, "RAZEM_LANG": "pl", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "workshop_app", "export", str(workshop), "--summary",
                             str(target)], env=env, stdout=subprocess.DEVNULL, stderr=errors)


def _export(workshop: Path, target: Path) -> float:
    """A complete export; how long it took."""
    began = time.monotonic()
    child = _start(workshop, target, errors=subprocess.PIPE)
    _, err = child.communicate(timeout=DEADLINE_S)
    assert child.returncode == 0, err.decode()
    return time.monotonic() - began


def _kill(child: subprocess.Popen[bytes]) -> bool:
    """SIGKILL `child` if it still runs; True if it was killed."""
    if child.poll() is not None:
        return False
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=DEADLINE_S)
    return True


def _kill_after(workshop: Path, target: Path, delay: float) -> bool:
    child = _start(workshop, target)
    with contextlib.suppress(subprocess.TimeoutExpired):
        child.wait(timeout=delay)  # finished early: the new file must then be whole
    return _kill(child)


def _kill_when_temporary_appears(workshop: Path, target: Path) -> bool:
    """Kill the child the moment a temporary file of `target` shows beside it
    (or let it finish if it wrote too fast to be seen); True if killed then."""
    child = _start(workshop, target)
    deadline = time.monotonic() + DEADLINE_S
    try:
        while child.poll() is None and time.monotonic() < deadline:
            with os.scandir(target.parent) as entries:
                if any(e.name.startswith(f".{target.name}.") for e in entries):
                    return _kill(child)
        assert child.poll() is not None, "the export did not finish within the deadline"
        return False
    finally:
        _kill(child)


def _check(folder: Path, target: Path, old: bytes | None, killed: bool) -> list[str]:
    """The target is the old file byte for byte (absent if there was none),
    or a whole new one; anything else left is a hidden temporary file named
    after the target, and only after a kill. Puts the old file back, removes
    the leftovers and returns their names."""
    data = target.read_bytes() if target.exists() else None
    if data != old:
        assert data is not None, "the old file is gone"
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "a partial PDF"
        assert NEWEST in PdfReader(target).pages[-1].extract_text()
        target.unlink()
        if old is not None:
            target.write_bytes(old)  # the next round starts from the old file again
    others = sorted(p.name for p in folder.iterdir() if p.name != target.name)
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.[^/]+\.part$")
    assert all(pattern.match(name) for name in others), others
    assert killed or not others
    for name in others:
        (folder / name).unlink()
    return others


@pytest.mark.slow
def test_a_kill_during_export_leaves_the_old_file_or_none(
        tmp_path: Path, record_property: Callable[[str, object], None]) -> None:
    workshop = _workshop(tmp_path / "duzy.razem")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "podsumowanie.pdf"
    _export(workshop, target)
    old = target.read_bytes()
    with WorkshopStore.open(workshop) as store:
        WorkshopService(store).add_ideas(ideas=[NewIdea(text=NEWEST)])
    target.unlink()
    took = _export(workshop, target)
    assert NEWEST in PdfReader(target).pages[-1].extract_text()
    target.unlink()

    outcomes = []
    for n in range(NONE_ROUNDS):  # no old file: a kill leaves none
        killed = _kill_after(workshop, target, took * (n + 0.5) / NONE_ROUNDS)
        outcomes.append(("spread", killed, _check(folder, target, None, killed)))
    target.write_bytes(old)
    for n in range(SPREAD_ROUNDS):
        killed = _kill_after(workshop, target, took * (n + 0.5) / SPREAD_ROUNDS)
        outcomes.append(("spread", killed, _check(folder, target, old, killed)))
    for _ in range(TEMP_ROUNDS):
        killed = _kill_when_temporary_appears(workshop, target)
        outcomes.append(("temporary", killed, _check(folder, target, old, killed)))
    record_property("rounds", len(outcomes))  # for scripts/reliability_report.py
    # Most kills landed while the export was still at work.
    spread = [killed for kind, killed, _ in outcomes if kind == "spread"]
    assert sum(spread) >= len(spread) // 2, outcomes
    # The temporary file is there from its creation until it is moved into
    # place (a write and an fsync): a watcher polling without pause sees it.
    assert any(left for kind, _, left in outcomes if kind == "temporary"), outcomes

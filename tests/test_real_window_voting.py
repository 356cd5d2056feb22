"""Black-box: a voter's ballot typed at the shared screen of the real program,
which is killed right after the next-voter card shows; the ballot is in the file.

Only keys, as the moderator and the voters use them: Ctrl+4 (Prioritise) and
F6 (voting at the shared screen) in the moderator's window, F5 (the shared
screen); then, on the shared screen, a sector's number, 1 (without my name),
the dots, Enter ("Done") and Enter (cast).
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.real_window import (
    HAVE_X,
    NO_X_REASON,
    SHARED_SCREEN,
    LineReader,
    program_env,
    razem,
    virtual_display,
    x_env,
    xdotool,
)
from workshop_app.models import Sector
from workshop_app.models.rules import SECTOR_ORDER

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not HAVE_X, reason=NO_X_REASON)]

STEP_TIMEOUT_S = 60.0  # a busy machine; a healthy step takes well under a second
SECTOR = Sector.LOCAL_GOVERNMENT  # the first on the start page: key 1
# Card 1 gets two dots (the most one option may have), card 2 the third.
BALLOT_KEYS = ("1", "plus", "plus", "2", "plus")


@pytest.fixture
def display() -> Iterator[str]:
    with virtual_display("1920x1080x24") as name:
        yield name


def cli(tmp_path: Path, *args: str) -> str:
    """Run one command of the program; its output (it must succeed)."""
    done = subprocess.run(razem(tmp_path, *args), capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def open_dots_round(tmp_path: Path, path: Path) -> str:
    """The demo workshop with a new dots round (3 dots, at most 2 on an
    option) open for voting; the round's id."""
    cli(tmp_path, "demo", str(path))
    made = cli(tmp_path, "round", str(path), "new", "--title", "Co robimy najpierw?",
               "--method", "dots", "--dots", "3", "--cap", "2")
    round_id = made.split()[-1]
    cli(tmp_path, "round", str(path), "open", round_id)
    return round_id


def test_a_ballot_typed_at_the_shared_screen_survives_sigkill(
        display: str, tmp_path: Path) -> None:
    path = tmp_path / "forum.razem"
    round_id = open_dots_round(tmp_path, path)
    with sqlite3.connect(path) as raw:  # the demo asks voters of this sector their name
        assert raw.execute("SELECT anonymous, current_phase FROM workshop").fetchone() == (
            0, "agenda")  # and opens in another phase than Prioritise
        assert raw.execute("SELECT count(*) FROM participants WHERE sector = ? AND name <> '' "
                           "AND deleted_at IS NULL", (SECTOR.value,)).fetchone()[0] > 0
    raw.close()
    xenv = x_env(display)
    app = subprocess.Popen(razem(tmp_path, str(path), "--trace-changes"),
                           env=program_env(display), stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL)
    try:
        assert app.stdout is not None
        lines = LineReader(app.stdout.fileno())
        window = xdotool(xenv, "search", "--sync", "--onlyvisible", "--name",
                         "forum.razem").split()[0]
        # No window manager: each window is given the keyboard focus (Qt
        # takes none from the pointer resting on a window), and checked.
        xdotool(xenv, "windowfocus", "--sync", window)
        xdotool(xenv, "key", "F5")  # the shared screen (the moderator's window keeps the focus)
        screen = xdotool(xenv, "search", "--sync", "--onlyvisible", "--name",
                         SHARED_SCREEN).split()[0]
        xdotool(xenv, "windowfocus", "--sync", window)
        # Prioritise (showing the newest round), then voting at the shared
        # screen; the phase is remembered in the file: a line once it is.
        xdotool(xenv, "key", "ctrl+4", "F6")
        lines.line_with(" workshop=yes ", STEP_TIMEOUT_S)
        xdotool(xenv, "windowfocus", "--sync", screen)
        sector_key = str(SECTOR_ORDER.index(SECTOR) + 1)
        xdotool(xenv, "key", "--delay", "20", sector_key, "1", *BALLOT_KEYS, "Return", "Return")
        cast = lines.line_with(f"rounds={round_id} ", STEP_TIMEOUT_S)
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
        if app.stdout is not None:
            app.stdout.close()
    ballot_id = cast.rpartition("created=")[2]
    assert ballot_id
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ballots = raw.execute("SELECT id, sector, participant_id, kind, votes, shown FROM ballots "
                              "WHERE round_id = ? AND deleted_at IS NULL", (round_id,)).fetchall()
        options = json.loads(raw.execute("SELECT options FROM voting_rounds WHERE id = ?",
                                          (round_id,)).fetchone()[0])
    raw.close()
    assert len(ballots) == 1
    (found, sector, participant, kind, votes_json, shown_json) = ballots[0]
    votes, shown = json.loads(votes_json), json.loads(shown_json)
    assert (found, sector, participant, kind) == (ballot_id, SECTOR.value, None, "screen")
    assert sum(votes.values()) == 3 and sorted(votes.values()) == [1, 2]
    assert sorted(shown) == sorted(options) and len(options) > 2
    # The dots went to the first two cards the voter was shown.
    assert {shown[0]: 2, shown[1]: 1} == votes

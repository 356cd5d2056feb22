"""Black-box: the real program in a real window under a virtual X server."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.real_window import (
    HAVE_X,
    NO_X_REASON,
    XDOTOOL,
    LineReader,
    map_keys,
    program_env,
    razem,
    typing,
    virtual_display,
    x_env,
)
from workshop_app.services.demo import write_demo

pytestmark = pytest.mark.slow
needs_x = pytest.mark.skipif(not HAVE_X, reason=NO_X_REASON)


@pytest.fixture
def display() -> Iterator[str]:
    with virtual_display() as name:
        yield name


@needs_x
def test_demo_paints_a_real_window(display: str, tmp_path: Path) -> None:
    result = subprocess.run(
        razem(tmp_path, "--demo", "--paint-probe"), capture_output=True, text=True,
        env=program_env(display), timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "RAZEM_PAINTED" in result.stdout


@needs_x
def test_window_is_mapped_with_the_workshop_title_and_survives_a_kill(
    display: str, tmp_path: Path
) -> None:
    path = tmp_path / "forum.razem"
    write_demo(path)
    log = tmp_path / "stderr.txt"
    with log.open("w") as stderr:
        app = subprocess.Popen(razem(tmp_path, str(path)), env=program_env(display),
                               stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        found = subprocess.run(
            [XDOTOOL, "search", "--sync", "--onlyvisible", "--name", "forum.razem"],
            env=x_env(display), capture_output=True, text=True, timeout=60,
            check=False)
        assert found.returncode == 0 and found.stdout.strip(), log.read_text()
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT count(*) FROM ideas").fetchone()[0] == 42
    raw.close()


@needs_x
def test_typed_polish_idea_survives_sigkill(display: str, tmp_path: Path) -> None:
    """As a new user: new workshop, type an idea with Polish letters, Enter,
    SIGKILL a moment later: the idea is in the file."""
    path = tmp_path / "nowy.razem"
    env = program_env(display)
    created = subprocess.run(razem(tmp_path, "new", str(path), "--title", "Nowy warsztat"),
                             env=env, capture_output=True, text=True, timeout=60, check=False)
    assert created.returncode == 0, created.stderr
    app = subprocess.Popen(razem(tmp_path, str(path), "--trace-changes"), env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    xenv = x_env(display)
    text = "Żółta ścieżka rowerowa do strefy – ąęćńóśźł"
    try:
        window = subprocess.run([XDOTOOL, "search", "--sync", "--onlyvisible", "--name",
                                 "nowy.razem"], env=xenv, capture_output=True, text=True,
                                timeout=60, check=True).stdout.split()[0]
        # No window manager: keyboard focus follows the pointer.
        subprocess.run([XDOTOOL, "windowmove", "--sync", window, "0", "0"], env=xenv, check=True)
        subprocess.run([XDOTOOL, "mousemove", "--sync", "300", "200"], env=xenv, check=True)
        keys = map_keys(text, xenv)
        subprocess.run([XDOTOOL, *typing(text, keys, 15)], env=xenv, check=True, timeout=60)
        subprocess.run([XDOTOOL, "key", "Return"], env=xenv, check=True)
        assert app.stdout is not None
        LineReader(app.stdout.fileno()).line_with("RAZEM_CHANGED ideas=", 30)
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
        assert app.stdout is not None
        app.stdout.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        texts = [row[0] for row in raw.execute("SELECT text FROM ideas")]
    raw.close()
    assert texts == [text]

"""Black-box: the real program in a real window under a virtual X server."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.services.demo import write_demo

pytestmark = pytest.mark.slow

XVFB = shutil.which("Xvfb")
XDOTOOL = shutil.which("xdotool")
XMODMAP = shutil.which("xmodmap") or "xmodmap"
needs_x = pytest.mark.skipif(
    XVFB is None or XDOTOOL is None,
    reason="Xvfb and xdotool are not installed (apt-get install xvfb xdotool; CI installs them)",
)


@pytest.fixture
def display() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen([XVFB, "-displayfd", str(write), "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _env(display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


def _razem(tmp_path: Path, *args: str) -> list[str]:
    """The program's command line, with its settings and data in `tmp_path`."""
    return [sys.executable, "-m", "workshop_app", *args, "--config-dir", str(tmp_path / "config"),
            "--data-dir", str(tmp_path / "data")]


@needs_x
def test_demo_paints_a_real_window(display: str, tmp_path: Path) -> None:
    result = subprocess.run(
        _razem(tmp_path, "--demo", "--paint-probe"), capture_output=True, text=True,
        env=_env(display), timeout=60, check=False)
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
        app = subprocess.Popen(_razem(tmp_path, str(path)), env=_env(display),
                               stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        found = subprocess.run(
            [XDOTOOL, "search", "--sync", "--onlyvisible", "--name", "forum.razem"],
            env={**os.environ, "DISPLAY": display}, capture_output=True, text=True, timeout=60,
            check=False)
        assert found.returncode == 0 and found.stdout.strip(), log.read_text()
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT count(*) FROM ideas").fetchone()[0] == 42
    raw.close()


def _read_line_with(stream: object, marker: str, timeout: float) -> str:
    """The first line of `stream` containing `marker`, waiting at most `timeout` s."""
    import select
    import time

    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([stream], [], [], left)
        if not ready:
            break
        line = stream.readline()  # type: ignore[attr-defined]
        if not line:
            break
        if marker in line:
            return str(line)
    raise AssertionError(f"no {marker!r} within {timeout} s")


def _map_keys(text: str, xenv: dict[str, str]) -> None:
    """Give every letter of `text` that the virtual keyboard lacks a key of
    its own (lower case, Shift for upper case). Otherwise xdotool borrows one
    spare key for each such letter in turn, and a letter typed while the
    program is still reading the previous remapping is lost."""
    letters = sorted({c.lower() for c in text if ord(c) > 127})
    free = range(255, 255 - len(letters), -1)  # the top keycodes are unused under Xvfb
    lines = [f"keycode {code} = U{ord(c):04X} U{ord(c.upper()):04X}" for code, c in zip(free, letters, strict=False)]
    subprocess.run([XMODMAP, "-"], input="\n".join(lines), text=True, env=xenv, check=True,
                   timeout=30)


@needs_x
def test_typed_polish_idea_survives_sigkill(display: str, tmp_path: Path) -> None:
    """As a new user: new workshop, type an idea with Polish letters, Enter,
    SIGKILL a moment later: the idea is in the file."""
    path = tmp_path / "nowy.razem"
    env = _env(display)
    created = subprocess.run(_razem(tmp_path, "new", str(path), "--title", "Nowy warsztat"),
                             env=env, capture_output=True, text=True, timeout=60, check=False)
    assert created.returncode == 0, created.stderr
    app = subprocess.Popen(_razem(tmp_path, str(path), "--trace-changes"), env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    xenv = {**os.environ, "DISPLAY": display}
    text = "Żółta ścieżka rowerowa do strefy – ąęćńóśźł"
    try:
        window = subprocess.run([XDOTOOL, "search", "--sync", "--onlyvisible", "--name",
                                 "nowy.razem"], env=xenv, capture_output=True, text=True,
                                timeout=60, check=True).stdout.split()[0]
        # No window manager: keyboard focus follows the pointer.
        subprocess.run([XDOTOOL, "windowmove", "--sync", window, "0", "0"], env=xenv, check=True)
        subprocess.run([XDOTOOL, "mousemove", "--sync", "300", "200"], env=xenv, check=True)
        _map_keys(text, xenv)
        subprocess.run([XDOTOOL, "type", "--delay", "15", text], env=xenv, check=True, timeout=60)
        subprocess.run([XDOTOOL, "key", "Return"], env=xenv, check=True)
        _read_line_with(app.stdout, "RAZEM_CHANGED ideas=", 30)
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

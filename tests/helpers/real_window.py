"""Driving the real program in a real window under a virtual X server.

Shared by tests/test_real_window.py, tests/test_window_kill.py and the
window-kill benchmark: start Xvfb, build the program's command line and
environment, type Polish text with xdotool, read the program's output lines
with a timeout (never a sleep).
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

XVFB = shutil.which("Xvfb")
XDOTOOL = shutil.which("xdotool") or "xdotool"
XMODMAP = shutil.which("xmodmap") or "xmodmap"
HAVE_X = XVFB is not None and shutil.which("xdotool") is not None
NO_X_REASON = ("Xvfb and xdotool are not installed (apt-get install xvfb xdotool; "
               "CI installs them)")
POLISH_LETTERS = "ąćęłńóśźż"
SHARED_SCREEN = "Razem — wspólny ekran"  # the shared screen's window title, in Polish


@contextmanager
def virtual_display(size: str = "1600x1000x24") -> Iterator[str]:
    """A fresh Xvfb on a display number no one uses (it picks one itself)."""
    assert XVFB is not None, NO_X_REASON
    read, write = os.pipe()
    server = subprocess.Popen([XVFB, "-displayfd", str(write), "-screen", "0", size,
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


def program_env(display: str) -> dict[str, str]:
    """The environment for the program: a real (xcb) window on `display`."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


def x_env(display: str) -> dict[str, str]:
    """The environment for xdotool and xmodmap."""
    return {**os.environ, "DISPLAY": display}


def razem(tmp_path: Path, *args: str) -> list[str]:
    """The program's command line, with its settings and data in `tmp_path`."""
    return [sys.executable, "-m", "workshop_app", *args, "--config-dir", str(tmp_path / "config"),
            "--data-dir", str(tmp_path / "data")]


def map_keys(text: str, xenv: dict[str, str]) -> dict[str, str]:
    """Give every character of `text` beyond ASCII a key of its own (lower
    case, Shift for upper case) and say which key types it, for `typing`.

    Call it after the program's window is up: the program then reads the new
    keyboard map before the keys pressed next. (Under Xvfb the keyboard map
    a client reads at start does not show earlier changes, so xdotool would
    never find these keys: it borrows a spare key for each such character
    in turn and undoes the change right after, and a character typed while
    the program is still reading the borrowed key is lost.)
    """
    letters = sorted({c.lower() for c in text if ord(c) > 127})
    free = range(255, 255 - len(letters), -1)  # the top keycodes are spare under Xvfb
    lines, keys = [], {}
    for code, c in zip(free, letters, strict=False):
        lines.append(f"keycode {code} = U{ord(c):04X} U{ord(c.upper()):04X}")
        keys[c] = str(code)
        if c.upper() != c:
            keys[c.upper()] = f"shift+{code}"
    subprocess.run([XMODMAP, "-"], input="\n".join(lines), text=True, env=xenv, check=True,
                   timeout=30)
    return keys


_KEY_NAMES = {" ": "space", ".": "period", ",": "comma", "-": "minus", ":": "colon",
              "/": "slash", "(": "parenleft", ")": "parenright"}


def typing(text: str, keys: dict[str, str], delay_ms: int = 10) -> list[str]:
    """xdotool's arguments that type `text`, one key per character (`keys` from
    `map_keys` for the characters beyond ASCII)."""
    return ["key", "--delay", str(delay_ms),
            *(keys.get(c) or _KEY_NAMES.get(c) or c for c in text)]


class LineReader:
    """Whole lines from a child's stdout pipe, each waited for with a timeout.

    Reads the raw file descriptor, so lines that arrive together are all
    seen (a buffered `readline` after `select` would hide the second one).
    """

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._buffer = b""
        self.closed = False

    def next_line(self, timeout: float) -> str | None:
        """The next complete line (without its newline), or None when none
        came within `timeout` s or the pipe was closed."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer and not self.closed:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                self.closed = True
            self._buffer += chunk
        if b"\n" not in self._buffer:
            return None  # a line cut off by the end of the output names nothing
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode("utf-8")

    def line_with(self, marker: str, timeout: float) -> str:
        """The first line containing `marker`, waiting at most `timeout` s in all."""
        deadline = time.monotonic() + timeout
        while (line := self.next_line(max(0.0, deadline - time.monotonic()))) is not None:
            if marker in line:
                return line
        raise AssertionError(f"no {marker!r} within {timeout} s")

    def rest(self) -> list[str]:
        """Every complete line left, once the writer is gone."""
        lines = []
        while (line := self.next_line(5.0)) is not None:
            lines.append(line)
        return lines


def xdotool(xenv: dict[str, str], *args: str) -> str:
    """Run one xdotool command; its output."""
    return subprocess.run([XDOTOOL, *args], env=xenv, capture_output=True, text=True,
                          timeout=60, check=True).stdout

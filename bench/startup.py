"""startup: wall time from spawning the program to its first painted window.

Razem runs with the hidden option `--paint-probe`, which makes it print
`RAZEM_PAINTED` right after the main window's first paint and quit with exit
code 0. It is
measured twice: opening a workshop file (`python -m workshop_app FILE`) and
`--demo` (which also writes the demo copy). Baseline: `bench/bare_window.py`,
a bare PySide6 QApplication + QWidget of the same size that prints the same
line from its first paintEvent. Same interpreter, same platform plugin.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from bench.common import (
    BENCH_DIR,
    REPO_DIR,
    BenchError,
    BenchResult,
    Options,
    Row,
    median,
    scratch_dir,
    verdict,
)
from workshop_app.services.demo import write_demo

NAME = "startup"
RUNS = 5
TIMEOUT_S = 30.0
TARGET_S = 1.0
PROBE_LINE = b"RAZEM_PAINTED"
# Keep equal to the main window's default size so both paint the same area.
WINDOW_SIZE = "1280x800"


def run(options: Options) -> BenchResult:
    result = BenchResult(NAME)
    with scratch_dir(NAME) as folder:
        env = _environment(options, folder)
        demo_file = folder / "demo.razem"
        write_demo(demo_file)
        # Settings and --demo copies in the scratch folder, never in the user's home.
        razem = [sys.executable, "-m", "workshop_app", "--paint-probe",
                 "--config-dir", str(folder / "config"), "--data-dir", str(folder / "data")]
        commands = {
            "bare": [sys.executable, str(BENCH_DIR / "bare_window.py"), WINDOW_SIZE],
            "FILE": [*razem, str(demo_file)],
            "--demo": [*razem, "--demo"],
        }
        times, problems = _measure(commands, env)
    result.notes.append(f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; {RUNS} runs each after 1 "
                        f"warm-up, alternating; window {WINDOW_SIZE}; timeout {TIMEOUT_S:g} s")
    if "bare" in problems:
        raise BenchError(f"the baseline itself failed: {problems['bare']}")
    bare = times["bare"]
    for variant in ("FILE", "--demo"):
        ours = times.get(variant)
        mid = median(ours) if ours else None
        result.rows.append(Row(NAME, f"{variant} median s", mid, median(bare),
                               f"≤{TARGET_S:g} s", verdict(mid is not None and mid <= TARGET_S)))
        result.rows.append(Row(NAME, f"{variant} max s", max(ours) if ours else None, max(bare)))
    if problems:
        result.error = "; ".join(f"Razem {k}: {v}" for k, v in problems.items())
    result.details = {"seconds": times, "problems": problems, "platform": env["QT_QPA_PLATFORM"]}
    return result


def _environment(options: Options, folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    platform = options.platform or env.get("QT_QPA_PLATFORM") or "offscreen"
    if platform == "xcb" and not env.get("DISPLAY"):
        raise BenchError("--platform xcb needs DISPLAY (try: xvfb-run -a python -m bench startup "
                         "--platform xcb)")
    env["QT_QPA_PLATFORM"] = platform
    # Qt's own folders too, for anything the command-line folders do not cover.
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    env["XDG_DATA_HOME"] = str(folder / "data")
    return env


def _measure(commands: dict[str, list[str]],
             env: dict[str, str]) -> tuple[dict[str, list[float]], dict[str, str]]:
    """One warm-up of each command, then RUNS timed runs, rotating the order.

    A command that fails once is dropped with its message, so a broken build
    costs one timeout, not six.
    """
    times: dict[str, list[float]] = {name: [] for name in commands}
    problems: dict[str, str] = {}
    names = list(commands)
    for i in range(RUNS + 1):
        for name in names[i % len(names):] + names[:i % len(names)]:
            if name in problems:
                continue
            try:
                seconds = spawn_to_paint(commands[name], env)
            except BenchError as exc:
                problems[name] = str(exc) if i == 0 else f"run {i}: {exc}"
                continue
            if i > 0:
                times[name].append(seconds)
    return {n: t for n, t in times.items() if n not in problems}, problems


def spawn_to_paint(command: Sequence[str], env: dict[str, str]) -> float:
    """Seconds from spawning `command` to reading the probe line; it must then exit 0."""
    with tempfile.TemporaryFile() as errors:  # a file, so a full pipe never blocks the child
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env,
                                cwd=REPO_DIR, start_new_session=True)
        try:
            painted = _read_probe(proc, start + TIMEOUT_S)
            seconds = painted - start
            code = proc.wait(timeout=max(0.1, start + TIMEOUT_S - time.perf_counter()))
        except subprocess.TimeoutExpired:
            raise BenchError(f"painted but did not quit within {TIMEOUT_S:g} s") from None
        except BenchError as exc:
            raise BenchError(f"{exc}{_tail(errors)}") from None
        finally:
            _stop(proc)
        if code != 0:
            raise BenchError(f"printed {PROBE_LINE.decode()} but exited with {code}{_tail(errors)}")
        return seconds


def _read_probe(proc: subprocess.Popen[bytes], deadline: float) -> float:
    """Time at which the probe line arrived on stdout; BenchError on EOF or timeout."""
    assert proc.stdout is not None
    fd, buffer = proc.stdout.fileno(), b""
    while True:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise BenchError(f"no {PROBE_LINE.decode()} line within {TIMEOUT_S:g} s "
                             "(is the --paint-probe option implemented?); killed")
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            code = proc.wait()
            raise BenchError(f"exited with {code} without printing {PROBE_LINE.decode()}")
        buffer += chunk
        if any(line.strip() == PROBE_LINE for line in buffer.splitlines()):
            return time.perf_counter()


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Kill our child's process group if it is still running (never anything else)."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


def _tail(errors: IO[bytes], lines: int = 6) -> str:
    errors.seek(0)
    text = errors.read().decode(errors="replace").strip().splitlines()
    return ("; stderr: " + " | ".join(text[-lines:])) if text else ""

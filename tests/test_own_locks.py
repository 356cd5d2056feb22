"""The window keeps SQLite's locks on its own open workshop file, whatever it
reads meanwhile, so a terminal export of the same file loses none of its work.

POSIX gives a process's locks on a file to the process: closing ANY
descriptor of the file drops all of them, SQLite's included. A window whose
locks were gone let `workshop-app export FILE` (a documented use while the
window has FILE open) checkpoint and delete the journal the window still
wrote into; its later changes went into the deleted journal and were lost
when the window was killed. The window here is a child process (it is
SIGKILLed); each test has it read the file one way, then checks its locks
(in /proc/locks) and that a terminal export loses nothing.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.previous import write_last_year
from workshop_app.exports.kinds import ExportKind, export_file
from workshop_app.models import Idea
from workshop_app.storage import WorkshopStore, journal
from workshop_app.storage.fileformat import read_header

CHILD = Path(__file__).parent / "helpers" / "lock_child.py"
ROOT = Path(__file__).resolve().parents[1]

# What the window does with its own file, each a list of lock_child commands.
READS: dict[str, list[str]] = {
    "header": ["header"],
    "read_only_store": ["reader"],
    **{f"export_{kind.value}": [f"export {kind.value} {{out}}/wynik-{kind.value}"] for kind in ExportKind},
    "carry_over": ["carry_over {folder}/edycja-2026.razem"],
    "file_chooser": ["chooser"],
    "import_of_ideas": ["import"],
    "table_file": ["split {out}/stol-1.razem"],
}


class Window:
    """The child process that has the workshop open for writing."""

    def __init__(self, path: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, encoding="utf-8", env=env)
        assert self.said() == "ready"

    def said(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def do(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        assert self.said() == "done", command

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()


@pytest.fixture
def workshop(tmp_path: Path, demo_template: Path) -> Path:
    """The demo workshop (content for every kind of export), last year's
    workshop in the same folder, and a folder for exports."""
    folder = tmp_path / "warsztaty"
    folder.mkdir()
    path = folder / "forum.razem"
    WorkshopStore.copy_file(demo_template, path)
    write_last_year(folder / "edycja-2026.razem")
    (tmp_path / "eksporty").mkdir()
    return path


@pytest.fixture
def window(workshop: Path) -> Iterator[Window]:
    opened = Window(workshop)
    try:
        yield opened
    finally:
        if opened.proc.poll() is None:
            opened.kill()
        for stream in (opened.proc.stdin, opened.proc.stdout):
            if stream is not None:
                stream.close()


def run_reads(window: Window, workshop: Path, name: str) -> None:
    for command in READS[name]:
        window.do(command.format(out=workshop.parent.parent / "eksporty", folder=workshop.parent))


def posix_locks(pid: int) -> set[int]:
    """The inodes on which process `pid` holds a POSIX (fcntl) lock."""
    held = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" in fields or len(fields) < 6 or fields[1] != "POSIX" or fields[4] != str(pid):
            continue
        held.add(int(fields[5].rsplit(":", 1)[1]))
    return held


def terminal_export(workshop: Path, target: Path) -> None:
    """`workshop-app export FILE --json OUT` in a terminal, beside the window."""
    done = subprocess.run([sys.executable, "-m", "workshop_app", "export", str(workshop),
                           "--json", str(target)], env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr


def ideas_in(workshop: Path) -> set[str]:
    with WorkshopStore.open(workshop) as store:
        return {idea.text for idea in store.all(Idea)}


@pytest.mark.slow
def test_the_window_keeps_its_locks_on_its_file_and_journal_index_whatever_it_reads(
        window: Window, workshop: Path) -> None:
    main, index = workshop.stat().st_ino, workshop.with_name(workshop.name + "-shm").stat().st_ino
    assert {main, index} <= posix_locks(window.proc.pid)
    for name in READS:
        run_reads(window, workshop, name)
        assert {main, index} <= posix_locks(window.proc.pid), f"locks lost by: {name}"


@pytest.mark.slow
def test_a_terminal_export_beside_the_window_loses_none_of_its_later_changes(
        window: Window, workshop: Path) -> None:
    for name in READS:
        run_reads(window, workshop, name)
    terminal_export(workshop, workshop.parent.parent / "eksporty" / "z-terminala.json")
    window.do("add Pomysł dodany po eksporcie z terminala")
    window.kill()
    assert "Pomysł dodany po eksporcie z terminala" in ideas_in(workshop)


@pytest.mark.slow
def test_a_terminal_export_never_deletes_the_journal_of_a_window_that_lost_its_locks(
        window: Window, workshop: Path) -> None:
    """However the window came to lose its locks, the terminal's reader
    leaves its journal alone."""
    window.do("drop")
    assert workshop.stat().st_ino not in posix_locks(window.proc.pid)
    terminal_export(workshop, workshop.parent.parent / "eksporty" / "z-terminala.json")
    assert workshop.with_name(workshop.name + "-wal").exists()
    window.do("add Pomysł dodany po eksporcie z terminala")
    window.kill()
    assert "Pomysł dodany po eksporcie z terminala" in ideas_in(workshop)


def test_reads_in_this_process_keep_the_locks_of_its_own_open_store(workshop: Path) -> None:
    """The same, within one process: every reader of the open file reads it
    through the descriptor the store keeps, and the store's locks stay."""
    out = workshop.parent.parent / "eksporty"
    with WorkshopStore.open(workshop) as store:
        store.workshop()
        main, index = workshop.stat().st_ino, workshop.with_name(workshop.name + "-shm").stat().st_ino
        assert {main, index} <= posix_locks(os.getpid())
        read_header(workshop)
        journal.fingerprint(workshop)
        shutil.rmtree(journal.private_copy(workshop, with_journal=True).parent)
        with WorkshopStore.open(workshop, read_only=True) as reader:
            reader.workshop()
        export_file(workshop, ExportKind.JSON, out / "dane.json")
        assert {main, index} <= posix_locks(os.getpid())
    assert main not in posix_locks(os.getpid())  # the last one out lets go

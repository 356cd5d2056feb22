"""A journal (-wal) that a crash left beside a workshop is replayed only into
the file it belongs to; reading never changes a file or its journal."""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workshop_app import i18n
from workshop_app.cli import main
from workshop_app.messages import file_error
from workshop_app.models import Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.storage import FileProblem, WorkshopFileError, WorkshopStore

WRITE_AND_HOLD = Path(__file__).parent / "helpers" / "write_and_hold.py"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def workshop(path: Path, count: int, tag: str) -> Path:
    with WorkshopStore.create(path, workshop=Workshop(id=new_id(), title=tag)) as store:
        WorkshopService(store).add_ideas(ideas=[NewIdea(f"{tag} {n}") for n in range(count)])
    return path


def crash_while_writing(path: Path, count: int) -> None:
    """Another program adds `count` ideas to `path` and is killed: the ideas
    are in the journal only, and the lock file stays behind."""
    with subprocess.Popen([sys.executable, str(WRITE_AND_HOLD), str(path), str(count)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert path.with_name(path.name + "-wal").stat().st_size > 32


def texts(path: Path) -> list[str]:
    with WorkshopStore.open(path, read_only=True) as store:
        return [i.text for i in WorkshopService(store).ideas()]


def files(folder: Path) -> dict[str, str]:
    return {p.name: sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def swapped(tmp_path: Path) -> tuple[Path, Path]:
    """B crashed with 80 ideas in its journal; then a backup of workshop A
    (30 ideas) was copied over B.razem. Returns (B.razem, the backup of A)."""
    (tmp_path / "kopie").mkdir()
    backup = workshop(tmp_path / "kopie" / "A.razem", 30, "A")
    b = workshop(tmp_path / "B.razem", 0, "B")
    crash_while_writing(b, 80)
    shutil.copyfile(backup, b)
    return b, backup


@pytest.fixture
def cli(qapp: object) -> Iterator[Callable[[list[str]], int]]:
    """The command line run in this process; it installs the user's language."""
    yield main
    i18n.install("en")


def test_reading_never_replays_a_foreign_journal_nor_changes_a_byte(
        swapped: tuple[Path, Path], tmp_path: Path, cli: Callable[[list[str]], int]) -> None:
    b, _backup = swapped
    before = files(tmp_path)
    out = tmp_path / "kopie" / "eksport.json"
    assert cli(["export", str(b), "--json", str(out)]) == 0
    exported = [i["text"] for i in json.loads(out.read_text(encoding="utf-8"))["ideas"]]
    assert exported == [f"A {n}" for n in range(30)]
    assert files(tmp_path) == before  # the file, its journal and the lock: untouched


def test_a_writer_moves_a_foreign_journal_aside_and_changes_nothing(
        swapped: tuple[Path, Path], tmp_path: Path) -> None:
    b, _backup = swapped
    main_before, journal_before = sha(b), sha(b.with_name("B.razem-wal"))
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopStore.open(b)
    assert refused.value.problem is FileProblem.FOREIGN_JOURNAL
    moved = refused.value.backup
    assert moved is not None and sha(moved) == journal_before  # moved, never deleted
    assert str(moved) in file_error(refused.value)
    assert sha(b) == main_before
    # The file opens as it is: workshop A, whole.
    with WorkshopStore.open(b) as store:
        assert store.integrity_check() == "ok"
        assert [i.text for i in WorkshopService(store).ideas()] == [f"A {n}" for n in range(30)]


def test_a_journal_of_this_very_file_is_read_and_replayed(tmp_path: Path) -> None:
    b = workshop(tmp_path / "B.razem", 5, "B")
    crash_while_writing(b, 80)
    before = files(tmp_path)
    wanted = [f"B {n}" for n in range(5)] + [f"Pomysł z dziennika {n}" for n in range(80)]
    assert texts(b) == wanted  # a reader sees the crashed session's ideas...
    assert files(tmp_path) == before  # ...without replaying the journal into the file
    with WorkshopStore.open(b) as store:  # a writer replays it
        assert [i.text for i in WorkshopService(store).ideas()] == wanted
    with sqlite3.connect(b) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()


def test_a_new_workshop_never_takes_in_a_journal_left_by_a_deleted_one(tmp_path: Path) -> None:
    old = workshop(tmp_path / "W.razem", 0, "stary")
    crash_while_writing(old, 10)
    old.unlink()  # the file is gone, its journal stayed
    with WorkshopStore.create(old, workshop=Workshop(id=new_id(), title="nowy")) as store:
        assert WorkshopService(store).ideas() == []
    assert texts(old) == []
    assert list(tmp_path.glob("W.razem-wal.stale-*"))


@pytest.mark.slow
def test_a_grown_journal_is_checkpointed_now_and_then_not_after_every_commit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.storage import store as store_module

    calls: list[str | None] = []
    real = store_module.WorkshopStore._checkpoint

    def counted(self: WorkshopStore, mode: str | None) -> None:
        calls.append(mode)
        real(self, mode)

    monkeypatch.setattr(store_module.WorkshopStore, "_checkpoint", counted)
    path = workshop(tmp_path / "duzy.razem", 0, "duży")
    with WorkshopStore.open(path) as store:
        service = WorkshopService(store)
        calls.clear()
        for n in range(450):  # ~12 KB a commit: the journal passes 4 MB early on
            service.add_idea(idea=NewIdea(f"{n} " + "długi opis pomysłu " * 600))
        assert 1 <= calls.count("PASSIVE") <= 3
    with WorkshopStore.open(path) as store:
        assert store.integrity_check() == "ok" and len(WorkshopService(store).ideas()) == 450

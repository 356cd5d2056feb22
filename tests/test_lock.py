"""One writer per workshop file: a second program is refused and told who holds it."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.messages import environment_error, file_error
from workshop_app.models import Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.storage import FileProblem, WorkshopFileError, WorkshopStore
from workshop_app.storage.lock import lock_path_for

HOLD_CHILD = Path(__file__).parent / "helpers" / "hold_child.py"


@pytest.fixture
def closed_file(workshop_path: Path) -> Path:
    with WorkshopStore.create(workshop_path, workshop=Workshop(id=new_id(), title="Blokada")) as store:
        WorkshopService(store).add_idea(idea=NewIdea(text="Pomysł sprzed blokady"))
    return workshop_path


@pytest.fixture
def holder(closed_file: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that has the workshop open (and so locked)."""
    with subprocess.Popen(
        [sys.executable, str(HOLD_CHILD), str(closed_file)], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    ) as proc:
        assert proc.stdout is not None
        try:
            line = proc.stdout.readline()
            if line != "ready\n":
                proc.kill()
                pytest.fail(f"holder did not start: {line!r} {proc.communicate()[1]}")
            yield proc
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()


def _open_refused(path: Path) -> tuple[WorkshopFileError, float]:
    started = time.monotonic()
    with pytest.raises(WorkshopFileError) as info:
        WorkshopStore.open(path)
    return info.value, time.monotonic() - started


def test_second_process_is_refused_at_once_and_told_who_holds_the_file(
    closed_file: Path, holder: subprocess.Popen[str]
) -> None:
    error, seconds = _open_refused(closed_file)

    assert error.problem is FileProblem.LOCKED
    assert seconds < 1.0
    assert error.holder is not None
    assert error.holder.pid == holder.pid
    assert error.holder.pid != os.getpid()
    assert error.holder.host == socket.gethostname()
    assert error.holder.program == "Razem"


def test_lock_of_a_killed_process_does_not_block(
    closed_file: Path, holder: subprocess.Popen[str]
) -> None:
    assert _open_refused(closed_file)[0].problem is FileProblem.LOCKED

    holder.kill()
    holder.wait()
    assert lock_path_for(closed_file).exists()  # the dead holder left its lock file

    with WorkshopStore.open(closed_file) as store:
        texts = [i.text for i in WorkshopService(store).ideas()]
    assert texts == ["Pomysł sprzed blokady"]
    assert not lock_path_for(closed_file).exists()


def test_file_closed_by_the_other_process_opens(
    closed_file: Path, holder: subprocess.Popen[str]
) -> None:
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.close()
    assert holder.stdout.readline() == "closed\n"
    assert holder.wait() == 0

    with WorkshopStore.open(closed_file) as store:
        assert len(WorkshopService(store).ideas()) == 1


def test_same_process_cannot_open_the_file_twice(closed_file: Path) -> None:
    with WorkshopStore.open(closed_file):
        error, _ = _open_refused(closed_file)
        assert error.problem is FileProblem.LOCKED
        assert error.holder is not None and error.holder.pid == os.getpid()


def test_lock_is_released_on_close(closed_file: Path) -> None:
    first = WorkshopStore.open(closed_file)
    assert lock_path_for(closed_file).exists()
    first.close()
    assert not lock_path_for(closed_file).exists()

    with WorkshopStore.open(closed_file) as second:
        WorkshopService(second).add_idea(idea=NewIdea(text="Po ponownym otwarciu"))
    with WorkshopStore.open(closed_file) as third:
        assert len(WorkshopService(third).ideas()) == 2


def test_failed_open_leaves_the_holder_working(
    closed_file: Path, holder: subprocess.Popen[str]
) -> None:
    """A refused program must not remove the holder's lock file on its way out."""
    _open_refused(closed_file)
    assert lock_path_for(closed_file).exists()
    assert _open_refused(closed_file)[0].holder is not None


def test_a_planted_link_as_the_lock_is_refused_and_its_target_untouched(
        service: WorkshopService, tmp_path: Path) -> None:
    path = service.store.path
    service.store.close()
    victim = tmp_path / "ważny-dokument.txt"
    victim.write_text("nie nadpisuj mnie", encoding="utf-8")
    lock_path_for(path).symlink_to(victim)
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopStore.open(path)
    assert refused.value.problem is FileProblem.BAD_LOCK
    assert "link" in file_error(refused.value)
    assert victim.read_text(encoding="utf-8") == "nie nadpisuj mnie"
    assert lock_path_for(path).is_symlink()  # not ours to remove


def test_a_fifo_as_the_lock_is_refused_at_once(service: WorkshopService) -> None:
    path = service.store.path
    service.store.close()
    os.mkfifo(lock_path_for(path))
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopStore.open(path)
    assert refused.value.problem is FileProblem.BAD_LOCK
    assert stat.S_ISFIFO(os.stat(lock_path_for(path), follow_symlinks=False).st_mode)


def test_releasing_never_removes_a_file_put_in_the_lock_s_place(service: WorkshopService) -> None:
    lock = lock_path_for(service.store.path)
    lock.unlink()
    lock.write_text("not Razem's", encoding="utf-8")  # someone else's file, same name
    service.store.close()
    assert lock.read_text(encoding="utf-8") == "not Razem's"


def test_a_full_disk_while_locking_is_told_and_leaves_no_lock_behind(
        closed_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.storage import StorageEnvironmentError
    from workshop_app.storage import lock as lock_module

    def full(fd: int, data: bytes, offset: int) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(lock_module.os, "pwrite", full)
    before = closed_file.read_bytes()
    with pytest.raises(StorageEnvironmentError) as refused:
        WorkshopStore.open(closed_file)
    assert "disk is full" in environment_error(refused.value)
    assert not lock_path_for(closed_file).exists()
    assert closed_file.read_bytes() == before

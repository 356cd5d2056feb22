"""One writer per workshop file across processes.

A sidecar file `<workshop>.lock` is locked with the operating system's
advisory lock (`flock` on POSIX, `msvcrt.locking` on Windows). The OS drops
the lock when the holder exits, also on SIGKILL or a crash, so a stale lock
never blocks; the file's content only tells the refused program who holds it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import stat
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from workshop_app.held_files import read_at
from workshop_app.storage.errors import FileProblem, StorageEnvironmentError, WorkshopFileError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _try_shared(fd: int) -> bool:
        if not _try_lock(fd):
            return False
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _try_shared(fd: int) -> bool:
        """Take and drop a shared lock: True if no one holds the exclusive one."""
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a workshop file: shown to the user who was refused."""

    pid: int
    host: str
    program: str
    since: str


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX only: a FIFO must not block the open


def write_at(fd: int, data: bytes, offset: int) -> None:
    """`os.pwrite` where there is one (POSIX), else seek and write (Windows)."""
    if hasattr(os, "pwrite"):
        os.pwrite(fd, data, offset)
        return
    os.lseek(fd, offset, os.SEEK_SET)
    os.write(fd, data)


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class FileLock:
    """An exclusive, process-wide lock on one workshop file."""

    def __init__(self, path: Path, *, program: str) -> None:
        self._path = lock_path_for(path)
        self._workshop = path
        self._program = program
        self._fd: int | None = None
        # The record the previous holder left (a crashed program's), read on acquire.
        self.previous: dict[str, object] | None = None

    def acquire(self) -> None:
        """Take the lock or raise `WorkshopFileError(LOCKED)` at once.

        The lock path is opened without following a link, and must be a
        regular file: a planted link or FIFO is refused, never written through.
        """
        for _attempt in range(3):
            try:
                fd = os.open(self._path, os.O_RDWR | os.O_CREAT | _NOFOLLOW | _NONBLOCK, 0o644)
            except OSError as exc:
                if exc.errno == errno.ELOOP:  # a symbolic link where the lock belongs
                    raise WorkshopFileError(FileProblem.BAD_LOCK, self._workshop,
                                            detail=str(self._path)) from exc
                raise StorageEnvironmentError(self._path, exc.strerror or str(exc)) from exc
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                raise WorkshopFileError(FileProblem.BAD_LOCK, self._workshop, detail=str(self._path))
            if not _try_lock_patiently(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise WorkshopFileError(FileProblem.LOCKED, self._workshop, holder=holder)
            if _same_file(fd, self._path):
                break
            # The previous holder unlinked the file between our open and lock.
            os.close(fd)
        else:
            raise WorkshopFileError(FileProblem.LOCKED, self._workshop)
        self._fd = fd
        self.previous = _read_record(fd)
        self._record: dict[str, object] = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "program": self._program,
            "since": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        try:
            self._write_record()
        except OSError as exc:  # a full disk: leave nothing behind
            self.release()
            raise StorageEnvironmentError(self._path, exc.strerror or str(exc)) from exc

    def note(self, **facts: object) -> None:
        """Add facts to the holder's record (what a crash should leave behind)."""
        self._record.update(facts)
        self._write_record()

    def _write_record(self) -> None:
        assert self._fd is not None
        # Written in place (not replaced) so the locked inode stays the same.
        data = json.dumps(self._record).encode()
        write_at(self._fd, data, 0)
        os.ftruncate(self._fd, len(data))
        os.fsync(self._fd)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Unlink while still holding the lock, so no one locks a doomed inode;
        # and only the file we locked, never something put in its place.
        with contextlib.suppress(OSError):
            if _same_file(fd, self._path):
                self._path.unlink()
        os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _try_lock_patiently(fd: int) -> bool:
    """Take the lock; a reader testing it (`writer_alive`) holds it for an
    instant, so a few short tries tell that apart from a real holder."""
    for attempt in range(5):
        if _try_lock(fd):
            return True
        if attempt < 4:
            time.sleep(0.02)
    return False


def writer_alive(path: Path) -> tuple[bool, dict[str, object] | None]:
    """Whether a running program holds `path` for writing, and the record in
    its lock file (a crashed writer's, when none runs). Never creates, writes
    or removes the lock file; only a moment's shared lock is taken to test."""
    try:
        fd = os.open(lock_path_for(path), os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except OSError:
        return False, None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False, None
        record = _read_record(fd)
        return not _try_shared(fd), record
    finally:
        os.close(fd)


def check_not_written(path: Path) -> None:
    """`WorkshopFileError(LOCKED)`, naming the holder, when a running program
    holds `path` for writing (a file to be read as it is, all at once: a
    source of a merge), also when `path` is a link to the file it holds.
    Nothing is created or written."""
    for name in dict.fromkeys((path, path.resolve())):
        alive, record = writer_alive(name)
        if alive:
            raise WorkshopFileError(FileProblem.LOCKED, path, holder=_holder_of(record))


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _read_record(fd: int) -> dict[str, object] | None:
    """What the lock file said before we took it (the last holder's record)."""
    try:
        data = json.loads(read_at(fd, 65536, 0).decode("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _read_holder(fd: int) -> LockHolder | None:
    return _holder_of(_read_record(fd))


def _holder_of(data: dict[str, object] | None) -> LockHolder | None:
    if data is None:
        return None
    try:
        return LockHolder(
            pid=int(str(data["pid"])),
            host=str(data["host"]),
            program=str(data.get("program", "")),
            since=str(data.get("since", "")),
        )
    except (ValueError, KeyError, TypeError):
        return None

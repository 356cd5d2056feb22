"""Files this process has open through SQLite, read without losing its locks.

SQLite guards a workshop file and its `-shm` with POSIX advisory locks, and
POSIX gives those locks to a process, not to a descriptor: closing ANY
descriptor of the file drops all of the process's locks on it, SQLite's
included (https://www.sqlite.org/howtocorrupt.html, section 2.2). A program
whose locks are gone no longer stops another from checkpointing and deleting
the journal it is still writing into - its later changes are then lost.

So a store that has a file open registers it here (`Holding`) with a
descriptor it keeps open until its SQLite connection is closed, and every
other reader in this process (the header check, the journal's fingerprint, a
private copy) reads through `opened`, which lends that descriptor instead of
opening and closing one of its own. So does an import of ideas (the user
may point it at the workshop itself).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO must not block the open
_guard = threading.RLock()


@dataclass(slots=True)
class _Entry:
    fds: list[int]  # kept open; the first is lent out (more only after a race)
    holders: int


# (st_dev, st_ino) -> the descriptors kept for that file and how many hold it.
_held: dict[tuple[int, int], _Entry] = {}


class Holding:
    """The files one store holds. A file is held with one descriptor for the
    whole process, closed only when the last store holding it lets go: closing
    it while another store still has the file open would drop that store's locks."""

    def __init__(self) -> None:
        self._keys: list[tuple[int, int]] = []

    def add(self, *paths: Path) -> None:
        """Hold each of `paths` that exists (one held already is skipped).
        On Windows only the first: the others are SQLite's journal, which it
        must be able to delete (and Windows has no POSIX locks to lose)."""
        for path in paths[:1] if sys.platform == "win32" else paths:
            with _guard:
                try:
                    key = _key(os.stat(path))
                except OSError:
                    continue
                if key in self._keys:
                    continue
                if key not in _held:
                    try:
                        fd = os.open(path, os.O_RDONLY | _NONBLOCK)
                    except OSError:
                        continue
                    # Never closed before the last holder lets go, even if the name
                    # meanwhile led elsewhere: that file might be held too.
                    key = _key(os.fstat(fd))
                    if key in _held:
                        _held[key].fds.append(fd)
                    else:
                        _held[key] = _Entry([fd], 0)
                    if key in self._keys:
                        continue
                _held[key].holders += 1
                self._keys.append(key)

    @property
    def first(self) -> int | None:
        """The descriptor of the first file held (the one opened then, even
        if another file has taken its name since)."""
        with _guard:
            return _held[self._keys[0]].fds[0] if self._keys else None

    def release(self) -> None:
        """Let go of the files (after the store's connection is closed); the
        last holder of a file closes its descriptors."""
        with _guard:
            for key in self._keys:
                entry = _held[key]
                entry.holders -= 1
                if entry.holders <= 0:
                    del _held[key]
                    for fd in entry.fds:
                        os.close(fd)
            self._keys.clear()


@contextlib.contextmanager
def opened(path: Path) -> Iterator[int]:
    """A read-only descriptor of `path` for the `with` block (read it with
    `read_at`, never close it): a held file's kept descriptor, else one
    opened now and closed after. Raises `OSError` as `os.open` does."""
    with _guard:
        key = _key(os.stat(path))
        entry = _held.get(key)
        if entry is not None:
            yield entry.fds[0]
            return
    fd = os.open(path, os.O_RDONLY | _NONBLOCK)
    try:
        yield fd
    finally:
        os.close(fd)


def copy_out(source: Path, target: Path) -> None:
    """`source`'s bytes into the file `target` (created or replaced), read
    through `opened`."""
    with opened(source) as fd, target.open("wb") as out:
        for chunk in _chunks(fd, None):
            out.write(chunk)


def read_bytes(path: Path, limit: int) -> bytes:
    """The first `limit` bytes of `path` (all, if fewer), read through `opened`:
    for any file the user may point at, the open workshop itself included."""
    with opened(path) as fd:
        return b"".join(_chunks(fd, limit))


def _chunks(fd: int, limit: int | None) -> Iterator[bytes]:
    offset = 0
    while limit is None or offset < limit:
        size = 1 << 20 if limit is None else min(1 << 20, limit - offset)
        chunk = read_at(fd, size, offset)
        if not chunk:
            return
        yield chunk
        offset += len(chunk)


def read_at(fd: int, size: int, offset: int) -> bytes:
    """`os.pread` where there is one (POSIX), else seek and read (Windows)."""
    if hasattr(os, "pread"):
        data: bytes = os.pread(fd, size, offset)
        return data
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, size)


def _key(facts: os.stat_result) -> tuple[int, int]:
    return facts.st_dev, facts.st_ino

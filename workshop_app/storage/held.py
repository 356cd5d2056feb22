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
opening and closing one of its own.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from workshop_app.storage.lock import read_at

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO must not block the open
_guard = threading.RLock()
# (st_dev, st_ino) -> the descriptors kept open for that file (one per holder).
_held: dict[tuple[int, int], list[int]] = {}


class Holding:
    """The files one store holds: each with a descriptor kept open until `release`."""

    def __init__(self) -> None:
        self._fds: list[tuple[tuple[int, int], int]] = []

    def add(self, *paths: Path) -> None:
        """Hold each of `paths` that exists (one held already is skipped).
        On Windows only the first: the others are SQLite's journal, which it
        must be able to delete (and Windows has no POSIX locks to lose)."""
        for path in paths[:1] if sys.platform == "win32" else paths:
            with _guard:
                if self.fd(path) is not None:
                    continue
                try:
                    # Opening one more descriptor is harmless; only closing one drops locks,
                    # so what is opened here is kept until `release`.
                    fd = os.open(path, os.O_RDONLY | _NONBLOCK)
                except OSError:
                    continue
                key = _key(os.fstat(fd))
                self._fds.append((key, fd))
                _held.setdefault(key, []).append(fd)

    @property
    def first(self) -> int | None:
        """The descriptor of the first file held (the one opened then, even
        if another file has taken its name since)."""
        return self._fds[0][1] if self._fds else None

    def fd(self, path: Path) -> int | None:
        """The kept descriptor of `path` (None if not held)."""
        try:
            key = _key(os.stat(path))
        except OSError:
            return None
        return next((fd for held, fd in self._fds if held == key), None)

    def release(self) -> None:
        """Close the kept descriptors (after the store's connection is closed)."""
        with _guard:
            for key, fd in self._fds:
                fds = _held.get(key, [])
                if fd in fds:
                    fds.remove(fd)
                if not fds:
                    _held.pop(key, None)
                os.close(fd)
            self._fds.clear()


@contextlib.contextmanager
def opened(path: Path) -> Iterator[int]:
    """A read-only descriptor of `path` for the `with` block (read it with
    `lock.read_at`, never close it): a held file's kept descriptor, else one
    opened now and closed after. Raises `OSError` as `os.open` does."""
    with _guard:
        key = _key(os.stat(path))
        fds = _held.get(key)
        if fds:
            yield fds[0]
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
        offset = 0
        while chunk := read_at(fd, 1 << 20, offset):
            out.write(chunk)
            offset += len(chunk)


def is_held(path: Path) -> bool:
    """Whether a store of this process holds `path` (tests and checks)."""
    with _guard, contextlib.suppress(OSError):
        return bool(_held.get(_key(os.stat(path))))
    return False


def _key(facts: os.stat_result) -> tuple[int, int]:
    return facts.st_dev, facts.st_ino

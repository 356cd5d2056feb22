"""Whether the journal (`-wal`) beside a workshop file belongs to it.

SQLite replays whatever `-wal` lies beside a database when it opens it. After
a crash that is right: the journal holds the last changes. But if the main
file was replaced meanwhile (a backup of another workshop copied over it), the
journal is another workshop's, and replaying it mixes two workshops into a
damaged file. SQLite cannot tell; the journal names no database.

So the writer records the pairing: in its lock file (which a crash leaves
behind) it keeps a fingerprint of the main file as it was after its last
checkpoint - the only moment the main file changes while a journal exists.
Before anything opens a file whose journal a crash left behind, the main file
is fingerprinted again: a different fingerprint means a foreign journal, which
is moved aside (never deleted) and never replayed.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

from workshop_app import held_files
from workshop_app.held_files import read_at

# A WAL holds at least its 32-byte header; one with no frames changes nothing.
_WAL_HEADER = 32
_COMPANIONS = ("-wal", "-shm")


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def size(path: Path) -> int:
    """The journal's size in bytes (0 if there is none)."""
    try:
        return wal_path(path).stat().st_size
    except OSError:
        return 0


def pending(path: Path) -> bool:
    """Whether a journal with changes lies beside `path`."""
    return size(path) > _WAL_HEADER


def fingerprint(path: Path) -> str:
    """The main file's content as one short string (size and SHA-256).

    Read through `held_files`: closing any descriptor of a file drops all of the
    process's POSIX locks on it, SQLite's included, so a file a store of
    this process has open is read through the descriptor the store keeps.
    """
    with held_files.opened(path) as fd:
        return fingerprint_of(fd)


def fingerprint_of(fd: int) -> str:
    """`fingerprint` of the file open as `fd` (read with pread; fd stays open)."""
    digest = hashlib.sha256()
    offset = 0
    while chunk := read_at(fd, 1 << 20, offset):
        digest.update(chunk)
        offset += len(chunk)
    return f"{offset}:{digest.hexdigest()}"


def belongs(path: Path, record: dict[str, object] | None) -> bool:
    """Whether the journal beside `path` belongs to it, judged from the lock
    record its writer left. Without a usable record (a file from before the
    pairing was recorded, or a crash in the middle of a checkpoint) the
    journal is trusted, as SQLite would."""
    if not record or record.get("checkpointing") or not isinstance(record.get("main"), str):
        return True
    return record["main"] == fingerprint(path)


def move_aside(path: Path) -> Path:
    """Move the journal (and its index) away from `path`; returns where the
    journal went. Nothing is deleted."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    moved = wal_path(path)
    for suffix in _COMPANIONS:
        source = path.with_name(path.name + suffix)
        target = path.with_name(f"{path.name}{suffix}.stale-{stamp}")
        if source.exists():
            os.replace(source, target)
            if suffix == "-wal":
                moved = target
    return moved


def private_copy(path: Path, *, with_journal: bool) -> Path:
    """A copy of `path` (and its journal, if it belongs) in a new temporary
    folder, for a reader to open without touching the original or its journal."""
    folder = Path(tempfile.mkdtemp(prefix="razem-read-"))
    copy = folder / path.name
    held_files.copy_out(path, copy)
    if with_journal:
        held_files.copy_out(wal_path(path), wal_path(copy))
    return copy


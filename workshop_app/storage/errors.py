"""Errors of the storage layer.

Two families, as the style guide asks: `WorkshopFileError` says that a file
cannot be used (the user chose a wrong or damaged file, or another program
holds it) and carries a `FileProblem` the UI turns into words;
`StorageEnvironmentError` says the machine failed us (disk full, read-only
folder). Anything else escaping this package is a bug.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop_app.storage.lock import LockHolder


class FileProblem(enum.Enum):
    NOT_FOUND = "not_found"
    ALREADY_EXISTS = "already_exists"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    FOREIGN_SQLITE = "foreign_sqlite"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    NEWER_VERSION = "newer_version"
    LOCKED = "locked"
    MIGRATION_FAILED = "migration_failed"
    NEEDS_UPGRADE = "needs_upgrade"  # older format, and a reader may not migrate
    BAD_LOCK = "bad_lock"  # the lock path is a link or not a regular file (detail: its path)
    FOREIGN_JOURNAL = "foreign_journal"  # a -wal not of this file, moved aside (backup: where)


class WorkshopFileError(Exception):
    """A workshop file cannot be opened or created; nothing was changed."""

    def __init__(
        self,
        problem: FileProblem,
        path: Path,
        *,
        holder: LockHolder | None = None,
        file_version: int | None = None,
        backup: Path | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(f"{problem.value}: {path}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.path = path
        self.holder = holder
        self.file_version = file_version
        self.backup = backup
        self.detail = detail


class StorageEnvironmentError(Exception):
    """The machine refused a read or write (disk full, no permission, I/O)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class ReadOnlyWorkshop(StorageEnvironmentError):
    """The workshop can be read but not written: the file or its folder is
    read-only (a locked USB stick, a shared folder with read rights only)."""

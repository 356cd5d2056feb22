"""Automatic copies of an open workshop, kept beside the user's data.

A snapshot is a complete, consistent workshop file made with SQLite's backup
API from the open connection (never a file copy, which could catch a
half-written page). Snapshots are taken before risky operations and every few
minutes while the workshop changes; each workshop keeps the newest `KEEP`.
They live in `<data folder>/snapshots/<file name>-<workshop id>/`, one file
each named by the time it was taken and why, so they can be listed and opened
years later without Razem's help.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from workshop_app.storage.fileformat import FILE_SUFFIX

KEEP = 30
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z_]+)" + re.escape(FILE_SUFFIX) + "$")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One kept copy: where it is, when it was taken (ISO-8601, local time),
    why (an operation's key, or "timer"), and how many live ideas and groups
    it holds."""

    path: Path
    taken_at: str
    reason: str
    ideas: int
    clusters: int


class SnapshotShelf:
    """The snapshots of one workshop file (see module docstring)."""

    def __init__(self, data_folder: Path, workshop_path: Path, workshop_id: str) -> None:
        self.folder = data_folder / "snapshots" / f"{workshop_path.stem}-{workshop_id[:8]}"

    @classmethod
    def of_unreadable(cls, data_folder: Path, workshop_path: Path) -> list[Snapshot]:
        """The snapshots of every workshop whose file had `workshop_path`'s
        name, newest first: for a file too damaged to say which workshop it is."""
        found: list[Snapshot] = []
        root = data_folder / "snapshots"
        if root.is_dir():
            for folder in sorted(root.glob(f"{glob.escape(workshop_path.stem)}-*")):
                shelf = cls.__new__(cls)
                shelf.folder = folder
                found += shelf.kept()
        return sorted(found, key=lambda s: s.path.name, reverse=True)

    def take(self, source: sqlite3.Connection, reason: str) -> Path:
        """Copy the open workshop behind `source` into a new snapshot; keep
        only the newest `KEEP`. Written under a temporary name, then renamed."""
        self.folder.mkdir(parents=True, exist_ok=True)
        now = time.time()
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now)) + f"-{int(now % 1 * 1e6):06d}"
        target = self.folder / f"{stamp}-{reason}{FILE_SUFFIX}"
        temp = target.with_name("." + target.name + ".part")
        try:
            copy = sqlite3.connect(temp)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE").fetchall()
            finally:
                copy.close()
            os.replace(temp, target)
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
        for old in self._files()[:-KEEP]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target

    def kept(self) -> list[Snapshot]:
        """The kept snapshots, newest first."""
        found = []
        for path in reversed(self._files()):
            match = _NAME.match(path.name)
            assert match is not None
            stamp, reason = match.groups()
            taken = time.strftime("%Y-%m-%d %H:%M:%S", time.strptime(stamp[:15], "%Y%m%d-%H%M%S"))
            ideas, clusters = _counts(path)
            found.append(Snapshot(path, taken, reason, ideas, clusters))
        return found

    def _files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if _NAME.match(p.name))


def _counts(path: Path) -> tuple[int, int]:
    """Live ideas and groups in a snapshot, read without changing it."""
    try:
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            ideas = conn.execute("SELECT COUNT(*) FROM ideas WHERE deleted_at IS NULL").fetchone()[0]
            clusters = conn.execute("SELECT COUNT(*) FROM clusters WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return -1, -1
    return int(ideas), int(clusters)

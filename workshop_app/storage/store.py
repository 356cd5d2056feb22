"""`WorkshopStore`: one open workshop file, the one writer connection to it.

Opening order matters for "never modify a file we refuse": the header is read
by hand first, then the lock is taken, and only then does SQLite open the file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from workshop_app.models import (
    AgendaItem,
    Ballot,
    Cluster,
    Idea,
    Objective,
    Participant,
    Phase,
    VotingRound,
    Workshop,
)
from workshop_app.models.ids import now_iso
from workshop_app.storage.codec import encode, from_row, to_row
from workshop_app.storage.errors import FileProblem, StorageEnvironmentError, WorkshopFileError
from workshop_app.storage.fileformat import APPLICATION_ID, check_ours, read_header
from workshop_app.storage.lock import FileLock
from workshop_app.storage.schema import STEPS, Step, build_migrations

T = TypeVar("T")

TABLES: dict[type, str] = {
    Workshop: "workshop",
    Participant: "participants",
    Objective: "objectives",
    Phase: "phases",
    Idea: "ideas",
    Cluster: "clusters",
    VotingRound: "voting_rounds",
    Ballot: "ballots",
    AgendaItem: "agenda_items",
}
_ORDER: dict[type, str] = {
    Participant: "created_at, id",
    Objective: "position, created_at",
    Phase: "position",
    Idea: "seq",
    Cluster: "created_at, id",
    VotingRound: "created_at, id",
    Ballot: "created_at, id",
    AgendaItem: "position, created_at",
}
# SQLite error texts that mean the machine, not our code, failed.
_ENVIRONMENT_ERRORS = ("disk", "readonly", "unable to open", "full", "permission")
_PROGRAM = "Razem"


class WorkshopStore:
    """An open workshop file. Create with `open()` or `create()`; `close()` it.

    Only `workshop_app.services` should call the write methods.
    """

    def __init__(self, path: Path, db: Database, lock: FileLock) -> None:
        self.path = path
        self._db = db
        self._lock = lock
        self.backup_path: Path | None = None
        self._closed = False

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str, *, steps: Sequence[Step] = STEPS, read_only: bool = False
    ) -> WorkshopStore:
        """Open an existing workshop file for writing, migrating it if needed.

        With `read_only`, no lock is taken (exports may read a file the GUI
        has open) and SQLite refuses every write; the file must be current.
        Raises `WorkshopFileError` (file untouched) or `StorageEnvironmentError`.
        """
        path = Path(path).absolute()
        facts = read_header(path)
        check_ours(path, facts, newest=len(steps))
        if read_only:
            return cls._open_read_only(path, steps)
        lock = FileLock(path, program=_PROGRAM)
        lock.acquire()
        try:
            db = _connect(path)
        except BaseException:
            lock.release()
            raise
        store = cls(path, db, lock)
        try:
            store._prepare(steps)
        except sqlite3.Error as exc:
            # A damaged file often fails on the first read, before quick_check.
            store.close()
            raise _translate(exc, path) from exc
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def _open_read_only(cls, path: Path, steps: Sequence[Step]) -> WorkshopStore:
        store = cls(path, _connect(path), FileLock(path, program=_PROGRAM))
        try:
            store._db.execute("PRAGMA query_only = ON")
            version = store.pragma("user_version")
            if store.pragma("application_id") != APPLICATION_ID:
                raise WorkshopFileError(FileProblem.FOREIGN_SQLITE, path)
            if version != len(steps):
                # Older files need the migration that only a writer may run.
                problem = (FileProblem.NEWER_VERSION if version > len(steps)
                           else FileProblem.NEEDS_UPGRADE)
                raise WorkshopFileError(problem, path, file_version=version)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def create(
        cls, path: Path | str, *, workshop: Workshop, steps: Sequence[Step] = STEPS
    ) -> WorkshopStore:
        """Create a new workshop file at `path` (which must not exist) and open it.

        The file is built under a temporary name and linked into place, so a
        crash never leaves a half-made workshop under the user's name.
        """
        path = Path(path).absolute()
        if path.exists():
            raise WorkshopFileError(FileProblem.ALREADY_EXISTS, path)
        temp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            _build_new_file(temp, workshop, steps)
            try:
                os.link(temp, path)  # fails instead of clobbering a newcomer
            except FileExistsError:
                raise WorkshopFileError(FileProblem.ALREADY_EXISTS, path) from None
        except OSError as exc:
            raise StorageEnvironmentError(path, exc.strerror or str(exc)) from exc
        except sqlite3.Error as exc:  # e.g. "unable to open": missing or read-only folder
            raise _translate(exc, path) from exc
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
        return cls.open(path, steps=steps)

    @property
    def is_open(self) -> bool:
        return not self._closed

    def close(self) -> None:
        """Close the connection (checkpointing the WAL) and release the lock."""
        self._closed = True
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        self._lock.release()

    def __enter__(self) -> WorkshopStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _prepare(self, steps: Sequence[Step]) -> None:
        version = self.pragma("user_version")
        if self.pragma("application_id") != APPLICATION_ID:
            raise WorkshopFileError(FileProblem.FOREIGN_SQLITE, self.path)
        if version > len(steps):
            raise WorkshopFileError(FileProblem.NEWER_VERSION, self.path, file_version=version)
        if self._db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise WorkshopFileError(FileProblem.CORRUPT, self.path)
        self._set_durability()
        if version < len(steps):
            self._migrate(version, steps)

    def _set_durability(self) -> None:
        # WAL: readers never block the writer and a crash loses no commit;
        # synchronous=FULL: a commit is on disk when it returns.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        actual = (self.pragma("journal_mode"), self.pragma("synchronous"), self.pragma("foreign_keys"))
        if actual != ("wal", 2, 1):
            raise StorageEnvironmentError(self.path, f"durability settings refused: {actual}")

    def _migrate(self, version: int, steps: Sequence[Step]) -> None:
        self.backup_path = self._backup(version)
        try:
            build_migrations(steps).apply(self._db)
        except sqlite3.Error as exc:
            translated = _translate(exc, self.path)
            if translated is not exc:  # the machine failed, not the step
                raise translated from exc
            raise WorkshopFileError(
                FileProblem.MIGRATION_FAILED, self.path, file_version=version,
                backup=self.backup_path, detail=repr(exc),
            ) from exc
        except Exception as exc:
            raise WorkshopFileError(
                FileProblem.MIGRATION_FAILED, self.path, file_version=version,
                backup=self.backup_path, detail=repr(exc),
            ) from exc

    def save_copy(self, target: Path | str) -> None:
        """Write a consistent copy of the open workshop to `target`.

        An existing target is replaced only if no program holds it (its lock
        is taken for the replace) and its leftover WAL files are removed, so
        the copy holds exactly this workshop.
        """
        target = Path(target).resolve()
        if target == self.path.resolve() or (target.exists() and os.path.samefile(target, self.path)):
            raise WorkshopFileError(FileProblem.ALREADY_EXISTS, target)
        lock = FileLock(target, program=_PROGRAM)
        lock.acquire()
        temp = target.with_name(f".{target.name}.{os.getpid()}.copying")
        try:
            copy = sqlite3.connect(temp)
            try:
                self._db.conn.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
            for leftover in (target.with_name(target.name + "-wal"),
                             target.with_name(target.name + "-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            os.replace(temp, target)
        except sqlite3.Error as exc:
            raise _translate(exc, target) from exc
        except OSError as exc:
            raise StorageEnvironmentError(target, exc.strerror or str(exc)) from exc
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
            lock.release()

    def _backup(self, version: int) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.v{version}-backup-{stamp}{self.path.suffix}")
        target_db = sqlite3.connect(target)
        try:
            self._db.conn.backup(target_db)
        finally:
            target_db.close()
        return target

    # -- low-level access for services and checks -----------------------------

    def pragma(self, name: str) -> Any:
        return self._db.execute(f"PRAGMA {name}").fetchone()[0]

    def integrity_check(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit: all writes inside commit together or not at all."""
        try:
            with self._db.atomic():
                yield
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from exc

    def insert(self, entity: Any) -> None:
        row = to_row(entity)
        stamp = now_iso()
        row["created_at"] = row.get("created_at") or stamp
        row["updated_at"] = row.get("updated_at") or stamp
        self._write(f"INSERT INTO {TABLES[type(entity)]} ({', '.join(row)}) VALUES "
                    f"({', '.join('?' * len(row))})", list(row.values()))

    def update(self, cls: type, entity_id: str, **fields: Any) -> None:
        fields["updated_at"] = now_iso()
        assignments = ", ".join(f"{name} = ?" for name in fields)
        values = [encode(v) for v in fields.values()]
        self._write(f"UPDATE {TABLES[cls]} SET {assignments} WHERE id = ?", [*values, entity_id])

    def delete_rows(self, cls: type, where: str, params: Sequence[Any]) -> None:
        """Hard delete: only for rows that are replaced, never for user data."""
        self._write(f"DELETE FROM {TABLES[cls]} WHERE {where}", list(params))

    def _write(self, sql: str, params: Sequence[Any]) -> None:
        if not self._db.conn.in_transaction:
            raise RuntimeError("writes must run inside WorkshopStore.transaction()")
        try:
            self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from exc

    # -- reads -------------------------------------------------------------------

    def all(self, cls: type[T], *, where: str = "", params: Sequence[Any] = (),
            include_deleted: bool = False) -> list[T]:
        clauses = [where] if where else []
        if not include_deleted and "deleted_at" in _columns(cls):
            clauses.append("deleted_at IS NULL")
        sql = f"SELECT * FROM {TABLES[cls]}"
        if clauses:
            sql += " WHERE " + " AND ".join(f"({c})" for c in clauses)
        if cls in _ORDER:
            sql += f" ORDER BY {_ORDER[cls]}"
        cursor = self._db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [from_row(cls, dict(zip(names, row))) for row in cursor]

    def get(self, cls: type[T], entity_id: str) -> T | None:
        found = self.all(cls, where="id = ?", params=[entity_id], include_deleted=True)
        return found[0] if found else None

    def workshop(self) -> Workshop:
        return self.all(Workshop)[0]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._db.execute(sql, list(params)).fetchone()
        return row[0] if row else None

    def next_idea_seq(self) -> int:
        return int(self.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM ideas"))


def _columns(cls: type) -> set[str]:
    import dataclasses

    return {f.name for f in dataclasses.fields(cls)}


def _connect(path: Path) -> Database:
    try:
        # A short timeout: if another program holds SQLite's own lock we
        # report it within a second instead of hanging.
        conn = sqlite3.connect(path, timeout=1.0, check_same_thread=False)
        return Database(conn)
    except sqlite3.Error as exc:
        raise _translate(exc, path) from exc


def _build_new_file(temp: Path, workshop: Workshop, steps: Sequence[Step]) -> None:
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    conn = sqlite3.connect(temp)
    try:
        db = Database(conn)
        # application_id first, in rollback-journal mode, so the main file's
        # header says "Razem" even if everything after this were lost.
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        build_migrations(steps).apply(db)
        row = to_row(workshop)
        row["created_at"] = row["updated_at"] = now_iso()
        with db.atomic():
            db.execute(f"INSERT INTO workshop ({', '.join(row)}) VALUES "
                       f"({', '.join('?' * len(row))})", list(row.values()))
        db.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()


def _translate(exc: sqlite3.Error, path: Path) -> Exception:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return WorkshopFileError(FileProblem.LOCKED, path, detail=str(exc))
    if "not a database" in text or "malformed" in text:
        return WorkshopFileError(FileProblem.CORRUPT, path, detail=str(exc))
    if any(word in text for word in _ENVIRONMENT_ERRORS):
        return StorageEnvironmentError(path, str(exc))
    return exc


def sqlite_version() -> str:
    """The SQLite library's version, for the About box."""
    return sqlite3.sqlite_version

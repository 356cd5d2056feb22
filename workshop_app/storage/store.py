"""`WorkshopStore`: one open workshop file, the one writer connection to it.

Opening order matters for "never modify a file we refuse": the header is read
by hand first, then the lock is taken, and only then does SQLite open the file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from workshop_app import held_files
from workshop_app.models import (
    AgendaItem,
    Ballot,
    Cluster,
    ForumDay,
    Idea,
    Objective,
    Participant,
    ParticipantJoin,
    Phase,
    VotingRound,
    Workshop,
)
from workshop_app.models.ids import now_iso
from workshop_app.storage import journal
from workshop_app.storage.codec import encode, from_rows, to_row
from workshop_app.storage.errors import (
    FileProblem,
    ReadOnlyWorkshop,
    StorageEnvironmentError,
    WorkshopFileError,
)
from workshop_app.storage.fileformat import APPLICATION_ID, check_ours, read_header
from workshop_app.storage.lock import FileLock, writer_alive
from workshop_app.storage.schema import STEPS, Step, build_migrations
from workshop_app.storage.snapshots import SnapshotShelf
from workshop_app.storage.undo_log import LIMIT as UNDO_LIMIT
from workshop_app.storage.undo_log import (
    Row,
    RowImages,
    Touch,
    UndoEntry,
    decode_touches,
    encode_touch,
)

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
    ForumDay: "forum_days",
    ParticipantJoin: "participant_joins",
}
_TYPES = {table: cls for cls, table in TABLES.items()}
# The tables a file of schema version n must have (index n; 0: none yet).
_FIRST_TABLES = frozenset(TABLES.values()) - {"forum_days", "participant_joins"}
_TABLES_OF: tuple[frozenset[str], ...] = (
    frozenset(), _FIRST_TABLES, _FIRST_TABLES | {"undo_entries", "undo_rows"},
    _FIRST_TABLES | {"undo_entries", "undo_rows"},
    _FIRST_TABLES | {"forum_days", "undo_entries", "undo_rows"},
    _FIRST_TABLES | {"forum_days", "undo_entries", "undo_rows"},
    frozenset({*TABLES.values(), "undo_entries", "undo_rows"}))
_TABLE_NAMES = frozenset(_TYPES)
_ORDER: dict[type, str] = {
    Participant: "created_at, id",
    Objective: "position, created_at",
    Phase: "position",
    Idea: "seq",
    Cluster: "created_at, id",
    VotingRound: "created_at, id",
    Ballot: "created_at, id",
    AgendaItem: "position, created_at",
    ForumDay: "position",
    ParticipantJoin: "created_at, id",
}
# The columns that say where a row lies on the canvas, not what it says.
_LAYOUT = frozenset({"x", "y"})
# SQLite error texts that mean the machine, not our code, failed.
_ENVIRONMENT_ERRORS = ("disk", "readonly", "unable to open", "full", "permission")
_PROGRAM = "Razem"
# The journal is copied into the main file when it grows past this.
_CHECKPOINT_BYTES = 4 << 20
# ...and at most once in this many commits (a commit writes a few pages).
_CHECKPOINT_COMMITS = 200


@dataclass(slots=True)
class Recorded:
    """What an `operation` saved: its undo entry's number (None when it
    changed nothing) and the rows it touched."""

    entry: int | None = None
    touches: list[Touch] = field(default_factory=list)


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
        self._recording: RowImages | None = None
        # The temporary copy a reader opened instead of the file (see _open_read_only).
        self._private: Path | None = None
        # The files the connection has open, each with a descriptor kept open
        # until it is closed (see workshop_app.held_files).
        self._holding = held_files.Holding()
        self._commits = 0  # since the last checkpoint
        # Where snapshots go (set by whoever knows the user's data folder).
        self.shelf: SnapshotShelf | None = None
        # What the store knows of its undo history without reading it: whether
        # undone steps may wait for redo (None: not known), and how many steps
        # are kept (None: not counted yet). A rollback forgets both.
        self._redo_tail: bool | None = None
        self._steps: int | None = None

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str, *, steps: Sequence[Step] = STEPS, read_only: bool = False
    ) -> WorkshopStore:
        """Open an existing workshop file for writing, migrating it if needed.

        With `read_only`, no lock is taken (exports may read a file the GUI
        has open) and SQLite refuses every write; the file must be current.
        A journal (`-wal`) that a crash left beside the file is replayed only
        if it belongs to this file (`storage.journal`); a foreign one is moved
        aside and `WorkshopFileError(FOREIGN_JOURNAL)` raised, the file untouched.
        Raises `WorkshopFileError` (file untouched) or `StorageEnvironmentError`.
        """
        path = Path(path).absolute()
        facts = read_header(path)
        check_ours(path, facts, newest=len(steps))
        if read_only:
            return cls._open_read_only(path, steps)
        if not _writable(path):  # before anything is created beside it
            raise ReadOnlyWorkshop(path, "the file or its folder is read-only")
        lock = FileLock(path, program=_PROGRAM)
        lock.acquire()
        try:
            if journal.pending(path) and not journal.belongs(path, lock.previous):
                moved = journal.move_aside(path)
                raise WorkshopFileError(FileProblem.FOREIGN_JOURNAL, path, backup=moved)
            db = _connect(path)
        except OSError as exc:
            lock.release()
            raise StorageEnvironmentError(path, exc.strerror or str(exc)) from exc
        except BaseException:
            lock.release()
            raise
        store = cls(path, db, lock)
        store._holding.add(path)
        try:
            store._prepare(steps)
            store.check_rows()
            # Record the pairing of the main file with its journal; a crashed
            # session's journal is folded in first.
            store._checkpoint("PASSIVE" if journal.pending(path) else None)
            store._hold_companions()
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
        alive, record = writer_alive(path)
        source = path
        if not alive and journal.pending(path):
            # A crash left a journal: read a private copy, so that neither the
            # file nor its journal is changed by reading (SQLite would replay
            # and remove the journal); a journal not of this file is left out.
            try:
                source = journal.private_copy(path, with_journal=journal.belongs(path, record))
            except OSError as exc:
                raise StorageEnvironmentError(path, exc.strerror or str(exc)) from exc
        # A file no one can write (a read-only file or folder, and no Razem
        # writing it) is read as it is: SQLite would otherwise need to create
        # its -shm beside it (impossible in a read-only folder) and leave it
        # behind with an empty -wal.
        fixed = source == path and not alive and not _writable(path)
        # A file a running Razem writes is read with mode=ro: closing this
        # connection can then never checkpoint and delete the journal that
        # Razem still writes into (as a read-write one does when it gets the
        # exclusive lock - which it would, were the writer's locks ever lost).
        store = cls(path, _connect(source, immutable=fixed, shared=alive and source == path),
                    FileLock(path, program=_PROGRAM))
        store._private = source if source != path else None
        if source == path:
            store._holding.add(path)
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
            if store._db.execute("PRAGMA quick_check").fetchall()[0][0] != "ok":
                raise WorkshopFileError(FileProblem.CORRUPT, path)
            store._check_tables(version)
            store.check_rows()
            if source == path:
                store._hold_companions()
        except sqlite3.Error as exc:
            store.close()
            raise _translate(exc, path) from exc
        except BaseException:
            store.close()
            raise
        return store

    def _hold_companions(self) -> None:
        """Hold the journal and its index too (see workshop_app.held_files): SQLite keeps
        locks on the index (`-shm`), which closing any descriptor of it would drop."""
        self._holding.add(journal.wal_path(self.path), self.path.with_name(self.path.name + "-shm"))

    @classmethod
    def open_reader(cls, path: Path | str, *, steps: Sequence[Step] = STEPS) -> WorkshopStore:
        """A reader of a workshop of this version or an older one (last year's
        file, from last year's Razem). A current file is opened as
        `open(read_only=True)` opens it; an older one is copied into a private
        temporary folder and the copy upgraded and read (removed on `close`),
        so the file itself is never upgraded, locked or backed up beside.
        Raises as `open` does, always naming `path`."""
        try:
            return cls.open(path, steps=steps, read_only=True)
        except WorkshopFileError as error:
            if error.problem is not FileProblem.NEEDS_UPGRADE:
                raise
        path = Path(path).absolute()
        alive, record = writer_alive(path)
        try:
            copy = journal.private_copy(path, with_journal=not alive and journal.pending(path)
                                        and journal.belongs(path, record))
        except OSError as exc:
            raise StorageEnvironmentError(path, exc.strerror or str(exc)) from exc
        try:
            store = cls.open(copy, steps=steps)
            store._db.execute("PRAGMA query_only = ON")
        except WorkshopFileError as error:
            shutil.rmtree(copy.parent, ignore_errors=True)
            raise WorkshopFileError(error.problem, path, file_version=error.file_version,
                                    detail=error.detail) from error
        except BaseException:
            shutil.rmtree(copy.parent, ignore_errors=True)
            raise
        store._private = copy
        return store

    @classmethod
    def create(
        cls, path: Path | str, *, workshop: Workshop, steps: Sequence[Step] = STEPS,
        fill: Callable[[WorkshopStore], None] | None = None,
    ) -> WorkshopStore:
        """Create a new workshop file at `path` (which must not exist) and open it.

        The file is built under a temporary name - `fill` given the open
        temporary file to add what it should hold (the demo's content, a
        default plan) - and linked into place only when complete, so a crash
        or an error never leaves a half-made workshop under the user's name.
        """
        path = Path(path).absolute()
        if path.exists():
            raise WorkshopFileError(FileProblem.ALREADY_EXISTS, path)
        if journal.size(path):  # a journal whose file is gone can belong to no new file
            journal.move_aside(path)
        temp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            _build_new_file(temp, workshop, steps)
            if fill is not None:
                with cls.open(temp, steps=steps) as building:
                    fill(building)
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
        if self._lock.held:
            # Closing checkpoints the journal into the main file: a crash in
            # between must not make the journal look foreign.
            with contextlib.suppress(OSError):
                self._lock.note(checkpointing=True)
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        self._holding.release()
        self._lock.release()
        if self._private is not None:
            shutil.rmtree(self._private.parent, ignore_errors=True)

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
        if self._db.execute("PRAGMA quick_check").fetchall()[0][0] != "ok":
            raise WorkshopFileError(FileProblem.CORRUPT, self.path)
        self._check_tables(version)  # before anything is written
        self._set_durability()
        if version < len(steps):
            self._migrate(version, steps)

    def _set_durability(self) -> None:
        # WAL: readers never block the writer and a crash loses no commit;
        # synchronous=FULL: a commit is on disk when it returns.
        # Each result is read to the end: a statement left running would keep
        # a lock that makes the checkpoint below fail ("table is locked").
        for setting in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                        # A journal that grew in a burst shrinks back when reused;
                        # a smaller one keeps its size, so commits overwrite
                        # blocks instead of growing the file (cheaper to sync).
                        f"journal_size_limit={_CHECKPOINT_BYTES * 4}",
                        # Checkpoints are ours (`_checkpoint`): each one records
                        # the pairing of the main file with its journal.
                        "wal_autocheckpoint=0"):
            self._db.execute(f"PRAGMA {setting}").fetchall()
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

    @staticmethod
    def copy_file(source: Path, target: Path) -> None:
        """A closed workshop file (a snapshot) copied to `target`, which must
        not exist; through a temporary name, so no half-copied file appears."""
        source, target = Path(source), Path(target).absolute()
        check_ours(source, read_header(source))
        if target.exists():
            raise WorkshopFileError(FileProblem.ALREADY_EXISTS, target)
        temp = target.with_name(f".{target.name}.{os.getpid()}.copying")
        try:
            held_files.copy_out(source, temp)
            os.link(temp, target)
        except FileExistsError:
            raise WorkshopFileError(FileProblem.ALREADY_EXISTS, target) from None
        except OSError as exc:
            raise StorageEnvironmentError(target, exc.strerror or str(exc)) from exc
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()

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

    def dangling_references(self) -> list[str]:
        """The tables with rows that point at a row that is not there (a file
        another program wrote: Razem checks every reference it writes)."""
        try:
            found = self._db.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from exc
        return sorted({str(row[0]) for row in found})

    def pragma(self, name: str) -> Any:
        return self._db.execute(f"PRAGMA {name}").fetchall()[0][0]

    def integrity_check(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit that is not an undo step (e.g. where the moderator
        is in the workshop): all writes inside commit together or not at all.
        Inside an `operation`, it is part of that operation."""
        conn = self._db.conn
        if conn.in_transaction:
            yield
            return
        try:
            # IMMEDIATE: the reads an operation checks are made under the write lock.
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                conn.rollback()
                self._redo_tail = self._steps = None  # what was cached may be rolled back
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            self._redo_tail = self._steps = None
            raise _translate(exc, self.path) from exc
        self._after_commit()

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Every read inside sees the file at one moment (one read
        transaction: a writer's commits meanwhile are not seen), so that an
        export made in many queries is consistent. Nothing is written."""
        conn = self._db.conn
        if conn.in_transaction:
            yield
            return
        self._raw("BEGIN DEFERRED")
        try:
            yield
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.rollback()

    def _after_commit(self) -> None:
        """Copy a grown journal into the main file. Best effort: the change is
        committed already; a checkpoint that fails is tried after the next."""
        self._commits += 1
        # A checkpointed journal keeps its size (it is reused from the start),
        # so its size alone would ask for a checkpoint after every commit.
        if self._commits >= _CHECKPOINT_COMMITS and journal.size(self.path) > _CHECKPOINT_BYTES:
            self._commits = 0
            with contextlib.suppress(OSError, sqlite3.Error):
                self._checkpoint("PASSIVE")

    @contextlib.contextmanager
    def operation(self, label: str, count: int = 1) -> Iterator[Recorded]:
        """One user operation: a transaction whose writes are saved, in the
        same transaction, as one undo entry named `label` (with `count` for
        plural labels). The yielded value's `entry` is the new entry's number
        once the block has ended (None if nothing changed). Nested operations
        join the outer one."""
        recorded = Recorded()
        if self._recording is not None:
            yield recorded
            return
        with self.transaction():
            self._recording = RowImages()
            try:
                yield recorded
                touches = self._recording.effective()
            finally:
                self._recording = None
            recorded.touches = touches
            if touches:
                recorded.entry = self._save_entry(label, count, touches)

    def _save_entry(self, label: str, count: int, touches: Sequence[Touch]) -> int:
        if self._redo_tail is not False:  # unknown after opening, or steps were undone
            self._raw("DELETE FROM undo_entries WHERE done = 0")
        cursor = self._raw("INSERT INTO undo_entries (label, count, done, created_at) "
                           "VALUES (?, ?, 1, ?)", [label, count, now_iso()])
        entry = int(cursor.lastrowid or 0)
        self._db.conn.executemany(
            "INSERT INTO undo_rows (entry, position, table_name, row_id, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(entry, position, *encode_touch(t)) for position, t in enumerate(touches)])
        if self._steps is None:
            self._steps = int(self.scalar("SELECT COUNT(*) FROM undo_entries"))
        else:
            self._steps += 1
        if self._steps > UNDO_LIMIT:
            self._raw("DELETE FROM undo_entries WHERE seq <= (SELECT seq FROM undo_entries "
                      "ORDER BY seq DESC LIMIT 1 OFFSET ?)", [UNDO_LIMIT])
            self._steps = UNDO_LIMIT
        self._redo_tail = False
        return entry

    def _checkpoint(self, mode: str | None) -> None:
        """Copy the journal into the main file (`mode` None: no copy), and
        record in the lock file what the main file now holds. While it runs,
        the record says so: a crash in between leaves a journal that is
        trusted, not moved aside."""
        if not self._lock.held:
            return
        if mode is not None:
            self._lock.note(checkpointing=True)
            self._db.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
        # The file SQLite has open, read through the descriptor kept of it (see workshop_app.held_files).
        main = self._holding.first
        self._lock.note(main=journal.fingerprint(self.path) if main is None
                        else journal.fingerprint_of(main), checkpointing=False)

    def snapshot(self, reason: str) -> Path | None:
        """A complete copy of the workshop on the shelf (None without one).
        A snapshot that cannot be written never stops the work it protects."""
        if self.shelf is None or self._recording is not None:
            return None
        try:
            return self.shelf.take(self._db.conn, reason)
        except (OSError, sqlite3.Error):
            return None

    def changes_made(self) -> int:
        """Rows this connection has changed since it opened (grows with every
        change, undo and redo included; a snapshot does not change it)."""
        return int(self._db.conn.total_changes)

    def forget_undo_history(self) -> None:
        with self.transaction():
            self._raw("DELETE FROM undo_entries")
        self._redo_tail, self._steps = False, 0

    def undo_history(self, *, only: int | None = None) -> list[UndoEntry]:
        """The kept undo entries, oldest first (`only`: just that one, if kept)."""
        where, params = ("WHERE seq = ?", [only]) if only is not None else ("", [])
        cursor = self._db.execute(
            f"SELECT seq, label, count, done FROM undo_entries {where} ORDER BY seq", params)
        return [UndoEntry(seq, label, count, bool(done)) for seq, label, count, done in cursor]

    def replay(self, *, undo: bool) -> tuple[UndoEntry, list[Touch]] | None:
        """Undo the newest done entry (or redo the oldest undone one) in one
        new transaction; returns it and the rows it touched, or None if
        there is nothing to undo (redo)."""
        with self.transaction():
            sql = ("SELECT seq, label, count, done FROM undo_entries WHERE done = 1 "
                   "ORDER BY seq DESC LIMIT 1" if undo else
                   "SELECT seq, label, count, done FROM undo_entries WHERE done = 0 "
                   "ORDER BY seq LIMIT 1")
            found = self._db.execute(sql).fetchone()
            if found is None:
                return None
            entry = UndoEntry(found[0], found[1], found[2], bool(found[3]))
            # Rows come back one by one; the references between them hold once
            # all are back (checked at commit), not after each row.
            self._raw("PRAGMA defer_foreign_keys = ON")
            touches = decode_touches(self._db.execute(
                "SELECT table_name, row_id, before, after FROM undo_rows WHERE entry = ? "
                "ORDER BY position", [entry.seq]))
            for touch in (reversed(touches) if undo else touches):
                target, other = (touch.before, touch.after) if undo else (touch.after, touch.before)
                self._put_image(touch.table, touch.row_id, target, other)
            self._raw("UPDATE undo_entries SET done = ? WHERE seq = ?", [0 if undo else 1, entry.seq])
        self._redo_tail = None
        return entry, touches

    def _put_image(self, table: str, row_id: str, target: Row | None, other: Row | None) -> None:
        if table not in _TABLE_NAMES:
            raise RuntimeError(f"undo entry names an unknown table {table!r}")
        if target is None:
            self._raw(f"DELETE FROM {table} WHERE id = ?", [row_id])
        elif other is None:
            self._raw(f"INSERT INTO {table} ({', '.join(target)}) VALUES "
                      f"({', '.join('?' * len(target))})", list(target.values()))
        else:
            assignments = ", ".join(f"{name} = ?" for name in target)
            self._raw(f"UPDATE {table} SET {assignments} WHERE id = ?", [*target.values(), row_id])

    def insert(self, entity: Any) -> None:
        row = to_row(entity)
        stamp = now_iso()
        row["created_at"] = row.get("created_at") or stamp
        row["updated_at"] = row.get("updated_at") or stamp
        table = TABLES[type(entity)]
        self._write(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                    f"({', '.join('?' * len(row))})", list(row.values()))
        if self._recording is not None:
            self._recording.inserted(table, row)

    def update(self, cls: type, entity_id: str, **fields: Any) -> None:
        """Set `fields` of one row (and its `updated_at`); a write that
        changes no value is skipped, so it stamps nothing, and so is one that
        changes only where a note or group lies on the canvas (`_LAYOUT`):
        a move is no edit, which a merge must not prefer to a table's real
        edit of the row (merges never take a place from another file)."""
        table = TABLES[cls]
        new = {name: encode(value) for name, value in fields.items()}
        names = [*new, "updated_at"]
        current = self._db.execute(f"SELECT {', '.join(names)} FROM {table} WHERE id = ?",
                                   [entity_id]).fetchone()
        if current is None:
            return
        old = dict(zip(names, current, strict=False))
        changed = {name for name, value in new.items() if old[name] != value}
        if not changed:
            return
        if not changed <= _LAYOUT:
            new["updated_at"] = now_iso()
        assignments = ", ".join(f"{name} = ?" for name in new)
        self._write(f"UPDATE {table} SET {assignments} WHERE id = ?", [*new.values(), entity_id])
        if self._recording is not None:
            self._recording.updated(table, entity_id, old, new)

    def put_version(self, cls: type, entity_id: str, updated_at: str, **fields: Any) -> None:
        """Set `fields` of one row to another file's version of it, stamped
        with that version's `updated_at` (a merge: the row then says which
        edit it is, so merging the same file again finds it the same)."""
        table = TABLES[cls]
        new = {name: encode(value) for name, value in fields.items()}
        new["updated_at"] = updated_at
        current = self._db.execute(f"SELECT {', '.join(new)} FROM {table} WHERE id = ?",
                                   [entity_id]).fetchone()
        if current is None:
            return
        old = dict(zip(new, current, strict=False))
        if old == new:
            return
        assignments = ", ".join(f"{name} = ?" for name in new)
        self._write(f"UPDATE {table} SET {assignments} WHERE id = ?", [*new.values(), entity_id])
        if self._recording is not None:
            self._recording.updated(table, entity_id, old, new)

    def defer_references(self) -> None:
        """Inside a transaction: references between rows are checked at
        commit, not after each row (rows that point at each other arrive
        in any order: a merge)."""
        self._write("PRAGMA defer_foreign_keys = ON", [])

    def delete_all(self, cls: type) -> None:
        """Hard delete of every row of a table whose rows are replaced as a
        whole (the phase plan), never of user data."""
        table = TABLES[cls]
        if self._recording is not None:
            cursor = self._db.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            for values in cursor.fetchall():
                self._recording.deleted(table, dict(zip(names, values, strict=False)))
        self._write(f"DELETE FROM {table}", [])

    def _write(self, sql: str, params: Sequence[Any]) -> None:
        if not self._db.conn.in_transaction:
            raise RuntimeError("writes must run inside WorkshopStore.transaction()")
        self._raw(sql, params)

    def _raw(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, list(params))
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from exc

    # -- reads -------------------------------------------------------------------

    def all(self, cls: type[T], *, include_deleted: bool = False) -> list[T]:
        """Every row of a kind, in its natural order (soft-deleted rows only
        with `include_deleted`)."""
        return self._select(cls, include_deleted=include_deleted)

    def get(self, cls: type[T], entity_id: str) -> T | None:
        found = self._select(cls, where="id = ?", params=[entity_id], include_deleted=True)
        return found[0] if found else None

    def workshop(self) -> Workshop:
        return self._select(Workshop)[0]

    def ideas_in_cluster(self, cluster_id: str) -> list[Idea]:
        """The cluster's ideas, soft-deleted ones included."""
        return self._select(Idea, where="cluster_id = ?", params=[cluster_id], include_deleted=True)

    def has_unplaced_ideas(self) -> bool:
        """Whether a live idea has no saved place on the canvas: one query in
        SQLite, not every idea read and decoded (it runs before every drag)."""
        return bool(self._raw("SELECT EXISTS (SELECT 1 FROM ideas WHERE deleted_at IS NULL "
                              "AND (x IS NULL OR y IS NULL))").fetchone()[0])

    def ideas_stacked_on(self, idea_ids: Sequence[str]) -> list[Idea]:
        """Ideas whose `duplicate_of` is one of `idea_ids`, soft-deleted ones included."""
        if not idea_ids:
            return []
        marks = ", ".join("?" * len(idea_ids))
        return self._select(Idea, where=f"duplicate_of IN ({marks})", params=list(idea_ids),
                            include_deleted=True)

    def ballots_of(self, round_id: str) -> list[Ballot]:
        return self._select(Ballot, where="round_id = ?", params=[round_id])

    def device_ballots(self, round_id: str, device: str) -> list[Ballot]:
        """The live ballots one phone (`device`) cast in the round."""
        return self._select(Ballot, where="round_id = ? AND device = ?", params=[round_id, device])

    def count_ballots(self, round_id: str, kind: str) -> int:
        """How many live ballots of `kind` the round has (without reading them)."""
        return int(self.scalar("SELECT COUNT(*) FROM ballots WHERE round_id = ? AND kind = ? "
                               "AND deleted_at IS NULL", [round_id, kind]))

    def entity_type(self, table: str) -> type:
        """The dataclass stored in `table`."""
        return _TYPES[table]

    def _select(self, cls: type[T], *, where: str = "", params: Sequence[Any] = (),
                include_deleted: bool = False) -> list[T]:
        clauses = [where] if where else []
        if not include_deleted and "deleted_at" in _columns(cls):
            clauses.append("deleted_at IS NULL")
        sql = f"SELECT * FROM {TABLES[cls]}"
        if clauses:
            sql += " WHERE " + " AND ".join(f"({c})" for c in clauses)
        if cls in _ORDER:
            sql += f" ORDER BY {_ORDER[cls]}"
        try:
            cursor = self._db.execute(sql, list(params))
            try:
                names = [d[0] for d in cursor.description]
                rows = cursor.fetchall()
            finally:
                cursor.close()  # a statement left open would keep the journal after close()
        except sqlite3.Error as exc:
            raise _translate(exc, self.path) from exc
        try:
            return from_rows(cls, names, rows)
        except (ValueError, TypeError, KeyError) as exc:
            # A value no Razem ever wrote (a sector ';9;demia', broken JSON):
            # the file is damaged, whatever SQLite's own checks say.
            raise WorkshopFileError(FileProblem.CORRUPT, self.path,
                                    detail=f"{TABLES[cls]}: {exc}") from exc

    def _check_tables(self, version: int) -> None:
        """A file that says it is a workshop of `version` has that version's
        tables; one without them (our header on an empty database) is damaged."""
        present = {row[0] for row in self._db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        missing = sorted(_TABLES_OF[min(version, len(_TABLES_OF) - 1)] - present)
        if missing:
            raise WorkshopFileError(FileProblem.CORRUPT, self.path,
                                    detail="missing tables: " + ", ".join(missing))

    def check_rows(self) -> None:
        """Read every row of every table as the program will; `WorkshopFileError
        (CORRUPT)` if one cannot be read, so the damage is named at once."""
        present = _TABLES_OF[min(self.pragma("user_version"), len(_TABLES_OF) - 1)]
        for cls, table in TABLES.items():
            if table in present:  # a file of older `steps` (tests of migrations) has fewer
                self._select(cls, include_deleted=True)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """One value of a read-only query (checks and tests)."""
        row = self._db.execute(sql, list(params)).fetchone()
        return row[0] if row else None

    def next_idea_seq(self) -> int:
        return int(self.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM ideas"))


def _columns(cls: type) -> set[str]:
    import dataclasses

    return {f.name for f in dataclasses.fields(cls)}


def _connect(path: Path, *, immutable: bool = False, shared: bool = False) -> Database:
    """A connection to `path`: `immutable` for a file no one can change (no
    locks, no journal), `shared` (mode=ro) for a file another connection writes."""
    try:
        # A short timeout: if another program holds SQLite's own lock we
        # report it within a second instead of hanging.
        if immutable or shared:
            uri = f"{path.absolute().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
            conn = sqlite3.connect(uri, uri=True, timeout=1.0, check_same_thread=False)
        else:
            conn = sqlite3.connect(path, timeout=1.0, check_same_thread=False)
        return Database(conn)
    except sqlite3.Error as exc:
        raise _translate(exc, path) from exc


def _writable(path: Path) -> bool:
    """Whether this program may write the file and create files beside it
    (the kernel's answer: an immutable file or folder says no even to root).
    Nothing is written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


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
        # A file of older `steps` (tests of migrations) has fewer columns.
        columns = {r[1] for r in db.execute("PRAGMA table_info(workshop)").fetchall()}
        row = {k: v for k, v in to_row(workshop).items() if k in columns}
        # A workshop given with its stamps keeps them (a table's split file:
        # the same row, so merging it back finds nothing changed).
        stamp = now_iso()
        row["created_at"] = row.get("created_at") or stamp
        row["updated_at"] = row.get("updated_at") or stamp
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
    if any(word in text for word in ("not a database", "malformed", "could not decode",
                                     "unsupported file format")):
        return WorkshopFileError(FileProblem.CORRUPT, path, detail=str(exc))
    if any(word in text for word in _ENVIRONMENT_ERRORS):
        return StorageEnvironmentError(path, str(exc))
    return exc


def sqlite_version() -> str:
    """The SQLite library's version, for the About box."""
    return sqlite3.sqlite_version

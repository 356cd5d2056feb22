"""Migrations: a backup first, then all of a step or none of it."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from workshop_app.models import Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.storage import FileProblem, WorkshopFileError, WorkshopStore
from workshop_app.storage.schema import STEPS

TEXTS = ["Tańsze bilety aglomeracyjne", "Żłobek przy strefie ekonomicznej", "Ścieżka do Wieliczki"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_file(path: Path) -> tuple[int, list[str], set[str]]:
    """user_version, idea texts and table names, read with plain sqlite3."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        texts = [r[0] for r in conn.execute("SELECT text FROM ideas ORDER BY seq")]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return version, texts, tables


def add_notes_table(db: Database) -> None:
    db.execute("CREATE TABLE extra_notes (id TEXT PRIMARY KEY, body TEXT)")
    db.execute("INSERT INTO extra_notes SELECT id, text FROM ideas")


def add_table_then_fail(db: Database) -> None:
    add_notes_table(db)
    raise ValueError("step 2 found something it cannot convert")


def add_table_then_bad_sql(db: Database) -> None:
    add_notes_table(db)
    db.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")


# The schema version of today's files; the tests add a step N + 1 of their own.
N = len(STEPS)
EXTRA = "9999_extra"


@pytest.fixture
def version_1_file(workshop_path: Path) -> Path:
    """A workshop file of today's version N with a few ideas (the name is historical)."""
    with WorkshopStore.create(workshop_path, workshop=Workshop(id=new_id(), title="v1")) as store:
        WorkshopService(store).add_ideas(ideas=[NewIdea(t) for t in TEXTS])
    assert read_file(workshop_path)[0] == N
    return workshop_path


@pytest.mark.parametrize("failing_step", [add_table_then_fail, add_table_then_bad_sql],
                         ids=["python-error", "sql-error"])
def test_failed_migration_leaves_the_file_as_it_was(
    version_1_file: Path, failing_step: Callable[[Database], None]
) -> None:
    before = sha256(version_1_file)

    with pytest.raises(WorkshopFileError) as info:
        WorkshopStore.open(version_1_file, steps=(*STEPS, (EXTRA, failing_step)))

    error = info.value
    assert error.problem is FileProblem.MIGRATION_FAILED
    assert error.file_version == N
    assert sha256(version_1_file) == before
    version, texts, tables = read_file(version_1_file)
    assert (version, texts) == (N, TEXTS)
    assert "extra_notes" not in tables
    # The backup was written before the step ran and holds the same workshop.
    assert error.backup is not None and error.backup.exists()
    assert error.backup != version_1_file
    assert read_file(error.backup)[:2] == (N, TEXTS)
    # Nothing else was left behind: no lock, no -wal/-shm.
    assert sorted(os.listdir(version_1_file.parent)) == sorted(
        [version_1_file.name, error.backup.name])



def dump(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def test_failed_migration_of_a_rollback_journal_file_says_what_it_changed(version_1_file: Path) -> None:
    """A file in SQLite's older journal mode (a copy made by another tool) gets
    its journal-mode bytes rewritten on open: the message must not claim the
    file is byte-for-byte untouched, only that its workshop is."""
    from workshop_app.messages import file_error

    with contextlib.closing(sqlite3.connect(version_1_file)) as conn:
        assert conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    before, contents = sha256(version_1_file), dump(version_1_file)

    with pytest.raises(WorkshopFileError) as info:
        WorkshopStore.open(version_1_file, steps=(*STEPS, (EXTRA, add_table_then_fail)))

    assert dump(version_1_file) == contents
    message = file_error(info.value)
    if sha256(version_1_file) != before:
        assert "the file was not changed" not in message.casefold()
    assert "its contents were not changed" in message
    assert str(info.value.backup) in message


def test_failed_migration_does_not_block_the_current_version(version_1_file: Path) -> None:
    with pytest.raises(WorkshopFileError):
        WorkshopStore.open(version_1_file, steps=(*STEPS, (EXTRA, add_table_then_fail)))
    with WorkshopStore.open(version_1_file) as store:
        assert [i.text for i in WorkshopService(store).ideas()] == TEXTS


def test_successful_migration_upgrades_and_keeps_a_backup(version_1_file: Path) -> None:
    steps = (*STEPS, (EXTRA, add_notes_table))

    with WorkshopStore.open(version_1_file, steps=steps) as store:
        assert store.pragma("user_version") == N + 1
        backup = store.backup_path
        assert [i.text for i in WorkshopService(store).ideas()] == TEXTS
        notes = store.scalar("SELECT COUNT(*) FROM extra_notes")

    assert notes == len(TEXTS)
    version, texts, tables = read_file(version_1_file)
    assert (version, texts) == (N + 1, TEXTS)
    assert "extra_notes" in tables
    assert backup is not None and backup.exists()
    backup_version, backup_texts, backup_tables = read_file(backup)
    assert (backup_version, backup_texts) == (N, TEXTS)
    assert "extra_notes" not in backup_tables
    # The backup is a usable workshop file for the older program.
    with WorkshopStore.open(backup) as old:
        assert [i.text for i in WorkshopService(old).ideas()] == TEXTS


def test_current_file_is_not_migrated_or_backed_up_again(version_1_file: Path) -> None:
    steps = (*STEPS, (EXTRA, add_notes_table))
    WorkshopStore.open(version_1_file, steps=steps).close()
    listing = sorted(os.listdir(version_1_file.parent))

    with WorkshopStore.open(version_1_file, steps=steps) as store:
        assert store.backup_path is None
        assert store.scalar("SELECT COUNT(*) FROM extra_notes") == len(TEXTS)
    assert sorted(os.listdir(version_1_file.parent)) == listing


def test_migrated_file_is_refused_by_the_older_program(version_1_file: Path) -> None:
    WorkshopStore.open(version_1_file, steps=(*STEPS, (EXTRA, add_notes_table))).close()
    before = sha256(version_1_file)

    with pytest.raises(WorkshopFileError) as info:
        WorkshopStore.open(version_1_file)

    assert info.value.problem is FileProblem.NEWER_VERSION
    assert info.value.file_version == N + 1
    assert sha256(version_1_file) == before


def test_new_file_gets_every_step(workshop_path: Path) -> None:
    steps = (*STEPS, (EXTRA, add_notes_table))
    with WorkshopStore.create(workshop_path, workshop=Workshop(id=new_id(), title="v2"),
                              steps=steps) as store:
        assert store.pragma("user_version") == N + 1
        assert store.backup_path is None
        assert store.scalar("SELECT COUNT(*) FROM extra_notes") == 0
    assert sorted(os.listdir(workshop_path.parent)) == [workshop_path.name]


def test_a_reader_refuses_an_older_file_asking_for_an_upgrade(tmp_path: Path) -> None:
    from workshop_app.messages import file_error

    path = tmp_path / "stary.razem"
    WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="Stary")).close()
    newer = (*STEPS, (EXTRA, lambda db: db.execute("CREATE TABLE extra (id TEXT)")))
    before = path.read_bytes()
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopStore.open(path, steps=newer, read_only=True)
    assert refused.value.problem is FileProblem.NEEDS_UPGRADE
    assert "older version" in file_error(refused.value)
    assert path.read_bytes() == before


def test_a_file_from_before_the_undo_history_is_upgraded_and_undoes(workshop_path: Path) -> None:
    """Files of schema 1 have no undo history; opening one adds it (after a
    backup), keeps every idea, and the next operation can be undone."""
    with WorkshopStore.create(workshop_path, workshop=Workshop(id=new_id(), title="v1"),
                              steps=STEPS[:1]):
        pass
    with contextlib.closing(sqlite3.connect(workshop_path)) as conn, conn:
        conn.executemany("INSERT INTO ideas (id, text, seq, created_at, updated_at) "
                         "VALUES (?, ?, ?, '2026-01-01', '2026-01-01')",
                         [(new_id(), text, n) for n, text in enumerate(TEXTS, start=1)])
    with WorkshopStore.open(workshop_path) as store:
        assert store.backup_path is not None and read_file(store.backup_path)[0] == 1
        service = WorkshopService(store)
        assert [i.text for i in service.ideas()] == TEXTS
        assert service.undo_history() == []
        service.add_idea(idea=NewIdea("Po aktualizacji"))
        service.undo()
        assert [i.text for i in service.ideas()] == TEXTS
    assert read_file(workshop_path)[0] == N

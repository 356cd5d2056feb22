"""The workshop file: durable settings, and refusal of every file that is not ours."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from workshop_app.models import Idea, Sector, Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.services.demo import write_demo
from workshop_app.storage import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    FileProblem,
    StorageEnvironmentError,
    WorkshopFileError,
    WorkshopStore,
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def file_pragmas(path: Path) -> tuple[str, int, int]:
    """journal_mode, application_id, user_version as any SQLite program sees them."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return tuple(conn.execute(f"PRAGMA {name}").fetchone()[0]  # type: ignore[return-value]
                     for name in ("journal_mode", "application_id", "user_version"))


def _new(path: Path) -> WorkshopStore:
    return WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="Warsztat"))


@pytest.fixture
def real_file(tmp_path: Path) -> Path:
    """A closed workshop file with a few dozen ideas (several pages)."""
    path = tmp_path / "prawdziwy.razem"
    with _new(path) as store:
        WorkshopService(store).add_ideas(
            ideas=[NewIdea(f"Pomysł nr {n}: ścieżki rowerowe " * 8) for n in range(60)])
    return path


def _reopen(path: Path) -> WorkshopStore:
    _new(path).close()
    return WorkshopStore.open(path)


def _demo(path: Path) -> WorkshopStore:
    write_demo(path)
    return WorkshopStore.open(path)


@pytest.mark.parametrize("opener", [_new, _reopen, _demo], ids=["created", "reopened", "demo"])
def test_every_open_file_is_durable(tmp_path: Path, opener: Callable[[Path], WorkshopStore]) -> None:
    path = tmp_path / "w.razem"
    with opener(path) as store:
        assert store.pragma("journal_mode") == "wal"
        assert store.pragma("synchronous") == 2  # FULL: a commit is on disk when it returns
        assert store.pragma("foreign_keys") == 1
        assert store.pragma("application_id") == APPLICATION_ID
        assert store.pragma("user_version") == SCHEMA_VERSION
    # journal mode and the two ids live in the file itself; the other two are
    # per connection, so only the store can show them (checked above).
    assert file_pragmas(path) == ("wal", APPLICATION_ID, SCHEMA_VERSION)
    assert sorted(os.listdir(tmp_path)) == ["w.razem"], "sidecar files left after close"


def test_foreign_keys_are_enforced(service: WorkshopService) -> None:
    with pytest.raises(sqlite3.IntegrityError), service.store.transaction():
        service.store.insert(Idea(id=new_id(), text="x", cluster_id="no-such-cluster", seq=1))
    assert service.ideas() == []


def assert_refused(path: Path, problem: FileProblem) -> WorkshopFileError:
    """Opening `path` fails with `problem` and changes nothing on disk."""
    before = sha256(path) if path.exists() else None
    listing = sorted(os.listdir(path.parent))
    with pytest.raises(WorkshopFileError) as info:
        WorkshopStore.open(path)
    assert info.value.problem is problem
    assert (sha256(path) if path.exists() else None) == before
    # No -wal, -shm, .lock or fresh database appeared next to it.
    assert sorted(os.listdir(path.parent)) == listing
    return info.value


def test_missing_file_is_refused(tmp_path: Path) -> None:
    assert_refused(tmp_path / "nie-ma.razem", FileProblem.NOT_FOUND)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pusty.razem"
    path.touch()
    assert_refused(path, FileProblem.EMPTY)
    assert path.stat().st_size == 0  # SQLite would have made it a database


@pytest.mark.parametrize("content", [
    "Lista pomysłów:\n- ścieżki rowerowe\n- żłobki\n".encode(),
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20,
], ids=["text", "png"])
def test_file_that_is_not_sqlite_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "obcy.razem"
    path.write_bytes(content)
    assert_refused(path, FileProblem.NOT_SQLITE)


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "inny.razem"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Jan')")
        conn.commit()
    assert_refused(path, FileProblem.FOREIGN_SQLITE)


@pytest.mark.parametrize("cut", [
    lambda size: size // 2, lambda size: 50, lambda size: size - 4096, lambda size: size - 1,
], ids=["half", "50-bytes", "last-page", "last-byte"])
def test_truncated_workshop_file_is_refused(real_file: Path, cut: Callable[[int], int]) -> None:
    data = real_file.read_bytes()
    assert len(data) > 3 * 4096
    real_file.write_bytes(data[: cut(len(data))])
    assert_refused(real_file, FileProblem.TRUNCATED)


@pytest.mark.parametrize("page", [0, 2, -1], ids=["first-page", "third-page", "last-page"])
def test_damaged_workshop_file_is_refused(real_file: Path, page: int) -> None:
    data = bytearray(real_file.read_bytes())
    # Overwrite the page's b-tree header (page 1 starts after the file header).
    start = len(data) - 4096 if page < 0 else max(page * 4096, 100)
    data[start : start + 2000] = bytes((n * 7 + 3) % 256 for n in range(2000))
    real_file.write_bytes(bytes(data))
    assert_refused(real_file, FileProblem.CORRUPT)


def test_file_from_a_newer_razem_is_refused(real_file: Path) -> None:
    with contextlib.closing(sqlite3.connect(real_file)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    error = assert_refused(real_file, FileProblem.NEWER_VERSION)
    assert error.file_version == SCHEMA_VERSION + 1
    assert file_pragmas(real_file)[2] == SCHEMA_VERSION + 1


def test_create_never_overwrites(real_file: Path) -> None:
    before = sha256(real_file)
    listing = sorted(os.listdir(real_file.parent))
    with pytest.raises(WorkshopFileError) as info:
        _new(real_file)
    assert info.value.problem is FileProblem.ALREADY_EXISTS
    assert sha256(real_file) == before
    assert sorted(os.listdir(real_file.parent)) == listing


def test_create_in_missing_folder_is_an_environment_error(tmp_path: Path) -> None:
    with pytest.raises(StorageEnvironmentError):
        _new(tmp_path / "brak" / "w.razem")
    assert os.listdir(tmp_path) == []


def test_refused_file_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "pusty.razem"
    path.touch()
    error = assert_refused(path, FileProblem.EMPTY)
    assert error.path == path.absolute()
    assert str(path.absolute()) in str(error)


def test_data_survives_close_and_reopen(workshop_path: Path) -> None:
    text = "Zażółć gęślą jaźń – ŁÓDŹ, <b>pogrubione</b> & 🚲"
    with _new(workshop_path) as store:
        created = WorkshopService(store).add_idea(idea=NewIdea(text=text, sector=Sector.ACADEMIA)).created
    with WorkshopStore.open(workshop_path) as store:
        idea = WorkshopService(store).idea(created or "")
        assert store.integrity_check() == "ok"
    assert (idea.text, idea.sector, idea.seq) == (text, "academia", 1)


def test_writes_outside_a_transaction_are_refused(service: WorkshopService) -> None:
    with pytest.raises(RuntimeError):
        service.store.insert(Idea(id=new_id(), text="bez transakcji", seq=1))
    assert service.ideas() == []


def test_save_a_copy_over_a_file_open_elsewhere_is_refused(tmp_path: Path) -> None:
    source = WorkshopStore.create(tmp_path / "a.razem", workshop=Workshop(id=new_id(), title="A"))
    other = WorkshopStore.create(tmp_path / "b.razem", workshop=Workshop(id=new_id(), title="B"))
    try:
        with pytest.raises(WorkshopFileError) as refused:
            source.save_copy(tmp_path / "b.razem")
        assert refused.value.problem is FileProblem.LOCKED
        assert other.workshop().title == "B"
    finally:
        other.close()
        source.close()


def test_save_a_copy_replaces_a_crashed_workshop_with_exactly_this_one(tmp_path: Path) -> None:
    import shutil

    target = tmp_path / "b.razem"
    crashed = WorkshopStore.create(target, workshop=Workshop(id=new_id(), title="B"))
    WorkshopService(crashed).add_idea(idea=NewIdea(text="pomysł B w WAL"))
    # A crash leaves the WAL behind; simulate by copying it aside before closing.
    wal = target.with_name(target.name + "-wal")
    kept = tmp_path / "kept-wal"
    shutil.copyfile(wal, kept)
    crashed.close()
    shutil.copyfile(kept, wal)
    source = WorkshopStore.create(tmp_path / "a.razem", workshop=Workshop(id=new_id(), title="A"))
    WorkshopService(source).add_idea(idea=NewIdea(text="pomysł A"))
    source.save_copy(target)
    source.close()
    with WorkshopStore.open(target) as copy:
        service = WorkshopService(copy)
        assert service.workshop().title == "A"
        assert [i.text for i in service.ideas()] == ["pomysł A"]

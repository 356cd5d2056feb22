"""A damaged workshop gets one sentence, in the user's language, never a traceback."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workshop_app import i18n
from workshop_app.cli import main
from workshop_app.services.demo import write_demo
from workshop_app.storage import FileProblem, WorkshopFileError, WorkshopStore
from workshop_app.storage.schema import STEPS

DAMAGE = {
    "a sector no Razem writes": "UPDATE ideas SET sector = ';9;demia' WHERE seq = 3",
    "text that is not UTF-8": "UPDATE ideas SET table_label = CAST(x'c3ff28' AS TEXT) WHERE seq = 5",
    "broken JSON": "UPDATE workshop SET moderators = '[\"Anna\", '",
}


@pytest.fixture
def cli(qapp: object) -> Iterator[Callable[[list[str]], int]]:
    yield main
    i18n.install("en")


@pytest.fixture(params=sorted(DAMAGE))
def damaged(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "uszkodzony.razem"
    write_demo(path)
    with sqlite3.connect(path) as raw:
        raw.execute(DAMAGE[request.param])
    raw.close()
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", [["export", "--json", "out.json"], ["suggest"]])
def test_readers_name_the_damage_and_change_nothing(
        damaged: Path, command: list[str], cli: Callable[[list[str]], int],
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    before = sha(damaged)
    args = [command[0], str(damaged), *[str(tmp_path / a) if a.endswith(".json") else a for a in command[1:]]]
    assert cli(args) == 1
    err = capsys.readouterr().err
    assert "uszkodzony" in err and "Traceback" not in err
    assert sha(damaged) == before
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("read_only", [False, True], ids=["writer", "reader"])
def test_opening_checks_every_row_so_the_damage_is_named_at_once(damaged: Path, read_only: bool) -> None:
    before = sha(damaged)
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopStore.open(damaged, read_only=read_only)
    assert refused.value.problem is FileProblem.CORRUPT
    assert sha(damaged) == before
    assert sorted(p.name for p in damaged.parent.iterdir()) == [damaged.name]  # no lock left


@pytest.mark.parametrize("read_only", [False, True], ids=["writer", "reader"])
def test_our_header_on_a_database_without_our_tables_is_damaged_and_untouched(
        tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "pusty.razem"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA application_id = 1380014669")  # "RAZM"
        raw.execute(f"PRAGMA user_version = {len(STEPS)}")  # this version's number
        raw.execute("CREATE TABLE notatki (x TEXT)")
    raw.close()
    before = sha(path)
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopStore.open(path, read_only=read_only)
    assert refused.value.problem is FileProblem.CORRUPT
    assert sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pusty.razem"]


def test_a_name_too_long_for_the_disk_is_told_in_words(
        cli: Callable[[list[str]], int], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["export", str(tmp_path / ("x" * 300 + ".razem")), "--json", str(tmp_path / "o.json")]) == 1
    err = capsys.readouterr().err
    assert "nazwa jest za długa" in err and "Traceback" not in err


def test_a_damaged_file_points_to_its_automatic_copies_and_they_are_listed(
        cli: Callable[[list[str]], int], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from workshop_app.services import NewIdea, Op, WorkshopService
    from workshop_app.storage.snapshots import SnapshotShelf

    data, path = tmp_path / "dane", tmp_path / "warsztat.razem"
    write_demo(path)
    with WorkshopStore.open(path) as store:
        store.shelf = SnapshotShelf(data, store.path, store.workshop().id)
        WorkshopService(store).add_ideas(ideas=[NewIdea("Z pliku")], op=Op.IMPORT_IDEAS)
    with sqlite3.connect(path) as raw:
        raw.execute(DAMAGE["a sector no Razem writes"])
    raw.close()
    assert cli(["export", str(path), "--json", str(tmp_path / "o.json"), "--data-dir", str(data)]) == 1
    assert f"workshop-app snapshots {path}" in capsys.readouterr().err
    assert cli(["snapshots", str(path), "--data-dir", str(data)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert "przed importem pomysłów" in line and "42 pomysły" in line


def test_what_is_readable_of_a_damaged_file_is_copied_into_a_new_one(
        cli: Callable[[list[str]], int], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from workshop_app.services import WorkshopService

    path = tmp_path / "uszkodzony.razem"
    write_demo(path)
    with sqlite3.connect(path) as raw:
        for sql in DAMAGE.values():
            raw.execute(sql)
        # A group whose row is unreadable: its ideas must come out ungrouped, not dangling.
        group = raw.execute("SELECT cluster_id FROM ideas WHERE cluster_id IS NOT NULL").fetchone()[0]
        raw.execute("UPDATE clusters SET x = 'nie liczba', name = CAST(x'ff' AS TEXT) WHERE id = ?", [group])
        members = raw.execute("SELECT COUNT(*) FROM ideas WHERE cluster_id = ?", [group]).fetchone()[0]
    raw.close()
    before = sha(path)
    new = tmp_path / "odzyskany.razem"
    assert cli(["recover", str(path), str(new)]) == 0
    assert "Skopiowano" in capsys.readouterr().out
    assert sha(path) == before
    with WorkshopStore.open(new) as store:
        assert store.integrity_check() == "ok"
        service = WorkshopService(store)
        ideas = service.ideas()
        assert len(ideas) == 42 - 2  # the two damaged ideas are left out
        assert group not in {c.id for c in service.clusters()}
        assert sum(1 for i in ideas if i.cluster_id is None) >= members - 2
        assert service.workshop().title  # the workshop row itself was readable or made anew


# Fields of the 100-byte SQLite header (https://sqlite.org/fileformat.html),
# overwritten with bytes no SQLite writes there: (offset, length).
DAMAGED_FIELDS = {
    "magic": (0, 16), "page size": (16, 2), "read/write versions": (18, 2),
    "payload fractions": (21, 3), "page count": (28, 4), "freelist": (32, 8),
    "schema format": (44, 4), "vacuum root": (52, 4), "text encoding": (56, 4),
    "user version far beyond any Razem": (60, 4), "incremental vacuum": (64, 4),
    "application id": (68, 4), "reserved": (72, 20),
}
# Fields SQLite (and Razem) may ignore: a file with them changed still opens.
HARMLESS_FIELDS = {"change counter": (24, 4), "schema cookie": (40, 4), "cache size": (48, 4),
                   "version valid for": (92, 4), "SQLite version": (96, 4)}


@pytest.fixture(scope="module")
def sound_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sound") / "warsztat.razem"
    write_demo(path)
    return path


def overwritten(sound: Path, folder: Path, field: tuple[int, int], fill: bytes) -> Path:
    path = folder / "nagłówek.razem"
    offset, length = field
    data = bytearray(sound.read_bytes())
    data[offset:offset + length] = (fill * length)[:length]
    path.write_bytes(bytes(data))
    return path


def header_commands(path: Path, other: Path, tmp_path: Path) -> dict[str, list[str]]:
    """Every command that opens `path`, as a merge source, a merge target and an export."""
    out = str(tmp_path / "o.json")
    return {"merge source": ["merge", str(other), str(path)],
            "merge target": ["merge", str(path), str(other)],
            "export": ["export", str(path), "--json", out]}


@pytest.mark.parametrize("fill", [b"\xff", b"X"], ids=["ff", "X"])
@pytest.mark.parametrize("field", sorted(DAMAGED_FIELDS))
def test_a_damaged_header_is_refused_in_words_everywhere_and_the_file_is_untouched(
        sound_file: Path, tmp_path: Path, field: str, fill: bytes,
        cli: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]) -> None:
    path = overwritten(sound_file, tmp_path, DAMAGED_FIELDS[field], fill)
    before = sha(path)
    for opener in (WorkshopStore.open, WorkshopStore.open_reader):
        with pytest.raises(WorkshopFileError) as refused:
            opener(path)
        # Damage, not "a file from a newer Razem" (nor a traceback of SQLite's).
        assert refused.value.problem is not FileProblem.NEWER_VERSION
        assert sha(path) == before
    other = tmp_path / "drugi.razem"
    shutil.copyfile(sound_file, other)
    for name, command in header_commands(path, other, tmp_path).items():
        assert cli([*command, "--lang", "en"]) == 1, name
        err = capsys.readouterr().err
        first = err.splitlines()[0]
        assert str(path) in first and "Traceback" not in err and "Error" not in err, (name, err)
        assert sha(path) == before and sha(other) == sha(sound_file), name
    assert not (tmp_path / "o.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["drugi.razem", "nagłówek.razem"]


@pytest.mark.parametrize("field", sorted(HARMLESS_FIELDS))
def test_a_header_field_sqlite_ignores_leaves_the_file_usable(
        sound_file: Path, tmp_path: Path, field: str,
        cli: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]) -> None:
    path = overwritten(sound_file, tmp_path, HARMLESS_FIELDS[field], b"X")
    other = tmp_path / "drugi.razem"
    shutil.copyfile(sound_file, other)
    with WorkshopStore.open_reader(path):
        pass
    for name, command in header_commands(path, other, tmp_path).items():
        assert cli([*command, "--lang", "en"]) == 0, name
        assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("field", ["schema format", "text encoding", "read/write versions", "reserved"])
def test_a_file_whose_header_alone_is_damaged_is_recovered_whole(
        sound_file: Path, tmp_path: Path, field: str,
        cli: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]) -> None:
    from workshop_app.services import WorkshopService

    path = overwritten(sound_file, tmp_path, DAMAGED_FIELDS[field], b"X")
    before = sha(path)
    new = tmp_path / "odzyskany.razem"
    assert cli(["recover", str(path), str(new), "--lang", "en"]) == 0
    assert "0 could not be read" in capsys.readouterr().out
    assert sha(path) == before
    with WorkshopStore.open(new) as store, WorkshopStore.open_reader(sound_file) as sound:
        assert len(WorkshopService(store).ideas()) == len(WorkshopService(sound).ideas()) == 42


def test_an_empty_database_of_another_program_is_foreign_not_damaged(tmp_path: Path) -> None:
    """No table yet: SQLite writes 0 as its schema format and text encoding."""
    path = tmp_path / "inny.razem"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 3")
    raw.close()
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopStore.open_reader(path)
    assert refused.value.problem is FileProblem.FOREIGN_SQLITE

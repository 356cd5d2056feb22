"""Automatic copies: before risky operations and every few minutes while the
workshop changes, bounded, listed with their time and counts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workshop_app import i18n
from workshop_app.cli import main
from workshop_app.services import NewIdea, Op, WorkshopService
from workshop_app.storage import WorkshopStore
from workshop_app.storage.snapshots import KEEP, SnapshotShelf
from workshop_app.ui.session import WorkshopSession


@pytest.fixture
def shelf(service: WorkshopService, tmp_path: Path) -> SnapshotShelf:
    store = service.store
    store.shelf = SnapshotShelf(tmp_path / "dane", store.path, store.workshop().id)
    return store.shelf


def ideas_in(path: Path) -> list[str]:
    with WorkshopStore.open(path, read_only=True) as store:
        return [i.text for i in WorkshopService(store).ideas()]


def test_a_risky_operation_is_preceded_by_a_snapshot_of_the_workshop_before_it(
        service: WorkshopService, shelf: SnapshotShelf) -> None:
    service.add_idea(idea=NewIdea("Wpisany ręcznie"))
    assert shelf.kept() == []  # typing one idea is not risky
    service.add_ideas(ideas=[NewIdea(f"Z pliku {n}") for n in range(3)], op=Op.IMPORT_IDEAS)
    [snap] = shelf.kept()
    assert snap.reason == Op.IMPORT_IDEAS.value and snap.ideas == 1
    assert ideas_in(snap.path) == ["Wpisany ręcznie"]  # a complete workshop from before the import


def test_only_the_newest_snapshots_are_kept(service: WorkshopService, shelf: SnapshotShelf) -> None:
    for n in range(KEEP + 3):
        service.add_ideas(ideas=[NewIdea(f"Import {n}")], op=Op.IMPORT_IDEAS)
    kept = shelf.kept()
    assert len(kept) == KEEP
    assert kept[0].ideas == KEEP + 2 and kept[-1].ideas == 3  # newest first


def test_the_window_snapshots_every_few_minutes_only_while_the_workshop_changes(
        qapp: object, service: WorkshopService, shelf: SnapshotShelf) -> None:
    session = WorkshopSession(service, service.store.path)
    assert session.snapshot_timer.isActive() and session.snapshot_timer.interval() == 10 * 60_000
    assert not session.take_periodic_snapshot()  # nothing changed since opening
    session.run(service.add_idea, idea=NewIdea("Nowy"))
    assert session.take_periodic_snapshot()
    assert not session.take_periodic_snapshot()
    assert [s.reason for s in shelf.kept()] == ["timer"]
    session.shutdown()


@pytest.fixture
def cli(qapp: object) -> Iterator[Callable[[list[str]], int]]:
    yield main
    i18n.install("en")


def test_the_command_lists_the_snapshots_and_import_takes_one(
        cli: Callable[[list[str]], int], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workshop, data = tmp_path / "w.razem", tmp_path / "dane"
    source = tmp_path / "pomysly.csv"
    source.write_text("Pomysł\nKolej do Skawiny\nParking przy dworcu\n", encoding="utf-8")
    assert cli(["new", str(workshop), "--title", "Warsztat", "--data-dir", str(data)]) == 0
    assert cli(["snapshots", str(workshop), "--data-dir", str(data)]) == 0
    assert "Brak" in capsys.readouterr().out
    assert cli(["import", str(workshop), str(source), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert cli(["snapshots", str(workshop), "--data-dir", str(data)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert "przed importem pomysłów" in line and "0 pomysłów" in line and line.endswith(".razem")

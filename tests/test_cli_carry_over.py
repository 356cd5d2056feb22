"""`workshop-app carry-over FILE LAST_YEAR`: last year's topics listed with
their results, chosen ones carried into the agenda (one undo step), last
year's file never changed, mistakes said in one sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.previous import AGENDA_TITLE, write_last_year
from tests.test_carry_over import listing
from workshop_app import i18n
from workshop_app.cli import main
from workshop_app.models import Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import Op, WorkshopService
from workshop_app.storage import WorkshopStore

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(qapp: object, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Iterator[Run]:
    """`workshop-app ARGS` in Polish, in this process: (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setenv("RAZEM_LANG", "pl")
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    i18n.install("en")


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """This year's empty workshop and last year's, in folders of their own."""
    for year in ("2026", "2027"):
        (tmp_path / year).mkdir()
    last_year = tmp_path / "2026" / "forum.razem"
    write_last_year(last_year)
    this_year = tmp_path / "2027" / "forum.razem"
    WorkshopStore.create(this_year, workshop=Workshop(id=new_id(), title="Forum 2027")).close()
    return this_year, last_year


def agenda_of(path: Path) -> list[tuple[str, bool]]:
    with WorkshopStore.open(path, read_only=True) as store:
        return [(a.title, a.carried_over) for a in WorkshopService(store).agenda()]


def test_without_a_choice_the_topics_are_listed_and_nothing_changes(
        run: Run, files: tuple[Path, Path]) -> None:
    this_year, last_year = files
    before = listing(this_year.parent) + listing(last_year.parent)
    code, out, err = run("carry-over", str(this_year), str(last_year))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == (f"1. [punkt programu] \u201e{AGENDA_TITLE}\u201d \u2014 16 kropek, "
                        "1. miejsce (\u201eGłosowanie kropkami\u201d; samorząd 6 · nauka 5 · "
                        "biznes 5 · NGO 0)")
    assert lines[1].startswith("2. [grupa] \u201eTransport publiczny\u201d \u2014 14 kropek, 2. miejsce")
    assert len(lines) == 4
    assert listing(this_year.parent) + listing(last_year.parent) == before


def test_chosen_topics_are_carried_over_as_one_step(run: Run, files: tuple[Path, Path]) -> None:
    this_year, last_year = files
    before = listing(last_year.parent)
    code, out, err = run("carry-over", str(this_year), str(last_year),
                         "--topic", "transport PUBLICZNY", "--topic", "3")
    assert code == 0, err
    assert out.strip() == "Przeniesiono 2 tematy do programu."
    assert agenda_of(this_year) == [("Transport publiczny", True), ("Zielona energia", True)]
    with WorkshopStore.open(this_year) as store:
        service = WorkshopService(store)
        assert [(e.label, e.count) for e in service.undo_history()] == [(Op.CARRY_OVER.value, 2)]
        assert service.agenda()[0].rationale.startswith("Z poprzedniej edycji (2026): 14 kropek")
    assert listing(last_year.parent) == before
    # --all then carries the rest and names what it skipped.
    code, out, err = run("carry-over", str(this_year), str(last_year), "--all")
    assert code == 0, err
    assert out.strip() == ("Przeniesiono 2 tematy do programu. Pominięto 2 tematy, które są już "
                           "w programie: \u201eTransport publiczny\u201d; \u201eZielona energia\u201d.")
    code, out, err = run("carry-over", str(this_year), str(last_year), "--all")
    assert code == 1 and "jest już w programie" in err
    assert len(agenda_of(this_year)) == 4


def test_mistakes_are_said_in_one_sentence_and_change_nothing(
        run: Run, files: tuple[Path, Path], tmp_path: Path) -> None:
    this_year, last_year = files
    before = listing(this_year.parent) + listing(last_year.parent)
    code, _, err = run("carry-over", str(this_year), str(last_year), "--topic", "Koleje")
    assert code == 1 and "nie ma tematu \u201eKoleje\u201d" in err
    code, _, err = run("carry-over", str(this_year), str(this_year), "--all")
    assert code == 1 and "nie zeszłoroczny" in err
    notes = tmp_path / "2026" / "notatki.razem"
    notes.write_text("To nie warsztat\n" * 30, encoding="utf-8")
    code, _, err = run("carry-over", str(this_year), str(notes), "--all")
    assert code == 1 and "nie jest warsztatem Razem" in err and "Traceback" not in err
    notes.unlink()
    assert listing(this_year.parent) + listing(last_year.parent) == before

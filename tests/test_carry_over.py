""""Tematy z poprzedniej edycji": last year's workshop file read (never changed),
its topics listed with their results, the chosen ones carried into this
year's agenda as one undo step, and every file that is not last year's
workshop refused in words."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from tests.helpers.previous import AGENDA_TITLE, write_last_year
from workshop_app.carry_over_words import carried
from workshop_app.messages import any_error
from workshop_app.models import AgendaFormat, Sector, VoteMethod
from workshop_app.models.carry_over import PreviousResult, TopicKind, better, edition_of
from workshop_app.services import Op, RefusalReason, Refused, WorkshopService
from workshop_app.storage import FileProblem, WorkshopFileError, WorkshopStore


@pytest.fixture
def last_year(tmp_path: Path) -> Path:
    path = tmp_path / "poprzednia" / "forum-2026.razem"
    path.parent.mkdir()
    write_last_year(path)
    return path


def listing(folder: Path) -> list[tuple[str, str]]:
    """Every file in `folder` with a hash of its bytes."""
    return sorted((p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in folder.iterdir())


def test_last_years_topics_are_listed_with_their_results(
        service: WorkshopService, last_year: Path) -> None:
    previous = service.previous_workshop(last_year)
    assert (previous.title, previous.edition) == ("Forum 2026", "2026")
    titles = [(t.kind, t.title) for t in previous.topics]
    # The agenda item first (it speaks for its group), then the other groups, best first.
    assert titles == [(TopicKind.AGENDA_ITEM, AGENDA_TITLE),
                      (TopicKind.CLUSTER, "Transport publiczny"),
                      (TopicKind.CLUSTER, "Zielona energia"),
                      (TopicKind.CLUSTER, "Turystyka <b>& kultura</b>")]
    item, transport = previous.topics[:2]
    assert (item.format, item.duration_minutes, item.lead, item.speakers, item.rationale) == (
        AgendaFormat.WORKSHOP, 90, "Izba Gospodarcza", "Anna Nowak; Jan Kowalski",
        "Firmy szukają ludzi.")
    assert item.result is not None and (item.result.score, item.result.place) == (16, 1)
    result = transport.result
    assert result is not None
    assert (result.round_title, result.method, result.score, result.place, result.tie,
            result.options) == ("Głosowanie kropkami", VoteMethod.DOTS, 14, 2, False, 4)
    assert dict(result.by_sector) == {Sector.LOCAL_GOVERNMENT: 4, Sector.ACADEMIA: 5,
                                      Sector.BUSINESS: 3, Sector.NGO: 2}
    assert transport.ideas == 3 and "Nocne autobusy" in transport.rationale


@pytest.mark.usefixtures("polish")
def test_carried_items_are_marked_and_say_last_years_result(
        service: WorkshopService, last_year: Path) -> None:
    service.add_agenda_item(title="Tegoroczny temat")
    topics = service.previous_workshop(last_year).topics
    service.carry_over(topics=carried([topics[1], topics[0]]))
    agenda = service.agenda()
    assert [(a.title, a.carried_over) for a in agenda] == [
        ("Tegoroczny temat", False), ("Transport publiczny", True), (AGENDA_TITLE, True)]
    transport, panel = agenda[1], agenda[2]
    assert transport.rationale.startswith("Z poprzedniej edycji (2026): 14 kropek, 2. miejsce\n")
    assert "– Wspólny bilet w metropolii" in transport.rationale
    assert panel.rationale == "Z poprzedniej edycji (2026): 16 kropek, 1. miejsce\n\nFirmy szukają ludzi."
    # Last year's session is carried; its day and room were last year's.
    assert (panel.format, panel.duration_minutes, panel.lead, panel.speakers, panel.slot,
            panel.track, panel.cluster_id) == (
        AgendaFormat.WORKSHOP, 90, "Izba Gospodarcza", "Anna Nowak; Jan Kowalski", "", "", None)


def test_one_undo_takes_every_carried_topic_back(service: WorkshopService, last_year: Path) -> None:
    service.add_agenda_item(title="Tegoroczny temat")
    topics = service.previous_workshop(last_year).topics
    changes = service.carry_over(topics=carried(topics))
    assert len(changes.agenda) == 4 and changes.undo_entry is not None
    step = service.undo_history()[-1]
    assert (step.label, step.count) == (Op.CARRY_OVER.value, 4)
    service.undo()
    assert [a.title for a in service.agenda()] == ["Tegoroczny temat"]
    service.redo()
    assert len(service.agenda()) == 5


def test_last_years_file_is_left_byte_for_byte_as_it_was(
        service: WorkshopService, last_year: Path) -> None:
    before = listing(last_year.parent)
    topics = service.previous_workshop(last_year).topics
    service.carry_over(topics=carried(topics))
    service.undo()
    assert listing(last_year.parent) == before


def test_a_topic_on_the_agenda_already_is_skipped_and_named(
        service: WorkshopService, last_year: Path) -> None:
    topics = service.previous_workshop(last_year).topics
    transport, energy = topics[1], topics[2]
    service.add_agenda_item(title="  TRANSPORT  publiczny ")  # this year's vote chose it too
    assert service.repeated_topics([transport, energy]) == [transport.key]
    changes = service.carry_over(topics=carried([transport, energy]))
    assert len(changes.agenda) == 1
    assert service.undo_history()[-1].count == 1
    with pytest.raises(Refused) as refused:
        service.carry_over(topics=carried([transport, energy]))
    assert refused.value.reason is RefusalReason.TOPICS_ON_AGENDA
    assert [a.title for a in service.agenda()] == ["  TRANSPORT  publiczny ".strip(), "Zielona energia"]


def test_choosing_nothing_is_refused(service: WorkshopService) -> None:
    with pytest.raises(Refused) as refused:
        service.carry_over(topics=[])
    assert refused.value.reason is RefusalReason.NO_TOPIC_CHOSEN


def _garbage(path: Path) -> None:
    path.write_bytes(b"To nie jest warsztat, tylko notatka.\n" * 40)


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.close()


def _damaged(path: Path) -> None:
    write_last_year(path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE workshop SET moderators = '[\"Anna\", '")
    raw.close()


def _newer(path: Path) -> None:
    write_last_year(path)
    with sqlite3.connect(path) as raw:
        version = raw.execute("PRAGMA user_version").fetchone()[0]
        raw.execute(f"PRAGMA user_version = {version + 1}")
    raw.close()


@pytest.mark.usefixtures("polish")
@pytest.mark.parametrize(("make", "problem", "words"), [
    (_garbage, FileProblem.NOT_SQLITE, "nie jest warsztatem"),
    (_foreign, FileProblem.FOREIGN_SQLITE, "innego programu"),
    (_damaged, FileProblem.CORRUPT, "uszkodzony"),
    (_newer, FileProblem.NEWER_VERSION, "nowszą wersję"),
], ids=["not a workshop", "foreign database", "damaged", "newer version"])
def test_a_file_that_is_not_last_years_workshop_is_refused_in_words(
        service: WorkshopService, tmp_path: Path, make: object, problem: FileProblem,
        words: str) -> None:
    path = tmp_path / "inny" / "plik.razem"
    path.parent.mkdir()
    make(path)  # type: ignore[operator]
    before = listing(path.parent)
    with pytest.raises(WorkshopFileError) as refused:
        service.previous_workshop(path)
    assert refused.value.problem is problem
    message = any_error(refused.value)
    assert message is not None and words in message and "plik.razem" in message
    assert listing(path.parent) == before
    assert service.agenda() == []


@pytest.mark.usefixtures("polish")
def test_this_workshops_own_file_or_a_copy_of_it_is_refused(
        service: WorkshopService, tmp_path: Path) -> None:
    service.add_agenda_item(title="Temat")
    own = service.store.path
    copy = tmp_path / "kopia.razem"
    service.store.save_copy(copy)
    link = tmp_path / "dowiazanie.razem"
    link.symlink_to(own)
    for path in (own, link, copy):
        with pytest.raises(Refused) as refused:
            service.previous_workshop(path)
        assert refused.value.reason is RefusalReason.SAME_WORKSHOP
        assert "nie zeszłoroczny" in (any_error(refused.value) or "")
    assert len(service.agenda()) == 1


def _version_3(path: Path) -> None:
    """Last year's workshop as a Razem of file format 3 wrote it (before the
    agenda's lead, speakers and the forum's days)."""
    write_last_year(path)
    with contextlib.closing(sqlite3.connect(path)) as raw, raw:
        for column in ("lead", "speakers", "notes", "carried_over", "conflicts"):
            raw.execute(f"ALTER TABLE agenda_items DROP COLUMN {column}")
        raw.execute("ALTER TABLE workshop DROP COLUMN rooms")
        raw.execute("DROP TABLE forum_days")
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = '0004_agenda'")
        raw.execute("PRAGMA user_version = 3")


def test_last_years_file_of_an_older_version_is_read_and_left_as_it_was(
        service: WorkshopService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    path = tmp_path / "stary" / "forum-2026.razem"
    path.parent.mkdir()
    _version_3(path)
    before = listing(path.parent)
    topics = service.previous_workshop(path).topics
    assert [t.title for t in topics][:2] == [AGENDA_TITLE, "Transport publiczny"]
    assert topics[0].lead == "" and topics[1].result is not None and topics[1].result.score == 14
    assert listing(path.parent) == before  # not upgraded, no backup, no lock beside it
    assert list(scratch.iterdir()) == []  # the upgraded copy is gone too
    with contextlib.closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 3


@pytest.mark.parametrize("older", [False, True], ids=["current", "older version"])
def test_last_years_file_on_a_write_protected_stick_is_read(
        service: WorkshopService, tmp_path: Path, older: bool) -> None:
    from tests.test_read_only import chattr

    path = tmp_path / "pendrive" / "forum-2026.razem"
    path.parent.mkdir()
    (_version_3 if older else write_last_year)(path)
    before = listing(path.parent)
    chattr("+i", path.parent)
    try:
        with pytest.raises(PermissionError):  # root could write anyway if the flag did not hold
            (path.parent / "nowy.txt").write_text("x")
        assert len(service.previous_workshop(path).topics) == 4
    finally:
        chattr("-i", path.parent)
    assert listing(path.parent) == before


def test_a_missing_file_is_named(service: WorkshopService, tmp_path: Path) -> None:
    with pytest.raises(WorkshopFileError) as refused:
        service.previous_workshop(tmp_path / "nie-ma.razem")
    assert refused.value.problem is FileProblem.NOT_FOUND


def test_last_years_file_open_in_another_window_is_read(
        service: WorkshopService, last_year: Path) -> None:
    with WorkshopStore.open(last_year):  # held for writing by another Razem
        topics = service.previous_workshop(last_year).topics
    assert len(topics) == 4


def test_a_copy_moved_elsewhere_of_last_years_file_reads_the_same(
        service: WorkshopService, last_year: Path, tmp_path: Path) -> None:
    moved = tmp_path / "pendrive.razem"
    shutil.copyfile(last_year, moved)
    assert service.previous_workshop(moved).topics == service.previous_workshop(last_year).topics


def test_the_best_place_wins_and_a_later_round_breaks_a_tie() -> None:
    def result(place: int, title: str) -> PreviousResult:
        return PreviousResult(title, VoteMethod.DOTS, 10, place, False, 5)

    assert better(result(2, "later"), result(3, "earlier"))
    assert better(result(2, "later"), result(2, "earlier"))
    assert not better(result(4, "later"), result(1, "earlier"))
    assert better(result(4, "first"), None)


def test_the_edition_is_the_workshops_year() -> None:
    assert edition_of("2026-10-14", "2026-09-01T10:00:00+00:00") == "2026"
    assert edition_of("", "2025-09-01T10:00:00+00:00") == "2025"
    assert edition_of("jesień", "") == ""

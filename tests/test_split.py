""""Zapisz stół jako osobny plik": a table's ideas (or a selection) written to a
new workshop file with the same setup, every row keeping its id and stamps,
the source only read; targets that would destroy a workshop refused in
words with nothing written."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.helpers.split import edit_on_the_table, rows, table_file
from workshop_app.messages import any_error
from workshop_app.models import (
    AgendaItem,
    Cluster,
    ForumDay,
    Idea,
    Objective,
    Participant,
    Phase,
    VotingRound,
    Workshop,
)
from workshop_app.models.split import find_table, table_counts, table_of
from workshop_app.services import RefusalReason, Refused, WorkshopService
from workshop_app.services.split_ops import split_file
from workshop_app.storage import FileProblem, StorageEnvironmentError, WorkshopFileError, WorkshopStore

SETUP_KINDS = (Workshop, Participant, Objective, Phase, ForumDay)


@pytest.fixture
def source(tmp_path: Path, demo_template: Path) -> Path:
    """A closed copy of the demo workshop (five tables, groups, rounds, an agenda)."""
    path = tmp_path / "forum.razem"
    shutil.copyfile(demo_template, path)
    return path


def listing(folder: Path) -> list[tuple[str, str]]:
    """Every file in `folder` with a hash of its bytes."""
    return sorted((p.name, hashlib.sha256(p.read_bytes()).hexdigest())
                  for p in folder.iterdir() if p.is_file())


def test_a_tables_file_holds_its_ideas_with_their_ids_stamps_groups_and_the_setup(
        source: Path, tmp_path: Path) -> None:
    before = listing(tmp_path)
    target = tmp_path / "stol-2.razem"
    made = table_file(source, target, "Stół 2")
    after = listing(tmp_path)
    assert set(before) < set(after)  # the source's bytes as they were, nothing beside it
    assert {name for name, _ in set(after) - set(before)} <= {"stol-2.razem", "stol-2.razem.lock"}
    table_two = {i.id: i for i in rows(source, Idea).values()
                 if i.table_label == "Stół 2" and not i.deleted}
    written = rows(target, Idea)
    assert (made.path, made.ideas, len(table_two)) == (target, 9, 9)
    assert written == table_two  # every field: id, text, author, group, place, number, stamps
    their_groups = {i.cluster_id for i in table_two.values() if i.cluster_id}
    assert their_groups and set(rows(target, Cluster)) == their_groups
    assert all(rows(target, Cluster)[c] == rows(source, Cluster)[c] for c in their_groups)
    assert made.clusters == len(their_groups) < len(rows(source, Cluster))
    for kind in SETUP_KINDS:  # the same workshop: same id, title, plan, roster, forum days
        assert rows(target, kind) == rows(source, kind), kind
    assert made.participants == len(rows(source, Participant))
    assert not rows(target, VotingRound) and not rows(target, AgendaItem)
    with WorkshopStore.open(target) as store:  # opens as Razem opens it, whole
        assert store.integrity_check() == "ok"
        assert store.scalar("PRAGMA foreign_key_check") is None
        service = WorkshopService(store)
        assert not service.undo_history()  # nothing to undo in a new file
        assert [t.label for t in service.tables()] == ["Stół 2"]


def test_the_source_open_in_the_window_is_only_read(demo_service: WorkshopService,
                                                     tmp_path: Path) -> None:
    """The window's workshop stays as it was: no change, no undo step."""
    history = demo_service.undo_history()
    changed = demo_service.store.changes_made()
    made = demo_service.split_to(tmp_path / "stol-5.razem", table="Stół 5")
    assert made.ideas == 10
    assert demo_service.store.changes_made() == changed
    assert demo_service.undo_history() == history


def test_a_selection_takes_its_stacked_duplicates_and_drops_links_that_leave_it(
        demo_service: WorkshopService, tmp_path: Path) -> None:
    first, second, third, fourth = demo_service.ideas()[:4]
    demo_service.mark_duplicate(idea_id=second.id, of_id=first.id)  # hidden under the first
    demo_service.mark_duplicate(idea_id=fourth.id, of_id=third.id)
    made = demo_service.split_to(tmp_path / "wybrane.razem", idea_ids=[first.id, fourth.id])
    written = rows(made.path, Idea)
    assert set(written) == {first.id, second.id, fourth.id} and made.ideas == 3
    source = {i.id: i for i in demo_service.ideas()}
    assert written[second.id] == source[second.id]  # still stacked on the first
    assert written[second.id].duplicate_of == first.id
    # Its original stays behind: here the note stands on its own, all else kept.
    assert written[fourth.id].duplicate_of is None
    assert written[fourth.id].updated_at == source[fourth.id].updated_at


def test_table_labels_are_counted_in_natural_order_and_found_as_typed(
        demo_service: WorkshopService) -> None:
    counts = demo_service.tables()
    assert [(t.label, t.ideas) for t in counts] == [
        ("Stół 1", 7), ("Stół 2", 9), ("Stół 3", 8), ("Stół 4", 8), ("Stół 5", 10)]
    ideas = demo_service.ideas()
    assert table_of([i for i in ideas if i.table_label == "Stół 3"]) == "Stół 3"
    assert table_of(ideas) is None and table_of([]) is None
    labels = [t.label for t in counts]
    assert find_table("stol 4", labels) == "Stół 4"
    assert find_table("Stół 9", labels) is None
    assert [t.label for t in table_counts([*ideas[:1], Idea(id="x", text="t", table_label="Stół 10"),
                                           Idea(id="y", text="t")])] == ["Stół 1", "Stół 10", ""]


@pytest.mark.parametrize("kind", ["existing", "open", "source", "journal"])
def test_a_target_that_would_destroy_a_workshop_is_refused_saying_why(
        kind: str, source: Path, tmp_path: Path) -> None:
    other = tmp_path / "inny.razem"
    targets = {"existing": other, "open": other, "source": source,
               "journal": source.with_name(source.name + "-wal")}
    shutil.copyfile(source, other)
    holder = WorkshopStore.open(other) if kind == "open" else None
    try:
        before = listing(tmp_path)
        with pytest.raises((Refused, WorkshopFileError)) as raised:
            split_file(source, targets[kind], table="Stół 1")
        assert listing(tmp_path) == before  # nothing written, nothing left beside
    finally:
        if holder is not None:
            holder.close()
    error = raised.value
    words = any_error(error)
    assert words is not None
    if kind == "existing":
        assert isinstance(error, WorkshopFileError) and error.problem is FileProblem.ALREADY_EXISTS
        assert "already exists" in words
    elif kind == "open":
        assert isinstance(error, WorkshopFileError) and error.problem is FileProblem.LOCKED
        assert "open in another program" in words and "process" in words
    else:
        assert isinstance(error, Refused) and error.reason is RefusalReason.SPLIT_ONTO_WORKSHOP
        assert "own file" in words


def test_the_window_cannot_split_onto_its_own_file(demo_service: WorkshopService) -> None:
    with pytest.raises(Refused) as raised:
        demo_service.split_to(demo_service.store.path, table="Stół 1")
    assert raised.value.reason is RefusalReason.SPLIT_ONTO_WORKSHOP


@pytest.mark.parametrize(("choice", "reason"), [
    ({"table": "Stół 9"}, RefusalReason.UNKNOWN_TABLE),
    ({"idea_ids": []}, RefusalReason.NOTHING_TO_SPLIT),
    ({}, RefusalReason.NOTHING_TO_SPLIT),
    ({"idea_ids": ["no-such-idea"]}, RefusalReason.NOT_FOUND),
])
def test_an_empty_or_unknown_choice_writes_nothing(
        choice: dict[str, object], reason: RefusalReason,
        demo_service: WorkshopService, tmp_path: Path) -> None:
    target = tmp_path / "stol.razem"
    with pytest.raises(Refused) as raised:
        demo_service.split_to(target, **choice)  # type: ignore[arg-type]
    assert raised.value.reason is reason
    assert not target.exists()
    assert "Stół 9" in (any_error(raised.value) or "") or reason is not RefusalReason.UNKNOWN_TABLE


def test_a_deleted_idea_cannot_be_chosen_and_stays_behind(
        demo_service: WorkshopService, tmp_path: Path) -> None:
    gone = next(i for i in demo_service.ideas() if i.table_label == "Stół 1")
    demo_service.delete_ideas(idea_ids=[gone.id])
    with pytest.raises(Refused):
        demo_service.split_to(tmp_path / "a.razem", idea_ids=[gone.id])
    made = demo_service.split_to(tmp_path / "b.razem", table="Stół 1")
    assert made.ideas == 6 and gone.id not in rows(made.path, Idea)


def test_edits_on_the_tables_laptop_are_newer_than_the_source(source: Path, tmp_path: Path) -> None:
    """What a merge back starts from: the edited row is newer, the rest equal."""
    target = tmp_path / "stol-3.razem"
    table_file(source, target, "Stół 3")
    edits = edit_on_the_table(target)
    there, here = rows(target, Idea), rows(source, Idea)
    assert there[edits.edited].text == "Poprawione przy stole"
    assert there[edits.edited].updated_at > here[edits.edited].updated_at
    assert there[edits.edited].created_at == here[edits.edited].created_at
    assert edits.added not in here
    assert {k: v for k, v in there.items() if k not in (edits.edited, edits.added)} == {
        k: v for k, v in here.items() if v.table_label == "Stół 3" and k != edits.edited}
    assert rows(target, Workshop) == rows(source, Workshop)


def test_a_folder_that_is_not_there_is_named_and_nothing_is_made(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "brak" / "stol.razem"
    with pytest.raises(StorageEnvironmentError) as raised:
        split_file(source, target, table="Stół 1")
    assert str(target) in (any_error(raised.value) or "")
    assert not target.parent.exists()


def test_a_file_of_an_older_razem_is_split_and_left_as_it_was(tmp_path: Path) -> None:
    """Read through an upgraded private copy; the file itself is still the
    source (a split onto it is refused), and it is not upgraded."""
    from tests.test_carry_over import _version_3

    old = tmp_path / "stary" / "forum-2026.razem"
    old.parent.mkdir()
    _version_3(old)
    before = listing(old.parent)
    with pytest.raises(Refused):
        split_file(old, old, table="")
    made = split_file(old, tmp_path / "stol.razem", table="")
    assert listing(old.parent) == before  # not upgraded, no backup, no lock beside it
    with WorkshopStore.open_reader(old) as reader:
        assert set(rows(made.path, Idea)) == {i.id for i in WorkshopService(reader).ideas()}


def test_a_target_not_ending_in_razem_gets_the_suffix(source: Path, tmp_path: Path) -> None:
    """The window's typed name too: a workshop file is never written as `.csv`."""
    made = split_file(source, tmp_path / "stol-1.csv", table="Stół 1")
    assert made.path == tmp_path / "stol-1.csv.razem"
    assert not (tmp_path / "stol-1.csv").exists() and rows(made.path, Idea)

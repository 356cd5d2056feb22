"""Merging the files of parallel tables into one workshop: what comes in,
what a second merge does (nothing), conflicting edits, joined participants
and groups, the canvas areas, undo, and every source that is refused with
the workshop left byte for byte as it was."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.tables import Tables, by_text, opened, write_tables
from workshop_app.exports.json_export import workshop_document
from workshop_app.merge_words import MergeWords
from workshop_app.models import Cluster, Idea, Participant, Sector, VoteTarget, VotingRound, Workshop
from workshop_app.models.ids import new_id
from workshop_app.models.layout import NOTE_H, NOTE_W
from workshop_app.models.merge import is_renaming, renamed
from workshop_app.models.merge_report import MergeKind, Winner, report_document
from workshop_app.services import NewIdea, NewParticipant, Op, RefusalReason, Refused, WorkshopService
from workshop_app.storage import FileProblem, StorageEnvironmentError, WorkshopFileError, WorkshopStore

HOLD_CHILD = Path(__file__).parent / "helpers" / "hold_child.py"


@pytest.fixture
def tables(tmp_path: Path) -> Tables:
    return write_tables(tmp_path)


@pytest.fixture
def target(tables: Tables) -> Iterator[WorkshopService]:
    """The organisers' file: a fresh copy of the template, open for writing."""
    path = tables.template.with_name("razem.razem")
    shutil.copyfile(tables.template, path)
    with opened(path) as service:
        yield service


def document(service: WorkshopService) -> dict[str, Any]:
    """The JSON export without the time it was made."""
    made = workshop_document(service, include_names=True)
    del made["exported_at"]
    return made


def merged(service: WorkshopService, paths: list[Path], **options: bool) -> Any:
    plan = service.plan_merge(paths, **options)
    service.merge(plan)
    return plan.report


def test_three_tables_merge_into_the_right_counts(target: WorkshopService, tables: Tables) -> None:
    report = merged(target, list(tables.tables))
    counts = {s.name: {k: (c.added, c.present, c.updated, c.outdated, c.joined)
                       for k, c in s.counts.items()} for s in report.sources}
    # Table 1: three ideas added, the shared idea updated (its edit is newer than the template's).
    assert counts["stol1.razem"][MergeKind.IDEAS] == (3, 2, 1, 0, 0)
    # Table 2: four ideas, a group, an author; its edit of the shared idea is newer still.
    assert counts["stol2.razem"][MergeKind.IDEAS] == (4, 2, 1, 0, 0)
    assert counts["stol2.razem"][MergeKind.CLUSTERS] == (1, 2, 0, 0, 0)
    assert counts["stol2.razem"][MergeKind.PARTICIPANTS] == (1, 1, 0, 0, 0)
    # Table 3 kept the template's version of the shared idea: older, not taken.
    assert counts["stol3.razem"][MergeKind.IDEAS] == (2, 2, 0, 1, 0)
    assert counts["stol3.razem"][MergeKind.PARTICIPANTS] == (0, 1, 0, 0, 1)
    for source in report.sources:  # the template's rows are the same rows everywhere
        assert counts[source.name][MergeKind.ROUNDS] == (0, 1, 0, 0, 0)
        assert counts[source.name][MergeKind.AGENDA] == (0, 1, 0, 0, 0)
        assert counts[source.name][MergeKind.OBJECTIVES] == (0, 1, 0, 0, 0)
    ideas = by_text(target)
    assert len(target.ideas()) == 3 + 3 + 4 + 2
    assert len(target.participants()) == 2  # Anna Nowak, and Jan Kowalski once
    assert len(target.agenda()) == 1 and len(target.rounds()) == 1
    # Provenance: the file each idea came from; a table label, or the file's name.
    assert (ideas["Stół 1, pomysł 0"].merged_from, ideas["Stół 1, pomysł 0"].table_label) == (
        "stol1.razem", "Stół 1")
    assert (ideas["Stół 3, pomysł 1"].merged_from, ideas["Stół 3, pomysł 1"].table_label) == (
        "stol3.razem", "stol3")
    assert ideas["Nocne autobusy"].merged_from == ""  # the workshop's own
    # New ideas are numbered after the workshop's, each number once.
    seqs = [i.seq for i in target.ideas()]
    assert sorted(seqs) == list(range(1, 13))


def test_a_second_merge_changes_nothing(target: WorkshopService, tables: Tables) -> None:
    merged(target, list(tables.tables))
    before = document(target)
    steps = len(target.undo_history())
    again = target.plan_merge(list(tables.tables))
    assert not again.changes_anything and not again.report.changes_anything
    changes = target.merge(again)
    assert not changes and changes.undo_entry is None
    assert document(target) == before
    assert len(target.undo_history()) == steps
    for source in again.report.sources:
        assert all(c.added == c.updated == 0 for c in source.counts.values())


def test_merging_one_table_twice_in_one_call_brings_it_once(
        target: WorkshopService, tables: Tables) -> None:
    report = merged(target, [tables.tables[1], tables.tables[1]])
    assert [s.name for s in report.sources] == ["stol2.razem"]  # listed once, said so
    assert [(r.path, r.same_as) for r in report.repeated] == [(str(tables.tables[1]),) * 2]
    assert len(target.ideas()) == 3 + 4


def test_conflicting_edits_the_newer_wins_and_the_older_is_reported(
        target: WorkshopService, tables: Tables) -> None:
    report = merged(target, list(tables.tables))
    assert target.idea(tables.shared_idea).text == "Wspólny bilet (stół 2)"
    about = [c for c in report.conflicts if c.row_id == tables.shared_idea]
    # Table 1's edit replaced the template's text, table 2's (later) table 1's;
    # table 3 kept the template's version: listed already, not again.
    assert [(c.source, c.winner, c.older["text"], c.newer["text"]) for c in about] == [
        ("stol1.razem", Winner.SOURCE, "Wspólny bilet w metropolii", "Wspólny bilet (stół 1)"),
        ("stol2.razem", Winner.SOURCE, "Wspólny bilet (stół 1)", "Wspólny bilet (stół 2)")]
    assert report.sources[2].counts[MergeKind.IDEAS].outdated == 1
    assert all(c.kind is MergeKind.IDEAS and c.newer_at > c.older_at for c in about)


def test_the_order_of_the_sources_does_not_change_who_wins(
        target: WorkshopService, tables: Tables) -> None:
    report = merged(target, [tables.tables[1], tables.tables[0]])
    assert target.idea(tables.shared_idea).text == "Wspólny bilet (stół 2)"
    lost = [c for c in report.conflicts if c.source == "stol1.razem"]
    assert [(c.winner, c.older["text"]) for c in lost] == [(Winner.WORKSHOP, "Wspólny bilet (stół 1)")]


def test_a_deletion_is_an_edit_too(target: WorkshopService, tables: Tables) -> None:
    with opened(tables.tables[2]) as three:
        three.delete_ideas(idea_ids=[tables.shared_idea])
    report = merged(target, [tables.tables[0], tables.tables[2]])
    shared = target.idea(tables.shared_idea)
    # Deleted at table 3 after table 1's edit: table 3's version (deleted) wins
    # as a whole, and table 1's text is in the report.
    assert shared.deleted and shared.text == "Wspólny bilet w metropolii"
    (lost,) = [c for c in report.conflicts if c.source == "stol3.razem"]
    assert (lost.winner, lost.older["text"], lost.older["deleted_at"]) == (
        Winner.SOURCE, "Wspólny bilet (stół 1)", None)


def test_the_same_person_becomes_one_and_can_be_separated_again(
        target: WorkshopService, tables: Tables) -> None:
    report = merged(target, list(tables.tables))
    (join,) = report.joins
    assert (join.source, join.name, join.ideas, join.kept_name, join.kept_organisation) == (
        "stol3.razem", "jan  KOWALSKI", 2, "Jan Kowalski", "Izba Gospodarcza")
    kept = target.get(Participant, join.kept_id)
    assert kept.name == "Jan Kowalski"
    ideas = by_text(target)
    assert ideas["Stół 3, pomysł 0"].participant_id == kept.id
    assert [j.id for j in target.participant_joins()] == [join.join_id]
    changes = target.unjoin_participant(join_id=join.join_id)
    assert changes.participants == {join.joined_id}
    assert target.undo_history()[-1].label == Op.UNJOIN_PARTICIPANT.value
    assert sorted(p.name for p in target.participants()) == ["Anna Nowak", "Jan Kowalski", "jan  KOWALSKI"]
    assert by_text(target)["Stół 3, pomysł 0"].participant_id == join.joined_id
    assert by_text(target)["Stół 2, pomysł 0"].participant_id == kept.id
    assert target.participant_joins() == []
    with pytest.raises(Refused) as refused:
        target.unjoin_participant(join_id=join.join_id)
    assert refused.value.reason is RefusalReason.JOIN_UNDONE
    # Merging table 3 again does not join them again.
    again = target.plan_merge([tables.tables[2]])
    assert not again.report.joins and not again.changes_anything
    # Undoing the separation joins them again.
    target.undo()
    assert [p.name for p in target.participants()] == ["Anna Nowak", "Jan Kowalski"]
    assert by_text(target)["Stół 3, pomysł 0"].participant_id == kept.id


def test_same_named_groups_stay_apart_named_by_table(target: WorkshopService, tables: Tables) -> None:
    report = merged(target, list(tables.tables))
    names = sorted(c.name for c in target.clusters())
    assert names == ["Energia", "Transport", "Zieleń", "Zieleń (stol3)"]
    (renamed,) = report.clusters
    assert (renamed.source, renamed.name, renamed.new_name, renamed.joined_into) == (
        "stol3.razem", "Zieleń", "Zieleń (stol3)", None)


def test_same_named_groups_join_when_asked(target: WorkshopService, tables: Tables) -> None:
    report = merged(target, list(tables.tables), join_same_named_clusters=True)
    green = [c for c in target.clusters() if c.name == "Zieleń"]
    assert len(green) == 1 and len(target.clusters()) == 3
    members = [i.text for i in target.ideas() if i.cluster_id == green[0].id]
    assert len(members) == 4 + 2
    assert report.clusters[0].joined_into == green[0].id
    assert report.sources[2].counts[MergeKind.CLUSTERS].joined == 1


def test_a_merge_is_one_undo_step(target: WorkshopService, tables: Tables) -> None:
    before = document(target)
    merged(target, list(tables.tables))
    after = document(target)
    (step,) = target.undo_history()
    assert (step.label, step.count) == (Op.MERGE_WORKSHOPS.value, 3)
    target.undo()
    assert document(target) == before
    target.redo()
    assert document(target) == after


def _place_table(path: Path, x: float) -> None:
    """Place a table's own notes as its canvas did (in a row from `x`)."""
    with opened(path) as table:
        own = [i for i in table.ideas() if i.text.startswith("Stół")]
        table.place(ideas={i.id: (x + n * (NOTE_W + 16), 200.0) for n, i in enumerate(own)})


def test_each_table_lies_in_its_own_area_of_the_canvas(target: WorkshopService, tables: Tables) -> None:
    for path in tables.tables:  # every table used the same spot of its canvas
        _place_table(path, 0.0)
    report = merged(target, list(tables.tables))
    areas = []
    for source in report.sources:
        notes = [i for i in target.ideas() if i.merged_from == source.name]
        assert all(i.x is not None and i.y is not None for i in notes)
        areas.append((min(i.x or 0 for i in notes), max((i.x or 0) + NOTE_W for i in notes)))
    template = [i for i in target.ideas() if not i.merged_from]
    areas.append((min(i.x or 0 for i in template), max((i.x or 0) + NOTE_W for i in template)))
    areas.sort()
    assert all(left[1] < right[0] for left, right in itertools.pairwise(areas))
    # A table's row of notes in one group is tidied into its group's grid
    # (tests/test_merge_areas.py: top-aligned and compact).
    ones = [i for i in target.ideas() if i.merged_from == "stol1.razem"]
    columns, rows = sorted({i.x or 0 for i in ones}), sorted({i.y or 0 for i in ones})
    assert (columns[1] - columns[0], rows[1] - rows[0]) == (NOTE_W + 16, NOTE_H + 16)


def _overlap(a: Idea, b: Idea) -> bool:
    assert a.x is not None and a.y is not None and b.x is not None and b.y is not None
    return abs(a.x - b.x) < NOTE_W and abs(a.y - b.y) < NOTE_H


def test_unplaced_notes_get_a_place_in_their_tables_area(target: WorkshopService, tables: Tables) -> None:
    _place_table(tables.tables[0], 0.0)  # tables 2 and 3 never opened their canvas
    report = merged(target, list(tables.tables))
    merged_notes = [i for i in target.ideas() if i.merged_from]
    assert all(i.x is not None and i.y is not None for i in merged_notes)
    # No note of one table lies on a note of another, or on the workshop's.
    for note in merged_notes:
        others = [i for i in target.ideas() if i.merged_from != note.merged_from]
        assert not any(_overlap(note, other) for other in others), note.text
    # Each table's notes are to the right of the one before.
    spans = [(min(i.x or 0 for i in merged_notes if i.merged_from == s.name),
              max((i.x or 0) + NOTE_W for i in merged_notes if i.merged_from == s.name))
             for s in report.sources if s.added]
    assert all(left[1] < right[0] for left, right in itertools.pairwise(spans))
    # A table's notes in one group stand together (the tidy layout, group by group).
    green = {i.cluster_id for i in merged_notes if i.merged_from == "stol2.razem"}
    assert len(green) == 1


def test_a_plan_made_before_the_workshop_changed_is_refused(
        target: WorkshopService, tables: Tables) -> None:
    plan = target.plan_merge(list(tables.tables))
    target.rename_cluster(cluster_id=tables.transport, name="Komunikacja")
    with pytest.raises(Refused) as refused:
        target.merge(plan)
    assert refused.value.reason is RefusalReason.MERGE_PLAN_STALE
    assert len(target.ideas()) == 3


def test_a_plan_made_for_another_workshop_is_refused(target: WorkshopService, tables: Tables) -> None:
    with opened(tables.template) as other:
        foreign = other.plan_merge([tables.tables[0]])
    assert foreign.state == target.store.changes_made()  # only the file tells them apart
    with pytest.raises(Refused) as refused:
        target.merge(foreign)
    assert refused.value.reason is RefusalReason.MERGE_PLAN_STALE
    assert len(target.ideas()) == 3


# -- refused sources ---------------------------------------------------------------


def fingerprint(path: Path) -> list[tuple[str, str]]:
    """The bytes of the workshop and its journal."""
    return [(p.name, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(path.parent.glob(path.name + "*")) if p.is_file()]


def _not_a_workshop(folder: Path) -> Path:
    path = folder / "notatki.razem"
    path.write_text("to nie jest warsztat", encoding="utf-8")
    return path


def _foreign_sqlite(folder: Path) -> Path:
    path = folder / "obcy.razem"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    return path


def _damaged(folder: Path, tables: Tables) -> Path:
    path = folder / "uszkodzony.razem"
    data = bytearray(tables.tables[1].read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of garbage inside
    path.write_bytes(bytes(data))
    return path


def _newer(folder: Path, tables: Tables) -> Path:
    path = folder / "nowszy.razem"
    shutil.copyfile(tables.tables[1], path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    return path


def _dangling(folder: Path, tables: Tables) -> Path:
    """A table's file another program wrote a note into, of a group it does not have."""
    path = folder / "sierota.razem"
    shutil.copyfile(tables.tables[1], path)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:  # references not enforced
        conn.execute("INSERT INTO ideas (id, text, seq, cluster_id, created_at, updated_at) VALUES "
                     "(?, 'Sierota', 99, 'nie-ma-takiej-grupy', '2026-01-01', '2026-01-01')", [new_id()])
    return path


@pytest.mark.parametrize("kind", ["not_a_workshop", "foreign", "damaged", "newer", "missing",
                                  "dangling"])
def test_a_bad_source_is_refused_naming_it_and_nothing_is_merged(
        target: WorkshopService, tables: Tables, tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "zle"
    folder.mkdir()
    bad = {"not_a_workshop": lambda: _not_a_workshop(folder),
           "foreign": lambda: _foreign_sqlite(folder),
           "damaged": lambda: _damaged(folder, tables),
           "newer": lambda: _newer(folder, tables),
           "missing": lambda: folder / "nie-ma.razem",
           "dangling": lambda: _dangling(folder, tables)}[kind]()
    before = fingerprint(target.store.path)
    with pytest.raises((WorkshopFileError, StorageEnvironmentError)) as error:
        # A good source first: all or none.
        target.plan_merge([tables.tables[0], bad])
    assert Path(error.value.path) == bad
    if kind in ("newer", "dangling"):
        assert isinstance(error.value, WorkshopFileError)
        assert error.value.problem is {"newer": FileProblem.NEWER_VERSION,
                                       "dangling": FileProblem.CORRUPT}[kind]
    assert fingerprint(target.store.path) == before
    assert len(target.ideas()) == 3 and target.undo_history() == []


@pytest.mark.parametrize("through", ["its name", "a link"])
def test_a_source_open_in_a_running_razem_is_refused(
        target: WorkshopService, tables: Tables, tmp_path: Path, through: str) -> None:
    link = tmp_path / "na-pendrive.razem"
    link.symlink_to(tables.tables[2])
    # The running Razem opened the file by its name; the merge may be given a link to it.
    opened_as, held = tables.tables[2], {"its name": tables.tables[2], "a link": link}[through]
    before = fingerprint(target.store.path)
    with subprocess.Popen([sys.executable, str(HOLD_CHILD), str(opened_as)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        try:
            assert holder.stdout.readline() == "ready\n"
            with pytest.raises(WorkshopFileError) as error:
                target.plan_merge([tables.tables[0], held])
        finally:
            holder.stdin.close()
            holder.wait()
    assert (error.value.problem, error.value.path) == (FileProblem.LOCKED, held)
    assert error.value.holder is not None
    assert fingerprint(target.store.path) == before


def test_the_workshop_itself_is_refused_but_a_copy_of_it_merges(
        target: WorkshopService, tables: Tables, tmp_path: Path) -> None:
    before = fingerprint(target.store.path)
    link = tmp_path / "link.razem"
    link.symlink_to(target.store.path)
    for itself in (target.store.path, link):
        with pytest.raises(Refused) as refused:
            target.plan_merge([tables.tables[0], itself])
        assert refused.value.reason is RefusalReason.MERGE_SOURCE_IS_TARGET
        assert refused.value.detail == str(itself)
    assert fingerprint(target.store.path) == before
    with pytest.raises(Refused) as refused:
        target.plan_merge([])
    assert refused.value.reason is RefusalReason.NO_MERGE_SOURCE
    # The template (same workshop id) is a table's file like any other.
    assert not target.plan_merge([tables.template]).changes_anything


def test_sources_are_only_read(target: WorkshopService, tables: Tables) -> None:
    before = [fingerprint(p) for p in tables.tables]
    merged(target, list(tables.tables))
    assert [fingerprint(p) for p in tables.tables] == before


def test_soft_deleted_rows_come_in_as_deleted(target: WorkshopService, tables: Tables) -> None:
    with opened(tables.tables[0]) as one:
        gone = by_text(one)["Stół 1, pomysł 2"]
        one.delete_ideas(idea_ids=[gone.id])
    merged(target, [tables.tables[0]])
    assert target.idea(gone.id).deleted
    assert isinstance(target.get(Idea, gone.id), Idea) and target.get(Cluster, tables.transport)


def test_a_workshop_never_shown_on_the_canvas_is_tidied_first(
        service: WorkshopService, tables: Tables) -> None:
    service.add_ideas(ideas=[NewIdea(f"Nasz pomysł {n}", cluster_name="Nasze") for n in range(5)])
    steps = len(service.undo_history())
    empty = tables.template.with_name("pusty.razem")
    WorkshopStore.create(empty, workshop=Workshop(id=new_id(), title="Pusty")).close()
    nothing = service.plan_merge([empty])
    assert not nothing.changes_anything and nothing.report.tidied == 0
    _place_table(tables.tables[0], 0.0)
    report = merged(service, [tables.tables[0]])
    assert report.tidied == 5
    ours = [i for i in service.ideas() if not i.merged_from]
    assert all(i.x is not None and i.y is not None for i in ours)
    for note in (i for i in service.ideas() if i.merged_from):
        assert not any(_overlap(note, other) for other in ours), note.text
    assert len(service.undo_history()) == steps + 1
    service.undo()
    assert all(i.x is None and i.y is None for i in service.ideas())


def test_a_file_of_an_older_razem_is_merged_and_left_as_it_was(
        target: WorkshopService, tmp_path: Path) -> None:
    from workshop_app.storage.schema import STEPS

    old = tmp_path / "stary" / "stol.razem"
    old.parent.mkdir()
    WorkshopStore.create(old, workshop=Workshop(id=new_id(), title="Stary stół"),
                         steps=STEPS[:5]).close()
    with contextlib.closing(sqlite3.connect(old)) as conn, conn:  # as last year's Razem wrote it
        conn.execute("INSERT INTO ideas (id, text, seq, created_at, updated_at) VALUES "
                     "(?, 'Pomysł ze starego laptopa', 1, '2026-01-01', '2026-01-01')", [new_id()])
    before = fingerprint(old)
    report = merged(target, [old])
    assert by_text(target)["Pomysł ze starego laptopa"].merged_from == "stol.razem"
    assert report.sources[0].counts[MergeKind.IDEAS].added == 1
    assert fingerprint(old) == before and sorted(p.name for p in old.parent.iterdir()) == ["stol.razem"]


def test_a_tables_round_comes_with_its_ballots_and_their_voters(
        target: WorkshopService, tables: Tables) -> None:
    with opened(tables.tables[2]) as three:
        voter = next(p.id for p in three.participants() if p.name == "jan  KOWALSKI")
        round_id = three.add_round(title="Kropki stołu 3", target=VoteTarget.CLUSTERS).created
        assert round_id is not None
        three.open_round(round_id=round_id)
        options = three.votable(round_id)
        three.cast_ballot(round_id=round_id, participant_id=voter, votes={options[0]: 1})
        three.cast_ballot(round_id=round_id, sector=Sector.NGO, votes={options[1]: 1})
    report = merged(target, list(tables.tables))
    assert report.sources[2].counts[MergeKind.ROUNDS].added == 1
    assert report.sources[2].counts[MergeKind.BALLOTS].added == 2
    (join,) = report.joins
    assert join.ballots == 1
    ballots = target.ballots(round_id)
    assert sorted(b.participant_id or "" for b in ballots) == sorted(["", join.kept_id])
    assert {r.option_id for r in target.results(round_id) if r.score} == set(options[:2])
    target.unjoin_participant(join_id=join.join_id)
    assert sorted(b.participant_id or "" for b in target.ballots(round_id)) == sorted(["", voter])


def test_a_joined_participant_edited_at_the_table_later_stays_joined(
        target: WorkshopService, tables: Tables) -> None:
    (join,) = merged(target, list(tables.tables)).joins
    with opened(tables.tables[2]) as three:
        three.update_participant(participant_id=join.joined_id, municipality="Skawina")
    again = merged(target, [tables.tables[2]])
    assert again.sources[0].counts[MergeKind.PARTICIPANTS].updated == 1 and not again.joins
    assert [p.name for p in target.participants()] == ["Anna Nowak", "Jan Kowalski"]
    assert target.get(Participant, join.joined_id).municipality == "Skawina"
    target.unjoin_participant(join_id=join.join_id)
    assert target.get(Participant, join.joined_id).deleted_at is None


def test_two_files_of_one_name_from_two_laptops_are_told_apart(
        target: WorkshopService, tables: Tables, tmp_path: Path) -> None:
    laptops = []
    for laptop in ("laptop-a", "laptop-b"):
        path = tmp_path / laptop / "stol.razem"
        path.parent.mkdir()
        shutil.copyfile(tables.template, path)
        with opened(path) as table:
            table.add_ideas(ideas=[NewIdea(f"Pomysł z {laptop}", cluster_name="Zieleń")])
            table.add_participant(participant=NewParticipant(name="Ewa Lis"))
        laptops.append(path)
    report = merged(target, laptops)
    assert sorted(c.name for c in target.clusters()) == ["Energia", "Transport", "Zieleń", "Zieleń (stol)"]
    assert [j.name for j in report.joins] == ["Ewa Lis"]


# -- a table that goes on after a merge, merged again ----------------------------


def test_a_tables_later_edit_keeps_the_table_label_the_merge_gave_its_note(
        target: WorkshopService, tables: Tables) -> None:
    merged(target, list(tables.tables))
    with opened(tables.tables[2]) as three:  # a table without labels: "stol3" came from its file
        note = by_text(three)["Stół 3, pomysł 0"]
        three.edit_idea(idea_id=note.id, text="Stół 3, pomysł 0 (poprawiony)")
    again = merged(target, [tables.tables[2]])
    idea = target.idea(note.id)
    assert (idea.text, idea.table_label, idea.merged_from) == (
        "Stół 3, pomysł 0 (poprawiony)", "stol3", "stol3.razem")
    # Only the text was an edit; the label is no lost value.
    assert [c.older for c in again.conflicts if c.row_id == note.id] == [{"text": "Stół 3, pomysł 0"}]

def test_a_group_a_merge_renamed_keeps_its_name_and_a_later_same_name_is_told_apart(
        target: WorkshopService, tables: Tables) -> None:
    merged(target, list(tables.tables))
    with opened(tables.tables[2]) as three:  # the table's group moved on its canvas
        green = next(c for c in three.clusters() if c.name == "Zieleń")
        three.place(clusters={green.id: (500.0, 500.0)})
    again = merged(target, [tables.tables[2]])
    assert sorted(c.name for c in target.clusters()) == ["Energia", "Transport", "Zieleń", "Zieleń (stol3)"]
    assert not [c for c in again.conflicts if c.kind is MergeKind.CLUSTERS]
    # Both tables then rename their group alike: still two groups, told apart.
    for path in tables.tables[1:]:
        with opened(path) as table:
            mine = next(c for c in table.clusters() if c.name == "Zieleń")
            table.rename_cluster(cluster_id=mine.id, name="Zieleń miejska")
    merged(target, list(tables.tables[1:]))
    assert sorted(c.name for c in target.clusters()) == [
        "Energia", "Transport", "Zieleń miejska", "Zieleń miejska (stol3)"]
    assert not merged(target, list(tables.tables)).changes_anything



@pytest.mark.parametrize(("name", "of", "expected"), [
    ("Zieleń (stol3)", "Zieleń", True), ("Zieleń (Stół 2 2)", "Zieleń", True),
    ("Zieleń (stol3)", "Zieleń miejska", False), ("Zieleń", "Zieleń", False),
    ("Park (miejski) (stol3)", "Park (miejski)", True)])
def test_a_name_a_merge_gave_a_group_is_recognised(name: str, of: str, expected: bool) -> None:
    assert is_renaming(name, of) is expected
    long = "x" * 200
    assert is_renaming(renamed(long, "Stół 2", lambda n: False), long)
def test_a_joined_persons_later_notes_and_ballots_go_back_with_them_when_separated(
        target: WorkshopService, tables: Tables) -> None:
    (join,) = merged(target, list(tables.tables)).joins
    with opened(tables.tables[2]) as three:  # the table goes on: jan writes and votes
        three.add_ideas(ideas=[NewIdea("Stół 3, później", participant_id=join.joined_id)])
        round_id = three.add_round(title="Kropki stołu 3", target=VoteTarget.CLUSTERS).created
        assert round_id is not None
        three.open_round(round_id=round_id)
        three.cast_ballot(round_id=round_id, participant_id=join.joined_id,
                          votes={three.votable(round_id)[0]: 1})
    merged(target, [tables.tables[2]])
    assert by_text(target)["Stół 3, później"].participant_id == join.kept_id
    (ballot,) = target.ballots(round_id)
    assert ballot.participant_id == join.kept_id
    target.unjoin_participant(join_id=join.join_id)
    # Every note and ballot jan brought is jan's again, not only the first merge's.
    assert {i.text: i.participant_id for i in target.ideas() if i.text.startswith("Stół 3")} == {
        "Stół 3, pomysł 0": join.joined_id, "Stół 3, pomysł 1": join.joined_id,
        "Stół 3, później": join.joined_id}
    assert target.ballots(round_id)[0].participant_id == join.joined_id
    assert by_text(target)["Stół 2, pomysł 0"].participant_id == join.kept_id
    assert not target.plan_merge(list(tables.tables)).changes_anything



def test_separating_a_joined_person_does_not_outdate_the_tables_later_edits(
        target: WorkshopService, tables: Tables) -> None:
    (join,) = merged(target, list(tables.tables)).joins
    with opened(tables.tables[2]) as three:  # the table goes on ...
        note = by_text(three)["Stół 3, pomysł 0"]
        three.edit_idea(idea_id=note.id, text="Poprawione przy stole 3")
        three.update_participant(participant_id=join.joined_id, municipality="Skawina")
    target.unjoin_participant(join_id=join.join_id)  # ... while the room separates jan again
    again = merged(target, [tables.tables[2]])
    assert target.idea(note.id).text == "Poprawione przy stole 3"
    assert target.get(Participant, join.joined_id).municipality == "Skawina"
    assert not [c for c in again.conflicts
                if c.winner is Winner.WORKSHOP and c.row_id in (note.id, join.joined_id)]


def test_a_round_voted_at_two_tables_counts_both_tables_ballots(
        target: WorkshopService, tables: Tables) -> None:
    (template_round,) = target.rounds()
    greens = []
    for path in tables.tables[1:]:  # each table opens the template's round on its own groups
        with opened(path) as table:
            table.open_round(round_id=template_round.id)
            green = next(c.id for c in table.clusters() if c.name == "Zieleń")
            table.cast_ballot(round_id=template_round.id, sector=Sector.NGO, votes={green: 1})
            greens.append(green)
    report = merged(target, list(tables.tables))
    scores = {r.option_id: r.score for r in target.results(template_round.id)}
    assert [scores.get(green) for green in greens] == [1.0, 1.0]  # no ballot left out
    assert set(target.get(VotingRound, template_round.id).options) >= set(greens)
    # Neither table's options are listed as lost (the template's draft had none).
    assert not [c for c in report.conflicts if c.kind is MergeKind.ROUNDS and c.older.get("options")]
    assert not target.plan_merge(list(tables.tables)).changes_anything


def test_a_file_made_by_a_merge_brings_its_joins_so_they_can_still_be_separated(
        target: WorkshopService, tables: Tables, tmp_path: Path) -> None:
    zone = tmp_path / "strefa.razem"  # the tables merged first at one zone's laptop
    shutil.copyfile(tables.template, zone)
    with opened(zone) as organiser:
        (join,) = merged(organiser, list(tables.tables)).joins
    report = merged(target, [zone])
    assert [(j.join_id, j.joined_id, j.kept_id) for j in report.joins] == [
        (join.join_id, join.joined_id, join.kept_id)]
    assert [j.id for j in target.participant_joins()] == [join.join_id]
    assert [p.name for p in target.participants()] == ["Anna Nowak", "Jan Kowalski"]
    target.unjoin_participant(join_id=join.join_id)
    assert {i.text: i.participant_id for i in target.ideas() if i.text.startswith("Stół 3")} == {
        "Stół 3, pomysł 0": join.joined_id, "Stół 3, pomysł 1": join.joined_id}
    assert not target.plan_merge([zone, *tables.tables]).changes_anything


def test_a_person_is_never_joined_with_one_another_table_removed(
        target: WorkshopService, tables: Tables) -> None:
    anna = next(p for p in target.participants() if p.name == "Anna Nowak")
    with opened(tables.tables[0]) as one:  # Anna left table 1's roster ...
        one.delete_participants(participant_ids=[anna.id])
    with opened(tables.tables[2]) as three:  # ... and table 3 registered her once more
        again = three.add_participant(participant=NewParticipant(
            sector=Sector.LOCAL_GOVERNMENT, name="Anna Nowak", organisation="Gmina Wieliczka")).created
        three.add_ideas(ideas=[NewIdea("Pomysł Anny", participant_id=again)])
    report = merged(target, [tables.tables[0], tables.tables[2]])
    assert not [j for j in report.joins if j.name == "Anna Nowak"]
    assert "Anna Nowak" in [p.name for p in target.participants()]
    assert by_text(target)["Pomysł Anny"].participant_id == again


def test_a_table_naming_its_group_like_one_it_dissolved_is_told_apart_from_the_rooms(
        target: WorkshopService, tables: Tables) -> None:
    merged(target, list(tables.tables))
    with opened(tables.tables[2]) as three:  # Transport dissolved, its own group called so
        three.ungroup_cluster(cluster_id=tables.transport)
        green = next(c for c in three.clusters() if c.name == "Zieleń")
        three.rename_cluster(cluster_id=green.id, name="Transport")
    merged(target, [tables.tables[2]])
    # Transport holds table 1's notes in the workshop: it stays, and the other is told apart.
    assert sorted(c.name for c in target.clusters()) == [
        "Energia", "Transport", "Transport (stol3)", "Zieleń"]
    assert not target.plan_merge(list(tables.tables)).changes_anything


def test_a_label_from_a_file_name_takes_the_spelling_of_an_existing_table(
        target: WorkshopService, tables: Tables, tmp_path: Path) -> None:
    """"stół 1.razem" (lower case) next to the room's "Stół 1": one table, not two."""
    target.add_ideas(ideas=[NewIdea("Pomysł sali", table_label="Stół 1", cluster_name="Zieleń")])
    path = tmp_path / "stol 1.razem"  # no Polish letter either
    shutil.copyfile(tables.template, path)
    with opened(path) as table:
        table.add_ideas(ideas=[NewIdea("Bez stołu", cluster_name="Zieleń")])
    report = merged(target, [path])
    assert {i.table_label for i in target.ideas()} == {"", "Stół 1"}
    assert report.sources[0].label == "Stół 1"
    assert sorted(c.name for c in target.clusters() if c.name.startswith("Zieleń")) == [
        "Zieleń", "Zieleń (Stół 1)"]


def test_a_person_who_voted_at_two_tables_is_named_with_their_ballots(
        target: WorkshopService, tables: Tables, polish: None) -> None:
    """One ballot per person a round holds at each table; after the merge the
    same person (one entry of the template, or two entries joined) can hold
    two: every ballot counts, and the report names the person and the round."""
    (template_round,) = target.rounds()
    anna = next(p.id for p in target.participants() if p.name == "Anna Nowak")
    for path in tables.tables[1:]:  # Anna votes at tables 2 and 3, and so does Jan / JAN
        with opened(path) as table:
            table.open_round(round_id=template_round.id)
            option = table.votable(template_round.id)[0]
            table.cast_ballot(round_id=template_round.id, participant_id=anna, votes={option: 1})
            jan = next(p.id for p in table.participants() if "kowalski" in p.name.casefold())
            table.cast_ballot(round_id=template_round.id, participant_id=jan, votes={option: 1})
    report = merged(target, list(tables.tables))
    (join,) = report.joins
    assert [(d.name, d.round_title, d.ballots) for d in report.double_votes] == [
        ("Anna Nowak", template_round.title, 2), (join.kept_name, template_round.title, 2)]
    assert len(target.ballots(template_round.id)) == 4  # nothing dropped: the moderator decides
    lines = MergeWords().lines(report, target="razem.razem", dry_run=False)
    assert f"  • „Anna Nowak”: 2 głosy w głosowaniu „{template_round.title}”" in lines
    document = report_document(report, target="razem.razem")
    assert [d["ballots"] for d in document["double_votes"]] == [2, 2]
    # Merging again brings nothing new, and names no one again.
    assert target.plan_merge(list(tables.tables)).report.double_votes == ()

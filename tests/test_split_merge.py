"""A table that went on on its own laptop comes back: split → edit at the
table → merge back into the workshop, on real files."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.split import edit_on_the_table, rows, table_file
from tests.helpers.tables import opened
from workshop_app.models import (
    AgendaItem,
    Ballot,
    Cluster,
    Idea,
    Objective,
    Participant,
    VotingRound,
)
from workshop_app.models.merge_report import MergeKind, Winner
from workshop_app.services.demo import write_demo

TABLE = "Stół 3"


def test_a_table_split_off_edited_and_merged_back_comes_home_once(tmp_path: Path) -> None:
    workshop, table = tmp_path / "forum.razem", tmp_path / "stol-3.razem"
    write_demo(workshop)
    table_file(workshop, table, TABLE)
    before = {kind: rows(workshop, kind) for kind in
              (Idea, Cluster, Participant, Objective, VotingRound, Ballot, AgendaItem)}
    at_table = rows(table, Idea)
    edits = edit_on_the_table(table)
    # Meanwhile, in the room: another of table 3's notes is corrected here.
    stays_here = next(i for i in at_table.values() if i.id != edits.edited)
    with opened(workshop) as service:
        service.edit_idea(idea_id=stays_here.id, text="Poprawione w sali")

    with opened(workshop) as service:
        plan = service.plan_merge([table])
        service.merge(plan)
        ideas = {i.id: i for i in service.ideas()}
    back = rows(table, Idea)

    # The table's edit and its new note are in, once, as they were made there.
    assert ideas[edits.edited].text == "Poprawione przy stole"
    assert ideas[edits.edited].updated_at == back[edits.edited].updated_at
    assert ideas[edits.added].created_at == back[edits.added].created_at
    assert ideas[edits.added].table_label == TABLE
    assert len(ideas) == len([i for i in before[Idea].values() if i.deleted_at is None]) + 1
    # The newer edit made in the room stays; the table's older version is reported.
    assert ideas[stays_here.id].text == "Poprawione w sali"
    older = [c for c in plan.report.conflicts if c.row_id == stays_here.id]
    assert [(c.kind, c.older.get("text")) for c in older] == [(MergeKind.IDEAS, stays_here.text)]
    # What the table's file shared with the workshop matched by id: nothing doubled,
    # no group renamed, the workshop's rounds, ballots and agenda untouched.
    for kind in (Cluster, Participant, Objective, VotingRound, Ballot, AgendaItem):
        assert rows(workshop, kind) == before[kind], kind.__name__
    assert plan.report.joins == () and plan.report.clusters == ()
    # Every note keeps a number of its own.
    assert len({i.seq for i in ideas.values()}) == len(ideas)

    # Merging the same file again adds and changes nothing.
    with opened(workshop) as service:
        again = service.plan_merge([table])
        assert not again.changes_anything


def test_a_tables_edit_is_not_lost_to_the_room_moving_or_tidying_its_notes(tmp_path: Path) -> None:
    workshop, table = tmp_path / "forum.razem", tmp_path / "stol-3.razem"
    write_demo(workshop)
    table_file(workshop, table, TABLE)
    edits = edit_on_the_table(table)
    # Later, in the room: the canvas is tidied and the note dragged aside -
    # its place changes, not its content.
    with opened(workshop) as service:
        service.tidy()
        service.place(ideas={edits.edited: (-400.0, -400.0)})
        moved = service.idea(edits.edited)
        plan = service.plan_merge([table])
        service.merge(plan)
        idea = service.idea(edits.edited)
    assert idea.text == "Poprawione przy stole"
    assert (idea.x, idea.y) == (moved.x, moved.y)  # the room's place stays
    assert [c.winner for c in plan.report.conflicts if c.row_id == edits.edited] == [Winner.SOURCE]


def test_a_note_stacked_on_another_tables_note_stays_stacked_when_its_table_edits_it(
        tmp_path: Path) -> None:
    workshop, table = tmp_path / "forum.razem", tmp_path / "stol-3.razem"
    write_demo(workshop)
    with opened(workshop) as service:  # a note of table 3 is a duplicate of another table's
        ours = next(i for i in service.ideas() if i.table_label == TABLE and i.duplicate_of is None)
        theirs = next(i for i in service.ideas() if i.table_label not in (TABLE, "")
                      and i.duplicate_of is None)
        service.mark_duplicate(idea_id=ours.id, of_id=theirs.id)
    table_file(workshop, table, TABLE)
    assert rows(table, Idea)[ours.id].duplicate_of is None  # the original stayed behind
    with opened(table) as at_table:
        at_table.edit_idea(idea_id=ours.id, text="Poprawione przy stole")
    with opened(workshop) as service:
        service.merge(service.plan_merge([table]))
        back = service.idea(ours.id)
    assert (back.text, back.duplicate_of) == ("Poprawione przy stole", theirs.id)


def test_a_group_the_table_dissolved_stays_for_the_other_tables_notes_in_it(tmp_path: Path) -> None:
    workshop, table = tmp_path / "forum.razem", tmp_path / "stol-3.razem"
    write_demo(workshop)
    table_file(workshop, table, TABLE)
    with opened(table) as at_table:  # the table's notes of a shared group: "not one topic"
        shared = next(c for c in at_table.clusters() if c.name == "Tereny inwestycyjne")
        at_table.ungroup_cluster(cluster_id=shared.id)
    with opened(workshop) as service:
        others = [i.id for i in service.ideas() if i.cluster_id == shared.id and i.table_label != TABLE]
        assert others
        service.merge(service.plan_merge([table]))
        assert shared.id in {c.id for c in service.clusters()}  # the room's group stays
        assert [service.idea(i).cluster_id for i in others] == [shared.id] * len(others)
        assert not [i for i in service.ideas() if i.table_label == TABLE and i.cluster_id == shared.id]

"""Where a merge puts each table's notes on the canvas (docs/merge.md, "The
canvas"): every table's area top-aligned with the workshop's notes as the
canvas shows them (group frames and their titles included), the areas side
by side and apart, and each area compact - its notes tidied group by group,
however far apart the table had them - never spread over the canvas."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

from tests import test_merge
from tests.helpers.tables import Tables, opened
from tests.test_merge import merged
from workshop_app.models import Idea
from workshop_app.models.layout import FRAME_PAD, NOTE_H, NOTE_W, TITLE_H, cluster_block, frame_box
from workshop_app.services import NewIdea, WorkshopService

Box = tuple[float, float, float, float]

# The merge tests' fixtures: three table files and the organisers' file.
tables = test_merge.tables
target = test_merge.target


def shown(notes: list[Idea]) -> Box:
    """The box the canvas shows around `notes`: a grouped note within its
    group's frame (the frame's title above the notes)."""
    boxes = []
    for cluster, members in itertools.groupby(sorted(notes, key=lambda i: i.cluster_id or ""),
                                              key=lambda i: i.cluster_id):
        spots = [(i.x or 0.0, i.y or 0.0) for i in members]
        pad, title = (FRAME_PAD, FRAME_PAD + TITLE_H) if cluster else (0.0, 0.0)
        boxes += [(x - pad, y - title, x + NOTE_W + pad, y + NOTE_H + pad) for x, y in spots]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def spread_out(path: Path) -> None:
    """The table placed its own notes far apart (and the template's up high)."""
    with opened(path) as table:
        table.place(ideas={i.id: (1500.0 * n, 900.0 * n) for n, i in enumerate(table.ideas())})


def test_each_tables_area_is_top_aligned_compact_and_beside_the_others(
        target: WorkshopService, tables: Tables) -> None:
    spread_out(tables.tables[0])  # tables 2 and 3 never showed their canvas
    report = merged(target, list(tables.tables))
    ideas = target.ideas()
    workshop = shown([i for i in ideas if not i.merged_from])
    areas = {s.name: shown([i for i in ideas if i.merged_from == s.name]) for s in report.sources}
    assert {box[1] for box in areas.values()} == {workshop[1]}  # one top for all
    boxes = sorted([workshop, *areas.values()])
    assert all(left[2] < right[0] for left, right in itertools.pairwise(boxes))
    assert [box[0] for box in boxes[1:]] == [box[0] for box in areas.values()]  # in order
    # No wider (nor taller) than its notes' group frames need: table 1's three
    # notes of one group, table 2's four in its new group "Zieleń"; table 3's
    # two in "Zieleń (stol3)".
    for name, count in (("stol1.razem", 3), ("stol2.razem", 4), ("stol3.razem", 2)):
        left, top, right, bottom = areas[name]
        assert (right - left, bottom - top) == cluster_block(count), name


def test_a_tables_area_starts_at_the_top_of_the_workshops_frames_not_of_its_notes(
        target: WorkshopService, tables: Tables) -> None:
    """The workshop's notes sit in frames whose titles reach above them: an
    area beside them starts at the frames' top, as a tidy puts it."""
    target.tidy()
    report = merged(target, [tables.tables[1]])
    ideas = target.ideas()
    top = shown([i for i in ideas if not i.merged_from])[1]
    assert top == min(i.y or 0.0 for i in ideas if not i.merged_from) - TITLE_H - FRAME_PAD
    assert shown([i for i in ideas if i.merged_from == report.sources[0].name])[1] == top


def frames(notes: list[Idea]) -> dict[str | None, Box]:
    """Each group's frame as the canvas draws it (one around all its notes)."""
    spots: dict[str | None, list[tuple[float, float]]] = {}
    for idea in notes:
        if idea.cluster_id:
            spots.setdefault(idea.cluster_id, []).append((idea.x or 0.0, idea.y or 0.0))
    return {group: frame_box(at) for group, at in spots.items()}


def overlap(one: Box, other: Box) -> bool:
    return one[0] < other[2] and other[0] < one[2] and one[1] < other[3] and other[1] < one[3]


def test_a_tables_new_notes_of_a_template_group_join_its_frame_in_the_workshops_area(
        target: WorkshopService, tables: Tables) -> None:
    """Tables made from one template share its groups: a table's new note of
    "Transport" goes into the workshop's "Transport" frame, which grows where
    it stands, and no frame reaches across another group or note."""
    target.tidy()
    before = shown(target.ideas())
    merged(target, list(tables.tables))
    ideas = target.ideas()
    boxes = frames(ideas)
    for group, box in boxes.items():
        assert not any(overlap(box, other) for g, other in boxes.items() if g != group), group
        strangers = [i for i in ideas if i.cluster_id != group]
        assert not any(overlap(box, (i.x or 0.0, i.y or 0.0, (i.x or 0.0) + NOTE_W,
                                     (i.y or 0.0) + NOTE_H)) for i in strangers), group
    transport = boxes[tables.transport]
    joined = [i for i in ideas if i.merged_from == "stol1.razem"]
    assert len(joined) == 3 and all(i.cluster_id == tables.transport for i in joined)
    for idea in joined:  # in the frame, among the workshop's notes, not in an area
        assert overlap(transport, (idea.x or 0.0, idea.y or 0.0, (idea.x or 0.0) + NOTE_W,
                                   (idea.y or 0.0) + NOTE_H))
    assert shown(joined)[2] <= before[2]
    # The other tables' areas: right of everything (the grown frame too),
    # top-aligned with the workshop's notes and apart from each other.
    workshop = shown([i for i in ideas if not i.merged_from or i.merged_from == "stol1.razem"])
    areas = [shown([i for i in ideas if i.merged_from == name]) for name in ("stol2.razem", "stol3.razem")]
    assert {box[1] for box in areas} == {workshop[1]}
    assert all(left[2] < right[0] for left, right in itertools.pairwise([workshop, *areas]))
    again = [(i.id, i.x, i.y) for i in ideas]
    merged(target, list(tables.tables))
    assert [(i.id, i.x, i.y) for i in target.ideas()] == again


def test_a_template_group_that_cannot_grow_where_it_stands_leaves_its_new_notes_in_the_area(
        target: WorkshopService, tables: Tables) -> None:
    """The template's notes overlap (placed 40 apart): "Transport" cannot grow
    without taking in "Energia", so table 1's notes keep an area of their own."""
    before = {i.id: (i.x, i.y) for i in target.ideas()}
    merged(target, [tables.tables[0]])
    ideas = target.ideas()
    assert {i.id: (i.x, i.y) for i in ideas if i.id in before} == before
    area = shown([i for i in ideas if i.merged_from == "stol1.razem"])
    assert area[0] > shown([i for i in ideas if i.id in before])[2]


def test_two_tables_notes_of_one_template_group_take_free_cells_one_after_the_other(
        target: WorkshopService, tables: Tables) -> None:
    """The second table's "Transport" notes grow the frame beside the first
    table's, covering none of them nor reaching another group."""
    fourth = tables.template.with_name("stol4.razem")
    shutil.copyfile(tables.template, fourth)
    with opened(fourth) as table:
        table.add_ideas(ideas=[NewIdea(f"Stół 4, pomysł {n}", cluster_id=tables.transport)
                               for n in range(2)])
    target.tidy()
    merged(target, [tables.tables[0], fourth])
    ideas = target.ideas()
    joined = [i for i in ideas if i.merged_from in ("stol1.razem", "stol4.razem")]
    assert len(joined) == 5 and all(i.cluster_id == tables.transport for i in joined)
    notes = [(i.x or 0.0, i.y or 0.0) for i in ideas]
    assert not any(abs(a[0] - b[0]) < NOTE_W and abs(a[1] - b[1]) < NOTE_H
                   for a, b in itertools.combinations(notes, 2))
    boxes = frames(ideas)
    assert not any(overlap(a, b) for a, b in itertools.combinations(boxes.values(), 2))

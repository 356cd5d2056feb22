"""Where a merge puts each table's notes on the canvas (docs/merge.md, "The
canvas"): every table's area top-aligned with the workshop's notes as the
canvas shows them (group frames and their titles included), the areas side
by side and apart, and each area compact - its notes tidied group by group,
however far apart the table had them - never spread over the canvas."""

from __future__ import annotations

import itertools
from pathlib import Path

from tests import test_merge
from tests.helpers.tables import Tables, opened
from tests.test_merge import merged
from workshop_app.models import Idea
from workshop_app.models.layout import FRAME_PAD, NOTE_H, NOTE_W, TITLE_H, cluster_block
from workshop_app.services import WorkshopService

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

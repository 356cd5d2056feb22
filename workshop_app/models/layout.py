"""Canvas layout as pure data: where notes and cluster frames stand, and the
automatic tidy layout (clusters in a grid, unplaced notes in a strip)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from workshop_app.models.entities import Cluster, Idea
from workshop_app.models.groups import group_members
from workshop_app.models.stacks import Position, follow_originals, unstacked

NOTE_W = 220.0
NOTE_H = 130.0
GAP = 16.0
FRAME_PAD = 18.0
TITLE_H = 44.0
CLUSTER_GAP = 60.0


def _grid(count: int) -> int:
    """Columns for `count` notes: roughly square, at most 4 wide."""
    return max(1, min(4, math.ceil(math.sqrt(count))))


def cluster_block(count: int) -> tuple[float, float]:
    """Width and height of a cluster frame holding `count` notes in a grid."""
    columns = _grid(count)
    rows = max(1, math.ceil(count / columns))
    width = columns * NOTE_W + (columns - 1) * GAP + 2 * FRAME_PAD
    height = TITLE_H + rows * NOTE_H + (rows - 1) * GAP + 2 * FRAME_PAD
    return width, height


def tidy(clusters: Sequence[tuple[str, Sequence[str]]], unplaced: Sequence[str],
         *, width: float = 3400.0) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """Positions for every note and cluster frame: clusters flow left to right
    in rows no wider than `width`, unplaced notes in a strip below them.

    Returns (note positions, cluster frame top-left positions).
    """
    notes: dict[str, tuple[float, float]] = {}
    frames: dict[str, tuple[float, float]] = {}
    x = y = 0.0
    row_height = 0.0
    for cluster_id, members in clusters:
        block_w, block_h = cluster_block(len(members))
        if x > 0 and x + block_w > width:
            x, y, row_height = 0.0, y + row_height + CLUSTER_GAP, 0.0
        frames[cluster_id] = (x, y)
        columns = _grid(len(members))
        for index, idea_id in enumerate(members):
            row, column = divmod(index, columns)
            notes[idea_id] = (x + FRAME_PAD + column * (NOTE_W + GAP),
                              y + TITLE_H + FRAME_PAD + row * (NOTE_H + GAP))
        x += block_w + CLUSTER_GAP
        row_height = max(row_height, block_h)
    strip_y = y + row_height + (CLUSTER_GAP * 2 if clusters else 0.0)
    per_row = max(1, int((width + GAP) // (NOTE_W + GAP)))
    for index, idea_id in enumerate(unplaced):
        row, column = divmod(index, per_row)
        notes[idea_id] = (column * (NOTE_W + GAP), strip_y + row * (NOTE_H + GAP))
    return notes, frames


def tidy_layout(ideas: Sequence[Idea], clusters: Sequence[Cluster], *,
                width: float = 3400.0) -> tuple[dict[str, Position], dict[str, Position]]:
    """The tidy layout of a whole canvas (see `tidy`), deciding which note goes where.

    Each live cluster's notes go in its frame, clusters in the order given and
    notes in the order of `ideas`; the unplaced notes (no cluster, or one that
    is gone: `group_members`) go in the strip. A stacked duplicate gets its
    original's position (`follow_originals`); deleted ideas get none.
    Returns (note positions, cluster frame top-left positions).
    """
    grouping = group_members(unstacked(ideas), clusters)
    notes, frames = tidy([(c, [i.id for i in members]) for c, members in grouping.members.items()],
                         [i.id for i in grouping.unplaced], width=width)
    return follow_originals([i for i in ideas if not i.deleted], notes), frames


def free_spot(taken: Sequence[tuple[float, float]], *, below: float = 0.0) -> tuple[float, float]:
    """A position for a new note that does not cover any note in `taken`:
    the first free cell of the note grid, scanning rows from `below` down."""
    occupied = {(round(x / (NOTE_W + GAP)), round(y / (NOTE_H + GAP))) for x, y in taken}
    row = math.ceil(below / (NOTE_H + GAP))
    while True:
        for column in range(12):
            if (column, row) not in occupied:
                return column * (NOTE_W + GAP), row * (NOTE_H + GAP)
        row += 1

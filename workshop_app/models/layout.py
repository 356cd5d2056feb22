"""Canvas layout as pure data: where notes and cluster frames stand, and the
automatic tidy layout (clusters in a grid, unplaced notes in a strip)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from workshop_app.models.entities import Cluster, Idea
from workshop_app.models.groups import group_members
from workshop_app.models.stacks import Position, follow_originals, unstacked

NOTE_W = 220.0
NOTE_H = 130.0
GAP = 16.0
FRAME_PAD = 18.0
TITLE_H = 44.0
CLUSTER_GAP = 60.0
# The shape (width / height) a tidied canvas aims at: the Cluster canvas
# beside its tree and suggestions on a 16:9 screen.
TIDY_ASPECT = 1.4
# Row widths a tidy chooses from: 4 to 24 note columns.
_TIDY_WIDTHS = tuple(columns * (NOTE_W + GAP) for columns in range(4, 25))


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
         *, width: float | None = None) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """Positions for every note and cluster frame: clusters flow left to right
    in rows no wider than `width`, unplaced notes in a strip below them.
    Without `width`, the rows are as wide as makes the whole canvas closest
    to a landscape screen's shape (`TIDY_ASPECT`), so "fit all" shows the
    notes as large as it can.

    Returns (note positions, cluster frame top-left positions).
    """
    if width is None:
        width = min(_TIDY_WIDTHS, key=lambda w: _misfit(*tidy(clusters, unplaced, width=w)))
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


def _misfit(notes: Mapping[str, Position], frames: Mapping[str, Position]) -> float:
    """How far the canvas the positions make is from `TIDY_ASPECT`."""
    spots = [*notes.values(), *frames.values()]
    if not spots:
        return 0.0
    width = max(x for x, _ in spots) - min(x for x, _ in spots) + NOTE_W
    height = max(y for _, y in spots) - min(y for _, y in spots) + NOTE_H + TITLE_H
    return abs(math.log(width / height / TIDY_ASPECT))


def tidy_layout(ideas: Sequence[Idea], clusters: Sequence[Cluster], *,
                width: float | None = None) -> tuple[dict[str, Position], dict[str, Position]]:
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


def _covers(spot: Position, notes: Iterable[Position]) -> bool:
    """Whether a note at `spot` would overlap any note at `notes`."""
    x, y = spot
    return any(abs(x - nx) < NOTE_W and abs(y - ny) < NOTE_H for nx, ny in notes)


def frame_box(notes: Sequence[Position]) -> tuple[float, float, float, float]:
    """The frame around notes at `notes`: left, top, right, bottom."""
    return (min(x for x, _ in notes) - FRAME_PAD, min(y for _, y in notes) - FRAME_PAD - TITLE_H,
            max(x for x, _ in notes) + NOTE_W + FRAME_PAD, max(y for _, y in notes) + NOTE_H + FRAME_PAD)


def _box_holds_any(box: tuple[float, float, float, float], notes: Iterable[Position]) -> bool:
    left, top, right, bottom = box
    return any(x < right and x + NOTE_W > left and y < bottom and y + NOTE_H > top for x, y in notes)


def place_in_group(own: Mapping[str, Position], joining: Sequence[str],
                   others: Sequence[Position], *, near: Position | None = None,
                   frame_clear: bool = True) -> dict[str, Position]:
    """Where notes joining a group by a non-drag action (an accepted
    suggestion, the keyboard tree) stand, so that the group's frame bounds
    its own notes and no other note.

    The rule: the joining notes fill the free cells of the group's grid (from
    its top-left note, `_grid` columns wide for the new size, row by row)
    where they cover no note and the grown frame takes in no note of
    `others`. A group with no placed note yet, or one that cannot grow where
    it stands, is laid out afresh as a grid block: where its first note (or
    `near`) is if that block holds no other note, else below every note. Returns the
    new positions (the group's own notes only when the group moved).
    A drop (`frame_clear=False`) only keeps notes from covering notes: the
    moderator chose where the group grows.
    """
    if not joining:
        return {}
    total = len(own) + len(joining)
    if own:
        placed = _grow(list(own.values()), len(joining), others, _grid(total), frame_clear)
        if placed is not None:
            return dict(zip(joining, placed, strict=True))
    members = [*own, *joining]
    anchor = next(iter(own.values()), near)
    block_w, block_h = cluster_block(total)
    spots: list[Position] = []
    if anchor is not None:
        spots.append(anchor)
    bottom = max((y + NOTE_H for _, y in others), default=0.0)
    spots.append((min((x for x, _ in others), default=0.0), bottom + CLUSTER_GAP + TITLE_H + FRAME_PAD))
    for x, y in spots:
        box = (x - FRAME_PAD, y - FRAME_PAD - TITLE_H, x - FRAME_PAD + block_w, y - FRAME_PAD - TITLE_H + block_h)
        if not _box_holds_any(box, others):
            break
    columns = _grid(total)
    return {idea_id: (x + (n % columns) * (NOTE_W + GAP), y + (n // columns) * (NOTE_H + GAP))
            for n, idea_id in enumerate(members)}


def _grow(own: list[Position], count: int, others: Sequence[Position],
          columns: int, frame_clear: bool) -> list[Position] | None:
    """`count` free grid cells next to the notes at `own`, or None."""
    left, top = min(x for x, _ in own), min(y for _, y in own)
    taken = [*own, *others]
    found: list[Position] = []
    rows = math.ceil((len(own) + count) / columns) + (4 if frame_clear else 4 + count)
    for row in range(rows):
        for column in range(columns):
            spot = (left + column * (NOTE_W + GAP), top + row * (NOTE_H + GAP))
            if _covers(spot, taken) or (
                    frame_clear and _box_holds_any(frame_box([*own, *found, spot]), others)):
                continue
            found.append(spot)
            taken.append(spot)
            if len(found) == count:
                return found
    return None


def shown_positions(ideas: Sequence[Idea], clusters: Sequence[Cluster]) -> dict[str, Position]:
    """Where every live note stands on the canvas: its saved position, else
    the tidy layout if no note has one (a file made elsewhere, or every move
    undone), else a free place below the placed notes. Opening a file,
    undoing into it and the service's own placing agree."""
    live = [i for i in ideas if not i.deleted]
    missing = [i for i in live if i.x is None or i.y is None]
    if len(missing) == len(live):
        return tidy_layout(live, clusters)[0]
    spots = {i.id: (i.x or 0.0, i.y or 0.0) for i in live if i.x is not None and i.y is not None}
    placed = list(spots.values())
    bottom = max((y for _, y in placed), default=-NOTE_H) + NOTE_H + 3 * FRAME_PAD
    for idea in missing:
        spots[idea.id] = free_spot(placed, below=bottom)
        placed.append(spots[idea.id])
    return spots

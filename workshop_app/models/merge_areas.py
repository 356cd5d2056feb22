"""Where a merge puts each source's notes on the canvas: an area of its own,
to the right of everything already there, top-aligned with it (`models.merge`).

Boxes are measured as the canvas shows them: a grouped note's box is its
group's frame, title included (the frame follows its notes, see
`ui.canvas.items.ClusterFrame`), and deleted notes are not there at all."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from workshop_app.models.entities import Cluster, Idea
from workshop_app.models.layout import FRAME_PAD, NOTE_H, NOTE_W, TITLE_H, frame_box, tidy_layout
from workshop_app.models.stacks import Position

# Space between one source's area of the canvas and the next: wider than two
# group frames' padding, so that no frame reaches into the next area.
AREA_GAP = 240.0

Box = tuple[float, float, float, float]


class CanvasAreas:
    """The canvas as the sources' areas fill it, left to right: the right
    edge of everything shown so far and the top all areas align with."""

    def __init__(self, placed: Iterable[Idea | Cluster]) -> None:
        rows = list(placed)
        self.clusters = [r for r in rows if isinstance(r, Cluster) and r.deleted_at is None]
        box = shown_box(rows)
        self.right: float | None = box[2] if box else None
        self.top = box[1] if box else 0.0

    def start_after(self, placed: Iterable[Idea | Cluster]) -> None:
        """The canvas holds `placed` now (the workshop's own notes, just tidied)."""
        box = shown_box([*placed, *self.clusters])
        if box is not None:
            self.right, self.top = box[2], box[1]

    def area(self, placed: Sequence[Idea | Cluster], loose: Sequence[Idea],
             clusters: Sequence[Cluster], *, before_first: Callable[[], None]
             ) -> tuple[tuple[float, float] | None, dict[str, Position]]:
        """A source's area: its new live notes (`placed`, with or without a
        place; `loose` are those without) tidied as the canvas tidies, group
        by group (their groups among `clusters`) with the ungrouped ones in a
        strip below, `AREA_GAP` right of everything so far and at the same
        top. `before_first` runs when the canvas is still empty and this
        source has something to place. Returns the offset its groups' own
        corners move by (None: it had nothing placed) and every new note's place."""
        notes = [i for i in placed if isinstance(i, Idea) and not i.deleted]
        if not notes and not loose:
            return None, {}
        if self.right is None:
            before_first()
        groups = _groups_of(notes, clusters)
        spots = tidy_layout(notes, groups)[0]
        tidied = shown_box([*(_at(i, spots) for i in notes if i.id in spots), *groups])
        assert tidied is not None  # every live note has a spot
        if self.right is None:  # an empty canvas: the first source starts at its top left
            left, top = 0.0, 0.0
            self.top = top
        else:
            left, top = self.right + AREA_GAP, self.top
        dx, dy = left - tidied[0], top - tidied[1]
        self.right = tidied[2] + dx
        box = shown_box(placed)
        offset = (left - box[0], top - box[1]) if box else None
        return offset, {i: (x + dx, y + dy) for i, (x, y) in spots.items()}


def _groups_of(notes: Sequence[Idea], clusters: Sequence[Cluster]) -> list[Cluster]:
    """The live groups (each once, in the order given) that hold one of `notes`."""
    held = {i.cluster_id for i in notes}
    found: dict[str, Cluster] = {}
    for cluster in clusters:
        if cluster.id in held and cluster.deleted_at is None:
            found.setdefault(cluster.id, cluster)
    return list(found.values())


def _at(idea: Idea, spots: Mapping[str, Position]) -> Idea:
    return replace(idea, x=spots[idea.id][0], y=spots[idea.id][1])


def shown_box(rows: Iterable[Idea | Cluster]) -> Box | None:
    """The box (left, top, right, bottom) the canvas shows around `rows`:
    each live placed note, in the frame of its group when that group is among
    `rows` and live, and the frames of those groups that hold no placed note
    (at their own corner); None when nothing is shown."""
    rows = list(rows)
    groups = {r.id: r for r in rows if isinstance(r, Cluster) and r.deleted_at is None}
    members: dict[str, list[Position]] = {}
    boxes: list[Box] = []
    for idea in rows:
        if isinstance(idea, Idea) and not idea.deleted and idea.x is not None and idea.y is not None:
            if idea.cluster_id in groups:
                members.setdefault(idea.cluster_id, []).append((idea.x, idea.y))
            else:
                boxes.append((idea.x, idea.y, idea.x + NOTE_W, idea.y + NOTE_H))
    boxes += [frame_box(spots) for spots in members.values()]
    boxes += [(c.x, c.y, c.x + NOTE_W + 2 * FRAME_PAD, c.y + TITLE_H + 2 * FRAME_PAD)
              for c in groups.values() if c.id not in members and c.x is not None and c.y is not None]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))

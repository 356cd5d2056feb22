"""Where a merge puts each source's notes on the canvas: an area of its own,
to the right of everything already there, top-aligned with it (`models.merge`);
a new note of a group the canvas already shows joins that group's frame where
it stands, when the frame can grow there without reaching another group.

Boxes are measured as the canvas shows them: a grouped note's box is its
group's frame, title included (the frame follows its notes, see
`ui.canvas.items.ClusterFrame`), and deleted notes are not there at all."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from workshop_app.models.entities import Cluster, Idea
from workshop_app.models.layout import FRAME_PAD, NOTE_H, NOTE_W, TITLE_H, frame_box, place_in_group, tidy_layout
from workshop_app.models.stacks import Position, follow_originals, unstacked

# Space between one source's area of the canvas and the next: wider than two
# group frames' padding, so that no frame reaches into the next area.
AREA_GAP = 240.0

Box = tuple[float, float, float, float]


class CanvasAreas:
    """The canvas as the sources' areas fill it, left to right: the right
    edge of everything shown so far, the top all areas align with, and every
    placed live note (id -> its place and its group's id) so far."""

    def __init__(self, placed: Iterable[Idea | Cluster]) -> None:
        rows = list(placed)
        self.clusters = [r for r in rows if isinstance(r, Cluster) and r.deleted_at is None]
        self.notes: dict[str, tuple[Position, str | None]] = {}
        self._note(r for r in rows if isinstance(r, Idea))
        box = shown_box(rows)
        self.right: float | None = box[2] if box else None
        self.top = box[1] if box else 0.0

    def start_after(self, placed: Iterable[Idea | Cluster]) -> None:
        """The canvas holds `placed` now (the workshop's own notes, just tidied)."""
        rows = list(placed)
        self._note(r for r in rows if isinstance(r, Idea))
        box = shown_box([*rows, *self.clusters])
        if box is not None:
            self.right, self.top = box[2], box[1]

    def area(self, placed: Sequence[Idea | Cluster], loose: Sequence[Idea],
             clusters: Sequence[Cluster], *, present: Collection[str],
             before_first: Callable[[], None]
             ) -> tuple[tuple[float, float] | None, dict[str, Position]]:
        """A source's area: its new live notes (`placed`, with or without a
        place; `loose` are those without) tidied as the canvas tidies, group
        by group (their groups among `clusters`) with the ungrouped ones in a
        strip below, `AREA_GAP` right of everything so far and at the same
        top. A new note of a group the canvas shows already (live: among
        `present`, with placed notes) joins that group where it stands
        instead (`_join`). `before_first` runs when the canvas is still empty
        and this source has something to place. Returns the offset its
        groups' own corners move by (None: it had nothing placed) and every
        new note's place."""
        notes = [i for i in placed if isinstance(i, Idea) and not i.deleted]
        if not notes and not loose:
            return None, {}
        if self.right is None:
            before_first()
        joined = follow_originals(notes, self._join(notes, present))
        notes = [i for i in notes if i.id not in joined]
        box = shown_box(placed)
        if not notes:  # all joined their groups: no area of its own
            return None if box is None or self.right is None else (
                self.right + AREA_GAP - box[0], self.top - box[1]), joined
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
        offset = (left - box[0], top - box[1]) if box else None
        spots = {i: (x + dx, y + dy) for i, (x, y) in spots.items()}
        self._note(_at(i, spots) for i in notes if i.id in spots)
        return offset, {**joined, **spots}

    def _note(self, ideas: Iterable[Idea]) -> None:
        """The canvas shows `ideas` now (the live placed ones), where they stand."""
        for idea in ideas:
            if not idea.deleted and idea.x is not None and idea.y is not None:
                self.notes[idea.id] = ((idea.x, idea.y), idea.cluster_id)

    def _join(self, notes: Sequence[Idea], present: Collection[str]) -> dict[str, Position]:
        """Places for those of `notes` (a source's new live notes) whose group
        is live (`present`) and shown on the canvas already: each group, in
        the order of its first note, grows where it stands (`place_in_group`)
        when that moves none of its notes and its grown frame reaches no other
        group's frame nor another note; its notes go to the area otherwise.
        Moves `right` past every grown frame."""
        shown = {group for _, group in self.notes.values()}
        joining: dict[str, list[str]] = {}
        for idea in unstacked(notes):
            if idea.cluster_id is not None and idea.cluster_id in present and idea.cluster_id in shown:
                joining.setdefault(idea.cluster_id, []).append(idea.id)
        joined: dict[str, Position] = {}
        for group, ids in joining.items():
            own = {i: spot for i, (spot, g) in self.notes.items() if g == group}
            spots = place_in_group(own, ids, [spot for spot, g in self.notes.values() if g != group])
            frame = frame_box([*own.values(), *spots.values()])
            if not spots.keys() <= set(ids) or any(
                    _overlap(frame, box) for box in self._boxes(but=group)):
                continue
            self.notes.update({i: (spot, group) for i, spot in spots.items()})
            joined.update(spots)
            assert self.right is not None  # the group's notes are shown
            self.right = max(self.right, frame[2])
        return joined

    def _boxes(self, *, but: str) -> list[Box]:
        """What the canvas shows besides group `but`'s frame: the other
        groups' frames and the ungrouped notes."""
        members: dict[str, list[Position]] = {}
        boxes: list[Box] = []
        for (x, y), group in self.notes.values():
            if group is None:
                boxes.append((x, y, x + NOTE_W, y + NOTE_H))
            elif group != but:
                members.setdefault(group, []).append((x, y))
        return boxes + [frame_box(spots) for spots in members.values()]


def _overlap(one: Box, other: Box) -> bool:
    return one[0] < other[2] and other[0] < one[2] and one[1] < other[3] and other[1] < one[3]


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

"""Where a merge puts each source's notes on the canvas: an area of its own,
to the right of everything already there (`models.merge`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from workshop_app.models.entities import Cluster, Idea
from workshop_app.models.layout import NOTE_H, NOTE_W, TITLE_H, tidy_layout
from workshop_app.models.stacks import Position

# Space between one source's area of the canvas and the next: wider than two
# group frames' padding, so that no frame reaches into the next area.
AREA_GAP = 240.0

Box = tuple[float, float, float, float]


class CanvasAreas:
    """The canvas as the sources' areas fill it, left to right: the right
    edge of everything placed so far and the top all areas align with."""

    def __init__(self, placed: Iterable[Idea | Cluster]) -> None:
        box = box_of(placed)
        self.right: float | None = box[2] if box else None
        self.top = box[1] if box else 0.0

    def start_after(self, placed: Iterable[Idea | Cluster]) -> None:
        """The canvas holds `placed` now (the workshop's own notes, just tidied)."""
        box = box_of(placed)
        if box is not None:
            self.right, self.top = box[2], box[1]

    def area(self, placed: Sequence[Idea | Cluster], loose: Sequence[Idea],
             clusters: Sequence[Cluster], *, before_first: Callable[[], None]
             ) -> tuple[tuple[float, float] | None, dict[str, Position]]:
        """A source's area: its placed notes and groups (`placed`; those
        without a place are left out) keep their layout, moved by one offset
        so that the area starts `AREA_GAP` right of everything so far, at the
        same top; its unplaced notes (`loose`) get a tidy layout (by their
        `clusters`) below them in the same area. `before_first` runs when the
        canvas is still empty and this source has something to place. Returns
        the offset (None: nothing placed) and the unplaced notes' places."""
        box = box_of(placed)
        spots = tidy_layout(loose, clusters)[0] if loose else {}
        if box is None and not spots:
            return None, {}
        if self.right is None:
            before_first()
        if self.right is None:  # an empty canvas: the first source stays where it is
            left, top = (box[0], box[1]) if box else (0.0, 0.0)
            self.top = top
        else:
            left, top = self.right + AREA_GAP, self.top
        offset = (left - box[0], top - box[1]) if box else None
        below = box[3] - box[1] + top + AREA_GAP if box else top
        spots = {i: (left + x, below + y) for i, (x, y) in spots.items()}
        width = max([box[2] - box[0] if box else 0.0,
                     *(x + NOTE_W - left for x, _ in spots.values())])
        self.right = left + width
        return offset, spots


def box_of(rows: Iterable[Idea | Cluster]) -> Box | None:
    """The box (left, top, right, bottom) around the placed notes and group
    corners of `rows`; None when none is placed."""
    boxes = [(r.x, r.y, r.x + NOTE_W, r.y + (NOTE_H if isinstance(r, Idea) else TITLE_H))
             for r in rows if r.x is not None and r.y is not None]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))

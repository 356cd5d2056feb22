"""Where notes joining a group stand: the frame bounds its own notes only."""

from __future__ import annotations

from workshop_app.models.layout import (
    CLUSTER_GAP,
    FRAME_PAD,
    GAP,
    NOTE_H,
    NOTE_W,
    TITLE_H,
    place_in_group,
    shown_positions,
)
from workshop_app.services import WorkshopService

Spot = tuple[float, float]


def _frame(notes: list[Spot]) -> tuple[float, float, float, float]:
    return (min(x for x, _ in notes) - FRAME_PAD, min(y for _, y in notes) - FRAME_PAD - TITLE_H,
            max(x for x, _ in notes) + NOTE_W + FRAME_PAD, max(y for _, y in notes) + NOTE_H + FRAME_PAD)


def _inside(box: tuple[float, float, float, float], spot: Spot) -> bool:
    left, top, right, bottom = box
    x, y = spot
    return x < right and x + NOTE_W > left and y < bottom and y + NOTE_H > top


def _overlap(a: Spot, b: Spot) -> bool:
    return abs(a[0] - b[0]) < NOTE_W and abs(a[1] - b[1]) < NOTE_H


def test_joining_notes_fill_the_groups_grid_next_to_its_notes() -> None:
    own = {"a": (0.0, 100.0)}
    others = [(0.0, 2000.0)]
    placed = place_in_group(own, ["b", "c"], others)
    assert set(placed) == {"b", "c"}  # the group's own note stays
    assert placed["b"] == (NOTE_W + GAP, 100.0)
    frame = _frame([*own.values(), *placed.values()])
    assert not any(_inside(frame, o) for o in others)


def test_a_group_that_cannot_grow_in_place_moves_whole_where_it_covers_nothing() -> None:
    # Notes of other groups hug the group on every side.
    own = {"a": (0.0, 0.0)}
    others = [(x * (NOTE_W + GAP), y * (NOTE_H + GAP)) for x in range(-1, 6) for y in range(-1, 6)
              if (x, y) != (0, 0)]
    placed = place_in_group(own, ["b"], others)
    assert set(placed) == {"a", "b"}
    frame = _frame(list(placed.values()))
    assert not any(_inside(frame, o) for o in others)
    assert min(y for _, y in placed.values()) >= max(y for _, y in others) + NOTE_H + CLUSTER_GAP


def test_a_new_group_is_a_block_where_its_first_note_was_if_that_is_free() -> None:
    placed = place_in_group({}, ["a", "b", "c", "d"], [(3000.0, 0.0)], near=(0.0, 500.0))
    assert placed["a"] == (0.0, 500.0)
    assert not any(_overlap(p, q) for p in placed.values() for q in placed.values() if p is not q)


def test_a_drop_only_keeps_notes_from_covering_notes() -> None:
    own = {"a": (0.0, 0.0)}
    others = [(NOTE_W + GAP, 0.0)]  # right next to the group
    placed = place_in_group(own, ["b"], others, frame_clear=False)
    assert set(placed) == {"b"}
    assert not any(_overlap(placed["b"], s) for s in [*own.values(), *others])


def test_a_tidy_canvas_has_the_shape_of_a_screen_so_fit_all_shows_notes_large() -> None:
    from workshop_app.models.layout import tidy

    for groups, loose in ((5, 15), (20, 60), (1, 0), (0, 29)):
        clusters = [(f"k{g}", [f"n{g}-{i}" for i in range(3)]) for g in range(groups)]
        notes, frames = tidy(clusters, [f"u{i}" for i in range(loose)])
        spots = [*notes.values(), *frames.values()]
        width = max(x for x, _ in spots) + NOTE_W - min(x for x, _ in spots)
        height = max(y for _, y in spots) + NOTE_H + TITLE_H - min(y for _, y in spots)
        if groups + loose > 4:
            assert 0.9 <= width / height <= 2.2, (groups, loose, width / height)


def test_the_first_note_moved_by_hand_keeps_the_picture_it_was_moved_in(
        demo_service: WorkshopService) -> None:
    """The demo's notes have no saved place (the canvas shows them tidied);
    moving one by hand saves the others where they were shown, so the file
    opens again with the same picture, not the rest laid out afresh around
    the moved note; undoing the move brings back the tidy layout."""
    from workshop_app.storage import WorkshopStore

    ideas, clusters = demo_service.ideas(), demo_service.clusters()
    assert all(i.x is None for i in ideas)
    before = shown_positions(ideas, clusters)
    loose = next(i for i in ideas if i.cluster_id is None)
    demo_service.place(ideas={loose.id: (-900.0, -900.0)})
    path = demo_service.store.path
    demo_service.store.close()
    with WorkshopStore.open(path) as store:
        again = WorkshopService(store)
        after = shown_positions(again.ideas(), again.clusters())
        assert after == {**before, loose.id: (-900.0, -900.0)}
        again.undo()
        assert shown_positions(again.ideas(), again.clusters()) == before

"""Duplicate stacks: notes marked as duplicates of another note.

Marking a note as a duplicate keeps both texts: the duplicate's
`Idea.duplicate_of` names its original, and the views show it stacked under
that original (the canvas hides it behind the original's note with a "×2"
badge, the tree lists it right after the original, marked "(duplicate)").
Every view and the service answer "is this note stacked, and what moves with
it" with the functions here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from workshop_app.models.entities import Idea

Position = tuple[float, float]


def _original(idea: Idea) -> str | None:
    """The id `idea` claims as its original; a link to itself is no link."""
    return idea.duplicate_of if idea.duplicate_of != idea.id else None


def stacked_ids(ideas: Iterable[Idea]) -> set[str]:
    """Ids of the ideas shown stacked under another idea.

    An idea is stacked when it is live and its `duplicate_of` names a live idea
    among `ideas`. A duplicate whose original was deleted (or is not in
    `ideas`) is a note of its own again, so deleting an original never hides
    the text that stood behind it; a deleted duplicate is not stacked (it is
    not shown at all). A `duplicate_of` pointing at the idea itself is ignored.
    """
    ideas = list(ideas)
    live = {i.id for i in ideas if not i.deleted}
    return {i.id for i in ideas if i.id in live and _original(i) in live}


def stack_sizes(ideas: Iterable[Idea]) -> dict[str, int]:
    """For each idea with duplicates stacked on it, how many (see `stacked_ids`);
    the canvas badge shows this number plus one ("×3": the original and two)."""
    ideas = list(ideas)
    stacked = stacked_ids(ideas)
    sizes: dict[str, int] = {}
    for idea in ideas:
        original = _original(idea)
        if idea.id in stacked and original is not None:
            sizes[original] = sizes.get(original, 0) + 1
    return sizes


def unstacked(ideas: Iterable[Idea]) -> list[Idea]:
    """The live `ideas` that show as notes of their own, in the given order:
    every live idea that is not stacked under another (see `stacked_ids`).
    A group's size counts these: a duplicate is not one more idea."""
    ideas = list(ideas)
    stacked = stacked_ids(ideas)
    return [i for i in ideas if not i.deleted and i.id not in stacked]


def stack_order(ideas: Iterable[Idea]) -> list[Idea]:
    """`ideas` by number (`seq`), each stacked duplicate right after its
    original and its original's other duplicates (a stack reads as one)."""
    ideas = list(ideas)
    seq = {i.id: i.seq for i in ideas}
    stacked = stacked_ids(ideas)
    root = {i.id: _original(i) or i.id for i in ideas if i.id in stacked}
    return sorted(ideas, key=lambda i: (seq[root.get(i.id, i.id)], i.id in root, i.seq))


def with_stacked(ideas: Iterable[Idea], ids: Iterable[str]) -> list[str]:
    """`ids` (once each, in order) followed by the ideas of `ideas` whose
    `duplicate_of` is one of `ids`: a stack moves, groups and is placed as one.

    Deleted duplicates are included when `ideas` holds them, so that a
    duplicate restored later is back on its original's stack.
    """
    chosen = list(dict.fromkeys(ids))
    wanted = set(chosen)
    return chosen + [i.id for i in ideas
                     if _original(i) in wanted and i.id not in wanted]


def follow_originals(ideas: Iterable[Idea], positions: Mapping[str, Position]) -> dict[str, Position]:
    """`positions` plus, for every idea of `ideas` stacked on a positioned
    idea and not positioned itself, its original's position: a duplicate
    stands exactly where its original stands (deleted ones too, see
    `with_stacked`)."""
    placed = dict(positions)
    for idea in ideas:
        original = _original(idea)
        if original is not None and original in positions and idea.id not in positions:
            placed[idea.id] = positions[original]
    return placed

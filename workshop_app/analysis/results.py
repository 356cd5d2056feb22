"""The engine's inputs and answers: plain frozen dataclasses, plus cancellation."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

CancelCheck = Callable[[], bool] | threading.Event | None
"""What long calls accept as `cancel`: a callable returning True to stop, or an Event."""


class Cancelled(Exception):
    """Raised inside a long computation when its `cancel` check says stop."""


def cancel_checker(cancel: CancelCheck) -> Callable[[], None]:
    """A function that raises `Cancelled` once `cancel` is set; a no-op for None."""
    if cancel is None:
        return lambda: None
    test = cancel.is_set if isinstance(cancel, threading.Event) else cancel

    def check() -> None:
        if test():
            raise Cancelled

    return check


@dataclass(frozen=True)
class Note:
    """A sticky note as the engine sees it: an id and its text."""

    id: str
    text: str


@dataclass(frozen=True)
class Similar:
    """Another note like the one asked about; `shared_words` explain why."""

    note_id: str
    score: float
    shared_words: tuple[str, ...]


@dataclass(frozen=True)
class DuplicatePair:
    """Two notes that say nearly the same thing (`a` < `b` by id)."""

    a: str
    b: str
    score: float
    shared_words: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    """An existing cluster an unplaced note may belong to."""

    cluster_id: str
    score: float
    shared_words: tuple[str, ...]


@dataclass(frozen=True)
class SuggestedGroup:
    """A proposed new group of unplaced notes, with a short name and its keywords."""

    idea_ids: tuple[str, ...]
    name: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class WorkshopSuggestions:
    """Best clusters for every unplaced note, new groups among the unplaced
    notes, and likely duplicates among all notes."""

    candidates: Mapping[str, list[Candidate]]
    new_groups: list[SuggestedGroup]
    duplicates: list[DuplicatePair]

    def to_json(self, texts: Mapping[str, str]) -> dict[str, Any]:
        """The documented JSON shape of `workshop-app suggest --json`."""
        return {
            "format": "razem-suggestions",
            "version": 1,
            "unplaced": [
                {"idea_id": idea_id, "text": texts.get(idea_id, ""),
                 "candidates": [{"cluster_id": c.cluster_id, "score": c.score,
                                 "shared_words": list(c.shared_words)} for c in cands]}
                for idea_id, cands in sorted(self.candidates.items())],
            "new_groups": [{"idea_ids": list(g.idea_ids), "name": g.name,
                            "keywords": list(g.keywords)} for g in self.new_groups],
            "duplicates": [{"a": d.a, "b": d.b, "score": d.score,
                            "shared_words": list(d.shared_words)} for d in self.duplicates],
        }

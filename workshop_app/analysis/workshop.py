"""Suggestions for a whole workshop at once (GUI worker and command line)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workshop_app.analysis.engine import SuggestionEngine
from workshop_app.analysis.results import CancelCheck, Candidate, DuplicatePair, Note, SuggestedGroup


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


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while suggestions are computed.

    The analysis makes many short-lived objects; a full collection triggered
    by them in the worker stops every thread, the GUI's too, for 50-130 ms
    with 5,000 notes. Reference counting still frees almost everything; the
    few cycles are collected once the work is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def suggest_for_workshop(engine: SuggestionEngine, notes: Sequence[Note],
                         assignment: Mapping[str, str], cancel: CancelCheck = None
                         ) -> WorkshopSuggestions:
    """All suggestions for `notes`, of which `assignment` maps the grouped
    ones to their cluster ids. Deterministic for the same input."""
    with paused_gc():
        candidates = engine.best_clusters(notes, assignment, cancel=cancel)
        unplaced = [n for n in notes if n.id not in assignment]
        groups = engine.suggest_groups(unplaced, cancel=cancel) if len(unplaced) > 1 else []
        duplicates = engine.duplicates(notes, cancel=cancel)
    return WorkshopSuggestions(candidates=candidates, new_groups=groups, duplicates=duplicates)

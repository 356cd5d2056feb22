"""Shared ground of the service: validation helpers and the read side."""


from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, TypeVar

from workshop_app.models import (
    AgendaItem,
    Ballot,
    Cluster,
    Idea,
    Objective,
    Participant,
    Phase,
    TextProblem,
    VotingRound,
    Workshop,
    check_idea_text,
    check_title,
    clean_text,
)
from workshop_app.services.changes import Changes, Refused, RefusalReason
from workshop_app.storage import WorkshopStore

T = TypeVar("T")


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


# Default for optional edit arguments: "leave this field as it is".
UNCHANGED: Final[Any] = _Unchanged()

_TEXT_REASONS = {
    TextProblem.EMPTY: RefusalReason.EMPTY_TEXT,
    TextProblem.TOO_LONG: RefusalReason.TEXT_TOO_LONG,
}


def _idea_text(text: str) -> str:
    cleaned = clean_text(text)
    problem = check_idea_text(cleaned)
    if problem:
        raise Refused(_TEXT_REASONS[problem])
    return cleaned


def valid_title(text: str) -> str:
    """`text` cleaned for use as a title; `Refused` if empty or too long."""
    cleaned = clean_text(text)
    problem = check_title(cleaned)
    if problem:
        raise Refused(_TEXT_REASONS[problem])
    return cleaned


def _short(text: str) -> str:
    """Optional short text (names, places): cleaned, may be empty."""
    cleaned = clean_text(text)
    if check_title(cleaned) is TextProblem.TOO_LONG:
        raise Refused(RefusalReason.TEXT_TOO_LONG)
    return cleaned


def _given(**fields: Any) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not UNCHANGED}

class ServiceBase:
    """The store, the reads, and helpers every group of operations uses."""

    def __init__(self, store: WorkshopStore) -> None:
        self.store = store

    # -- reads ---------------------------------------------------------------

    def workshop(self) -> Workshop:
        return self.store.workshop()

    def ideas(self, *, include_deleted: bool = False) -> list[Idea]:
        return self.store.all(Idea, include_deleted=include_deleted)

    def idea(self, idea_id: str) -> Idea:
        return self._existing(Idea, idea_id)

    def get_cluster(self, cluster_id: str) -> Cluster:
        return self._existing(Cluster, cluster_id)

    def clusters(self, *, include_deleted: bool = False) -> list[Cluster]:
        return self.store.all(Cluster, include_deleted=include_deleted)

    def participants(self, *, include_deleted: bool = False) -> list[Participant]:
        return self.store.all(Participant, include_deleted=include_deleted)

    def objectives(self) -> list[Objective]:
        return self.store.all(Objective)

    def phases(self) -> list[Phase]:
        return self.store.all(Phase)

    def rounds(self) -> list[VotingRound]:
        return self.store.all(VotingRound)

    def ballots(self, round_id: str) -> list[Ballot]:
        return self.store.all(Ballot, where="round_id = ?", params=[round_id])

    def agenda(self) -> list[AgendaItem]:
        return self.store.all(AgendaItem)

    def get(self, cls: type[T], entity_id: str) -> T:
        """One entity by id (also a soft-deleted one); `Refused` if unknown."""
        return self._existing(cls, entity_id)

    def _existing(self, cls: type[T], entity_id: str) -> T:
        found = self.store.get(cls, entity_id)
        if found is None:
            raise Refused(RefusalReason.NOT_FOUND, f"{cls.__name__} {entity_id}")
        return found

    def _set_deleted(self, cls: type, entity_ids: Sequence[str], stamp: str | None) -> Changes:
        for entity_id in entity_ids:
            self._existing(cls, entity_id)
        with self.store.transaction():
            for entity_id in entity_ids:
                self.store.update(cls, entity_id, deleted_at=stamp)
        ids = frozenset(entity_ids)
        by_kind: dict[type, Changes] = {
            Idea: Changes(ideas=ids), Participant: Changes(participants=ids),
            Cluster: Changes(clusters=ids), AgendaItem: Changes(agenda=ids),
            Objective: Changes(objectives=ids)}
        return by_kind[cls]


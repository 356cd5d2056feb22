"""What a service call changed, and why it refused to change anything."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids touched by one operation, per kind, so views refresh only those.

    `created` is the id of the entity an "add" operation made.
    """

    workshop: bool = False
    ideas: frozenset[str] = frozenset()
    clusters: frozenset[str] = frozenset()
    participants: frozenset[str] = frozenset()
    objectives: frozenset[str] = frozenset()
    phases: bool = False
    rounds: frozenset[str] = frozenset()
    agenda: frozenset[str] = frozenset()
    created: str | None = field(default=None, compare=False)

    def __or__(self, other: Changes) -> Changes:
        merged = {
            f.name: getattr(self, f.name) | getattr(other, f.name)
            for f in fields(self)
            if f.name != "created"
        }
        return Changes(**merged, created=self.created or other.created)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "created")


class RefusalReason(enum.Enum):
    EMPTY_TEXT = "empty_text"
    TEXT_TOO_LONG = "text_too_long"
    NOT_FOUND = "not_found"
    INVALID_VALUE = "invalid_value"
    ROUND_NOT_OPEN = "round_not_open"
    ROUND_CLOSED = "round_closed"
    TOO_MANY_DOTS = "too_many_dots"
    TOO_MANY_ON_OPTION = "too_many_on_option"
    UNKNOWN_OPTION = "unknown_option"


class Refused(Exception):
    """A user operation was refused; nothing was changed."""

    def __init__(self, reason: RefusalReason, detail: str = "") -> None:
        super().__init__(f"{reason.value}" + (f": {detail}" if detail else ""))
        self.reason = reason
        self.detail = detail

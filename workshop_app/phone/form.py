"""What a phone sends, read strictly (pure, no Qt).

Only the shape is checked here (an object of the known keys with values of
the right JSON types); the rules of a ballot (options, dots, caps, marks,
rankings, an open round) are the service's, checked when it is cast.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from workshop_app.models import Sector

MAX_BODY = 16 * 1024
"""The largest body a phone may send, in bytes (a ballot of 200 options fits)."""
MAX_ITEMS = 500
MAX_TEXT = 200


class FormError(Exception):
    """The phone sent something that is not a ballot or a join; `key` names
    the words the phone is told (`phone.words`)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class PhoneBallot:
    """A ballot as the phone sent it, ready for `cast_phone_ballot`."""

    votes: dict[str, Any] | None = None
    scores: dict[str, list[Any]] | None = None
    ranking: list[str] | None = None
    shown: list[str] = field(default_factory=list)
    sector: Sector | None = None
    participant_id: str | None = None

    def arguments(self) -> dict[str, Any]:
        return {"votes": self.votes, "scores": self.scores, "ranking": self.ranking,
                "shown": self.shown, "sector": self.sector,
                "participant_id": self.participant_id}


def read_json(body: bytes) -> dict[str, Any]:
    """The body as a JSON object; `FormError` otherwise."""
    if len(body) > MAX_BODY:
        raise FormError("too_large")
    try:
        value = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise FormError("malformed") from error
    if not isinstance(value, dict):
        raise FormError("malformed")
    return value


def read_join(body: bytes) -> str:
    """The join code typed on the phone."""
    value = read_json(body)
    code = value.get("code")
    if set(value) != {"code"} or not isinstance(code, str) or len(code) > MAX_TEXT:
        raise FormError("malformed")
    return code


def read_ballot(body: bytes) -> PhoneBallot:
    value = read_json(body)
    known = {"votes", "scores", "ranking", "shown", "sector", "participant"}
    if set(value) - known:
        raise FormError("malformed")
    votes = value.get("votes")
    scores = value.get("scores")
    ranking = value.get("ranking")
    if votes is not None:
        _check_mapping(votes, lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
    if scores is not None:
        _check_mapping(scores, lambda v: isinstance(v, list) and len(v) <= MAX_ITEMS
                       and all(isinstance(m, (int, float)) and not isinstance(m, bool) for m in v))
    if ranking is not None:
        _check_texts(ranking)
    shown = value.get("shown", [])
    _check_texts(shown)
    participant = value.get("participant")
    if participant is not None and not _text(participant):
        raise FormError("malformed")
    return PhoneBallot(votes=votes, scores=scores, ranking=ranking, shown=shown,
                       sector=_sector(value.get("sector")), participant_id=participant)


def _sector(value: object) -> Sector | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _text(value):
        raise FormError("malformed")
    try:
        return Sector(value)
    except ValueError as error:
        raise FormError("sector") from error


def _text(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_TEXT


def _check_texts(value: object) -> None:
    if not isinstance(value, list) or len(value) > MAX_ITEMS or not all(_text(v) for v in value):
        raise FormError("malformed")


def _check_mapping(value: object, good: Any) -> None:
    if not isinstance(value, dict) or len(value) > MAX_ITEMS or not all(
            _text(k) and good(v) for k, v in value.items()):
        raise FormError("malformed")

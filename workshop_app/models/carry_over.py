"""Topics of last year's workshop, as this year's agenda may take them over (pure).

A topic is one of last year's agenda items, or one of its groups (clusters)
that did not become an agenda item, with the best result it had in a closed
voting round on groups. The service reads them from the other file
(`services.carry_over_ops`); the words for a result are the interface's
(`workshop_app.carry_over_words`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from workshop_app.models.entities import AgendaFormat, Sector, VoteMethod
from workshop_app.models.text import fold, title_key


class TopicKind(enum.StrEnum):
    """Where a topic comes from in last year's file."""

    AGENDA_ITEM = "agenda_item"
    CLUSTER = "cluster"


@dataclass(frozen=True, slots=True)
class PreviousResult:
    """A topic's result in one closed round of last year's workshop.

    `score` is dots, Borda points or the mean mark (`method` says which),
    `place` its place among `options` options (shared when `tie`), and
    `by_sector` the points (or means) per sector, None for ballots without one.
    """

    round_title: str
    method: VoteMethod
    score: float
    place: int
    tie: bool
    options: int
    by_sector: tuple[tuple[Sector | None, float], ...] = ()


@dataclass(frozen=True, slots=True)
class PreviousTopic:
    """One topic of last year's workshop.

    `key` is its row's id in last year's file (an agenda item's or a
    cluster's, as `kind` says). `edition` is the year of last year's
    workshop ("2026"), "" when unknown. For a cluster `rationale` holds its
    first ideas, one a line, and `ideas` their number; the session fields
    are an agenda item's own, a cluster's are the defaults.
    """

    key: str
    kind: TopicKind
    title: str
    edition: str = ""
    rationale: str = ""
    format: AgendaFormat = AgendaFormat.PANEL
    duration_minutes: int = 60
    lead: str = ""
    speakers: str = ""
    ideas: int = 0
    result: PreviousResult | None = None


@dataclass(frozen=True, slots=True)
class PreviousWorkshop:
    """Last year's workshop as the carry-over sees it: its title, date,
    edition (year) and topics (agenda items first, in agenda order, then
    the other clusters, best result first)."""

    path: str
    workshop_id: str
    title: str
    date: str
    edition: str
    topics: tuple[PreviousTopic, ...]


RATIONALE_IDEAS = 5
"""A cluster's rationale lists at most this many of its ideas."""


def edition_of(date: str, created_at: str) -> str:
    """The year of a workshop: of its date when set, else of when its file was made."""
    for stamp in (date, created_at):
        year = stamp.strip()[:4]
        if len(year) == 4 and year.isdigit():
            return year
    return ""


def better(candidate: PreviousResult, best: PreviousResult | None) -> bool:
    """Whether `candidate` (from a later round) beats `best`: a better place;
    on the same place the later round counts, as it refines the earlier."""
    return best is None or candidate.place <= best.place


def cluster_rationale(texts: Iterable[str]) -> str:
    """A cluster's ideas as a rationale: the first few, one a line."""
    listed = list(texts)
    lines = [f"– {text.replace(chr(10), ' ')}" for text in listed[:RATIONALE_IDEAS]]
    if len(listed) > RATIONALE_IDEAS:
        lines.append("…")
    return "\n".join(lines)


def ordered_clusters(topics: Iterable[PreviousTopic]) -> list[PreviousTopic]:
    """Cluster topics with a result first, best place first, then the rest by name."""
    return sorted(topics, key=lambda t: (t.result is None, t.result.place if t.result else 0,
                                         fold(t.title), t.title))


def repeats(topics: Iterable[PreviousTopic], titles: Iterable[str]) -> list[str]:
    """The keys of `topics` already among `titles` (the agenda), or named
    twice among `topics` (each such topic after its first)."""
    seen = [title_key(t) for t in titles]
    found = []
    for topic in topics:
        name = title_key(topic.title)
        if name in seen:
            found.append(topic.key)
        seen.append(name)
    return found

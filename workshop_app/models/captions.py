"""What the small line on a note says, and how people are named on it.

The core returns parts, not words: the UI turns a `NoteCaption` into one
translated line (`workshop_app.ui.labels.caption_text`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workshop_app.models.entities import Idea, Participant, Sector


@dataclass(frozen=True, slots=True)
class NoteCaption:
    """The parts of a note's caption, each one empty (None / "") when unknown
    or hidden; the UI shows the non-empty ones in this order."""

    sector: Sector | None
    author: str
    table: str


def author_name(participant: Participant) -> str:
    """How a note names its author: the name, else the organisation ("" if neither)."""
    return participant.name or participant.organisation


def author_full(participant: Participant) -> str:
    """How lists name a participant: name and organisation, "Jan Nowak · UJ"
    (either alone when the other is empty)."""
    return " · ".join(part for part in (participant.name, participant.organisation) if part)


def author_names(participants: Iterable[Participant]) -> dict[str, str]:
    """Participant id -> `author_name`. Pass removed participants too: their
    notes keep naming them."""
    return {p.id: author_name(p) for p in participants}


def note_caption(idea: Idea, authors: Mapping[str, str], *, anonymous: bool) -> NoteCaption:
    """The caption of `idea` wherever a note is shown (canvas, shared screen).

    It holds the idea's sector, its author's name from `authors` (see
    `author_names`) - left out when the workshop is anonymous, since notes are
    on the shared screen - and its table.
    """
    author = "" if anonymous else authors.get(idea.participant_id or "", "")
    return NoteCaption(sector=idea.sector, author=author, table=idea.table_label)


def search_text(idea: Idea, author: str) -> str:
    """What a search of the idea list looks at: the idea's text, its author
    (as the list shows it, `author_full`) and its table. Match it with
    `workshop_app.models.text.matches_query`."""
    return f"{idea.text}\n{author}\n{idea.table_label}"

"""Pure rules on workshop data: text hygiene and vote tallies."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workshop_app.models.entities import Ballot, Sector

# Longer ideas are kept but flagged in the UI: a sticky note rarely needs more.
LONG_IDEA_CHARS = 2_000
# Anything longer is refused: it is a pasted document, not an idea.
MAX_IDEA_CHARS = 20_000
MAX_TITLE_CHARS = 300

# Control characters are dropped, except line breaks and tabs which people type.
_KEPT_CONTROLS = {"\n", "\t"}


class TextProblem(enum.Enum):
    """Why a piece of text cannot be stored; the UI words it for the user."""

    EMPTY = "empty"
    TOO_LONG = "too_long"


def clean_text(text: str) -> str:
    """Return `text` in NFC with control characters removed and ends trimmed.

    Line breaks are normalised to "\\n" so that text pasted from Windows
    compares equal to text typed here.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    kept = (
        ch
        for ch in text
        if ch in _KEPT_CONTROLS or unicodedata.category(ch) not in ("Cc", "Cs")
    )
    return "".join(kept).strip()


def check_idea_text(text: str) -> TextProblem | None:
    """The problem that prevents storing `text` (already cleaned) as an idea."""
    if not text:
        return TextProblem.EMPTY
    if len(text) > MAX_IDEA_CHARS:
        return TextProblem.TOO_LONG
    return None


def check_title(text: str) -> TextProblem | None:
    """The problem that prevents using `text` (already cleaned) as a title."""
    if not text:
        return TextProblem.EMPTY
    if len(text) > MAX_TITLE_CHARS or "\n" in text:
        return TextProblem.TOO_LONG
    return None


@dataclass(frozen=True, slots=True)
class Tally:
    """Points per option, overall and per sector."""

    totals: Mapping[str, int]
    by_sector: Mapping[str, Mapping[Sector | None, int]]

    def ranking(self) -> list[tuple[str, int]]:
        """Options by points, highest first; ties keep a stable id order."""
        return sorted(self.totals.items(), key=lambda kv: (-kv[1], kv[0]))


def tally_dots(ballots: Iterable[Ballot], options: Iterable[str]) -> Tally:
    """Add up dot votes for `options`; votes for unknown options are ignored."""
    totals = {option: 0 for option in options}
    by_sector: dict[str, dict[Sector | None, int]] = {o: {} for o in totals}
    for ballot in ballots:
        for option, points in ballot.votes.items():
            if option not in totals:
                continue
            totals[option] += points
            per = by_sector[option]
            per[ballot.sector] = per.get(ballot.sector, 0) + points
    return Tally(totals=totals, by_sector=by_sector)


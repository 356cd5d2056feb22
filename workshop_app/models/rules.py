"""Pure rules on workshop data: text hygiene, sector order and vote tallies."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from workshop_app.models.entities import Ballot, Sector

# Longer ideas are kept but flagged in the UI: a sticky note rarely needs more.
LONG_IDEA_CHARS = 2_000
# Anything longer is refused: it is a pasted document, not an idea.
MAX_IDEA_CHARS = 20_000
MAX_TITLE_CHARS = 300

# Control characters are dropped, except line breaks and tabs which people type.
_KEPT_CONTROLS = {"\n", "\t"}
_LINE_BREAKS = str.maketrans({"\r": "\n", "\v": "\n", "\f": "\n", "\x85": "\n",
                              "\u2028": "\n", "\u2029": "\n"})


class TextProblem(enum.Enum):
    """Why a piece of text cannot be stored; the UI words it for the user."""

    EMPTY = "empty"
    TOO_LONG = "too_long"


def clean_text(text: str) -> str:
    """Return `text` in NFC with control characters removed and ends trimmed.

    Line breaks are normalised to "\\n" so that text pasted from Windows
    compares equal to text typed here; vertical tab, form feed, NEL and the
    Unicode line and paragraph separators are line breaks too (dropping them
    would glue two words together).
    """
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    text = unicodedata.normalize("NFC", text)
    kept = "".join(
        ch
        for ch in text
        if ch in _KEPT_CONTROLS or unicodedata.category(ch) not in ("Cc", "Cs")
    ).strip()
    # Text of nothing but invisible characters (zero-width spaces, joiners,
    # a byte-order mark) is empty; inside words they stay (emoji, scripts).
    if all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in kept):
        return ""
    return kept


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


# Sectors in the order the roster and every breakdown lists them (the golden
# triangle first), "no sector" last.
SECTOR_ORDER: tuple[Sector | None, ...] = (*Sector, None)
_SECTOR_RANK = {sector: rank for rank, sector in enumerate(SECTOR_ORDER)}


def sector_rank(sector: Sector | None) -> int:
    """The position of `sector` in `SECTOR_ORDER` (None, "no sector", last)."""
    return _SECTOR_RANK[sector]


def in_sector_order(counts: Mapping[Sector | None, int]) -> list[tuple[Sector | None, int]]:
    """The non-zero `counts` as (sector, count) in `SECTOR_ORDER`: a breakdown
    by sector lists "no sector" too, last, so that it adds up to the total."""
    return [(sector, counts[sector]) for sector in SECTOR_ORDER if counts.get(sector)]


def competition_places(points: Sequence[float]) -> list[int]:
    """Places for `points` sorted highest first, ties sharing a place
    ("1, 2, 2, 4"): equal points get the place of the first of them, and the
    next different score takes its position in the list, skipping the shared
    places."""
    places: list[int] = []
    for position, score in enumerate(points, start=1):
        places.append(places[-1] if places and score == points[position - 2] else position)
    return places


@dataclass(frozen=True, slots=True)
class Tally:
    """Points per option, overall and per sector.

    Invariants: `totals` and `by_sector` have the same options; each
    option's `by_sector` values add up to its total (ballots without a sector
    count under None); with ballots as the service stores them (positive
    points only) every value is >= 0.
    """

    totals: Mapping[str, int]
    by_sector: Mapping[str, Mapping[Sector | None, int]]

    def ranking(self) -> list[tuple[str, int]]:
        """Options by points, highest first; ties keep a stable id order."""
        return sorted(self.totals.items(), key=lambda kv: (-kv[1], kv[0]))

    def standings(self) -> list[tuple[int, str, int]]:
        """`ranking` with each option's place: (place, option, points), equal
        points sharing a place (`competition_places`)."""
        ranking = self.ranking()
        places = competition_places([points for _, points in ranking])
        return [(place, option, points) for place, (option, points) in zip(places, ranking, strict=True)]


def tally_dots(ballots: Iterable[Ballot], options: Iterable[str]) -> Tally:
    """Add up dot votes for `options`; votes for unknown options are ignored."""
    totals = dict.fromkeys(options, 0)
    by_sector: dict[str, dict[Sector | None, int]] = {o: {} for o in totals}
    for ballot in ballots:
        for option, points in ballot.votes.items():
            if option not in totals:
                continue
            totals[option] += points
            per = by_sector[option]
            per[ballot.sector] = per.get(ballot.sector, 0) + points
    return Tally(totals=totals, by_sector=by_sector)


"""Whether a file being imported was, most likely, imported before.

The rule: each imported text is matched against the workshop's live ideas,
ignoring case and runs of whitespace (diacritics count: "Łódź" is not
"Lodz"); every live idea answers for at most one imported text, so a file
holding one text twice against one copy in the workshop counts once. The
import is a repeat when more than half of its texts are already present —
the same file imported again, or an export of the same form with a few new
answers added.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class ImportOverlap:
    """How many of `total` imported texts are already among the live ideas."""

    present: int
    total: int

    @property
    def is_repeat(self) -> bool:
        """More than half of the imported texts are already in the workshop."""
        return self.present * 2 > self.total


def import_overlap(imported: Iterable[str], existing: Iterable[str]) -> ImportOverlap:
    """Match `imported` texts against `existing` live ideas (see the module's rule)."""
    left = Counter(_key(text) for text in existing)
    present = total = 0
    for text in imported:
        total += 1
        key = _key(text)
        if left[key] > 0:
            left[key] -= 1
            present += 1
    return ImportOverlap(present=present, total=total)

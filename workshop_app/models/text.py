"""Text comparison helpers for Polish: folding, search, near-duplicates."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Letters that NFKD does not decompose into base + accent.
_EXTRA_FOLDS = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "đ": "d", "ß": "ss"})
_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case `text` and strip diacritics: 'Żółw Łódź' -> 'zolw lodz'."""
    text = text.translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_EXTRA_FOLDS)


def title_key(title: str) -> str:
    """A topic's title as compared for "already on the agenda": case, Polish
    letters and spacing ignored (adding a topic and carrying one over)."""
    return " ".join(fold(title).split())


@lru_cache(maxsize=65536)
def words(text: str) -> frozenset[str]:
    """The folded words of `text`, ignoring one-letter words."""
    return frozenset(w for w in _WORD.findall(fold(text)) if len(w) > 1)


def matches_query(text: str, query: str) -> bool:
    """True when every word of `query` occurs in `text`, ignoring case and
    Polish diacritics ("zolw" finds "żółw")."""
    haystack = fold(text)
    return all(part in haystack for part in fold(query).split())


def looks_alike(a: str, b: str) -> bool:
    """A cheap near-duplicate test for typed notes: the same words (folded),
    or at least 3 words with 75 % of the union shared."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return fold(a).strip() == fold(b).strip()
    if wa == wb:
        return True
    shared = len(wa & wb)
    return shared >= 3 and shared / len(wa | wb) >= 0.75


def first_alike(text: str, others: Iterable[tuple[str, str]]) -> str | None:
    """The id of the first (id, text) in `others` that looks like `text`."""
    for other_id, other_text in others:
        if looks_alike(text, other_text):
            return other_id
    return None


def pick_name(typed: str, names: Iterable[str]) -> str | None:
    """The name someone typing `typed` means: the one equal to it, else the
    first starting with it, else the first containing it - ignoring case,
    Polish diacritics and surrounding spaces. None when `typed` is blank or no
    name contains it."""
    wanted = fold(typed.strip())
    if not wanted:
        return None
    ranked = sorted(names, key=lambda n: (fold(n) != wanted, not fold(n).startswith(wanted),
                                          wanted not in fold(n)))
    return ranked[0] if ranked and wanted in fold(ranked[0]) else None


def one_line(text: str) -> str:
    """`text` on one line for a list row, each line break shown as " ⏎ "."""
    return " ⏎ ".join(text.splitlines())


def shorten(text: str, limit: int) -> str:
    """`text` if it has at most `limit` characters, else its first `limit` - 1
    followed by "…" (so the result never exceeds `limit`)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def brief(text: str, limit: int) -> str:
    """`text` as one item of a list of ideas: line breaks and runs of spaces
    become one space, then `shorten`ed to `limit` characters."""
    return shorten(" ".join(text.split()), limit)


def brief_words(text: str, limit: int) -> str:
    """Like `brief`, but a shortened text ends after a whole word, then "…";
    a first word longer than `limit` is cut as `shorten` does."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.–-")
    return (cut + "…") if " " in flat[:limit] and cut else shorten(flat, limit)

"""Pure text helpers: tokenising and light fallback stemming (folding is
`models.text.fold`, re-exported).

Nothing here needs language data, so these functions work from the first
millisecond and are the engine's degraded mode while the dictionary loads.
"""

from __future__ import annotations

import re
import unicodedata

# One folding for the whole app (search, duplicates, analysis): re-exported here.
from workshop_app.models.text import fold as fold

# Markup-looking bits (`<b>`, `</font>`, `&amp;`) are not words of the note.
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,6});")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)

# A word: letters, optionally joined by hyphens or apostrophes ("e-usługi", "don't").
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")

# General abbreviations whose letters would otherwise be dropped as too short.
_ABBREVIATIONS = (
    (re.compile(r"\bB\s*\+\s*R\b"), " badania rozwój "),
    (re.compile(r"\bR\s*&\s*D\b", re.IGNORECASE), " research development "),
    (re.compile(r"\bP\s*&\s*R\b"), " parking "),
)

MAX_TEXT = 5000
"""Characters of a note that are analysed; longer text is cut (notes are short)."""


def clean(text: str) -> str:
    """Text with markup, entities, URLs and known abbreviations made harmless."""
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT])
    text = _URL.sub(" ", _ENTITY.sub(" ", _TAG.sub(" ", text)))
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    return text


def words(text: str) -> list[str]:
    """The words of a note, in order, with hyphenated forms split sensibly.

    "e-usługi" -> ["usługi"], "Start-upy" -> ["Startupy"], "BLIK-iem" -> ["BLIK"],
    "badawczo-rozwojowy" -> ["badawczo", "rozwojowy"]. Single letters are dropped.
    """
    out: list[str] = []
    for match in _WORD.finditer(clean(text)):
        out.extend(_split_compound(match.group(0)))
    return [w for w in out if len(w) > 1]


def _split_compound(word: str) -> list[str]:
    parts = re.split(r"['’\-]", word)
    if len(parts) == 1:
        return parts
    head, tail = parts[0], parts[1:]
    if len(head) == 1:  # e-usługi, e-płatności: the prefix is not a word
        return tail
    if len(tail) == 1 and len(tail[0]) <= 3 and tail[0].islower():
        # An inflectional ending after an acronym (BLIK-iem) or a split loan (start-upy).
        return [head] if head.isupper() else [head + tail[0]]
    return parts


# -- a light stemmer for when no dictionary is available -------------------------

_POLISH_ENDINGS = sorted({fold(e) for e in (
    "iami", "iach", "iom", "iem", "ią", "ię", "ia", "ie", "iu", "ii", "ami", "ach", "owi",
    "ów", "om", "em", "ych", "ymi", "ich", "imi", "ej", "ego", "emu", "ą", "ę", "y", "i",
    "a", "u", "e", "o")}, key=lambda e: (-len(e), e))

_ENGLISH_ENDINGS = ("ies", "es", "s", "ing", "ed")


def light_stem(folded: str) -> str:
    """Strip one common inflectional ending, keeping at least four letters.

    Used only when the dictionary is not (yet) loaded: "uczelniami" and
    "uczelni" both become "uczeln". Crude, but it never needs data.
    """
    for ending in _POLISH_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 4:
            return folded[: -len(ending)]
    return folded


def english_stem(folded: str) -> str:
    """Plural and -ing/-ed endings off an English word: "pilots" -> "pilot"."""
    if len(folded) > 4 and folded.endswith("ies"):
        return folded[:-3] + "y"
    for ending in _ENGLISH_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 4:
            if ending == "s" and folded.endswith("ss"):
                return folded
            return folded[: -len(ending)]
    return folded

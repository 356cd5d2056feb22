"""Weighted features of notes: lemmas, word families and policy-area concepts.

Each note becomes a sparse vector (feature -> weight, unit length) with three
kinds of feature, each remembering which of the note's lemmas produced it so
that every similarity can be explained in words:

- ``w:<lemma>``   the lemma itself;
- ``f:<stem>``    its word family: derived words share a stem
                  ("uczelnia", "uczelniany" -> ``f:uczel``);
- ``c:<area>``    a policy area of the concept lexicon (`lexicon.py`).

This module counts a note's features; `corpus.py` weighs them by TF-IDF
learned from the workshop itself, so a word that half the notes use ("gmina"
in a workshop of municipalities) says little.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass

from workshop_app.analysis.analyzer import AnalysedText
from workshop_app.analysis.lexicon import CONCEPTS
from workshop_app.analysis.text import fold

# Long prefixes after which the first letters say little about the word family.
_PREFIXES = ("przed", "prze", "przy", "wspol", "naj")
STEM_LENGTH = 5


@dataclass(frozen=True)
class Weights:
    """How much each kind of feature counts, relative to an exact lemma (1.0)."""

    family: float = 0.5
    concept: float = 1.0


class ConceptLexicon:
    """Maps a folded lemma to the policy areas it belongs to (see `lexicon.py`)."""

    def __init__(self, concepts: Mapping[str, str] = CONCEPTS) -> None:
        self._exact: dict[str, set[str]] = {}
        self._prefixes: dict[str, set[str]] = {}
        self._excluded: set[tuple[str, str]] = set()
        for area, entries in concepts.items():
            for entry in entries.split():
                if entry.startswith("!"):
                    self._excluded.add((fold(entry[1:]), area))
                elif entry.endswith("*"):
                    self._prefixes.setdefault(fold(entry[:-1]), set()).add(area)
                else:
                    self._exact.setdefault(fold(entry), set()).add(area)
        self._lengths = sorted({len(p) for p in self._prefixes})
        self._cache: dict[str, tuple[str, ...]] = {}

    def areas(self, key: str) -> tuple[str, ...]:
        """Sorted areas of a folded lemma; () when the lexicon does not know it."""
        found = self._cache.get(key)
        if found is None:
            areas = set(self._exact.get(key, ()))
            for n in self._lengths:
                if n > len(key):
                    break
                areas.update(a for a in self._prefixes.get(key[:n], ())
                             if (key, a) not in self._excluded)
            found = self._cache[key] = tuple(sorted(areas))
        return found


def family_stem(key: str) -> str:
    """The word-family stem of a folded lemma: its first letters after any prefix.

    "uczelnia"/"uczelniany" -> "uczel", "przedsiębiorca"/"przedsiębiorstwo" ->
    "przedsiebi". Short words are their own stem.
    """
    start = next((len(p) for p in _PREFIXES if key.startswith(p) and len(key) - len(p) >= 5), 0)
    return key[: start + STEM_LENGTH]


def raw_features(text: AnalysedText, lexicon: ConceptLexicon | None,
                 weights: Weights) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Term counts of one note before IDF, and the lemmas behind each feature."""
    counts: dict[str, float] = {}
    sources: dict[str, list[str]] = {}
    for term in text.terms:
        for feature, weight in _produced(term.key, lexicon, weights):
            counts[feature] = counts.get(feature, 0.0) + weight
            lemmas = sources.setdefault(feature, [])
            if term.lemma not in lemmas:
                lemmas.append(term.lemma)
    return counts, sources


@functools.lru_cache(maxsize=65536)
def _produced(key: str, lexicon: ConceptLexicon | None, weights: Weights
              ) -> tuple[tuple[str, float], ...]:
    """The features one folded lemma adds to a note: itself, its family, its areas."""
    produced: list[tuple[str, float]] = [(f"w:{key}", 1.0)]
    if weights.family and len(key) >= STEM_LENGTH:
        produced.append((f"f:{family_stem(key)}", weights.family))
    if lexicon is not None and weights.concept:
        produced.extend((f"c:{a}", weights.concept) for a in lexicon.areas(key))
    return tuple(produced)

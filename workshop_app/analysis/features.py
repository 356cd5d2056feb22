"""Weighted features of notes: lemmas, word families and policy-area concepts.

Each note becomes a sparse vector (feature -> weight, unit length) with three
kinds of feature, each remembering which of the note's lemmas produced it so
that every similarity can be explained in words:

- ``w:<lemma>``   the lemma itself;
- ``f:<stem>``    its word family: derived words share a stem
                  ("uczelnia", "uczelniany" -> ``f:uczel``);
- ``c:<area>``    a policy area of the concept lexicon (`lexicon.py`).

Weights are TF-IDF learned from the workshop itself, so a word that half the
notes use ("gmina" in a workshop of municipalities) says little.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

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


@dataclass
class FeatureSpace:
    """Unit-length TF-IDF vectors of a set of notes, with what produced each feature.

    `sources[i][feature]` lists the lemmas of note i behind that feature.
    """

    vectors: list[dict[str, float]]
    sources: list[dict[str, tuple[str, ...]]]
    idf: dict[str, float] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.vectors)


def raw_features(text: AnalysedText, lexicon: ConceptLexicon | None,
                 weights: Weights) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Term counts of one note before IDF, and the lemmas behind each feature."""
    counts: dict[str, float] = {}
    sources: dict[str, list[str]] = {}
    for term in text.terms:
        produced: list[tuple[str, float]] = [(f"w:{term.key}", 1.0)]
        if weights.family and len(term.key) >= STEM_LENGTH:
            produced.append((f"f:{family_stem(term.key)}", weights.family))
        if lexicon is not None and weights.concept:
            produced.extend((f"c:{a}", weights.concept) for a in lexicon.areas(term.key))
        for feature, weight in produced:
            counts[feature] = counts.get(feature, 0.0) + weight
            lemmas = sources.setdefault(feature, [])
            if term.lemma not in lemmas:
                lemmas.append(term.lemma)
    return counts, sources


def build_space(texts: Sequence[AnalysedText], lexicon: ConceptLexicon | None,
                weights: Weights, check: Callable[[], None] = lambda: None) -> FeatureSpace:
    """TF-IDF vectors for notes; IDF comes from these notes only. `check` may cancel."""
    raw = []
    for n, text in enumerate(texts):
        if n % 512 == 0:
            check()
        raw.append(raw_features(text, lexicon, weights))
    idf = inverse_document_frequency((c for c, _ in raw), len(raw))
    vectors = [_unit({f: (1.0 + math.log(w) if w > 1 else w) * idf[f] for f, w in c.items()})
               for c, _ in raw]
    sources = [{f: tuple(ls) for f, ls in s.items()} for _, s in raw]
    return FeatureSpace(vectors, sources, idf)


def inverse_document_frequency(counts: Iterable[Mapping[str, float]], n: int) -> dict[str, float]:
    """Smoothed IDF: ln((1 + n) / (1 + df)) + 1, so no feature weighs zero."""
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    return {f: math.log((1 + n) / (1 + d)) + 1.0 for f, d in df.items()}


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {f: w / norm for f, w in vector.items()} if norm else {}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two unit vectors, clipped to [0, 1]."""
    if len(a) > len(b):
        a, b = b, a
    return min(1.0, max(0.0, sum(w * b.get(f, 0.0) for f, w in a.items())))


def centroid(vectors: Iterable[Mapping[str, float]]) -> dict[str, float]:
    """Unit-length mean of unit vectors."""
    total: Counter[str] = Counter()
    for v in vectors:
        total.update(v)
    return _unit(dict(total))

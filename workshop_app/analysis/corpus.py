"""One analysed snapshot of a workshop's notes, shared by every kind of suggestion.

A `Corpus` holds the notes (sorted by id), their analysis, and their TF-IDF
vectors as flat numpy arrays (row, feature, weight). Best clusters, new
groups, duplicates and similar notes all read this one object, so a refresh
analyses each note once.

What can be kept between refreshes is kept in a `FeatureMemo`: the raw
feature counts of a note depend only on its words, so adding one note to a
workshop of 2,000 computes one note's counts. The weights cannot be kept:
the IDF of every feature depends on how many notes there are, so one more
note changes every weight (a little) and every similarity. They are
recomputed from the kept counts with array arithmetic, which is cheap.

Vectors only hold weights; the lemmas behind each feature (for explanations)
are looked up for the few notes whose suggestions are explained.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from workshop_app.analysis.analyzer import AnalysedText
from workshop_app.analysis.features import ConceptLexicon, Weights, raw_features
from workshop_app.analysis.results import Note

if TYPE_CHECKING:
    from workshop_app.analysis.similarity import SimilarityMatrix

CONCEPT, WORD = "c:", "w:"


class FeatureMemo:
    """Raw feature counts of analysed notes, kept while a workshop is open.

    Features get a number on first sight (`names[number]`), so the numbers
    depend on the order notes were analysed in, and a corpus keeps them. No
    answer may depend on them: a note's own features are summed in the order
    its analysis lists them, and sums across features run in name order (the
    similarity matrix's columns, a cluster's centroid); a new sum over
    features must do the same. Thread-safe: numbers are handed out under a lock, and the kept
    entries depend only on their key, so two threads computing one agree.
    """

    def __init__(self, lexicon: ConceptLexicon | None, weights: Weights) -> None:
        self.lexicon = lexicon
        self.weights = weights
        self.names: list[str] = []
        self._number: dict[str, int] = {}
        self._counts: dict[tuple[str, ...], tuple[np.ndarray, np.ndarray]] = {}
        self._sources: dict[tuple[tuple[str, ...], tuple[str, ...]],
                            dict[str, tuple[str, ...]]] = {}
        self._incidence: dict[tuple[tuple[str, ...], tuple[str, ...]],
                              tuple[np.ndarray, np.ndarray]] = {}
        self.lemmas: list[str] = []
        self._lemma_number: dict[str, int] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._counts)

    def number(self, feature: str) -> int | None:
        """The number of a feature seen before, else None."""
        return self._number.get(feature)

    def counts(self, text: AnalysedText) -> tuple[np.ndarray, np.ndarray]:
        """(feature numbers, log-scaled term weights) of one analysed note."""
        key = text.keys
        found = self._counts.get(key)
        if found is None:
            counts, sources = raw_features(text, self.lexicon, self.weights)
            self._sources[(key, text.lemmas)] = {f: tuple(ls) for f, ls in sources.items()}
            numbers = np.fromiter((self._numbered(f) for f in counts), dtype=np.int64,
                                  count=len(counts))
            weights = np.fromiter(((1.0 + math.log(w)) if w > 1 else w for w in counts.values()),
                                  dtype=np.float64, count=len(counts))
            found = self._counts[key] = (numbers, weights)
        return found

    def sources(self, text: AnalysedText) -> dict[str, tuple[str, ...]]:
        """The lemmas of a note behind each of its features (for explanations)."""
        key = (text.keys, text.lemmas)
        found = self._sources.get(key)
        if found is None:
            _counts, lemmas = raw_features(text, self.lexicon, self.weights)
            found = self._sources[key] = {f: tuple(ls) for f, ls in lemmas.items()}
        return found

    def incidence(self, text: AnalysedText) -> tuple[np.ndarray, np.ndarray]:
        """(feature numbers, lemma numbers): each lemma of a note under each of its features."""
        key = (text.keys, text.lemmas)
        found = self._incidence.get(key)
        if found is None:
            pairs = [(self._numbered(f), self._lemma(lemma))
                     for f, lemmas in self.sources(text).items() for lemma in dict.fromkeys(lemmas)]
            found = self._incidence[key] = (np.array([f for f, _ in pairs], dtype=np.int64),
                                            np.array([w for _, w in pairs], dtype=np.int64))
        return found

    def keep_only(self, texts: Sequence[AnalysedText]) -> None:
        """Forget what was kept for notes no longer in the workshop."""
        keys = [(x.keys, x.lemmas) for x in texts]
        counts, sources, incidence = self._counts, self._sources, self._incidence
        self._counts = {k: counts[k] for k, _ in keys if k in counts}
        self._sources = {k: sources[k] for k in keys if k in sources}
        self._incidence = {k: incidence[k] for k in keys if k in incidence}

    def _lemma(self, lemma: str) -> int:
        number = self._lemma_number.get(lemma)
        if number is None:
            with self._lock:  # a number is handed out once, whichever thread asks
                number = self._lemma_number.get(lemma)
                if number is None:
                    number = len(self.lemmas)
                    self.lemmas.append(lemma)
                    self._lemma_number[lemma] = number
        return number

    def _numbered(self, feature: str) -> int:
        number = self._number.get(feature)
        if number is None:
            with self._lock:
                number = self._number.get(feature)
                if number is None:
                    number = len(self.names)
                    self.names.append(feature)
                    self._number[feature] = number
        return number


@dataclass
class Corpus:
    """Notes sorted by id with their analysis and unit-length TF-IDF vectors.

    Entry e is note `rows[e]`'s weight `values[e]` for feature `features[e]`
    (a number into `names`); entries of a note are contiguous.
    `is_word[f]` says feature f is a lemma itself (not a family or area).
    `lexical_norm[i]` is the length of note i's vector without its
    policy-area features: duplicates compare words and word families only.
    """

    notes: list[Note]
    texts: list[AnalysedText]
    names: list[str]
    rows: np.ndarray
    features: np.ndarray
    values: np.ndarray
    document_frequency: np.ndarray
    idf: np.ndarray
    lexical_norm: np.ndarray
    is_word: np.ndarray
    memo: FeatureMemo
    position: dict[str, int] = field(default_factory=dict)
    _vectors: dict[int, dict[str, float]] = field(default_factory=dict)
    _matrix: SimilarityMatrix | None = None

    def __len__(self) -> int:
        return len(self.notes)

    @classmethod
    def build(cls, notes: list[Note], texts: list[AnalysedText], memo: FeatureMemo) -> Corpus:
        """The corpus of `notes` (sorted by id, one analysis each)."""
        n = len(notes)
        counted = [memo.counts(t) for t in texts]
        lengths = np.fromiter((len(c[0]) for c in counted), dtype=np.int64, count=n)
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        features = (np.concatenate([c[0] for c in counted]) if n else np.zeros(0, np.int64))
        scaled = (np.concatenate([c[1] for c in counted]) if n else np.zeros(0))
        df = np.bincount(features, minlength=len(memo.names))
        idf = np.log((1 + n) / (1 + df)) + 1.0
        weights = scaled * idf[features]
        norm = np.sqrt(np.bincount(rows, weights * weights, minlength=n))
        values = weights / np.where(norm > 0, norm, 1.0)[rows]
        concept = np.fromiter((name.startswith(CONCEPT) for name in memo.names), dtype=bool,
                              count=len(memo.names))
        is_word = np.fromiter((name.startswith(WORD) for name in memo.names), dtype=bool,
                              count=len(memo.names))
        lexical = ~concept[features]
        lexical_norm = np.sqrt(np.bincount(rows[lexical], values[lexical] ** 2, minlength=n))
        return cls(notes, texts, memo.names, rows, features, values, df, idf, lexical_norm,
                   is_word, memo, {note.id: i for i, note in enumerate(notes)})

    @property
    def matrix(self) -> SimilarityMatrix:
        """Cosine similarities of these notes (built on first use)."""
        if self._matrix is None:
            from workshop_app.analysis.similarity import SimilarityMatrix

            self._matrix = SimilarityMatrix(self)
        return self._matrix

    def entries(self, i: int) -> slice:
        """Where note i's entries are in `features` and `values`."""
        start, end = np.searchsorted(self.rows, [i, i + 1])
        return slice(int(start), int(end))

    def vector(self, i: int) -> dict[str, float]:
        """Note i's unit vector, feature name -> weight."""
        found = self._vectors.get(i)
        if found is None:
            part = self.entries(i)
            found = self._vectors[i] = {self.names[f]: float(v) for f, v in
                                        zip(self.features[part].tolist(),
                                            self.values[part].tolist(), strict=True)}
        return found

    def sources(self, i: int) -> dict[str, tuple[str, ...]]:
        """The lemmas of note i behind each of its features (for explanations)."""
        return self.memo.sources(self.texts[i])

    def idf_of(self, feature: str) -> float:
        """The IDF of a feature in this corpus (1.0 for one it does not know)."""
        number = self.memo.number(feature)
        return 1.0 if number is None or number >= len(self.idf) else float(self.idf[number])

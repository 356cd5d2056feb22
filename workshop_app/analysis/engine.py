"""SuggestionEngine: similar notes, likely duplicates, best clusters, new groups.

Pure and deterministic: the same notes give the same answers in any input
order (notes are sorted by id first; ties are broken by id). Long calls take
`cancel` and raise `Cancelled`. Every answer carries the words that explain it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from workshop_app.analysis.analyzer import AnalysedText, TextAnalyzer
from workshop_app.analysis.explain import name_from, shared_words
from workshop_app.analysis.features import (
    ConceptLexicon,
    FeatureSpace,
    Weights,
    build_space,
    family_stem,
)
from workshop_app.analysis.results import (
    CancelCheck,
    Candidate,
    DuplicatePair,
    Note,
    Similar,
    SuggestedGroup,
    cancel_checker,
)
from workshop_app.analysis.text import fold

if TYPE_CHECKING:  # numpy and networkx load on first use, never on the GUI thread's import
    from workshop_app.analysis.similarity import SimilarityMatrix


@dataclass(frozen=True)
class Settings:
    """The engine's few knobs; defaults picked by topic-split cross-validation.

    See bench/suggest_quality.py (`--cv`): the chosen values sit inside a flat
    optimum, not at the edge of the grid searched.
    """

    weights: Weights = field(default_factory=lambda: Weights(family=0.5, concept=2.0))
    use_lexicon: bool = True
    member_share: float = 0.25
    """Best-cluster score = share x (mean of the 2 most similar members) + rest x centroid."""
    graph_neighbours: int = 8
    resolution: float = 1.0
    min_edge: float = 0.05
    duplicate_score: float = 0.75
    min_similar: float = 0.05


@dataclass
class _Prepared:
    """Notes sorted by id with their analysis and vectors (cached per note set)."""

    notes: list[Note]
    position: dict[str, int]
    texts: list[AnalysedText]
    space: FeatureSpace
    _matrix: SimilarityMatrix | None = None

    @property
    def matrix(self) -> SimilarityMatrix:
        if self._matrix is None:
            from workshop_app.analysis.similarity import SimilarityMatrix  # lazy: numpy

            self._matrix = SimilarityMatrix(self.space)
        return self._matrix


class SuggestionEngine:
    """Suggestions for a workshop's notes, explained in shared words.

    Thread-safe: one engine may serve a worker thread while the GUI thread
    asks for cheap answers; it caches the analysis of the last note set.
    """

    def __init__(self, analyzer: TextAnalyzer | None = None, settings: Settings | None = None,
                 lexicon: ConceptLexicon | None = None) -> None:
        self.analyzer = analyzer or TextAnalyzer()
        self.settings = settings or Settings()
        self._lexicon = (lexicon or ConceptLexicon()) if self.settings.use_lexicon else None
        self._lock = threading.Lock()
        self._cache: dict[tuple[bool, tuple[tuple[str, str], ...]], _Prepared] = {}

    # -- public API ---------------------------------------------------------------

    def similar(self, notes: Sequence[Note], note_id: str, k: int = 5) -> list[Similar]:
        """The k notes most like `note_id`, best first; [] for an unknown id."""
        prep = self._prepare(notes)
        i = prep.position.get(note_id)
        if i is None:
            return []
        found = prep.matrix.neighbours(k, self.settings.min_similar, rows=[i])[i]
        return [Similar(prep.notes[j].id, round(score, 4), self._explain(prep, i, j))
                for j, score in found]

    def duplicates(self, notes: Sequence[Note], min_score: float | None = None,
                   cancel: CancelCheck = None) -> list[DuplicatePair]:
        """Pairs of notes that say nearly the same thing, most similar first.

        Compared on words and word families only (no policy areas), so two
        different ideas about the same area are not called duplicates.
        """
        threshold = self.settings.duplicate_score if min_score is None else min_score
        check = cancel_checker(cancel)
        prep = self._prepare(notes, lexical=True, check=check)
        unique: dict[tuple[int, int], DuplicatePair] = {}
        near_all = prep.matrix.neighbours(10, threshold - 1e-9, check=check)
        for i, near in sorted(near_all.items()):
            for j, score in near:
                a, b = min(i, j), max(i, j)
                if (a, b) not in unique:
                    unique[(a, b)] = DuplicatePair(prep.notes[a].id, prep.notes[b].id,
                                                   round(score, 4), self._explain(prep, a, b))
        return sorted(unique.values(), key=lambda p: (-p.score, p.a, p.b))

    def best_clusters(self, notes: Sequence[Note], assignment: Mapping[str, str], k: int = 3,
                      cancel: CancelCheck = None) -> dict[str, list[Candidate]]:
        """For each note not in `assignment`, the k likeliest clusters, best first.

        A cluster's score blends its centroid's similarity with that of its
        most similar members (a cluster can hold two sub-themes).
        """
        check = cancel_checker(cancel)
        prep = self._prepare(notes, check=check)
        members: dict[str, list[int]] = {}
        for note_id, cluster in sorted(assignment.items()):
            if note_id in prep.position:
                members.setdefault(str(cluster), []).append(prep.position[note_id])
        unplaced = [i for i, n in enumerate(prep.notes) if n.id not in assignment]
        if not members or not unplaced:
            return {prep.notes[i].id: [] for i in unplaced}
        from workshop_app.analysis.ranking import rank_clusters  # lazy: numpy

        ranked = rank_clusters(prep.matrix, prep.space, members, unplaced, k,
                               self.settings.member_share, check)
        return {prep.notes[i].id: [Candidate(c, round(score, 4), words)
                                   for c, score, words in cands if score > 0]
                for i, cands in ranked.items()}

    def suggest_groups(self, notes: Sequence[Note], cancel: CancelCheck = None
                       ) -> list[SuggestedGroup]:
        """Groups of similar notes with a proposed name; singletons are left out."""
        check = cancel_checker(cancel)
        prep = self._prepare(notes, check=check)
        s = self.settings
        from workshop_app.analysis.grouping import (  # lazy: networkx
            communities,
            knn_graph,
        )

        graph = knn_graph(prep.matrix.neighbours(s.graph_neighbours, s.min_edge, check=check))
        check()
        groups = [g for g in communities(graph, s.resolution, check=check) if len(g) > 1]
        check()
        out = [self._describe(prep, g) for g in groups]
        return sorted(out, key=lambda g: (-len(g.idea_ids), g.idea_ids))

    def propose_name(self, texts: Sequence[str]) -> str:
        """A short name for a cluster from its notes' most telling words ("" if none)."""
        if not texts:
            return ""
        notes = [Note(f"{i:06d}", t) for i, t in enumerate(texts)]
        prep = self._analyse(notes, lexical=False, check=lambda: None)  # not cached
        return self._describe(prep, range(len(notes))).name

    # -- internals ----------------------------------------------------------------

    def _prepare(self, notes: Sequence[Note], lexical: bool = False,
                 check: Callable[[], None] = lambda: None) -> _Prepared:
        """Analysis and vectors of `notes`, from the cache when the notes are unchanged."""
        # Sorted by id (then text, should an id repeat): input order never matters.
        ordered = list({n.id: n for n in sorted(notes, key=lambda n: (n.id, n.text))}.values())
        key = (lexical, tuple((n.id, n.text) for n in ordered))
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None:
            return cached
        prep = self._analyse(ordered, lexical, check)
        with self._lock:
            self._cache = {k: v for k, v in self._cache.items() if k[0] != lexical}
            self._cache[key] = prep
        return prep

    def _analyse(self, ordered: list[Note], lexical: bool, check: Callable[[], None]
                 ) -> _Prepared:
        texts = self.analyzer.analyse([n.text for n in ordered], check)
        weights = Weights(self.settings.weights.family, 0.0) if lexical else self.settings.weights
        space = build_space(texts, None if lexical else self._lexicon, weights, check)
        return _Prepared(ordered, {n.id: i for i, n in enumerate(ordered)}, texts, space)

    def _explain(self, prep: _Prepared, i: int, j: int) -> tuple[str, ...]:
        space = prep.space
        return shared_words(space.vectors[i], space.sources[i], space.vectors[j],
                            space.sources[j])

    def _describe(self, prep: _Prepared, group: Iterable[int]) -> SuggestedGroup:
        members = sorted(group)
        words = _telling_lemmas(prep, members)
        return SuggestedGroup(tuple(prep.notes[m].id for m in members), name_from(words),
                              tuple(words))


def _telling_lemmas(prep: _Prepared, members: Sequence[int], limit: int = 5) -> list[str]:
    """Lemmas that best characterise a group of notes, most telling first.

    A lemma scores by how many members use it (x its IDF), plus how many
    members share its word family or policy area: so a group about transport
    is named after its transport words even when no two notes use the same one.
    """
    space = prep.space
    feature_df: dict[str, int] = {}
    for m in members:
        for feature in space.vectors[m]:
            feature_df[feature] = feature_df.get(feature, 0) + 1
    scores: dict[str, float] = {}
    for m in members:
        for feature, lemmas in space.sources[m].items():
            shared = feature_df.get(feature, 0) - (0 if feature.startswith("w:") else 1)
            if shared <= 0:
                continue
            gain = shared * space.idf.get(feature, 1.0) * (1.0 if feature.startswith("w:") else 0.5)
            for lemma in set(lemmas):
                scores[lemma] = scores.get(lemma, 0.0) + gain
    chosen: list[str] = []
    families: set[str] = set()
    for lemma in sorted(scores, key=lambda w: (-scores[w], w)):
        family = family_stem(fold(lemma))
        if family not in families:  # "kolej, kolejowy" says one thing twice
            chosen.append(lemma)
            families.add(family)
        if len(chosen) == limit:
            break
    return chosen

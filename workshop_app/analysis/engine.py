"""SuggestionEngine: similar notes, likely duplicates, best clusters, new groups.

Pure and deterministic: the same notes give the same answers in any input
order (notes are sorted by id first; ties are broken by id). Long calls take
`cancel` and raise `Cancelled`. Every answer carries the words that explain it.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from workshop_app.analysis.analyzer import TextAnalyzer
from workshop_app.analysis.explain import name_from, shared_words
from workshop_app.analysis.features import ConceptLexicon, Weights, family_stem
from workshop_app.analysis.incremental import AnalysisState
from workshop_app.analysis.results import (
    CancelCheck,
    Candidate,
    DuplicatePair,
    Note,
    Similar,
    SuggestedGroup,
    WorkshopSuggestions,
    cancel_checker,
)
from workshop_app.analysis.text import fold

if TYPE_CHECKING:  # numpy loads on first use, never on the GUI thread's import
    import numpy as np

    from workshop_app.analysis.corpus import Corpus, FeatureMemo

CONCEPT = "c:"
"""The prefix of policy-area features (see `features.py`)."""


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


class SuggestionEngine:
    """Suggestions for a workshop's notes, explained in shared words.

    Thread-safe: one engine may serve a worker thread while the GUI thread
    asks for cheap answers. It keeps each note's analysis while it lives (one
    engine per open workshop), so a refresh after one more note analyses one
    note; and it keeps the last note set's corpus, so asking about the same
    notes again computes nothing twice.
    """

    def __init__(self, analyzer: TextAnalyzer | None = None, settings: Settings | None = None,
                 lexicon: ConceptLexicon | None = None) -> None:
        self.analyzer = analyzer or TextAnalyzer()
        self.settings = settings or Settings()
        lexicon = (lexicon or ConceptLexicon()) if self.settings.use_lexicon else None
        self._lexicon = lexicon
        self._state = AnalysisState(self.analyzer)
        self._features: FeatureMemo | None = None
        self._lock = threading.Lock()
        self._last: tuple[tuple[tuple[str, str], ...], Corpus] | None = None

    # -- public API ---------------------------------------------------------------

    def suggest(self, notes: Sequence[Note], assignment: Mapping[str, str],
                cancel: CancelCheck = None) -> WorkshopSuggestions:
        """Everything at once, from one analysis and one pass over the similarities:
        the best clusters of every note not in `assignment`, new groups among
        those notes, and likely duplicates among all notes."""
        check = cancel_checker(cancel)
        corpus = self._corpus(notes, check)
        unplaced = [i for i, n in enumerate(corpus.notes) if n.id not in assignment]
        return self._pass(corpus, check, assignment=assignment, unplaced=unplaced,
                          group=unplaced if len(unplaced) > 1 else [],
                          duplicate_score=self.settings.duplicate_score)

    def similar(self, notes: Sequence[Note], note_id: str, k: int = 5) -> list[Similar]:
        """The k notes most like `note_id`, best first; [] for an unknown id."""
        corpus = self._corpus(notes, lambda: None)
        i = corpus.position.get(note_id)
        if i is None:
            return []
        import numpy as np

        from workshop_app.analysis.similarity import top_k

        full, _ = corpus.matrix.scores(np.array([i]))
        return [Similar(corpus.notes[j].id, round(score, 4), self._explain(corpus, i, j))
                for j, score in top_k(full[0], k, self.settings.min_similar)]

    def duplicates(self, notes: Sequence[Note], min_score: float | None = None,
                   cancel: CancelCheck = None) -> list[DuplicatePair]:
        """Pairs of notes that say nearly the same thing, most similar first.

        Compared on words and word families only (no policy areas), so two
        different ideas about the same area are not called duplicates.
        """
        threshold = self.settings.duplicate_score if min_score is None else min_score
        check = cancel_checker(cancel)
        return self._pass(self._corpus(notes, check), check, duplicate_score=threshold
                          ).duplicates

    def best_clusters(self, notes: Sequence[Note], assignment: Mapping[str, str], k: int = 3,
                      cancel: CancelCheck = None) -> Mapping[str, list[Candidate]]:
        """For each note not in `assignment`, the k likeliest clusters, best first.

        A cluster's score blends its centroid's similarity with that of its
        most similar members (a cluster can hold two sub-themes).
        """
        check = cancel_checker(cancel)
        corpus = self._corpus(notes, check)
        unplaced = [i for i, n in enumerate(corpus.notes) if n.id not in assignment]
        return self._pass(corpus, check, assignment=assignment, unplaced=unplaced, k=k
                          ).candidates

    def suggest_groups(self, notes: Sequence[Note], cancel: CancelCheck = None
                       ) -> list[SuggestedGroup]:
        """Groups of similar notes with a proposed name; singletons are left out."""
        check = cancel_checker(cancel)
        corpus = self._corpus(notes, check)
        return self._pass(corpus, check, group=list(range(len(corpus)))).new_groups

    def propose_name(self, texts: Sequence[str]) -> str:
        """A short name for a cluster from its notes' most telling words ("" if none)."""
        if not texts:
            return ""
        from workshop_app.analysis.corpus import Corpus, FeatureMemo  # lazy: numpy

        notes = [Note(f"{i:06d}", t) for i, t in enumerate(texts)]
        analysed = self.analyzer.analyse(texts)  # on its own: not the workshop's notes
        corpus = Corpus.build(notes, analysed, FeatureMemo(self._lexicon, self.settings.weights))
        return name_from(_telling_lemmas(corpus, [list(range(len(notes)))])[0])

    # -- internals ----------------------------------------------------------------

    def _corpus(self, notes: Sequence[Note], check: Callable[[], None]) -> Corpus:
        """The analysed notes, from the last call when the notes are unchanged."""
        # Sorted by id (then text, should an id repeat): input order never matters.
        ordered = list({n.id: n for n in sorted(notes, key=lambda n: (n.id, n.text))}.values())
        key = tuple((n.id, n.text) for n in ordered)
        last = self._last
        if last is not None and last[0] == key:
            return last[1]
        from workshop_app.analysis.corpus import Corpus, FeatureMemo  # lazy: numpy

        with self._lock:  # one analysis state, updated by one thread at a time
            texts = self.analyzer.analyse([n.text for n in ordered], check, self._state)
            if self._features is None:
                self._features = FeatureMemo(self._lexicon, self.settings.weights)
            features = self._features
        check()
        corpus = Corpus.build(ordered, texts, features)
        self._last = (key, corpus)
        if len(features) > 2 * len(ordered) + 1000:  # edited and deleted notes
            features.keep_only(corpus.texts)
        return corpus

    def _pass(self, corpus: Corpus, check: Callable[[], None], *,
              assignment: Mapping[str, str] | None = None, unplaced: Sequence[int] = (),
              group: Sequence[int] = (), duplicate_score: float | None = None, k: int = 3
              ) -> WorkshopSuggestions:
        """One pass over the similarity blocks that feeds every kind of suggestion asked for."""
        import numpy as np

        from workshop_app.analysis.ranking import ClusterRanker
        from workshop_app.analysis.similarity import top_k_rows

        s = self.settings
        n = len(corpus)
        members: dict[str, list[int]] = {}
        for note_id, cluster in sorted((assignment or {}).items()):
            if note_id in corpus.position:
                members.setdefault(str(cluster), []).append(corpus.position[note_id])
        ranker = (ClusterRanker(corpus, members, k, s.member_share)
                  if members and unplaced else None)
        is_unplaced = np.zeros(n, dtype=bool)
        is_unplaced[list(unplaced)] = True
        group_columns = np.asarray(group, dtype=np.int64)
        in_group = np.zeros(n, dtype=bool)
        in_group[group_columns] = True
        near: list[list[tuple[int, float]]] = [[] for _ in group]
        slot = (np.cumsum(in_group) - 1).tolist()  # a grouped note's place among `group`
        pairs: dict[tuple[int, int], float] = {}
        wanted = (range(n) if duplicate_score is not None
                  else np.flatnonzero(is_unplaced | in_group).tolist())
        for block in corpus.matrix.blocks(wanted, duplicate_score is not None, check):
            part, full = block.rows, block.full
            if duplicate_score is not None:
                found_pairs = block.word_neighbours(10, duplicate_score - 1e-9)
                for i, found in zip(part.tolist(), found_pairs, strict=True):
                    for j, score in found:
                        pairs.setdefault((min(i, j), max(i, j)), score)
            # The rows of notes to rank or group (in a refresh: the unplaced ones), once.
            chosen = (in_group | is_unplaced)[part]
            if not chosen.any():
                continue
            rows = part[chosen]
            rows_full = full if len(rows) == len(part) else full[chosen]
            if len(group_columns):
                grouped = in_group[rows]
                among = rows_full if len(group_columns) == n else rows_full[:, group_columns]
                found_near = top_k_rows(among if grouped.all() else among[grouped],
                                        s.graph_neighbours, s.min_edge)
                for i, found in zip(rows[grouped].tolist(), found_near, strict=True):
                    near[slot[i]] = found
            if ranker is not None:
                ranked = is_unplaced[rows]
                ranker.add(rows[ranked], rows_full if ranked.all() else rows_full[ranked])
        check()
        groups = self._groups(corpus, group_columns, near, check) if len(group) > 1 else []
        candidates: dict[str, list[Candidate]] = {corpus.notes[i].id: [] for i in unplaced}
        if ranker is not None:
            for i, cands in ranker.ranked.items():
                candidates[corpus.notes[i].id] = [Candidate(c, round(score, 4), words)
                                                  for c, score, words in cands if score > 0]
        duplicates = sorted((DuplicatePair(corpus.notes[a].id, corpus.notes[b].id,
                                           round(score, 4), self._explain(corpus, a, b, True))
                             for (a, b), score in pairs.items()),
                            key=lambda p: (-p.score, p.a, p.b))
        return WorkshopSuggestions(candidates, groups, duplicates)

    def _groups(self, corpus: Corpus, group: np.ndarray, near: list[list[tuple[int, float]]],
                check: Callable[[], None]) -> list[SuggestedGroup]:
        from workshop_app.analysis.louvain import knn_adjacency, louvain_levels

        s = self.settings
        levels = list(louvain_levels(knn_adjacency(near), s.resolution, seed=0, check=check))
        found = [group[c].tolist() for c in (levels[-1] if levels else []) if len(c) > 1]
        check()
        out = [SuggestedGroup(tuple(corpus.notes[m].id for m in members), name_from(words),
                              tuple(words))
               for members, words in zip(found, _telling_lemmas(corpus, found), strict=True)]
        return sorted(out, key=lambda g: (-len(g.idea_ids), g.idea_ids))

    def _explain(self, corpus: Corpus, i: int, j: int, words_only: bool = False
                 ) -> tuple[str, ...]:
        vectors = [corpus.vector(i), corpus.vector(j)]
        sources = [corpus.sources(i), corpus.sources(j)]
        if words_only:  # duplicates: the words, not the policy areas
            vectors = [{f: w for f, w in v.items() if not f.startswith(CONCEPT)} for v in vectors]
        return shared_words(vectors[0], sources[0], vectors[1], sources[1])



def _telling_lemmas(corpus: Corpus, groups: Sequence[Sequence[int]], limit: int = 5
                    ) -> list[list[str]]:
    """For each group of notes, the lemmas that best characterise it, most telling first.

    A lemma scores by how many members use it (x its IDF), plus how many
    members share its word family or policy area: so a group about transport
    is named after its transport words even when no two notes use the same one.
    All groups are scored in one go (array arithmetic over every member).
    """
    import numpy as np

    if not groups:
        return []
    memo = corpus.memo
    width = len(corpus.idf)
    label = np.full(len(corpus), -1, dtype=np.int64)
    for g, members in enumerate(groups):
        label[np.asarray(members, dtype=np.int64)] = g
    entry_group = label[corpus.rows]
    inside = entry_group >= 0
    # How many members of each group have each feature: counted by (group, feature) key.
    used, feature_df = np.unique(entry_group[inside] * width + corpus.features[inside],
                                 return_counts=True)
    pairs = [(g, memo.incidence(corpus.texts[m])) for g, members in enumerate(groups)
             for m in members]
    features = np.concatenate([f for _, (f, _w) in pairs])
    lemmas = np.concatenate([w for _, (_f, w) in pairs])
    owner = np.repeat([g for g, _ in pairs], [len(f) for _, (f, _w) in pairs])
    word = corpus.is_word[features]
    shared = feature_df[np.searchsorted(used, owner * width + features)] - np.where(word, 0, 1)
    gain = shared * corpus.idf[features] * np.where(word, 1.0, 0.5)
    kept = shared > 0
    lemma_width = len(memo.lemmas)
    scored, inverse = np.unique(owner[kept] * lemma_width + lemmas[kept], return_inverse=True)
    totals = np.bincount(inverse, gain[kept], minlength=len(scored))
    found: list[dict[str, float]] = [{} for _ in groups]
    for key, total in zip(scored.tolist(), totals.tolist(), strict=True):
        g, w = divmod(key, lemma_width)
        found[g][memo.lemmas[w]] = total
    return [_best_lemmas(scores, limit) for scores in found]


def _best_lemmas(scores: Mapping[str, float], limit: int) -> list[str]:
    """The best-scoring lemmas, one per word family ("kolej, kolejowy" says one thing twice)."""
    # The best few usually cover `limit` families; sort everything only when they do not.
    for candidates in (heapq.nsmallest(4 * limit, scores, key=lambda w: (-scores[w], w)),
                       sorted(scores, key=lambda w: (-scores[w], w))):
        chosen: list[str] = []
        families: set[str] = set()
        for lemma in candidates:
            family = family_stem(fold(lemma))
            if family not in families:
                chosen.append(lemma)
                families.add(family)
            if len(chosen) == limit:
                return chosen
    return chosen

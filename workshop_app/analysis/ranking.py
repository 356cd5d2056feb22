"""Best clusters for unplaced notes: centroid plus nearest-member evidence."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from workshop_app.analysis.corpus import Corpus
from workshop_app.analysis.explain import merge_sources, shared_words
from workshop_app.analysis.similarity import top_k_rows

RankedClusters = dict[int, list[tuple[str, float, tuple[str, ...]]]]


class ClusterRanker:
    """The k best clusters for each unplaced note, with the words that explain each.

    Score = member_share x (mean similarity to the cluster's 2 most similar
    members) + (1 - member_share) x (similarity to the cluster's centroid).
    The member part lets a cluster with two sub-themes attract both; the
    centroid part keeps one stray member from pulling notes in.

    Fed with the blocks of similarities the engine computes once per refresh
    (`add`), so ranking adds no pass of its own over the notes.
    """

    def __init__(self, corpus: Corpus, members: Mapping[str, Sequence[int]], k: int,
                 member_share: float) -> None:
        self.corpus = corpus
        self.clusters = sorted(members)
        self.k = k
        self.member_share = member_share
        self._columns = [np.asarray(members[c], dtype=np.int64) for c in self.clusters]
        self._centroids = [_centroid(corpus, cols) for cols in self._columns]
        features = np.concatenate([f for f, _ in self._centroids]) if self._centroids else (
            np.zeros(0, np.int64))
        values = np.concatenate([v for _, v in self._centroids]) if self._centroids else (
            np.zeros(0))
        rows = np.repeat(np.arange(len(self._centroids)), [len(f) for f, _ in self._centroids])
        self._centroid_rows = corpus.matrix.encode(features, rows, values.astype(np.float32),
                                                   len(self.clusters))
        self._explained: dict[int, tuple[dict[str, float], dict[str, tuple[str, ...]]]] = {}
        self.ranked: RankedClusters = {}

    def add(self, part: np.ndarray, block: np.ndarray) -> None:
        """Rank the notes `part` (all unplaced) from their rows of full similarities."""
        if not len(part):
            return
        to_centroids = self.corpus.matrix.against(part, self._centroid_rows)
        nearest = np.stack([_mean_top2(block[:, cols]) for cols in self._columns], axis=1)
        share = self.member_share
        combined = np.round(share * nearest + (1 - share) * to_centroids, 5)
        # Clusters are sorted by id, so ties go to the lower cluster id.
        for i, found in zip(part.tolist(), top_k_rows(combined, self.k, -1.0), strict=True):
            self.ranked[i] = [(self.clusters[c], max(0.0, score), self._words(i, c))
                              for c, score in found]

    def _words(self, i: int, c: int) -> tuple[str, ...]:
        explained = self._explained.get(c)
        if explained is None:
            features, values = self._centroids[c]
            names = self.corpus.names
            vector = {names[f]: float(v) for f, v in zip(features.tolist(), values.tolist(),
                                                         strict=True)}
            sources = merge_sources([self.corpus.sources(m) for m in self._columns[c].tolist()])
            explained = self._explained[c] = (vector, sources)
        return shared_words(self.corpus.vector(i), self.corpus.sources(i), *explained)


def _centroid(corpus: Corpus, members: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(feature numbers, weights) of the unit-length mean of the members' vectors.

    Features in name order, and the length summed exactly (`math.fsum`),
    so the weights, to the last bit, do not depend on how the features were
    numbered (the order notes were analysed in) nor on how BLAS groups a sum."""
    chosen = np.isin(corpus.rows, members)
    features, inverse = np.unique(corpus.features[chosen], return_inverse=True)
    total = np.bincount(inverse, weights=corpus.values[chosen], minlength=len(features))
    names = corpus.names
    order = np.array(sorted(range(len(features)), key=lambda k: names[features[k]]),
                     dtype=np.int64)
    features, total = features[order], total[order]
    norm = math.sqrt(math.fsum((total * total).tolist()))
    return features, (total / norm if norm else total)


def _mean_top2(scores: np.ndarray) -> np.ndarray:
    """Row-wise mean of the two largest values (the value itself for one column)."""
    if scores.shape[1] == 1:
        return scores[:, 0]
    return np.asarray(np.partition(scores, -2, axis=1)[:, -2:].mean(axis=1))

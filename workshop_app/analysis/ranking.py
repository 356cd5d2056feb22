"""Best clusters for unplaced notes: centroid plus nearest-member evidence."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from workshop_app.analysis.explain import merge_sources, shared_words
from workshop_app.analysis.features import FeatureSpace, centroid
from workshop_app.analysis.similarity import SimilarityMatrix, top_k_rows

RankedClusters = dict[int, list[tuple[str, float, tuple[str, ...]]]]


def rank_clusters(matrix: SimilarityMatrix, space: FeatureSpace,
                  members: Mapping[str, Sequence[int]], unplaced: Sequence[int], k: int,
                  member_share: float, check: Callable[[], None]) -> RankedClusters:
    """The k best clusters for each unplaced note, with the words that explain each.

    Score = member_share x (mean similarity to the cluster's 2 most similar
    members) + (1 - member_share) x (similarity to the cluster's centroid).
    The member part lets a cluster with two sub-themes attract both; the
    centroid part keeps one stray member from pulling notes in.
    """
    clusters = sorted(members)
    centroids = [centroid(space.vectors[m] for m in members[c]) for c in clusters]
    centroid_rows = matrix.encode(centroids)
    columns = [np.asarray(members[c], dtype=np.int64) for c in clusters]
    sources = [merge_sources([space.sources[m] for m in members[c]]) for c in clusters]
    ranked: RankedClusters = {}
    for part, block in matrix.blocks(unplaced, check=check):
        to_centroids = matrix.scores(part, centroid_rows)
        nearest = np.stack([_mean_top2(block[:, cols]) for cols in columns], axis=1)
        combined = np.round(member_share * nearest + (1 - member_share) * to_centroids, 5)
        # Clusters are sorted by id, so ties go to the lower cluster id.
        for i, found in zip(part.tolist(), top_k_rows(combined, k, -1.0), strict=True):
            ranked[i] = [(clusters[c], max(0.0, score),
                          shared_words(space.vectors[i], space.sources[i], centroids[c],
                                       sources[c]))
                         for c, score in found]
    return ranked


def _mean_top2(scores: np.ndarray) -> np.ndarray:
    """Row-wise mean of the two largest values (the value itself for one column)."""
    if scores.shape[1] == 1:
        return scores[:, 0]
    return np.asarray(np.partition(scores, -2, axis=1)[:, -2:].mean(axis=1))

"""How good suggestions are: the adjusted Rand index and the evaluation protocol.

The protocol (seeded best-cluster draws, grouping ARI) lives here so that the
quality test and bench/suggest_quality.py measure exactly the same thing.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from typing import Protocol

from workshop_app.analysis.results import Candidate, Note, SuggestedGroup


def _pairs(n: int) -> float:
    return n * (n - 1) / 2


def adjusted_rand_index(truth: Mapping[str, Hashable], predicted: Mapping[str, Hashable]) -> float:
    """ARI of two labelings of the same items: 1 identical, about 0 for chance.

    Items missing from `predicted` count as singletons (each its own group).
    """
    items = sorted(truth)
    if len(items) < 2:
        return 1.0
    labels = {i: predicted.get(i, ("__alone__", i)) for i in items}
    joint = Counter((truth[i], labels[i]) for i in items)
    rows = Counter(truth[i] for i in items)
    cols = Counter(labels[i] for i in items)
    index = sum(_pairs(n) for n in joint.values())
    sum_rows = sum(_pairs(n) for n in rows.values())
    sum_cols = sum(_pairs(n) for n in cols.values())
    expected = sum_rows * sum_cols / _pairs(len(items))
    maximum = (sum_rows + sum_cols) / 2
    if maximum == expected:
        return 1.0 if index == maximum else 0.0
    return (index - expected) / (maximum - expected)


# -- the evaluation protocol shared by tests/test_analysis_quality.py and the bench ----


class _Engine(Protocol):
    def best_clusters(self, notes: Sequence[Note], assignment: Mapping[str, str],
                      k: int = 3) -> Mapping[str, Sequence[Candidate]]: ...

    def suggest_groups(self, notes: Sequence[Note]) -> Sequence[SuggestedGroup]: ...


def seeded_assignment(topics: Mapping[str, str], fraction: float, seed: int) -> dict[str, str]:
    """`fraction` of each topic's notes (rounded, at least one) placed in their topic."""
    by_topic: dict[str, list[str]] = {}
    for note_id, topic in sorted(topics.items()):
        by_topic.setdefault(topic, []).append(note_id)
    rng = random.Random(seed)
    placed: dict[str, str] = {}
    for topic, ids in sorted(by_topic.items()):
        for note_id in rng.sample(ids, max(1, round(fraction * len(ids)))):
            placed[note_id] = topic
    return placed


def best_cluster_accuracy(engine: _Engine, notes: Sequence[Note], topics: Mapping[str, str],
                          draws: int = 20, fraction: float = 0.3) -> tuple[float, float]:
    """(share right first, share right in the top three) over the unplaced notes.

    Each draw (seeds 0..draws-1) places `fraction` of every topic's notes in a
    cluster named after the topic and asks for the best clusters of the rest.
    """
    first = top3 = total = 0
    for seed in range(draws):
        placed = seeded_assignment(topics, fraction, seed)
        for note_id, candidates in engine.best_clusters(notes, placed, k=3).items():
            ranked = [c.cluster_id for c in candidates]
            total += 1
            first += ranked[:1] == [topics[note_id]]
            top3 += topics[note_id] in ranked
    return (first / total, top3 / total) if total else (0.0, 0.0)


def grouping_ari(engine: _Engine, notes: Sequence[Note], topics: Mapping[str, str]) -> float:
    """ARI of `suggest_groups` against the topics (notes left out count as singletons)."""
    groups = engine.suggest_groups(notes)
    predicted = {i: g for g, group in enumerate(groups) for i in group.idea_ids}
    return adjusted_rand_index({n.id: topics[n.id] for n in notes}, predicted)

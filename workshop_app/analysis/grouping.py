"""Grouping notes: a nearest-neighbour graph cut into communities.

`communities()` uses networkx's Louvain method at a fixed seed, so the same
notes always give the same groups.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import networkx as nx


def knn_graph(neighbours: Mapping[int, Sequence[tuple[int, float]]], mutual_bonus: float = 1.0
              ) -> nx.Graph[int]:
    """Undirected graph joining each note to its nearest neighbours.

    An edge found from both ends (mutual neighbours) gets `1 + mutual_bonus`
    times its similarity: mutual links are the reliable ones.
    """
    graph: nx.Graph[int] = nx.Graph()
    graph.add_nodes_from(sorted(neighbours))
    for i, near in sorted(neighbours.items()):
        for j, score in near:
            a, b = (i, j) if i < j else (j, i)
            if graph.has_edge(a, b):
                graph[a][b]["weight"] = score * (1.0 + mutual_bonus)
            else:
                graph.add_edge(a, b, weight=score)
    return graph


def communities(graph: nx.Graph[int], resolution: float = 1.0, seed: int = 0,
                check: Callable[[], None] = lambda: None) -> list[list[int]]:
    """Louvain communities, each sorted, the list sorted by first member (deterministic).

    Same result as `nx.community.louvain_communities` (its last level), but
    `check` runs between levels so a cancellation need not wait for the end.
    """
    if graph.number_of_edges() == 0:
        return [[n] for n in sorted(graph.nodes)]
    found: list[set[int]] = [{n} for n in graph.nodes]
    for level in nx.community.louvain_partitions(graph, weight="weight",
                                                 resolution=resolution, seed=seed):
        check()
        found = level
    return sorted((sorted(c) for c in found), key=lambda c: c[0])

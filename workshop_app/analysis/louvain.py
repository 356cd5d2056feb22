"""Louvain communities on flat lists, fast enough to regroup 2,000 notes while typing.

`louvain_levels` is the algorithm of networkx's `louvain_partitions` (Blondel
et al. 2008; the same seeded shuffle of the nodes, the same modularity gain,
the same aggregation between levels and stopping threshold), on plain lists
instead of networkx graphs, with one change for speed: within a level, nodes
are visited from a queue (see `_one_level`) instead of in full passes until
nothing moves. It is deterministic for a seed. Tests check that its
partitions are as good as networkx's (modularity) and that planted groups are
found; `bench/suggest_quality.py` that suggested groups match people's topics
as well as before.
"""

from __future__ import annotations

import collections
import random
from collections.abc import Callable, Iterator, Sequence

THRESHOLD = 0.0000001
CHECK_EVERY = 2048
"""Node visits between two cancellation checks."""


class Graph:
    """An undirected weighted graph on nodes 0..n-1.

    `adjacency[u]` is a dict neighbour -> weight (both directions are
    stored); a self-loop is a key equal to `u`. Iteration order is insertion
    order, so the same input always gives the same communities.
    """

    def __init__(self, adjacency: list[dict[int, float]]) -> None:
        self.adjacency = adjacency

    def __len__(self) -> int:
        return len(self.adjacency)

    def degrees(self) -> list[float]:
        """Weighted degrees (a self-loop counts twice, as in networkx)."""
        out = []
        for u, near in enumerate(self.adjacency):
            degree = sum(near.values())
            if u in near:
                degree += near[u]
            out.append(degree)
        return out

def knn_adjacency(neighbours: Sequence[Sequence[tuple[int, float]]], mutual_bonus: float = 1.0
                  ) -> Graph:
    """The graph joining each node to its nearest neighbours.

    Node i's neighbours are `neighbours[i]`. An edge found from both ends gets
    `1 + mutual_bonus` times its similarity: mutual links are the reliable ones.
    """
    adjacency: list[dict[int, float]] = [{} for _ in neighbours]
    for i, near in enumerate(neighbours):
        for j, score in near:
            a, b = (i, j) if i < j else (j, i)
            if b in adjacency[a]:
                adjacency[a][b] = adjacency[b][a] = score * (1.0 + mutual_bonus)
            else:
                adjacency[a][b] = score
                adjacency[b][a] = score
    return Graph(adjacency)


def louvain_levels(graph: Graph, resolution: float = 1.0, seed: int = 0,
                   check: Callable[[], None] = lambda: None) -> Iterator[list[list[int]]]:
    """Each level's communities (lists of original nodes), coarsest last.

    `check` runs every `CHECK_EVERY` node visits and may raise to cancel.
    """
    n = len(graph)
    if n == 0:
        return
    if not any(graph.adjacency):
        yield [[u] for u in range(n)]
        return
    rng = random.Random(seed)
    members: list[list[int]] = [[u] for u in range(n)]
    degrees = graph.degrees()
    m = sum(degrees) / 2
    mod = _modularity(graph, list(range(n)), degrees, resolution)
    community, improvement = _one_level(graph, degrees, m, resolution, rng, check)
    while improvement:
        members = _merged(members, community)
        yield [sorted(c) for c in members]
        new_mod = _modularity(graph, community, degrees, resolution)
        if new_mod - mod <= THRESHOLD:
            return
        mod = new_mod
        graph = _aggregated(graph, community)
        degrees = graph.degrees()
        community, improvement = _one_level(graph, degrees, m, resolution, rng, check)


def _one_level(graph: Graph, degrees: list[float], m: float, resolution: float,
               rng: random.Random, check: Callable[[], None]) -> tuple[list[int], bool]:
    """Local moving: each node's community, renumbered 0.. in order of first index.

    Nodes are visited from a queue that starts in a seeded random order; a
    node that moves puts its neighbours outside its new community back in
    the queue. Louvain's original loop visits every node again until a whole
    pass moves none; the queue visits only nodes whose surroundings changed
    (the "fast local move" of Traag, Waltman and van Eck, 2019), several
    times fewer visits for a partition as good.
    """
    n = len(graph)
    node2com = list(range(n))
    stot = list(degrees)
    neighbours = [[(v, w) for v, w in near.items() if v != u]
                  for u, near in enumerate(graph.adjacency)]
    order = list(range(n))
    rng.shuffle(order)
    queue = collections.deque(order)
    queued = [True] * n
    # A node's gain from joining community c, up to terms equal for every c
    # (and times m): w(u, c) - stot(c) x degree(u) x resolution / 2m.
    scale = resolution / (2 * m)
    improvement = False
    visits = 0
    while queue:
        visits += 1
        if visits % CHECK_EVERY == 0:
            check()
        u = queue.popleft()
        queued[u] = False
        weights2com: dict[int, float] = {}
        for v, w in neighbours[u]:
            c = node2com[v]
            weights2com[c] = weights2com.get(c, 0.0) + w
        degree = degrees[u]
        pull = degree * scale
        best_com = was = node2com[u]
        stot[was] -= degree
        best = weights2com.get(was, 0.0) - stot[was] * pull
        for c, wt in weights2com.items():
            gain = wt - stot[c] * pull
            if gain > best:
                best = gain
                best_com = c
        stot[best_com] += degree
        if best_com != was:
            improvement = True
            node2com[u] = best_com
            for v, _w in neighbours[u]:
                if not queued[v] and node2com[v] != best_com:
                    queued[v] = True
                    queue.append(v)
    renumber: dict[int, int] = {}
    for c in sorted(set(node2com)):
        renumber[c] = len(renumber)
    return [renumber[c] for c in node2com], improvement


def _merged(members: list[list[int]], community: list[int]) -> list[list[int]]:
    out: list[list[int]] = [[] for _ in range(max(community) + 1)]
    for node, c in enumerate(community):
        out[c].extend(members[node])
    return out


def _aggregated(graph: Graph, community: list[int]) -> Graph:
    """One node per community, joined by the summed weights between them (with self-loops)."""
    adjacency: list[dict[int, float]] = [{} for _ in range(max(community) + 1)]
    for u, near in enumerate(graph.adjacency):
        a = community[u]
        mine = adjacency[a]
        for v, weight in near.items():
            if v >= u:
                b = community[v]
                total = weight + mine.get(b, 0)
                mine[b] = total
                adjacency[b][a] = total
    return Graph(adjacency)


def _modularity(graph: Graph, community: list[int], degrees: list[float],
                resolution: float) -> float:
    """The modularity of a partition (networkx's `modularity`, resolution included)."""
    inside = [0.0] * (max(community) + 1)
    totals = [0.0] * len(inside)
    for u, near in enumerate(graph.adjacency):
        c = community[u]
        for v, weight in near.items():
            if v >= u and community[v] == c:
                inside[c] += weight
    for u, degree in enumerate(degrees):
        totals[community[u]] += degree
    deg_sum = sum(degrees)
    m = deg_sum / 2
    norm = 1 / deg_sum**2
    return sum(inside[c] / m - resolution * totals[c] * totals[c] * norm
               for c in range(len(inside)))

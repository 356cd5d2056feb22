"""Fast cosine similarities between notes (numpy), blockwise and cancellable.

Only features that at least two notes share can make two notes similar, so
only those are kept. They are split in two: the few *common* ones (policy
areas, frequent words; used by at least 2 % of the notes) form a small dense
matrix multiplied with BLAS; the many *rare* ones are multiplied sparsely
through their posting lists (`np.bincount`), so the cost grows with the
number of shared words, not with notes x vocabulary.

Ranking rounds scores to 5 decimals so that last-bit differences of the
arithmetic never reorder ties; ties go to the lower index (notes are sorted
by id, so: to the lower id).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence

import numpy as np

from workshop_app.analysis.features import FeatureSpace

BLOCK = 256
DECIMALS = 5
COMMON_SHARE = 0.02


def _never() -> None:
    """The default cancellation check: never cancels."""


class SimilarityMatrix:
    """The notes of a `FeatureSpace`, ready for cosine similarities.

    Long methods take `check`, called between blocks; it may raise `Cancelled`.
    """

    def __init__(self, space: FeatureSpace) -> None:
        n = len(space.vectors)
        df = Counter(f for v in space.vectors for f in v)
        shared = sorted(f for f, d in df.items() if d > 1)
        self._column = {f: c for c, f in enumerate(shared)}
        self._width = max(1, len(shared))
        common = np.array([df[f] >= max(2.0, COMMON_SHARE * n) for f in shared], dtype=bool)
        rows, cols, vals = self._triples(space.vectors)
        self._csr = _Csr(n, rows, cols, vals)
        is_common = common[cols] if len(cols) else np.zeros(0, dtype=bool)
        dense_index = np.cumsum(common) - 1
        self._dense = np.zeros((n, max(1, int(common.sum()))), dtype=np.float32)
        self._dense[rows[is_common], dense_index[cols[is_common]]] = vals[is_common]
        rare = ~is_common
        order = np.lexsort((rows[rare], cols[rare]))  # by column, then row: posting lists
        self._post_rows = rows[rare][order]
        self._post_vals = vals[rare][order]
        self._post_ptr = np.searchsorted(cols[rare][order], np.arange(self._width + 1))
        self._rare_rows = _Csr(n, rows[rare], cols[rare], vals[rare])

    def __len__(self) -> int:
        return self._csr.n

    def _triples(self, vectors: Sequence[Mapping[str, float]]
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows, cols, vals = [], [], []
        for r, vector in enumerate(vectors):
            for feature, weight in vector.items():
                c = self._column.get(feature)
                if c is not None:
                    rows.append(r)
                    cols.append(c)
                    vals.append(weight)
        return (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64),
                np.array(vals, dtype=np.float32))

    def encode(self, vectors: Sequence[Mapping[str, float]]) -> np.ndarray:
        """Vectors (e.g. cluster centroids) as dense rows over the shared features."""
        rows, cols, vals = self._triples(vectors)
        matrix = np.zeros((len(vectors), self._width), dtype=np.float32)
        matrix[rows, cols] = vals
        return matrix

    def scores(self, rows: np.ndarray, against: np.ndarray | None = None) -> np.ndarray:
        """Cosines of the given notes with every note, or with the rows of `against`."""
        if against is not None:
            return np.asarray(self._csr.dense(rows, self._width) @ against.T)
        common = np.asarray(self._dense[rows] @ self._dense.T)
        return np.asarray(common + self._rare_scores(rows))

    def _rare_scores(self, rows: np.ndarray) -> np.ndarray:
        n = len(self)
        local, cols, vals = self._rare_rows.entries(rows)
        starts, ends = self._post_ptr[cols], self._post_ptr[cols + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        out: np.ndarray = np.zeros(len(rows) * n, dtype=np.float64)
        if total:
            owner = np.repeat(np.arange(len(cols)), lengths)
            offsets = np.repeat(np.cumsum(lengths) - lengths, lengths)
            position = np.arange(total) - offsets + np.repeat(starts, lengths)
            flat = local[owner] * n + self._post_rows[position]
            out = np.bincount(flat, weights=vals[owner] * self._post_vals[position],
                              minlength=len(rows) * n)
        return out.reshape(len(rows), n).astype(np.float32)

    def blocks(self, rows: Sequence[int], against: np.ndarray | None = None,
               check: Callable[[], None] = _never) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(row indices, score block) pairs covering `rows`, checking cancellation."""
        index = np.asarray(rows, dtype=np.int64)
        for start in range(0, len(index), BLOCK):
            check()
            part = index[start:start + BLOCK]
            yield part, self.scores(part, against)

    def neighbours(self, k: int, min_score: float = 0.0, rows: Sequence[int] | None = None,
                   check: Callable[[], None] = _never) -> dict[int, list[tuple[int, float]]]:
        """Each note's k most similar other notes scoring above `min_score`, best first."""
        wanted = range(len(self)) if rows is None else rows
        found: dict[int, list[tuple[int, float]]] = {}
        for part, block in self.blocks(list(wanted), check=check):
            block[np.arange(len(part)), part] = -1.0  # a note is not its own neighbour
            for i, near in zip(part.tolist(), top_k_rows(block, k, min_score), strict=True):
                found[i] = near
        return found


class _Csr:
    """Row-compressed (row, column, value) triples: the entries of any set of rows."""

    def __init__(self, n: int, rows: np.ndarray, cols: np.ndarray, vals: np.ndarray) -> None:
        order = np.argsort(rows, kind="stable")
        self.n = n
        self.cols, self.vals = cols[order], vals[order]
        self.ptr = np.searchsorted(rows[order], np.arange(n + 1))

    def entries(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(position of the row within `rows`, column, value) of every entry."""
        starts, ends = self.ptr[rows], self.ptr[rows + 1]
        lengths = ends - starts
        owner = np.repeat(np.arange(len(rows)), lengths)
        position = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths,
                                                             lengths) + np.repeat(starts, lengths)
        return owner, self.cols[position], self.vals[position]

    def dense(self, rows: np.ndarray, width: int) -> np.ndarray:
        local, cols, vals = self.entries(rows)
        out = np.zeros((len(rows), width), dtype=np.float32)
        out[local, cols] = vals
        return out


def top_k_rows(block: np.ndarray, k: int, min_score: float = 0.0
               ) -> list[list[tuple[int, float]]]:
    """`top_k` of every row of a block (one partition for the whole block)."""
    if k <= 0 or block.shape[1] == 0:
        return [[] for _ in range(block.shape[0])]
    if block.shape[1] > k:
        kth = np.partition(block, -k, axis=1)[:, -k]
    else:
        kth = np.full(block.shape[0], -np.inf)
    return [_ranked(row, float(t), k, min_score) for row, t in zip(block, kth, strict=True)]


def top_k(scores: np.ndarray, k: int, min_score: float = 0.0) -> list[tuple[int, float]]:
    """The k highest (index, score) above `min_score`; ties to the lower index."""
    return top_k_rows(scores.reshape(1, -1), k, min_score)[0]


def _ranked(scores: np.ndarray, kth: float, k: int, min_score: float
            ) -> list[tuple[int, float]]:
    # Slack below the k-th value: scores equal after rounding must all compete.
    candidates = np.flatnonzero(scores >= max(kth - 10.0 ** -DECIMALS, min_score))
    ranked = sorted((-round(float(scores[j]), DECIMALS), int(j)) for j in candidates)
    return [(j, min(1.0, -s)) for s, j in ranked if -s > min_score][:k]

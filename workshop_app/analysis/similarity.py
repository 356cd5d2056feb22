"""Fast cosine similarities between the notes of a `Corpus` (numpy), blockwise and cancellable.

Only features that at least two notes share can make two notes similar, so
only those are kept, ordered by name. They are split two ways. The few
*common* ones (policy areas, frequent words; used by at least 2 % of the
notes, and every policy area) form small dense matrices multiplied with
BLAS; the many *rare* ones are multiplied sparsely through their posting
lists (`np.bincount`), so the cost grows with the number of shared words,
not with notes x vocabulary.
And *lexical* features (words, word families) are kept apart from *concept*
features (policy areas): one pass gives both the full similarity (for
groups, best clusters, similar notes) and the words-only similarity that
duplicates are judged by, the latter rescaled by the notes' lexical lengths.

Ranking rounds scores to 5 decimals so that last-bit differences of the
arithmetic never reorder ties; ties go to the lower index (notes are sorted
by id, so: to the lower id).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from workshop_app.analysis.corpus import CONCEPT

if TYPE_CHECKING:
    from workshop_app.analysis.corpus import Corpus

BLOCK = 256
DECIMALS = 5
_SLACK = 10.0**-DECIMALS
"""Values this close to a bound may round to a score past it: candidates keep them."""
COMMON_SHARE = 0.02
_SCORE_SPAN = 1 << 17
"""Rounded scores lie in [-1, 1] x 10**DECIMALS, inside (-_SCORE_SPAN, _SCORE_SPAN);
columns (notes) must number under 2**20 and rows under 2**25 for the sort key."""
SAMPLE = 512
"""Columns whose k-th best value bounds a row's k-th best from below (see `top_k_rows`)."""


def _never() -> None:
    """The default cancellation check: never cancels."""


class SimilarityMatrix:
    """The notes of a `Corpus`, ready for cosine similarities.

    Long methods take `check`, called between blocks; it may raise `Cancelled`.
    """

    def __init__(self, corpus: Corpus) -> None:
        n = len(corpus)
        self.n = n
        df = corpus.document_frequency
        shared = sorted((int(f) for f in np.flatnonzero(df > 1)), key=corpus.names.__getitem__)
        column = np.full(len(df), -1, dtype=np.int64)
        column[shared] = np.arange(len(shared))
        self._column_of = column
        self.width = max(1, len(shared))
        is_concept = np.array([corpus.names[f].startswith(CONCEPT) for f in shared], dtype=bool)
        common = np.array([df[f] >= max(2.0, COMMON_SHARE * n) for f in shared], dtype=bool)
        keep = column[corpus.features] >= 0
        rows, cols = corpus.rows[keep], column[corpus.features[keep]]
        vals = corpus.values[keep].astype(np.float32)
        self._csr = _Csr(n, rows, cols, vals)
        # Policy areas are few (tens): always dense, so the sparse part is words only.
        common |= is_concept
        self._dense = {kind: self._dense_part(rows, cols, vals, common & (is_concept == kind))
                       for kind in (False, True)}
        rare = ~common[cols] if len(cols) else np.zeros(0, dtype=bool)
        order = np.lexsort((rows[rare], cols[rare]))  # by column, then row: posting lists
        self._post_rows = rows[rare][order]
        self._post_vals = vals[rare][order]
        self._post_ptr = np.searchsorted(cols[rare][order], np.arange(self.width + 1))
        self._rare_rows = _Csr(n, rows[rare], cols[rare], vals[rare])
        self._lexical_norm = corpus.lexical_norm.astype(np.float32)

    def __len__(self) -> int:
        return self.n

    def _dense_part(self, rows: np.ndarray, cols: np.ndarray, vals: np.ndarray,
                    chosen: np.ndarray) -> np.ndarray:
        index = np.cumsum(chosen) - 1
        mask = chosen[cols] if len(cols) else np.zeros(0, dtype=bool)
        dense = np.zeros((self.n, max(1, int(chosen.sum()))), dtype=np.float32)
        dense[rows[mask], index[cols[mask]]] = vals[mask]
        return dense

    def encode(self, features: np.ndarray, rows: np.ndarray, values: np.ndarray,
               count: int) -> np.ndarray:
        """Sparse vectors (e.g. cluster centroids) as dense rows over the shared features."""
        cols = self._column_of[features]
        keep = cols >= 0
        matrix = np.zeros((count, self.width), dtype=np.float32)
        matrix[rows[keep], cols[keep]] = values[keep]
        return matrix

    def against(self, rows: np.ndarray, other: np.ndarray) -> np.ndarray:
        """Cosines of the given notes with the rows of `other` (from `encode`)."""
        return np.asarray(self._csr.dense(rows, self.width) @ other.T)

    def scores(self, rows: np.ndarray, lexical: bool = False
               ) -> tuple[np.ndarray, np.ndarray | None]:
        """Full cosines of the given notes with every note (a note's score with
        itself is -1), and if asked the words-only dot products, which
        `words_only` turns into cosines where they matter."""
        return self._scores(rows, lexical, _Buffers(len(rows), self.n))

    def _scores(self, rows: np.ndarray, lexical: bool, buffers: _Buffers
                ) -> tuple[np.ndarray, np.ndarray | None]:
        words, full = buffers.take(len(rows))
        np.matmul(self._dense[False][rows], self._dense[False].T, out=words)
        self._add_rare(rows, words)
        np.matmul(self._dense[True][rows], self._dense[True].T, out=full)
        full += words
        own = (np.arange(len(rows)), rows)
        full[own] = -1.0
        if not lexical:
            return full, None
        words[own] = -1.0
        return full, words

    def words_only(self, rows: np.ndarray, words: np.ndarray, k: int, min_score: float,
                   buffers: _Buffers | None = None) -> list[list[tuple[int, float]]]:
        """`top_k_rows` of the words-only cosines (words and families, not areas)
        from a block of words-only dot products: a pair is a candidate when its
        dot product reaches `min_score` x both lexical lengths."""
        norms = self._lexical_norm
        buffers = buffers or _Buffers(len(rows), self.n)
        # Candidates with the rounding slack: `_ranked` decides on rounded scores.
        floor = np.multiply.outer(norms[rows] * np.float32(min_score - _SLACK), norms,
                                  out=buffers.floor(len(rows)))
        r, c = _nonzero(words >= floor)
        scale = norms[rows][r].astype(np.float64) * norms[c].astype(np.float64)
        keep = scale > 0  # a note without words has no words-only similarity
        r, c = r[keep], c[keep]
        return _ranked(r, c, words[r, c].astype(np.float64) / scale[keep], k, min_score,
                       len(rows))

    def _add_rare(self, rows: np.ndarray, out: np.ndarray) -> None:
        """Add the products over rare features of the given notes with every note to `out`."""
        n = self.n
        local, cols, vals = self._rare_rows.entries(rows)
        starts, ends = self._post_ptr[cols], self._post_ptr[cols + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        if not total:
            return
        owner = np.repeat(np.arange(len(cols)), lengths)
        offsets = np.repeat(np.cumsum(lengths) - lengths, lengths)
        position = np.arange(total) - offsets + np.repeat(starts, lengths)
        flat = local[owner] * n + self._post_rows[position]
        np.add.at(out.reshape(-1), flat, vals[owner] * self._post_vals[position])

    def blocks(self, rows: Sequence[int], lexical: bool = False,
               check: Callable[[], None] = _never) -> Iterator[Block]:
        """Blocks of similarities covering `rows`, `BLOCK` notes at a time.

        A block's arrays are reused for the next block: use them before asking
        for it (fresh arrays for every block cost more in page faults than in
        arithmetic).
        """
        index = np.asarray(rows, dtype=np.int64)
        buffers = _Buffers(min(BLOCK, len(index)), self.n)
        for start in range(0, len(index), BLOCK):
            check()
            part = index[start:start + BLOCK]
            full, words = self._scores(part, lexical, buffers)
            yield Block(part, full, words, self, buffers)



@dataclass
class Block:
    """Similarities of some notes (`rows`) with every note.

    `full[r, j]`: cosine of note rows[r] with note j (-1 with itself);
    `words[r, j]`: their words-only dot product, when asked for.
    """

    rows: np.ndarray
    full: np.ndarray
    words: np.ndarray | None
    matrix: SimilarityMatrix
    buffers: _Buffers

    def word_neighbours(self, k: int, min_score: float) -> list[list[tuple[int, float]]]:
        """Each row's k best words-only cosines above `min_score` (see `words_only`)."""
        if self.words is None:
            raise ValueError("this block was computed without words-only scores")
        return self.matrix.words_only(self.rows, self.words, k, min_score, self.buffers)


class _Buffers:
    """(rows x notes) float32 arrays reused block after block."""

    def __init__(self, rows: int, n: int) -> None:
        self._words = np.empty((rows, n), dtype=np.float32)
        self._full = np.empty((rows, n), dtype=np.float32)
        self._floor: np.ndarray | None = None

    def take(self, rows: int) -> tuple[np.ndarray, np.ndarray]:
        return self._words[:rows], self._full[:rows]

    def floor(self, rows: int) -> np.ndarray:
        if self._floor is None:
            self._floor = np.empty_like(self._full)
        return self._floor[:rows]


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
    """Each row's k highest (column, score) above `min_score`, best first.

    Scores are compared rounded to `DECIMALS`; ties go to the lower column.
    A row's k-th best value is at least the k-th best of its first `SAMPLE`
    columns, so only values above that (minus the rounding slack) are
    sorted: the answer is exact, and the sort touches a few per cent of the
    block.
    """
    count, width = block.shape
    if k <= 0 or width == 0 or count == 0:
        return [[] for _ in range(count)]
    floor = np.full(count, min_score - _SLACK, dtype=np.float64)
    if width > k:
        sample = block[:, :min(width, max(SAMPLE, k))]
        kth = np.partition(sample, sample.shape[1] - k, axis=1)[:, sample.shape[1] - k]
        floor = np.maximum(kth.astype(np.float64) - _SLACK, floor)
    r, c = _nonzero(block >= floor[:, None].astype(block.dtype))
    return _ranked(r, c, block[r, c].astype(np.float64), k, min_score, count)


def _nonzero(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`np.nonzero` of a 2-D mask, several times faster (one flat pass)."""
    rows, cols = np.divmod(np.flatnonzero(mask), mask.shape[1])
    return rows, cols


def _ranked(r: np.ndarray, c: np.ndarray, values: np.ndarray, k: int, min_score: float,
            count: int) -> list[list[tuple[int, float]]]:
    """Per row r, the k best (c, value) above `min_score`: rounded, ties to the lower c."""
    scaled = np.rint(values * 10.0**DECIMALS)  # the score rounded to DECIMALS, as an integer
    keep = scaled > min_score * 10.0**DECIMALS  # not rounded: "at least" callers pass a hair less
    r, c, scaled = r[keep], c[keep], scaled[keep].astype(np.int64)
    # One integer sort key: row, then best score, then lower column.
    order = np.argsort((r << 38) | ((_SCORE_SPAN - scaled) << 20) | c)  # keys are unique
    r, c, scaled = r[order], c[order], scaled[order]
    first = np.searchsorted(r, np.arange(count))
    rank = np.arange(len(r)) - first[r]
    keep = rank < k
    out: list[list[tuple[int, float]]] = [[] for _ in range(count)]
    scores = np.minimum(scaled[keep] / 10.0**DECIMALS, 1.0)
    for row, col, score in zip(r[keep].tolist(), c[keep].tolist(), scores.tolist(),
                               strict=True):
        out[row].append((col, score))
    return out


def top_k(scores: np.ndarray, k: int, min_score: float = 0.0) -> list[tuple[int, float]]:
    """The k highest (index, score) above `min_score`; ties to the lower index."""
    return top_k_rows(scores.reshape(1, -1), k, min_score)[0]

"""suggest_quality: how often suggestions match human topics (72 labelled ideas, 8 topics).

Razem: `SuggestionEngine` with the Polish dictionary. Best cluster: 30 % of
each topic's notes placed (20 seeded draws), share of the other notes whose
topic comes first / in the top three. Groups: adjusted Rand index of
`suggest_groups` on all notes against the topics (left-out notes = singletons).
Baselines, same run, same protocol: plain word TF-IDF (folded words, stop
words removed) with nearest-centroid best cluster, and average-linkage
agglomerative clustering cut at the true number of topics (a generous cut).

Context rows show what carries the quality: no dictionary (the engine's
state while language data loads), no concept lexicon, and the lexicon with
half of its entries that occur in this file removed at random (an estimate
for notes whose words the lexicon knows less well).
`python -m bench.suggest_quality --cv` also cross-validates the settings.
"""

from __future__ import annotations

import argparse
import csv
import functools
import itertools
import math
import random
import statistics
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from bench.common import REPO_DIR, BenchError, BenchResult, Options, Row, verdict
from workshop_app.analysis import (
    Candidate,
    Note,
    Settings,
    SuggestedGroup,
    SuggestionEngine,
    TextAnalyzer,
    Weights,
    load_language_data,
)
from workshop_app.analysis.features import ConceptLexicon
from workshop_app.analysis.lexicon import CONCEPTS
from workshop_app.analysis.metrics import best_cluster_accuracy, grouping_ari
from workshop_app.analysis.stopwords import is_stop_form
from workshop_app.analysis.text import fold, words

NAME = "suggest_quality"
DATA_FILE = REPO_DIR.parent / "shared" / "data" / "ideas_labeled_pl.csv"
TARGET_FIRST, TARGET_TOP3, TARGET_ARI = 0.60, 0.85, 0.35
DROPOUT, DROPOUT_SEEDS = 0.5, 5

Labelled = tuple[list[Note], dict[str, str]]


def run(options: Options) -> BenchResult:
    notes, topics = load_labelled(DATA_FILE)
    data = load_language_data()
    if not data.available:
        raise BenchError("morfeusz2 is not installed: run `pip install -e .`")
    analyzer = TextAnalyzer(data)
    baseline = TfidfBaseline(len(set(topics.values())))
    base = _figures(baseline, notes, topics)
    ours = _figures(SuggestionEngine(analyzer), notes, topics)
    result = BenchResult(NAME)
    result.rows = [
        Row(NAME, "best cluster first %", 100 * ours[0], 100 * base[0],
            f"≥{TARGET_FIRST:.0%}", verdict(ours[0] >= TARGET_FIRST)),
        Row(NAME, "best cluster top-3 %", 100 * ours[1], 100 * base[1],
            f"≥{TARGET_TOP3:.0%}", verdict(ours[1] >= TARGET_TOP3)),
        Row(NAME, "groups ARI", ours[2], base[2], f"≥{TARGET_ARI}",
            verdict(ours[2] >= TARGET_ARI)),
    ]
    variants = {
        "no dictionary": _figures(SuggestionEngine(TextAnalyzer()), notes, topics),
        "no lexicon": _figures(SuggestionEngine(analyzer, Settings(use_lexicon=False)),
                               notes, topics),
        f"lexicon -{DROPOUT:.0%}": _dropout_figures(analyzer, notes, topics),
    }
    for label, (first, top3, ari) in variants.items():
        result.rows += [Row(NAME, f"first % {label}", 100 * first, 100 * base[0]),
                        Row(NAME, f"top-3 % {label}", 100 * top3, 100 * base[1]),
                        Row(NAME, f"ARI {label}", ari, base[2])]
    result.notes.append(f"{len(notes)} ideas, {len(set(topics.values()))} topics from "
                        f"{DATA_FILE.name}; best cluster over 20 draws with 30 % placed; "
                        f"'lexicon -{DROPOUT:.0%}': mean of {DROPOUT_SEEDS} random removals "
                        f"of half the lexicon entries that occur in the file")
    result.details = {"razem": ours, "baseline": base, "variants": variants}
    return result


def load_labelled(path: Path) -> Labelled:
    """Notes and their topics from the shared CSV (id,text,sector,topic)."""
    if not path.exists():
        raise BenchError(f"labelled ideas not found at {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [Note(r["id"], r["text"]) for r in rows], {r["id"]: r["topic"] for r in rows}


def _figures(engine: object, notes: Sequence[Note], topics: Mapping[str, str]
             ) -> tuple[float, float, float]:
    first, top3 = best_cluster_accuracy(engine, notes, topics)  # type: ignore[arg-type]
    return first, top3, grouping_ari(engine, notes, topics)  # type: ignore[arg-type]


def _dropout_figures(analyzer: TextAnalyzer, notes: Sequence[Note],
                     topics: Mapping[str, str]) -> tuple[float, float, float]:
    keys = {t.key for text in analyzer.analyse([n.text for n in notes]) for t in text.terms}
    runs = []
    for seed in range(DROPOUT_SEEDS):
        lexicon = ConceptLexicon(thinned_concepts(keys, DROPOUT, seed))
        runs.append(_figures(SuggestionEngine(analyzer, lexicon=lexicon), notes, topics))
    return tuple(statistics.mean(r[i] for r in runs) for i in range(3))  # type: ignore[return-value]


def thinned_concepts(keys: set[str], fraction: float, seed: int) -> dict[str, str]:
    """The lexicon with `fraction` of the entries matching any of `keys` removed."""
    rng = random.Random(seed)

    def matches(entry: str) -> bool:
        stem = fold(entry.rstrip("*"))
        return any(k.startswith(stem) if entry.endswith("*") else k == stem for k in keys)

    return {area: " ".join(e for e in entries.split()
                           if not (matches(e) and rng.random() < fraction))
            for area, entries in CONCEPTS.items()}


class TfidfBaseline:
    """Plain word TF-IDF: nearest centroid, and average-linkage to `groups` clusters."""

    def __init__(self, groups: int) -> None:
        self.groups = groups

    def vectors(self, notes: Sequence[Note]) -> dict[str, dict[str, float]]:
        counts = {n.id: Counter(fold(w) for w in words(n.text) if not is_stop_form(fold(w)))
                  for n in notes}
        df = Counter(w for c in counts.values() for w in c)
        out = {}
        for note_id, c in counts.items():
            v = {w: tf * math.log(len(notes) / df[w]) for w, tf in c.items()}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            out[note_id] = {w: x / norm for w, x in v.items()}
        return out

    def best_clusters(self, notes: Sequence[Note], assignment: Mapping[str, str],
                      k: int = 3) -> dict[str, list[Candidate]]:
        vectors = self.vectors(notes)
        sums: dict[str, Counter[str]] = {}
        for note_id, cluster in assignment.items():
            sums.setdefault(cluster, Counter()).update(vectors[note_id])
        ranked = {}
        for note_id in sorted(set(vectors) - set(assignment)):
            scores = sorted((-_cos(vectors[note_id], c), name) for name, c in sums.items())
            ranked[note_id] = [Candidate(name, -s, ()) for s, name in scores[:k]]
        return ranked

    def suggest_groups(self, notes: Sequence[Note]) -> list[SuggestedGroup]:
        vectors = self.vectors(notes)
        ids = sorted(vectors)
        clusters = {i: [i] for i in ids}
        link = {(a, b): _cos(vectors[a], vectors[b]) for a, b in itertools.combinations(ids, 2)}
        while len(clusters) > self.groups:
            a, b = max(link, key=lambda pair: (link[pair], pair))
            merged = clusters.pop(a) + clusters.pop(b)
            link = {p: s for p, s in link.items() if a not in p and b not in p}
            for c, members in clusters.items():  # average linkage from scratch: n is small
                total = sum(_cos(vectors[x], vectors[y]) for x in merged for y in members)
                link[(min(a, c), max(a, c))] = total / (len(merged) * len(members))
            clusters[a] = merged
        return [SuggestedGroup(tuple(m), "", ()) for m in clusters.values()]


def _cos(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    norm = math.sqrt(sum(x * x for x in b.values())) or 1.0
    return sum(x * b.get(w, 0.0) for w, x in a.items()) / norm


# -- cross-validation of the engine's settings (slow: `--cv`) -----------------------


def cross_validate(labelled: Labelled) -> None:
    """Pick settings on 4 topics, score them on the other 4, for all 70 splits.

    Prints the held-out score of the per-split choice next to its in-sample
    score (the gap is the optimism of tuning on this file) and the settings
    chosen most often.
    """
    notes, topics = labelled
    analyzer = TextAnalyzer(load_language_data())
    names = sorted(set(topics.values()))
    halves = [frozenset(h) for h in itertools.combinations(names, len(names) // 2)]
    subsets = {h: [n for n in notes if topics[n.id] in h] for h in halves}
    best_grid = [Settings(weights=Weights(f, c), member_share=m)
                 for c in (0.5, 1, 1.5, 2, 3) for f in (0, 0.5, 1) for m in (0, 0.25, 0.5, 1)]
    group_grid = [Settings(weights=Weights(f, c), graph_neighbours=k, resolution=r)
                  for c in (0.5, 1, 2, 3) for f in (0, 0.5) for k in (3, 5, 8, 12)
                  for r in (0.5, 1, 1.5)]

    def best_score(s: Settings, part: list[Note]) -> float:
        return sum(best_cluster_accuracy(SuggestionEngine(analyzer, s), part, topics, 10)) / 2

    def group_score(s: Settings, part: list[Note]) -> float:
        return grouping_ari(SuggestionEngine(analyzer, s), part, topics)

    for label, grid, score in (("best cluster (first+top3)/2", best_grid, best_score),
                               ("groups ARI", group_grid, group_score)):
        table = {i: {h: score(s, subsets[h]) for h in halves} for i, s in enumerate(grid)}
        chosen = [max(table, key=functools.partial(_rank, table, h)) for h in halves]
        inside = statistics.mean(table[i][h] for i, h in zip(chosen, halves, strict=True))
        held = statistics.mean(table[i][frozenset(names) - h]
                               for i, h in zip(chosen, halves, strict=True))
        print(f"{label}: chosen on 4 topics {inside:.3f}, on the other 4 {held:.3f}; "
              f"default settings {statistics.mean(score(Settings(), subsets[h]) for h in halves):.3f}")
        for i, n in Counter(chosen).most_common(3):
            print(f"  chosen {n}x: {grid[i]}")


def _rank(table: dict[int, dict[frozenset[str], float]], half: frozenset[str],
          i: int) -> tuple[float, int]:
    return table[i][half], -i


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="also cross-validate the settings")
    args = parser.parse_args(argv)
    result = run(Options())
    for row in result.rows:
        print(f"{row.figure:28s} {row.razem:8.3f} {row.baseline:8.3f} {row.target} {row.result}")
    if args.cv:
        cross_validate(load_labelled(DATA_FILE))
    return 0 if result.verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())

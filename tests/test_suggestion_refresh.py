"""Suggestions kept up to date note by note: the same answers as from scratch, byte for byte.

The engine keeps each note's analysis between refreshes and shares one pass
over the similarities between best clusters, new groups and duplicates.
These tests hold that to what a cold computation gives, check the fast parts
(ranking, words-only duplicates, grouping) against plain brute force or
networkx, and check that one more note is analysed as one note.
"""

from __future__ import annotations

import json
import random
import threading
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from workshop_app.analysis import (
    Cancelled,
    LanguageData,
    Note,
    SuggestionEngine,
    TextAnalyzer,
    incremental,
    load_language_data,
    suggest_for_workshop,
)
from workshop_app.analysis.features import Weights
from workshop_app.analysis.incremental import AnalysisState
from workshop_app.analysis.louvain import Graph, knn_adjacency, louvain_levels
from workshop_app.analysis.similarity import top_k_rows
from workshop_app.analysis.text import fold

LABELLED = Path(__file__).resolve().parents[2] / "shared" / "data" / "ideas_labeled_pl.csv"


@pytest.fixture(scope="module")
def data() -> LanguageData:
    loaded = load_language_data()
    assert loaded.available
    return loaded


@pytest.fixture(scope="module")
def ideas() -> list[str]:
    """The 72 labelled ideas, and each again as typed in a hurry (no diacritics, a word less)."""
    import csv

    with LABELLED.open(encoding="utf-8") as stream:
        texts = [row["text"] for row in csv.DictReader(stream)]
    hurried = [fold(t).rsplit(" ", 1)[0] for t in texts[::3]]
    english = ["More bike lanes to the technical university", "Solar panels on schools"]
    return texts + hurried + english


def _document(engine: SuggestionEngine, notes: list[Note], assignment: dict[str, str]) -> bytes:
    """What `workshop-app suggest --json` writes for these notes."""
    found = suggest_for_workshop(engine, notes, assignment)
    document = found.to_json({n.id: n.text for n in notes})
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


# -- incremental equals cold ------------------------------------------------------------


def test_analysis_kept_between_edits_equals_a_fresh_analysis(data: LanguageData,
                                                            ideas: list[str]) -> None:
    analyzer = TextAnalyzer(data)
    state = AnalysisState(analyzer)
    rng = random.Random(7)
    texts = ideas[:40]
    for step in range(60):
        action = rng.choice(("add", "add", "remove", "edit", "repeat"))
        if action == "add":
            texts = [*texts, rng.choice(ideas)]
        elif action == "remove" and texts:
            texts = [t for i, t in enumerate(texts) if i != rng.randrange(len(texts))]
        elif action == "edit" and texts:
            i = rng.randrange(len(texts))
            texts = [*texts[:i], texts[i] + " " + rng.choice(ideas).split()[0], *texts[i + 1:]]
        else:  # the same note twice: a pasted duplicate
            texts = [*texts, *texts[:1]]
        kept = state.update(texts)
        assert kept == analyzer.analyse(texts), f"step {step} ({action})"


def test_a_refresh_after_edits_is_byte_identical_to_a_cold_one(data: LanguageData,
                                                              ideas: list[str]) -> None:
    warm = SuggestionEngine(TextAnalyzer(data))
    notes = [Note(f"n{i:03d}", t) for i, t in enumerate(ideas)]
    assignment = {n.id: f"c{int(n.id[1:]) % 4}" for n in notes[:24]}
    rng = random.Random(3)
    documents = []
    for step in range(6):
        documents.append(_document(warm, notes, assignment))
        cold = SuggestionEngine(TextAnalyzer(data))
        assert documents[-1] == _document(cold, notes, assignment), f"step {step}"
        # Then the room goes on: a note typed, one edited, one deleted, one grouped.
        notes = [*notes, Note(f"x{step}", rng.choice(ideas) + " dla mieszkańców")]
        k = rng.randrange(len(notes))
        notes[k] = Note(notes[k].id, notes[k].text + " i szkół")
        notes.pop(rng.randrange(len(notes)))
        assignment = {**assignment, notes[rng.randrange(len(notes))].id: "c1"}
    parsed = json.loads(documents[-1])
    assert parsed["unplaced"] and parsed["new_groups"] and parsed["duplicates"]


def test_one_more_note_is_analysed_as_one_note(data: LanguageData, ideas: list[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    engine = SuggestionEngine(TextAnalyzer(data))
    notes = [Note(f"n{i:03d}", t) for i, t in enumerate(ideas)]
    suggest_for_workshop(engine, notes, {})
    read: list[str] = []
    real = incremental.tokenise

    def counting(text: str) -> tuple[tuple[str, ...], str]:
        read.append(text)
        return real(text)

    monkeypatch.setattr(incremental, "tokenise", counting)
    suggest_for_workshop(engine, [*notes, Note("new", "Tramwaj do Skawiny")], {})
    assert read == ["Tramwaj do Skawiny"]


def test_a_cancelled_refresh_leaves_the_kept_analysis_whole(data: LanguageData,
                                                           ideas: list[str]) -> None:
    engine = SuggestionEngine(TextAnalyzer(data))
    first = [Note(f"n{i:03d}", t) for i, t in enumerate(ideas[:50])]
    suggest_for_workshop(engine, first, {})
    more = [*first, *(Note(f"m{i:03d}", t) for i, t in enumerate(ideas[50:]))]
    calls = 0

    def cancel_soon() -> bool:
        nonlocal calls
        calls += 1
        return calls > 1

    with pytest.raises(Cancelled):
        engine.suggest(more, {}, cancel=cancel_soon)
    assert _document(engine, more, {}) == _document(SuggestionEngine(TextAnalyzer(data)),
                                                    more, {})


def test_the_gui_thread_and_the_worker_may_ask_at_once(data: LanguageData,
                                                      ideas: list[str]) -> None:
    engine = SuggestionEngine(TextAnalyzer(data))
    notes = [Note(f"n{i:03d}", t) for i, t in enumerate(ideas)]
    failures: list[BaseException] = []

    def worker() -> None:
        try:
            for k in range(5):
                engine.suggest([*notes, Note("w", f"Kolej nr {k}")], {})
        except BaseException as error:
            failures.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    for k in range(5):
        engine.similar([*notes, Note("g", f"Autobus nr {k}")], "n000")
    thread.join()
    assert not failures
    assert _document(engine, notes, {}) == _document(SuggestionEngine(TextAnalyzer(data)),
                                                     notes, {})


# -- the fast parts against brute force ---------------------------------------------------


def _brute_top_k(block: np.ndarray, k: int, min_score: float) -> list[list[tuple[int, float]]]:
    out = []
    for row in block:
        ranked = sorted((-round(float(v), 5), j) for j, v in enumerate(row))
        out.append([(j, min(1.0, -s)) for s, j in ranked if -s > min_score][:k])
    return out


@pytest.mark.parametrize("seed", range(6))
def test_top_k_is_exact_even_with_ties(seed: int) -> None:
    rng = np.random.default_rng(seed)
    width = int(rng.integers(1, 1500))
    # Coarse values make many exact ties; a few rows are nearly all zero.
    block = rng.integers(0, 12, size=(40, width)) / 11
    # Noise below the rounding: values that differ yet round equal must compete as ties.
    block = (block + rng.uniform(-4e-6, 4e-6, size=block.shape)).astype(np.float32)
    block[rng.integers(0, 40, size=5)] = 0.0
    for k, floor in ((1, 0.0), (8, 0.05), (10, 0.75)):
        assert top_k_rows(block, k, floor) == _brute_top_k(block, k, floor)


def test_duplicates_are_the_words_only_cosines_above_the_bar(data: LanguageData,
                                                           ideas: list[str]) -> None:
    engine = SuggestionEngine(TextAnalyzer(data))
    notes = [Note(f"n{i:03d}", t) for i, t in enumerate(ideas)]
    found = {(p.a, p.b): p.score for p in engine.duplicates(notes, min_score=0.5)}
    # Brute force: cosines of the vectors without their policy-area features.
    corpus = engine._corpus(notes, lambda: None)
    words = [{f: w for f, w in corpus.vector(i).items() if not f.startswith("c:")}
             for i in range(len(corpus))]
    expected = {}
    for a in range(len(corpus)):
        for b in range(a + 1, len(corpus)):
            dot = sum(w * words[b].get(f, 0.0) for f, w in words[a].items())
            norm = (sum(w * w for w in words[a].values()) * sum(w * w for w in words[b].values()))
            if norm and round(dot / norm**0.5, 5) > 0.5:
                expected[(corpus.notes[a].id, corpus.notes[b].id)] = round(dot / norm**0.5, 4)
    assert found.keys() == expected.keys() and found
    assert all(abs(found[p] - expected[p]) <= 1e-4 for p in found)


def test_the_engine_weighs_words_as_the_weights_say(data: LanguageData) -> None:
    """Word families count half a word, policy areas twice: a note sharing only an area is
    still similar, one sharing nothing is not."""
    engine = SuggestionEngine(TextAnalyzer(data))
    assert engine.settings.weights == Weights(family=0.5, concept=2.0)
    notes = [Note("a", "Nowe linie autobusowe"), Note("b", "Częstsze pociągi na kolei"),
             Note("c", "Festiwal jazzowy w rynku")]
    near = {s.note_id for s in engine.similar(notes, "a", k=2)}
    assert near == {"b"}


# -- grouping --------------------------------------------------------------------------


def _modularity(neighbours: list[list[tuple[int, float]]], communities: list[list[int]]) -> float:
    graph = nx.Graph()
    graph.add_nodes_from(range(len(neighbours)))
    for a, b, weight in _edges(neighbours):
        graph.add_edge(a, b, weight=weight)
    return float(nx.community.modularity(graph, [set(c) for c in communities], weight="weight"))


def _edges(neighbours: list[list[tuple[int, float]]]) -> list[tuple[int, int, float]]:
    adjacency = knn_adjacency(neighbours).adjacency
    return [(a, b, w) for a, near in enumerate(adjacency) for b, w in near.items() if a < b]


def _networkx_best(neighbours: list[list[tuple[int, float]]]) -> list[list[int]]:
    graph = nx.Graph()
    graph.add_nodes_from(range(len(neighbours)))
    for a, b, weight in _edges(neighbours):
        graph.add_edge(a, b, weight=weight)
    levels = list(nx.community.louvain_partitions(graph, weight="weight", seed=0))
    return [sorted(c) for c in levels[-1]]


def test_planted_groups_are_found() -> None:
    rng = random.Random(5)
    size, groups = 12, 6
    neighbours: list[list[tuple[int, float]]] = []
    for node in range(size * groups):
        mine = [m for m in range(size * groups) if m // size == node // size and m != node]
        near = [(m, 0.6 + rng.random() / 10) for m in rng.sample(mine, 6)]
        stray = rng.randrange(size * groups)
        if stray // size != node // size:
            near.append((stray, 0.1))  # now and then a weak link to another topic
        neighbours.append(near)
    found = list(louvain_levels(knn_adjacency(neighbours)))[-1]
    assert sorted(found) == [list(range(g * size, (g + 1) * size)) for g in range(groups)]


def test_grouping_is_as_good_as_networkx_on_real_notes(data: LanguageData,
                                                      ideas: list[str]) -> None:
    engine = SuggestionEngine(TextAnalyzer(data))
    corpus = engine._corpus([Note(f"n{i:03d}", t) for i, t in enumerate(ideas)], lambda: None)
    neighbours: list[list[tuple[int, float]]] = []
    for block in corpus.matrix.blocks(range(len(corpus))):
        neighbours += top_k_rows(block.full, 8, 0.05)
    ours = list(louvain_levels(knn_adjacency(neighbours)))[-1]
    assert sorted(x for c in ours for x in c) == list(range(len(corpus)))
    assert _modularity(neighbours, ours) >= _modularity(neighbours, _networkx_best(neighbours)) - 0.01
    assert ours == list(louvain_levels(knn_adjacency(neighbours)))[-1]  # deterministic


@pytest.mark.parametrize("seed", range(5))
def test_grouping_is_as_good_as_networkx_on_random_graphs(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(30, 200)
    neighbours = [[(j, round(rng.random(), 3)) for j in rng.sample(
        [j for j in range(n) if j != i], 5)] for i in range(n)]
    ours = list(louvain_levels(knn_adjacency(neighbours)))[-1]
    assert _modularity(neighbours, ours) >= _modularity(neighbours, _networkx_best(neighbours)) - 0.02


def test_grouping_can_be_cancelled_and_copes_with_nothing() -> None:
    assert list(louvain_levels(Graph([]))) == []
    assert list(louvain_levels(Graph([{}, {}]))) == [[[0], [1]]]
    ring = [[((i + 1) % 5000, 0.5), ((i + 2) % 5000, 0.4)] for i in range(5000)]

    def stop() -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        list(louvain_levels(knn_adjacency(ring), check=stop))

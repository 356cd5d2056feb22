"""The suggestion engine: Polish-aware words, explanations, determinism, cancellation."""

from __future__ import annotations

import random
import threading
import time

import numpy as np
import pytest

from workshop_app.analysis import (
    Cancelled,
    LanguageData,
    Note,
    SuggestionEngine,
    TextAnalyzer,
    adjusted_rand_index,
    load_language_data,
)


@pytest.fixture(scope="module")
def data() -> LanguageData:
    loaded = load_language_data()
    assert loaded.available, "morfeusz2 is a dependency: `pip install -e .` installs it"
    return loaded


@pytest.fixture(scope="module")
def analyzer(data: LanguageData) -> TextAnalyzer:
    return TextAnalyzer(data)


@pytest.fixture
def engine(analyzer: TextAnalyzer) -> SuggestionEngine:
    return SuggestionEngine(analyzer)


TRANSPORT = [
    Note("t1", "Wspólny bilet metropolitalny na kolej i autobusy"),
    Note("t2", "Więcej połączeń kolejowych do Wieliczki w godzinach szczytu"),
    Note("t3", "Autobusy pracownicze do stref przemysłowych"),
    Note("t4", "Parkingi przy stacjach kolejowych"),
]
SCIENCE = [
    Note("s1", "Wspólne laboratoria uczelni i firm"),
    Note("s2", "Doktoraty wdrożeniowe realizowane w przedsiębiorstwach"),
    Note("s3", "Uczelnie powinny oferować firmom badania na zlecenie"),
    Note("s4", "Studenci piszą prace dyplomowe na tematy zgłoszone przez firmy"),
]
ENERGY = [
    Note("e1", "Fotowoltaika na dachach szkół i urzędów"),
    Note("e2", "Ciepło odpadowe z zakładów do sieci ciepłowniczej"),
    Note("e3", "Magazyny energii dla lokalnych firm"),
    Note("e4", "Wymiana starych pieców węglowych na pompy ciepła"),
]
ALL = TRANSPORT + SCIENCE + ENERGY


# -- words ---------------------------------------------------------------------


def test_inflected_forms_share_one_lemma(analyzer: TextAnalyzer) -> None:
    assert set(analyzer.lemmas("uczelnia uczelni uczelniami")) == {"uczelnia"}
    assert set(analyzer.lemmas("samorządami samorządu")) == {"samorząd"}


def test_fallback_without_dictionary_still_joins_inflected_forms() -> None:
    keys = TextAnalyzer(LanguageData.empty()).keys("uczelnia uczelni uczelniami")
    assert len(set(keys)) == 1


def test_text_without_diacritics_matches(analyzer: TextAnalyzer) -> None:
    assert analyzer.keys("szkoly") == analyzer.keys("szkoły")
    assert analyzer.lemmas("szkoly") == ("szkoła",)
    engine = SuggestionEngine(analyzer)
    notes = [Note("a", "Remont szkoły podstawowej"), Note("b", "remont szkoly podstawowej"),
             Note("c", "Ścieżki rowerowe")]
    assert engine.similar(notes, "a", k=1)[0].note_id == "b"


def test_stop_words_are_ignored(analyzer: TextAnalyzer) -> None:
    assert analyzer.lemmas("i w na dla oraz że się jest") == ()
    assert analyzer.lemmas("the and of is for with") == ()
    assert analyzer.lemmas("Bilet dla studentów") == ("bilet", "student")


def test_english_notes(analyzer: TextAnalyzer) -> None:
    assert analyzer.lemmas("Bike lanes for the schools") == ("bike", "lane", "school")
    engine = SuggestionEngine(analyzer)
    notes = [Note("a", "More bike lanes near schools"), Note("b", "Safe bike lanes to school"),
             Note("c", "Solar panels on public buildings")]
    best = engine.similar(notes, "a", k=2)
    assert best[0].note_id == "b"
    assert "bike" in best[0].shared_words


@pytest.mark.parametrize("text", ["", "   ", "😀🎉🚲", "<b>bold</b> &amp; <font color=red>x",
                                  "\x00\x07\u202e tekst", "ą" * 100_000, "12 345 %%% ---"])
def test_odd_text_never_crashes(engine: SuggestionEngine, text: str) -> None:
    notes = [*TRANSPORT, Note("odd", text)]
    engine.similar(notes, "odd")
    engine.duplicates(notes)
    engine.best_clusters(notes, {"t1": "T", "t2": "T"})
    engine.suggest_groups(notes)
    assert isinstance(engine.propose_name([text]), str)


def test_markup_is_not_read_as_words(analyzer: TextAnalyzer) -> None:
    assert analyzer.lemmas("<b>kolej</b> &amp; <font color='red'>autobus</font>") == (
        "kolej", "autobus")


# -- explanations and answers ----------------------------------------------------


def test_explanations_use_dictionary_forms(engine: SuggestionEngine) -> None:
    notes = [Note("a", "Staże dla studentów na uczelniach"),
             Note("b", "Współpraca z uczelniami technicznymi"), Note("c", "Ścieżki rowerowe")]
    found = engine.similar(notes, "a", k=1)
    assert found[0].note_id == "b"
    assert "uczelnia" in found[0].shared_words
    assert not any("uczelniami" in w or "uczelniach" in w for w in found[0].shared_words)


def test_scores_lie_between_zero_and_one(engine: SuggestionEngine) -> None:
    for note in ALL:
        assert all(0.0 <= s.score <= 1.0 for s in engine.similar(ALL, note.id, k=20))
    for candidates in engine.best_clusters(ALL, {"t1": "T", "s1": "S"}).values():
        assert all(0.0 <= c.score <= 1.0 for c in candidates)


def test_duplicates_find_near_identical_notes(engine: SuggestionEngine) -> None:
    notes = [*ALL, Note("d1", "Wspólny bilet metropolitalny na kolej i autobus!"),
             Note("d2", "wspolny bilet metropolitalny na kolej i autobusy")]
    pairs = engine.duplicates(notes)
    found = {(p.a, p.b) for p in pairs}
    assert {("d1", "d2"), ("d1", "t1"), ("d2", "t1")} <= found
    assert all(p.a < p.b and p.score >= 0.75 for p in pairs)
    assert not any("e" in p.a + p.b for p in pairs)  # different energy ideas are no duplicates
    assert "bilet" in pairs[0].shared_words


def test_a_duplicate_exactly_at_the_threshold_is_found(engine: SuggestionEngine) -> None:
    from workshop_app.analysis.similarity import top_k

    notes = [*ALL, Note("d1", "rowerowe trasy miasto"), Note("d2", "rowerowe trasy miasto")]
    # "A cosine of at least" the threshold: the same words twice score exactly 1.
    assert [(p.a, p.b, p.score) for p in engine.duplicates(notes, min_score=1.0)] == [
        ("d1", "d2", 1.0)]
    plain = SuggestionEngine(TextAnalyzer())  # before the dictionary has loaded
    few = [*notes[-2:], Note("k", "kolej aglomeracyjna")]
    assert [(p.a, p.b) for p in plain.duplicates(few, min_score=1.0)] == [("d1", "d2")]
    scores = np.array([0.5, 0.123457, 0.3])  # 0.12346 once rounded to 5 decimals
    assert [j for j, _ in top_k(scores, 5, min_score=0.123456)] == [0, 2, 1]
    assert [j for j, _ in top_k(scores, 5, min_score=0.12346)] == [0, 2]  # "above": not equal


def test_best_cluster_on_a_small_example(engine: SuggestionEngine) -> None:
    assignment = {"t1": "transport", "t4": "transport", "s1": "nauka", "s3": "nauka",
                  "e1": "energia", "e3": "energia"}
    result = engine.best_clusters(ALL, assignment)
    assert set(result) == {n.id for n in ALL} - set(assignment)
    expected = {"t2": "transport", "t3": "transport", "s2": "nauka", "s4": "nauka",
                "e2": "energia", "e4": "energia"}
    for note_id, cluster in expected.items():
        assert result[note_id][0].cluster_id == cluster, (note_id, result[note_id])
        assert result[note_id][0].shared_words
    assert all(len(c) <= 3 for c in result.values())


def test_best_cluster_without_clusters_is_empty(engine: SuggestionEngine) -> None:
    assert engine.best_clusters(ALL, {}) == {n.id: [] for n in ALL}


def test_suggested_groups_follow_topics_and_have_names(engine: SuggestionEngine) -> None:
    groups = engine.suggest_groups(ALL)
    predicted = {i: g for g, group in enumerate(groups) for i in group.idea_ids}
    truth = {n.id: n.id[0] for n in ALL}
    assert adjusted_rand_index(truth, predicted) > 0.5
    assert all(len(g.idea_ids) > 1 and g.name and g.keywords for g in groups)


def test_propose_name_uses_telling_lemmas(engine: SuggestionEngine) -> None:
    name = engine.propose_name([n.text for n in TRANSPORT])
    assert name.split(", ")[0] in {"kolej", "kolejowy", "autobus"}
    assert engine.propose_name([]) == ""


# -- determinism, cancellation, degraded mode, threads ---------------------------------


def _all_answers(engine: SuggestionEngine, notes: list[Note]) -> tuple[object, ...]:
    assignment = {"t1": "T", "s1": "S", "e1": "E"}
    return (engine.suggest_groups(notes), engine.best_clusters(notes, assignment),
            engine.duplicates(notes, min_score=0.2), engine.similar(notes, "t2", k=4))


def test_same_input_same_output_in_any_order(analyzer: TextAnalyzer) -> None:
    first = _all_answers(SuggestionEngine(analyzer), list(ALL))
    again = _all_answers(SuggestionEngine(analyzer), list(ALL))
    shuffled = list(ALL)
    random.Random(7).shuffle(shuffled)
    assert first == again == _all_answers(SuggestionEngine(analyzer), shuffled)


def test_ties_are_broken_by_id(engine: SuggestionEngine) -> None:
    notes = [Note("b", "kolej"), Note("c", "kolej"), Note("a", "kolej"), Note("x", "kolej")]
    assert [s.note_id for s in engine.similar(notes, "x", k=3)] == ["a", "b", "c"]


def test_cancellation(engine: SuggestionEngine) -> None:
    with pytest.raises(Cancelled):
        engine.suggest_groups(ALL, cancel=lambda: True)
    event = threading.Event()
    event.set()
    with pytest.raises(Cancelled):
        engine.best_clusters(ALL, {"t1": "T"}, cancel=event)
    with pytest.raises(Cancelled):
        engine.duplicates(ALL, cancel=event)
    assert engine.suggest_groups(ALL, cancel=threading.Event())  # unset: runs to the end


def test_engine_works_before_language_data_is_loaded() -> None:
    engine = SuggestionEngine(TextAnalyzer())
    assert not engine.analyzer.has_dictionary
    result = engine.best_clusters(ALL, {"t1": "T", "t4": "T", "s1": "S", "s3": "S"})
    assert result["t2"][0].cluster_id == "T"
    assert engine.suggest_groups(ALL)


def test_language_data_loads_in_a_worker_thread() -> None:
    box: list[LanguageData] = []
    worker = threading.Thread(target=lambda: box.append(load_language_data()))
    start = time.perf_counter()
    worker.start()
    worker.join(timeout=30)
    assert box and box[0].available
    assert time.perf_counter() - start < 5


def test_adjusted_rand_index() -> None:
    truth = {"a": 1, "b": 1, "c": 2, "d": 2}
    assert adjusted_rand_index(truth, {"a": "x", "b": "x", "c": "y", "d": "y"}) == 1.0
    assert adjusted_rand_index(truth, {"a": "x", "b": "y", "c": "x", "d": "y"}) < 0
    assert adjusted_rand_index(truth, {}) == 0.0  # everything alone


def test_group_centroids_do_not_depend_on_the_order_notes_were_analysed(
        analyzer: TextAnalyzer) -> None:
    """To the last bit: the numbering of features (first seen, first numbered)
    never shows, so a refresh gives what a fresh start gives."""
    from workshop_app.analysis import ranking

    words = [
        "rower", "trasa", "kolej", "miasto", "gmina", "szkoła", "uczelnia", "firma",
        "transport", "energia", "woda", "park", "las", "droga", "most", "dworzec", "autobus",
        "tramwaj", "centrum", "dzielnica", "rynek", "praca", "biznes", "nauka", "innowacja",
        "startup", "dotacja", "fundusz", "program", "plan"
    ]
    rng = random.Random(3)
    notes = [Note(f"n{i:04d}", " ".join(rng.sample(words, 6))) for i in range(300)]
    earlier = [Note(f"x{i}", " ".join(reversed(rng.sample(words, 8)))) for i in range(50)]
    fresh, used = SuggestionEngine(analyzer), SuggestionEngine(analyzer)
    used.duplicates(earlier)  # features numbered in another order
    corpora = [engine._corpus(notes, lambda: None) for engine in (fresh, used)]
    assert corpora[0].names != corpora[1].names
    for group in range(7):
        members = np.arange(group, 200, 7)
        weights = []
        for corpus in corpora:
            features, values = ranking._centroid(corpus, members)
            weights.append(dict(zip([corpus.names[f] for f in features], values.tolist(),
                                    strict=True)))
        assert weights[0] == weights[1]

"""Candidate topics and the agenda's list moves (pure)."""

from __future__ import annotations

from workshop_app.models import MAX_TITLE_CHARS, Cluster, Idea, VoteMethod, VoteTarget
from workshop_app.models.candidates import (
    RATIONALE_IDEAS,
    cluster_rationale,
    from_clusters,
    from_results,
    moved,
    shifted,
    topic_title,
)
from workshop_app.models.results import Sheet, round_results


def _idea(n: int, text: str, cluster: str | None = None, duplicate_of: str | None = None) -> Idea:
    return Idea(id=f"i{n}", text=text, cluster_id=cluster, seq=n, duplicate_of=duplicate_of)


def test_a_cluster_s_rationale_quotes_its_ideas_in_order_duplicates_once() -> None:
    ideas = [_idea(2, "Tramwaj\ndo strefy", "c"), _idea(1, "Więcej autobusów", "c"),
             _idea(3, "Więcej autobusów!", "c", duplicate_of="i1")]
    assert cluster_rationale(ideas) == "• Więcej autobusów\n• Tramwaj do strefy"
    many = [_idea(n, f"pomysł {n}", "c") for n in range(1, RATIONALE_IDEAS + 3)]
    lines = cluster_rationale(many).splitlines()
    assert len(lines) == RATIONALE_IDEAS + 1 and lines[-1] == "…"


def test_a_long_idea_becomes_a_title_that_fits() -> None:
    title = topic_title("x" * (MAX_TITLE_CHARS + 50) + "\ndruga linia")
    assert len(title) == MAX_TITLE_CHARS and title.endswith("…")
    assert topic_title("\n  Krótki  \nreszta") == "Krótki"


def test_results_give_candidates_best_first_and_clusters_largest_first() -> None:
    clusters = [Cluster(id="a", name="Mały"), Cluster(id="b", name="Duży")]
    ideas = [_idea(1, "jeden", "a"), _idea(2, "dwa", "b"), _idea(3, "trzy", "b")]
    assert [c.title for c in from_clusters(clusters, ideas)] == ["Duży", "Mały"]
    results = round_results(VoteMethod.DOTS, ["a", "b"], [Sheet(votes={"a": 3, "b": 1})])
    found = from_results(VoteTarget.CLUSTERS, results, clusters, ideas)
    assert [(c.title, c.result.place if c.result else 0) for c in found] == [("Mały", 1), ("Duży", 2)]
    on_ideas = round_results(VoteMethod.DOTS, ["i1", "i3"], [Sheet(votes={"i3": 2})])
    assert [c.title for c in from_results(VoteTarget.IDEAS, on_ideas, clusters, ideas)] == [
        "trzy", "jeden"]


def test_moves_keep_the_rest_in_order() -> None:
    order = ["a", "b", "c", "d"]
    assert shifted(order, {"a"}, -1) == order  # already first
    assert shifted(order, {"b", "c"}, 1) == ["a", "d", "b", "c"]
    assert shifted(order, {"c"}, -1) == ["a", "c", "b", "d"]
    assert moved(order, {"d"}, 1) == ["a", "d", "b", "c"]
    assert moved(order, {"a"}, 4) == ["b", "c", "d", "a"]
    assert moved(order, {"b"}, 2) == order  # dropped onto its own place

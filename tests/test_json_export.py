"""The JSON export of the demo workshop: complete, consistent, readable UTF-8."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from workshop_app.exports.json_export import FORMAT, SCHEMA_VERSION, export_json
from workshop_app.models import Sector, VoteMethod, VoteTarget
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.services.demo import demo_data, write_demo
from workshop_app.storage import WorkshopStore

SOURCE = demo_data()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[WorkshopService]:
    path = tmp_path / "demo.razem"
    write_demo(path)
    with WorkshopStore.open(path) as store:
        yield WorkshopService(store)


@pytest.fixture
def exported(demo: WorkshopService, tmp_path: Path) -> tuple[dict[str, Any], bytes, str]:
    """The export after one idea was deleted: (document, raw bytes, deleted id)."""
    deleted = demo.ideas()[3].id
    demo.delete_ideas(idea_ids=[deleted])
    target = tmp_path / "eksport.json"
    export_json(demo, target)
    raw = target.read_bytes()
    return json.loads(raw.decode("utf-8")), raw, deleted


def test_document_names_its_format(exported: tuple[dict[str, Any], bytes, str]) -> None:
    document, _, _ = exported
    assert document["format"] == FORMAT
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["workshop"]["title"] == SOURCE["workshop"]["title"]


def test_file_is_utf8_with_polish_letters_unescaped(
    exported: tuple[dict[str, Any], bytes, str], tmp_path: Path
) -> None:
    _, raw, _ = exported
    text = raw.decode("utf-8")
    assert "\\u0" not in text
    assert SOURCE["workshop"]["place"] in text  # "Zamek Królewski w Niepołomicach"
    assert "ł".encode() in raw and "ó".encode() in raw
    assert not (tmp_path / "eksport.json.part").exists()


def test_every_idea_with_its_text_sector_and_cluster(
    exported: tuple[dict[str, Any], bytes, str]
) -> None:
    document, _, _ = exported
    ideas = document["ideas"]
    assert [i["text"] for i in ideas] == [i["text"] for i in SOURCE["ideas"]]
    assert [i["sector"] for i in ideas] == [i["sector"] for i in SOURCE["ideas"]]
    assert len({i["id"] for i in ideas}) == len(ideas)
    names = {c["id"]: c["name"] for c in document["clusters"]}
    source_names = {c["key"]: c["name"] for c in SOURCE["clusters"]}
    assert [names.get(i["cluster_id"]) for i in ideas] == [
        source_names.get(i["cluster"]) for i in SOURCE["ideas"]]


def test_every_cluster_reference_is_exported(exported: tuple[dict[str, Any], bytes, str]) -> None:
    document, _, _ = exported
    cluster_ids = {c["id"] for c in document["clusters"]}
    assert sorted(c["name"] for c in document["clusters"]) == sorted(
        c["name"] for c in SOURCE["clusters"])
    referenced = {i["cluster_id"] for i in document["ideas"]} | {
        a["cluster_id"] for a in document["agenda"]}
    assert referenced - {None} <= cluster_ids
    for voting_round in document["rounds"]:
        assert {r["option_id"] for r in voting_round["results"]} <= cluster_ids


def test_deleted_idea_is_exported_with_its_deletion_time(
    exported: tuple[dict[str, Any], bytes, str]
) -> None:
    document, _, deleted = exported
    stamps = {i["id"]: i["deleted_at"] for i in document["ideas"]}
    assert stamps[deleted] is not None and stamps[deleted].startswith("20")
    assert [i for i, stamp in stamps.items() if stamp is not None] == [deleted]


def test_closed_round_with_ballots_and_results(exported: tuple[dict[str, Any], bytes, str]) -> None:
    document, _, _ = exported
    source, voting_round = _dots_round(document)
    assert voting_round["status"] == "closed" and voting_round["closed_at"]
    assert len(voting_round["ballots"]) == len(source["ballots"])
    assert all(b["sector"] for b in voting_round["ballots"])
    names = {c["id"]: c["name"] for c in document["clusters"]}
    source_names = {c["key"]: c["name"] for c in SOURCE["clusters"]}
    expected: Counter[str] = Counter()
    for ballot in source["ballots"]:
        for key, dots in ballot["votes"].items():
            expected[source_names[key]] += dots
    results = {names[r["option_id"]]: r["score"] for r in voting_round["results"]}
    assert results == {name: expected[name] for name in source_names.values()}
    assert all(results[r["title"]] == r["score"] for r in voting_round["results"])
    points = [r["score"] for r in voting_round["results"]]
    assert points == sorted(points, reverse=True)


def test_results_give_equal_points_the_same_rank(exported: tuple[dict[str, Any], bytes, str]) -> None:
    document, _, _ = exported
    for voting_round in document["rounds"]:
        _assert_competition_ranks(voting_round["results"])


def _assert_competition_ranks(results: list[dict[str, Any]]) -> None:
    assert results[0]["rank"] == 1
    for row, (before, result) in enumerate(itertools.pairwise(results), start=2):
        expected = before["rank"] if result["score"] == before["score"] else row
        assert result["rank"] == expected


def _dots_round(document: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The demo's first round (closed, dots): its source and its export."""
    [source] = [r for r in SOURCE["rounds"] if r["key"] == "r1"]
    [exported] = [r for r in document["rounds"] if r["title"] == source["title"]]
    return source, exported


def test_every_demo_round_is_exported_with_its_method(
        exported: tuple[dict[str, Any], bytes, str]) -> None:
    document, _, _ = exported
    assert [(r["title"], r["method"], r["status"], len(r["ballots"])) for r in document["rounds"]] == [
        (r["title"], r["method"], r["status"], len(r["ballots"])) for r in SOURCE["rounds"]]
    for voting_round in document["rounds"]:
        assert len(voting_round["results"]) == len(voting_round["options"])
        if voting_round["status"] == "closed":
            assert any(r["tie"] for r in voting_round["results"])
            assert any(r["agreement"] == "divisive" for r in voting_round["results"])


def test_agenda_items(exported: tuple[dict[str, Any], bytes, str]) -> None:
    document, _, _ = exported
    agenda = document["agenda"]
    assert [a["title"] for a in agenda] == [a["title"] for a in SOURCE["agenda"]]
    assert [a["duration_minutes"] for a in agenda] == [a["duration_minutes"] for a in SOURCE["agenda"]]
    assert [a["format"] for a in agenda] == [a["format"] for a in SOURCE["agenda"]]


def test_participants_and_phases_are_complete(exported: tuple[dict[str, Any], bytes, str]) -> None:
    document, _, _ = exported
    assert Counter(p["sector"] for p in document["participants"]) == Counter(
        p["sector"] for p in SOURCE["participants"])
    assert [p["kind"] for p in document["phases"]] == [p["kind"] for p in SOURCE["phases"]]


def test_cluster_references_stay_valid_after_ungrouping(
    demo: WorkshopService, tmp_path: Path
) -> None:
    member = next(i for i in demo.ideas() if i.cluster_id)
    demo.delete_ideas(idea_ids=[member.id])
    demo.ungroup_cluster(cluster_id=member.cluster_id or "")
    target = tmp_path / "po-rozgrupowaniu.json"
    export_json(demo, target)
    document = json.loads(target.read_text(encoding="utf-8"))
    cluster_ids = {c["id"] for c in document["clusters"]}
    assert member.cluster_id not in cluster_ids
    assert {i["cluster_id"] for i in document["ideas"]} - {None} <= cluster_ids


# -- voting rounds of every method, worked out by hand --------------------------------------

ROUND_KEYS = {"id", "title", "target", "method", "status", "options", "opened_at", "closed_at",
              "reopened_at", "created_at", "updated_at", "ballots", "results"}
BALLOT_KEYS = {"id", "kind", "sector", "participant_id", "voters", "shown", "created_at",
               "updated_at"}
RESULT_KEYS = {"option_id", "title", "score", "rank", "tie", "near_tie", "balanced_score",
               "by_sector", "agreement"}


@pytest.fixture
def voted(service: WorkshopService, tmp_path: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """A workshop with one closed round of each method; returns the export's
    rounds by method, and the options' ids by name (A, B, C clusters; X, Y, Z ideas)."""
    service.add_ideas(ideas=[NewIdea(text) for text in ("X", "Y", "Z")])
    ids = {i.text: i.id for i in service.ideas()}
    for name in "ABC":
        ids[name] = service.create_cluster(name=name).created or ""
    a, b, c, x, y, z = (ids[k] for k in "ABCXYZ")
    dots = _closed(service, {"method": VoteMethod.DOTS, "options": [a, b, c],
                             "dots_per_voter": 3, "max_per_option": 2}, [
        {"votes": {a: 2, b: 1}, "sector": Sector.BUSINESS, "shown": [c, a, b]},
        {"votes": {b: 2, c: 1}, "sector": Sector.ACADEMIA},
    ], tally={Sector.NGO: {a: 1, c: 3}}, discarded={"votes": {c: 2}, "sector": Sector.RESIDENTS})
    score = _closed(service, {"method": VoteMethod.SCORE, "options": [a, b, c]}, [
        {"scores": {a: [5, 4], b: [2, 2], c: [3, 5]}, "sector": Sector.BUSINESS},
        {"scores": {a: [3, 4], b: [4, 2], c: [1, 5]}, "sector": Sector.ACADEMIA},
    ])
    rank = _closed(service, {"method": VoteMethod.RANK, "target": VoteTarget.IDEAS,
                             "options": [x, y, z], "top_n": 2}, [
        {"ranking": [x, y]},
        {"ranking": [y, x], "sector": Sector.BUSINESS},
        {"ranking": [z], "sector": Sector.ACADEMIA},
    ])
    target = tmp_path / "glosowania.json"
    export_json(service, target)
    rounds = {r["id"]: r for r in json.loads(target.read_text(encoding="utf-8"))["rounds"]}
    return {"dots": rounds[dots], "score": rounds[score], "rank": rounds[rank]}, ids


def _closed(service: WorkshopService, settings: dict[str, Any], ballots: list[dict[str, Any]],
            tally: dict[Any, dict[str, int]] | None = None,
            discarded: dict[str, Any] | None = None) -> str:
    made = service.add_round(title=f"Runda {settings['method']}", **settings).created
    assert made is not None
    service.open_round(round_id=made)
    for ballot in ballots:
        service.cast_ballot(round_id=made, **ballot)
    if tally:
        service.enter_tally(round_id=made, counts=tally, voters=dict.fromkeys(tally, 2))
    if discarded:
        service.cast_ballot(round_id=made, **discarded)
        service.discard_last_ballot(round_id=made)
    service.close_round(round_id=made)
    return made


def _results(entry: dict[str, Any], ids: dict[str, str]) -> list[tuple[Any, ...]]:
    names = {v: k for k, v in ids.items()}
    return [(names[r["option_id"]], r["title"], r["score"], r["rank"], r["tie"], r["near_tie"],
             r["balanced_score"], r["by_sector"], r["agreement"]) for r in entry["results"]]


def test_dots_round_with_a_tally_and_without_the_discarded_ballot(
        voted: tuple[dict[str, Any], dict[str, str]]) -> None:
    rounds, ids = voted
    entry = rounds["dots"]
    assert set(entry) == ROUND_KEYS | {"dots_per_voter", "max_per_option", "allow_stacking"}
    assert (entry["method"], entry["status"], entry["target"]) == ("dots", "closed", "clusters")
    assert entry["options"] == [ids["A"], ids["B"], ids["C"]]
    assert (entry["dots_per_voter"], entry["max_per_option"], entry["allow_stacking"]) == (3, 2, True)
    assert entry["opened_at"] and entry["closed_at"] and entry["reopened_at"] == []
    assert [set(b) for b in entry["ballots"]] == [BALLOT_KEYS | {"votes"}] * 3
    assert [(b["kind"], b["sector"], b["voters"], b["votes"]) for b in entry["ballots"]] == [
        ("screen", "business", 1, {ids["A"]: 2, ids["B"]: 1}),
        ("screen", "academia", 1, {ids["B"]: 2, ids["C"]: 1}),
        ("tally", "ngo", 2, {ids["A"]: 1, ids["C"]: 3}),
    ]  # the residents' ballot was discarded
    assert entry["ballots"][0]["shown"] == [ids["C"], ids["A"], ids["B"]]
    assert all(set(r) == RESULT_KEYS for r in entry["results"])
    # C 0+1+3 = 4; A 2+0+1 = 3 ties with B 1+2+0 = 3, one point from C (near tie).
    # Balanced: (points / ballots of each sector) summed, times 4 ballots / 3 sectors.
    assert _results(entry, ids) == [
        ("C", "C", 4, 1, False, True, 3.333333,
         {"business": 0, "academia": 1, "ngo": 3}, None),
        ("A", "A", 3, 2, True, False, 3.333333,
         {"business": 2, "academia": 0, "ngo": 1}, None),
        ("B", "B", 3, 2, True, False, 4.0,
         {"business": 1, "academia": 2, "ngo": 0}, None),
    ]


def test_score_round_with_axis_means_and_quadrants(
        voted: tuple[dict[str, Any], dict[str, str]]) -> None:
    rounds, ids = voted
    entry = rounds["score"]
    assert set(entry) == ROUND_KEYS | {"axes"}
    assert entry["axes"] == ["Wpływ", "Wykonalność"]
    first = entry["ballots"][0]
    assert set(first) == BALLOT_KEYS | {"scores"}
    assert first["scores"][ids["A"]] == {"Wpływ": 5, "Wykonalność": 4}
    assert (first["kind"], first["sector"], first["participant_id"]) == ("screen", "business", None)
    assert all(set(r) == RESULT_KEYS | {"axis_means", "quadrant"} for r in entry["results"])
    # A: means (4, 4) -> 4; C: (2, 5) -> 3.5; B: (3, 2) -> 2.5. Balanced: mean of sector means.
    assert _results(entry, ids) == [
        ("A", "A", 4.0, 1, False, False, 4.0, {"business": 4.5, "academia": 3.5}, None),
        ("C", "C", 3.5, 2, False, False, 3.5, {"business": 4.0, "academia": 3.0}, None),
        ("B", "B", 2.5, 3, False, False, 2.5, {"business": 2.0, "academia": 3.0}, None),
    ]
    assert [(r["axis_means"], r["quadrant"]) for r in entry["results"]] == [
        ({"Wpływ": 4.0, "Wykonalność": 4.0}, "quick_wins"),
        ({"Wpływ": 2.0, "Wykonalność": 5.0}, "fill_ins"),
        ({"Wpływ": 3.0, "Wykonalność": 2.0}, "big_projects"),
    ]


def test_rank_round_on_ideas_with_borda_points(
        voted: tuple[dict[str, Any], dict[str, str]]) -> None:
    rounds, ids = voted
    entry = rounds["rank"]
    assert set(entry) == ROUND_KEYS | {"top_n"}
    assert (entry["target"], entry["top_n"]) == ("ideas", 2)
    assert [set(b) for b in entry["ballots"]] == [BALLOT_KEYS | {"order"}] * 3
    assert [(b["sector"], b["order"]) for b in entry["ballots"]] == [
        (None, [ids["X"], ids["Y"]]), ("business", [ids["Y"], ids["X"]]), ("academia", [ids["Z"]])]
    # Top 2: first 2 points, second 1. X 2+1 = 3 ties with Y 1+2 = 3; Z 2, a point behind.
    # Balanced: each of the 3 sectors has one ballot, so it equals the score.
    assert _results(entry, ids) == [
        ("X", "X", 3, 1, True, False, 3.0, {"unknown": 2, "business": 1, "academia": 0}, None),
        ("Y", "Y", 3, 1, True, False, 3.0, {"unknown": 1, "business": 2, "academia": 0}, None),
        ("Z", "Z", 2, 3, False, True, 2.0, {"unknown": 0, "business": 0, "academia": 2}, None),
    ]

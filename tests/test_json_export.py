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
from workshop_app.services import WorkshopService
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
        assert {t["option_id"] for t in voting_round["totals"]} <= cluster_ids


def test_deleted_idea_is_exported_with_its_deletion_time(
    exported: tuple[dict[str, Any], bytes, str]
) -> None:
    document, _, deleted = exported
    stamps = {i["id"]: i["deleted_at"] for i in document["ideas"]}
    assert stamps[deleted] is not None and stamps[deleted].startswith("20")
    assert [i for i, stamp in stamps.items() if stamp is not None] == [deleted]


def test_closed_round_with_ballots_and_totals(exported: tuple[dict[str, Any], bytes, str]) -> None:
    document, _, _ = exported
    [voting_round] = document["rounds"]
    [source] = SOURCE["rounds"]
    assert voting_round["status"] == "closed" and voting_round["closed_at"]
    assert len(voting_round["ballots"]) == len(source["ballots"])
    assert all(b["sector"] for b in voting_round["ballots"])
    names = {c["id"]: c["name"] for c in document["clusters"]}
    source_names = {c["key"]: c["name"] for c in SOURCE["clusters"]}
    expected: Counter[str] = Counter()
    for ballot in source["ballots"]:
        for key, dots in ballot["votes"].items():
            expected[source_names[key]] += dots
    totals = {names[t["option_id"]]: t["points"] for t in voting_round["totals"]}
    assert totals == {name: dots for name, dots in expected.items() if dots}
    points = [t["points"] for t in voting_round["totals"]]
    assert points == sorted(points, reverse=True)


def test_totals_give_equal_points_the_same_place(exported: tuple[dict[str, Any], bytes, str]) -> None:
    document, _, _ = exported
    [voting_round] = document["rounds"]
    totals = voting_round["totals"]
    assert totals[0]["place"] == 1
    for row, (before, total) in enumerate(itertools.pairwise(totals), start=2):
        expected = before["place"] if total["points"] == before["points"] else row
        assert total["place"] == expected


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

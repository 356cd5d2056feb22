"""The service: one transaction per operation, refusals change nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workshop_app.models import MAX_IDEA_CHARS, RoundStatus, Sector
from workshop_app.services import Changes, NewIdea, NewParticipant, RefusalReason, Refused, WorkshopService
from workshop_app.storage import WorkshopStore


class Crash(Exception):
    """Stands for anything failing half-way through a transaction."""


def reopened(path: Path) -> WorkshopStore:
    return WorkshopStore.open(path)


def idea_count(path: Path, *, include_deleted: bool = True) -> int:
    with reopened(path) as store:
        return len(WorkshopService(store).ideas(include_deleted=include_deleted))


# -- ideas: text ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "<b>pogrubione</b> & <font color=red>czerwone</font>",
    "Zażółć gęślą jaźń – ŹDŹBŁO w Łodzi",
    "Rowery 🚲 dla rodzin 👨\u200d👩\u200d👧 🇵🇱",
    "Wiersz 1\nWiersz 2\tz tabulatorem",
])
def test_text_is_stored_literally(service: WorkshopService, workshop_path: Path, text: str) -> None:
    created = service.add_idea(idea=NewIdea(text=text)).created
    service.store.close()
    with reopened(workshop_path) as store:
        assert WorkshopService(store).idea(created or "").text == text


def test_control_characters_are_stripped(service: WorkshopService) -> None:
    created = service.add_idea(idea=NewIdea(text="  Bu\x00dżet\x07 obywatelski\x1b[31m\r\n ")).created
    assert service.idea(created or "").text == "Budżet obywatelski[31m"


@pytest.mark.parametrize(("text", "reason"), [
    ("", RefusalReason.EMPTY_TEXT),
    ("  \n\t ", RefusalReason.EMPTY_TEXT),
    ("\x00\x1b", RefusalReason.EMPTY_TEXT),
    ("x" * (MAX_IDEA_CHARS + 1), RefusalReason.TEXT_TOO_LONG),
])
def test_bad_text_is_refused(service: WorkshopService, text: str, reason: RefusalReason) -> None:
    with pytest.raises(Refused) as info:
        service.add_idea(idea=NewIdea(text=text))
    assert info.value.reason is reason
    assert service.ideas(include_deleted=True) == []


def test_longest_allowed_idea_is_kept_whole(service: WorkshopService) -> None:
    text = ("Długi pomysł. " * MAX_IDEA_CHARS)[:MAX_IDEA_CHARS].strip()
    created = service.add_idea(idea=NewIdea(text=f"  {text}  ")).created
    assert service.idea(created or "").text == text


# -- ideas: transactions -----------------------------------------------------------


def test_one_blank_text_refuses_the_whole_paste(service: WorkshopService, workshop_path: Path) -> None:
    service.add_idea(idea=NewIdea(text="Już zapisany"))
    paste = [NewIdea("Pierwszy"), NewIdea("Drugi"), NewIdea("   "), NewIdea("Czwarty")]
    with pytest.raises(Refused) as info:
        service.add_ideas(ideas=paste)
    assert info.value.reason is RefusalReason.EMPTY_TEXT
    service.store.close()
    assert idea_count(workshop_path) == 1


def test_failure_mid_transaction_rolls_back_everything(
    service: WorkshopService, workshop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.add_idea(idea=NewIdea(text="Już zapisany"))
    real_insert = service.store.insert
    calls: list[Any] = []

    def failing_insert(entity: Any) -> None:
        calls.append(entity)
        if len(calls) == 3:
            raise Crash("disk pulled out")
        real_insert(entity)

    monkeypatch.setattr(service.store, "insert", failing_insert)
    with pytest.raises(Crash):
        service.add_ideas(ideas=[NewIdea(f"Pomysł {n}") for n in range(5)])
    assert len(calls) == 3
    assert [i.text for i in service.ideas()] == ["Już zapisany"]

    monkeypatch.undo()
    assert service.add_idea(idea=NewIdea(text="Po awarii")).created  # the store is still usable
    service.store.close()
    assert idea_count(workshop_path) == 2


def test_paste_gets_consecutive_sequence_numbers(service: WorkshopService) -> None:
    first = service.add_idea(idea=NewIdea(text="Pierwszy")).created
    changes = service.add_ideas(ideas=[NewIdea(f"Pomysł {n}") for n in range(3)])
    ideas = service.ideas()
    assert [i.seq for i in ideas] == [1, 2, 3, 4]
    assert ideas[0].id == first
    assert changes.ideas == {i.id for i in ideas[1:]}
    assert changes.created is None  # several ideas: no single "new one" to select


def test_idea_gets_its_participants_sector(service: WorkshopService) -> None:
    person = service.add_participant(participant=NewParticipant(sector=Sector.NGO, name="Anna")).created
    created = service.add_idea(idea=NewIdea(text="Od Anny", participant_id=person)).created
    assert service.idea(created or "").sector is Sector.NGO
    with pytest.raises(Refused) as info:
        service.add_idea(idea=NewIdea(text="Od nikogo", participant_id="no-such-person"))
    assert info.value.reason is RefusalReason.NOT_FOUND


# -- soft delete ------------------------------------------------------------------


def test_delete_and_restore_survive_reopening(service: WorkshopService, workshop_path: Path) -> None:
    service.add_idea(idea=NewIdea(text="Zostaje"))
    created = service.add_idea(idea=NewIdea(text="Usunięty – i przywrócony")).created
    assert created is not None
    assert service.delete_ideas(idea_ids=[created]) == Changes(ideas=frozenset({created}))
    assert created not in {i.id for i in service.ideas()}
    deleted = service.idea(created)
    assert deleted.deleted and created in {i.id for i in service.ideas(include_deleted=True)}
    service.store.close()

    with reopened(workshop_path) as store:
        again = WorkshopService(store)
        assert [i.text for i in again.ideas()] == ["Zostaje"]
        assert again.restore_ideas(idea_ids=[created]) == Changes(ideas=frozenset({created}))

    with reopened(workshop_path) as store:
        restored = WorkshopService(store).idea(created)
        assert created in {i.id for i in WorkshopService(store).ideas()}
    assert (restored.text, restored.seq, restored.deleted_at) == (deleted.text, deleted.seq, None)


# -- clusters ---------------------------------------------------------------------


@pytest.fixture
def three_ideas(service: WorkshopService) -> list[str]:
    return sorted(service.add_ideas(ideas=[NewIdea(t) for t in ("A", "B", "C")]).ideas)


def test_create_cluster_moves_ideas_into_it(service: WorkshopService, three_ideas: list[str]) -> None:
    changes = service.create_cluster(name="Transport", idea_ids=three_ideas[:2])
    cluster = changes.created
    assert changes.clusters == {cluster} and changes.ideas == set(three_ideas[:2])
    assert [c.name for c in service.clusters()] == ["Transport"]
    assert {i.id: i.cluster_id for i in service.ideas()} == {
        three_ideas[0]: cluster, three_ideas[1]: cluster, three_ideas[2]: None}


def test_move_ideas_names_both_clusters(service: WorkshopService, three_ideas: list[str]) -> None:
    old = service.create_cluster(name="Stara", idea_ids=three_ideas[:2]).created
    new = service.create_cluster(name="Nowa").created
    changes = service.move_ideas(idea_ids=[three_ideas[0], three_ideas[2]], cluster_id=new)
    assert changes.ideas == {three_ideas[0], three_ideas[2]}
    assert changes.clusters == {old, new}
    out = service.move_ideas(idea_ids=[three_ideas[1]], cluster_id=None)
    assert out.clusters == {old}
    assert [service.idea(i).cluster_id for i in three_ideas] == [new, None, new]


def test_move_into_missing_cluster_is_refused(service: WorkshopService, three_ideas: list[str]) -> None:
    with pytest.raises(Refused) as info:
        service.move_ideas(idea_ids=three_ideas, cluster_id="no-such-cluster")
    assert info.value.reason is RefusalReason.NOT_FOUND
    assert all(i.cluster_id is None for i in service.ideas())


def test_ungroup_unplaces_ideas_and_hides_the_cluster(
    service: WorkshopService, three_ideas: list[str]
) -> None:
    cluster = service.create_cluster(name="Do rozwiązania", idea_ids=three_ideas).created or ""
    service.delete_ideas(idea_ids=[three_ideas[0]])
    changes = service.ungroup_cluster(cluster_id=cluster)
    assert changes.clusters == {cluster}
    assert set(three_ideas[1:]) <= changes.ideas
    assert service.clusters() == []
    # Also the deleted idea: restoring it must not put it into a hidden cluster.
    service.restore_ideas(idea_ids=[three_ideas[0]])
    assert [i.cluster_id for i in service.ideas()] == [None, None, None]


# -- voting -----------------------------------------------------------------------


@pytest.fixture
def voting(service: WorkshopService) -> tuple[str, list[str]]:
    options = [service.create_cluster(name=n).created or "" for n in ("Kolej", "Żłobki", "Staże")]
    round_id = service.add_round(title="Runda 1", dots_per_voter=5, max_per_option=3).created
    assert round_id is not None
    return round_id, options


def test_ballot_is_stored_with_sector(service: WorkshopService, voting: tuple[str, list[str]]) -> None:
    round_id, (a, b, c) = voting
    service.open_round(round_id=round_id)
    person = service.add_participant(participant=NewParticipant(sector=Sector.BUSINESS)).created
    changes = service.cast_ballot(round_id=round_id, participant_id=person, votes={a: 3, b: 2, c: 0})
    assert changes.rounds == {round_id} and changes.created
    [ballot] = service.ballots(round_id)
    assert (ballot.votes, ballot.sector) == ({a: 3, b: 2}, Sector.BUSINESS)


@pytest.mark.parametrize(("votes", "reason"), [
    ({0: 3, 1: 3}, RefusalReason.TOO_MANY_DOTS),
    ({0: 4}, RefusalReason.TOO_MANY_ON_OPTION),
    ({"elsewhere": 1}, RefusalReason.UNKNOWN_OPTION),
    ({0: -1, 1: 2}, RefusalReason.INVALID_VALUE),
])
def test_ballot_over_the_limits_is_refused(
    service: WorkshopService, voting: tuple[str, list[str]], votes: dict[Any, int],
    reason: RefusalReason,
) -> None:
    round_id, options = voting
    service.open_round(round_id=round_id)
    named = {options[k] if isinstance(k, int) else k: v for k, v in votes.items()}
    with pytest.raises(Refused) as info:
        service.cast_ballot(round_id=round_id, votes=named)
    assert info.value.reason is reason
    assert service.ballots(round_id) == []


def test_ballot_needs_an_open_round(service: WorkshopService, voting: tuple[str, list[str]]) -> None:
    round_id, options = voting
    with pytest.raises(Refused) as info:
        service.cast_ballot(round_id=round_id, votes={options[0]: 1})
    assert info.value.reason is RefusalReason.ROUND_NOT_OPEN

    service.open_round(round_id=round_id)
    service.cast_ballot(round_id=round_id, votes={options[0]: 1})
    service.close_round(round_id=round_id)
    with pytest.raises(Refused) as info:
        service.cast_ballot(round_id=round_id, votes={options[1]: 1})
    assert info.value.reason is RefusalReason.ROUND_CLOSED
    with pytest.raises(Refused):
        service.open_round(round_id=round_id)  # a closed round stays closed
    assert service.rounds()[0].status is RoundStatus.CLOSED
    assert len(service.ballots(round_id)) == 1


def test_vote_for_an_ungrouped_cluster_is_refused(
    service: WorkshopService, voting: tuple[str, list[str]]
) -> None:
    round_id, options = voting
    service.open_round(round_id=round_id)
    service.ungroup_cluster(cluster_id=options[0])
    with pytest.raises(Refused) as info:
        service.cast_ballot(round_id=round_id, votes={options[0]: 1})
    assert info.value.reason is RefusalReason.UNKNOWN_OPTION


def test_round_with_impossible_limits_is_refused(service: WorkshopService) -> None:
    for dots, cap in ((3, 4), (5, 0)):
        with pytest.raises(Refused) as info:
            service.add_round(title="Zła", dots_per_voter=dots, max_per_option=cap)
        assert info.value.reason is RefusalReason.INVALID_VALUE
    assert service.rounds() == []


def test_an_idea_of_only_invisible_characters_is_refused_as_empty(service: WorkshopService) -> None:
    with pytest.raises(Refused) as refused:
        service.add_idea(idea=NewIdea("\u200b\ufeff\u2060"))
    assert refused.value.reason is RefusalReason.EMPTY_TEXT
    assert service.ideas() == []

"""Voting rounds through the service: every limit holds even without the views."""

from __future__ import annotations

import pytest

from workshop_app.models import BallotKind, RoundStatus, Sector, VoteMethod, VoteTarget
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.services.changes import RefusalReason, Refused


def refused(reason: RefusalReason, call, **kwargs) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Refused) as info:
        call(**kwargs)
    assert info.value.reason is reason, info.value


@pytest.fixture
def options(service: WorkshopService) -> list[str]:
    service.add_ideas(ideas=[NewIdea(f"Pomysł {i}") for i in range(9)])
    ideas = [i.id for i in service.ideas()]
    for n in range(6):
        service.create_cluster(name=f"Grupa {n}", idea_ids=ideas[n:n + 1])
    return [c.id for c in service.clusters()]


def new_round(service: WorkshopService, **kwargs) -> str:  # type: ignore[no-untyped-def]
    made = service.add_round(title="Runda", **kwargs).created
    assert made is not None
    return made


def opened(service: WorkshopService, **kwargs) -> str:  # type: ignore[no-untyped-def]
    made = new_round(service, **kwargs)
    service.open_round(round_id=made)
    return made


def the_round(service: WorkshopService, round_id: str):  # type: ignore[no-untyped-def]
    return next(r for r in service.rounds() if r.id == round_id)


# -- rounds -------------------------------------------------------------------------------


def test_a_new_dots_round_proposes_a_third_of_the_options(service: WorkshopService,
                                                          options: list[str]) -> None:
    made = the_round(service, new_round(service))
    assert (made.dots_per_voter, made.max_per_option) == (2, 2)  # 6 clusters
    chosen = the_round(service, new_round(service, options=options[:3]))
    assert chosen.options == tuple(options[:3]) and chosen.dots_per_voter == 1
    assert the_round(service, new_round(service, method=VoteMethod.SCORE)).axes == (
        "Wpływ", "Wykonalność")


def test_options_are_fixed_when_the_round_opens(service: WorkshopService,
                                                options: list[str]) -> None:
    everything = new_round(service)
    subset = new_round(service, options=options[:2])
    service.ungroup_cluster(cluster_id=options[1])  # gone before the vote
    service.open_round(round_id=everything)
    service.open_round(round_id=subset)
    assert the_round(service, everything).options == tuple(options[:1] + options[2:])
    assert the_round(service, subset).options == (options[0],)
    service.create_cluster(name="Późna", idea_ids=[service.ideas()[-1].id])
    assert len(the_round(service, everything).options) == 5  # a later cluster is not added


def test_a_round_with_nothing_to_vote_on_does_not_open(service: WorkshopService) -> None:
    made = new_round(service, dots_per_voter=3, max_per_option=1)
    refused(RefusalReason.NO_OPTIONS, service.open_round, round_id=made)
    assert the_round(service, made).status is RoundStatus.DRAFT


def test_only_a_draft_can_be_changed_or_deleted_but_the_title_always(
        service: WorkshopService, options: list[str]) -> None:
    draft = new_round(service)
    service.update_round(round_id=draft, method=VoteMethod.RANK, top_n=2, options=options[:4])
    changed = the_round(service, draft)
    assert (changed.method, changed.top_n, changed.options) == (VoteMethod.RANK, 2,
                                                                tuple(options[:4]))
    refused(RefusalReason.INVALID_VALUE, service.update_round, round_id=draft, top_n=0)
    refused(RefusalReason.INVALID_VALUE, service.update_round, round_id=draft,
            max_per_option=9)
    refused(RefusalReason.UNKNOWN_OPTION, service.update_round, round_id=draft,
            options=["nie-ma"])
    running = opened(service)
    refused(RefusalReason.ROUND_NOT_DRAFT, service.update_round, round_id=running, top_n=4)
    refused(RefusalReason.ROUND_NOT_DRAFT, service.delete_round, round_id=running)
    service.update_round(round_id=running, title="Tematy Forum 2027")
    assert the_round(service, running).title == "Tematy Forum 2027"
    service.delete_round(round_id=draft)
    assert draft not in {r.id for r in service.rounds()}


def test_close_and_reopen_record_their_times(service: WorkshopService, options: list[str]) -> None:
    made = opened(service)
    refused(RefusalReason.ROUND_ALREADY_OPEN, service.open_round, round_id=made)
    refused(RefusalReason.ROUND_NOT_CLOSED, service.reopen_round, round_id=made)
    service.close_round(round_id=made)
    refused(RefusalReason.ROUND_CLOSED, service.open_round, round_id=made)
    service.reopen_round(round_id=made)
    service.close_round(round_id=made)
    service.reopen_round(round_id=made)
    again = the_round(service, made)
    assert again.status is RoundStatus.OPEN and len(again.reopened_at) == 2
    assert again.opened_at == again.reopened_at[-1]
    service.cast_ballot(round_id=made, votes={options[0]: 1})  # takes ballots again


# -- ballots ------------------------------------------------------------------------------


def test_dots_limits_caps_and_stacking(service: WorkshopService, options: list[str]) -> None:
    made = opened(service, dots_per_voter=4, max_per_option=2)
    cast = service.cast_ballot
    refused(RefusalReason.TOO_MANY_DOTS, cast, round_id=made, votes={options[0]: 2,
                                                                      options[1]: 2, options[2]: 1})
    refused(RefusalReason.TOO_MANY_ON_OPTION, cast, round_id=made, votes={options[0]: 3})
    refused(RefusalReason.INVALID_VALUE, cast, round_id=made, votes={options[0]: -1})
    refused(RefusalReason.INVALID_VALUE, cast, round_id=made, votes={options[0]: 1.5})
    refused(RefusalReason.UNKNOWN_OPTION, cast, round_id=made, votes={"nie-ma": 1})
    refused(RefusalReason.WRONG_BALLOT, cast, round_id=made, ranking=[options[0]])
    cast(round_id=made, votes={options[0]: 2, options[1]: 2, options[2]: 0})
    assert service.ballots(made)[0].votes == {options[0]: 2, options[1]: 2}
    single = opened(service, dots_per_voter=3, max_per_option=2, allow_stacking=False)
    refused(RefusalReason.TOO_MANY_ON_OPTION, cast, round_id=single, votes={options[0]: 2})
    cast(round_id=single, votes=dict.fromkeys(options[:3], 1))
    assert len(service.ballots(made)) == len(service.ballots(single)) == 1


def test_a_walk_up_ballot_without_a_dot_is_refused(service: WorkshopService,
                                                  options: list[str]) -> None:
    made = opened(service, dots_per_voter=2, max_per_option=1)
    for votes in ({}, {options[0]: 0}, None):
        refused(RefusalReason.EMPTY_BALLOT, service.cast_ballot, round_id=made, votes=votes)
    assert service.ballots(made) == []


def test_marks_on_two_axes_for_every_option(service: WorkshopService, options: list[str]) -> None:
    made = opened(service, method=VoteMethod.SCORE, options=options[:3])
    cast = service.cast_ballot
    full = {o: [5, 3] for o in options[:3]}
    refused(RefusalReason.BALLOT_INCOMPLETE, cast, round_id=made,
            scores={o: [5, 3] for o in options[:2]})
    refused(RefusalReason.INVALID_MARK, cast, round_id=made, scores={**full, options[0]: [6, 3]})
    refused(RefusalReason.INVALID_MARK, cast, round_id=made, scores={**full, options[0]: [0, 3]})
    refused(RefusalReason.INVALID_MARK, cast, round_id=made, scores={**full, options[0]: [4]})
    refused(RefusalReason.UNKNOWN_OPTION, cast, round_id=made, scores={**full, options[4]: [1, 1]})
    refused(RefusalReason.WRONG_BALLOT, cast, round_id=made, votes={options[0]: 1})
    cast(round_id=made, scores=full, sector=Sector.BUSINESS)
    assert service.ballots(made)[0].scores == full


def test_rankings_are_distinct_and_at_most_top_n(service: WorkshopService, options: list[str]) -> None:
    made = opened(service, method=VoteMethod.RANK, top_n=3)
    cast = service.cast_ballot
    refused(RefusalReason.INVALID_RANKING, cast, round_id=made, ranking=[])
    refused(RefusalReason.INVALID_RANKING, cast, round_id=made, ranking=[options[0]] * 2)
    refused(RefusalReason.INVALID_RANKING, cast, round_id=made, ranking=options[:4])
    refused(RefusalReason.UNKNOWN_OPTION, cast, round_id=made, ranking=["nie-ma"])
    cast(round_id=made, ranking=[options[2], options[0]])
    assert service.ballots(made)[0].ranking == (options[2], options[0])


def test_the_order_shown_is_kept_and_must_be_the_rounds_options(
        service: WorkshopService, options: list[str]) -> None:
    made = opened(service, options=options[:3], dots_per_voter=2, max_per_option=1)
    shown = [options[2], options[0], options[1]]
    refused(RefusalReason.INVALID_VALUE, service.cast_ballot, round_id=made,
            votes={options[0]: 1}, shown=shown[:2])
    service.cast_ballot(round_id=made, votes={options[0]: 1}, shown=shown)
    assert service.ballots(made)[0].shown == tuple(shown)


def test_paper_dots_are_entered_by_sector_in_one_step(service: WorkshopService,
                                                      options: list[str]) -> None:
    made = opened(service, dots_per_voter=2, max_per_option=1)
    steps = len(service.undo_history())
    service.enter_tally(round_id=made, counts={
        Sector.BUSINESS: {options[0]: 7, options[1]: 0}, None: {options[1]: 3},
        Sector.ACADEMIA: {}}, voters={Sector.BUSINESS: 4})
    assert len(service.undo_history()) == steps + 1
    tallies = sorted(service.ballots(made), key=lambda b: b.votes.get(options[0], 0))
    assert [(b.kind, b.sector, b.votes, b.voters) for b in tallies] == [
        (BallotKind.TALLY, None, {options[1]: 3}, 1),
        (BallotKind.TALLY, Sector.BUSINESS, {options[0]: 7}, 4)]  # paper has no per-voter cap
    refused(RefusalReason.EMPTY_TALLY, service.enter_tally, round_id=made,
            counts={Sector.BUSINESS: {options[0]: 0}})
    refused(RefusalReason.INVALID_VALUE, service.enter_tally, round_id=made,
            counts={Sector.BUSINESS: {options[0]: -2}})
    refused(RefusalReason.INVALID_VALUE, service.enter_tally, round_id=made,
            counts={Sector.BUSINESS: {options[0]: "dużo"}})
    ranked = opened(service, method=VoteMethod.RANK)
    refused(RefusalReason.TALLY_NEEDS_DOTS, service.enter_tally, round_id=ranked,
            counts={None: {options[0]: 1}})
    results = {r.option_id: r.score for r in service.results(made)}
    assert results[options[0]] == 7 and results[options[1]] == 3


def test_the_last_ballot_can_be_discarded_and_brought_back(
        service: WorkshopService, options: list[str]) -> None:
    made = opened(service)
    refused(RefusalReason.NO_BALLOT, service.discard_last_ballot, round_id=made)
    service.cast_ballot(round_id=made, votes={options[0]: 1})
    service.cast_ballot(round_id=made, votes={options[1]: 2})
    service.discard_last_ballot(round_id=made)
    assert [b.votes for b in service.ballots(made)] == [{options[0]: 1}]
    service.undo()
    assert len(service.ballots(made)) == 2
    service.close_round(round_id=made)
    refused(RefusalReason.ROUND_CLOSED, service.discard_last_ballot, round_id=made)


def test_results_of_each_method(service: WorkshopService, options: list[str]) -> None:
    dots = opened(service, dots_per_voter=3, max_per_option=2)
    service.cast_ballot(round_id=dots, votes={options[0]: 2, options[1]: 1},
                        sector=Sector.BUSINESS)
    service.cast_ballot(round_id=dots, votes={options[1]: 2}, sector=Sector.ACADEMIA)
    found = service.results(dots)
    assert [(r.option_id, r.score, r.place) for r in found[:2]] == [
        (options[1], 3, 1), (options[0], 2, 2)]
    ranked = opened(service, method=VoteMethod.RANK, top_n=2, options=options[:3])
    service.cast_ballot(round_id=ranked, ranking=[options[2], options[0]])
    assert [(r.option_id, r.score) for r in service.results(ranked)] == [
        (options[2], 2), (options[0], 1), (options[1], 0)]
    marked = opened(service, method=VoteMethod.SCORE, options=options[:2], target=VoteTarget.CLUSTERS)
    service.cast_ballot(round_id=marked, scores={options[0]: [5, 5], options[1]: [2, 1]})
    best = service.results(marked)[0]
    assert best.option_id == options[0] and best.axis_means == (5.0, 5.0)


def test_a_named_participant_votes_once_a_round_and_sectors_always(
        service: WorkshopService, options: list[str]) -> None:
    from workshop_app.services import NewParticipant

    anna = service.add_participant(participant=NewParticipant(
        name="Anna", sector=Sector.ACADEMIA)).created
    made, other = opened(service), opened(service)
    service.cast_ballot(round_id=made, votes={options[0]: 1}, participant_id=anna)
    for sector in (None, Sector.ACADEMIA):  # she again, sector given or not
        refused(RefusalReason.ALREADY_VOTED, service.cast_ballot, round_id=made,
                votes={options[1]: 1}, participant_id=anna, sector=sector)
    assert [b.votes for b in service.ballots(made)] == [{options[0]: 1}]
    service.cast_ballot(round_id=other, votes={options[1]: 1}, participant_id=anna)
    for _ in range(3):  # without a name, as often as people come
        service.cast_ballot(round_id=made, votes={options[2]: 1}, sector=Sector.ACADEMIA)
    service.discard_last_ballot(round_id=made)
    service.discard_last_ballot(round_id=made)
    service.discard_last_ballot(round_id=made)
    service.discard_last_ballot(round_id=made)  # her ballot taken back: she may vote again
    service.cast_ballot(round_id=made, votes={options[3]: 1}, participant_id=anna)
    assert [(b.participant_id, b.votes) for b in service.ballots(made)] == [(anna, {options[3]: 1})]


def test_an_option_gone_while_the_round_is_open_is_neither_shown_nor_asked_for(
        service: WorkshopService, options: list[str]) -> None:
    made = opened(service, method=VoteMethod.SCORE, options=options[:4])
    service.ungroup_cluster(cluster_id=options[0])  # ungrouped while the room votes
    service.merge_clusters(source_id=options[1], target_id=options[4])  # merged into another
    live = service.votable(made)
    assert live == (options[2], options[3])
    shown = list(reversed(live))
    full = {o: [4, 2] for o in live}
    refused(RefusalReason.INVALID_VALUE, service.cast_ballot, round_id=made, scores=full,
            shown=[*shown, options[0]])
    refused(RefusalReason.UNKNOWN_OPTION, service.cast_ballot, round_id=made,
            scores={**full, options[0]: [4, 2]})
    service.cast_ballot(round_id=made, scores=full, shown=shown)  # complete without the gone one
    assert service.ballots(made)[0].shown == tuple(shown)
    dots = opened(service, options=options[4:6])
    service.ungroup_cluster(cluster_id=options[5])
    assert service.votable(dots) == (options[4],)
    service.cast_ballot(round_id=dots, votes={options[4]: 1}, shown=[options[4]])


@pytest.mark.parametrize(("method", "ballot", "reason"), [
    (VoteMethod.SCORE, {"scores": "every"}, RefusalReason.INVALID_MARK),  # marks one number each
    (VoteMethod.SCORE, {"scores": ["a"]}, RefusalReason.INVALID_MARK),
    (VoteMethod.DOTS, {"votes": ["a"]}, RefusalReason.INVALID_VALUE),
    (VoteMethod.DOTS, {"votes": "first", "shown": "abc"}, RefusalReason.INVALID_VALUE),
    (VoteMethod.DOTS, {"votes": "first", "shown": [1, None]}, RefusalReason.INVALID_VALUE),
    (VoteMethod.DOTS, {"votes": "first", "sector": "nauka"}, RefusalReason.INVALID_VALUE),
    (VoteMethod.DOTS, {"votes": "first", "kind": "phone?"}, RefusalReason.INVALID_VALUE),
    (VoteMethod.DOTS, {"votes": "first", "participant_id": "nobody",
                       "sector": Sector.BUSINESS}, RefusalReason.NOT_FOUND),
    (VoteMethod.RANK, {"ranking": 7}, RefusalReason.INVALID_RANKING),
    (VoteMethod.RANK, {"ranking": [["a"]]}, RefusalReason.INVALID_RANKING),
])
def test_a_malformed_ballot_is_refused_and_changes_nothing(
        service: WorkshopService, options: list[str], method: VoteMethod,
        ballot: dict[str, object], reason: RefusalReason) -> None:
    made = opened(service, method=method, options=options[:3])
    sent = dict(ballot)
    if sent.get("scores") == "every":
        sent["scores"] = dict.fromkeys(options[:3], 3)  # a number where a pair belongs
    if sent.get("votes") == "first":
        sent["votes"] = {options[0]: 1}
    before = service.store.changes_made()
    refused(reason, service.cast_ballot, round_id=made, **sent)
    assert service.ballots(made) == [] and service.store.changes_made() == before


@pytest.mark.parametrize("tally", [
    {"counts": {None: {"first": 5}}, "voters": {None: "abc"}},
    {"counts": {None: {"first": 5}}, "voters": {None: 2.5}},
    {"counts": {None: ["first"]}},
    {"counts": [("first", 5)]},
    {"counts": {"nauka": {"first": 5}}},
])
def test_malformed_paper_dots_are_refused_and_change_nothing(
        service: WorkshopService, options: list[str], tally: dict[str, object]) -> None:
    made = opened(service, options=options[:3])
    sent = {k: {s: ({options[0]: 5} if v == {"first": 5} else v) for s, v in value.items()}
            if isinstance(value, dict) else value for k, value in tally.items()}
    before = service.store.changes_made()
    refused(RefusalReason.INVALID_VALUE, service.enter_tally, round_id=made, **sent)
    assert service.ballots(made) == [] and service.store.changes_made() == before


def test_paper_dots_typed_for_several_sectors_are_taken_back_together(
        service: WorkshopService, options: list[str]) -> None:
    made = opened(service)
    sectors = list(Sector)
    service.cast_ballot(round_id=made, votes={options[0]: 1}, sector=sectors[3])
    service.enter_tally(round_id=made, counts={sectors[0]: {options[1]: 1}})
    service.enter_tally(round_id=made, counts={s: {options[2]: n + 1}
                                               for n, s in enumerate(sectors[:3])})
    service.cast_ballot(round_id=made, votes={options[0]: 1}, sector=sectors[4])

    def left() -> list[tuple[Sector | None, dict[str, int]]]:
        return [(b.sector, dict(b.votes)) for b in service.ballots(made)]

    service.discard_last_ballot(round_id=made)  # the walk-up ballot alone
    assert len(left()) == 5
    service.discard_last_ballot(round_id=made)  # the three sectors typed at once
    assert left() == [(sectors[3], {options[0]: 1}), (sectors[0], {options[1]: 1})]
    service.undo()
    assert len(left()) == 5
    service.discard_last_ballot(round_id=made)
    service.discard_last_ballot(round_id=made)  # the earlier tally is a step of its own
    assert left() == [(sectors[3], {options[0]: 1})]

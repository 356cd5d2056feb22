"""Walk-up voting on the shared screen, by keys only: voters one after another,
each with their own order of cards, and nothing of anyone's votes in sight."""

from __future__ import annotations

import random
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.presenter import window_with_presenter
from workshop_app.models import PhaseKind, Sector, VoteMethod
from workshop_app.services import WorkshopService
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.presenter_voting import WalkUpVoting

pytestmark = pytest.mark.usefixtures("polish")


def voting_screen(qtbot: QtBot, service: WorkshopService, method: VoteMethod,
                  **settings: object) -> tuple[MainWindow, WalkUpVoting, str]:
    made = service.add_round(title="Tematy Forum 2027", method=method, **settings).created
    assert made is not None
    service.open_round(round_id=made)
    window = window_with_presenter(qtbot, service, PhaseKind.PRIORITISE, (1920, 1080))
    presenter = window.presenter
    assert presenter is not None
    voting = presenter.voting
    voting.rng = random.Random(7)
    window.session.station.start_voting(made)
    qtbot.waitUntil(lambda: presenter.prioritise.currentWidget() is voting)
    return window, voting, made


def press(qtbot: QtBot, voting: WalkUpVoting, *keys: Qt.Key | str) -> None:
    for key in keys:
        page = voting.currentWidget()
        if isinstance(key, str):
            qtbot.keyClicks(page, key)
        else:
            qtbot.keyClick(page, key)


def shown_texts(widget: QWidget) -> list[str]:
    return [w.text() for w in [*widget.findChildren(QLabel), *widget.findChildren(QPushButton)]
            if w.isVisibleTo(widget) and w.text().strip()]


def test_five_voters_with_keys_only(qtbot: QtBot, demo_service: WorkshopService) -> None:
    _window, voting, made = voting_screen(qtbot, demo_service, VoteMethod.DOTS,
                                         dots_per_voter=3, max_per_option=2)
    for voter in range(5):
        assert voting.currentWidget() is voting.start_page
        press(qtbot, voting, str(voter + 1))  # a sector by its number
        if voting.currentWidget() is voting.name_page:
            press(qtbot, voting, "1")  # without my name
        ballot = voting.ballot_page
        assert voting.currentWidget() is ballot
        # A fresh ballot: nobody's dots in sight.
        assert all(card.state.text().startswith("○") for card in ballot.cards if card.isVisible())
        press(qtbot, voting, "1", Qt.Key.Key_Plus, Qt.Key.Key_Space, Qt.Key.Key_Plus, "2",
              Qt.Key.Key_Plus)
        assert ballot.draft is not None and ballot.draft.dots_left == 0  # the cap held at 2
        first, second = ballot.draft.shown[:2]
        press(qtbot, voting, Qt.Key.Key_Return)
        assert voting.currentWidget() is voting.confirm_page
        press(qtbot, voting, Qt.Key.Key_Return)
        assert voting.currentWidget() is voting.thanks_page
        cast = list(demo_service.ballots(made))
        assert len(cast) == voter + 1
        newest = max(cast, key=lambda b: b.created_at)
        assert newest.votes == {first: 2, second: 1}
        assert newest.sector is list(Sector)[voter]
        # Between voters: no option, no count, no place anywhere on the screen.
        texts = " ".join(shown_texts(voting.currentWidget()))
        assert not re.search(r"\d", texts)
        press(qtbot, voting, Qt.Key.Key_Return)
    orders = {b.shown for b in demo_service.ballots(made)}
    assert len(orders) == 5  # each voter saw their own order


def test_marks_and_rankings_with_keys(qtbot: QtBot, demo_service: WorkshopService) -> None:
    clusters = [c.id for c in demo_service.clusters()[:3]]
    window, voting, made = voting_screen(qtbot, demo_service, VoteMethod.SCORE, options=clusters)
    press(qtbot, voting, "2")
    if voting.currentWidget() is voting.name_page:
        press(qtbot, voting, "1")
    ballot = voting.ballot_page
    assert not ballot.done_button.isEnabled()
    press(qtbot, voting, "5", "4", "3", "2", "1", "1")  # two marks per card, card after card
    assert ballot.draft is not None and ballot.draft.complete
    press(qtbot, voting, Qt.Key.Key_Return, Qt.Key.Key_Return)
    (cast,) = demo_service.ballots(made)
    assert [cast.scores[o] for o in cast.shown] == [[5, 4], [3, 2], [1, 1]]
    ranked = demo_service.add_round(title="Ranking", method=VoteMethod.RANK, top_n=2).created
    assert ranked is not None
    demo_service.open_round(round_id=ranked)
    window.session.station.start_voting(ranked)
    qtbot.waitUntil(lambda: voting.round is not None and voting.round.id == ranked)
    press(qtbot, voting, "3")
    if voting.currentWidget() is voting.name_page:
        press(qtbot, voting, "1")
    press(qtbot, voting, "3", Qt.Key.Key_Plus, "1", Qt.Key.Key_Plus, "2", Qt.Key.Key_Plus)
    draft = voting.ballot_page.draft
    assert draft is not None and draft.ranking == [draft.shown[2], draft.shown[0]]  # top 2 only
    press(qtbot, voting, Qt.Key.Key_Return, Qt.Key.Key_Return)
    (ranking,) = demo_service.ballots(ranked)
    assert ranking.ranking == (draft.shown[2], draft.shown[0])


def test_esc_goes_back_and_a_closed_round_leaves_the_screen(qtbot: QtBot,
                                                            demo_service: WorkshopService) -> None:
    window, voting, made = voting_screen(qtbot, demo_service, VoteMethod.DOTS,
                                         dots_per_voter=2, max_per_option=1)
    press(qtbot, voting, "1")
    if voting.currentWidget() is voting.name_page:
        press(qtbot, voting, "1")
    press(qtbot, voting, "1", Qt.Key.Key_Plus, Qt.Key.Key_Return)
    assert voting.currentWidget() is voting.confirm_page
    press(qtbot, voting, Qt.Key.Key_Escape)
    assert voting.currentWidget() is voting.ballot_page  # nothing cast
    assert demo_service.ballots(made) == []
    window.session.run(demo_service.close_round, round_id=made)
    presenter = window.presenter
    assert presenter is not None
    qtbot.waitUntil(lambda: presenter.prioritise.currentWidget() is presenter.prioritise_view)


def test_the_voting_cards_are_readable_from_the_back_of_the_room(
        qtbot: QtBot, demo_service: WorkshopService) -> None:
    _window, voting, _made = voting_screen(qtbot, demo_service, VoteMethod.DOTS)
    press(qtbot, voting, "1")
    if voting.currentWidget() is voting.name_page:
        press(qtbot, voting, "1")
    page = voting.ballot_page
    qtbot.waitUntil(lambda: page.cards[0].isVisible())
    sizes = [QFontInfo(w.font()).pixelSize()
             for w in [*page.findChildren(QLabel), *page.findChildren(QPushButton)]
             if w.isVisibleTo(page) and w.text().strip()]
    assert min(sizes) >= 28
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]
    assert all(b.height() >= 48 for b in buttons)


def test_who_voted_in_this_round_is_not_offered_again(qtbot: QtBot,
                                                       demo_service: WorkshopService) -> None:
    _window, voting, made = voting_screen(qtbot, demo_service, VoteMethod.DOTS)
    press(qtbot, voting, "1")
    assert voting.currentWidget() is voting.name_page
    first = voting.people[0]
    assert voting.name_page.buttons[1].text() == "2. " + first.name
    press(qtbot, voting, "2")  # the first name (1 is "without my name")
    press(qtbot, voting, "1", Qt.Key.Key_Plus, Qt.Key.Key_Return, Qt.Key.Key_Return)
    assert voting.currentWidget() is voting.thanks_page
    assert [b.participant_id for b in demo_service.ballots(made)] == [first.id]
    press(qtbot, voting, Qt.Key.Key_Return)  # the next voter, of the same sector
    press(qtbot, voting, "1")
    if voting.currentWidget() is voting.name_page:
        assert not any(first.name in b.text() for b in voting.name_page.buttons)
        press(qtbot, voting, "1")  # without a name: always possible
    press(qtbot, voting, "1", Qt.Key.Key_Plus, Qt.Key.Key_Return, Qt.Key.Key_Return)
    assert voting.currentWidget() is voting.thanks_page
    assert len(demo_service.ballots(made)) == 2


def test_a_group_ungrouped_while_the_room_votes_leaves_the_ballot(
        qtbot: QtBot, demo_service: WorkshopService) -> None:
    clusters = [c.id for c in demo_service.clusters()[:4]]
    window, voting, made = voting_screen(qtbot, demo_service, VoteMethod.SCORE, options=clusters)
    window.session.run(demo_service.ungroup_cluster, cluster_id=clusters[0])
    press(qtbot, voting, "2")
    if voting.currentWidget() is voting.name_page:
        press(qtbot, voting, "1")
    ballot = voting.ballot_page
    assert ballot.draft is not None and sorted(ballot.draft.shown) == sorted(clusters[1:])
    assert sum(card.isVisibleTo(ballot) for card in ballot.cards) == 3
    press(qtbot, voting, "5", "4", "3", "2")  # two cards marked, then the third one goes
    window.session.run(demo_service.ungroup_cluster, cluster_id=ballot.draft.shown[2])
    assert len(ballot.draft.shown) == 2 and ballot.done_button.isEnabled()
    press(qtbot, voting, Qt.Key.Key_Return, Qt.Key.Key_Return)
    assert voting.currentWidget() is voting.thanks_page
    (cast,) = demo_service.ballots(made)
    assert [cast.scores[o] for o in cast.shown] == [[5, 4], [3, 2]]

"""The moderator's voting console: make a round, open it, paper dots typed
twice, ballots followed by sector, the last one taken back, close, reveal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.presenter import window_with_presenter
from workshop_app.models import BallotKind, PhaseKind, RoundStatus, Sector, VoteMethod
from workshop_app.services import WorkshopService
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.panels.prioritise import PrioritisePanel
from workshop_app.ui.presenter import PresenterWindow
from workshop_app.ui.round_dialog import RoundDialog
from workshop_app.ui.tally_dialog import TallyDialog
from workshop_app.ui.voting_station import VotingStation

pytestmark = pytest.mark.usefixtures("polish")


@pytest.fixture
def window(qtbot: QtBot, demo_service: WorkshopService) -> MainWindow:
    return window_with_presenter(qtbot, demo_service, PhaseKind.PRIORITISE, (1920, 1080))


def console(window: MainWindow) -> PrioritisePanel:
    panel = window.panels[PhaseKind.PRIORITISE]
    assert isinstance(panel, PrioritisePanel)
    return panel


def click(qtbot: QtBot, panel: PrioritisePanel, key: str) -> None:
    """Press a console button and wait until the console shows what it changed."""
    panel.buttons[key].click()
    qtbot.waitUntil(lambda: not panel._later.isActive())


def new_round(panel: PrioritisePanel, monkeypatch: pytest.MonkeyPatch, title: str,
              method: VoteMethod, untick: int = 0) -> None:
    def fill(dialog: RoundDialog) -> int:
        dialog.title.setText(title)
        dialog.method.setCurrentIndex(dialog.method.findData(method))
        for row in range(untick):
            dialog.options.item(row).setCheckState(Qt.CheckState.Unchecked)
        dialog._check()
        return int(dialog.result())

    monkeypatch.setattr(RoundDialog, "exec", fill)
    panel.buttons["new"].click()


def test_a_paper_round_from_the_console(qtbot: QtBot, window: MainWindow,
                                        demo_service: WorkshopService,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = console(window)
    new_round(panel, monkeypatch, "Kropki z flipchartów", VoteMethod.DOTS, untick=2)
    made = panel.current()
    assert made is not None and made.title == "Kropki z flipchartów"
    assert made.status is RoundStatus.DRAFT and len(made.options) == len(demo_service.clusters()) - 2
    assert not panel.buttons["tally"].isEnabled()  # not open yet
    click(qtbot, panel, "open")
    assert panel.current().status is RoundStatus.OPEN  # type: ignore[union-attr]
    first, second = made.options[:2]

    def type_twice(dialog: TallyDialog) -> int:
        business = dialog.first.sectors.index(Sector.BUSINESS)
        for grid, count in ((dialog.first, "7"), (dialog.second, "8")):  # one cell differs
            grid.cell(0, business).setText(count)
            grid.cell(1, business).setText("3")
            grid.cell(len(grid.option_ids), business).setText("4")  # four people voted
        dialog.check()
        assert dialog.result() == 0 and "≠" in dialog.first.cell(0, business).text()
        assert "≠" not in dialog.first.cell(1, business).text()
        dialog.second.cell(0, business).setText("7")  # counted again
        dialog.check()
        return int(dialog.result())

    monkeypatch.setattr(TallyDialog, "exec", type_twice)
    click(qtbot, panel, "tally")
    (tally,) = demo_service.ballots(made.id)
    assert (tally.kind, tally.sector, tally.votes, tally.voters) == (
        BallotKind.TALLY, Sector.BUSINESS, {first: 7, second: 3}, 4)
    assert "4" in panel.progress.text() and "biznes" in panel.progress.text()
    top = panel.model.index(0, 2).data()
    assert top == "7"  # the console sees the results before anyone else
    click(qtbot, panel, "discard")
    assert demo_service.ballots(made.id) == []
    window.session.undo_stack.undo()
    assert len(demo_service.ballots(made.id)) == 1
    click(qtbot, panel, "close")
    assert panel.current().status is RoundStatus.CLOSED  # type: ignore[union-attr]
    assert panel.buttons["reopen"].isEnabled() and not panel.buttons["tally"].isEnabled()


def test_the_shared_screen_votes_when_the_console_says_and_stops_at_close(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = console(window)
    presenter = window.presenter
    assert presenter is not None
    new_round(panel, monkeypatch, "Ranking tematów", VoteMethod.RANK)
    click(qtbot, panel, "open")
    click(qtbot, panel, "screen")
    assert panel.buttons["screen"].isChecked()
    qtbot.waitUntil(lambda: presenter.prioritise.currentWidget() is presenter.voting)
    click(qtbot, panel, "close")
    qtbot.waitUntil(lambda: presenter.prioritise.currentWidget() is presenter.prioritise_view)
    assert window.session.station.voting is None and not panel.buttons["screen"].isChecked()
    click(qtbot, panel, "reveal")
    current = panel.current()
    assert current is not None and window.session.station.revealed == current.id
    click(qtbot, panel, "reveal")
    assert window.session.station.revealed is None


def test_a_draft_can_be_changed_and_deleted_but_not_an_open_round(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService,
        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = console(window)
    new_round(panel, monkeypatch, "Szkic", VoteMethod.SCORE)
    draft = panel.current()
    assert draft is not None and draft.axes == ("Wpływ", "Wykonalność")
    assert panel.buttons["edit"].isEnabled() and panel.buttons["delete"].isEnabled()

    def rename(dialog: RoundDialog) -> int:
        dialog.title.setText("Szkic 2")
        dialog.axis_two.setText("Koszt")
        dialog._check()
        return int(dialog.result())

    monkeypatch.setattr(RoundDialog, "exec", rename)
    click(qtbot, panel, "edit")
    changed = panel.current()
    assert changed is not None and (changed.title, changed.axes) == ("Szkic 2", ("Wpływ", "Koszt"))
    click(qtbot, panel, "delete")
    assert draft.id not in {r.id for r in demo_service.rounds()}
    window.session.undo_stack.undo()
    assert draft.id in {r.id for r in demo_service.rounds()}


def test_the_round_form_refuses_what_cannot_be_voted(qtbot: QtBot, window: MainWindow) -> None:
    panel = console(window)
    dialog = RoundDialog(panel._choices(), parent=panel)
    qtbot.addWidget(dialog)
    dialog._check()
    assert dialog.result() == 0 and dialog.problem.text()  # no title
    dialog.title.setText("Runda")
    for row in range(dialog.options.count()):
        dialog.options.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog._check()
    assert dialog.result() == 0 and dialog.problem.text()  # nothing to vote on
    dialog.options.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.dots.setValue(2)
    dialog.cap.setValue(3)
    dialog._check()
    assert dialog.result() == 0  # more on one option than a voter has
    dialog.cap.setValue(2)
    dialog._check()
    assert dialog.result() == 1


def test_ties_share_a_place_and_the_breakdown_adds_up_to_the_dots(
        qtbot: QtBot, service: WorkshopService) -> None:
    from workshop_app.services import NewIdea
    from workshop_app.ui.session import WorkshopSession

    service.add_ideas(ideas=[NewIdea(t) for t in ("Kolej", "Kadry", "Zieleń")])
    names = ("Transport", "Edukacja", "Środowisko")
    clusters = {name: service.create_cluster(name=name, idea_ids=[idea.id]).created
                for name, idea in zip(names, service.ideas(), strict=True)}
    round_id = service.add_round(title="Runda 1", dots_per_voter=5, max_per_option=3).created
    assert round_id is not None
    service.open_round(round_id=round_id)
    service.cast_ballot(round_id=round_id, sector=Sector.BUSINESS,
                        votes={clusters["Transport"]: 2, clusters["Edukacja"]: 2})
    # Dots counted from stickers on paper: nobody knows the voters' sectors.
    service.cast_ballot(round_id=round_id, votes={clusters["Transport"]: 1, clusters["Środowisko"]: 3})
    panel = PrioritisePanel(WorkshopSession(service, service.store.path))
    qtbot.addWidget(panel)
    panel.refresh()
    model = panel.model
    rows = [tuple(model.index(r, c).data() for c in range(5)) for r in range(model.rowCount())]
    # Place, option, score (a tie marked "="), sector-balanced score, points by sector.
    assert sorted(rows[:2]) == [("1", "Transport", "3 =", "3", "biznes 2, bez sektora 1"),
                                ("1", "Środowisko", "3 =", "3", "bez sektora 3")]
    assert rows[2] == ("3", "Edukacja", "2 ≈", "2", "biznes 2")  # one dot behind: a near tie


def test_the_room_sees_results_only_when_revealed(qtbot: QtBot, window: MainWindow,
                                                 demo_service: WorkshopService) -> None:
    from PySide6.QtWidgets import QLabel

    from workshop_app.ui.presenter_voting import option_titles
    from workshop_app.ui.results_view import number_text

    panel = console(window)
    presenter = window.presenter
    assert presenter is not None
    closed = panel.current()
    assert closed is not None and closed.status is RoundStatus.CLOSED
    results = demo_service.results(closed.id)
    titles = option_titles(demo_service, closed)

    def room_sees() -> str:
        return " ".join(label.text() for label in presenter.findChildren(QLabel)
                        if label.isVisibleTo(presenter))

    # The console shows the results; the room sees the round's name and state only.
    assert panel.model.rowCount() == len(results)
    before = room_sees()
    assert closed.title in before
    assert not any(titles[r.option_id] in before for r in results)
    click(qtbot, panel, "reveal")
    qtbot.waitUntil(lambda: presenter.prioritise.currentWidget() is presenter.results)
    after = room_sees()
    assert all(titles[r.option_id] in after for r in results)
    assert number_text(results[0].score, closed.method) in after
    click(qtbot, panel, "reveal")  # hidden again
    qtbot.waitUntil(lambda: presenter.prioritise.currentWidget() is presenter.prioritise_view)
    assert not any(titles[r.option_id] in room_sees() for r in results)


def test_many_results_are_paged_on_the_shared_screen_never_scrolled(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    from PySide6.QtWidgets import QLabel, QScrollArea

    from workshop_app.models import VoteTarget
    from workshop_app.ui.results_view import SCREEN_ROWS

    made = demo_service.add_round(title="Pomysły", target=VoteTarget.IDEAS, dots_per_voter=30,
                                  max_per_option=1).created
    assert made is not None
    demo_service.open_round(round_id=made)
    options = next(r for r in demo_service.rounds() if r.id == made).options
    assert len(options) > 2 * SCREEN_ROWS
    demo_service.cast_ballot(round_id=made, votes=dict.fromkeys(options[:30], 1))
    presenter = window.presenter
    assert presenter is not None
    window.session.station.reveal(made)
    qtbot.waitUntil(lambda: presenter.prioritise.currentWidget() is presenter.results)
    results = presenter.results
    assert results.page_count == -(-len(options) // SCREEN_ROWS)
    assert results.indicator.isVisibleTo(presenter) and results.indicator.text().startswith(
        "Strona 1 z")
    first_page = {label.text() for label in results.title_labels}
    assert len(first_page) == SCREEN_ROWS
    presenter.turn_page(1)
    assert results.page == 1 and {label.text() for label in results.title_labels} != first_page
    assert not presenter.findChildren(QScrollArea)
    assert all(label.isVisibleTo(presenter) for label in results.title_labels)
    assert isinstance(results.indicator, QLabel)


def test_f6_starts_and_stops_voting_at_the_shared_screen(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The moderator's hands stay on the keys: F6 (beside F5, the shared
    screen) does what “Głosowanie przy ekranie” does."""
    panel = console(window)
    presenter = window.presenter
    assert presenter is not None
    new_round(panel, monkeypatch, "Kropki", VoteMethod.DOTS)
    click(qtbot, panel, "open")
    current = panel.current()
    assert current is not None
    assert "F6" in panel.buttons["screen"].toolTip()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.session.station.voting == current.id and panel.buttons["screen"].isChecked()
    qtbot.waitUntil(lambda: presenter.prioritise.currentWidget() is presenter.voting)
    window.show_phase(PhaseKind.GATHER)  # the console's key, not another phase's
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.session.station.voting == current.id
    window.show_phase(PhaseKind.PRIORITISE)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.session.station.voting is None and not panel.buttons["screen"].isChecked()


def shared_screen(window: MainWindow) -> tuple[PresenterWindow, VotingStation]:
    presenter = window.presenter
    assert presenter is not None
    return presenter, window.session.station


def shows(qtbot: QtBot, window: MainWindow, page: str) -> None:
    """Wait until the shared screen's voting part shows `page` (an attribute of the presenter)."""
    presenter = window.presenter
    assert presenter is not None
    qtbot.waitUntil(lambda: presenter.prioritise.currentWidget() is getattr(presenter, page))


def open_new_round(window: MainWindow, service: WorkshopService, title: str) -> str:
    made = service.add_round(title=title).created
    assert made is not None
    window.session.run(service.open_round, round_id=made)
    return made


def test_reopening_a_round_hides_its_results_and_the_room_votes_again(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    presenter, station = shared_screen(window)
    closed = next(r for r in demo_service.rounds() if r.status is RoundStatus.CLOSED)
    station.reveal(closed.id)
    shows(qtbot, window, "results")
    window.session.run(demo_service.reopen_round, round_id=closed.id)  # more voters came
    assert station.revealed is None
    shows(qtbot, window, "prioritise_view")
    assert closed.title not in presenter.status.text()  # no results title above nothing
    station.start_voting(closed.id)
    shows(qtbot, window, "voting")


def test_results_of_an_open_round_stay_shown_as_ballots_come_until_voting_starts(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    """Live results of an open round are the moderator's choice; the screen
    starting to take votes hides them."""
    _presenter, station = shared_screen(window)
    made = open_new_round(window, demo_service, "Na żywo")
    option = next(r for r in demo_service.rounds() if r.id == made).options[0]
    station.reveal(made)
    window.session.run(demo_service.cast_ballot, round_id=made, votes={option: 1})
    assert station.revealed == made
    shows(qtbot, window, "results")
    station.start_voting(made)
    assert station.revealed is None
    shows(qtbot, window, "voting")


def test_walk_up_voting_comes_before_revealed_results(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService) -> None:
    presenter, station = shared_screen(window)
    closed = next(r for r in demo_service.rounds() if r.status is RoundStatus.CLOSED)
    made = open_new_round(window, demo_service, "Druga tura")
    station.start_voting(made)
    shows(qtbot, window, "voting")
    station.reveal(closed.id)  # another round's results asked for while the room votes
    presenter.refresh()
    assert presenter.prioritise.currentWidget() is presenter.voting
    assert closed.title not in presenter.status.text()
    station.start_voting(None)  # voting over: now the results
    shows(qtbot, window, "results")


def test_paper_dots_are_typed_only_for_options_that_still_exist(
        qtbot: QtBot, window: MainWindow, demo_service: WorkshopService,
        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = console(window)
    new_round(panel, monkeypatch, "Kropki", VoteMethod.DOTS)
    click(qtbot, panel, "open")
    made = panel.current()
    assert made is not None
    window.session.run(demo_service.ungroup_cluster, cluster_id=made.options[0])
    offered: list[str] = []

    def look(dialog: TallyDialog) -> int:
        offered.extend(dialog.first.option_ids)
        return 0

    monkeypatch.setattr(TallyDialog, "exec", look)
    click(qtbot, panel, "tally")
    assert offered == list(made.options[1:])

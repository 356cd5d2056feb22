"""The shared screen in every phase: a view that fits the phase, and no text
smaller than the back of the room can read (28 px at 1080p, 19 px at 720p)."""

from __future__ import annotations

import contextlib
import re

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontInfo, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from tests.helpers.presenter import window_with_presenter
from workshop_app.models import PhaseKind
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.ui.canvas import items as canvas_items
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.presenter import PresenterWindow

pytestmark = pytest.mark.usefixtures("polish")

SCREENS = [((1920, 1080), 28), ((1280, 720), 19)]


@pytest.fixture
def window(qtbot: QtBot, demo_service: WorkshopService) -> MainWindow:
    return window_with_presenter(qtbot, demo_service, PhaseKind.SETUP, (1920, 1080))


def shown_labels(presenter: PresenterWindow) -> list[QLabel]:
    """The labels with text that the room sees now."""
    area = presenter.rect()
    return [label for label in presenter.findChildren(QLabel)
            if label.isVisibleTo(presenter) and label.text().strip()
            and area.intersects(QRect(label.mapTo(presenter, QPoint(0, 0)), label.size()))]


def smallest_text(presenter: PresenterWindow) -> float:
    """The smallest text on the screen now, in pixels as rendered: the labels'
    fonts, and the canvas's fonts times its scale when the canvas is shown."""
    sizes: list[float] = [QFontInfo(label.font()).pixelSize() for label in shown_labels(presenter)]
    board = presenter.board
    if board is not None and board.view.isVisibleTo(presenter):
        scale = board.view.transform().m11()
        fonts = (canvas_items._TEXT_FONT, canvas_items._CAPTION_FONT, canvas_items._TITLE_FONT)
        sizes += [QFontInfo(font).pixelSize() * scale for font in fonts]
    assert sizes
    return min(sizes)


def smallest_on_every_page(presenter: PresenterWindow) -> float:
    paged = presenter.paged()
    if paged is None:
        return smallest_text(presenter)
    sizes = []
    for _ in range(paged.page_count):
        sizes.append(smallest_text(presenter))
        paged.next_page()
    return min(sizes)


@pytest.mark.parametrize(("size", "least"), SCREENS)
def test_no_text_on_the_shared_screen_is_smaller_than_the_room_can_read(
    window: MainWindow, demo_service: WorkshopService, size: tuple[int, int], least: int
) -> None:
    presenter = window.presenter
    presenter.resize(*size)
    window.session.run(demo_service.add_idea, idea=NewIdea(text="Wspólny kalendarz wydarzeń"))
    for kind in PhaseKind:
        window.show_phase(kind)
        assert presenter.pages.currentWidget() is presenter.views[kind]
        assert smallest_on_every_page(presenter) >= least, kind
    window.show_phase(PhaseKind.CLUSTER)
    window.follow_action.setChecked(True)
    canvas = window.panels[PhaseKind.CLUSTER].canvas
    for zoom in (0.5, 1.0, 1.5, 2.0, 3.0, 4.0):
        canvas.reset_zoom()
        canvas.zoom(zoom)
        assert smallest_on_every_page(presenter) >= least, zoom
    assert presenter.board.currentWidget() is presenter.board.view  # zoomed in: the canvas


def cut_labels(presenter: PresenterWindow) -> list[str]:
    """The shown labels whose text does not fit in them (wrapped lines cut
    off below, or a line cut at the side)."""
    cut = []
    for label in shown_labels(presenter):
        needed = (label.heightForWidth(label.width()) if label.wordWrap()
                  else label.sizeHint().height())
        wide_enough = label.wordWrap() or label.width() >= label.sizeHint().width()
        if label.height() < needed or not wide_enough:
            cut.append(label.text())
    return cut


def fits_once_laid_out(qtbot: QtBot, presenter: PresenterWindow) -> list[str]:
    """`cut_labels` once Qt has laid the screen out (before it paints it)."""
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: not cut_labels(presenter), timeout=2000)
    return cut_labels(presenter)


@pytest.mark.parametrize(("size", "least"), SCREENS)
def test_no_text_on_the_shared_screen_is_cut_off(
    qtbot: QtBot, window: MainWindow, demo_service: WorkshopService, size: tuple[int, int],
    least: int
) -> None:
    presenter = window.presenter
    presenter.resize(*size)
    for kind in PhaseKind:  # the demo's latest round is closed: "Głosowanie: zamknięte"
        window.show_phase(kind)
        assert fits_once_laid_out(qtbot, presenter) == [], kind
    window.show_phase(PhaseKind.PRIORITISE)
    window.session.run(demo_service.add_round, title="Druga runda o bardzo długim tytule, "
                       "który na pewno nie zmieści się w jednym wierszu ekranu")
    assert fits_once_laid_out(qtbot, presenter) == []


def test_set_up_shows_place_date_and_objectives(window: MainWindow, demo_service: WorkshopService) -> None:
    window.show_phase(PhaseKind.SETUP)
    presenter = window.presenter
    presenter.resize(1920, 1080)
    # As read: the room sees a no-break space as a space.
    texts = [label.text().replace("\u00a0", " ") for label in shown_labels(presenter)]
    workshop = demo_service.workshop()
    assert texts[0] == workshop.title
    assert "Zamek Królewski w Niepołomicach · czwartek, 15 października 2026" in texts
    assert "Cele" in texts
    for objective in demo_service.objectives():
        assert f"{objective.code} {objective.title}" in texts
    window.session.run(demo_service.add_objective, title="Nowy cel z sali", code="4.1")
    assert "4.1 Nowy cel z sali" in [label.text().replace("\u00a0", " ")
                                     for label in shown_labels(presenter)]


def test_prioritise_shows_the_latest_round_and_never_its_results(
    window: MainWindow, demo_service: WorkshopService
) -> None:
    window.show_phase(PhaseKind.PRIORITISE)
    presenter = window.presenter
    presenter.resize(1920, 1080)
    header = {presenter.title.text(), presenter.phase.text(), presenter.clock.text()}
    latest = demo_service.rounds()[-1]
    view_texts = {label.text() for label in shown_labels(presenter)} - header
    assert view_texts == {latest.title, "Głosowanie: zamknięte"}
    window.session.run(demo_service.add_round, title="Druga runda")
    view_texts = {label.text() for label in shown_labels(presenter)} - header
    assert view_texts == {"Druga runda", "Głosowanie: nierozpoczęte"}


def test_agenda_shows_the_draft_agenda(window: MainWindow, demo_service: WorkshopService) -> None:
    window.show_phase(PhaseKind.AGENDA)
    presenter = window.presenter
    presenter.resize(1920, 1080)
    texts = [label.text().replace("\u00a0", " ") for label in shown_labels(presenter)]
    for number, item in enumerate(demo_service.agenda(), start=1):
        assert f"{number}. {item.title}" in texts
    assert "20.05.2027 09:30 · Sala A" in texts
    assert "panel dyskusyjny · 90 min" in texts
    corners = {label.text()[:2]: label.mapTo(presenter, QPoint(0, 0))
               for label in shown_labels(presenter) if label.objectName() == "presenterCardTitle"}
    assert corners["2."].y() == corners["1."].y() < corners["3."].y()  # read across, 1 2 / 3 4
    assert corners["1."].x() == corners["3."].x() < corners["2."].x()


def wrapped_lines(text: str, label: QLabel, width: int) -> list[str]:
    """`text` as Qt wraps it in `label`'s font at `width` pixels."""
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_a_wrapped_title_never_starts_a_line_with_a_dash(window: MainWindow) -> None:
    presenter = window.presenter
    presenter.resize(1920, 1080)
    label = presenter.title
    text = label.text()
    assert "–" in text
    for width in range(200, 1400, 7):
        lines = wrapped_lines(text, label, width)
        assert all(line[0] not in "–-" for line in lines), width


def test_a_wrapped_title_never_ends_a_line_with_a_one_letter_word(
    window: MainWindow, demo_service: WorkshopService
) -> None:
    """Polish typesetting: "w", "z", "i", "(z" stay with the word after them."""
    window.show_phase(PhaseKind.PRIORITISE)
    window.presenter.resize(1920, 1080)
    title = "Które tematy na Forum 2027? (z telefonów) i w ogóle o rozwoju – a co z tym?"
    window.session.run(demo_service.add_round, title=title)
    label = window.presenter.prioritise_view.round_title
    text = label.text()
    assert text.replace("\u00a0", " ") == title
    for width in range(200, 1800, 7):
        lines = wrapped_lines(text, label, width)
        assert not any(re.search(r"(^|[\s(])\w$", line.rstrip()) for line in lines[:-1]), width

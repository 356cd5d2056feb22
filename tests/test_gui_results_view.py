"""The results views: ranked bars and the 2×2 matrix show what the results
say (places, ties, near ties, balanced scores, agreement, sectors, quadrants),
as written, and readable from the back of the room on the shared screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.results_data import OPTIONS, TITLES, dots_results, score_results
from tests.test_gui_markup import MARKUP, interpreted
from workshop_app.models import Sector, VoteMethod
from workshop_app.models.results import Agreement, OptionResult, Quadrant, Sheet, round_results
from workshop_app.ui.results_view import MatrixView, ResultsView

pytestmark = pytest.mark.usefixtures("polish")

AXES = ("Wpływ", "Wykonalność")


def shown_texts(widget: QWidget) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel)
            if label.isVisibleTo(widget) and label.text().strip()]


def smallest_px(widget: QWidget) -> int:
    """The smallest text the widget shows, in pixels as rendered."""
    return min(QFontInfo(label.font()).pixelSize() for label in shown_texts(widget))


def on_screen(label: QWidget, view: QWidget) -> QRect:
    return QRect(label.mapTo(view, QPoint(0, 0)), label.size())


def bars(qtbot: QtBot, size: tuple[int, int] = (1600, 1000), *, shared: bool = False,
         method: VoteMethod = VoteMethod.DOTS, titles: dict[str, str] = TITLES) -> ResultsView:
    view = ResultsView(shared_screen=shared)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.show_results(method, dots_results() if method is VoteMethod.DOTS else score_results(),
                      titles, AXES)
    qtbot.waitExposed(view)
    return view


def matrix(qtbot: QtBot, results: list[OptionResult], size: tuple[int, int] = (1400, 900), *,
           shared: bool = False, titles: dict[str, str] = TITLES) -> MatrixView:
    view = MatrixView(shared_screen=shared)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.show_results(VoteMethod.SCORE, results, titles, AXES)
    qtbot.waitExposed(view)
    return view


def test_bars_show_the_options_best_first_with_shared_places(qtbot: QtBot) -> None:
    results = dots_results()
    view = bars(qtbot)
    assert [label.text() for label in view.place_labels] == [str(r.place) for r in results]
    assert [label.text() for label in view.place_labels][3:5] == ["4", "4"]  # 1, 2, 3, 4, 4, 6
    assert [label.text() for label in view.title_labels] == [TITLES[r.option_id] for r in results]
    tops = [on_screen(label, view).top() for label in view.title_labels]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert [label.text() for label in view.score_labels] == [
        str(round(r.score)) for r in results]


def test_bars_are_as_long_as_the_scores(qtbot: QtBot) -> None:
    from workshop_app.ui.results_view import _Bar

    view = bars(qtbot)
    shown = sorted(view.findChildren(_Bar), key=lambda bar: on_screen(bar, view).top())
    assert len({bar.width() for bar in shown}) == 1  # one full length for every bar
    best = dots_results()[0].score
    assert [bar.fraction for bar in shown] == [r.score / best for r in dots_results()]


def test_ties_and_near_ties_are_marked_in_words(qtbot: QtBot) -> None:
    results = dots_results()
    view = bars(qtbot)
    for result, badges in zip(results, view.badge_rows, strict=True):
        texts = [badge.text() for badge in badges]
        assert any(text.startswith("= ex aequo") for text in texts) == result.tie
        assert any(text.startswith("≈") for text in texts) == result.near_tie
    assert any(r.tie for r in results) and any(r.near_tie for r in results)


def test_balanced_score_is_written_beside_the_raw_one(qtbot: QtBot) -> None:
    results = dots_results()
    view = bars(qtbot)
    for result, score, balanced in zip(results, view.score_labels, view.balanced_labels,
                                       strict=True):
        raw, beside = on_screen(score, view), on_screen(balanced, view)
        assert beside.left() >= raw.right()
        assert beside.top() < raw.bottom() and raw.top() < beside.bottom()
        number = f"{result.balanced_score:.1f}".replace(".", ",").removesuffix(",0")
        assert balanced.text() == number
        assert score.isVisible() and balanced.isVisible()
    heading = next(label for label in shown_texts(view) if label.text() == "Zrównoważony")
    column = on_screen(heading, view)
    assert all(column.left() <= on_screen(label, view).center().x() <= column.right() + 40
               for label in view.balanced_labels)


def test_agreed_and_divisive_badges_with_their_legend(qtbot: QtBot) -> None:
    results = dots_results()
    view = bars(qtbot)
    for result, badges in zip(results, view.badge_rows, strict=True):
        texts = [badge.text() for badge in badges]
        assert ("zgodne" in texts) == (result.agreement is Agreement.AGREED)
        assert ("dzielące" in texts) == (result.agreement is Agreement.DIVISIVE)
    legend = " ".join(label.text() for label in shown_texts(view.legend))
    for words in ("zgodne", "dzielące", "= ex aequo", "≈", "zrównoważony",
                  "w górnej 1/3", "sektory"):
        assert words in legend


def test_each_sector_is_named_with_its_points(qtbot: QtBot) -> None:
    view = bars(qtbot)
    texts = [label.text() for label in shown_texts(view)]
    for name in ("samorząd", "nauka", "biznes", "organizacja pozarządowa", "mieszkańcy"):
        assert name in texts
    # The best option has 5 dots from local government, its first place there.
    assert "5 (1.)" in texts


def test_score_rounds_show_means(qtbot: QtBot) -> None:
    view = bars(qtbot, method=VoteMethod.SCORE)
    assert view.score_labels[0].text() == "4,33"
    assert "Średnia ocen (1–5)" in [label.text() for label in shown_texts(view)]


def test_room_markup_is_shown_as_written(qtbot: QtBot) -> None:
    titles = {option: f"{MARKUP} {title}" for option, title in TITLES.items()}
    views = [bars(qtbot, titles=titles), matrix(qtbot, score_results(), titles=titles)]
    for view in views:
        labels = view.findChildren(QLabel)
        assert all(label.textFormat().name == "PlainText" for label in labels)
        shown = [label for label in labels if MARKUP in label.text()]
        assert len(shown) == len(TITLES)
        assert all(MARKUP in label.toolTip() or "&lt;img" in label.toolTip() for label in shown)
        assert not [label.toolTip() for label in labels if interpreted(label.toolTip())]


@pytest.mark.parametrize("kind", ["bars", "matrix"])
def test_shared_screen_text_is_readable_from_the_back(qtbot: QtBot, kind: str) -> None:
    def made(shared: bool, size: tuple[int, int]) -> QWidget:
        if kind == "bars":
            return bars(qtbot, size, shared=shared)
        return matrix(qtbot, score_results(), size, shared=shared)

    assert smallest_px(made(True, (1920, 1080))) >= 28
    screen = made(True, (1920, 1080))
    screen.resize(1280, 720)
    assert smallest_px(screen) >= 19
    assert smallest_px(made(False, (1100, 700))) < 28  # the console keeps normal sizes


def scored(marks: dict[str, list[tuple[int, int]]]) -> list[OptionResult]:
    count = max(len(m) for m in marks.values())
    sheets = [Sheet(sector=Sector.RESIDENTS,
                    scores={o: m[i] for o, m in marks.items() if i < len(m)})
              for i in range(count)]
    return round_results(VoteMethod.SCORE, list(marks), sheets)


def test_matrix_places_options_in_their_quadrants(qtbot: QtBot) -> None:
    results = scored({"o1": [(5, 4), (4, 4)], "o8": [(2, 1), (2, 1)]})
    assert results[0].axis_means == (4.5, 4.0) and results[1].axis_means == (2.0, 1.0)
    view = matrix(qtbot, results)
    plot = view.plot
    names = {label.text(): label for label in plot.corner_labels.values()}
    quick, thankless = names["Szybkie korzyści"], names["Niewdzięczne zadania"]
    assert {"Duże projekty", "Uzupełnienia"} <= set(names)
    win, low = plot.markers["o1"].geometry(), plot.markers["o8"].geometry()
    # Each marker shares its painted quadrant with that quadrant's name.
    assert plot.quadrant_rect(Quadrant.QUICK_WINS).contains(win)
    assert plot.quadrant_rect(Quadrant.QUICK_WINS).contains(quick.geometry())
    assert plot.quadrant_rect(Quadrant.THANKLESS).contains(low)
    assert plot.quadrant_rect(Quadrant.THANKLESS).contains(thankless.geometry())
    # Quick wins lie up and to the right (impact upwards, feasibility to the right).
    assert win.center().x() > low.center().x() and win.center().y() < low.center().y()
    assert quick.geometry().center().x() > thankless.geometry().center().x()
    assert [plot.markers[o].text() for o in ("o1", "o8")] == ["1", "2"]


def test_matrix_legend_lists_numbers_and_titles(qtbot: QtBot) -> None:
    results = score_results()
    view = matrix(qtbot, results)
    assert [label.text() for label in view.legend_titles] == [
        TITLES[r.option_id] for r in results]
    marks = [view.plot.markers[r.option_id].text() for r in results]
    assert marks[:4] == ["1", "2a", "2b", "2c"]  # a shared place names one option each
    texts = [label.text() for label in shown_texts(view)]
    assert "↑ Wpływ" in texts and "Wykonalność →" in texts


def test_overlapping_options_stay_readable(qtbot: QtBot) -> None:
    same = [(4, 4), (4, 5)]
    results = scored({"a": same, "b": same, "c": same})
    view = matrix(qtbot, results, titles={"a": "A", "b": "B", "c": "C"})
    shown = [view.plot.markers[o].geometry() for o in "abc"]
    assert all(not one.intersects(other) for i, one in enumerate(shown) for other in shown[i + 1:])
    assert all(view.plot.rect().contains(rect) for rect in shown)


def test_no_ballots_yet(qtbot: QtBot) -> None:
    view = bars(qtbot)
    view.show_results(VoteMethod.DOTS, [], {})
    assert view.empty.isVisible() and view.empty.text() == "Nie ma jeszcze głosów."
    assert view.place_labels == [] and not view.legend.isVisible()
    grid = matrix(qtbot, [])
    assert grid.empty.isVisible() and grid.empty.text() == "Nie ma jeszcze głosów."
    assert grid.plot.markers == {}


def test_all_zero_is_a_tie_everywhere(qtbot: QtBot) -> None:
    results = round_results(VoteMethod.DOTS, OPTIONS, [])
    view = bars(qtbot)
    view.show_results(VoteMethod.DOTS, results, TITLES)
    assert view.empty.isVisible()
    assert {label.text() for label in view.place_labels} == {"1"}
    assert all(any(b.text() == "= ex aequo" for b in badges) for badges in view.badge_rows)
    scores = round_results(VoteMethod.SCORE, OPTIONS, [])
    grid = matrix(qtbot, scores)
    assert grid.empty.isVisible() and grid.plot.markers == {}


def test_matrix_impact_goes_up_and_feasibility_to_the_right(qtbot: QtBot) -> None:
    results = scored({"big": [(4, 2)], "fill": [(2, 4)]})
    view = matrix(qtbot, results, titles={"big": "Duży", "fill": "Mały"})
    plot = view.plot
    big, fill = plot.markers["big"].geometry(), plot.markers["fill"].geometry()
    names = {label.text(): label.geometry() for label in plot.corner_labels.values()}
    assert big.center().x() < fill.center().x() and big.center().y() < fill.center().y()
    assert plot.quadrant_rect(Quadrant.BIG_PROJECTS).contains(names["Duże projekty"])
    assert plot.quadrant_rect(Quadrant.FILL_INS).contains(names["Uzupełnienia"])
    # Each marker lies well inside its quadrant, not pushed against a dividing line.
    for marker, quadrant in ((big, Quadrant.BIG_PROJECTS), (fill, Quadrant.FILL_INS)):
        area = plot.quadrant_rect(quadrant)
        assert area.adjusted(marker.width(), marker.height(),
                             -marker.width(), -marker.height()).contains(marker.center())

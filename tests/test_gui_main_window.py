"""The moderator console, one widget at a time, on the offscreen platform."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workshop_app.models import PhaseKind, Sector
from workshop_app.services import WorkshopService
from workshop_app.ui.idea_table import TEXT
from workshop_app.ui.labels import sector_label
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.start_screen import StartScreen

from .conftest import shown_window

pytestmark = pytest.mark.usefixtures("polish")


@pytest.fixture
def window(qtbot: QtBot, demo_service: WorkshopService) -> MainWindow:
    win = shown_window(qtbot, demo_service)
    assert isinstance(win, MainWindow)
    return win


def test_title_names_workshop_and_file(window: MainWindow, demo_service: WorkshopService) -> None:
    title = window.windowTitle()
    assert demo_service.workshop().title in title
    assert "demo.razem" in title and "Razem" in title


def test_navigation_lists_the_five_phases_in_polish(window: MainWindow) -> None:
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == ["1  Przygotowanie", "2  Zbieranie pomysłów", "3  Grupowanie",
                     "4  Priorytety", "5  Program i eksport"]


def test_demo_opens_on_its_saved_phase(window: MainWindow) -> None:
    assert window.current_phase() is PhaseKind.AGENDA
    assert window.panels[PhaseKind.AGENDA].model.rowCount() == 4


def test_ctrl_number_switches_phase_and_the_file_remembers_it(
    qtbot: QtBot, window: MainWindow, demo_service: WorkshopService
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.panels[PhaseKind.CLUSTER]
    path = demo_service.store.path
    with sqlite3.connect(path) as raw:
        (phase,) = raw.execute("SELECT current_phase FROM workshop").fetchone()
    raw.close()
    assert phase == "cluster"


def test_gather_lists_every_idea_newest_first_with_sector_counts(
    window: MainWindow, demo_service: WorkshopService
) -> None:
    window.show_phase(PhaseKind.GATHER)
    panel = window.panels[PhaseKind.GATHER]
    ideas = demo_service.ideas()
    assert panel.proxy.rowCount() == len(ideas)
    assert panel.proxy.index(0, TEXT).data() == ideas[-1].text
    counts = panel.counts.text()
    assert f"{len(ideas)} pomysł" in counts
    business = sum(1 for i in ideas if i.sector is Sector.BUSINESS)
    assert f"{sector_label(Sector.BUSINESS)}: {business}" in counts


def test_markup_looking_text_is_shown_literally(window: MainWindow) -> None:
    window.show_phase(PhaseKind.GATHER)
    model = window.panels[PhaseKind.GATHER].model
    texts = [model.index(r, TEXT).data() for r in range(model.rowCount())]
    assert any("<dla MŚP>" in t and "&" in t for t in texts)


def test_prioritise_ranks_the_closed_round_and_flags_ties(window: MainWindow) -> None:
    window.show_phase(PhaseKind.PRIORITISE)
    panel = window.panels[PhaseKind.PRIORITISE]
    assert "zamknięte" in panel.status.text()
    places = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    shown = [panel.model.index(r, 2).data() for r in range(panel.model.rowCount())]
    dots = [int(text.split()[0]) for text in shown]
    assert dots == sorted(dots, reverse=True)
    assert places[0] == "1"
    # Equal dots share a place: the next place skips (1, 2, 2, 4 ...).
    for row in range(1, len(dots)):
        if dots[row] == dots[row - 1]:
            assert places[row] == places[row - 1]
        else:
            assert int(places[row]) == row + 1
    # A tie is marked "=" on every option that shares its score, and only there.
    assert any(text.endswith("=") for text in shown)
    for row, text in enumerate(shown):
        assert text.endswith("=") == (dots.count(dots[row]) > 1), text


def test_cluster_canvas_shows_every_idea_inside_its_named_frame(
    window: MainWindow, demo_service: WorkshopService
) -> None:
    window.show_phase(PhaseKind.CLUSTER)
    scene = window.panels[PhaseKind.CLUSTER].scene
    ideas = demo_service.ideas()
    assert set(scene.notes) == {i.id for i in ideas}
    assert {f.name for f in scene.frames.values()} == {c.name for c in demo_service.clusters()}
    for idea in ideas:
        note = scene.notes[idea.id].sceneBoundingRect()
        for cluster_id, frame in scene.frames.items():
            inside = frame.sceneBoundingRect().contains(note)
            assert inside == (idea.cluster_id == cluster_id), idea.text


def test_about_names_versions_of_razem_qt_and_sqlite(window: MainWindow) -> None:
    text = window.about_text()
    assert qVersion() in text and sqlite3.sqlite_version in text and "Razem 0." in text


def test_file_menu_has_the_expected_actions(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    for expected in ("Nowy warsztat…", "Otwórz…", "Otwórz ostatnie", "Zapisz kopię jako…",
                     "Zamknij warsztat", "Zakończ"):
        assert expected in texts


def test_table_models_pass_the_model_tester(qtmodeltester: object, window: MainWindow) -> None:
    for kind in PhaseKind:
        window.show_phase(kind)
    for panel in window.panels.values():
        for model in vars(panel).values():
            if hasattr(model, "rowCount") and hasattr(model, "set_rows"):
                qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_start_screen_lists_recent_and_emits_choice(qtbot: QtBot, tmp_path: Path) -> None:
    recent = [str(tmp_path / "a.razem"), str(tmp_path / "b.razem")]
    screen = StartScreen(recent)
    qtbot.addWidget(screen)
    assert screen.recent.count() == 2
    with qtbot.waitSignal(screen.recent_chosen) as blocker:
        screen.recent.itemActivated.emit(screen.recent.item(1))
    assert blocker.args == [recent[1]]
    with qtbot.waitSignal(screen.demo_requested):
        qtbot.mouseClick(screen.demo_button, Qt.MouseButton.LeftButton)


def test_start_screen_without_recent_files_says_so(qtbot: QtBot) -> None:
    screen = StartScreen([])
    qtbot.addWidget(screen)
    assert screen.recent.item(0).text() == "Brak ostatnio otwieranych warsztatów."
    assert not screen.recent.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert QApplication.instance() is not None

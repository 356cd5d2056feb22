"""Alt+letter in the console: in every view, no two things the moderator can
reach with Alt share a letter, and none takes a letter of the menu bar (Qt
then opens nothing, or cycles between them, instead of doing what the letter
says)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from workshop_app import i18n
from workshop_app.models import PhaseKind
from workshop_app.services import WorkshopService
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.merge_dialog import MergeDialog
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.split_dialog import SplitDialog

from . import test_merge
from .conftest import shown_window
from .helpers.tables import Tables

# The merge tests' fixtures: three table files and the organisers' file.
tables = test_merge.tables
target = test_merge.target

_MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def reachable(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt target shown now: the menu bar's menus (of
    the main window), buttons, labels with a buddy, group boxes, tabs."""
    found: list[tuple[str, QWidget]] = []
    if isinstance(window, MainWindow):
        found = [(action.text(), window) for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            found.append((widget.text(), widget))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), widget))
        elif isinstance(widget, QTabWidget):
            found += [(widget.tabText(i), widget) for i in range(widget.count())
                      if widget.isTabVisible(i)]
    return [(key, text) for text, _ in found if (key := letter(text)) is not None]


@pytest.fixture(params=["pl", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def clashes(window: QWidget) -> list[str]:
    """The texts of the Alt targets shown that share their letter with another."""
    targets = reachable(window)
    counts = Counter(key for key, _ in targets)
    return sorted(text for key, text in targets if counts[key] > 1)


def test_no_two_alt_letters_clash_in_any_view(qtbot: QtBot, language: str,
                                              demo_service: WorkshopService) -> None:
    window = shown_window(qtbot, demo_service)
    assert isinstance(window, MainWindow)
    for kind in PhaseKind:
        window.show_phase(kind)
        assert clashes(window) == [], (language, kind)


def test_no_two_items_of_a_menu_share_a_letter(qtbot: QtBot, language: str,
                                               demo_service: WorkshopService) -> None:
    """In an open menu a letter chooses its item; two items with one letter
    only take turns being highlighted."""
    window = shown_window(qtbot, demo_service)
    assert isinstance(window, MainWindow)
    menus = [action.menu() for action in window.menuBar().actions()]
    menus += [action.menu() for menu in list(menus) for action in menu.actions() if action.menu()]
    for menu in menus:
        keys = [(key, action.text()) for action in menu.actions()
                if action.isVisible() and (key := letter(action.text())) is not None]
        counts = Counter(key for key, _ in keys)
        assert sorted(text for key, text in keys if counts[key] > 1) == [], (language, menu.title())


def test_the_merge_dialog_has_alt_letters_that_clash_with_nothing(
        qtbot: QtBot, language: str, tables: Tables, target: WorkshopService) -> None:
    """In the preview and in the report (with its "Separate" button)."""
    dialog = MergeDialog(WorkshopSession(target, target.store.path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plan_files(list(tables.tables)) is not None
    keys = [key for key, _ in reachable(dialog)]
    assert len(keys) >= 3 and clashes(dialog) == [], language  # join, choose, merge
    dialog.merge()
    assert dialog.view.separate_buttons and clashes(dialog) == [], language


def test_the_split_dialog_has_alt_letters_that_clash_with_nothing(
        qtbot: QtBot, language: str, demo_service: WorkshopService) -> None:
    dialog = SplitDialog(WorkshopSession(demo_service, demo_service.store.path))
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {text.replace("&", "") for _, text in reachable(dialog)}
    words = {"pl": {"Co zapisać", "Nowy plik", "Wybierz…", "Zapisz"},
             "en": {"What to save", "New file", "Choose…", "Save"}}[language]
    assert words <= shown and clashes(dialog) == [], language
    dialog.background.shutdown()

"""The app controller: opening, creating, copying and closing workshop files."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.choosers import Chooser, answer_choosers
from workshop_app.app import AppController
from workshop_app.models import PhaseKind, Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import WorkshopService
from workshop_app.services.demo import write_demo
from workshop_app.settings import RECENT_FILES, Settings
from workshop_app.storage import WorkshopStore
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.start_screen import StartScreen

pytestmark = pytest.mark.usefixtures("polish")


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the controller showed; the modal box itself cannot run headless."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> AppController:
    ctrl = AppController(Settings(tmp_path / "config"), data_dir=tmp_path / "data")
    ctrl.show_start()
    yield ctrl
    ctrl._close_store()
    if ctrl.window is not None:
        ctrl.window.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_opens_a_fresh_copy_each_time(controller: AppController, tmp_path: Path) -> None:
    assert controller.open_demo()
    first = controller.store.path
    assert isinstance(controller.window, MainWindow)
    assert first.parent == tmp_path / "data" / "demo"
    controller.close_workshop()
    assert controller.open_demo()
    assert controller.store.path != first
    assert isinstance(controller.window, MainWindow)


def test_a_foreign_file_is_refused_with_a_message_and_left_alone(
    controller: AppController, tmp_path: Path, warnings: list[str]
) -> None:
    foreign = tmp_path / "arkusz.razem"
    foreign.write_bytes(b"PK\x03\x04 not a workshop")
    before = sha(foreign)
    assert not controller.open_path(foreign)
    assert warnings and "nie jest warsztatem Razem" in warnings[0]
    assert sha(foreign) == before
    assert isinstance(controller.window, StartScreen)


def test_a_file_open_elsewhere_is_refused_naming_the_holder(
    controller: AppController, tmp_path: Path, warnings: list[str]
) -> None:
    path = tmp_path / "zajety.razem"
    write_demo(path)
    with WorkshopStore.open(path):
        # Same process, second writer: refused like another program would be.
        assert not controller.open_path(path)
    import os

    assert f"proces {os.getpid()}" in warnings[0]


def test_create_open_and_remember_in_recent_files(controller: AppController, tmp_path: Path) -> None:
    path = tmp_path / "nowy.razem"
    assert controller.create_workshop(path, "Forum 2027")
    assert isinstance(controller.window, MainWindow)
    assert "Forum 2027" in controller.window.windowTitle()
    assert Settings(tmp_path / "config").get(RECENT_FILES)[0] == str(path)  # kept on disk


def test_a_new_workshop_opens_in_gather_with_a_default_plan(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    assert controller.create_workshop(tmp_path / "nowy.razem", "Forum")
    window = controller.window
    assert isinstance(window, MainWindow)
    assert window.current_phase() is PhaseKind.GATHER
    assert [p.title for p in controller.service.phases()][:2] == ["Przygotowanie", "Zbieranie pomysłów"]
    assert window.timer_widget.display.text() == "30:00"
    qtbot.waitUntil(lambda: window.panels[PhaseKind.GATHER].entry.hasFocus()
                    or QApplication.focusWidget() is window.panels[PhaseKind.GATHER].entry)


def test_save_a_copy_writes_an_independent_workshop(controller: AppController, tmp_path: Path) -> None:
    assert controller.open_demo()
    copy = tmp_path / "kopia.razem"
    assert controller.save_copy_to(copy)
    original_ideas = [i.text for i in controller.service.ideas()]
    with WorkshopStore.open(copy) as store:
        assert [i.text for i in WorkshopService(store).ideas()] == original_ideas


def test_save_a_copy_over_itself_is_refused(
    controller: AppController, warnings: list[str]
) -> None:
    assert controller.open_demo()
    assert not controller.save_copy_to(controller.store.path)
    assert warnings


def test_close_returns_to_start_and_releases_the_file(controller: AppController, tmp_path: Path) -> None:
    path = tmp_path / "w.razem"
    WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="W")).close()
    assert controller.open_path(path)
    controller.close_workshop()
    assert isinstance(controller.window, StartScreen)
    with WorkshopStore.open(path) as store:
        assert WorkshopService(store).workshop().title == "W"


def test_a_foreign_journal_is_reported_and_the_file_opened_as_it_is(
    controller: AppController, tmp_path: Path, warnings: list[str]
) -> None:
    from tests.test_journal import crash_while_writing, workshop

    (tmp_path / "kopie").mkdir()
    backup = workshop(tmp_path / "kopie" / "A.razem", 3, "A")
    b = workshop(tmp_path / "B.razem", 0, "B")
    crash_while_writing(b, 8)
    shutil.copyfile(backup, b)
    assert controller.open_path(b)
    assert len(warnings) == 1 and "przeniesiono" in warnings[0]
    assert isinstance(controller.window, MainWindow)
    assert [i.text for i in controller.service.ideas()] == ["A 0", "A 1", "A 2"]
    assert list(tmp_path.glob("B.razem-wal.stale-*"))


def test_new_workshop_proposes_the_documents_folder_not_the_demos(
    controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QInputDialog

    proposed: list[Path] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Forum Łódź", True))

    def save_as(dialog: Chooser) -> str:
        proposed.append(Path(dialog.start))
        return ""

    answer_choosers(monkeypatch, save_as)
    assert controller.open_demo()
    controller.new_workshop()
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert proposed[-1] == documents / "Forum Łódź.razem"
    own = tmp_path / "warsztaty"
    own.mkdir()
    assert controller.create_workshop(own / "pierwszy.razem", "Pierwszy")
    controller.new_workshop()
    assert proposed[-1] == own / "Forum Łódź.razem"  # the folder last used for a workshop


def test_an_automatic_copy_opens_as_a_new_file_and_the_workshop_stays(
    controller: AppController, tmp_path: Path, warnings: list[str]
) -> None:
    from workshop_app.services import NewIdea, Op

    path = tmp_path / "w.razem"
    assert controller.create_workshop(path, "Warsztat")
    service = controller.service
    service.add_idea(idea=NewIdea("Przed importem"))
    service.add_ideas(ideas=[NewIdea("Z pliku")], op=Op.IMPORT_IDEAS)  # a snapshot first
    [snapshot] = controller.store.shelf.kept()
    restored = tmp_path / "odzyskany.razem"
    assert controller.restore_snapshot(snapshot.path, restored)
    assert controller.store.path == restored
    assert [i.text for i in controller.service.ideas()] == ["Przed importem"]
    assert not warnings
    controller._close_store()
    with WorkshopStore.open(path, read_only=True) as store:  # the workshop itself is as it was
        assert [i.text for i in WorkshopService(store).ideas()] == ["Przed importem", "Z pliku"]
    assert not controller.restore_snapshot(snapshot.path, restored) and warnings  # never overwritten

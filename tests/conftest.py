"""Test set-up: offscreen Qt, isolated settings, GUI tests auto-marked."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workshop_app.models import Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import WorkshopService
from workshop_app.storage import WorkshopStore

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _collect_qt_garbage(request: pytest.FixtureRequest) -> Iterator[None]:
    """Collect Python cycles around Qt objects right after each GUI test.

    Short-lived windows leave cycles (slots, lambdas, undo commands) whose
    collection at a random later moment, during another test's Qt work, has
    crashed the interpreter; collecting here keeps that deterministic.
    """
    yield
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        import gc

        gc.collect()


@pytest.fixture(autouse=True)
def _away_from_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A safety net: tests pass their own settings and data folders to the app;
    should one forget, Qt's user folders point into a temporary folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    return tmp_path / "warsztat.razem"


@pytest.fixture
def service(workshop_path: Path) -> Iterator[WorkshopService]:
    """A fresh workshop file in tmp_path, open for writing."""
    store = WorkshopStore.create(workshop_path, workshop=Workshop(id=new_id(), title="Warsztat testowy"))
    try:
        yield WorkshopService(store)
    finally:
        store.close()


@pytest.fixture
def polish(qapp: object) -> Iterator[None]:
    """The default interface language, installed on the test QApplication."""
    from workshop_app import i18n

    i18n.install("pl")
    yield
    i18n.install("en")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop, built once per test run (building it takes ~0.1 s)."""
    from workshop_app.services.demo import write_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.razem"
    write_demo(path)
    return path


@pytest.fixture
def demo_service(tmp_path: Path, demo_template: Path) -> Iterator[WorkshopService]:
    """A fresh copy of the demo workshop, open for writing."""
    path = tmp_path / "demo.razem"
    shutil.copyfile(demo_template, path)  # a closed workshop is one complete file
    store = WorkshopStore.open(path)
    try:
        yield WorkshopService(store)
    finally:
        store.close()


def type_text(widget: object, text: str) -> None:
    """Type `text` into `widget` key by key, Polish letters included
    (QTest.keyClicks only handles ASCII and aborts on 'ż')."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def shown_window(qtbot: object, service: WorkshopService) -> object:
    """The moderator's main window on `service`'s workshop, shown and exposed."""
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.session import WorkshopSession

    window = MainWindow(WorkshopSession(service, service.store.path), [])
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    return window

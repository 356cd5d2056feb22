"""The main window of a workshop with the shared screen open beside it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workshop_app.models import PhaseKind
from workshop_app.services import WorkshopService
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import WorkshopSession


def window_with_presenter(qtbot: QtBot, service: WorkshopService, phase: PhaseKind,
                          size: tuple[int, int]) -> MainWindow:
    """The main window in `phase` with its shared screen open at `size`."""
    window = MainWindow(WorkshopSession(service, service.store.path), [])
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_phase(phase)
    window.toggle_presenter()
    assert window.presenter is not None
    qtbot.addWidget(window.presenter)
    window.presenter.resize(*size)
    return window

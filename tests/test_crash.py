"""A bug in a widget shows a message and goes to a log; the file is whole."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workshop_app.services import NewIdea, WorkshopService
from workshop_app.storage import WorkshopStore
from workshop_app.ui.crash import LOG_NAME, CrashHandler

pytestmark = pytest.mark.usefixtures("polish")


def test_an_unexpected_error_is_told_logged_and_the_work_goes_on(
        qtbot: QtBot, tmp_path: Path, service: WorkshopService) -> None:
    told: list[str] = []
    handler = CrashHandler(tmp_path / "logs", ask=lambda text: told.append(text) is None)
    handler.install()
    try:
        service.add_idea(idea=NewIdea("Zapisany przed błędem"))
        try:
            raise ZeroDivisionError("błąd w widoku")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())  # as Qt does for an exception in a slot
    finally:
        handler.uninstall()
    assert len(told) == 1 and "Twój warsztat jest bezpieczny" in told[0]
    assert str(tmp_path / "logs" / LOG_NAME) in told[0]
    log = (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")
    assert "ZeroDivisionError: błąd w widoku" in log
    path = service.store.path
    service.store.close()
    with WorkshopStore.open(path) as store:
        assert [i.text for i in WorkshopService(store).ideas()] == ["Zapisany przed błędem"]
    assert sys.excepthook is not handler.handle

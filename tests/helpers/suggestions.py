"""A cluster panel whose suggestions have been computed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workshop_app.services import WorkshopService
from workshop_app.ui.panels.cluster import ClusterPanel
from workshop_app.ui.session import WorkshopSession


def panel_with_suggestions(qtbot: QtBot, service: WorkshopService) -> tuple[ClusterPanel, WorkshopSession]:
    """The cluster panel, shown, after its first suggestions arrived; the
    caller shuts the session down."""
    session = WorkshopSession(service, service.store.path)
    suggestions = session.suggestions()
    with qtbot.waitSignal(suggestions.language_loaded, timeout=30000):
        pass
    with qtbot.waitSignal(suggestions.ready, timeout=30000):
        suggestions.request()
    widget = ClusterPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    widget.show()
    return widget, session

"""One panel per workshop phase, shown by the main window's navigation."""

from workshop_app.ui.panels.agenda import AgendaPanel
from workshop_app.ui.panels.base import PhasePanel
from workshop_app.ui.panels.cluster import ClusterPanel
from workshop_app.ui.panels.gather import GatherPanel
from workshop_app.ui.panels.prioritise import PrioritisePanel
from workshop_app.ui.panels.setup import SetupPanel

__all__ = ["AgendaPanel", "ClusterPanel", "GatherPanel", "PhasePanel", "PrioritisePanel",
           "SetupPanel"]

"""Suggestions off the GUI thread: the language data loads in the background,
each request runs in a worker and is cancelled by a newer one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.analysis import (
    LanguageData,
    Similar,
    SuggestionEngine,
    TextAnalyzer,
    WorkshopSuggestions,
    load_language_data,
    suggest_for_workshop,
)
from workshop_app.models import Idea
from workshop_app.services import Changes
from workshop_app.suggest import WorkshopNotes, notes_of
from workshop_app.ui.background import Background, Job
from workshop_app.ui.session import WorkshopSession

DEBOUNCE_MS = 400


class SuggestionService(QObject):
    """Keeps the suggestions of one open workshop up to date.

    Reads of the workshop happen on the GUI thread (a snapshot of id and
    text); only the analysis runs in the worker (`background`). The ideas
    are read once and then kept up to date from each change's ids, so a
    refresh after one more note reads one note. A request overtaken by a
    newer one is cancelled and reports nothing.

    Signals:
        ready(object): fresh `WorkshopSuggestions`.
        busy(bool): a computation started (True) or ended (False).
        language_loaded(): the Polish dictionary is in use from now on.
    """

    ready = Signal(object)
    busy = Signal(bool)
    language_loaded = Signal()

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.engine = SuggestionEngine(TextAnalyzer())
        self.latest: WorkshopSuggestions | None = None
        self.texts: dict[str, str] = {}
        self.background = Background("razem-suggest", self)
        self._closed = False
        self._computing: Job | None = None
        self._ideas: dict[str, Idea] | None = None  # the live ideas, read on first use
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.request)
        session.hub.changed.connect(self._on_changed)
        self.background.run(lambda _cancelled: load_language_data()).finished.connect(
            self._use_language)

    def _is_open(self) -> bool:
        return not self._closed and self.session.service.store.is_open

    def _use_language(self, data: LanguageData) -> None:
        self.engine = SuggestionEngine(TextAnalyzer(data))
        self.language_loaded.emit()
        self.request()

    def _on_changed(self, changes: Changes) -> None:
        if changes.ideas and self._ideas is not None and self._is_open():
            found = self.session.service.find_many(Idea, changes.ideas)
            for idea_id in changes.ideas:
                idea = found.get(idea_id)
                if idea is None or idea.deleted_at is not None:
                    self._ideas.pop(idea_id, None)
                else:
                    self._ideas[idea_id] = idea
        if changes.ideas or changes.clusters:
            self._timer.start()

    def _notes(self) -> WorkshopNotes:
        """The notes as they are now (from the kept ideas, read whole only once)."""
        service = self.session.service
        if self._ideas is None:
            self._ideas = {i.id: i for i in service.ideas()}
        ideas = sorted(self._ideas.values(), key=lambda i: i.seq)
        return notes_of(ideas, service.clusters())

    def request(self) -> Job | None:
        """Start computing suggestions for the workshop as it is now
        (None once the workshop is closed)."""
        if not self._is_open():
            return None
        if self._computing is not None:
            self._computing.cancel()
        notes, assignment, self.texts = self._notes()
        engine = self.engine
        self.busy.emit(True)
        self._computing = self.background.run(
            lambda cancelled: suggest_for_workshop(engine, notes, assignment, cancel=cancelled))
        self._computing.finished.connect(self._deliver)
        return self._computing

    def _deliver(self, result: WorkshopSuggestions) -> None:
        if not self._is_open():
            return
        self._computing = None
        self.latest = result
        self.busy.emit(False)
        self.ready.emit(result)

    def similar(self, idea_id: str) -> list[Similar]:
        """Notes like one note (fast enough for the GUI thread on one note)."""
        if not self._is_open():
            return []
        notes, _assignment, self.texts = self._notes()
        return self.engine.similar(notes, idea_id, k=5)

    def propose_name(self, texts: Sequence[str]) -> str:
        return self.engine.propose_name(texts)

    def shutdown(self) -> None:
        self._closed = True
        self._timer.stop()
        self.background.shutdown()

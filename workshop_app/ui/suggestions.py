"""Suggestions off the GUI thread: the language data loads in the background,
each request runs in a worker and can be cancelled by a newer one."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.analysis import (
    Cancelled,
    Similar,
    SuggestionEngine,
    TextAnalyzer,
    WorkshopSuggestions,
    load_language_data,
    suggest_for_workshop,
)
from workshop_app.services import Changes
from workshop_app.suggest import workshop_notes
from workshop_app.ui.session import WorkshopSession

DEBOUNCE_MS = 400


class SuggestionService(QObject):
    """Keeps the suggestions of one open workshop up to date.

    Reads of the workshop happen on the GUI thread (a snapshot of id and
    text); only the analysis runs in the worker. Results of a request that
    was overtaken by a newer one are dropped.

    Signals:
        ready(object): fresh `WorkshopSuggestions`.
        busy(bool): a computation started (True) or ended (False).
        language_loaded(): the Polish dictionary is in use from now on.
    """

    ready = Signal(object)
    busy = Signal(bool)
    language_loaded = Signal()
    _computed = Signal(object, int)
    _loaded = Signal(object)

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.engine = SuggestionEngine(TextAnalyzer())
        self.latest: WorkshopSuggestions | None = None
        self.texts: dict[str, str] = {}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="razem-suggest")
        self._generation = 0
        self._closed = False
        self._cancel: threading.Event | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.request)
        self._computed.connect(self._deliver)
        self._loaded.connect(self._use_language)
        session.hub.changed.connect(self._on_changed)
        self._pool.submit(self._load)

    def _load(self) -> None:
        self._loaded.emit(load_language_data())

    def _use_language(self, data: object) -> None:
        self.engine = SuggestionEngine(TextAnalyzer(data))  # type: ignore[arg-type]
        self.language_loaded.emit()
        self.request()

    def _on_changed(self, changes: Changes) -> None:
        if changes.ideas or changes.clusters:
            self._timer.start()

    def request(self) -> int:
        """Start computing suggestions for the workshop as it is now."""
        if self._closed or not self.session.service.store.is_open:
            return self._generation
        if self._cancel is not None:
            self._cancel.set()
        self._generation += 1
        generation, cancel = self._generation, threading.Event()
        self._cancel = cancel
        notes, assignment, self.texts = workshop_notes(self.session.service)
        engine = self.engine
        self.busy.emit(True)

        def work() -> None:
            try:
                result = suggest_for_workshop(engine, notes, assignment, cancel=cancel)
            except Cancelled:
                return
            self._computed.emit(result, generation)

        self._pool.submit(work)
        return generation

    def _deliver(self, result: WorkshopSuggestions, generation: int) -> None:
        if generation != self._generation or self._closed or not self.session.service.store.is_open:
            return
        self.latest = result
        self.busy.emit(False)
        self.ready.emit(result)

    def similar(self, idea_id: str) -> list[Similar]:
        """Notes like one note (fast enough for the GUI thread on one note)."""
        if self._closed or not self.session.service.store.is_open:
            return []
        notes, _assignment, self.texts = workshop_notes(self.session.service)
        return self.engine.similar(notes, idea_id, k=5)

    def propose_name(self, texts: Sequence[str]) -> str:
        return self.engine.propose_name(texts)

    def shutdown(self) -> None:
        self._closed = True
        self._timer.stop()
        if self._cancel is not None:
            self._cancel.set()
        self._pool.shutdown(wait=True, cancel_futures=True)

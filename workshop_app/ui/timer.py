"""The phase timer's Qt side: a ticking controller and the moderator's widget."""

from __future__ import annotations

import time
from collections.abc import Hashable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from workshop_app.models.timer import Clock, PhaseTimer, PhaseTimers, format_clock

TICK_MS = 200


START_PAUSE_KEYS = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Space)
# Not Ctrl+Shift+Plus: where "+" is Shift+"=" (US and Polish keyboards) Qt also reads that
# as Ctrl++, the canvas's zoom, and a key with two meanings does nothing at all.
ADD_MINUTE_KEYS = QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Space)


class TimerController(QObject):
    """Owns the phase timers of one open workshop, independent of any view.

    Each phase has its own timer (`PhaseTimers`); `timer` is the one of the
    phase on screen, chosen by `show_phase`. A running phase keeps counting
    while another is shown.

    Signals:
        ticked(float): seconds remaining (negative in overtime), a few times a second.
        state_changed(): started, paused, reset or time added.
        time_up(): the planned time has just run out (once per run).
    """

    ticked = Signal(float)
    state_changed = Signal()
    time_up = Signal()

    def __init__(self, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timers: PhaseTimers[Hashable] = PhaseTimers(clock or time.monotonic)
        self.timer = PhaseTimer(clock or time.monotonic)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._announced = False

    def tick(self) -> None:
        remaining = self.timer.remaining()
        self.ticked.emit(remaining)
        if self.timer.time_up and not self._announced:
            self._announced = True
            self.time_up.emit()

    def _changed(self) -> None:
        self._announced = self.timer.time_up
        if self.timer.running:
            self._ticker.start()
        else:
            self._ticker.stop()
        self.state_changed.emit()
        self.tick()

    def show_phase(self, phase: Hashable, planned_s: float) -> None:
        """Show the timer of `phase` (planned for `planned_s` seconds)."""
        self.timer = self.timers.timer(phase, planned_s)
        self._changed()

    def start(self) -> None:
        self.timer.start()
        self._changed()

    def pause(self) -> None:
        self.timer.pause()
        self._changed()

    def toggle(self) -> None:
        self.pause() if self.timer.running else self.start()

    def add_minute(self) -> None:
        self.timer.add(60)
        self._changed()

    def reset(self) -> None:
        self.timer.reset()
        self._changed()


class TimerWidget(QWidget):
    """The moderator's timer: time left, start/pause, +1 min, reset.

    Its buttons never take the keyboard focus: a click on Start must not
    pull the moderator out of the field they are typing in.
    """

    def __init__(self, controller: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.display = QLabel()
        self.display.setObjectName("timerDisplay")
        self.display.setAccessibleName(self.tr("Time left in this phase"))
        self.start_button = QPushButton()
        self.add_button = QPushButton(self.tr("+1 min"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.start_button.clicked.connect(controller.toggle)
        self.add_button.clicked.connect(controller.add_minute)
        self.reset_button.clicked.connect(controller.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        for button in (self.start_button, self.add_button, self.reset_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)
        self.add_button.setToolTip(self.tr("Add a minute ({keys})").format(
            keys=ADD_MINUTE_KEYS.toString(QKeySequence.SequenceFormat.NativeText)))
        controller.ticked.connect(self._show)
        controller.state_changed.connect(self._update_buttons)
        self._update_buttons()
        self._show(controller.timer.remaining())

    def _update_buttons(self) -> None:
        running = self.controller.timer.running
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start or pause the timer ({keys})").format(
            keys=START_PAUSE_KEYS.toString(QKeySequence.SequenceFormat.NativeText)))

    def _show(self, remaining: float) -> None:
        self.display.setText(format_clock(remaining))
        up = self.controller.timer.time_up
        self.display.setProperty("timeUp", up)
        self.display.setToolTip(self.tr("Time is up") if up else "")
        self.display.style().unpolish(self.display)
        self.display.style().polish(self.display)

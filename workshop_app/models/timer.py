"""The phase timer as a pure state machine over an injectable clock."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

Clock = Callable[[], float]
K = TypeVar("K", bound=Hashable)


class PhaseTimer:
    """Counts down a phase's planned time; may run into overtime (negative).

    The clock is injected so tests can move time by hand; by default it is
    `time.monotonic`, which never jumps when the wall clock is changed.

    Invariants: `add` never takes `duration_s` below zero; `elapsed()` never
    decreases except on `reset`, and does not grow while paused; `time_up` is
    never True for a phase planned with no time.
    """

    def __init__(self, clock: Clock = time.monotonic, duration_s: float = 0.0) -> None:
        self._clock = clock
        self.duration_s = float(duration_s)
        self._elapsed_before = 0.0
        self._running_since: float | None = None
        self._touched = False

    @property
    def touched(self) -> bool:
        """Started or given more time at least once."""
        return self._touched

    @property
    def running(self) -> bool:
        return self._running_since is not None

    def elapsed(self) -> float:
        running = self._clock() - self._running_since if self._running_since is not None else 0.0
        return self._elapsed_before + running

    def remaining(self) -> float:
        """Seconds left; negative once the planned time is over."""
        return self.duration_s - self.elapsed()

    @property
    def time_up(self) -> bool:
        return self.duration_s > 0 and self.remaining() <= 0

    def start(self) -> None:
        self._touched = True
        if self._running_since is None:
            self._running_since = self._clock()

    def pause(self) -> None:
        if self._running_since is not None:
            self._elapsed_before = self.elapsed()
            self._running_since = None

    def add(self, seconds: float) -> None:
        self._touched = True
        self.duration_s = max(0.0, self.duration_s + seconds)

    def reset(self, duration_s: float | None = None) -> None:
        """Stop and go back to the full planned time (or a new one)."""
        self._running_since = None
        self._elapsed_before = 0.0
        if duration_s is not None:
            self.duration_s = float(duration_s)


class PhaseTimers(Generic[K]):
    """One `PhaseTimer` per phase, so each phase keeps its own time.

    A phase's timer is made on its first visit with the phase's planned
    time, and follows changes to the plan until the moderator starts it or
    adds time. Leaving a phase does not pause its timer: time left in a
    running phase keeps passing while the moderator looks at another.
    """

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._timers: dict[K, PhaseTimer] = {}

    def timer(self, phase: K, planned_s: float) -> PhaseTimer:
        """The timer of `phase`, planned for `planned_s` seconds."""
        timer = self._timers.get(phase)
        if timer is None:
            timer = self._timers[phase] = PhaseTimer(self._clock, planned_s)
        elif not timer.touched:
            timer.reset(planned_s)
        return timer


def format_clock(seconds: float) -> str:
    """'12:05' for time left, '−0:42' for overtime; hours shown when needed."""
    sign = "−" if seconds < 0 else ""
    whole = int(abs(seconds) + (0.999 if seconds > 0 else 0))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"

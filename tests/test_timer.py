"""The phase timer as a pure model: one timer per phase, over a hand-moved clock."""

from __future__ import annotations

from workshop_app.models.timer import PhaseTimers, format_clock


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_each_phase_has_its_own_time_and_running_state() -> None:
    clock = Clock()
    timers: PhaseTimers[str] = PhaseTimers(clock)
    gather = timers.timer("gather", 45 * 60)
    gather.start()
    clock.now += 120
    cluster = timers.timer("cluster", 20 * 60)
    assert not cluster.running and cluster.remaining() == 20 * 60
    cluster.start()
    clock.now += 60
    cluster.reset()
    assert cluster.remaining() == 20 * 60  # its own planned time, not Gather's
    assert timers.timer("gather", 45 * 60) is gather
    assert gather.running and format_clock(gather.remaining()) == "42:00"


def test_an_untouched_timer_follows_the_plan_a_used_one_keeps_its_time() -> None:
    clock = Clock()
    timers: PhaseTimers[str] = PhaseTimers(clock)
    assert timers.timer("setup", 10 * 60).remaining() == 10 * 60
    assert timers.timer("setup", 15 * 60).remaining() == 15 * 60
    used = timers.timer("setup", 15 * 60)
    used.add(60)
    assert timers.timer("setup", 5 * 60).remaining() == 16 * 60

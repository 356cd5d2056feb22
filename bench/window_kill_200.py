"""window_kill_200: 200 rounds of SIGKILL on the whole program, window and all.

Each round (tests/helpers/window_kill.py) starts the real program under a
virtual X server (Xvfb) with `--trace-changes`, types ideas with Polish
letters in Gather, groups, names and tidies them in Cluster, and in
Prioritise opens the shared screen, starts voting at it and lets one to three
voters type dots ballots there, all with xdotool, and SIGKILLs it after a
random step; then opens the file the normal way and checks `PRAGMA
integrity_check`, that every action the window had shown as done (a change
line printed after its commit) is in the file, for every round so far, and
that no ballot is in the file that the window did not cast.

Baseline, in the same run: the service-level kill rounds of kill_200
(tests/helpers/kill_harness.py: a child adding ideas through the service,
killed after a random number of them), the same number of rounds. The
targets are absolute zeros; the baseline shows what the storage alone
guarantees and what a round costs without the window.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from bench.common import BenchError, BenchResult, Options, Row, filesystem_of, scratch_dir, verdict

NAME = "window_kill_200"
ROUNDS = 200
SEED = 20261202


def run(options: Options) -> BenchResult:
    try:
        from tests.helpers.kill_harness import run_kill_rounds
        from tests.helpers.real_window import HAVE_X, NO_X_REASON, virtual_display
        from tests.helpers.window_kill import run_window_kill_rounds
    except ModuleNotFoundError as exc:
        raise BenchError(f"the kill harnesses in tests/helpers are missing: {exc}") from None
    if not HAVE_X:
        raise BenchError(NO_X_REASON)
    result = BenchResult(NAME)
    with scratch_dir(NAME) as folder, virtual_display() as display:
        start = time.perf_counter()
        rounds = run_window_kill_rounds(folder, display, ROUNDS, SEED)
        seconds = time.perf_counter() - start
        start = time.perf_counter()
        baseline = run_kill_rounds(folder / "service.razem", ROUNDS, SEED)
        baseline_seconds = time.perf_counter() - start
        result.notes.append(f"seed {SEED}; files on {filesystem_of(folder)}; baseline: "
                            f"{ROUNDS} service-level kill rounds (kill_200's harness)")
    ours, theirs = _count_window(rounds), _count_service(baseline)
    result.rows = [
        Row(NAME, "rounds run", len(rounds), len(baseline), f"={ROUNDS}",
            verdict(len(rounds) == ROUNDS)),
        Row(NAME, "actions shown as done", ours["shown"], theirs["shown"], ">0",
            verdict(ours["shown"] > 0)),
        Row(NAME, "kills while voting", ours["kills_voting"], None, ">0",
            verdict(ours["kills_voting"] > 0)),
        Row(NAME, "ballots shown as cast", ours["ballots"], None, ">0",
            verdict(ours["ballots"] > 0)),
        *[Row(NAME, label, ours[key], theirs[key], "=0", verdict(ours[key] == 0))
          for key, label in _MUST_BE_ZERO],
        Row(NAME, "s per round", seconds / ROUNDS, baseline_seconds / ROUNDS),
    ]
    for r in rounds:  # what went wrong, to reproduce it with the seed
        if not r.ok:
            result.notes.append(
                f"round {r.number} failed (killed after {r.killed_after} of {r.steps} steps, "
                f"in {r.killed_in}): integrity {r.integrity!r}; "
                + "; ".join(f"{k} {v!r}" for k, v in (("stalled", r.stalled), ("unexpected", r.unexpected),
                                                      ("lost", r.lost), ("added", r.added),
                                                      ("open error", r.open_error)) if v))
    result.notes.append("shown by kind: " + ", ".join(f"{k} {n}" for k, n in ours["kinds"].items()))
    result.notes.append("kills by part of the round: "
                        + ", ".join(f"{k} {n}" for k, n in ours["kills_by_part"].items())
                        + f"; on a cast: {ours['kills_on_cast']} rounds, of which "
                          f"{ours['casts_in_flight']} before its line came")
    result.notes.append(f"ballot checks: {ours['ballot_checks']} (each ballot shown as cast, "
                        "after its round's kill and every later one)")
    result.details = {"rounds": ROUNDS, "seed": SEED, **ours, "runtime_s": seconds,
                      "baseline": {**theirs, "runtime_s": baseline_seconds}}
    return result


_MUST_BE_ZERO = (("lost", "actions lost"), ("lost_ballots", "ballots lost"),
                 ("added", "ballots let in unshown"),
                 ("integrity_failures", "integrity failures"),
                 ("open_failures", "reopen failures"), ("stalled", "stalled rounds"))


def _count_window(rounds: Sequence[Any]) -> dict[str, Any]:
    """Totals over `WindowKillRound`s; a lost action counts once, in the round it went."""
    kinds: dict[str, int] = {}
    for shown in (s for r in rounds for s in r.shown):
        kinds[shown.kind] = kinds.get(shown.kind, 0) + 1
    seen: set[str] = set()
    for r in rounds:
        seen.update(r.lost)
    kills_by_part: dict[str, int] = {}
    for r in rounds:
        kills_by_part[r.killed_in] = kills_by_part.get(r.killed_in, 0) + 1
    ballots = 0
    ballot_checks = 0  # a ballot shown in round n is checked after rounds n..last
    for r in rounds:
        ballots += sum(1 for s in r.shown if s.kind == "ballot")
        ballot_checks += ballots
    return {
        "shown": sum(len(r.shown) for r in rounds),
        "kinds": kinds,
        "lost": len(seen),
        "lost_ballots": sum(1 for lost in seen if lost.split()[2] == "ballot"),
        "ballots": ballots,
        "ballot_checks": ballot_checks,
        "kills_by_part": kills_by_part,
        "kills_voting": kills_by_part.get("voting", 0),
        "kills_on_cast": sum(1 for r in rounds if r.killed_on == "ballot"),
        "added": sum(len(r.added) for r in rounds),
        "casts_in_flight": sum(1 for r in rounds if r.in_flight is not None
                               and r.in_flight.expects == "ballot"),
        "integrity_failures": sum(1 for r in rounds if not r.open_error and r.integrity != "ok"),
        "open_failures": sum(1 for r in rounds if r.open_error),
        "stalled": sum(1 for r in rounds if r.stalled or r.unexpected),
        "failed_rounds": [r.number for r in rounds if not r.ok],
    }


def _count_service(rounds: Sequence[Any]) -> dict[str, Any]:
    """The same totals over kill_200's `KillRound`s (ideas reported saved)."""
    return {
        "shown": sum(len(r.reported) for r in rounds),
        "lost": sum(len(r.missing) + len(r.wrong_text) for r in rounds),
        "added": None,  # it adds ideas, no ballots: n/a
        "lost_ballots": None,
        "integrity_failures": sum(1 for r in rounds if not r.open_error and r.integrity != "ok"),
        "open_failures": sum(1 for r in rounds if r.open_error),
        "stalled": 0,
    }

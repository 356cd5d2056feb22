"""kill_200: 200 rounds of the SIGKILL durability test, as a figure.

Each round (tests/helpers/kill_harness.py) starts a child that adds ideas
through the service and prints each one after its commit returns, SIGKILLs
it after a random number of lines, then reopens the file the normal way and
checks every reported idea is there with its text and that
`PRAGMA integrity_check` says ok. No baseline: the targets are absolute zeros,
and no "raw" program's losses would make ours better or worse.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Sequence
from typing import Any

from bench.common import BenchError, BenchResult, Options, Row, filesystem_of, scratch_dir, verdict

NAME = "kill_200"
ROUNDS = 200
SEED = 20240501
HARNESS = "tests.helpers.kill_harness"


def run(options: Options) -> BenchResult:
    run_kill_rounds = _load_harness()
    result = BenchResult(NAME)
    with scratch_dir(NAME) as folder:
        start = time.perf_counter()
        rounds = run_kill_rounds(folder / "kill.razem", ROUNDS, SEED)
        seconds = time.perf_counter() - start
        result.notes.append(f"seed {SEED}; files on {filesystem_of(folder)}")
    counts = _count(rounds)
    result.rows = [
        Row(NAME, "rounds run", len(rounds), None, f"={ROUNDS}", verdict(len(rounds) == ROUNDS)),
        Row(NAME, "reported ideas", counts["reported"], None, ">0",
            verdict(counts["reported"] > 0)),
        *[Row(NAME, label, counts[key], None, "=0", verdict(counts[key] == 0))
          for key, label in _MUST_BE_ZERO],
        Row(NAME, "runtime s", seconds, None),
    ]
    if counts["failed_rounds"]:
        result.notes.append(f"failed rounds: {counts['failed_rounds']}")
    result.details = {"rounds": ROUNDS, "seed": SEED, **counts, "runtime_s": seconds}
    return result


_MUST_BE_ZERO = (("lost", "lost ideas"), ("wrong_text", "changed texts"),
                 ("integrity_failures", "integrity failures"),
                 ("open_failures", "reopen failures"))


def _load_harness() -> Callable[..., Sequence[Any]]:
    try:
        module = importlib.import_module(HARNESS)
    except ModuleNotFoundError as exc:
        if exc.name not in (HARNESS, "tests", "tests.helpers"):
            raise
        raise BenchError("tests/helpers/kill_harness.py does not exist (yet); "
                         "nothing measured") from None
    run_kill_rounds: Callable[..., Sequence[Any]] = module.run_kill_rounds
    return run_kill_rounds


def _count(rounds: Sequence[Any]) -> dict[str, Any]:
    """Totals over `KillRound`s (see tests/helpers/kill_harness.py)."""
    return {
        "reported": sum(len(r.reported) for r in rounds),
        "lost": sum(len(r.missing) for r in rounds),
        "wrong_text": sum(len(r.wrong_text) for r in rounds),
        "integrity_failures": sum(1 for r in rounds if not r.open_error and r.integrity != "ok"),
        "open_failures": sum(1 for r in rounds if r.open_error),
        "stale_lock_files": sum(1 for r in rounds if r.stale_lock_left),
        "failed_rounds": [r.number for r in rounds if not r.ok],
    }

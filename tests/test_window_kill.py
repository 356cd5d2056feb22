"""Black-box: SIGKILL the real program, window and all, at random moments of a
session typed through Gather, Cluster and a voting round at the shared screen;
nothing the window showed is lost, and no ballot it did not cast is let in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.real_window import HAVE_X, NO_X_REASON, virtual_display
from tests.helpers.window_kill import PARTS, run_window_kill_rounds

ROUNDS = 20
# With this seed the 20 rounds' kills land in every part of a round, and on
# a cast (the kill points depend on the seed only, not on timing).
SEED = 20261211

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not HAVE_X, reason=NO_X_REASON)]


def test_sigkill_of_the_window_loses_no_action_it_showed_as_done(
    tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    record_property("rounds", ROUNDS)  # for scripts/reliability_report.py
    with virtual_display() as display:
        results = run_window_kill_rounds(tmp_path, display, ROUNDS, seed=SEED)

    assert len(results) == ROUNDS
    assert [r.stalled for r in results if r.stalled] == []
    assert [r.unexpected for r in results if r.unexpected] == []
    assert [r.open_error for r in results if r.open_error] == []
    assert {r.integrity for r in results} == {"ok"}
    assert [r.lost for r in results if r.lost] == []
    assert [r.added for r in results if r.added] == []
    # The kills landed at different moments: before any action, between
    # them and after the last, in every part of a round (Gather, Cluster,
    # going to vote, a voter at the shared screen), and just after a voter
    # cast; the typed ideas, groups, names, tidying and ballots were all
    # shown in some round before a kill.
    assert len({r.killed_after for r in results}) > ROUNDS // 4
    assert {r.killed_in for r in results} == set(PARTS)
    assert "ballot" in {r.killed_on for r in results}
    assert min(r.killed_after for r in results) < max(r.killed_after for r in results)
    kinds = Counter(s.kind for r in results for s in r.shown)
    assert {"idea", "group", "rename", "tidy", "ballot"} <= set(kinds)

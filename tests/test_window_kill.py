"""Black-box: SIGKILL the real program, window and all, at random moments of a
session typed through Gather, Cluster and a voting round at the shared screen;
nothing the window showed is lost, and no ballot it did not cast is let in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import window_kill
from tests.helpers.real_window import HAVE_X, NO_X_REASON, SHARED_SCREEN, virtual_display
from tests.helpers.window_kill import PARTS, run_window_kill_rounds

ROUNDS = 20
# With this seed the 20 rounds' kills land in every part of a round, and on
# a cast (the kill points depend on the seed only, not on timing).
SEED = 20261211
# With this seed the first round does every step: Gather, Cluster, going to
# vote and two voters at the shared screen.
WHOLE_ROUND_SEED = 16

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


def test_the_rounds_type_only_into_a_window_that_has_the_keyboard_focus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window is visible (mapped) a moment before the program takes the
    keyboard focus itself; a key that comes before finds no active window
    and its shortcut does nothing, so the round stalled now and then under
    load. Each window gets the focus (`windowfocus --sync`) before its first
    keys, the moderator's at the start too."""
    calls: list[tuple[tuple[str, ...], str]] = []  # every xdotool command and its output
    run = window_kill.xdotool

    def recording(xenv: dict[str, str], *args: str) -> str:
        out = run(xenv, *args)
        calls.append((args, out))
        return out

    monkeypatch.setattr(window_kill, "xdotool", recording)
    with virtual_display() as display:
        (result,) = run_window_kill_rounds(tmp_path, display, 1, seed=WHOLE_ROUND_SEED)

    assert result.ok and result.killed_after == result.steps and result.killed_in == "voting"
    (moderator,) = calls[0][1].split()  # the first search: the moderator's window
    focused: str | None = None  # the window last given the focus; None: not known
    typed_into: list[str | None] = []  # for each key command, the window with the focus
    screen = ""
    for args, out in calls[1:]:
        if args[:2] == ("windowfocus", "--sync"):
            focused = args[2]
        elif args[0] == "search":  # the shared screen's window, once F5 opened it
            assert SHARED_SCREEN in args
            (screen,) = out.split()
        elif args[0] == "key":
            typed_into.append(focused)
            if args[1:] == ("F5",):  # it opens the shared screen, which may take the focus
                focused = None
    assert None not in typed_into
    assert set(typed_into) == {moderator, screen}

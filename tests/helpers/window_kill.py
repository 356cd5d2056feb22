"""Kill the whole program, window and all, at random moments of a scripted session.

Used by tests/test_window_kill.py (20 rounds) and bench/window_kill_200.py
(200). One round: start the real program on the workshop file under a virtual
X server with `--trace-changes`, drive it with xdotool through Gather (type a
few ideas with Polish letters, Enter after each) and Cluster (Ctrl+3; in the
keyboard tree End, Shift+Up, Ctrl+G groups the newest ungrouped ideas, the
group's name is typed, Enter; Tab to the canvas, Ctrl+T tidies), SIGKILL it
after a random step - at once or after a random wait for its output - then
open the file the normal way and check `PRAGMA integrity_check` and that
everything the window had shown as done (a `RAZEM_CHANGED` line printed after
the commit) is in the file, for this round and every earlier one.

Each step that changes the workshop waits for its line (reading the output
with a timeout, never sleeping), so at most one action is in flight when the
kill lands: shown or not, it is all or nothing, and what was shown must stay.
"""

from __future__ import annotations

import random
import signal
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers.real_window import (
    POLISH_LETTERS,
    LineReader,
    map_keys,
    program_env,
    razem,
    typing,
    x_env,
    xdotool,
)
from workshop_app.models import Cluster, Idea, PhaseKind, Workshop
from workshop_app.models.ids import new_id
from workshop_app.storage import WorkshopStore

MARKER = "RAZEM_CHANGED "
STEP_TIMEOUT_S = 30.0  # a busy machine; a healthy step takes well under a second
TYPING_DELAY_MS = 8
# Where a click activates the window without moving the keyboard focus: the
# phase title on the toolbar, a label (no window manager here).
CLICK_AT = ("115", "37")
# Which key types which Polish letter (`map_keys` maps them so in every round).
KEYS = {c: k for code, low in zip(range(255, 0, -1), sorted(POLISH_LETTERS), strict=False)
        for c, k in ((low, str(code)), (low.upper(), f"shift+{code}"))}
PHRASES = ("Ścieżka rowerowa", "Żłobek przy strefie", "Zielone przystanki", "Staże w urzędzie",
           "Łąka kwietna", "Źródła wiedzy", "Gęsi nad stawem", "Ćwiczenia dla seniorów")


@dataclass(frozen=True, slots=True)
class Step:
    """One xdotool command; `expects` names the change it makes (None: none yet)."""

    keys: tuple[str, ...]
    expects: str | None = None  # "idea", "phase", "group", "rename", "tidy"
    text: str = ""  # the idea text or group name typed for it


@dataclass(frozen=True, slots=True)
class Shown:
    """An action the window published as done, and what its line named."""

    round: int
    kind: str
    text: str
    ideas: tuple[str, ...]
    clusters: tuple[str, ...]
    created: str


@dataclass(slots=True)
class WindowKillRound:
    """What one round did and what the file held after the kill."""

    number: int
    steps: int  # steps in the round's script
    killed_after: int  # steps done (the last possibly still in flight) when killed
    shown: list[Shown] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # shown actions not (or wrongly) in the file
    integrity: str = ""
    open_error: str = ""
    stalled: str = ""  # a step whose change never came (or no window)
    unexpected: list[str] = field(default_factory=list)  # lines no step asked for

    @property
    def ok(self) -> bool:
        return (self.integrity == "ok" and not self.lost and not self.open_error
                and not self.stalled and not self.unexpected)


def run_window_kill_rounds(folder: Path, display: str, rounds: int, seed: int, *,
                           max_ideas: int = 3) -> list[WindowKillRound]:
    """Run `rounds` rounds on `folder`/kill.razem (created in Gather) on `display`."""
    path = folder / "kill.razem"
    workshop = Workshop(id=new_id(), title="Test zabicia okna", current_phase=PhaseKind.GATHER)
    WorkshopStore.create(path, workshop=workshop).close()
    xenv = x_env(display)
    results: list[WindowKillRound] = []
    everything: list[Shown] = []
    phase = PhaseKind.GATHER
    for number in range(rounds):
        rng = random.Random(f"window-kill-{seed}-{number}")
        steps = _script(number, phase, rng.randint(1, max_ideas), rng)
        result = WindowKillRound(number, len(steps), killed_after=rng.randint(0, len(steps)))
        _drive(path, folder, display, xenv, steps, result, rng)
        everything += result.shown
        phase = _inspect(path, everything, result)
        results.append(result)
    return results


def _script(number: int, phase: PhaseKind, ideas: int, rng: random.Random) -> list[Step]:
    steps = [] if phase is PhaseKind.GATHER else [Step(("key", "ctrl+2"), "phase", "gather")]
    for k in range(ideas):
        text = f"{rng.choice(PHRASES)} {number}.{k}"
        steps += [Step(tuple(typing(text, KEYS, TYPING_DELAY_MS))),
                  Step(("key", "Return"), "idea", text)]
    name = f"Grupa {number} źródło"
    return [*steps,
            Step(("key", "ctrl+3"), "phase", "cluster"),
            Step(("key", "End", "shift+Up", "ctrl+g"), "group"),
            Step(tuple(typing(name, KEYS, TYPING_DELAY_MS))),
            Step(("key", "Return"), "rename", name),
            Step(("key", "Tab", "ctrl+t"), "tidy")]


def _drive(path: Path, folder: Path, display: str, xenv: dict[str, str], steps: list[Step],
           result: WindowKillRound, rng: random.Random) -> None:
    """Start the program, do `result.killed_after` steps, SIGKILL it."""
    log = folder / f"stderr-{result.number}.txt"
    with log.open("w") as stderr:
        app = subprocess.Popen([*razem(folder, str(path)), "--trace-changes"],
                               env=program_env(display), stdout=subprocess.PIPE, stderr=stderr)
    assert app.stdout is not None
    output = LineReader(app.stdout.fileno())
    waiting: Step | None = None  # the step whose line has not come yet
    try:
        window = xdotool(xenv, "search", "--sync", "--onlyvisible", "--pid", str(app.pid)).split()[0]
        xdotool(xenv, "mousemove", "--window", window, *CLICK_AT, "click", "1")
        if map_keys(POLISH_LETTERS, xenv) != KEYS:
            raise AssertionError("the Polish letters moved to other keys")
        for index, step in enumerate(steps[:result.killed_after]):
            xdotool(xenv, *step.keys)
            if step.expects is None:
                continue
            last = index == result.killed_after - 1
            wait = rng.choice((0.0, rng.uniform(0.0, 0.25))) if last else STEP_TIMEOUT_S
            line = output.next_line(wait)
            if line is None:
                waiting = step
                if not last:
                    result.stalled = f"{step.expects} {step.text}: no change within {wait} s"
                break
            _record(result, step, line)
    except subprocess.SubprocessError as exc:
        result.stalled = f"xdotool: {exc}; {log.read_text()}"
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
    for line in output.rest():  # printed before the kill: shown as done too
        if waiting is not None:
            _record(result, waiting, line)
            waiting = None
        else:
            result.unexpected.append(line)
    app.stdout.close()


def _record(result: WindowKillRound, step: Step, line: str) -> None:
    if not line.startswith(MARKER):
        result.unexpected.append(line)
        return
    fields = dict(part.split("=", 1) for part in line[len(MARKER):].split(" "))
    ideas, clusters = (tuple(filter(None, fields[k].split(","))) for k in ("ideas", "clusters"))
    assert step.expects is not None
    result.shown.append(Shown(result.number, step.expects, step.text, ideas, clusters,
                              fields["created"]))


def _inspect(path: Path, everything: list[Shown], result: WindowKillRound) -> PhaseKind:
    """Check the file against every action shown so far; the phase it is in."""
    try:
        store = WorkshopStore.open(path)
    except Exception as exc:
        result.open_error = repr(exc)
        return PhaseKind.GATHER
    try:
        result.integrity = store.integrity_check()
        ideas = {i.id: i for i in store.all(Idea)}
        clusters = {c.id: c for c in store.all(Cluster)}
        phase = store.workshop().current_phase
    finally:
        store.close()
    result.lost = [f"round {s.round} {s.kind} {s.text!r} {s.created or s.clusters}"
                   for s in everything if not _in_file(s, ideas, clusters)]
    # The round's script ends in Cluster: once shown, the file is there; after
    # Gather was shown, Cluster may have been committed and not yet shown.
    went_to = {s.text for s in result.shown if s.kind == "phase"}
    if ("cluster" in went_to and phase is not PhaseKind.CLUSTER) or (
            went_to == {"gather"} and phase not in (PhaseKind.GATHER, PhaseKind.CLUSTER)):
        result.lost.append(f"round {result.number} phase {sorted(went_to)}: file in {phase}")
    return phase


def _in_file(shown: Shown, ideas: dict[str, Idea], clusters: dict[str, Cluster]) -> bool:
    if shown.kind == "idea":
        idea = ideas.get(shown.created)
        return idea is not None and idea.text == shown.text
    if shown.kind == "group":  # groups only ever take ungrouped ideas: members stay
        return shown.created in clusters and all(
            i in ideas and ideas[i].cluster_id == shown.created for i in shown.ideas)
    if shown.kind == "rename":
        return all(c in clusters and clusters[c].name == shown.text for c in shown.clusters)
    if shown.kind == "tidy":
        return all(i in ideas for i in shown.ideas) and all(c in clusters for c in shown.clusters)
    return True  # a change of phase is navigation; the next round starts where the file is

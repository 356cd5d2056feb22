"""Kill the whole program, window and all, at random moments of a scripted session.

Used by tests/test_window_kill.py (20 rounds) and bench/window_kill_200.py
(200). The workshop file is made first with the service: four groups of
ideas (one idea by a named participant of the first sector) and an open dots
round on the groups (3 dots, at most 2 on one), for every round to vote in.

One round: start the real program on the file under a virtual X server with
`--trace-changes`, drive it with xdotool through Gather (type a few ideas with
Polish letters, Enter after each), Cluster (Ctrl+3; in the keyboard tree End,
Shift+Up, Ctrl+G groups the newest ungrouped ideas, the group's name is
typed, Enter; Tab to the canvas, Ctrl+T tidies) and Prioritise (Ctrl+4, F5
opens the shared screen, F6 starts voting at it; then one to three voters
type their ballots on the shared-screen window: their sector's number, 1 or 2
on the name page if their sector has a named person (without my name, or the
name), a card's number and `+` for each dot, Enter (Done), Enter (cast)),
SIGKILL it after a random step (a part of the round - Gather, Cluster, going
to vote, each voter - chosen at random, each as likely, then a step in it),
at once or after a random wait for its output; then open the file the
normal way and check `PRAGMA integrity_check` and that everything the window
had shown as done (a `RAZEM_CHANGED` line printed after the commit) is in the
file, for this round and every earlier one: each ballot with the voter's
sector, name and dots on the cards they were shown, and no ballot the window
did not cast (only the cast in flight when the kill landed may be in the file
unshown, and then as typed).

Each step that changes the workshop waits for its line (reading the output
with a timeout, never sleeping), so at most one action is in flight when the
kill lands: shown or not, it is all or nothing, and what was shown must stay.
No window manager runs: before the first keys, and whenever the keys move
from one window to the other, the window they are for is given the keyboard
focus (`xdotool windowfocus --sync`, which returns once the X server has
moved it; the program is told so before any key typed after). The window is
visible before the program has taken the focus itself, and a key that comes
before the focus finds no active window: its shortcut does nothing (a click
at the start did not help: under load the program got the click and the
first key before its window was active).
"""

from __future__ import annotations

import random
import signal
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers.real_window import (
    POLISH_LETTERS,
    SHARED_SCREEN,
    LineReader,
    map_keys,
    program_env,
    razem,
    typing,
    x_env,
    xdotool,
)
from workshop_app.models import (
    SECTOR_ORDER,
    Ballot,
    BallotKind,
    Cluster,
    Idea,
    PhaseKind,
    Sector,
    VoteMethod,
    Workshop,
)
from workshop_app.models.ids import new_id
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.storage import WorkshopStore

MARKER = "RAZEM_CHANGED "
STEP_TIMEOUT_S = 30.0  # a busy machine; a healthy step takes well under a second
TYPING_DELAY_MS = 8
# Which key types which Polish letter (`map_keys` maps them so in every round).
KEYS = {c: k for code, low in zip(range(255, 0, -1), sorted(POLISH_LETTERS), strict=False)
        for c, k in ((low, str(code)), (low.upper(), f"shift+{code}"))}
PHRASES = ("Ścieżka rowerowa", "Żłobek przy strefie", "Zielone przystanki", "Staże w urzędzie",
           "Łąka kwietna", "Źródła wiedzy", "Gęsi nad stawem", "Ćwiczenia dla seniorów")
# The groups voted on, each with its ideas; the first idea's author is the
# one named person, in the first sector: its voters meet the name page.
GROUPS = {"Transport": ("Więcej autobusów nocą", "Bezpieczne przejścia"),
          "Edukacja": ("Zajęcia po szkole",), "Zieleń": ("Park przy rzece", "Drzewa na rynku"),
          "Praca": ("Staże dla absolwentów",)}
NAMED = ("Anna Wiśniewska", SECTOR_ORDER[0])
DOTS, CAP = 3, 2
# The parts of a round, in order; a round has one "voting" part per voter.
PARTS = ("gather", "cluster", "to vote", "voting")


@dataclass(frozen=True, slots=True)
class Voting:
    """The open dots round every round votes in, made before the first round."""

    round_id: str
    options: tuple[str, ...]  # its groups' ids
    person: str  # the named participant's id
    person_sector: Sector


@dataclass(frozen=True, slots=True)
class Vote:
    """One voter's ballot as typed: `sector` the number pressed on the start
    page (its place in SECTOR_ORDER, from 1), `named` whether the name was
    chosen on the name page, `dots[i]` the dots given to the i-th card shown."""

    sector: int
    named: bool
    dots: tuple[int, ...]

    def __str__(self) -> str:
        return f"sector {self.sector}{' named' if self.named else ''} dots {list(self.dots)}"


@dataclass(frozen=True, slots=True)
class Step:
    """One xdotool command; `expects` names the change it makes (None: none yet)."""

    keys: tuple[str, ...]
    expects: str | None = None  # "idea", "phase", "group", "rename", "tidy", "ballot"
    text: str = ""  # the idea text or group name typed for it
    screen: bool = False  # keys for the shared screen (else the moderator's window)
    opens_screen: bool = False  # F5: the shared screen's window appears
    vote: Vote | None = None  # the ballot a "ballot" step casts


@dataclass(frozen=True, slots=True)
class Shown:
    """An action the window published as done, and what its line named."""

    round: int
    kind: str
    text: str
    ideas: tuple[str, ...]
    clusters: tuple[str, ...]
    created: str
    vote: Vote | None = None  # what a ballot shown as cast holds


@dataclass(slots=True)
class WindowKillRound:
    """What one round did and what the file held after the kill."""

    number: int
    steps: int  # steps in the round's script
    killed_after: int  # steps done (the last possibly still in flight) when killed
    killed_in: str  # the part of the round the kill landed in: one of PARTS
    killed_on: str | None  # the change the last step done makes (None: none, or no step)
    shown: list[Shown] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # shown actions not (or wrongly) in the file
    integrity: str = ""
    open_error: str = ""
    stalled: str = ""  # a step whose change never came (or no window)
    unexpected: list[str] = field(default_factory=list)  # lines no step asked for
    in_flight: Step | None = None  # the step whose change had not shown when killed
    added: list[str] = field(default_factory=list)  # ballots in the file no voter cast

    @property
    def ok(self) -> bool:
        return (self.integrity == "ok" and not self.lost and not self.open_error
                and not self.stalled and not self.unexpected and not self.added)


@dataclass(slots=True)
class _Expected:
    """What the file must hold after the rounds so far."""

    voting: Voting
    shown: list[Shown] = field(default_factory=list)  # every action shown as done
    ballots: set[str] = field(default_factory=set)  # every ballot found in the file so far
    phase: PhaseKind = PhaseKind.GATHER  # where the file was after the last kill


def run_window_kill_rounds(folder: Path, display: str, rounds: int, seed: int, *,
                           max_ideas: int = 3, max_voters: int = 3) -> list[WindowKillRound]:
    """Run `rounds` rounds on `folder`/kill.razem (made by `prepare`) on `display`."""
    path = folder / "kill.razem"
    expected = _Expected(prepare(path))
    xenv = x_env(display)
    results: list[WindowKillRound] = []
    for number in range(rounds):
        rng = random.Random(f"window-kill-{seed}-{number}")
        parts = _script(number, expected, rng.randint(1, max_ideas),
                        rng.randint(1, max_voters), rng)
        steps = [step for _, part in parts for step in part]
        killed_in, killed_after = _kill_point(parts, rng)
        result = WindowKillRound(number, len(steps), killed_after, killed_in,
                                 steps[killed_after - 1].expects if killed_after else None)
        _drive(path, folder, display, xenv, steps, result, rng)
        _inspect(path, expected, result, steps)
        results.append(result)
    return results


def prepare(path: Path) -> Voting:
    """A new workshop file in Gather with `GROUPS` and an open dots round on them."""
    workshop = Workshop(id=new_id(), title="Test zabicia okna", current_phase=PhaseKind.GATHER)
    store = WorkshopStore.create(path, workshop=workshop)
    try:
        service = WorkshopService(store)
        name, sector = NAMED
        assert sector is not None
        service.add_ideas(ideas=[
            NewIdea(text=text, sector=sector, cluster_name=group,
                    author_name=name if (group, text) == ("Transport", GROUPS["Transport"][0]) else "")
            for group, texts in GROUPS.items() for text in texts])
        made = service.add_round(title="Co robimy najpierw?", method=VoteMethod.DOTS,
                                 dots_per_voter=DOTS, max_per_option=CAP).created
        assert made is not None
        service.open_round(round_id=made)
        (voting_round,) = service.rounds()
        (person,) = service.participants()
    finally:
        store.close()
    assert len(voting_round.options) == len(GROUPS)
    return Voting(made, voting_round.options, person.id, sector)


def _script(number: int, expected: _Expected, ideas: int, voters: int,
            rng: random.Random) -> list[tuple[str, list[Step]]]:
    """The round's steps in parts, each named (PARTS): Gather, Cluster, going
    to vote (Prioritise, the shared screen, voting started at it), and one
    part for each voter."""
    gather = ([] if expected.phase is PhaseKind.GATHER
              else [Step(("key", "ctrl+2"), "phase", "gather")])
    for k in range(ideas):
        text = f"{rng.choice(PHRASES)} {number}.{k}"
        gather += [Step(tuple(typing(text, KEYS, TYPING_DELAY_MS))),
                   Step(("key", "Return"), "idea", text)]
    name = f"Grupa {number} źródło"
    cluster = [Step(("key", "ctrl+3"), "phase", "cluster"),
               Step(("key", "End", "shift+Up", "ctrl+g"), "group"),
               Step(tuple(typing(name, KEYS, TYPING_DELAY_MS))),
               Step(("key", "Return"), "rename", name),
               Step(("key", "Tab", "ctrl+t"), "tidy")]
    prioritise = [Step(("key", "ctrl+4"), "phase", "prioritise"),
                  Step(("key", "F5"), opens_screen=True),
                  Step(("key", "F6"))]
    # The next voter presses Enter on the thank-you card first.
    ballots = [("voting", _ballot(expected.voting, rng, ["Return"] if voter else []))
               for voter in range(voters)]
    return [("gather", gather), ("cluster", cluster), ("to vote", prioritise), *ballots]


def _kill_point(parts: list[tuple[str, list[Step]]], rng: random.Random) -> tuple[str, int]:
    """Where the kill lands: a part chosen at random (Gather, Cluster, going to
    vote, each voter: each as likely, however many steps it has), then a step
    in it; its name and how many steps to do before the kill. The last step
    done is in the chosen part, except for 0 (before any step, in the first
    part); so every step of the round can be the last."""
    chosen = rng.randrange(len(parts))
    before = sum(len(part) for _, part in parts[:chosen])
    name, part = parts[chosen]
    return name, rng.randint(before + (1 if chosen else 0), before + len(part))


def _ballot(voting: Voting, rng: random.Random, first: list[str]) -> list[Step]:
    """One voter's steps on the shared screen: who (sector, name), the dots, Done, cast."""
    place = rng.randrange(len(SECTOR_ORDER))
    who = [*first, str(place + 1)]
    named = False
    if SECTOR_ORDER[place] is voting.person_sector:  # the name page: 1 is "without my name"
        named = rng.random() < 0.5
        who.append("2" if named else "1")
    dots = [0] * len(voting.options)
    for _ in range(rng.randint(1, DOTS)):
        dots[rng.choice([card for card, n in enumerate(dots) if n < CAP])] += 1
    cards = [card for card, n in enumerate(dots) if n]
    rng.shuffle(cards)
    given = [key for card in cards for key in (str(card + 1), *["plus"] * dots[card])]
    vote = Vote(place + 1, named, tuple(dots))
    return [Step(("key", "--delay", str(TYPING_DELAY_MS), *who), screen=True),
            Step(("key", "--delay", str(TYPING_DELAY_MS), *given), screen=True),
            Step(("key", "Return"), screen=True),  # Done: the ballot once more
            Step(("key", "Return"), "ballot", str(vote), screen=True, vote=vote)]


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
        if map_keys(POLISH_LETTERS, xenv) != KEYS:
            raise AssertionError("the Polish letters moved to other keys")
        windows = {False: window}
        focused: bool | None = None  # on the shared screen; None: not known (nor given yet)
        for index, step in enumerate(steps[:result.killed_after]):
            if step.screen not in windows:
                windows[True] = xdotool(xenv, "search", "--sync", "--onlyvisible", "--all",
                                        "--pid", str(app.pid), "--name", SHARED_SCREEN).split()[0]
            if step.screen is not focused:
                xdotool(xenv, "windowfocus", "--sync", windows[step.screen])
                focused = step.screen
            xdotool(xenv, *step.keys)
            if step.opens_screen:
                focused = None
            if step.expects is None:
                continue
            last = index == result.killed_after - 1
            wait = rng.choice((0.0, rng.uniform(0.0, 0.25))) if last else STEP_TIMEOUT_S
            line = output.next_line(wait)
            if line is None:
                waiting = step
                if not last:
                    result.stalled = (f"step {index + 1} {step.keys} ({step.expects} {step.text}): "
                                      f"no change within {wait} s; stderr: {log.read_text()[-2000:]}")
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
    result.in_flight = waiting
    app.stdout.close()


def _record(result: WindowKillRound, step: Step, line: str) -> None:
    if not line.startswith(MARKER):
        result.unexpected.append(line)
        return
    fields = dict(part.split("=", 1) for part in line[len(MARKER):].split(" "))
    ideas, clusters = (tuple(filter(None, fields[k].split(","))) for k in ("ideas", "clusters"))
    assert step.expects is not None
    result.shown.append(Shown(result.number, step.expects, step.text, ideas, clusters,
                              fields["created"], step.vote))


def _inspect(path: Path, expected: _Expected, result: WindowKillRound, steps: list[Step]) -> None:
    """Check the file against every action shown so far; note the phase it is in."""
    expected.shown += result.shown
    try:
        store = WorkshopStore.open(path)
    except Exception as exc:
        result.open_error = repr(exc)
        return
    try:
        result.integrity = store.integrity_check()
        ideas = {i.id: i for i in store.all(Idea)}
        clusters = {c.id: c for c in store.all(Cluster)}
        ballots = {b.id: b for b in store.all(Ballot, include_deleted=True)}
        phase = store.workshop().current_phase
    finally:
        store.close()
    voting = expected.voting
    result.lost = [f"round {s.round} {s.kind} {s.text!r} {s.created or s.clusters}"
                   for s in expected.shown if not _in_file(s, ideas, clusters, ballots, voting)]
    # The cast in flight when the kill landed may be in the file, as typed;
    # any other ballot no voter was shown casting was let in.
    cast = {s.created for s in expected.shown if s.kind == "ballot"}
    added = [b for i, b in ballots.items() if i not in cast and i not in expected.ballots]
    in_flight = result.in_flight.vote if result.in_flight is not None else None
    if not (added and len(added) == 1 and in_flight is not None
            and _holds(added[0], in_flight, voting)):
        result.added = [f"round {result.number} ballot {b.id} {b.sector} {b.votes}" for b in added]
    expected.ballots |= set(ballots)
    # Where the script took the window: once a phase was shown, the file is
    # there or (committed, not yet shown) in the script's next phase.
    phases = [s.text for s in steps if s.expects == "phase"]
    went_to = [s.text for s in result.shown if s.kind == "phase"]
    at = phases.index(went_to[-1]) if went_to else -1
    allowed = phases[at:at + 2] if went_to else [expected.phase.value, phases[0]]
    if phase.value not in allowed:
        result.lost.append(f"round {result.number} phase {went_to}: file in {phase}")
    expected.phase = phase


def _holds(ballot: Ballot | None, vote: Vote, voting: Voting) -> bool:
    """`ballot` is the one `vote` typed: its voter, and its dots on the cards as shown."""
    if ballot is None or sorted(ballot.shown) != sorted(voting.options):
        return False
    return (ballot.round_id == voting.round_id and ballot.deleted_at is None
            and ballot.kind is BallotKind.SCREEN
            and ballot.sector is SECTOR_ORDER[vote.sector - 1]
            and ballot.participant_id == (voting.person if vote.named else None)
            and ballot.votes == {ballot.shown[card]: n for card, n in enumerate(vote.dots) if n})


def _in_file(shown: Shown, ideas: dict[str, Idea], clusters: dict[str, Cluster],
             ballots: dict[str, Ballot], voting: Voting) -> bool:
    if shown.kind == "ballot":
        return shown.vote is not None and _holds(ballots.get(shown.created), shown.vote, voting)
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

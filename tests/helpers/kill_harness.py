"""Kill a writing Razem process at random moments and inspect the file after.

Used by `tests/test_kill.py` (a few dozen rounds) and by the benchmark (a few
hundred). One round: start `kill_child.py` on the workshop file, read a random
number of "saved" lines from it, SIGKILL it at once (so the kill often lands in
the middle of the next write), then open the file the normal way and check
that every idea the child reported is there, with its text, and that SQLite's
integrity check passes.
"""

from __future__ import annotations

import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.kill_child import idea_text
from workshop_app.models import Idea, Workshop
from workshop_app.models.ids import new_id
from workshop_app.storage import WorkshopStore
from workshop_app.storage.lock import lock_path_for

CHILD = Path(__file__).with_name("kill_child.py")


@dataclass(frozen=True, slots=True)
class KillRound:
    """What one kill round found in the file."""

    number: int
    planned: int  # "saved" lines read before the kill
    reported: tuple[tuple[str, int], ...]  # (idea id, number) the child reported saved
    ideas_in_file: int
    missing: tuple[str, ...]  # reported ids not in the file
    wrong_text: tuple[str, ...]  # reported ids whose text differs
    integrity: str
    stale_lock_left: bool  # the killed child's lock file was still there
    open_error: str = ""  # why the file could not be opened after the kill

    @property
    def ok(self) -> bool:
        return (not self.open_error and not self.missing and not self.wrong_text
                and self.integrity == "ok")


class ChildFailed(RuntimeError):
    """The child stopped before reporting the planned number of ideas."""


def run_kill_rounds(path: Path | str, rounds: int, seed: int, *,
                    max_ideas: int = 40) -> list[KillRound]:
    """Run `rounds` kill rounds on the workshop file `path` (created if missing)."""
    path = Path(path)
    if not path.exists():
        WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="Test zabicia")).close()
    results = []
    for number in range(rounds):
        rng = random.Random(f"kill-{seed}-{number}")
        planned = rng.randint(1, max_ideas)
        tag = f"{seed}-{number}"
        reported = _run_child(path, tag, planned)
        results.append(_inspect(path, number, tag, planned, reported))
    return results


def _run_child(path: Path, tag: str, planned: int) -> tuple[tuple[str, int], ...]:
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(path), tag],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    ) as proc:
        assert proc.stdout is not None
        try:
            while len(lines) < planned:
                line = proc.stdout.readline()
                if not line:
                    break
                lines.append(line.rstrip("\n"))
        finally:
            proc.kill()  # SIGKILL on POSIX: no cleanup code runs in the child
            rest, errors = proc.communicate()
    if len(lines) < planned:
        raise ChildFailed(f"child reported {len(lines)} of {planned} ideas: {errors}")
    # Lines still in the pipe were printed after a commit too; a line cut by
    # the kill has no newline and names nothing.
    lines += rest.split("\n")[:-1]
    return tuple((idea_id, int(num)) for idea_id, num in (line.split("\t") for line in lines))


def _inspect(path: Path, number: int, tag: str, planned: int,
             reported: tuple[tuple[str, int], ...]) -> KillRound:
    stale = lock_path_for(path).exists()
    base = {"number": number, "planned": planned, "reported": reported, "stale_lock_left": stale}
    try:
        store = WorkshopStore.open(path)
    except Exception as exc:
        return KillRound(**base, ideas_in_file=0, missing=(), wrong_text=(),
                         integrity="", open_error=repr(exc))
    try:
        texts = {i.id: i.text for i in store.all(Idea, include_deleted=True)}
        integrity = store.integrity_check()
    finally:
        store.close()
    missing = tuple(i for i, _ in reported if i not in texts)
    wrong = tuple(i for i, n in reported if i in texts and texts[i] != idea_text(tag, n))
    return KillRound(**base, ideas_in_file=len(texts), missing=missing, wrong_text=wrong,
                     integrity=integrity)

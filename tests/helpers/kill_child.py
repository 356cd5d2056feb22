"""Child process for the kill test: adds ideas until it is killed.

Usage: ``python kill_child.py WORKSHOP_FILE TAG``. After each `add_idea` call
*returns* (that is, after its commit) it prints ``<idea id>\\t<number>`` and
flushes, so every line the parent reads names an idea the program has shown
as saved. It never closes the store: the parent is expected to SIGKILL it.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Stop on its own if the parent never kills it (a bounded loop, not a hang).
MAX_IDEAS = 100_000


def idea_text(tag: str, number: int) -> str:
    """The text the child writes for idea `number`; the parent checks it back."""
    return f"Pomysł {tag}/{number}: zażółć gęślą jaźń <b>&amp;</b> 🚲"


def main(argv: list[str]) -> int:
    from workshop_app.models import Sector
    from workshop_app.services import NewIdea, WorkshopService
    from workshop_app.storage import WorkshopStore

    path, tag = Path(argv[1]), argv[2]
    sectors = list(Sector)
    store = WorkshopStore.open(path)
    service = WorkshopService(store)
    try:
        for number in range(1, MAX_IDEAS + 1):
            changes = service.add_idea(idea=NewIdea(text=idea_text(tag, number),
                                       sector=sectors[number % len(sectors)]))
            print(f"{changes.created}\t{number}", flush=True)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main(sys.argv))

"""Child process: opens a workshop, adds ideas, then holds it until killed.

Usage: ``python write_and_hold.py WORKSHOP_FILE COUNT``. Prints ``ready`` once
COUNT ideas are committed (they sit in the journal, not yet in the main file).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from workshop_app.services import NewIdea, WorkshopService
    from workshop_app.storage import WorkshopStore

    store = WorkshopStore.open(Path(argv[1]))
    service = WorkshopService(store)
    service.add_ideas(ideas=[NewIdea(f"Pomysł z dziennika {n}") for n in range(int(argv[2]))])
    print("ready", flush=True)
    sys.stdin.read()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main(sys.argv))

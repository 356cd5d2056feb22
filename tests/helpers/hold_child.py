"""Child process that opens a workshop file and holds it.

Usage: ``python hold_child.py WORKSHOP_FILE``. Prints ``ready`` once the file
is open (and therefore locked), then holds it until its stdin is closed
(clean close) or it is killed.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from workshop_app.storage import WorkshopStore

    store = WorkshopStore.open(Path(argv[1]))
    try:
        print("ready", flush=True)
        sys.stdin.read()
    finally:
        store.close()
    print("closed", flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main(sys.argv))

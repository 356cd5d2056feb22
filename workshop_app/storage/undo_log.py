"""The undo history, kept in the workshop file.

Every user operation runs in one transaction (`WorkshopStore.operation`).
While it runs, the store notes the before-image and the after-image of every
row it inserts, updates or deletes (`RowImages`); at the end of the same
transaction the images are saved as one undo entry. Undo writes the
before-images back, redo the after-images, each as a new transaction - the
idea of the SQLite project's note "Automatic Undo/Redo Using SQLite", kept in
the store instead of in triggers.

Images are column-level: an update keeps only the columns it changed, so
undoing a rename does not also put back a phase the moderator moved to since.
An inserted row has no before-image (undo deletes it), a hard-deleted row no
after-image (undo inserts it again).

The history is a stack with a redo tail: a new entry drops the undone ones,
and only the newest `LIMIT` entries are kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# How many undo steps the file keeps; older ones are forgotten.
LIMIT = 200

Row = dict[str, Any]


@dataclass(slots=True)
class Touch:
    """What one operation did to one row.

    `before` is None when the row did not exist before (inserted), `after`
    None when it does not exist after (hard-deleted). For a row that existed
    on both sides they hold the same columns: the ones the operation changed.
    """

    table: str
    row_id: str
    before: Row | None
    after: Row | None


@dataclass(slots=True)
class RowImages:
    """The rows one operation touched, in the order it first touched them."""

    touches: dict[tuple[str, str], Touch] = field(default_factory=dict)

    def inserted(self, table: str, row: Row) -> None:
        key = (table, str(row["id"]))
        known = self.touches.get(key)
        if known is None:
            self.touches[key] = Touch(table, key[1], None, dict(row))
        else:  # deleted earlier in this operation, now back
            known.after = dict(row)

    def updated(self, table: str, row_id: str, old: Row, new: Row) -> None:
        """`old` holds the current values of the columns in `new`."""
        key = (table, row_id)
        known = self.touches.get(key)
        if known is None:
            self.touches[key] = Touch(table, row_id, dict(old), dict(new))
            return
        assert known.after is not None, "update of a row deleted in the same operation"
        if known.before is not None:
            for name, value in old.items():
                known.before.setdefault(name, value)
        known.after.update(new)

    def deleted(self, table: str, row: Row) -> None:
        """`row` is the whole row as it is just before it is deleted."""
        key = (table, str(row["id"]))
        known = self.touches.get(key)
        if known is None:
            self.touches[key] = Touch(table, key[1], dict(row), None)
            return
        if known.before is not None:
            known.before = {**row, **known.before}
        known.after = None

    def effective(self) -> list[Touch]:
        """The touches that changed something, with unchanged columns dropped."""
        out = []
        for touch in self.touches.values():
            if touch.before is None and touch.after is None:
                continue
            if touch.before is not None and touch.after is not None:
                changed = [n for n in touch.after if touch.before.get(n) != touch.after[n]]
                if not changed or changed == ["updated_at"]:
                    continue
                touch = Touch(touch.table, touch.row_id,
                              {n: touch.before[n] for n in changed},
                              {n: touch.after[n] for n in changed})
            out.append(touch)
        return out


@dataclass(frozen=True, slots=True)
class UndoEntry:
    """One step of the history: a label key, a count for plural labels, and
    whether it is currently done (undoable) or undone (redoable)."""

    seq: int
    label: str
    count: int
    done: bool


def encode_touch(touch: Touch) -> tuple[str, str, str | None, str | None]:
    return (touch.table, touch.row_id, _dump(touch.before), _dump(touch.after))


def decode_touches(rows: Iterator[tuple[str, str, str | None, str | None]]) -> list[Touch]:
    return [Touch(t, r, _load(b), _load(a)) for t, r, b, a in rows]


def _dump(row: Row | None) -> str | None:
    return None if row is None else json.dumps(row, ensure_ascii=False)


def _load(text: str | None) -> Row | None:
    return None if text is None else dict(json.loads(text))

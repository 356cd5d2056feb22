"""Splitting a table off a workshop and editing it on "its own laptop": what
a merge-back test starts from.

`table_file` writes a table's file from a workshop file (as the command and
the window do); `edit_on_the_table` changes one idea and adds one in it, as
the table's moderator would; `rows` reads any kind of row of a workshop file
by id, to compare the two files row by row (ids, stamps, values).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop_app.models import Idea
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.services.split_ops import Split, split_file
from workshop_app.storage import WorkshopStore


def table_file(source: Path, target: Path, table: str) -> Split:
    """The ideas of `table` of the workshop `source` written to `target`."""
    return split_file(source, target, table=table)


def rows(path: Path, cls: type) -> dict[str, Any]:
    """Every row of kind `cls` in the workshop file `path` (soft-deleted ones
    too), by id; the file is only read."""
    with WorkshopStore.open(path, read_only=True) as store:
        return {row.id: row for row in store.all(cls, include_deleted=True)}


@dataclass(frozen=True, slots=True)
class TableEdits:
    """What `edit_on_the_table` did: the idea it changed, the one it added."""

    edited: str
    added: str


def edit_on_the_table(path: Path, *, text: str = "Poprawione przy stole",
                      new_text: str = "Nowy pomysł przy stole") -> TableEdits:
    """Open the table's file as its moderator does, change the text of its
    first idea and add one more idea at the same table; the file is closed
    after. The edited idea's `updated_at` is then newer than in the source."""
    with WorkshopStore.open(path) as store:
        service = WorkshopService(store)
        first: Idea = service.ideas()[0]
        service.edit_idea(idea_id=first.id, text=text)
        added = service.add_idea(idea=NewIdea(text=new_text, table_label=first.table_label)).created
        assert added is not None
        return TableEdits(edited=first.id, added=added)

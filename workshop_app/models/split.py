"""Choosing what goes into a table's own file ("Zapisz stół jako osobny plik").

A table that continues on its own laptop takes its ideas (those of one table
label, or a selection) into a new workshop file with the same setup. Rows
keep their ids and stamps, so merging the file back later matches them by
id. Pure rules; the service writes the file (`services/split_ops.py`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from workshop_app.models.entities import Idea
from workshop_app.models.text import fold

_NUMBER = re.compile(r"(\d+)")


@dataclass(frozen=True, slots=True)
class TableCount:
    """A table label of the workshop and how many live ideas carry it
    (`label` "" for ideas written at no table)."""

    label: str
    ideas: int


def _natural(label: str) -> tuple[object, ...]:
    """"Stół 2" before "Stół 10"; case and Polish letters ignored."""
    return tuple(int(part) if part.isdigit() else part
                 for part in _NUMBER.split(fold(label))), label


def table_counts(ideas: Iterable[Idea]) -> list[TableCount]:
    """Every table label of the live `ideas` with its count, in natural order
    ("Stół 2" before "Stół 10"); ideas of no table ("") last."""
    counts = Counter(i.table_label for i in ideas if not i.deleted)
    return sorted((TableCount(label, n) for label, n in counts.items()),
                  key=lambda t: (t.label == "", _natural(t.label)))


def find_table(typed: str, labels: Iterable[str]) -> str | None:
    """The label someone typing `typed` means: the same text, else the only
    one equal to it ignoring case, Polish letters and spaces around; None
    when there is none, or more than one."""
    labels = list(labels)
    if typed in labels:
        return typed
    alike = [label for label in labels if fold(label.strip()) == fold(typed.strip())]
    return alike[0] if len(alike) == 1 else None


def table_of(ideas: Iterable[Idea]) -> str | None:
    """The one table label all `ideas` share, else None (none given, or mixed)."""
    labels = {i.table_label for i in ideas}
    return labels.pop() if len(labels) == 1 else None


def with_their_duplicates(chosen: Sequence[Idea], ideas: Iterable[Idea]) -> list[Idea]:
    """`chosen` and the live ideas stacked on one of them (a note's hidden
    duplicates go where the note goes), by number."""
    ids = {i.id for i in chosen}
    stacked = [i for i in ideas if not i.deleted and i.id not in ids and i.duplicate_of in ids]
    return sorted([*chosen, *stacked], key=lambda i: i.seq)


def rows_to_write(chosen: Sequence[Idea]) -> list[Idea]:
    """The chosen ideas as the new file holds them: a duplicate link to an
    idea not among them is dropped (the note stands on its own there), every
    other field (id, stamps, group, place) stays; originals before their
    duplicates, so each link points at a row already written."""
    ids = {i.id for i in chosen}
    kept = [i if i.duplicate_of is None or i.duplicate_of in ids else replace(i, duplicate_of=None)
            for i in chosen]
    return sorted(kept, key=lambda i: (i.duplicate_of is not None, i.seq))

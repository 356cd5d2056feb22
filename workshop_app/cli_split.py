"""The `split` command: one table's ideas (or chosen ones) into a workshop file
of their own, for a table that continues on its own laptop.

    workshop-app split FILE OUT --table LABEL
    workshop-app split FILE OUT --ideas ID,ID,...

FILE is only read (also while the window has it open); OUT must not exist.
A table is its label as written (case and Polish letters ignored when only
one label fits); an idea is its number (as the lists and exports show it)
or its id. See `services/split_ops.py` for what the new file holds.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.models import Idea
from workshop_app.models.split import TableCount, find_table
from workshop_app.split_words import SplitWords

translate = QCoreApplication.translate


class UnknownChoice(Exception):
    """A --table or --ideas value that names nothing in the workshop;
    `tables` are the workshop's labels, to list in the message."""

    def __init__(self, wanted: str, *, tables: Sequence[TableCount] = (), idea: bool = False) -> None:
        super().__init__(wanted)
        self.wanted, self.tables, self.idea = wanted, tuple(tables), idea


def add_command(sub: Any, add_common: Callable[[argparse.ArgumentParser], None],
                handler: Callable[[argparse.Namespace], int]) -> None:
    """The `split` command, on the command line's subparsers."""
    parser = sub.add_parser("split", help=translate(
        "cli", "write one table's ideas (or chosen ones) with the workshop's setup to a new "
               "workshop file"))
    parser.add_argument("file", metavar=translate("cli", "FILE"),
                        help=translate("cli", "the workshop file (.razem; only read)"))
    parser.add_argument("out", metavar=translate("cli", "OUT"),
                        help=translate("cli", "the new workshop file (.razem; must not exist)"))
    choice = parser.add_exclusive_options(required=True)
    choice.add_argument("--table", metavar=translate("cli", "LABEL"),
                        help=translate("cli", "the ideas of this table"))
    choice.add_argument("--ideas", metavar=translate("cli", "ID,ID,..."),
                        help=translate("cli", "these ideas (numbers or ids, separated by commas) "
                                              "and the duplicates stacked on them"))
    parser.set_defaults(handler=handler)
    add_common(parser)


def run(args: argparse.Namespace, out: Path) -> list[str]:
    """Write the table's file as `args` ask; the lines to print. Raises what
    the service raises, or `UnknownChoice`."""
    from workshop_app.services import WorkshopService
    from workshop_app.services.split_ops import split_file
    from workshop_app.storage import WorkshopStore

    source = Path(args.file)
    with WorkshopStore.open_reader(source) as store:  # what the names typed mean
        service = WorkshopService(store)
        tables = service.tables()
        table = ids = None
        if args.table is not None:
            table = find_table(args.table, [t.label for t in tables])
            if table is None:
                raise UnknownChoice(args.table, tables=tables)
        else:
            ids = idea_ids(args.ideas, service.ideas())
    made = split_file(source, out, table=table, idea_ids=ids)
    return [SplitWords().written(made.ideas, table, out), SplitWords().holds(made.clusters,
                                                                              made.participants)]


def idea_ids(typed: str, ideas: Sequence[Idea]) -> list[str]:
    """The ids of the ideas `typed` names (numbers or ids, by commas), in
    order; `UnknownChoice` for one that names no live idea."""
    by_number = {str(i.seq): i.id for i in ideas}
    live = {i.id for i in ideas}
    found: list[str] = []
    for word in (w.strip() for w in typed.split(",")):
        if not word:
            continue
        idea_id = by_number.get(word.lstrip("#"), word)
        if idea_id not in live:
            raise UnknownChoice(word, idea=True)
        if idea_id not in found:
            found.append(idea_id)
    return found

"""The `carry-over` command: topics of last year's workshop into this year's agenda.

    workshop-app carry-over FILE LAST_YEAR                       lists last year's topics
    workshop-app carry-over FILE LAST_YEAR --topic T [--topic T ...]
    workshop-app carry-over FILE LAST_YEAR --all

Without --topic or --all only the list is printed (number, kind, title,
result); with them the topics are added to FILE's agenda as carried-over
items in one transaction (one undo step). A --topic is a title (case and
Polish letters ignored) or a number from the list. LAST_YEAR is only read.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.models.carry_over import PreviousTopic
from workshop_app.models.text import fold

translate = QCoreApplication.translate


class UnknownTopic(Exception):
    """A --topic that names no topic of last year's workshop."""

    def __init__(self, wanted: str) -> None:
        super().__init__(wanted)
        self.wanted = wanted


def add_command(sub: Any, add_common: Callable[[argparse.ArgumentParser], None],
                handler: Callable[[argparse.Namespace], int]) -> None:
    """The `carry-over` command, on the command line's subparsers."""
    parser = sub.add_parser("carry-over", help=translate(
        "cli", "list last year's topics with their results, or carry chosen ones into the agenda"))
    parser.add_argument("file", metavar=translate("cli", "FILE"),
                        help=translate("cli", "the workshop file (.razem)"))
    parser.add_argument("last_year", metavar=translate("cli", "LAST_YEAR"),
                        help=translate("cli", "last year's workshop file (only read)"))
    parser.add_argument("--topic", action="append", default=[], metavar=translate("cli", "TITLE"),
                        help=translate("cli", "carry over this topic: its title or its number in "
                                              "the list (may be given several times)"))
    parser.add_argument("--all", action="store_true",
                        help=translate("cli", "carry over every topic not on the agenda yet"))
    parser.set_defaults(handler=handler)
    add_common(parser)


def run(args: argparse.Namespace) -> list[str]:
    """List or carry over, as `args` ask; the lines to print. Raises what
    the service raises, or `UnknownTopic`."""
    from workshop_app.carry_over_words import CarryOverWords, carried
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore

    listing = not args.topic and not args.all
    with WorkshopStore.open(args.file, read_only=listing) as store:
        service = WorkshopService(store)
        previous = service.previous_workshop(args.last_year)
        if listing:
            return topic_lines(previous.topics, service.repeated_topics(previous.topics))
        chosen = (list(previous.topics) if args.all
                  else [pick(previous.topics, wanted) for wanted in args.topic])
        chosen = list({t.key: t for t in chosen}.values())  # a topic named twice is carried once
        skipped = set(service.repeated_topics(chosen))
        changes = service.carry_over(topics=carried(chosen))
    outcome = CarryOverWords().outcome(len(changes.agenda),
                                       [t for t in chosen if t.key in skipped])
    return [outcome]


def pick(topics: Sequence[PreviousTopic], wanted: str) -> PreviousTopic:
    """The topic of that title (case, Polish letters and spacing ignored),
    else of that number in the list; `UnknownTopic` otherwise."""
    name = " ".join(fold(wanted).split())
    for topic in topics:
        if " ".join(fold(topic.title).split()) == name:
            return topic
    if wanted.strip().isdigit() and 1 <= int(wanted) <= len(topics):
        return topics[int(wanted) - 1]
    raise UnknownTopic(wanted)


def topic_lines(topics: Sequence[PreviousTopic], on_agenda: Sequence[str]) -> list[str]:
    """One line per topic: number, kind, title, result and points by sector."""
    from workshop_app.carry_over_words import CarryOverWords

    words = CarryOverWords()
    if not topics:
        return [translate("cli", "Last year's workshop has no agenda items or groups.")]
    lines = []
    for number, topic in enumerate(topics, start=1):
        result = topic.result
        told = (f"{words.result(result)} (\u201e{result.round_title}\u201d; {words.sectors(result)})"
                if result else words.no_result())
        mark = " " + translate("cli", "[on the agenda already]") if topic.key in on_agenda else ""
        lines.append(f"{number}. [{words.kind(topic)}] \u201e{topic.title}\u201d \u2014 {told}{mark}")
    return lines


def unknown_topic(error: UnknownTopic, last_year: str) -> str:
    return translate("cli", "There is no topic \u201e{topic}\u201d in {file}; without --topic and "
                     "--all the command lists them. Nothing was carried over.").format(
        topic=error.wanted, file=last_year)


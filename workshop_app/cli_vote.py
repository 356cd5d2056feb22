"""The voting commands of the command line: `round` and `results`.

    workshop-app round FILE new --title T [--method dots|score|rank] [--on clusters|ideas]
                                [--dots N] [--cap N] [--top N] [--axes A B]
    workshop-app round FILE list
    workshop-app round FILE open|close|reopen ROUND_ID
    workshop-app results FILE [ROUND_ID] [--json OUT]

A ROUND_ID may be shortened to any beginning that fits one round only.
`results` only reads the workshop; its table is plain text for a terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from workshop_app.models import RoundStatus, Sector, VoteMethod, VoteTarget

if TYPE_CHECKING:
    from workshop_app.models import VotingRound
    from workshop_app.models.results import OptionResult
    from workshop_app.services import WorkshopService

translate = QCoreApplication.translate

TITLE_WIDTH = 40
"""An option's title in the results table is shortened to this many characters."""
TIE_MARK, NEAR_TIE_MARK = "=", "≈"
_STATE_CHANGES = ("open", "close", "reopen")


class NoSuchRound(Exception):
    """The round id given on the command line fits no round, or several."""

    def __init__(self, wanted: str, *, several: bool) -> None:
        super().__init__(wanted)
        self.wanted, self.several = wanted, several


def add_commands(sub: Any, add_common: Callable[[argparse.ArgumentParser], None],
                 handlers: dict[str, Callable[[argparse.Namespace], int]]) -> None:
    """The `round` and `results` commands, on the command line's subparsers."""
    file_help = translate("cli", "the workshop file (.razem)")
    rounds = sub.add_parser("round", help=translate(
        "cli", "create a voting round, list the rounds, open, close or reopen one"))
    rounds.add_argument("file", metavar=translate("cli", "FILE"), help=file_help)
    actions = rounds.add_subparsers(title=translate("cli", "actions"), dest="action",
                                    metavar=translate("cli", "ACTION"), required=True,
                                    parser_class=type(rounds))
    new = actions.add_parser("new", help=translate("cli", "create a draft round (prints its id)"))
    _new_round_options(new)
    listing = actions.add_parser("list", help=translate("cli", "list the voting rounds, oldest first"))
    changes = [new, listing]
    for action, what in zip(_STATE_CHANGES, (
            translate("cli", "open a draft round for voting (its options are fixed now)"),
            translate("cli", "close an open round"),
            translate("cli", "reopen a closed round (the reopening is recorded)")), strict=True):
        parser = actions.add_parser(action, help=what)
        parser.add_argument("round_id", metavar=translate("cli", "ROUND_ID"),
                            help=translate("cli", "the round's id, or its beginning"))
        changes.append(parser)
    rounds.set_defaults(handler=handlers["round"])

    results = sub.add_parser("results", help=translate(
        "cli", "print a round's ranked results as a table (only reads the workshop)"))
    results.add_argument("file", metavar=translate("cli", "FILE"), help=file_help)
    results.add_argument("round_id", nargs="?", metavar=translate("cli", "ROUND_ID"),
                         help=translate("cli", "the round's id, or its beginning "
                                               "(default: the latest round)"))
    results.add_argument("--json", metavar=translate("cli", "OUT"), type=Path,
                         help=translate("cli", "also write the round and its results as JSON "
                                               "(see docs/json-export.md)"))
    results.set_defaults(handler=handlers["results"])
    for parser in (rounds, results, *changes):
        add_common(parser)


def _new_round_options(new: argparse.ArgumentParser) -> None:
    new.add_argument("--title", required=True, metavar=translate("cli", "TITLE"),
                     help=translate("cli", "the round's title"))
    new.add_argument("--method", choices=[m.value for m in VoteMethod], default=VoteMethod.DOTS.value,
                     help=translate("cli", "dots (default), score (marks 1-5 on two axes) or "
                                           "rank (each voter's top N)"))
    new.add_argument("--on", choices=[t.value for t in VoteTarget], default=VoteTarget.CLUSTERS.value,
                     help=translate("cli", "vote on every group (default) or on every idea"))
    for option, what in (("--dots", translate("cli", "dots per voter (default: a third of the options)")),
                         ("--cap", translate("cli", "at most this many dots on one option "
                                                    "(default: 3, or the dots if fewer)")),
                         ("--top", translate("cli", "how many options each voter ranks (default: 3)"))):
        new.add_argument(option, type=int, metavar="N", help=what)
    new.add_argument("--axes", nargs=2, metavar=(translate("cli", "AXIS1"), translate("cli", "AXIS2")),
                     help=translate("cli", "the names of the two axes of a score round "
                                           "(default: Wpływ, Wykonalność)"))


def find_round(service: WorkshopService, wanted: str) -> VotingRound:
    """The round whose id is `wanted` or begins with it; `NoSuchRound` otherwise."""
    rounds = service.rounds()
    exact = [r for r in rounds if r.id == wanted]
    fitting = exact or [r for r in rounds if wanted and r.id.startswith(wanted.casefold())]
    if len(fitting) != 1:
        raise NoSuchRound(wanted, several=len(fitting) > 1)
    return fitting[0]


def no_such_round(error: NoSuchRound, file: str) -> str:
    if error.several:
        return translate("cli", "{id} is the beginning of several voting rounds' ids in {file}; "
                         "give more of it.").format(id=error.wanted, file=file)
    return translate("cli", "There is no voting round {id} in {file}; 'workshop-app round {file} "
                     "list' lists them.").format(id=error.wanted, file=file)


def new_round(service: WorkshopService, args: argparse.Namespace) -> str:
    """Create the round the command line describes; its id."""
    made = service.add_round(
        title=args.title, target=VoteTarget(args.on), method=VoteMethod(args.method),
        dots_per_voter=args.dots, max_per_option=args.cap, axes=args.axes,
        top_n=3 if args.top is None else args.top).created
    assert made is not None
    return made


def change_state(service: WorkshopService, action: str, voting_round: VotingRound) -> str:
    """Open, close or reopen the round; what was done, in words."""
    operation = {"open": service.open_round, "close": service.close_round,
                 "reopen": service.reopen_round}[action]
    operation(round_id=voting_round.id)
    done = {"open": translate("cli", "Opened the voting round \u201e{title}\u201d."),
            "close": translate("cli", "Closed the voting round \u201e{title}\u201d."),
            "reopen": translate("cli", "Reopened the voting round \u201e{title}\u201d.")}[action]
    return done.format(title=voting_round.title)


class RoundWords(QObject):
    """Words for rounds and their results in the terminal (plural forms by `self.tr`)."""

    def created(self, title: str) -> str:
        return self.tr("Created the draft voting round \u201e{title}\u201d; its id:").format(title=title)

    def voters(self, n: int) -> str:
        return self.tr("%n voter(s)", "", n)

    def method(self, method: VoteMethod) -> str:
        return {VoteMethod.DOTS: self.tr("dot voting"),
                VoteMethod.SCORE: self.tr("marks on two axes"),
                VoteMethod.RANK: self.tr("ranking")}[method]

    def status(self, status: RoundStatus) -> str:
        return {RoundStatus.DRAFT: self.tr("draft"), RoundStatus.OPEN: self.tr("open"),
                RoundStatus.CLOSED: self.tr("closed")}[status]

    def sector(self, sector: Sector | None) -> str:
        return {None: self.tr("no sector"), Sector.LOCAL_GOVERNMENT: self.tr("local gov."),
                Sector.ACADEMIA: self.tr("academia"), Sector.BUSINESS: self.tr("business"),
                Sector.NGO: self.tr("NGO"), Sector.RESIDENTS: self.tr("residents"),
                Sector.OTHER: self.tr("other")}[sector]

    def agreement(self, value: str | None) -> str:
        return {"agreed": self.tr("agreed"), "divisive": self.tr("divisive"), None: ""}[value]

    def quadrant(self, value: str | None) -> str:
        return {"quick_wins": self.tr("quick wins"), "big_projects": self.tr("big projects"),
                "fill_ins": self.tr("fill-ins"), "thankless": self.tr("thankless tasks"),
                None: ""}[value]

    def score_heading(self, method: VoteMethod) -> str:
        return {VoteMethod.DOTS: self.tr("Dots"), VoteMethod.SCORE: self.tr("Mean"),
                VoteMethod.RANK: self.tr("Points")}[method]


def round_lines(service: WorkshopService) -> list[str]:
    """One line per round, oldest first: id, status, method, title."""
    words = RoundWords()
    if not service.rounds():
        return [translate("cli", "No voting rounds yet.")]
    return [f"{r.id}  {words.status(r.status)}  {words.method(r.method)}  \u201e{r.title}\u201d"
            for r in service.rounds()]


def results_lines(service: WorkshopService, voting_round: VotingRound) -> list[str]:
    """The round's heading, its ranked results as a table, and a legend."""
    from workshop_app.exports.json_export import option_title
    from workshop_app.models import in_sector_order
    from workshop_app.models.text import brief_words

    words = RoundWords()
    method = voting_round.method
    results = service.results(voting_round.id)
    ballots = service.ballots(voting_round.id)
    heading = (f"\u201e{voting_round.title}\u201d \u2014 {words.method(method)}, "
               f"{words.status(voting_round.status)}, {words.voters(sum(b.voters for b in ballots))}")
    present = {s for r in results for s in r.by_sector}
    sectors = [s for s, _ in in_sector_order(dict.fromkeys(present, 1))]
    headers = [translate("cli", "Place"), "", translate("cli", "Option"), words.score_heading(method),
               translate("cli", "Balanced")]
    if method is VoteMethod.SCORE:
        headers += [*voting_round.axes, translate("cli", "Quadrant")]
    headers += [words.sector(s) for s in sectors] + [translate("cli", "Agreement")]
    rows = []
    for result in results:
        row = [str(result.place), _mark(result),
               brief_words(option_title(service, voting_round, result.option_id), TITLE_WIDTH),
               _number(method, result.score),
               _decimal(result.balanced_score, 2 if method is VoteMethod.SCORE else 1)]
        if method is VoteMethod.SCORE:
            means = result.axis_means or (0.0, 0.0)
            row += [_decimal(means[0], 2), _decimal(means[1], 2),
                    words.quadrant(result.quadrant.value if result.quadrant else None)]
        row += [_number(method, result.by_sector.get(s, 0.0)) for s in sectors]
        row.append(words.agreement(result.agreement.value if result.agreement else None))
        rows.append(row)
    text_columns = {1, 2, len(headers) - 1} | ({7} if method is VoteMethod.SCORE else set())
    return [heading, "", *_table(headers, rows, text_columns), "", *_legend(results)]


def _legend(results: Sequence[OptionResult]) -> list[str]:
    lines = [translate("cli", "{tie} exact tie (a shared place), {near} near tie. Balanced: every "
                       "sector weighs the same, however many of its people voted.").format(
        tie=TIE_MARK, near=NEAR_TIE_MARK)]
    if any(r.agreement for r in results):
        lines.append(translate("cli", "Agreed: in the top third of every sector with at least 3 "
                               "voters; divisive: those sectors place it far apart."))
    return lines


def _mark(result: OptionResult) -> str:
    return TIE_MARK if result.tie else NEAR_TIE_MARK if result.near_tie else ""


def _number(method: VoteMethod, value: float) -> str:
    return _decimal(value, 2) if method is VoteMethod.SCORE else str(round(value))


def _decimal(value: float, places: int) -> str:
    # The user's locale: a decimal comma in Polish.
    return QLocale().toString(float(value), "f", places)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], text_columns: set[int]) -> list[str]:
    """Columns two spaces apart; numbers aligned right, text left."""
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(width) if i in text_columns else cell.rjust(width)
                         for i, (cell, width) in enumerate(zip(cells, widths, strict=True))).rstrip()

    return [line(headers), *(line(row) for row in rows)]


def print_lines(lines: Sequence[str]) -> None:
    sys.stdout.write("".join(f"{line}\n" for line in lines))

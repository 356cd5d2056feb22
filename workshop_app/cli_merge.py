"""The `merge` command: the files of parallel tables into one workshop.

    workshop-app merge TARGET SOURCE... [--dry-run] [--json REPORT] [--join-clusters]

Every SOURCE is only read. All of them are merged into TARGET in one
transaction (one undo step), or none is: a source that cannot be merged is
named and nothing is written. `--dry-run` prints (and `--json` writes) what
the merge would do and changes nothing. The report's JSON is described in
docs/merge.md; it is written atomically and never onto a workshop file.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def add_command(sub: Any, add_common: Callable[[argparse.ArgumentParser], None],
                handler: Callable[[argparse.Namespace], int]) -> None:
    """The `merge` command, on the command line's subparsers."""
    parser = sub.add_parser("merge", help=translate(
        "cli", "merge the workshop files of parallel tables into one workshop"))
    parser.add_argument("file", metavar=translate("cli", "TARGET"),
                        help=translate("cli", "the workshop file to merge into (.razem)"))
    parser.add_argument("sources", nargs="+", metavar=translate("cli", "SOURCE"),
                        help=translate("cli", "a table's workshop file (only read)"))
    parser.add_argument("--dry-run", action="store_true",
                        help=translate("cli", "only say what the merge would do; write nothing"))
    parser.add_argument("--json", type=Path, metavar=translate("cli", "REPORT"),
                        help=translate("cli", "also write the report as JSON to this file"))
    parser.add_argument("--join-clusters", action="store_true",
                        help=translate("cli", "join groups of the same name from different "
                                              "files instead of naming them by table"))
    parser.set_defaults(handler=handler)
    add_common(parser)


def run(args: argparse.Namespace) -> tuple[list[str], bytes | None]:
    """Plan the merge and, unless --dry-run, write it; the report's lines
    and, with --json, its JSON to write. Raises what the service raises.
    The --json target is checked before (`check_report`)."""
    from workshop_app.exports.output import json_bytes
    from workshop_app.merge_words import MergeWords
    from workshop_app.models.merge_report import report_document
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore

    if not args.dry_run:
        # Every source checked first, through a reader of the workshop: a
        # refused merge must not have upgraded (and backed up) a workshop of
        # an older Razem, which opening it for writing does.
        with WorkshopStore.open_reader(args.file) as store:
            WorkshopService(store).plan_merge(args.sources,
                                              join_same_named_clusters=args.join_clusters)
    with (WorkshopStore.open_reader(args.file) if args.dry_run
          else WorkshopStore.open(args.file)) as store:
        service = WorkshopService(store)
        plan = service.plan_merge(args.sources, join_same_named_clusters=args.join_clusters)
        if not args.dry_run:
            service.merge(plan)
    report = plan.report
    document = None if args.json is None else json_bytes(report_document(
        report, target=str(Path(args.file).absolute()), dry_run=args.dry_run))
    return MergeWords().lines(report, target=str(args.file), dry_run=args.dry_run), document


def check_report(report: Path, args: argparse.Namespace) -> None:
    """Before any workshop is opened: `OutputRefused` for a report (--json) onto a
    workshop, `OSError` for one that could not be written (a missing or
    read-only folder) - found after the merge, it would fail a merge that is done."""
    from workshop_app.exports.output import check_target, check_writable

    check_target(report, inputs=inputs_of(args))
    check_writable(report)


def inputs_of(args: argparse.Namespace) -> list[Path]:
    """The workshop files a merge reads or writes (never an output)."""
    return [Path(args.file), *(Path(s) for s in args.sources)]


def nothing_merged() -> str:
    """Said after the reason a merge was refused."""
    return translate("cli", "Nothing was merged; every file is as it was.")

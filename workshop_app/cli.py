"""The command line: the GUI by default, plus headless subcommands.

    workshop-app [FILE]            open the GUI (start screen, or FILE)
    workshop-app --demo            open a fresh copy of the demo workshop
    workshop-app new FILE --title TEXT
    workshop-app demo FILE
    workshop-app export FILE [--json OUT] [--csv OUT] [--csv-excel OUT] [--results-csv OUT]
                                 [--ics OUT] [--summary OUT.pdf] [--agenda OUT.pdf]
    workshop-app import FILE SOURCE [--no-header] [--allow-repeat]
    workshop-app suggest FILE [--json OUT] [--apply]
    workshop-app round FILE new|list|open|close|reopen ...   (see cli_vote)
    workshop-app results FILE [ROUND_ID] [--json OUT]
    workshop-app carry-over FILE LAST_YEAR [--topic TITLE ...] [--all]   (see cli_carry_over)
    workshop-app serve FILE ROUND_ID [--bind ADDR] [--port N]   (see cli_serve)
    workshop-app split FILE OUT (--table LABEL | --ideas ID,ID,...)   (see cli_split)
    workshop-app merge TARGET SOURCE... [--dry-run] [--json REPORT] [--join-clusters]   (see cli_merge)

Every command prints a message in the user's language and exits non-zero on
failure (1: the command failed, 2: the command line was wrong).

`main` is the one place that reads the command line and the environment
(RAZEM_LANG); what the window needs reaches `app.run_gui` as a `GuiOptions`.
Hidden options, for tests and benchmarks: --config-dir and --data-dir (any
command), --trace-changes and --paint-probe (the window).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from workshop_app import __version__, i18n
from workshop_app.settings import LANGUAGES, Settings

if TYPE_CHECKING:
    from workshop_app.imports import ColumnMapping
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore

translate = QCoreApplication.translate

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("new", "demo", "export", "import", "suggest", "round", "results", "snapshots",
               "recover", "carry-over", "serve", "split", "merge")

# The usage errors people run into, as argparse words them (in English, since
# Python ships no translations of it), and ours; the named parts argparse
# filled in are themselves translated when they have a known shape.
_USAGE_ERRORS = (
    (re.compile(r"argument (?P<name>\S+): (?P<message>.*)", re.S),
     QT_TRANSLATE_NOOP("argparse", "argument {name}: {message}")),
    (re.compile(r"the following arguments are required: (?P<names>.*)", re.S),
     QT_TRANSLATE_NOOP("argparse", "the following arguments are required: {names}")),
    (re.compile(r"unrecognized arguments: (?P<words>.*)", re.S),
     QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: {words}")),
    (re.compile(r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)", re.S),
     QT_TRANSLATE_NOOP("argparse", "invalid choice: {value} (choose from {choices})")),
    (re.compile(r"expected one argument"), QT_TRANSLATE_NOOP("argparse", "expected one argument")),
    (re.compile(r"one of the arguments (?P<names>.*) is required", re.S),
     QT_TRANSLATE_NOOP("argparse", "one of the arguments {names} is required")),
    (re.compile(r"not allowed with argument (?P<other>\S+)"),
     QT_TRANSLATE_NOOP("argparse", "not allowed with argument {other}")),
)


def _translated_error(message: str) -> str:
    for pattern, source in _USAGE_ERRORS:
        found = pattern.fullmatch(message)
        if found:
            parts = {name: _translated_error(part) for name, part in found.groupdict().items()}
            return translate("argparse", str(source)).format(**parts)
    return message


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with a translated "usage: " prefix."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        if prefix is None:
            prefix = translate("argparse", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """argparse in the user's language, exiting with EXIT_USAGE on a usage error.

    argparse's own words are replaced through its public hooks: our own
    -h/--help, a formatter with a translated usage prefix, titled argument
    groups (every argument is added to one of them) and `error()`.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(formatter_class=_HelpFormatter, add_help=False, **kwargs)
        self._positional_group = self.add_argument_group(translate("argparse", "positional arguments"))
        self._option_group = self.add_argument_group(translate("argparse", "options"))
        self.add_argument("-h", "--help", action="help",
                          help=translate("argparse", "show this help message and exit"))

    def add_argument(self, *names: Any, **kwargs: Any) -> argparse.Action:
        is_option = bool(names) and str(names[0])[:1] in self.prefix_chars
        group = self._option_group if is_option else self._positional_group
        return group.add_argument(*names, **kwargs)

    def add_exclusive_options(self, *, required: bool) -> argparse._MutuallyExclusiveGroup:
        """Options of which one (at most, or with `required` exactly one) is given,
        listed among the other options."""
        return self._option_group.add_mutually_exclusive_group(required=required)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, translate("cli", "{prog}: error: {message}\n").format(
            prog=self.prog, message=_translated_error(message)))


def _add_common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a subcommand's copy must not reset what was given before the command.
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help=translate("cli", "interface language (default: pl)"))
    # Hidden, for tests and benchmarks: settings, and copies of the demo, in these
    # folders instead of the user's.
    for option in ("--config-dir", "--data-dir"):
        parser.add_argument(option, type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    """The full command line, for --help and the headless subcommands."""
    parser = _Parser(
        prog="workshop-app",
        description=translate("cli", "Razem: run participatory planning workshops. Without a command, "
                        "opens the window: 'workshop-app' shows the start screen, "
                        "'workshop-app FILE' opens a workshop, 'workshop-app --demo' opens "
                        "a fresh copy of the demo workshop."),
    )
    parser.add_argument("--version", action="version", version=f"Razem {__version__}",
                        help=translate("argparse", "show program's version number and exit"))
    _add_common(parser)
    sub = parser.add_subparsers(title=translate("cli", "commands"), dest="command",
                                metavar=translate("cli", "COMMAND"), parser_class=_Parser)
    new = sub.add_parser("new", help=translate("cli", "create a new, empty workshop file"))
    new.add_argument("file", metavar=translate("cli", "FILE"), help=translate("cli", "the new workshop file (.razem)"))
    new.add_argument("--title", required=True, metavar=translate("cli", "TITLE"),
                     help=translate("cli", "the workshop's title"))
    new.set_defaults(handler=_cmd_new)

    demo = sub.add_parser("demo", help=translate("cli", "write a copy of the demo workshop to a file"))
    demo.add_argument("file", metavar=translate("cli", "FILE"),
                      help=translate("cli", "where to write the copy (.razem)"))
    demo.set_defaults(handler=_cmd_demo)

    export = sub.add_parser("export", help=translate("cli", "export a workshop's data"))
    export.add_argument("file", metavar=translate("cli", "FILE"), help=translate("cli", "the workshop file (.razem)"))
    export.add_argument("--json", metavar=translate("cli", "OUT"), type=Path,
                        help=translate("cli", "write all data as JSON (schema: docs/json-export.md)"))
    export.add_argument("--csv", metavar=translate("cli", "OUT"), type=Path,
                        help=translate("cli", "write the ideas as CSV (UTF-8 with BOM, commas)"))
    export.add_argument("--csv-excel", metavar=translate("cli", "OUT"), type=Path,
                        help=translate("cli", "write the ideas as CSV for a Polish Excel "
                                              "(Windows-1250, semicolons)"))
    export.add_argument("--results-csv", metavar=translate("cli", "OUT"), type=Path,
                        help=translate("cli", "write every round's results as CSV (UTF-8 with BOM)"))
    export.add_argument("--ics", metavar=translate("cli", "OUT"), type=Path,
                        help=translate("cli", "write the scheduled agenda as iCalendar"))
    export.add_argument("--summary", metavar=translate("cli", "OUT.pdf"), type=Path,
                        help=translate("cli", "write the PDF summary the organisers publish"))
    export.add_argument("--agenda", metavar=translate("cli", "OUT.pdf"), type=Path,
                        help=translate("cli", "write the agenda as a PDF timetable (A4 landscape)"))
    export.add_argument("--include-names", action="store_true",
                        help=translate("cli", "in an anonymous workshop, export the participants' "
                                              "names too (for the organisers' own archive)"))
    export.set_defaults(handler=_cmd_export)
    imp = sub.add_parser("import", help=translate("cli", "import ideas from a CSV or Excel file"))
    imp.add_argument("file", metavar=translate("cli", "FILE"), help=translate("cli", "the workshop file (.razem)"))
    imp.add_argument("source", metavar=translate("cli", "SOURCE"),
                     help=translate("cli", "a .csv, .tsv, .txt or .xlsx file of ideas"))
    for option, what in (("--text-column", translate("cli", "the column with the idea's text")),
                         ("--sector-column", translate("cli", "the column with the author's sector")),
                         ("--author-column", translate("cli", "the column with the author's name")),
                         ("--cluster-column",
                          translate("cli", "the column with a group name (notes grouped on paper)"))):
        imp.add_argument(option, metavar=translate("cli", "NAME"), help=what)
    imp.add_argument("--no-header", action="store_true",
                     help=translate("cli", "the first row is an idea, not column names"))
    imp.add_argument("--allow-repeat", action="store_true",
                     help=translate("cli", "import even when most of the ideas are already in the "
                                    "workshop (the file was imported before)"))
    imp.set_defaults(handler=_cmd_import)
    suggest = sub.add_parser("suggest", help=translate(
        "cli", "suggest groups for the ungrouped ideas, and the best group for each"))
    suggest.add_argument("file", metavar=translate("cli", "FILE"), help=translate("cli", "the workshop file (.razem)"))
    suggest.add_argument("--json", metavar=translate("cli", "OUT"), type=Path,
                         help=translate("cli", "write the suggestions as JSON (see docs/suggestions.md)"))
    suggest.add_argument("--apply", action="store_true",
                         help=translate("cli", "create the suggested groups (one transaction)"))
    suggest.set_defaults(handler=_cmd_suggest)
    from workshop_app import cli_vote

    cli_vote.add_commands(sub, _add_common, {"round": _cmd_round, "results": _cmd_results})
    from workshop_app import cli_carry_over

    cli_carry_over.add_command(sub, _add_common, _cmd_carry_over)
    from workshop_app import cli_serve

    cli_serve.add_command(sub, _add_common, _cmd_serve)
    from workshop_app import cli_split

    cli_split.add_command(sub, _add_common, _cmd_split)
    from workshop_app import cli_merge

    cli_merge.add_command(sub, _add_common, _cmd_merge)
    snapshots = sub.add_parser("snapshots", help=translate(
        "cli", "list the automatic copies of a workshop (newest first), to open one"))
    snapshots.add_argument("file", metavar=translate("cli", "FILE"),
                           help=translate("cli", "the workshop file (.razem)"))
    snapshots.set_defaults(handler=_cmd_snapshots)
    recover = sub.add_parser("recover", help=translate(
        "cli", "copy what is readable of a damaged workshop into a new file"))
    recover.add_argument("file", metavar=translate("cli", "FILE"),
                         help=translate("cli", "the damaged workshop file (only read)"))
    recover.add_argument("new", metavar=translate("cli", "NEW"),
                         help=translate("cli", "the new workshop file (.razem)"))
    recover.set_defaults(handler=_cmd_recover)
    for command in (new, demo, export, imp, suggest, snapshots, recover):
        _add_common(command)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    """The command line without a command: what the window should open."""
    parser = _Parser(prog="workshop-app")
    parser.add_argument("file", nargs="?", type=Path, metavar=translate("cli", "FILE"),
                        help=translate("cli", "a workshop to open"))
    parser.add_argument("--demo", action="store_true",
                        help=translate("cli", "open a fresh copy of the demo workshop"))
    _add_common(parser)
    parser.set_defaults(data_dir=None)
    # Hidden, for tests and benchmarks (see app.GuiOptions).
    parser.add_argument("--trace-changes", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--paint-probe", action="store_true", help=argparse.SUPPRESS)
    return parser


def _fail(error: Exception) -> int:
    from workshop_app.messages import any_error

    text = any_error(error)
    if text is None:
        raise error
    print(text, file=sys.stderr)
    return EXIT_FAILED


def _not_written(path: Path, error: OSError) -> int:
    from workshop_app.messages import os_error

    print(translate("cli", "Could not write {file}: {reason}").format(
        file=path, reason=os_error(error)), file=sys.stderr)
    return EXIT_FAILED


class _OutputNotWritten(Exception):
    """The output file (not the workshop) could not be written."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(path, error)
        self.path, self.error = path, error


@contextlib.contextmanager
def _writing_output(path: Path) -> Iterator[None]:
    """Marks an `OSError` inside as the output's, so the message names the
    output file; any other `OSError` is the workshop file's."""
    try:
        yield
    except OSError as error:
        raise _OutputNotWritten(path, error) from error


def _machine_refused(workshop: Path, error: OSError) -> int:
    """The machine refused to read or write the workshop file itself."""
    from workshop_app.storage.errors import StorageEnvironmentError

    refused = StorageEnvironmentError(Path(workshop), str(error))
    refused.__cause__ = error
    return _fail(refused)


def _suffixed(file: str) -> Path:
    """A new workshop file's name, ending in .razem (see `with_suffix`)."""
    from workshop_app.services.split_ops import with_suffix

    return with_suffix(Path(file))


def _cmd_new(args: argparse.Namespace) -> int:
    from workshop_app.new_workshop import create_workshop_file

    path = _suffixed(args.file)
    try:
        store = create_workshop_file(path, args.title)
        title = store.workshop().title
        store.close()
    except Exception as error:
        return _fail(error)
    print(translate("cli", "Created the workshop \u201e{title}\u201d in {file}.").format(title=title, file=path))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from workshop_app.services.demo import write_demo

    path = _suffixed(args.file)
    try:
        write_demo(path)
    except Exception as error:
        return _fail(error)
    print(translate("cli", "Wrote a copy of the demo workshop to {file}.").format(file=path))
    return EXIT_OK


# The outputs of `export`, by option: what each writes.
_EXPORTS = ("json", "csv", "csv_excel", "results_csv", "ics", "summary", "agenda")


def _cmd_export(args: argparse.Namespace) -> int:
    """Every output asked for, in one call: all targets checked before the
    workshop is opened, all contents made before the first is written (a
    refusal writes nothing), each written atomically."""
    from workshop_app.exports.output import check_target
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore

    targets: dict[str, Path] = {k: getattr(args, k) for k in _EXPORTS if getattr(args, k)}
    if not targets:
        print(translate("cli", "Choose at least one output: {options}.").format(
            options=", ".join("--" + k.replace("_", "-") for k in _EXPORTS)), file=sys.stderr)
        return EXIT_USAGE
    left_out: tuple[str, ...] = ()
    try:
        for target in targets.values():
            check_target(target, inputs=[args.file])  # before the workshop is even opened
        with WorkshopStore.open(args.file, read_only=True) as store:
            service = WorkshopService(store)
            contents, left_out = _export_contents(service, targets, args.include_names)
            for kind, target in targets.items():
                with _writing_output(target):
                    _write_export(service, target, contents[kind])
    except _OutputNotWritten as failure:
        return _not_written(failure.path, failure.error)
    except OSError as error:
        return _machine_refused(args.file, error)
    except Exception as error:
        return _fail(error)
    for target in targets.values():
        print(translate("cli", "Exported the workshop to {file}.").format(file=target))
    if left_out:
        print(_Plurals().left_out(len(left_out)).format(titles="; ".join(left_out)), file=sys.stderr)
    return EXIT_OK


def _export_contents(service: WorkshopService, targets: dict[str, Path], include_names: bool
                     ) -> tuple[dict[str, bytes], tuple[str, ...]]:
    """The bytes of each asked-for output, and the agenda items left out of
    the calendar (no time yet)."""
    from workshop_app.exports.kinds import ExportKind, make

    contents: dict[str, bytes] = {}
    left_out: tuple[str, ...] = ()
    with service.store.reading():
        for kind in targets:
            made = make(service, ExportKind(kind), include_names=include_names)
            contents[kind] = made.data
            left_out = made.left_out or left_out
    return contents, left_out


def _write_export(service: WorkshopService, target: Path, data: bytes) -> None:
    from workshop_app.exports.output import write_output

    write_output(target, data, inputs=[service.store.path])


class _Plurals(QObject):
    """Messages with Polish plural forms (lupdate marks `self.tr(text, "", n)`)."""

    def imported(self, n: int) -> str:
        return self.tr("Imported %n idea(s) into {file}.", "", n)

    def skipped(self, n: int) -> str:
        return self.tr("Skipped %n row(s) without text.", "", n)

    def ideas(self, n: int) -> str:
        return self.tr("%n idea(s)", "", n)

    def clusters(self, n: int) -> str:
        return self.tr("%n group(s)", "", n)

    def groups(self, n: int, *, applied: bool) -> str:
        if applied:
            return self.tr("Created %n suggested group(s).", "", n)
        return self.tr("%n group(s) suggested; --apply creates them.", "", n)

    def duplicates(self, n: int) -> str:
        return self.tr("%n pair(s) of likely duplicates (merge them in the window):", "", n)

    def left_out(self, n: int) -> str:
        return self.tr("%n agenda item(s) without a day and time left out of the calendar: "
                       "{titles}", "", n)


def _cmd_import(args: argparse.Namespace) -> int:
    from workshop_app.imports import read_ideas
    from workshop_app.messages import ImportNotes
    from workshop_app.models.imports import import_overlap
    from workshop_app.services import NewIdea, Op, WorkshopService
    from workshop_app.storage import WorkshopStore

    try:
        header, mapping = _import_layout(args)
        if mapping is None:
            return EXIT_FAILED
        result = read_ideas(args.source, mapping=mapping, header=header)
        with WorkshopStore.open(args.file) as store:
            _shelve(store, args)
            service = WorkshopService(store)
            overlap = import_overlap((i.text for i in result.ideas), (i.text for i in service.ideas()))
            if overlap.is_repeat and not args.allow_repeat:
                print(ImportNotes().already_present(overlap.present, overlap.total) + " "
                      + translate("cli", "Nothing was imported; give --allow-repeat to import "
                                  "it again."), file=sys.stderr)
                return EXIT_FAILED
            changes = service.add_ideas(
                ideas=[NewIdea.imported(idea) for idea in result.ideas], op=Op.IMPORT_IDEAS)
    except Exception as error:
        return _fail(error)
    words = _Plurals()
    print(words.imported(len(changes.ideas)).format(file=args.file))
    if result.skipped_lines:
        print(words.skipped(len(result.skipped_lines)))
    if result.unknown_sectors:
        print(ImportNotes().unknown_sectors(result.unknown_sectors))
    if guessed := ImportNotes().guessed_encoding(result.source.encoding):
        print(guessed)
    return EXIT_OK


def _shelve(store: WorkshopStore, args: argparse.Namespace) -> None:
    """Give a writing command the workshop's snapshot shelf (a copy is taken
    before a risky operation, as in the window)."""
    from workshop_app.paths import data_folder
    from workshop_app.storage.snapshots import SnapshotShelf

    store.shelf = SnapshotShelf(data_folder(getattr(args, "data_dir", None)), store.path, store.workshop().id)


def _cmd_recover(args: argparse.Namespace) -> int:
    from workshop_app.storage.recovery import recover

    target = _suffixed(args.new)
    try:
        report = recover(Path(args.file), target)
    except Exception as error:
        return _fail(error)
    kept, lost = sum(report.kept.values()), sum(report.lost.values())
    print(translate("cli", "Copied {kept} readable rows of {file} into {new}; {lost} could not be "
                    "read and were left out.").format(kept=kept, file=args.file, new=target, lost=lost))
    return EXIT_OK


def _cmd_snapshots(args: argparse.Namespace) -> int:
    from workshop_app.messages import snapshot_reason
    from workshop_app.paths import data_folder
    from workshop_app.storage import FileProblem, WorkshopFileError, WorkshopStore
    from workshop_app.storage.snapshots import SnapshotShelf

    folder = data_folder(getattr(args, "data_dir", None))
    try:
        with WorkshopStore.open(args.file, read_only=True) as store:
            kept = SnapshotShelf(folder, store.path, store.workshop().id).kept()
    except WorkshopFileError as error:
        if error.problem is not FileProblem.CORRUPT:
            return _fail(error)
        # Too damaged to say which workshop it is: the copies kept under its name.
        kept = SnapshotShelf.of_unreadable(folder, Path(args.file).absolute())
    except Exception as error:
        return _fail(error)
    if not kept:
        print(translate("cli", "No automatic copies of {file} yet.").format(file=args.file))
        return EXIT_OK
    words = _Plurals()
    for snap in kept:
        print(f"{snap.taken_at}  {snapshot_reason(snap.reason)}  "
              f"{words.ideas(snap.ideas)}, {words.clusters(snap.clusters)}  {snap.path}")
    return EXIT_OK


_COLUMN_OPTIONS = ("text_column", "sector_column", "author_column", "cluster_column")


def _import_layout(args: argparse.Namespace) -> tuple[bool | None, ColumnMapping | None]:
    """Whether the first row names the columns, and the columns to read; the
    mapping is None (and the reason printed) when the file does not say and
    the command line does not either."""
    from workshop_app.imports import ColumnMapping, sniff_csv
    from workshop_app.messages import ImportNotes

    named = any(getattr(args, option) for option in _COLUMN_OPTIONS)
    header = False if args.no_header else (True if named else None)
    preview = sniff_csv(args.source, header=header)
    if header is None and not preview.first_row_named:
        print(ImportNotes().unnamed_columns(preview.first_row) + " " + translate(
            "cli", "Name the text column with --text-column, or give --no-header if the first "
            "row is already an idea. Nothing was imported."), file=sys.stderr)
        return header, None
    guessed = preview.mapping
    return header, ColumnMapping(
        text=args.text_column or guessed.text, sector=args.sector_column or guessed.sector,
        author=args.author_column or guessed.author, cluster=args.cluster_column or guessed.cluster,
        timestamp=guessed.timestamp, table=guessed.table)


def _cmd_suggest(args: argparse.Namespace) -> int:
    from workshop_app.analysis import SuggestionEngine, TextAnalyzer, load_language_data, suggest_for_workshop
    from workshop_app.exports.output import check_target, write_json
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore
    from workshop_app.suggest import workshop_notes

    try:
        if args.json is not None:
            check_target(args.json, inputs=[args.file])
        with WorkshopStore.open(args.file, read_only=not args.apply) as store:
            service = WorkshopService(store)
            notes, assignment, texts = workshop_notes(service)
            engine = SuggestionEngine(TextAnalyzer(load_language_data()))
            found = suggest_for_workshop(engine, notes, assignment)
            document = found.to_json(texts)
            if args.json is not None:
                with _writing_output(args.json):
                    write_json(args.json, document, inputs=[args.file])
            if args.apply and found.new_groups:
                service.apply_groups(groups=[(g.name, g.idea_ids) for g in found.new_groups])
    except _OutputNotWritten as failure:
        return _not_written(failure.path, failure.error)
    except OSError as error:
        return _machine_refused(args.file, error)
    except Exception as error:
        return _fail(error)
    _print_suggestions(found, texts, applied=args.apply)
    return EXIT_OK


def _print_suggestions(found: Any, texts: dict[str, str], *, applied: bool) -> None:
    from workshop_app.models.text import brief_words

    words = _Plurals()
    for group in found.new_groups:
        print(f"• {group.name}: " + "; ".join(brief_words(texts[i], 60) for i in group.idea_ids))
    if found.new_groups:
        print(words.groups(len(found.new_groups), applied=applied))
    else:
        print(translate("cli", "No groups to suggest."))
    if found.duplicates:
        print(words.duplicates(len(found.duplicates)))
        for pair in found.duplicates:
            print(f"• {brief_words(texts[pair.a], 60)} = {brief_words(texts[pair.b], 60)}")


def _vote_failed(file: str, error: Exception) -> int:
    """What `round` and `results` say when they fail: a round id that fits no
    round, an output or the workshop that could not be written, a refusal."""
    from workshop_app import cli_vote

    if isinstance(error, cli_vote.NoSuchRound):
        print(cli_vote.no_such_round(error, file), file=sys.stderr)
        return EXIT_FAILED
    if isinstance(error, _OutputNotWritten):
        return _not_written(error.path, error.error)
    if isinstance(error, OSError):
        return _machine_refused(Path(file), error)
    return _fail(error)


def _cmd_round(args: argparse.Namespace) -> int:
    from workshop_app import cli_vote
    from workshop_app.models import VotingRound
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore

    try:
        with WorkshopStore.open(args.file, read_only=args.action == "list") as store:
            service = WorkshopService(store)
            if args.action == "list":
                lines = cli_vote.round_lines(service)
            elif args.action == "new":
                made = cli_vote.new_round(service, args)
                lines = [cli_vote.RoundWords().created(service.get(VotingRound, made).title), made]
            else:
                voting_round = cli_vote.find_round(service, args.round_id)
                lines = [cli_vote.change_state(service, args.action, voting_round)]
    except Exception as error:
        return _vote_failed(args.file, error)
    cli_vote.print_lines(lines)
    return EXIT_OK


def _cmd_results(args: argparse.Namespace) -> int:
    from workshop_app import cli_vote
    from workshop_app.exports.json_export import export_round
    from workshop_app.exports.output import check_target
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore

    try:
        if args.json is not None:
            check_target(args.json, inputs=[args.file])  # before the workshop is even opened
        with WorkshopStore.open(args.file, read_only=True) as store:
            service = WorkshopService(store)
            rounds = service.rounds()
            if args.round_id is None and not rounds:
                print(translate("cli", "{file} has no voting rounds yet.").format(file=args.file),
                      file=sys.stderr)
                return EXIT_FAILED
            voting_round = (rounds[-1] if args.round_id is None
                            else cli_vote.find_round(service, args.round_id))
            lines = cli_vote.results_lines(service, voting_round)
            if args.json is not None:
                with _writing_output(args.json):
                    export_round(service, voting_round, args.json)
    except Exception as error:
        return _vote_failed(args.file, error)
    cli_vote.print_lines(lines)
    return EXIT_OK


def _cmd_carry_over(args: argparse.Namespace) -> int:
    from workshop_app import cli_carry_over

    def worded(error: Exception) -> str | None:
        if isinstance(error, cli_carry_over.UnknownTopic):
            return cli_carry_over.unknown_topic(error, args.last_year)
        return None

    return _print_lines(lambda: cli_carry_over.run(args), Path(args.file), worded)


def _cmd_split(args: argparse.Namespace) -> int:
    from workshop_app import cli_split
    from workshop_app.split_words import SplitWords

    def worded(error: Exception) -> str | None:
        if isinstance(error, cli_split.UnknownChoice):
            return SplitWords().unknown(error, args.file)
        return None

    return _print_lines(lambda: cli_split.run(args, _suffixed(args.out)), Path(args.file), worded)


def _print_lines(work: Callable[[], list[str]], workshop: Path,
                 worded: Callable[[Exception], str | None]) -> int:
    """Print the lines `work` returns; on failure, what `worded` says of the
    command's own errors, else the usual words for a workshop that failed."""
    from workshop_app import cli_vote

    try:
        lines = work()
    except OSError as error:
        return _machine_refused(workshop, error)
    except Exception as error:
        text = worded(error)
        if text is None:
            return _fail(error)
        print(text, file=sys.stderr)
        return EXIT_FAILED
    cli_vote.print_lines(lines)
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    """Merge (or with --dry-run only plan); the report printed, and written
    with --json after the merge. The report's target is checked before: one
    that could not be written refuses the merge. (Should it fail after all, it
    is named; the merge stays done.)"""
    from workshop_app import cli_merge, cli_vote
    from workshop_app.exports.output import OutputRefused, write_output
    from workshop_app.services import Refused

    try:
        if args.json is not None:
            with _writing_output(args.json):
                cli_merge.check_report(args.json, args)
        lines, document = cli_merge.run(args)
    except OutputRefused as error:
        return _fail(error)
    except _OutputNotWritten as failure:
        code = _not_written(failure.path, failure.error)
        print(cli_merge.nothing_merged(), file=sys.stderr)
        return code
    except Exception as error:
        code = _machine_refused(Path(args.file), error) if isinstance(error, OSError) else _fail(error)
        if not isinstance(error, Refused):  # a refusal says so itself
            print(cli_merge.nothing_merged(), file=sys.stderr)
        return code
    cli_vote.print_lines(lines)
    if document is not None:
        try:
            write_output(args.json, document, inputs=cli_merge.inputs_of(args))
        except OSError as error:
            return _not_written(args.json, error)
        except OutputRefused as error:
            return _fail(error)
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace) -> int:
    from workshop_app import cli_serve
    from workshop_app.phone.server import BadAddress

    try:
        return cli_serve.run(args)
    except BadAddress as error:
        print(cli_serve.bad_address(error), file=sys.stderr)
    except OSError as error:
        if error.filename is not None:
            return _vote_failed(args.file, error)
        print(cli_serve.not_listening(args.bind, args.port, error), file=sys.stderr)
    except Exception as error:
        return _vote_failed(args.file, error)
    return EXIT_FAILED


def _early_options(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """--lang and --config-dir, read before the parser is built because its
    words depend on them; and the rest of `argv`, to find the command in.

    Mistakes are left for the real parser to report, in the user's language.
    """
    early = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    early.add_argument("--lang")
    for option in ("--config-dir", "--data-dir"):  # read only so that no value passes for a command
        early.add_argument(option, type=Path)
    try:
        return early.parse_known_args(argv)
    except argparse.ArgumentError:
        return argparse.Namespace(lang=None, config_dir=None, data_dir=None), list(argv)


def _language(*wishes: str | None, settings: Settings) -> str:
    """The first of `wishes` that is a language we speak, else the saved preference."""
    return next((w for w in wishes if w in LANGUAGES), None) or settings.language()


_COMMAND_LIKE = re.compile(r"[^\W\d][\w-]*")


def _looks_like_command(word: str) -> bool:
    """A bare word ("frobnicate") that is no existing file: a mistyped command
    rather than a workshop to open. A file name has a path separator or a
    suffix ("notes.razem", "./notes")."""
    return bool(_COMMAND_LIKE.fullmatch(word)) and not Path(word).exists()


def _wants_command(rest: Sequence[str]) -> bool:
    """A subcommand (or a mistyped one) or --help/--version rather than the window."""
    positionals = [a for a in rest if not a.startswith("-")]
    wants_help = any(a in ("-h", "--help", "--version") for a in rest)
    return wants_help or bool(positionals and (positionals[0] in SUBCOMMANDS
                                               or _looks_like_command(positionals[0])))


def _has_display() -> bool:
    """Whether Qt can open a window: on Linux an X or Wayland display, unless a
    platform (offscreen, vnc, ...) is chosen explicitly."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _translations(language: str) -> None:
    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0]])  # translators need one; Qt keeps it
    i18n.install(language)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (default: the process's); returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    early, rest = _early_options(argv)
    settings = Settings(early.config_dir)
    # RAZEM_LANG is a documented user setting; this is the one place that reads it.
    language = _language(early.lang, os.environ.get("RAZEM_LANG"), settings=settings)
    if _wants_command(rest):
        return _run_command(argv, language)
    return _run_gui(argv, language, settings)


def _run_command(argv: list[str], language: str) -> int:
    _translations(language)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    return handler(args)


def _run_gui(argv: list[str], language: str, settings: Settings) -> int:
    from workshop_app.app import GuiOptions, run_gui, start_qt

    if not _has_display():
        # Qt would abort with a dump about platform plugins; say it in one sentence.
        _translations(language)
        try:
            build_gui_parser().parse_args(argv)
        except SystemExit as stop:
            return int(stop.code or 0)
        print(translate("cli", "There is no display to open the window on (neither DISPLAY nor "
                        "WAYLAND_DISPLAY is set); start Razem in a desktop session, or use one of "
                        "the commands (see --help)."), file=sys.stderr)
        return EXIT_FAILED
    # The application first, so that a usage error is in the user's language.
    app = start_qt(language)
    try:
        args = build_gui_parser().parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    options = GuiOptions(file=args.file, demo=args.demo, data_dir=args.data_dir,
                         trace_changes=args.trace_changes, paint_probe=args.paint_probe)
    return run_gui(app, options, settings)

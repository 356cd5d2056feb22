"""The command line: the GUI by default, plus headless subcommands.

    workshop-app [FILE]            open the GUI (start screen, or FILE)
    workshop-app --demo            open a fresh copy of the demo workshop
    workshop-app new FILE --title TEXT
    workshop-app demo FILE
    workshop-app export FILE --json OUT


Every command prints a message in the user's language and exits non-zero on
failure (1: the command failed, 2: the command line was wrong).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject


from workshop_app import __version__, i18n
from workshop_app.settings import LANGUAGES, Settings

translate = QCoreApplication.translate

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("new", "demo", "export", "import", "suggest")



def _argparse_words() -> None:  # pragma: no cover - read by lupdate only
    """argparse's own phrases, so that --help and usage errors are translated."""
    translate("argparse", "usage: ")
    translate("argparse", "positional arguments")
    translate("argparse", "options")
    translate("argparse", "show this help message and exit")
    translate("argparse", "show program's version number and exit")
    translate("argparse", "the following arguments are required: %s")
    translate("argparse", "unrecognized arguments: %s")
    translate("argparse", "invalid choice: %(value)r (choose from %(choices)s)")
    translate("argparse", "expected one argument")


def _argparse_gettext(text: str) -> str:
    return translate("argparse", text)


# argparse looks its phrases up through the module-level gettext alias `_`.
argparse._ = _argparse_gettext  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    """argparse with our exit code and a translated error prefix."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, translate("cli", "{prog}: error: {message}\n").format(prog=self.prog,
                                                                      message=message))


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("cli", "interface language (default: pl)"))


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
    sub = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"), parser_class=_Parser)

    new = sub.add_parser("new", help=translate("cli", "create a new, empty workshop file"))
    new.add_argument("file", metavar=translate("cli", "FILE"), help=translate("cli", "the new workshop file (.razem)"))
    new.add_argument("--title", required=True, help=translate("cli", "the workshop's title"))
    new.set_defaults(handler=_cmd_new)

    demo = sub.add_parser("demo", help=translate("cli", "write a copy of the demo workshop to a file"))
    demo.add_argument("file", metavar=translate("cli", "FILE"), help=translate("cli", "where to write the copy (.razem)"))
    demo.set_defaults(handler=_cmd_demo)

    export = sub.add_parser("export", help=translate("cli", "export a workshop's data"))
    export.add_argument("file", metavar=translate("cli", "FILE"), help=translate("cli", "the workshop file (.razem)"))
    export.add_argument("--json", metavar=translate("cli", "OUT"), required=True, type=Path,
                        help=translate("cli", "write all data as JSON (schema: docs/json-export.md)"))
    export.set_defaults(handler=_cmd_export)
    imp = sub.add_parser("import", help=translate("cli", "import ideas from a CSV or Excel file"))
    imp.add_argument("file", metavar=translate("cli", "FILE"), help=translate("cli", "the workshop file (.razem)"))
    imp.add_argument("source", metavar=translate("cli", "SOURCE"),
                     help=translate("cli", "a .csv, .tsv, .txt or .xlsx file of ideas"))
    for option, what in (("--text-column", translate("cli", "the column with the idea's text")),
                         ("--sector-column", translate("cli", "the column with the author's sector")),
                         ("--author-column", translate("cli", "the column with the author's name")),
                         ("--cluster-column", translate("cli", "the column with a group name (notes grouped on paper)"))):
        imp.add_argument(option, metavar=translate("cli", "NAME"), help=what)
    imp.set_defaults(handler=_cmd_import)
    suggest = sub.add_parser("suggest", help=translate(
        "cli", "suggest groups for the ungrouped ideas, and the best group for each"))
    suggest.add_argument("file", metavar=translate("cli", "FILE"), help=translate("cli", "the workshop file (.razem)"))
    suggest.add_argument("--json", metavar=translate("cli", "OUT"), type=Path,
                         help=translate("cli", "write the suggestions as JSON (see docs/suggestions.md)"))
    suggest.add_argument("--apply", action="store_true",
                         help=translate("cli", "create the suggested groups (one transaction)"))
    suggest.set_defaults(handler=_cmd_suggest)
    for command in (new, demo, export, imp, suggest):
        _add_common(command)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="workshop-app")
    parser.add_argument("file", nargs="?", metavar=translate("cli", "FILE"), help=translate("cli", "a workshop to open"))
    parser.add_argument("--demo", action="store_true",
                        help=translate("cli", "open a fresh copy of the demo workshop"))
    _add_common(parser)
    return parser


def _fail(error: Exception) -> int:
    from workshop_app.messages import any_error

    text = any_error(error)
    if text is None:
        raise error
    print(text, file=sys.stderr)
    return EXIT_FAILED


def _suffixed(file: str) -> Path:
    path = Path(file)
    return path if path.suffix else path.with_suffix(".razem")


def _cmd_new(args: argparse.Namespace) -> int:
    from workshop_app.new_workshop import create_workshop_file

    path = _suffixed(args.file)
    try:
        store = create_workshop_file(path, args.title)
        title = store.workshop().title
        store.close()
    except Exception as error:  # noqa: BLE001 - _fail re-raises bugs
        return _fail(error)
    print(translate("cli", "Created the workshop \u201e{title}\u201d in {file}.").format(title=title, file=path))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from workshop_app.services.demo import write_demo

    path = _suffixed(args.file)
    try:
        write_demo(path)
    except Exception as error:  # noqa: BLE001
        return _fail(error)
    print(translate("cli", "Wrote a copy of the demo workshop to {file}.").format(file=path))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from workshop_app.exports.json_export import export_json
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore

    try:
        with WorkshopStore.open(args.file, read_only=True) as store:
            export_json(WorkshopService(store), args.json)
    except OSError as error:
        print(translate("cli", "Could not write {file}: {reason}").format(
            file=args.json, reason=error.strerror or error), file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # noqa: BLE001
        return _fail(error)
    print(translate("cli", "Exported the workshop to {file}.").format(file=args.json))
    return EXIT_OK


class _Plurals(QObject):
    """Messages with Polish plural forms (lupdate marks `self.tr(text, "", n)`)."""

    def imported(self, n: int) -> str:
        return self.tr("Imported %n idea(s) into {file}.", "", n)

    def skipped(self, n: int) -> str:
        return self.tr("Skipped %n row(s) without text.", "", n)

    def groups(self, n: int, *, applied: bool) -> str:
        if applied:
            return self.tr("Created %n suggested group(s).", "", n)
        return self.tr("%n group(s) suggested; --apply creates them.", "", n)


def _cmd_import(args: argparse.Namespace) -> int:
    from workshop_app.imports import ColumnMapping, read_ideas, sniff_csv
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore

    try:
        guessed = sniff_csv(args.source).mapping
        mapping = ColumnMapping(
            text=args.text_column or guessed.text, sector=args.sector_column or guessed.sector,
            author=args.author_column or guessed.author, cluster=args.cluster_column or guessed.cluster,
            timestamp=guessed.timestamp, table=guessed.table)
        result = read_ideas(args.source, mapping=mapping)
        with WorkshopStore.open(args.file) as store:
            changes = WorkshopService(store).import_ideas(ideas=[
                {**idea.as_spec(), "cluster": idea.cluster, "author": idea.author}
                for idea in result.ideas])
    except Exception as error:  # noqa: BLE001
        return _fail(error)
    words = _Plurals()
    print(words.imported(len(changes.ideas)).format(file=args.file))
    if result.skipped_lines:
        print(words.skipped(len(result.skipped_lines)))
    return EXIT_OK


def _cmd_suggest(args: argparse.Namespace) -> int:
    import json

    from workshop_app.analysis import SuggestionEngine, TextAnalyzer, load_language_data
    from workshop_app.analysis import suggest_for_workshop
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore
    from workshop_app.models.text import brief
    from workshop_app.suggest import workshop_notes

    try:
        with WorkshopStore.open(args.file, read_only=not args.apply) as store:
            service = WorkshopService(store)
            notes, assignment, texts = workshop_notes(service)
            engine = SuggestionEngine(TextAnalyzer(load_language_data()))
            found = suggest_for_workshop(engine, notes, assignment)
            document = found.to_json(texts)
            if args.json is not None:
                args.json.write_text(json.dumps(document, ensure_ascii=False, indent=2),
                                     encoding="utf-8")
            if args.apply and found.new_groups:
                service.apply_groups(groups=[(g.name, g.idea_ids) for g in found.new_groups])
    except OSError as error:
        print(translate("cli", "Could not write {file}: {reason}").format(
            file=args.json, reason=error.strerror or error), file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # noqa: BLE001
        return _fail(error)
    words = _Plurals()
    for group in found.new_groups:
        print(f"• {group.name}: " + "; ".join(brief(texts[i], 60) for i in group.idea_ids))
    print(words.groups(len(found.new_groups), applied=args.apply))
    return EXIT_OK


def _language(argv: Sequence[str]) -> str:
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        else:
            continue
        if value in LANGUAGES:
            return value
    env = os.environ.get("RAZEM_LANG", "")
    return env if env in LANGUAGES else Settings().language()


def _is_headless(argv: Sequence[str]) -> bool:
    positionals = [a for i, a in enumerate(argv)
                   if not a.startswith("-") and not (i > 0 and argv[i - 1] == "--lang")]
    wants_help = any(a in ("-h", "--help", "--version") for a in argv)
    return wants_help or bool(positionals and positionals[0] in SUBCOMMANDS)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language(argv)
    if not _is_headless(argv):
        from workshop_app.app import run_gui

        return run_gui(argv, language)
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    i18n.install(language)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    del app
    return handler(args)

"""Child process: the window's side of the lock tests. Opens a workshop for
writing, as the window does, then reads it in the ways the window may.

Usage: ``python lock_child.py WORKSHOP_FILE``; prints ``ready``, then runs one
command a line from stdin and prints ``done`` (or ``failed: ...``) after each:

    header                 read the file's header (the store's own check)
    reader                 open and close a read-only store of the file
    export KIND TARGET     export the file as KIND (exports.kinds) to TARGET
    carry_over OTHER       carry-over's file check: this file, then OTHER
    chooser                the program's file chooser listing the file's folder
    import                 the file itself (or its -shm) chosen for an import of ideas
    split TARGET           a table's file: onto the file, its -wal, its -shm (refused), then TARGET
    drop                   open and close the file by hand (a lock-dropping bug)
    add TEXT               add an idea
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from pathlib import Path


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from workshop_app.services import NewIdea, Refused, WorkshopService
    from workshop_app.storage import WorkshopStore
    from workshop_app.storage.fileformat import read_header

    path = Path(argv[1]).absolute()
    app = QApplication(["lock_child"])
    service = WorkshopService(WorkshopStore.open(path))
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, rest = line.rstrip("\n").partition(" ")
        try:
            if command == "header":
                read_header(path)
            elif command == "reader":
                with WorkshopStore.open(path, read_only=True) as reader:
                    reader.workshop()
            elif command == "export":
                from workshop_app.exports.kinds import ExportKind, export_file

                kind, _, target = rest.partition(" ")
                export_file(path, ExportKind(kind), Path(target))
            elif command == "carry_over":
                with contextlib.suppress(Refused):  # "this is the workshop itself"
                    service.previous_workshop(path)
                service.previous_workshop(Path(rest))
            elif command == "import":
                from workshop_app.imports import ImportFailure
                from workshop_app.imports.source import load_table

                for chosen in (path, path.with_name(path.name + "-shm")):
                    with contextlib.suppress(ImportFailure):
                        load_table(chosen)
            elif command == "split":
                from workshop_app.services.split_ops import split_file

                for onto in (path, *(path.with_name(path.name + c) for c in ("-wal", "-shm"))):
                    with contextlib.suppress(Refused):  # "this is the workshop itself"
                        split_file(path, onto, table="Stół 1")
                split_file(path, Path(rest), table="Stół 1")
            elif command == "chooser":
                list_folder(app, path.parent)
            elif command == "drop":
                os.close(os.open(path, os.O_RDONLY))
            elif command == "add":
                service.add_idea(idea=NewIdea(text=rest))
            else:
                raise ValueError(command)
        except Exception:
            print("failed: " + traceback.format_exc().replace("\n", " | "), flush=True)
        else:
            print("done", flush=True)
    return 0


def list_folder(app: object, folder: Path) -> None:
    """Show the program's file chooser on `folder` until it has listed every
    file in it, asking each row for what a person would see (name, size,
    type, date, icon); then cancel it."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

    from workshop_app.ui.file_chooser import choose_file

    names = {entry.name for entry in folder.iterdir() if not entry.name.startswith(".")}

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QFileDialog) and w.isVisible()]
        model = dialogs[0].findChild(QFileSystemModel) if dialogs else None
        root = model.index(str(folder)) if model is not None else None
        if model is None or root is None or {model.index(row, 0, root).data()
                                             for row in range(model.rowCount(root))} != names:
            QTimer.singleShot(10, look)
            return
        for row in range(model.rowCount(root)):
            for column in range(model.columnCount(root)):
                index = model.index(row, column, root)
                index.data(Qt.ItemDataRole.DisplayRole)
                index.data(Qt.ItemDataRole.DecorationRole)
        dialogs[0].grab()
        dialogs[0].reject()

    QTimer.singleShot(0, look)
    choose_file(None, "Wybierz plik", str(folder), "Wszystkie pliki (*)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main(sys.argv))

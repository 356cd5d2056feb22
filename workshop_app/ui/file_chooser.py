"""The one file chooser of the program (open and save), which never reads the files it lists.

Qt's file dialog asks its icon provider for each file's type and icon, and the
standard provider guesses both from the file's content when its name says
nothing (`.razem`, `-wal`, `-shm`): it opens the file and closes it again.
Closing any descriptor of a file drops all of this process's POSIX locks on
it, SQLite's included (see workshop_app.held_files) - so merely listing the folder of
the open workshop left the workshop unguarded, and another program reading it
could delete the journal the window still wrote into. This chooser's provider
answers from the name alone, and the dialog is always Qt's own (a native one,
in this process on Linux, could read the files just the same); on Windows,
which has no POSIX locks, the native dialog stays.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QLineEdit, QWidget


class NameOnlyIcons(QFileIconProvider):
    """A folder's or a file's icon and type, never read from the file."""

    def icon(self, what: QFileInfo | QFileIconProvider.IconType) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        """The "Type" column: Qt's words when it knows no better."""
        if info.isDir():
            return QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
        if info.suffix():
            return QCoreApplication.translate("QAbstractFileIconProvider", "%1 File").replace(
                "%1", info.suffix())
        return QCoreApplication.translate("QAbstractFileIconProvider", "File")


_ICONS: list[NameOnlyIcons] = []  # one for the program; a dialog does not own its provider


def _icons() -> NameOnlyIcons:
    if not _ICONS:
        _ICONS.append(NameOnlyIcons())
    return _ICONS[0]


def choose_file(parent: QWidget | None, caption: str, start: str, filters: str, *,
                save: bool = False, replaces: bool = True) -> str:
    """The file the user chose ("" if none): an existing one to open, or with
    `save` a name to save to (Qt asks before replacing a file; unless
    `replaces` is False, for a target that must be new: the caller refuses
    an existing one in its own words). `start` is a folder, or a file to
    start at; `filters` as QFileDialog takes them."""
    if save:
        chosen = _chosen(parent, caption, start, filters, QFileDialog.FileMode.AnyFile,
                         save=True, replaces=replaces)
    else:
        chosen = _chosen(parent, caption, start, filters, QFileDialog.FileMode.ExistingFile)
    return chosen[0] if chosen else ""


def choose_files(parent: QWidget | None, caption: str, start: str, filters: str) -> list[str]:
    """The existing files the user chose, one or more ([] if none)."""
    return _chosen(parent, caption, start, filters, QFileDialog.FileMode.ExistingFiles)


def _chosen(parent: QWidget | None, caption: str, start: str, filters: str,
            mode: QFileDialog.FileMode, *, save: bool = False, replaces: bool = True) -> list[str]:
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setIconProvider(_icons())
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not replaces)
    dialog.setFileMode(mode)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        chosen = dialog.selectedFiles()
        return _with_typed(dialog, chosen) if mode == QFileDialog.FileMode.ExistingFiles else chosen
    finally:
        dialog.deleteLater()


def _with_typed(dialog: QFileDialog, chosen: list[str]) -> list[str]:
    """`chosen` and every file typed into the name field: once one typed
    name is selected in the list, Qt's dialog answers the selection alone and
    drops the typed names its filter hides (`"lista.csv" "stół 1.razem"`
    gave the table only). The caller names what it cannot use."""
    field = dialog.findChild(QLineEdit, "fileNameEdit")
    text = field.text().strip() if field is not None else ""
    names = re.findall(r'"([^"]+)"', text) or ([text] if text else [])
    folder = Path(dialog.directory().absolutePath())
    typed = [str(folder / Path(name).expanduser()) for name in names]
    if set(chosen) <= set(typed):
        return typed  # in the order typed
    return [*chosen, *(path for path in typed if path not in chosen)]

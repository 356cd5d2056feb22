"""User-facing words for errors raised by the core, storage and services.


Used by the command line and by the GUI, so both say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


from workshop_app.imports import ImportFailure, ImportProblem
from workshop_app.services import Refused, RefusalReason
from workshop_app.storage import FileProblem, StorageEnvironmentError, WorkshopFileError

translate = QCoreApplication.translate



def file_error(error: WorkshopFileError) -> str:
    """One or two sentences on why a workshop file cannot be used."""
    name = str(error.path)
    problem = error.problem
    if problem is FileProblem.LOCKED:
        if error.holder is not None:
            return translate("Messages", "The workshop {file} is open in another program ({program}, process {pid} "
                       "on {host}, since {since}). Close it there first.").format(
                file=name, program=error.holder.program or "?", pid=error.holder.pid,
                host=error.holder.host, since=error.holder.since)
        return translate("Messages", "The workshop {file} is open in another program. Close it there first.").format(
            file=name)
    if problem is FileProblem.NEWER_VERSION:
        return translate("Messages", "{file} was saved by a newer version of Razem (file format {version}). "
                   "Update Razem to open it; the file was not changed.").format(
            file=name, version=error.file_version)
    if problem is FileProblem.MIGRATION_FAILED:
        return translate("Messages", "{file} could not be upgraded to this version of Razem; the file was not "
                   "changed. A backup copy is at {backup}.").format(
            file=name, backup=error.backup or "?")
    texts = {
        FileProblem.NOT_FOUND: translate("Messages", "The file {file} does not exist."),
        FileProblem.ALREADY_EXISTS: translate("Messages", "The file {file} already exists; choose another name."),
        FileProblem.EMPTY: translate("Messages", "The file {file} is empty; it is not a Razem workshop. "
                               "The file was not changed."),
        FileProblem.NOT_SQLITE: translate("Messages", "The file {file} is not a Razem workshop. "
                                    "The file was not changed."),
        FileProblem.FOREIGN_SQLITE: translate("Messages", "The file {file} is a database of another program, "
                                        "not a Razem workshop. The file was not changed."),
        FileProblem.TRUNCATED: translate("Messages", "The file {file} is incomplete (perhaps cut off while "
                                   "copying). The file was not changed."),
        FileProblem.CORRUPT: translate("Messages", "The file {file} is damaged and cannot be opened. "
                                 "The file was not changed."),
        FileProblem.NEEDS_UPGRADE: translate("Messages", "The file {file} was saved by an older "
                                             "version of Razem; open it in Razem once to upgrade "
                                             "it. The file was not changed."),
    }
    return texts[problem].format(file=name)


def environment_error(error: StorageEnvironmentError) -> str:
    return translate("Messages", "The computer refused to read or write {file}: {detail}. Check the disk space "
               "and the folder's permissions.").format(file=error.path, detail=error.detail)


def refusal(error: Refused) -> str:
    texts = {
        RefusalReason.EMPTY_TEXT: translate("Messages", "The text is empty."),
        RefusalReason.TEXT_TOO_LONG: translate("Messages", "The text is too long."),
        RefusalReason.NOT_FOUND: translate("Messages", "This item no longer exists."),
        RefusalReason.INVALID_VALUE: translate("Messages", "This value is not allowed."),
        RefusalReason.ROUND_NOT_OPEN: translate("Messages", "This voting round is not open."),
        RefusalReason.ROUND_CLOSED: translate("Messages", "This voting round is closed."),
        RefusalReason.TOO_MANY_DOTS: translate("Messages", "Too many dots on this ballot."),
        RefusalReason.TOO_MANY_ON_OPTION: translate("Messages", "Too many dots on one option."),
        RefusalReason.UNKNOWN_OPTION: translate("Messages", "This option is not part of the vote."),
    }
    return texts[error.reason]


def import_failure(error: ImportFailure) -> str:
    """Why a file could not be imported, with the line when known."""
    texts = {
        ImportProblem.UNREADABLE: translate("Messages", "The file cannot be read (it is missing, a folder, or not permitted)."),
        ImportProblem.EMPTY: translate("Messages", "The file has no ideas in it."),
        ImportProblem.TOO_LARGE: translate("Messages", "The file is too large to import (over 20 MB or 100,000 rows)."),
        ImportProblem.BINARY: translate("Messages", "The file is not a text table (CSV) or an Excel workbook."),
        ImportProblem.UNSUPPORTED: translate("Messages", "This kind of file is not supported; save it as CSV or .xlsx."),
        ImportProblem.XLSX_DAMAGED: translate("Messages", "The Excel workbook is damaged and cannot be read."),
        ImportProblem.ENCODING: translate("Messages", "The text encoding is wrong; choose another encoding."),
        ImportProblem.FIELD_TOO_LARGE: translate("Messages", "A field is far too long for a sticky note."),
        ImportProblem.BAD_QUOTE: translate("Messages", "A quotation mark is not closed."),
        ImportProblem.RAGGED: translate("Messages", "A row has a different number of columns than the header."),
        ImportProblem.MISSING_COLUMN: translate("Messages", "A chosen column does not exist in the file."),
        ImportProblem.NO_TEXT_COLUMN: translate("Messages", "No column with the text of the ideas was found."),
        ImportProblem.NO_KNOWN_COLUMNS: translate("Messages", "No name, organisation or sector column was found."),
    }
    text = texts[error.reason]
    if error.line is not None:
        text = translate("Messages", "Line {line}: {problem}").format(line=error.line, problem=text)
    return text + " " + translate("Messages", "Nothing was imported.")


def any_error(error: Exception) -> str | None:
    """Words for an expected error, or None for a bug."""
    if isinstance(error, WorkshopFileError):
        return file_error(error)
    if isinstance(error, StorageEnvironmentError):
        return environment_error(error)
    if isinstance(error, Refused):
        return refusal(error)
    if isinstance(error, ImportFailure):
        return import_failure(error)
    return None

"""User-facing words for errors raised by the core, storage and services.


Used by the command line and by the GUI, so both say the same thing.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from workshop_app.exports.output import OutputProblem, OutputRefused, Unencodable
from workshop_app.imports import ImportFailure, ImportProblem
from workshop_app.models.text import brief
from workshop_app.services import Op, RefusalReason, Refused
from workshop_app.storage import (
    FileProblem,
    ReadOnlyWorkshop,
    StorageEnvironmentError,
    WorkshopFileError,
)

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
    if problem is FileProblem.BAD_LOCK:
        return translate("Messages", "Beside {file} there is a lock file {lock} that is a link or a special "
                         "file, not one Razem made; Razem does not write through it. Remove it and try "
                         "again. The workshop was not changed.").format(file=name, lock=error.detail)
    if problem is FileProblem.FOREIGN_JOURNAL:
        return translate("Messages", "Beside {file} lay a journal (-wal) that belongs to another "
                         "workshop or to an older copy of this one. It was not applied and was moved "
                         "to {moved}; the file was not changed. Open it again to work on the file as "
                         "it is.").format(file=name, moved=error.backup or "?")
    if problem is FileProblem.MIGRATION_FAILED:
        # SQLite may have rewritten its own header bytes (journal mode): the
        # workshop inside is as it was, the file's bytes not necessarily.
        return translate("Messages", "{file} could not be upgraded to this version of Razem; the upgrade "
                         "was undone and its contents were not changed. A backup copy made before "
                         "the upgrade is at {backup}.").format(
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
                                 "The file was not changed. Razem keeps automatic copies of every "
                                 "workshop: list them with 'workshop-app snapshots {file}' and open "
                                 "the newest as it is, or copy what is readable into a new file "
                                 "with 'workshop-app recover {file} NEW'."),
        FileProblem.NEEDS_UPGRADE: translate("Messages", "The file {file} was saved by an older "
                                             "version of Razem; open it in Razem once to upgrade "
                                             "it. The file was not changed."),
    }
    return texts[problem].format(file=name)


def environment_error(error: StorageEnvironmentError) -> str:
    return translate("Messages", "The computer refused to read or write {file}: {detail}. Check the disk space "
               "and the folder's permissions.").format(file=error.path, detail=environment_detail(error))


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
        RefusalReason.ROUND_NOT_DRAFT: translate(
            "Messages", "Only a round that has not been opened yet can be changed or deleted."),
        RefusalReason.ROUND_ALREADY_OPEN: translate("Messages", "This voting round is already open."),
        RefusalReason.ROUND_NOT_CLOSED: translate(
            "Messages", "Only a closed voting round can be reopened."),
        RefusalReason.NO_OPTIONS: translate(
            "Messages", "There is nothing to vote on: the round has no options."),
        RefusalReason.WRONG_BALLOT: translate(
            "Messages", "This ballot does not match the round's way of voting."),
        RefusalReason.BALLOT_INCOMPLETE: translate(
            "Messages", "Every option needs a mark on both axes."),
        RefusalReason.INVALID_MARK: translate("Messages", "A mark must be a whole number from 1 to 5."),
        RefusalReason.INVALID_RANKING: translate(
            "Messages", "A ranking lists different options, at most as many as the round asks for."),
        RefusalReason.TALLY_NEEDS_DOTS: translate(
            "Messages", "Paper dots can be entered only in a round voted with dots."),
        RefusalReason.EMPTY_TALLY: translate("Messages", "No dots were entered."),
        RefusalReason.EMPTY_BALLOT: translate(
            "Messages", "This ballot has no dots. Put at least one dot on an option."),
        RefusalReason.NO_BALLOT: translate("Messages", "This round has no ballot to discard."),
        RefusalReason.ALREADY_VOTED: translate("Messages", "This person has already voted in this round."),
        RefusalReason.READ_ONLY: translate(
            "Messages", "This workshop is open for reading only; nothing was changed. Save a "
            "copy (File → Save a copy as…) to work in it."),
        RefusalReason.INVALID_DURATION: translate(
            "Messages", "A session lasts a whole number of minutes, from 1 to 1440."),
        RefusalReason.INVALID_SLOT: translate(
            "Messages", "A start is a date and a time, written YYYY-MM-DDTHH:MM."),
        RefusalReason.SELF_CONFLICT: translate(
            "Messages", "An agenda item cannot conflict with itself."),
        RefusalReason.AGENDA_ORDER_MISMATCH: translate(
            "Messages", "The new order must list every agenda item exactly once."),
        RefusalReason.INVALID_FRAME_DAY: translate(
            "Messages", "\u201e{detail}\u201d is not a date: write a forum day's date as "
            "YYYY-MM-DD, e.g. 2027-05-20."),
        RefusalReason.INVALID_FRAME_START: translate(
            "Messages", "Day {detail}, start: not a time. Write it as 9:30, 9.30 or 9."),
        RefusalReason.INVALID_FRAME_END: translate(
            "Messages", "Day {detail}, end: not a time. Write it as 17:00, 17.00 or 17."),
        RefusalReason.FRAME_END_BEFORE_START: translate(
            "Messages", "Day {detail}: the end is not after the start."),
        RefusalReason.INVALID_BREAK: translate(
            "Messages", "Day {detail}, breaks: each is written as 10:30-10:45 (or 10.30-10.45), "
            "lies within the day's hours and does not overlap another break or the lunch."),
        RefusalReason.INVALID_LUNCH: translate(
            "Messages", "Day {detail}, lunch: write it as 12:30-13:15 (or 12.30-13.15), within "
            "the day's hours."),
        RefusalReason.DUPLICATE_DAY: translate("Messages", "Two forum days have the same date."),
        RefusalReason.NO_TRACKS: translate(
            "Messages", "The forum needs at least one track: give a room's name."),
        RefusalReason.DUPLICATE_ROOM: translate("Messages", "Two tracks have the same room name."),
        RefusalReason.SAME_WORKSHOP: translate(
            "Messages", "This file is the workshop the topics would go into (or a copy of it), "
            "not last year's. Choose the file of the previous edition. Nothing was changed."),
        RefusalReason.NO_TOPIC_CHOSEN: translate("Messages", "Choose at least one topic to carry over."),
        RefusalReason.TOPICS_ON_AGENDA: translate(
            "Messages", "Every chosen topic is on the agenda already; nothing was added."),
        RefusalReason.TOPIC_ON_AGENDA: translate(
            "Messages", "This topic is on the agenda already (\u201e{detail}\u201d); nothing "
            "was added."),
        RefusalReason.SPLIT_ONTO_WORKSHOP: translate(
            "Messages", "A table's file cannot be written onto this workshop's own file (or "
            "its journal or lock). Choose a new name. Nothing was written."),
        RefusalReason.UNKNOWN_TABLE: translate(
            "Messages", "No idea has the table \u201e{detail}\u201d. Nothing was written."),
        RefusalReason.NOTHING_TO_SPLIT: translate(
            "Messages", "Choose a table or at least one idea to write to the new file. "
            "Nothing was written."),
        RefusalReason.HISTORY_CHANGED: translate(
            "Messages", "The undo history of this workshop was changed elsewhere; nothing was "
            "undone or redone."),
        RefusalReason.NO_MERGE_SOURCE: translate(
            "Messages", "Choose at least one workshop file to merge into this one."),
        RefusalReason.MERGE_SOURCE_IS_TARGET: translate(
            "Messages", "{detail} is this workshop's own file; it cannot be merged into itself. "
            "Nothing was merged."),
        RefusalReason.MERGE_PLAN_STALE: translate(
            "Messages", "The workshop changed since the merge was prepared; nothing was merged. "
            "Prepare it again to see what it would do now."),
        RefusalReason.JOIN_UNDONE: translate(
            "Messages", "These participants were separated already; nothing was changed."),
    }
    # `{detail}` names what the refusal is about (an item's title, a day).
    return texts[error.reason].replace("{detail}", error.detail)


class Operations(QObject):
    """Names of undo steps; a QObject so that lupdate sees the plural forms
    (`self.tr(text, "", n)`)."""

    def label(self, op: Op, n: int) -> str:
        one = {
            Op.DELETE_IDEAS: self.tr("deleting an idea"),
            Op.RESTORE_IDEAS: self.tr("restoring an idea"),
            Op.REMOVE_PARTICIPANTS: self.tr("removing a participant"),
            Op.RESTORE_PARTICIPANTS: self.tr("restoring a participant"),
            Op.REMOVE_OBJECTIVES: self.tr("removing an objective"),
            Op.RESTORE_OBJECTIVES: self.tr("restoring an objective"),
        }
        if n == 1 and op in one:
            return one[op]
        texts = {
            Op.ADD_IDEA: self.tr("adding an idea"),
            Op.PASTE_IDEAS: self.tr("pasting %n idea(s)", "", n),
            Op.IMPORT_IDEAS: self.tr("importing %n idea(s)", "", n),
            Op.EDIT_IDEA: self.tr("editing an idea"),
            Op.LINK_OBJECTIVE: self.tr("linking an idea to an objective"),
            Op.DELETE_IDEAS: self.tr("deleting %n idea(s)", "", n),
            Op.RESTORE_IDEAS: self.tr("restoring %n idea(s)", "", n),
            Op.EDIT_WORKSHOP: self.tr("changing the workshop details"),
            Op.ADD_PARTICIPANT: self.tr("adding a participant"),
            Op.IMPORT_PARTICIPANTS: self.tr("importing %n participant(s)", "", n),
            Op.EDIT_PARTICIPANT: self.tr("editing a participant"),
            Op.REMOVE_PARTICIPANTS: self.tr("removing %n participant(s)", "", n),
            Op.RESTORE_PARTICIPANTS: self.tr("restoring %n participant(s)", "", n),
            Op.ADD_OBJECTIVE: self.tr("adding an objective"),
            Op.EDIT_OBJECTIVE: self.tr("editing an objective"),
            Op.REMOVE_OBJECTIVES: self.tr("removing %n objective(s)", "", n),
            Op.RESTORE_OBJECTIVES: self.tr("restoring %n objective(s)", "", n),
            Op.CHANGE_PLAN: self.tr("changing the plan"),
            Op.GROUP: self.tr("grouping %n idea(s)", "", n),
            Op.MOVE_NOTES: self.tr("moving %n note(s)", "", n),
            Op.ADD_TO_GROUP: self.tr("adding %n idea(s) to a group", "", n),
            Op.TAKE_OUT_OF_GROUP: self.tr("taking %n idea(s) out of a group", "", n),
            Op.RENAME_GROUP: self.tr("renaming a group"),
            Op.MERGE_GROUPS: self.tr("merging groups"),
            Op.UNGROUP: self.tr("ungrouping"),
            Op.MARK_DUPLICATE: self.tr("marking a duplicate"),
            Op.ACCEPT_GROUPS: self.tr("accepting %n suggested group(s)", "", n),
            Op.TIDY: self.tr("tidying the canvas"),
            Op.ADD_ROUND: self.tr("adding a voting round"),
            Op.UPDATE_ROUND: self.tr("changing a voting round"),
            Op.DELETE_ROUND: self.tr("deleting a voting round"),
            Op.OPEN_ROUND: self.tr("opening a voting round"),
            Op.CLOSE_ROUND: self.tr("closing a voting round"),
            Op.REOPEN_ROUND: self.tr("reopening a voting round"),
            Op.CAST_BALLOT: self.tr("casting a ballot"),
            Op.ENTER_TALLY: self.tr("entering paper dots"),
            Op.DISCARD_BALLOT: self.tr("discarding the last ballot"),
            Op.DISCARD_PHONE_BALLOT: self.tr("discarding a blocked phone's ballot"),
            Op.ADD_AGENDA_ITEM: self.tr("adding an agenda item"),
            Op.DELETE_AGENDA_ITEM: self.tr("deleting an agenda item"),
            Op.EDIT_AGENDA_ITEM: self.tr("editing an agenda item"),
            Op.REORDER_AGENDA: self.tr("reordering the agenda"),
            Op.SET_FRAME: self.tr("changing the forum's days and rooms"),
            Op.APPLY_SCHEDULE: self.tr("scheduling %n agenda item(s)", "", n),
            Op.CARRY_OVER: self.tr("carrying over %n topic(s) from the previous edition", "", n),
            Op.MERGE_WORKSHOPS: self.tr("merging %n workshop file(s)", "", n),
            Op.UNJOIN_PARTICIPANT: self.tr("separating joined participants"),
        }
        return texts[op]


def snapshot_reason(reason: str) -> str:
    """Why an automatic copy was taken, from its file name's key."""
    texts = {
        "timer": translate("Messages", "regular copy"),
        Op.IMPORT_IDEAS.value: translate("Messages", "before an import of ideas"),
        Op.IMPORT_PARTICIPANTS.value: translate("Messages", "before an import of participants"),
        Op.ACCEPT_GROUPS.value: translate("Messages", "before accepting suggested groups"),
        Op.CLOSE_ROUND.value: translate("Messages", "before closing a voting round"),
        Op.MERGE_WORKSHOPS.value: translate("Messages", "before merging workshop files"),
    }
    return texts.get(reason, reason)


def operation_label(op: Op, count: int = 1) -> str:
    """The name of an undo step, as the Edit menu shows it ("Undo {label}")."""
    return _operations().label(op, count)


@cache
def _operations() -> Operations:
    """One wording object for the process (made on first use, after the app)."""
    return Operations()


def import_failure(error: ImportFailure) -> str:
    """Why a file could not be imported, with the line when known."""
    texts = {
        ImportProblem.UNREADABLE: translate(
            "Messages", "The file cannot be read (it is missing, a folder, or not permitted)."),
        ImportProblem.EMPTY: translate("Messages", "The file has no ideas in it."),
        ImportProblem.TOO_LARGE: translate("Messages", "The file is too large to import (over 20 MB or 100,000 rows)."),
        ImportProblem.BINARY: translate("Messages", "The file is not a text table (CSV) or an Excel workbook."),
        ImportProblem.UNSUPPORTED: translate(
            "Messages", "This kind of file is not supported; save it as CSV or .xlsx."),
        ImportProblem.XLSX_DAMAGED: translate("Messages", "The Excel workbook is damaged and cannot be read."),
        ImportProblem.MACRO_WORKBOOK: translate(
            "Messages", "This is an Excel workbook with macros (.xlsm), which Razem does not read. "
            "Save it in Excel as .xlsx without macros, or as CSV, and import that."),
        ImportProblem.WORKBOOK_TOO_LARGE: translate(
            "Messages", "This workbook cannot be read: it unpacks to over 200 MB, far more than any list of ideas."),
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
    if isinstance(error, OutputRefused):
        return output_refused(error)
    if isinstance(error, Unencodable):
        return unencodable(error)
    return None


def not_written(error: Exception, target: object) -> str | None:
    """Why a file the window was writing (an export, a table's file) is not
    there, in words; None for a bug."""
    if isinstance(error, OSError):
        return translate("Messages", "Could not write {file}: {reason}. Nothing was "
                         "written.").format(file=target, reason=os_error(error))
    return any_error(error)


def unencodable(error: Unencodable) -> str:
    """Why the "Excel (polski)" CSV was not written: the characters it cannot hold."""
    shown = ", ".join(f"{char!r} (U+{ord(char):04X})" if char.isprintable()
                      else f"U+{ord(char):04X}" for char in error.characters)
    numbers = ", ".join(str(n) for n in error.ideas)
    return translate(
        "Messages", "The Excel (Polish) file uses the Windows-1250 encoding, which cannot hold "
        "{characters} (in ideas No. {ideas}). Nothing was written. Export the UTF-8 CSV "
        "instead, or change those ideas.").format(characters=shown, ideas=numbers)


def output_refused(error: OutputRefused) -> str:
    """Why an export was not written where it was asked to go."""
    texts = {
        OutputProblem.IS_INPUT: translate(
            "Messages", "{file} is the workshop being exported (or its journal or lock); writing "
            "there would destroy it. Choose another file name. Nothing was written."),
        OutputProblem.IS_WORKSHOP: translate(
            "Messages", "{file} is a Razem workshop (or its journal or lock); an export never "
            "overwrites a workshop. Choose another file name. Nothing was written."),
        OutputProblem.IS_FOLDER: translate(
            "Messages", "{file} is a folder; give the name of a file to write. Nothing was written."),
    }
    return texts[error.problem].format(file=error.target)


class ImportNotes(QObject):
    """What an import should tell the user beyond the count, for the command
    line and the import dialog alike; a QObject so that lupdate sees the
    plural forms (`self.tr(text, "", n)`)."""

    def unknown_sectors(self, found: Sequence[tuple[int, str]]) -> str:
        """How many rows had a sector that was not recognised, and which values."""
        values = list(dict.fromkeys(value for _, value in found if value))
        shown = ", ".join(f"\u201e{v}\u201d" for v in values[:_SHOWN_VALUES])
        if len(values) > _SHOWN_VALUES:
            shown += ", \u2026"
        return self.tr("%n row(s) had a sector that was not recognised ({values}); "
                       "they were set to \u201eother\u201d.", "", len(found)).format(values=shown)

    def already_present(self, present: int, total: int) -> str:
        """Most of a file's ideas are in the workshop already."""
        return self.tr("%n of the ideas in this file are already in the workshop "
                       "(the file holds {total}); it looks imported before.", "",
                       present).format(total=total)

    def unnamed_columns(self, first_row: Sequence[str]) -> str:
        """No cell of the first row is a column name Razem knows."""
        names = ", ".join(f"\u201e{brief(c, 30)}\u201d" for c in first_row[:_SHOWN_VALUES])
        if len(first_row) > _SHOWN_VALUES:
            names += ", \u2026"
        return self.tr("Razem does not recognise any column name in the first row ({names}).").format(
            names=names)

    def guessed_encoding(self, codec: str | None) -> str | None:
        """Which 8-bit Polish encoding a text file was read in, when Razem had to guess."""
        names = {"cp1250": "Windows-1250", "iso8859-2": "ISO-8859-2"}
        if codec not in names:
            return None
        return self.tr("The text was read as {encoding}; if its Polish letters look wrong, "
                       "import it in the window and choose another encoding.").format(
            encoding=names[codec])


_SHOWN_VALUES = 5

# Sentences of our own for the operating system's error numbers, whose texts
# (strerror) are English whatever the user's language.
_OS_ERRORS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Messages", "the file or its folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("Messages", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Messages", "the operation is not permitted"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Messages", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Messages", "a part of the path is not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Messages", "it already exists"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Messages", "the name is too long"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Messages", "the disk quota is used up"),
    errno.EIO: QT_TRANSLATE_NOOP("Messages", "the disk could not be read or written"),
    errno.EBUSY: QT_TRANSLATE_NOOP("Messages", "the file is in use"),
}


def os_error(error: OSError) -> str:
    """Why the operating system refused, in the user's language."""
    source = _OS_ERRORS.get(error.errno or 0)
    if source is not None:
        return translate("Messages", str(source))
    return translate("Messages", "the system refused it (error {number})").format(
        number=error.errno if error.errno is not None else "?")


# SQLite's primary result codes for a machine that refused (its texts are English).
_SQLITE_ERRORS = {
    3: _OS_ERRORS[errno.EACCES],  # SQLITE_PERM
    8: _OS_ERRORS[errno.EROFS],  # SQLITE_READONLY
    10: _OS_ERRORS[errno.EIO],  # SQLITE_IOERR
    13: _OS_ERRORS[errno.ENOSPC],  # SQLITE_FULL
    14: QT_TRANSLATE_NOOP("Messages", "the file cannot be opened or created there "
                          "(does the folder exist?)"),  # SQLITE_CANTOPEN
}


def environment_detail(error: StorageEnvironmentError) -> str:
    """What the machine refused, in our words when the cause is a known one."""
    if isinstance(error, ReadOnlyWorkshop):
        return translate("Messages", "the file or its folder can only be read")
    cause = error.__cause__
    if isinstance(cause, OSError) and cause.errno is not None:
        return os_error(cause)
    if isinstance(cause, sqlite3.Error):
        source = _SQLITE_ERRORS.get(getattr(cause, "sqlite_errorcode", -1) & 0xFF)
        if source is not None:
            return translate("Messages", str(source))
    return error.detail

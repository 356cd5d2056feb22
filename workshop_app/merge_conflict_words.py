"""One conflict of a merge report (`models.merge_report.Conflict`) as a
sentence a moderator understands: the row by its name, where (at which
table, or in the workshop) and when each version was written, a deletion
said as one ("deleted at table Stół 1 at 10:15", "restored"), and the other
version's values with their fields named and ids replaced by names.

The command line and the window show the same sentences (`MergeWords.conflict`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workshop_app.models import AgendaFormat, RoundStatus, Sector
from workshop_app.models.merge_report import Conflict, MergeKind, MergeReport, Winner
from workshop_app.models.text import brief
from workshop_app.ui.labels import format_label, round_status_label, sector_label

if TYPE_CHECKING:
    from workshop_app.merge_words import MergeWords

translate = QCoreApplication.translate

# How long a quoted text may be in a report line.
_QUOTE = 70
# Fields that point at another row, shown by that row's name.
_REFERENCES = frozenset({"participant_id", "cluster_id", "objective_id", "duplicate_of", "round_id"})
# Fields holding ids (of groups, ideas), shown by their names.
_ID_LISTS = frozenset({"options", "ranking", "shown", "conflicts"})


# What each field is called, in English (translated when a line is made).
_FIELDS: dict[str, object] = {
    "text": QT_TRANSLATE_NOOP("MergeWords", "text"),
    "name": QT_TRANSLATE_NOOP("MergeWords", "name"),
    "title": QT_TRANSLATE_NOOP("MergeWords", "title"),
    "code": QT_TRANSLATE_NOOP("MergeWords", "code"),
    "position": QT_TRANSLATE_NOOP("MergeWords", "position in the list"),
    "sector": QT_TRANSLATE_NOOP("MergeWords", "sector"),
    "organisation": QT_TRANSLATE_NOOP("MergeWords", "organisation"),
    "municipality": QT_TRANSLATE_NOOP("MergeWords", "municipality"),
    "participant_id": QT_TRANSLATE_NOOP("MergeWords", "author"),
    "table_label": QT_TRANSLATE_NOOP("MergeWords", "table"),
    "cluster_id": QT_TRANSLATE_NOOP("MergeWords", "group"),
    "objective_id": QT_TRANSLATE_NOOP("MergeWords", "objective"),
    "duplicate_of": QT_TRANSLATE_NOOP("MergeWords", "duplicate of"),
    "round_id": QT_TRANSLATE_NOOP("MergeWords", "voting round"),
    "votes": QT_TRANSLATE_NOOP("MergeWords", "votes"),
    "kind": QT_TRANSLATE_NOOP("MergeWords", "kind of ballot"),
    "scores": QT_TRANSLATE_NOOP("MergeWords", "scores"),
    "ranking": QT_TRANSLATE_NOOP("MergeWords", "ranking"),
    "shown": QT_TRANSLATE_NOOP("MergeWords", "order shown"),
    "voters": QT_TRANSLATE_NOOP("MergeWords", "voters"),
    "device": QT_TRANSLATE_NOOP("MergeWords", "device"),
    "target": QT_TRANSLATE_NOOP("MergeWords", "voted on"),
    "method": QT_TRANSLATE_NOOP("MergeWords", "voting method"),
    "dots_per_voter": QT_TRANSLATE_NOOP("MergeWords", "dots per voter"),
    "max_per_option": QT_TRANSLATE_NOOP("MergeWords", "dots per option at most"),
    "status": QT_TRANSLATE_NOOP("MergeWords", "status"),
    "opened_at": QT_TRANSLATE_NOOP("MergeWords", "opened"),
    "closed_at": QT_TRANSLATE_NOOP("MergeWords", "closed"),
    "reopened_at": QT_TRANSLATE_NOOP("MergeWords", "reopened"),
    "options": QT_TRANSLATE_NOOP("MergeWords", "options"),
    "allow_stacking": QT_TRANSLATE_NOOP("MergeWords", "several dots on one option"),
    "axes": QT_TRANSLATE_NOOP("MergeWords", "axes"),
    "top_n": QT_TRANSLATE_NOOP("MergeWords", "places ranked"),
    "rationale": QT_TRANSLATE_NOOP("MergeWords", "rationale"),
    "format": QT_TRANSLATE_NOOP("MergeWords", "format"),
    "duration_minutes": QT_TRANSLATE_NOOP("MergeWords", "minutes"),
    "slot": QT_TRANSLATE_NOOP("MergeWords", "time slot"),
    "track": QT_TRANSLATE_NOOP("MergeWords", "track"),
    "lead": QT_TRANSLATE_NOOP("MergeWords", "lead"),
    "speakers": QT_TRANSLATE_NOOP("MergeWords", "speakers"),
    "notes": QT_TRANSLATE_NOOP("MergeWords", "notes"),
    "carried_over": QT_TRANSLATE_NOOP("MergeWords", "carried over"),
    "deleted_at": QT_TRANSLATE_NOOP("MergeWords", "deleted"),
}


def _field_names() -> dict[str, str]:
    return {field: translate("MergeWords", str(name)) for field, name in _FIELDS.items()}


class ConflictWords:
    """The words of the conflicts of one report (`line`)."""

    def __init__(self, words: MergeWords, report: MergeReport) -> None:
        self.words = words
        self.report = report
        self.labels = {source.name: source.label for source in report.sources}

    def line(self, conflict: Conflict) -> str:
        number = self.report.numbers.get(conflict.row_id)
        what = " ".join([self.words.one(conflict.kind), *([f"#{number}"] if number else []),
                         self.words.quoted(brief(conflict.title, _QUOTE))])
        here, there = self.place(conflict.source), self.place(conflict.held_by)
        newer_place, older_place = (here, there) if conflict.winner is Winner.SOURCE else (there, here)
        newer_at, older_at = _times(conflict.newer_at, conflict.older_at)
        text, values = _sentence(conflict)
        line = text.format(what=what, place=newer_place, time=newer_at, other=older_place,
                           other_time=older_at)
        if values:
            line += translate("MergeWords", "; the older version had {values}").format(
                values=self.values(values, person=conflict.kind is MergeKind.PARTICIPANTS))
        return line

    def place(self, file: str) -> str:
        """Where a version was written: at a table (its file), or in the workshop."""
        if not file:
            return translate("MergeWords", "in the workshop")
        return translate("MergeWords", "at table {label} ({file})").format(label=self.labels.get(file, file), file=file)

    def values(self, values: Mapping[str, Any], *, person: bool = False) -> str:
        """The fields of a version, named, with their values (a `person`'s name is a full name)."""
        names = _field_names()
        if person:
            names["name"] = translate("MergeWords", "full name")
        return "; ".join(f"{names.get(field, field)}: {self.value(field, value)}"
                         for field, value in values.items())

    def value(self, field: str, value: Any) -> str:
        if value is None:
            return translate("MergeWords", "none")
        if isinstance(value, bool):
            return translate("MergeWords", "yes") if value else translate("MergeWords", "no")
        if value == "":
            return translate("MergeWords", "empty")
        if field in _REFERENCES:
            name = self.report.names.get(str(value))
            if name is None:
                return translate("MergeWords", "a removed entry")
            return self.words.quoted(brief(name, _QUOTE)) if name else translate(
                "MergeWords", "an entry without a name")
        if field == "sector" and value in {s.value for s in Sector}:
            return sector_label(Sector(value))
        if field == "status" and value in {s.value for s in RoundStatus}:
            return self.words.quoted(round_status_label(RoundStatus(value)))
        if field == "format" and value in {f.value for f in AgendaFormat}:
            return self.words.quoted(format_label(AgendaFormat(value)))
        if field.endswith("_at"):
            return _moment(str(value))
        if field in _ID_LISTS and isinstance(value, list):
            return ", ".join(self.words.quoted(brief(self.report.names.get(str(v), str(v)), 40))
                             for v in value) or translate("MergeWords", "none")
        if isinstance(value, dict):
            return ", ".join(f"{self.report.names.get(str(k), str(k))}: {v}"
                             for k, v in value.items()) or translate("MergeWords", "none")
        if isinstance(value, int | float):
            return str(value)
        return self.words.quoted(brief(str(value), _QUOTE))


def _sentence(conflict: Conflict) -> tuple[str, dict[str, Any]]:
    """The sentence of a conflict (to format with what, place, time, other,
    other_time: the newer version's place and time, the older one's) and the
    older version's values to list after it. A deletion that wins or loses is
    said as such, not as a changed value."""
    older, newer = conflict.older, conflict.newer
    deletion = "deleted_at" in older and (older["deleted_at"] is None) != (newer.get("deleted_at") is None)
    if not deletion:
        return ((translate("MergeWords", "{what}: the newer version {place} ({time}) replaced the "
                                         "one {other} ({other_time})")
                 if conflict.winner is Winner.SOURCE else
                 translate("MergeWords", "{what}: the version {place} ({time}) is newer and stays; "
                                         "the older one is {other} ({other_time})")), dict(older))
    values = {k: v for k, v in older.items() if k != "deleted_at"}
    if older["deleted_at"] is None:  # the newer version is the deletion
        return translate("MergeWords", "{what}: deleted {place} at {time}, later than the version "
                                       "{other} of {other_time}"), values
    if conflict.winner is Winner.SOURCE:  # the workshop had it deleted: it comes back
        return translate("MergeWords", "{what}: restored \u2013 deleted {other} at {other_time}, "
                                       "but changed {place} later, at {time}"), values
    return translate("MergeWords", "{what}: stays \u2013 deleted {other} at {other_time}, but "
                                   "changed {place} later, at {time}"), values


def _local(stamp: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError):
        return None


def _moment(stamp: str) -> str:
    """A stored time as the moderator reads it: local date and time to the minute."""
    moment = _local(stamp)
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else stamp


def _times(newer: str, older: str) -> tuple[str, str]:
    """Two times of one conflict: the hour and minute when both fall on one
    day (a workshop's), else with their dates."""
    a, b = _local(newer), _local(older)
    if a is not None and b is not None and a.date() == b.date():
        return a.strftime("%H:%M"), b.strftime("%H:%M")
    return _moment(newer), _moment(older)

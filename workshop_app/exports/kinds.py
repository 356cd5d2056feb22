"""Every export Razem makes, by kind, for the command line and the window alike.

`make` turns a workshop into the bytes of one export. `export_file` is the
whole job as the window's worker thread runs it: it opens its own read-only
store on the workshop file (the window's connection belongs to the GUI
thread), reads everything in one read transaction, makes the bytes and
writes them whole beside the target (`output.write_atomically`).
"""

from __future__ import annotations

import enum
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.exports.output import check_target, json_bytes, write_atomically
from workshop_app.services import WorkshopService
from workshop_app.storage import WorkshopStore

if TYPE_CHECKING:  # reportlab loads only when a PDF is made, not when the window starts
    from workshop_app.exports.pdf_layout import Progress


class ExportKind(enum.StrEnum):
    """One kind of export; the value is the command line's option without "--"
    (underscores for dashes)."""

    SUMMARY = "summary"
    AGENDA = "agenda"
    CSV = "csv"
    CSV_EXCEL = "csv_excel"
    RESULTS_CSV = "results_csv"
    ICS = "ics"
    JSON = "json"


SUFFIXES = {ExportKind.SUMMARY: ".pdf", ExportKind.AGENDA: ".pdf", ExportKind.CSV: ".csv",
            ExportKind.CSV_EXCEL: ".csv", ExportKind.RESULTS_CSV: ".csv", ExportKind.ICS: ".ics",
            ExportKind.JSON: ".json"}
NAMES_MATTER = frozenset({ExportKind.JSON, ExportKind.CSV, ExportKind.CSV_EXCEL})
"""The kinds that leave participants' names out of an anonymous workshop unless asked."""


@dataclass(frozen=True, slots=True)
class Made:
    """The bytes of one export, and the titles of the agenda items the
    calendar left out (no time yet)."""

    data: bytes
    left_out: tuple[str, ...] = ()


class ExportCancelled(Exception):
    """The export was cancelled before its file was moved into place; nothing was written."""


class CancelGate:
    """Cancelling and moving the finished file into place exclude each other,
    so that a Cancel either comes in time (then nothing is written, the old
    file stays as it was, and `cancel` says True) or comes too late (the new
    file is in place, `cancel` says False and the export reports it done) -
    never "cancelled" with the file written anyway. Pass `cancelled` and
    `replace` to `export_file`."""

    def __init__(self) -> None:
        self.cancelled = threading.Event()
        self._lock = threading.Lock()
        self._moved = False

    def cancel(self) -> bool:
        """Stop the export unless its file is in place already; True if stopped in time."""
        with self._lock:
            if self._moved:
                return False
            self.cancelled.set()
            return True

    def replace(self, temp: str, target: Path) -> None:
        with self._lock:
            if self.cancelled.is_set():
                raise ExportCancelled()
            os.replace(temp, target)
            self._moved = True


def make(service: WorkshopService, kind: ExportKind, *, include_names: bool = False,
         progress: Progress | None = None) -> Made:
    """The bytes of `kind` for the workshop; `progress` hears a PDF's build
    (and may stop it by raising)."""
    from workshop_app.exports import csv_export, ics_export
    from workshop_app.exports.json_export import workshop_document
    from workshop_app.exports.pdf_agenda import agenda_pdf
    from workshop_app.exports.pdf_summary import summary_pdf

    if kind is ExportKind.SUMMARY:
        return Made(summary_pdf(service, progress=progress))
    if kind is ExportKind.AGENDA:
        return Made(agenda_pdf(service, progress=progress))
    if kind is ExportKind.CSV:
        return Made(csv_export.ideas_csv(service, include_names=include_names))
    if kind is ExportKind.CSV_EXCEL:
        return Made(csv_export.ideas_csv_excel_pl(service, include_names=include_names))
    if kind is ExportKind.RESULTS_CSV:
        return Made(csv_export.results_csv(service))
    if kind is ExportKind.ICS:
        calendar = ics_export.agenda_ics(service)
        return Made(calendar.data, calendar.left_out)
    return Made(json_bytes(workshop_document(service, include_names=include_names)))


Replace = Callable[[str, Path], None]
"""Moves the finished temporary file onto the target (`os.replace` by default)."""


def export_file(source: Path, kind: ExportKind, target: Path, *, include_names: bool = False,
                cancelled: threading.Event | None = None,
                on_progress: Callable[[int, int], None] | None = None,
                replace: Replace | None = None) -> Made:
    """Export the workshop file `source` as `kind` to `target`, on any thread.

    The workshop is read through a store of its own, opened read-only for
    this export and closed after it: a SQLite connection belongs to the
    thread that uses it, and the window's may be writing meanwhile. All
    reads happen in one read transaction, so the export shows the workshop
    as it was at one moment, every change the window showed as done
    included (each is committed before it is shown). `OutputRefused` for a
    target that is, or belongs to, a workshop; `ExportCancelled` once
    `cancelled` is set, up to the moment `replace` moves the file in place;
    `on_progress(done, total)` hears how far a PDF is.
    """
    check_target(target, inputs=[source])

    total, done = [1], [0]

    def progress(stage: str, value: int) -> None:
        if cancelled is not None and cancelled.is_set():
            raise ExportCancelled()
        if stage == "SIZE_EST":
            total[0] = max(value, 1)
        elif stage == "PROGRESS" and on_progress is not None and value > done[0]:
            # reportlab counts flowables left; a split puts some back, so it may step back.
            done[0] = min(value, total[0])
            on_progress(done[0], total[0])

    with WorkshopStore.open(source, read_only=True) as store, store.reading():
        made = make(WorkshopService(store), kind, include_names=include_names, progress=progress)
    if cancelled is not None and cancelled.is_set():
        raise ExportCancelled()
    write_atomically(target, made.data, replace=replace)
    return made

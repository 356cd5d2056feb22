"""Reading ideas collected before the workshop (online forms, Excel) from CSV or XLSX.

`read_ideas` returns every idea of the file or raises `ImportFailure`; it
never returns part of a file. Each returned idea passes the service's checks
(`WorkshopService.add_ideas` will not refuse it), so the import is all or none
from the file to the workshop.

Rows whose idea text is empty are skipped and their lines reported. Rows with
no value at all (blank lines, Excel's `;;;` rows) are not rows and are not
reported. Texts longer than `LONG_IDEA_CHARS` are kept and reported; a text
longer than `MAX_IDEA_CHARS` refuses the file (FIELD_TOO_LARGE), as does a
one-line field (author, group, table) longer than `MAX_TITLE_CHARS`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workshop_app.imports.columns import (
    IDEA_HEADERS,
    ROSTER_HEADERS,
    ColumnMapping,
    guess_idea_mapping,
    resolve,
)
from workshop_app.imports.errors import ImportFailure, ImportProblem
from workshop_app.imports.source import Layout, lay_out, load_table, shaped_rows
from workshop_app.imports.table import SourceInfo, Table
from workshop_app.imports.values import (
    one_line,
    parse_sector,
    parse_timestamp,
    slash_dates_day_first,
)
from workshop_app.models import LONG_IDEA_CHARS, MAX_IDEA_CHARS, Sector, clean_text

HEADER_TABLES = (IDEA_HEADERS, ROSTER_HEADERS)


@dataclass(frozen=True, slots=True)
class ImportedIdea:
    """One idea read from a file. `line` is where its row starts (sheet row for .xlsx).

    `written_at` is an ISO-8601 UTC stamp when the file's time was readable.
    `table` goes beyond the brief: the table/group label, "" when absent.
    """

    text: str
    sector: Sector | None
    author: str
    cluster: str | None
    written_at: str | None
    line: int
    table: str = ""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """Everything read from one file, and what the user should be told about it.

    `mapping` holds the column indexes actually used (guessed or the caller's).

    `skipped_lines`: rows with an empty idea text. `long_lines`: texts over
    LONG_IDEA_CHARS (kept). `unknown_sectors`: (line, value) of sector values
    that were not understood and became Sector.OTHER. `bad_timestamps`:
    (line, value) of times that could not be read (written_at is None).
    """

    ideas: tuple[ImportedIdea, ...]
    source: SourceInfo
    has_header: bool
    header: tuple[str, ...]
    mapping: ColumnMapping
    skipped_lines: tuple[int, ...] = ()
    long_lines: tuple[int, ...] = ()
    unknown_sectors: tuple[tuple[int, str], ...] = ()
    bad_timestamps: tuple[tuple[int, str], ...] = ()


def read_ideas(path: str | os.PathLike[str], *, encoding: str | None = None,
               delimiter: str | None = None, mapping: ColumnMapping | None = None,
               header: bool | None = None) -> ImportResult:
    """Read every idea in a .csv/.txt/.tsv or .xlsx file.

    `encoding`, `delimiter` (CSV) and `header` (whether the first row names the
    columns) are detected unless given. `mapping` replaces the guessed columns
    entirely (fields left None are not imported); names or indexes may be used.
    Raises `ImportFailure`; `ValueError` for an unknown encoding or a bad delimiter.
    """
    table = load_table(Path(path), encoding=encoding, delimiter=delimiter)
    layout = lay_out(table, header, HEADER_TABLES)
    columns = _columns(layout, mapping)
    reader = _IdeaRows(columns)
    used = {c for c in columns.values() if c is not None}
    rows = shaped_rows(table, layout, used)
    reader.day_first = _day_first(rows, columns["timestamp"])
    ideas = tuple(idea for line, cells in rows if (idea := reader.idea(line, cells)))
    return _result(table, layout, ColumnMapping(**columns), ideas, reader)


def _columns(layout: Layout, mapping: ColumnMapping | None) -> dict[str, int | None]:
    if mapping is None:
        guessed = guess_idea_mapping(layout.header, [cells for _, cells in layout.rows])
        columns = resolve(guessed, layout.header, len(layout.header))
    else:
        columns = resolve(mapping, layout.header, len(layout.header))
    if columns["text"] is None:
        raise ImportFailure(ImportProblem.NO_TEXT_COLUMN)
    return columns


def _day_first(rows: Sequence[tuple[int, tuple[str, ...]]], column: int | None) -> bool:
    if column is None:
        return False
    return slash_dates_day_first(cells[column] for _, cells in rows)


def _result(table: Table, layout: Layout, mapping: ColumnMapping,
            ideas: tuple[ImportedIdea, ...], reader: _IdeaRows) -> ImportResult:
    return ImportResult(
        ideas=ideas, source=table.info, has_header=layout.has_header, header=layout.header,
        mapping=mapping, skipped_lines=tuple(reader.skipped), long_lines=tuple(reader.long),
        unknown_sectors=tuple(reader.unknown_sectors),
        bad_timestamps=tuple(reader.bad_timestamps))


class _IdeaRows:
    """Turns rows into `ImportedIdea`s and collects what to report about them."""

    def __init__(self, columns: dict[str, int | None]) -> None:
        self.columns = columns
        self.day_first = False
        self.skipped: list[int] = []
        self.long: list[int] = []
        self.unknown_sectors: list[tuple[int, str]] = []
        self.bad_timestamps: list[tuple[int, str]] = []

    def idea(self, line: int, cells: Sequence[str]) -> ImportedIdea | None:
        text = clean_text(self._cell(cells, "text"))
        if not text:
            self.skipped.append(line)
            return None
        if len(text) > MAX_IDEA_CHARS:
            raise ImportFailure(ImportProblem.FIELD_TOO_LARGE, line,
                                f"text: {len(text)} characters")
        if len(text) > LONG_IDEA_CHARS:
            self.long.append(line)
        cluster = self._short(cells, "cluster", line)
        return ImportedIdea(text=text, sector=self._sector(cells, line),
                            author=self._short(cells, "author", line),
                            cluster=cluster or None, written_at=self._time(cells, line),
                            line=line, table=self._short(cells, "table", line))

    def _cell(self, cells: Sequence[str], field_name: str) -> str:
        column = self.columns[field_name]
        return "" if column is None else cells[column]

    def _short(self, cells: Sequence[str], field_name: str, line: int) -> str:
        text = one_line(self._cell(cells, field_name))
        if text is None:
            raise ImportFailure(ImportProblem.FIELD_TOO_LARGE, line, field_name)
        return text

    def _sector(self, cells: Sequence[str], line: int) -> Sector | None:
        value = self._cell(cells, "sector")
        sector, understood = parse_sector(value)
        if not understood:
            self.unknown_sectors.append((line, clean_text(value)))
        return sector

    def _time(self, cells: Sequence[str], line: int) -> str | None:
        value = self._cell(cells, "timestamp").strip()
        if not value:
            return None
        stamp = parse_timestamp(value, day_first_slashes=self.day_first)
        if stamp is None:
            self.bad_timestamps.append((line, clean_text(value)))
        return stamp

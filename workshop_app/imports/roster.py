"""Reading a participant roster (name optional, organisation, municipality, sector).

Same files, detection and errors as `read_ideas`. A row with none of the four
values is skipped and its line reported. Every value is one line of at most
`MAX_TITLE_CHARS` characters (line breaks become spaces), so the service will
not refuse it; a longer one refuses the file (FIELD_TOO_LARGE).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workshop_app.imports.columns import RosterMapping, guess_roster_mapping, resolve
from workshop_app.imports.errors import ImportFailure, ImportProblem
from workshop_app.imports.ideas import HEADER_TABLES
from workshop_app.imports.source import Layout, lay_out, load_table, shaped_rows
from workshop_app.imports.table import SourceInfo
from workshop_app.imports.values import one_line, parse_sector
from workshop_app.models import Sector, clean_text


@dataclass(frozen=True, slots=True)
class ImportedParticipant:
    """One roster row. `sector` is None when the cell was empty: the caller
    chooses (the service needs one; Sector.OTHER is the natural default)."""

    name: str
    organisation: str
    municipality: str
    sector: Sector | None
    line: int


@dataclass(frozen=True, slots=True)
class RosterResult:
    """All participants of one file; `skipped_lines` are rows with no value,
    `unknown_sectors` (line, value) the sector values read as Sector.OTHER."""

    participants: tuple[ImportedParticipant, ...]
    source: SourceInfo
    has_header: bool
    header: tuple[str, ...]
    mapping: RosterMapping
    skipped_lines: tuple[int, ...] = ()
    unknown_sectors: tuple[tuple[int, str], ...] = ()


def read_roster(path: str | os.PathLike[str], *, encoding: str | None = None,
                delimiter: str | None = None, mapping: RosterMapping | None = None,
                header: bool | None = None) -> RosterResult:
    """Read every participant in a .csv/.txt/.tsv or .xlsx roster.

    Arguments as for `read_ideas`. Raises `ImportFailure`, with
    NO_KNOWN_COLUMNS when no column could be recognised.
    """
    table = load_table(Path(path), encoding=encoding, delimiter=delimiter)
    layout = lay_out(table, header, HEADER_TABLES)
    columns = _columns(layout, mapping)
    rows = shaped_rows(table, layout, {c for c in columns.values() if c is not None})
    participants: list[ImportedParticipant] = []
    skipped: list[int] = []
    unknown: list[tuple[int, str]] = []
    for line, cells in rows:
        values = {f: _one_line(cells, c, line) for f, c in columns.items() if f != "sector"}
        raw_sector = cells[columns["sector"]] if columns["sector"] is not None else ""
        sector, understood = parse_sector(raw_sector)
        if not any(values.values()) and sector is None:
            skipped.append(line)
            continue
        if not understood:
            unknown.append((line, clean_text(raw_sector)))
        participants.append(ImportedParticipant(sector=sector, line=line, **values))
    return RosterResult(participants=tuple(participants), source=table.info,
                        has_header=layout.has_header, header=layout.header,
                        mapping=RosterMapping(**columns), skipped_lines=tuple(skipped),
                        unknown_sectors=tuple(unknown))


def _columns(layout: Layout, mapping: RosterMapping | None) -> dict[str, int | None]:
    if mapping is None:
        mapping = guess_roster_mapping(layout.header, [cells for _, cells in layout.rows])
    columns = resolve(mapping, layout.header, len(layout.header))
    if all(c is None for c in columns.values()):
        raise ImportFailure(ImportProblem.NO_KNOWN_COLUMNS)
    return columns


def _one_line(cells: Sequence[str], column: int | None, line: int) -> str:
    text = one_line(cells[column]) if column is not None else ""
    if text is None:
        raise ImportFailure(ImportProblem.FIELD_TOO_LARGE, line, f"column {column}")
    return text

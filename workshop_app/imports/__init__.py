"""Readers for ideas and rosters collected before the workshop: CSV and Excel files.

Qt-free core code. Encodings (UTF-8 with or without BOM, Windows-1250,
UTF-16 with BOM), separators (comma, semicolon, tab), header rows and columns
are detected; the caller may override each. A file is read whole or refused
with an `ImportFailure` naming an `ImportProblem` and, where it helps, the line.
"""

from workshop_app.imports.columns import ColumnMapping, ColumnRef, RosterMapping
from workshop_app.imports.errors import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    ImportFailure,
    ImportProblem,
)
from workshop_app.imports.ideas import ImportedIdea, ImportResult, read_ideas
from workshop_app.imports.preview import PREVIEW_ROWS, CsvPreview, sniff_csv
from workshop_app.imports.roster import ImportedParticipant, RosterResult, read_roster
from workshop_app.imports.table import LineEnding, SourceFormat, SourceInfo
from workshop_app.imports.values import parse_sector, parse_timestamp

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "PREVIEW_ROWS",
    "ColumnMapping",
    "ColumnRef",
    "CsvPreview",
    "ImportFailure",
    "ImportProblem",
    "ImportResult",
    "ImportedIdea",
    "ImportedParticipant",
    "LineEnding",
    "RosterMapping",
    "RosterResult",
    "SourceFormat",
    "SourceInfo",
    "parse_sector",
    "parse_timestamp",
    "read_ideas",
    "read_roster",
    "sniff_csv",
]

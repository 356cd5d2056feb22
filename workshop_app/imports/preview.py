"""What the import dialog shows before anything is read for real.

`sniff_csv` detects the settings (or takes the caller's corrections), shows
the first rows as parsed with them and guesses the columns. The dialog lets
the user correct any of it and passes the corrections to `read_ideas` /
`read_roster`. File-level problems (empty, binary, encoding, too large) raise
`ImportFailure` here already; row-level ones (RAGGED) only when reading.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from workshop_app.imports.columns import (
    ColumnMapping,
    RosterMapping,
    guess_idea_mapping,
    guess_roster_mapping,
    names_idea_columns,
)
from workshop_app.imports.ideas import HEADER_TABLES
from workshop_app.imports.source import lay_out, load_table
from workshop_app.imports.table import LineEnding, SourceFormat

PREVIEW_ROWS = 20


@dataclass(frozen=True, slots=True)
class CsvPreview:
    """Detected settings, column names, the first rows and the guessed columns.

    For .xlsx files `encoding`, `delimiter` and `line_ending` are None and
    `sheet` names the sheet that will be read. `row_count` counts data rows
    (the header row and blank rows excluded). `header` holds "" for unnamed
    columns and for every column when `has_header` is False.

    `first_row` is the file's first row whether or not it was taken as the
    header; `first_row_named` says whether any of its cells is a column name
    Razem knows for ideas. When it is False, whether the first row names the
    columns is only a guess, and the user is asked.
    """

    format: SourceFormat
    encoding: str | None
    delimiter: str | None
    line_ending: LineEnding | None
    sheet: str | None
    has_header: bool
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_count: int
    mapping: ColumnMapping
    roster_mapping: RosterMapping
    first_row: tuple[str, ...] = ()
    first_row_named: bool = True


def sniff_csv(path: str | os.PathLike[str], *, encoding: str | None = None,
              delimiter: str | None = None, header: bool | None = None) -> CsvPreview:
    """Preview a .csv/.txt/.tsv file (or an .xlsx one: the dialog needs one entry point).

    Arguments given override detection, so the preview can be redone after
    the user corrects a guess. Raises `ImportFailure` for unreadable files.
    """
    table = load_table(Path(path), encoding=encoding, delimiter=delimiter)
    layout = lay_out(table, header, HEADER_TABLES)
    rows = [cells for _, cells in layout.rows]
    first_row = table.records[0].cells
    info = table.info
    return CsvPreview(
        format=info.format, encoding=info.encoding, delimiter=info.delimiter,
        line_ending=info.line_ending, sheet=info.sheet, has_header=layout.has_header,
        header=layout.header, rows=tuple(rows[:PREVIEW_ROWS]), row_count=len(rows),
        mapping=guess_idea_mapping(layout.header, rows),
        roster_mapping=guess_roster_mapping(layout.header, rows),
        first_row=first_row, first_row_named=names_idea_columns(first_row))

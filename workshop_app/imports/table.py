"""What every reader produces: the file's non-blank rows as text, and how it was read."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import NamedTuple


class SourceFormat(enum.StrEnum):
    CSV = "csv"  # any delimited text: .csv, .txt, .tsv
    XLSX = "xlsx"


class LineEnding(enum.StrEnum):
    CRLF = "crlf"  # Windows, Excel
    LF = "lf"
    CR = "cr"  # old Mac Excel
    NONE = "none"  # a single line without a line break


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """How a file was read: detected or chosen by the caller.

    `encoding` is a Python codec name: "utf-8", "utf-8-sig" (UTF-8 with a
    BOM), "cp1250" (Windows-1250, Polish Excel), "iso8859-2" (ISO-8859-2,
    Latin-2) or "utf-16" (Excel's "Unicode text"); any other codec the
    caller forced is reported by its Python name.
    """

    format: SourceFormat
    encoding: str | None = None
    delimiter: str | None = None
    line_ending: LineEnding | None = None
    sheet: str | None = None


class Record(NamedTuple):
    """One non-blank row: where it starts in the file and its cells as text."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A file's non-blank rows in file order, the header row (if any) included.

    `grid` is True for workbooks: a sheet cannot be ragged, so short rows are
    padded freely. For CSV a row's field count is checked against the header.
    """

    info: SourceInfo
    records: tuple[Record, ...]
    grid: bool = False

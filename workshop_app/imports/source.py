"""Opening any supported file as a `Table`, and laying it out as header + rows.

Which reader runs is decided by the content first (a ZIP with workbook parts
is read as .xlsx whatever its name), then by the name. Old binary Excel
(.xls), OpenDocument (.ods) and other documents are refused as UNSUPPORTED.

Row shape (CSV only; a sheet is a grid and is padded freely):

- more fields than the header: RAGGED at that row's line, unless the extra
  fields are all empty (a trailing separator, which some exporters write);
- fewer fields: padded with empty fields. Exports from Excel and form tools
  omit a row's trailing empty fields. Only a single short row that lacks a
  value the file has elsewhere is RAGGED: among full rows it is a row broken
  by an unquoted line break, and padding it would import half a note.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from workshop_app import held_files
from workshop_app.imports.columns import looks_like_header
from workshop_app.imports.errors import MAX_FILE_BYTES, MAX_ROWS, ImportFailure, ImportProblem
from workshop_app.imports.table import Record, Table
from workshop_app.imports.textfile import read_text_table
from workshop_app.imports.values import Phrase
from workshop_app.imports.workbook import read_workbook

UNSUPPORTED_SUFFIXES = frozenset({".xls", ".xlsb", ".ods", ".fods", ".numbers"})
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc, and encrypted .xlsx


def load_table(path: Path, *, encoding: str | None = None,
               delimiter: str | None = None) -> Table:
    """Read `path` as a workbook or as delimited text; `ImportFailure` if it cannot be.

    The last table read is kept, keyed by the file's content: the import
    dialog previews a file and reads it again each time a column is chosen,
    and the command line previews before it imports; a workbook is parsed
    once for all of these.
    """
    suffix = path.suffix.lower()
    data = _read(path)
    key = (hashlib.blake2b(data, digest_size=16).digest(), suffix, encoding, delimiter)
    if _last and _last[0] == key:
        return cast(Table, _last[1])
    table = _parse(data, suffix, encoding=encoding, delimiter=delimiter)
    _last[:] = [key, table]
    return table


# [key, table] of the last file read; a Table is immutable, so sharing it is safe.
_last: list[object] = []


def _parse(data: bytes, suffix: str, *, encoding: str | None, delimiter: str | None) -> Table:
    if suffix in UNSUPPORTED_SUFFIXES or data.startswith(_OLE2):
        raise ImportFailure(ImportProblem.UNSUPPORTED, None, suffix or "no suffix")
    if data.startswith(_ZIP):
        if _is_workbook(data, suffix):
            return read_workbook(data)
        raise ImportFailure(ImportProblem.UNSUPPORTED, None, "ZIP without a workbook")
    if suffix in WORKBOOK_SUFFIXES:
        raise ImportFailure(ImportProblem.XLSX_DAMAGED, None, "not a ZIP file")
    return read_text_table(data, encoding=encoding, delimiter=delimiter, suffix=suffix)


def _read(path: Path) -> bytes:
    """The file's bytes, after refusing missing, empty and oversized files."""
    try:
        size = os.stat(path).st_size
        if path.is_dir():
            raise IsADirectoryError(str(path))
        if size <= MAX_FILE_BYTES:
            # No more, should it grow meanwhile; through workshop_app.held_files, as the
            # user may point at the open workshop (closing a descriptor of it
            # would drop SQLite's locks on it).
            data = held_files.read_bytes(path, MAX_FILE_BYTES + 1)
            size = len(data)
    except OSError as exc:
        raise ImportFailure(ImportProblem.UNREADABLE, None, str(exc)) from None
    if size == 0:
        raise ImportFailure(ImportProblem.EMPTY, None, "0 bytes")
    if size > MAX_FILE_BYTES:
        raise ImportFailure(ImportProblem.TOO_LARGE, None, f"{size} bytes")
    return data


_MACRO_CONTENT = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def _has_macros(archive: zipfile.ZipFile, names: set[str]) -> bool:
    """An .xlsm: it holds a VBA project or declares a macro-enabled workbook."""
    if any(name.casefold() == "xl/vbaproject.bin" for name in names):
        return True
    if "[Content_Types].xml" not in names:
        return False
    with archive.open("[Content_Types].xml") as types:
        return _MACRO_CONTENT in types.read(1 << 20)  # a few KB in any real workbook


def _is_workbook(data: bytes, suffix: str) -> bool:
    """An Office Open XML package with spreadsheet parts (not .docx, not .ods)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            macros = _has_macros(archive, names)
    except Exception as exc:  # untrusted file: whatever the ZIP reader raises is damage
        if suffix in WORKBOOK_SUFFIXES:
            raise ImportFailure(ImportProblem.XLSX_DAMAGED, None, str(exc)) from None
        raise ImportFailure(ImportProblem.UNSUPPORTED, None, str(exc)) from None
    if macros:
        raise ImportFailure(ImportProblem.MACRO_WORKBOOK, None, "holds macros")
    if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
        return True
    if suffix in WORKBOOK_SUFFIXES and "mimetype" not in names:
        raise ImportFailure(ImportProblem.XLSX_DAMAGED, None, "no workbook parts")
    return False


@dataclass(frozen=True, slots=True)
class Layout:
    """A table split into column names and data rows.

    Without a header row `header` holds empty names, one per column.
    """

    header: tuple[str, ...]
    has_header: bool
    rows: tuple[Record, ...]


def lay_out(table: Table, header: bool | None,
            tables: Sequence[Mapping[str, Sequence[Phrase]]]) -> Layout:
    """Split off the header row (detected when `header` is None); EMPTY if no rows remain."""
    records = table.records
    if not records:
        raise ImportFailure(ImportProblem.EMPTY, None, "no rows")
    first = records[0].cells
    later = [r.cells for r in records[1:]]
    has_header = looks_like_header(first, later, tables) if header is None else header
    rows = records[1:] if has_header else records
    if not rows:
        raise ImportFailure(ImportProblem.EMPTY, None, "header only")
    if len(rows) > MAX_ROWS:
        raise ImportFailure(ImportProblem.TOO_LARGE, rows[MAX_ROWS].line, f"over {MAX_ROWS} rows")
    width = len(first)
    if table.grid:
        width = max(len(r.cells) for r in records)
    names = (first + ("",) * (width - len(first))) if has_header else ("",) * width
    return Layout(header=names, has_header=has_header, rows=rows)


def shaped_rows(table: Table, layout: Layout,
                used: Collection[int]) -> list[tuple[int, tuple[str, ...]]]:
    """(line, cells) for each data row, every row exactly as wide as the header."""
    width = len(layout.header)
    broken = _broken_row(table, layout, used)
    if broken is not None:
        raise ImportFailure(ImportProblem.RAGGED, broken.line,
                            f"{len(broken.cells)} fields, header has {width}")
    shaped = []
    for line, cells in layout.rows:
        if len(cells) > width:
            if any(c.strip() for c in cells[width:]) and not table.grid:
                raise ImportFailure(ImportProblem.RAGGED, line,
                                    f"{len(cells)} fields, header has {width}")
            cells = cells[:width]
        elif len(cells) < width:
            cells = cells + ("",) * (width - len(cells))
        shaped.append((line, cells))
    return shaped


def _broken_row(table: Table, layout: Layout, used: Collection[int]) -> Record | None:
    """The one short CSV row that lacks a value the file has elsewhere, if it is the only one.

    Exporters that omit a row's trailing empty fields (Excel, form tools)
    leave many short rows, and padding them is right. A single short row
    among full ones is a row broken by an unquoted line break.
    """
    if table.grid:
        return None
    width = len(layout.header)
    filled = _filled_columns(layout.rows, width)
    short = [record for record in layout.rows if len(record.cells) < width
             and any(c in used and c in filled for c in range(len(record.cells), width))]
    return short[0] if len(short) == 1 else None


def _filled_columns(rows: Sequence[Record], width: int) -> set[int]:
    """Columns with a value in at least one row."""
    filled: set[int] = set()
    for _, cells in rows:
        filled.update(c for c in range(min(width, len(cells))) if cells[c].strip())
        if len(filled) == width:
            break
    return filled

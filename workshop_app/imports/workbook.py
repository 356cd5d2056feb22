"""Excel workbooks (.xlsx, as Excel, Google Sheets and Microsoft Forms write them).

Read with openpyxl in read-only mode with cached formula values. The sheet is
the first one, or, when the first one is empty, the one with the most rows.

A workbook is a ZIP of XML parts, and a small file can unpack to gigabytes.
Before openpyxl parses anything, every part is unpacked once, counting what
it really holds (not what the ZIP declares): over `MAX_UNPACKED_BYTES` in
all, or any text run over `MAX_CELL_BYTES` (one enormous cell), and the
workbook is refused. Rows are counted whether blank or not (rows written
out in that same pass, rows simply missing while reading), so a sheet of
millions of empty rows is refused at `MAX_ROWS` instead of read to its end.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import IO, Any

from workshop_app.imports.errors import (
    MAX_CELL_BYTES,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    ImportFailure,
    ImportProblem,
)
from workshop_app.imports.table import Record, SourceFormat, SourceInfo, Table

_CHUNK = 1 << 20
# A run of bytes without "<" is one text node or attribute value: a cell's text.
# The look-behind anchors the run at its start, so the search stays linear.
_LONG_RUN = re.compile(rb"(?<![^<])[^<]{%d}" % (MAX_CELL_BYTES + 1))
# CDATA may hold "<" inside a text node; no spreadsheet program writes it.
_CDATA = b"<![CDATA["
# A row of a sheet, with or without a namespace prefix, blank or not.
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s/>]")


def read_workbook(data: bytes) -> Table:
    """The chosen sheet's non-blank rows; `ImportFailure` if it cannot be read.

    Any error of the ZIP or XML readers is XLSX_DAMAGED, a workbook that
    unpacks too large is WORKBOOK_TOO_LARGE, one cell too long FIELD_TOO_LARGE.
    """
    # Imported here: openpyxl takes ~0.14 s to import, too much for start-up.
    import openpyxl

    # A stream, not a path: openpyxl refuses names not ending in .xlsx, and a
    # workbook saved as "odpowiedzi.csv" by a form tool is still a workbook.
    with warnings.catch_warnings(), io.BytesIO(data) as stream:
        # openpyxl warns about styles and extensions (data validation, …) it
        # drops; none of it matters for reading values.
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")
        check_package(stream)
        try:
            book = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        except Exception as exc:  # untrusted file: any parser error means "damaged"
            raise _damaged(exc) from None
        try:
            sheet, records = _chosen_sheet(book)
        except ImportFailure:
            raise
        except Exception as exc:
            raise _damaged(exc) from None
        finally:
            book.close()
    info = SourceInfo(format=SourceFormat.XLSX, sheet=sheet)
    return Table(info=info, records=records, grid=True)


def _damaged(exc: BaseException) -> ImportFailure:
    return ImportFailure(ImportProblem.XLSX_DAMAGED, None, f"{type(exc).__name__}: {exc}")


def check_package(stream: IO[bytes]) -> None:
    """Refuse a ZIP that unpacks too large or holds one enormous cell, before parsing.

    Declared sizes are checked first (cheap); then every part is unpacked,
    because a declared size can lie. Any error of the ZIP reader (a bad
    "version needed", an unknown compression, a wrong checksum) is damage.
    """
    try:
        with zipfile.ZipFile(stream) as archive:
            members = archive.infolist()
            declared = sum(member.file_size for member in members)
            if declared > MAX_UNPACKED_BYTES:
                raise ImportFailure(ImportProblem.WORKBOOK_TOO_LARGE, None,
                                    f"declares {declared} bytes unpacked")
            unpacked = 0
            for member in members:
                with archive.open(member) as part:
                    unpacked = _check_part(part, member.filename, unpacked)
    except ImportFailure:
        raise
    except Exception as exc:  # untrusted file: any reader error means "damaged"
        raise _damaged(exc) from None
    finally:
        stream.seek(0)


def _check_part(part: IO[bytes], name: str, unpacked: int) -> int:
    """Unpack one part in chunks; the running total of bytes unpacked so far.

    Rows are counted here too: openpyxl scans a whole sheet for its size
    when the sheet does not state it, before a single row is read.
    """
    carry = b""  # from the last "<" of the previous chunk: a tag or text cut in two
    rows = 0
    while chunk := part.read(_CHUNK):
        unpacked += len(chunk)
        if unpacked > MAX_UNPACKED_BYTES:
            raise ImportFailure(ImportProblem.WORKBOOK_TOO_LARGE, None,
                                f"over {MAX_UNPACKED_BYTES} bytes unpacked at {name}")
        data = carry + chunk
        if _LONG_RUN.search(data) or _CDATA in data:
            raise ImportFailure(ImportProblem.FIELD_TOO_LARGE, None,
                                f"{name}: a text over {MAX_CELL_BYTES} bytes")
        rows += len(_ROW_TAG.findall(data)) - len(_ROW_TAG.findall(carry))
        if rows > MAX_ROWS + 1:  # blank rows count: scanning them is what takes the time
            raise ImportFailure(ImportProblem.TOO_LARGE, None, f"{name}: over {MAX_ROWS} rows")
        start = data.rfind(b"<")
        carry = data[start:] if start >= 0 else data
    return unpacked


def _chosen_sheet(book: Any) -> tuple[str, tuple[Record, ...]]:
    sheets = list(book.worksheets)
    if not sheets:
        raise ImportFailure(ImportProblem.EMPTY, None, "no worksheets")
    first = _sheet_records(sheets[0])
    if first:
        return sheets[0].title, first
    others = [(sheet.title, _sheet_records(sheet)) for sheet in sheets[1:]]
    # max() keeps the earliest of equally long sheets.
    best = max(others, key=lambda pair: len(pair[1]), default=(sheets[0].title, ()))
    if not best[1]:
        raise ImportFailure(ImportProblem.EMPTY, None, "all sheets empty")
    return best


def _sheet_records(sheet: Any) -> tuple[Record, ...]:
    # Some writers store a wrong size; without it openpyxl reads every row there is.
    sheet.reset_dimensions()
    records: list[Record] = []
    rows: Iterable[tuple[Any, ...]] = sheet.iter_rows(values_only=True)
    # Missing rows come back as empty tuples, so the count is the sheet's row number.
    for number, values in enumerate(rows, start=1):
        if number > MAX_ROWS + 1:  # blank rows count: scanning them is what takes the time
            raise ImportFailure(ImportProblem.TOO_LARGE, number, f"over {MAX_ROWS} rows")
        cells = [cell_text(v) for v in values]
        while cells and not cells[-1].strip():
            cells.pop()
        if not cells:
            continue
        if len(records) > MAX_ROWS:  # room for a header row: lay_out counts the data rows
            raise ImportFailure(ImportProblem.TOO_LARGE, number, f"over {MAX_ROWS} rows")
        records.append(Record(number, tuple(cells)))
    return tuple(records)


def cell_text(value: Any) -> str:
    """A cell's value as the text a person sees; dates in ISO-8601."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)

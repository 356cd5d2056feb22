"""Excel workbooks (.xlsx, as Excel, Google Sheets and Microsoft Forms write them).

Read with openpyxl in read-only mode with cached formula values. The sheet is
the first one, or, when the first one is empty, the one with the most rows.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from workshop_app.imports.errors import MAX_ROWS, ImportFailure, ImportProblem
from workshop_app.imports.table import Record, SourceFormat, SourceInfo, Table


def read_workbook(path: Path) -> Table:
    """The chosen sheet's non-blank rows; `ImportFailure(XLSX_DAMAGED)` if unreadable."""
    # Imported here: openpyxl takes ~0.14 s to import, too much for start-up.
    import openpyxl

    # A stream, not a path: openpyxl refuses names not ending in .xlsx, and a
    # workbook saved as "odpowiedzi.csv" by a form tool is still a workbook.
    with warnings.catch_warnings(), path.open("rb") as stream:
        # openpyxl warns about styles and extensions (data validation, …) it
        # drops; none of it matters for reading values.
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")
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
        cells = [cell_text(v) for v in values]
        while cells and not cells[-1].strip():
            cells.pop()
        if not cells:
            continue
        if len(records) >= MAX_ROWS:
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

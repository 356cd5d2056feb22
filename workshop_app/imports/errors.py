"""Why a file cannot be imported, and the limits that decide it.

The readers return enums and line numbers only; the UI words them for the user
in the user's language. `detail` is for logs and bug reports, never shown as is.
"""

from __future__ import annotations

import enum

# Refused before reading: a form export of a few hundred ideas is kilobytes.
MAX_FILE_BYTES = 20 * 1024 * 1024
# More rows than any workshop could discuss: someone picked the wrong file.
MAX_ROWS = 100_000
# Any single field longer than this is refused, whatever Python's global
# csv.field_size_limit says (131,072 is its default; we never change it).
MAX_FIELD_CHARS = 131_072
# A workbook's parts unpacked, all together: a ZIP of 500 KB can unpack to
# gigabytes. A workbook of 100,000 ideas unpacks to a few tens of megabytes.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
# One cell's text as stored in the workbook's XML; far over any note's length.
MAX_CELL_BYTES = 1024 * 1024


class ImportProblem(enum.Enum):
    """Why a whole file was refused. Nothing from a refused file is imported."""

    UNREADABLE = "unreadable"  # missing, a folder, no permission
    EMPTY = "empty"  # no bytes, only blank lines, or a header and no rows
    TOO_LARGE = "too_large"  # over MAX_FILE_BYTES, or over MAX_ROWS rows
    BINARY = "binary"  # named as text but holds NUL bytes or control codes
    UNSUPPORTED = "unsupported"  # .xls, .ods, an encrypted workbook, a renamed document
    XLSX_DAMAGED = "xlsx_damaged"  # claims to be .xlsx but the ZIP or XML readers fail on it
    MACRO_WORKBOOK = "macro_workbook"  # an .xlsm (holds macros), whatever its name
    WORKBOOK_TOO_LARGE = "workbook_too_large"  # unpacks to over MAX_UNPACKED_BYTES
    ENCODING = "encoding"  # not decodable with the chosen or guessed encoding
    FIELD_TOO_LARGE = "field_too_large"  # one field/line far too long for a note
    BAD_QUOTE = "bad_quote"  # a quote never closed, or closed in mid-field
    RAGGED = "ragged"  # a row with a different number of fields than the header
    MISSING_COLUMN = "missing_column"  # a column the caller named does not exist
    NO_TEXT_COLUMN = "no_text_column"  # ideas: nothing that could be the idea text
    NO_KNOWN_COLUMNS = "no_known_columns"  # roster: no name/organisation/sector column


class ImportFailure(Exception):
    """A file could not be imported; `line` is 1-based in the file when known.

    For CSV files `line` is the physical line where the offending row starts
    (what a text editor shows); for workbooks it is the sheet's row number.
    """

    def __init__(self, reason: ImportProblem, line: int | None = None, detail: str = "") -> None:
        where = f" at line {line}" if line is not None else ""
        super().__init__(f"{reason.value}{where}" + (f": {detail}" if detail else ""))
        self.reason = reason
        self.line = line
        self.detail = detail

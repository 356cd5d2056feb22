"""Delimited text files: encoding, separator, line ends, and the rows themselves.

Encodings: a BOM decides (UTF-8 or UTF-16); otherwise strict UTF-8 is tried
first, then one of the two Polish 8-bit encodings: Windows-1250 (what Polish
Excel writes) or ISO-8859-2 (older Unix and web tools). They share most
letters but not ą ś ź Ą Ś Ź, whose bytes in one are other characters in the
other ("gęślą jaźń" in ISO-8859-2 read as Windows-1250 is "gę¶l± jaĽń"): those
letters decide, and bytes 0x80-0x9F (control codes in ISO-8859-2) say
Windows-1250.

Separators: comma, semicolon or tab, chosen by parsing the first rows with
each one (quotes respected). A separator qualifies when most rows agree on
one width of two or more, or when the first row names two or more columns
and most rows fit under it (exports omit a row's trailing empty fields); of
those, the most consistent wins. Excel's `sep=;` first line decides outright.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Sequence

from workshop_app.imports.errors import MAX_FIELD_CHARS, MAX_ROWS, ImportFailure, ImportProblem
from workshop_app.imports.table import LineEnding, Record, SourceFormat, SourceInfo, Table

DELIMITERS = (",", ";", "\t")
# Ties between equally consistent separators go to the rarer one in prose.
_PREFERENCE = {"\t": 2, ";": 1, ",": 0}
_SNIFF_RECORDS = 50
# Share of rows that must agree on a width of two or more. Commas are common in
# prose, so a one-column list of sentences must not pass for comma-separated;
# semicolons and tabs are not, so a file with a few broken rows still counts.
_ENOUGH = {",": 0.8, ";": 0.5, "\t": 0.5}
_SEP_LINE = re.compile(r"^sep=(.)\r?\n?$", re.IGNORECASE)
# C0 control codes that never occur in a text file (tab, line ends and form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_text_table(data: bytes, *, encoding: str | None = None,
                    delimiter: str | None = None, suffix: str = "") -> Table:
    """Decode `data` and split it into records; raise `ImportFailure` if it is not CSV."""
    text, used = decode(data, encoding)
    lines = io.StringIO(text, newline="").readlines()
    first_line, declared = _sep_line(lines)
    chosen = _checked_delimiter(delimiter) or declared or sniff_delimiter(
        lines[first_line - 1:], suffix=suffix)
    records = parse_records(lines, chosen, first_line=first_line)
    info = SourceInfo(format=SourceFormat.CSV, encoding=used, delimiter=chosen,
                      line_ending=line_ending(text))
    return Table(info=info, records=records)


# -- encoding ------------------------------------------------------------------------


def decode(data: bytes, encoding: str | None) -> tuple[str, str]:
    """The text of `data` and the codec that decoded it, strictly (no replacement)."""
    codec = _codec(encoding) if encoding else _codec_from_bom(data)
    if not (codec or "").startswith("utf-16") and b"\0" in data:
        raise ImportFailure(ImportProblem.BINARY, None, "NUL bytes")
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"  # never glue the BOM to the first header name
    if codec:
        text = _strict(data, codec)
    else:
        try:
            text, codec = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as utf8_error:
            codec = polish_codec(data)
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise _encoding_failure(data, "utf-8", utf8_error) from None
    text = text.removeprefix("\ufeff")
    _refuse_control_codes(text)
    return text, codec


# ą ś ź Ą Ś Ź in ISO-8859-2; ± ¶ Ľ ˇ ¦ ¬ in Windows-1250.
_LATIN2_LETTERS = tuple(bytes([b]) for b in (0xB1, 0xB6, 0xBC, 0xA1, 0xA6, 0xAC))
# ą ś ź Ą Ś Ź in Windows-1250; š, control codes, Ľ in ISO-8859-2.
_CP1250_LETTERS = tuple(bytes([b]) for b in (0xB9, 0x9C, 0x9F, 0xA5, 0x8C, 0x8F))
_C1 = re.compile(rb"[\x80-\x9f]")


def polish_codec(data: bytes) -> str:
    """The codec for 8-bit Polish text, "cp1250" or "iso8859-2": whichever
    reads more of the bytes where the two differ as Polish letters."""
    if _C1.search(data):
        return "cp1250"
    latin2 = sum(data.count(b) for b in _LATIN2_LETTERS)
    cp1250 = sum(data.count(b) for b in _CP1250_LETTERS)
    return "iso8859-2" if latin2 > cp1250 else "cp1250"


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None


def _codec_from_bom(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise _encoding_failure(data, codec, exc) from None


def _encoding_failure(data: bytes, codec: str, exc: UnicodeDecodeError) -> ImportFailure:
    before = data[:exc.start].decode(codec, errors="replace")
    line = before.count("\n") + 1 if "\n" in before else before.count("\r") + 1
    return ImportFailure(ImportProblem.ENCODING, line,
                         f"{codec}: byte 0x{data[exc.start]:02x} at offset {exc.start}")


def _refuse_control_codes(text: str) -> None:
    """Binary data that happened to decode (no NUL bytes) is full of control codes."""
    head = text[:65536]
    if len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        raise ImportFailure(ImportProblem.BINARY, None, "control codes")


def line_ending(text: str) -> LineEnding:
    """The most common line ending; newlines inside quoted fields count too."""
    crlf = text.count("\r\n")
    counts = {LineEnding.CRLF: crlf, LineEnding.LF: text.count("\n") - crlf,
              LineEnding.CR: text.count("\r") - crlf}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else LineEnding.NONE


# -- separator -----------------------------------------------------------------------


def _checked_delimiter(delimiter: str | None) -> str | None:
    if delimiter is not None and (len(delimiter) != 1 or delimiter in "\"\r\n"):
        raise ValueError(f"a delimiter is one character other than a quote: {delimiter!r}")
    return delimiter


def _sep_line(lines: Sequence[str]) -> tuple[int, str | None]:
    """(line where the data starts, declared separator) for Excel's `sep=;` first line."""
    match = _SEP_LINE.match(lines[0]) if lines else None
    return (2, match[1]) if match else (1, None)


def sniff_delimiter(lines: Sequence[str], *, suffix: str = "") -> str:
    """The separator that splits the first rows into the most consistent field count.

    A file where no separator gives two or more columns consistently is one
    column; it gets the separator that occurs least, so no text is split.
    """
    sample = lines[:1000]
    truncated = len(lines) > len(sample)
    scores = {d: _consistency(sample, d, truncated) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (scores[d], _PREFERENCE[d]))
    if scores[best][0]:
        return best
    if suffix == ".tsv":
        return "\t"
    joined = "".join(sample)
    return min(DELIMITERS, key=lambda d: (joined.count(d), -_PREFERENCE[d]))


def _consistency(lines: Sequence[str], delimiter: str,
                 truncated: bool) -> tuple[bool, float, int]:
    """(the rows are split in columns, share of rows with the usual width, width).

    They are when enough rows agree on a width of two or more, or when the
    first row names two or more columns and most rows below fit under it.
    """
    rows: list[list[str]] = []
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append(cells)
            if len(rows) > _SNIFF_RECORDS:
                break
    except csv.Error:
        pass  # an oversized field: judge on the rows before it
    if truncated and len(rows) > 1:
        rows.pop()  # the sample may end inside a quoted field
    if not rows:
        return False, 0.0, 0
    width, count = Counter(map(len, rows)).most_common(1)[0]
    share = count / len(rows)
    uniform = width > 1 and share >= _ENOUGH[delimiter]
    return uniform or _fit_under_header(rows, delimiter), share, width


def _fit_under_header(rows: Sequence[Sequence[str]], delimiter: str) -> bool:
    """The first row names two or more columns and most rows have two or more
    values, none beyond the header: rows that omit trailing empty fields.

    A sentence split at its commas is no header: prose puts a space after a comma.
    """
    header = _without_trailing_blanks(rows[0])
    if len(header) < 2 or not all(c.strip() for c in header):
        return False
    if delimiter == "," and any(c[:1].isspace() for c in header[1:]):
        return False
    fitting = sum(2 <= len(_without_trailing_blanks(r)) <= len(rows[0]) for r in rows[1:])
    return fitting * 2 > len(rows) - 1 > 0


def _without_trailing_blanks(cells: Sequence[str]) -> Sequence[str]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


# -- rows --------------------------------------------------------------------------


def parse_records(lines: Sequence[str], delimiter: str, *,
                  first_line: int = 1) -> tuple[Record, ...]:
    """Non-blank records with the physical line each starts on (1-based).

    Quotes are read strictly: a quote never closed (which would swallow the
    rows below into one note) or closed in mid-field (`"Zielony" Kraków`,
    whose quotes a lenient reader drops) refuses the file at that row.
    """
    reader = csv.reader(lines[first_line - 1:], delimiter=delimiter, strict=True)
    records: list[Record] = []
    start = 1  # line (counted from `first_line`) where the next record starts
    try:
        for cells in reader:
            line, start = start + first_line - 1, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            _check_sizes(cells, line, len(records))
            records.append(Record(line, tuple(cells)))
    except csv.Error as exc:
        raise _csv_failure(exc, start + first_line - 1) from None
    return tuple(records)


def _check_sizes(cells: Sequence[str], line: int, count: int) -> None:
    if count > MAX_ROWS:  # room for a header row: lay_out counts the data rows
        raise ImportFailure(ImportProblem.TOO_LARGE, line, f"over {MAX_ROWS} rows")
    if sum(map(len, cells)) > MAX_FIELD_CHARS:
        longest = max(range(len(cells)), key=lambda i: len(cells[i]))
        if len(cells[longest]) > MAX_FIELD_CHARS:
            raise ImportFailure(ImportProblem.FIELD_TOO_LARGE, line,
                                f"column {longest + 1}: {len(cells[longest])} characters")


def _csv_failure(exc: csv.Error, line: int) -> ImportFailure:
    if "field larger than field limit" in str(exc):
        return ImportFailure(ImportProblem.FIELD_TOO_LARGE, line, str(exc))
    return ImportFailure(ImportProblem.BAD_QUOTE, line, str(exc))

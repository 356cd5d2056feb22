"""Which column holds what: header names in Polish or English, then the values.

Header names are matched on folded words (see `values.fold_words`), so case,
diacritics, punctuation and extra words do not matter: "Twój pomysł na rozwój
gospodarczy…" is a text column, "Reprezentowany sektor" a sector column. When
no header names the idea text, the longest free-text column is taken.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from statistics import fmean

from workshop_app.imports.errors import ImportFailure, ImportProblem
from workshop_app.imports.values import (
    Phrase,
    find_phrase,
    fold_words,
    looks_like_sector,
    looks_like_timestamp,
    phrases,
    share_matching,
)

ColumnRef = int | str | None
"""A column by 0-based index or by header name; None: not in the file / not imported."""


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Columns of an ideas file. Guessed mappings always hold indexes.

    `table` (the table or group the note came from, Idea.table_label) goes
    beyond the five columns of the brief; None when absent.
    """

    text: ColumnRef = None
    sector: ColumnRef = None
    author: ColumnRef = None
    cluster: ColumnRef = None
    timestamp: ColumnRef = None
    table: ColumnRef = None


@dataclass(frozen=True, slots=True)
class RosterMapping:
    """Columns of a participant roster. Guessed mappings always hold indexes."""

    name: ColumnRef = None
    organisation: ColumnRef = None
    municipality: ColumnRef = None
    sector: ColumnRef = None


_SECTOR_HEADERS = phrases(
    "reprezentowany sektor", "sektor", "sector", "typ organizacji", "rodzaj organizacji",
    "rodzaj podmiotu", "typ podmiotu", "type of organisation", "type of organization",
    "kogo reprezentuj", "reprezentuj", "stakeholder")

# Field → header phrases, best first. Stems ("nazwisk", "grup") cover inflection.
IDEA_HEADERS: Mapping[str, tuple[Phrase, ...]] = {
    "text": phrases("twoj pomysl", "pomysl", "tresc", "propozycj", "propon", "notatk",
                    "your idea", "idea", "idee", "text", "note", "proposal", "suggestion"),
    "sector": _SECTOR_HEADERS,
    "author": phrases("imie i nazwisko", "autor", "author", "imie", "nazwisk", "full name",
                      "your name", "uczestnik", "participant", "respondent", "name", "nazwa"),
    "cluster": phrases("klaster", "cluster", "grup", "group", "temat", "topic", "kategori",
                       "category", "obszar"),
    "timestamp": phrases("sygnatura czasowa", "godzina ukonczenia", "completion time",
                         "timestamp", "data i godzina", "data", "date", "czas", "time",
                         "godzina rozpoczecia", "start time", "submitted", "przeslan"),
    "table": phrases("stolik", "stol", "table"),
}
ROSTER_HEADERS: Mapping[str, tuple[Phrase, ...]] = {
    "name": phrases("imie i nazwisko", "imie", "nazwisk", "uczestnik", "osoba", "full name",
                    "participant", "name", "nazwa"),
    "organisation": phrases(
        "nazwa organizacji", "nazwa instytucji", "nazwa firmy", "nazwa podmiotu", "organizacj",
        "instytucj", "firma", "podmiot", "pracodawc", "afiliacj", "jednostk", "organisation",
        "organization", "institution", "company", "employer", "affiliation"),
    "municipality": phrases("gmin", "miejscowosc", "miasto", "powiat", "lokalizacj",
                            "municipality", "commune", "town", "city", "location"),
    "sector": _SECTOR_HEADERS,
}

Score = tuple[bool, int, bool, int]
_SAMPLE_ROWS = 200
_VALUE_SHARE = 0.8


def header_score(name: str, options: Sequence[Phrase]) -> Score | None:
    """How well a header names a field: whole match, phrase length, at the start, rank."""
    words = fold_words(name)
    best: Score | None = None
    for rank, phrase in enumerate(options):
        at = find_phrase(words, phrase)
        if at is not None:
            score = (len(words) == len(phrase), len(phrase), at == 0, -rank)
            best = score if best is None or score > best else best
    return best


def match_headers(header: Sequence[str],
                  table: Mapping[str, Sequence[Phrase]]) -> dict[str, int]:
    """Field → column index, best-scoring pairs first, each column used once."""
    order = list(table)
    candidates = []
    for column, name in enumerate(header):
        for field_name, options in table.items():
            score = header_score(name, options)
            if score is not None:
                candidates.append((score, -order.index(field_name), -column, field_name, column))
    chosen: dict[str, int] = {}
    for *_, field_name, column in sorted(candidates, reverse=True):
        if field_name not in chosen and column not in chosen.values():
            chosen[field_name] = column
    return chosen


def names_idea_columns(cells: Sequence[str]) -> bool:
    """Whether any of `cells` is a column name of an ideas file that Razem knows."""
    return bool(match_headers(cells, IDEA_HEADERS))


def guess_idea_mapping(header: Sequence[str], rows: Sequence[Sequence[str]]) -> ColumnMapping:
    """Header names first; then sector and time columns by their values; then the text."""
    chosen = match_headers(header, IDEA_HEADERS)
    columns = _columns(rows[:_SAMPLE_ROWS], len(header))
    _by_values(chosen, columns, "sector", looks_like_sector)
    _by_values(chosen, columns, "timestamp", looks_like_timestamp)
    if "text" not in chosen:
        free = [c for c in range(len(columns)) if c not in chosen.values()]
        text = _longest_free_text(columns, free)
        if text is not None:
            chosen["text"] = text
    return ColumnMapping(**chosen)


def guess_roster_mapping(header: Sequence[str], rows: Sequence[Sequence[str]]) -> RosterMapping:
    chosen = match_headers(header, ROSTER_HEADERS)
    _by_values(chosen, _columns(rows[:_SAMPLE_ROWS], len(header)), "sector", looks_like_sector)
    return RosterMapping(**chosen)


def _columns(rows: Sequence[Sequence[str]], width: int) -> list[list[str]]:
    width = max([width, *map(len, rows)])
    return [[row[c] if c < len(row) else "" for row in rows] for c in range(width)]


def _by_values(chosen: dict[str, int], columns: Sequence[Sequence[str]], field_name: str,
               test: Callable[[str], bool]) -> None:
    """Take the free column whose values mostly pass `test` (e.g. all are sectors)."""
    if field_name in chosen:
        return
    free = [c for c in range(len(columns)) if c not in chosen.values()]
    shares = {c: share_matching(columns[c], test) for c in free}
    best = max(free, key=lambda c: shares[c], default=None)
    if best is not None and shares[best] >= _VALUE_SHARE:
        chosen[field_name] = best


def _longest_free_text(columns: Sequence[Sequence[str]], free: Sequence[int]) -> int | None:
    """The column with the longest values that are not dates, numbers or e-mails."""
    def mean_length(c: int) -> float:
        present = [v.strip() for v in columns[c] if v.strip()]
        if not present or share_matching(present, _not_prose) >= _VALUE_SHARE:
            return 0.0
        return fmean(map(len, present))

    best = max(free, key=mean_length, default=None)
    return best if best is not None and mean_length(best) > 0 else None


def _not_prose(value: str) -> bool:
    plain = value.replace(",", "").replace(".", "").replace(" ", "").lstrip("+-")
    return plain.isdigit() or ("@" in value and " " not in value) or looks_like_timestamp(value)


def looks_like_header(first: Sequence[str], rows: Sequence[Sequence[str]],
                      tables: Sequence[Mapping[str, Sequence[Phrase]]]) -> bool:
    """Whether the first row names columns rather than holding the first idea.

    A date or number in the row, or a sector value that is not also a column
    name ("Nauka" is a value, "Gmina" is both), says no. A known column name
    says yes, unless it is a lone cell long enough to be an idea ("Mój pomysł
    to…"). Without either, a row much shorter than the data below is a header.
    """
    cells = [c for c in first if c.strip()]
    if not cells or any(_not_prose(c) for c in cells):
        return False
    known = {c for c in cells
             if any(header_score(c, options) for t in tables for options in t.values())}
    if any(looks_like_sector(c) for c in cells if c not in known):
        return False
    if len(cells) == 1:
        return bool(known) and len(fold_words(cells[0])) <= 4
    if known:
        return True
    columns = _columns(rows[:_SAMPLE_ROWS], len(first))
    lengths = [fmean([len(v) for v in col if v.strip()] or [0]) for col in columns]
    widest = max(range(len(first)), key=lambda c: lengths[c])
    return len(set(cells)) == len(cells) and len(first[widest]) * 2 < lengths[widest]


def resolve(mapping: ColumnMapping | RosterMapping, header: Sequence[str],
            width: int) -> dict[str, int | None]:
    """Field → column index for a caller's mapping; names looked up in `header`."""
    folded = [fold_words(h) for h in header]
    resolved: dict[str, int | None] = {}
    for f in fields(mapping):
        ref = getattr(mapping, f.name)
        resolved[f.name] = None if ref is None else _index(ref, header, folded, width)
    return resolved


def _index(ref: int | str, header: Sequence[str], folded: Sequence[Phrase], width: int) -> int:
    if isinstance(ref, int):
        if 0 <= ref < width:
            return ref
    elif ref in header:
        return list(header).index(ref)
    elif fold_words(ref) in folded:
        return folded.index(fold_words(ref))
    raise ImportFailure(ImportProblem.MISSING_COLUMN, None, repr(ref))

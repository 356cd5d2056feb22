"""Ideas and round results as CSV for spreadsheets.

Two encodings:

- UTF-8 with a byte-order mark, commas between cells (`--csv`,
  `--results-csv`): Excel recognises the encoding by the mark, every
  character is kept;
- "Excel (polski)" (`--csv-excel`): Windows-1250 with semicolons, what a
  Polish Excel opens with a double click. A character Windows-1250 cannot
  hold (an emoji, a Cyrillic or Chinese letter, a "smart" symbol) is never
  replaced silently: the export is refused with `Unencodable`, which names
  each such character and the numbers of the ideas that hold it, and nothing
  is written. The UTF-8 file keeps everything.

A cell that a spreadsheet would run as a formula (starting with `=`, `+`,
`-`, `@`, a tab or a carriage return) gets an apostrophe in front, so it is
shown as text: the OWASP advice against CSV injection.

Column headings and sector names are in the user's language.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from workshop_app.exports.json_export import option_title
from workshop_app.exports.output import Unencodable
from workshop_app.models import SECTOR_ORDER, RoundStatus, Sector
from workshop_app.models.groups import shown_cluster
from workshop_app.services import WorkshopService
from workshop_app.ui.labels import sector_label

translate = QCoreApplication.translate

BOM = "\ufeff"
EXCEL_PL_ENCODING = "cp1250"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    """`cell` as a spreadsheet shows it, never runs it (see the module)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _table(rows: Iterable[Sequence[object]], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralised(str(cell)) for cell in row])
    return out.getvalue()


def utf8_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    """Rows as UTF-8 CSV with a byte-order mark, cells separated by commas."""
    return (BOM + _table(rows, ",")).encode("utf-8")


def idea_rows(service: WorkshopService, *, include_names: bool = False) -> list[list[object]]:
    """The live ideas in their order, a heading row first: number, text,
    sector, author (empty in an anonymous workshop unless `include_names`),
    table, group, the number of the note it duplicates, when written."""
    workshop = service.workshop()
    clusters = {c.id: c.name for c in service.clusters()}
    names = {p.id: p.name for p in service.participants(include_deleted=True)}
    ideas = service.ideas()
    numbers = {i.id: i.seq for i in service.ideas(include_deleted=True)}
    heading: list[object] = [translate("Exports", "No."), translate("Exports", "Idea"),
               translate("Exports", "Sector"), translate("Exports", "Author"),
               translate("Exports", "Table"), translate("Exports", "Group"),
               translate("Exports", "Duplicate of No."), translate("Exports", "Written at")]
    rows: list[list[object]] = [heading]
    for idea in ideas:
        cluster = shown_cluster(idea, clusters)
        hidden = workshop.anonymous and not include_names
        author = "" if hidden or idea.participant_id is None else names.get(
            idea.participant_id, "")
        rows.append([idea.seq, idea.text, sector_label(idea.sector) if idea.sector else "",
                     author, idea.table_label, clusters[cluster] if cluster else "",
                     numbers.get(idea.duplicate_of, "") if idea.duplicate_of else "",
                     idea.created_at])
    return rows


def ideas_csv(service: WorkshopService, *, include_names: bool = False) -> bytes:
    """The ideas as UTF-8 CSV with a byte-order mark (see `idea_rows`)."""
    return utf8_bytes(idea_rows(service, include_names=include_names))


def ideas_csv_excel_pl(service: WorkshopService, *, include_names: bool = False) -> bytes:
    """The ideas as Windows-1250 CSV with semicolons; `Unencodable` (nothing
    written) when a character does not fit Windows-1250."""
    rows = idea_rows(service, include_names=include_names)
    text = _table(rows, ";")
    try:
        return text.encode(EXCEL_PL_ENCODING)
    except UnicodeEncodeError:
        pass
    characters: dict[str, None] = {}
    ideas: dict[int, None] = {}
    for row in rows[1:]:
        for cell in row:
            for char in str(cell):
                if not _fits(char):
                    characters.setdefault(char)
                    ideas.setdefault(int(str(row[0])))
    raise Unencodable(list(characters), list(ideas))


def _fits(char: str) -> bool:
    try:
        char.encode(EXCEL_PL_ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def results_rows(service: WorkshopService) -> list[list[object]]:
    """Every opened round's results, best first: round, place, option, score,
    balanced score, tie (ex aequo) or near tie, and the points (or mean marks)
    of each sector that voted."""
    rounds = [r for r in service.rounds() if r.status is not RoundStatus.DRAFT]
    results = {r.id: service.results(r.id) for r in rounds}
    voted = {s for found in results.values() for result in found for s in result.by_sector}
    sectors: list[Sector | None] = [s for s in SECTOR_ORDER if s in voted]
    if None in voted:
        sectors.append(None)
    heading: list[object] = [
        translate("Exports", "Round"), translate("Exports", "Place"),
        translate("Exports", "Option"), translate("Exports", "Score"),
        translate("Exports", "Balanced score"), translate("Exports", "Tie")]
    heading += [sector_label(s) for s in sectors]
    rows: list[list[object]] = [heading]
    for voting_round in rounds:
        for result in results[voting_round.id]:
            tie = (translate("Exports", "ex aequo") if result.tie
                   else translate("Exports", "near tie") if result.near_tie else "")
            rows.append([voting_round.title, result.place,
                         option_title(service, voting_round, result.option_id),
                         _number(result.score), _number(result.balanced_score), tie,
                         *(_number(result.by_sector.get(s, 0.0)) for s in sectors)])
    return rows


def results_csv(service: WorkshopService) -> bytes:
    """The results of every opened round as UTF-8 CSV with a byte-order mark."""
    return utf8_bytes(results_rows(service))


def _number(value: float) -> str:
    """A whole number as it is, else two decimals ("." as the decimal point)."""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


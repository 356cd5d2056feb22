"""The voting part of the PDF summary: each closed round's results (table
with ties marked, points by sector, a bar chart or the 2×2 matrix) and the
top priorities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from workshop_app.exports.json_export import option_title
from workshop_app.exports.pdf_charts import MatrixPoint, matrix, score_bars
from workshop_app.exports.pdf_layout import BOLD, FONT, RULE, Heading, Styles, para_text
from workshop_app.exports.pdf_words import SummaryWords, decimal, score_text
from workshop_app.models import RoundStatus, Sector, VoteMethod, VotingRound, in_sector_order
from workshop_app.models.results import OptionResult, Quadrant
from workshop_app.models.text import brief_words
from workshop_app.services import WorkshopService

translate = QCoreApplication.translate

TIE_MARK, NEAR_TIE_MARK = "=", "≈"
CHART_ROWS = 15
"""The bar chart shows the best options; the table below it lists them all."""
TOP_PLACES = 3
"""The top priorities are the options placed this high in the latest closed round."""


@dataclass(frozen=True)
class RoundResults:
    """A closed round with its results and its options' titles."""

    round: VotingRound
    results: list[OptionResult]
    titles: dict[str, str]
    voters: int


def closed_rounds(service: WorkshopService) -> list[RoundResults]:
    """The closed rounds, in the order they were closed."""
    rounds = sorted((r for r in service.rounds() if r.status is RoundStatus.CLOSED),
                    key=lambda r: (r.closed_at or "", r.created_at))
    return [RoundResults(r, service.results(r.id),
                         {o: option_title(service, r, o) for o in r.options},
                         sum(b.voters for b in service.ballots(r.id))) for r in rounds]


def table_style(*extra: tuple[object, ...]) -> TableStyle:
    """The summary's tables: shipped font, a bold header row repeated on
    every page, thin rules."""
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ])


def round_section(entry: RoundResults, styles: Styles, words: SummaryWords, width: float) -> list[Flowable]:
    voting_round, method = entry.round, entry.round.method
    top: list[Flowable] = [
        Heading(voting_round.title, styles.h2, level=1),
        Paragraph(para_text(f"{words.method(method)} · {words.voters(entry.voters)}"), styles.small),
    ]
    if not entry.results:
        return [*top, Paragraph(para_text(translate("PdfSummary", "No options.")), styles.body)]
    if method is VoteMethod.SCORE:
        top.append(_matrix(entry, words, width))
    else:
        rows = [(brief_words(entry.titles.get(r.option_id, ""), 60), r.score)
                for r in entry.results[:CHART_ROWS]]
        top.append(score_bars(rows, width, "%.0f"))
    # A round's title never stays at the bottom of a page without its chart.
    story: list[Flowable] = [KeepTogether(top), Spacer(1, 3 * mm), _results_table(entry, styles, words, width),
              Paragraph(para_text(_legend(entry.results)), styles.small)]
    sectors = [s for s, _ in in_sector_order(dict.fromkeys({s for r in entry.results for s in r.by_sector}, 1))]
    if sectors:
        story += [Paragraph(para_text(translate("PdfSummary", "By sector")), styles.h2),
                  _sector_table(entry, sectors, styles, words, width)]
    return story


def _matrix(entry: RoundResults, words: SummaryWords, width: float) -> Flowable:
    axes = tuple(entry.round.axes) + (translate("PdfSummary", "Impact"),
                                      translate("PdfSummary", "Feasibility"))[len(entry.round.axes):]
    points = [MatrixPoint(str(r.place), r.axis_means[0], r.axis_means[1]) for r in entry.results
              if r.axis_means is not None and r.quadrant is not None]
    names = {q: words.quadrant(q) for q in Quadrant}
    return matrix(points, names, (axes[0], axes[1]), min(width, 120 * mm))


def _cell(text: str, styles: Styles) -> Paragraph:
    return Paragraph(para_text(text), styles.cell)


def _headers(texts: Sequence[str], styles: Styles, numbers: range) -> list[Flowable | str]:
    """A table's header row; the headers of number columns right-aligned like their numbers."""
    return [Paragraph(para_text(t), styles.header_number if i in numbers else styles.header)
            for i, t in enumerate(texts)]


def _mark(result: OptionResult) -> str:
    return TIE_MARK if result.tie else NEAR_TIE_MARK if result.near_tie else ""


def _results_table(entry: RoundResults, styles: Styles, words: SummaryWords, width: float) -> Table:
    method = entry.round.method
    score = method is VoteMethod.SCORE
    headers = [translate("PdfSummary", "Place"), "", translate("PdfSummary", "Option"),
               words.score_heading(method), translate("PdfSummary", "Balanced")]
    if score:
        headers += [*entry.round.axes[:2], translate("PdfSummary", "Quadrant")]
    headers.append(translate("PdfSummary", "Agreement"))
    rows: list[list[Flowable | str]] = [_headers(headers, styles, range(3, 7 if score else 5))]
    for r in entry.results:
        row: list[Flowable | str] = [
            str(r.place), _mark(r), _cell(entry.titles.get(r.option_id, ""), styles),
            score_text(method, r.score), decimal(r.balanced_score, 2 if score else 1)]
        if score:
            means = r.axis_means or (0.0, 0.0)
            row += [decimal(means[0], 2), decimal(means[1], 2), _cell(words.quadrant(r.quadrant), styles)]
        row.append(_cell(words.agreement(r.agreement), styles))
        rows.append(row)
    fixed = [14 * mm, 6 * mm, 17 * mm, 17 * mm] + ([21 * mm, 21 * mm, 24 * mm] if score else []) + [19 * mm]
    widths = [*fixed[:2], width - sum(fixed), *fixed[2:]]
    numbers = ("ALIGN", (3, 1), (-2 if not score else -3, -1), "RIGHT")
    return Table(rows, colWidths=widths, repeatRows=1,
                 style=table_style(numbers, ("FONT", (1, 1), (1, -1), BOLD, 10)))


def _sector_table(entry: RoundResults, sectors: Sequence[Sector | None], styles: Styles,
                  words: SummaryWords, width: float) -> Table:
    method = entry.round.method
    headers = [translate("PdfSummary", "Place"), translate("PdfSummary", "Option"),
               *(words.sector_short(s) for s in sectors)]
    rows: list[list[Flowable | str]] = [_headers(headers, styles, range(2, len(headers)))]
    for r in entry.results:
        rows.append([str(r.place), _cell(entry.titles.get(r.option_id, ""), styles),
                     *(score_text(method, r.by_sector.get(s, 0.0)) for s in sectors)])
    column = min(21 * mm, (width - 14 * mm - 40 * mm) / len(sectors))
    widths = [14 * mm, width - 14 * mm - column * len(sectors), *[column] * len(sectors)]
    return Table(rows, colWidths=widths, repeatRows=1,
                 style=table_style(("ALIGN", (2, 1), (-1, -1), "RIGHT")))


def _legend(results: Sequence[OptionResult]) -> str:
    text = translate("PdfSummary", "{tie} exact tie (a shared place), {near} near tie. Balanced: every "
                     "sector weighs the same, however many of its people voted.").format(
        tie=TIE_MARK, near=NEAR_TIE_MARK)
    if any(r.agreement for r in results):
        text += " " + translate("PdfSummary", "Agreed: in the top third of every sector with at least "
                                "3 voters; divisive: those sectors place it far apart.")
    return text


def priorities_section(rounds: Sequence[RoundResults], styles: Styles, words: SummaryWords,
                       width: float) -> list[Flowable]:
    """The first places of the latest closed round, or a sentence saying there is none."""
    story: list[Flowable] = [Heading(translate("PdfSummary", "Top priorities"), styles.h1, level=0)]
    if not rounds:
        return [*story, Paragraph(para_text(translate("PdfSummary", "No voting round has been closed yet.")),
                                  styles.body)]
    latest = rounds[-1]
    story.append(Paragraph(para_text(translate("PdfSummary", "The first places of the latest closed round, "
                                               "„{title}”:").format(title=latest.round.title)), styles.body))
    method = latest.round.method
    rows: list[list[Flowable | str]] = [_headers((translate("PdfSummary", "Place"), translate("PdfSummary", "Option"),
                                                  words.score_heading(method)), styles, range(2, 3))]
    for r in latest.results:
        if r.place > TOP_PLACES:
            break
        rows.append([f"{r.place} {_mark(r)}".strip(), Paragraph(para_text(latest.titles.get(r.option_id, "")),
                                                                styles.body), score_text(method, r.score)])
    return [*story, Table(rows, colWidths=[18 * mm, width - 38 * mm, 20 * mm], repeatRows=1,
                          style=table_style(("FONT", (0, 1), (-1, -1), BOLD, 10),
                                            ("ALIGN", (2, 1), (2, -1), "RIGHT")))]

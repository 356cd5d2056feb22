"""The PDF summary the organisers publish, built with reportlab Platypus.

Cover (title, date, place, theme, moderators), the method in two sentences,
participation by sector (numbers and a chart), every idea grouped by cluster
(authors only when the workshop is not anonymous, ungrouped ideas last),
each closed round's results, the top priorities, the proposed agenda and an
appendix with every idea and its number. Pages are numbered "Strona X z Y",
sections are bookmarks, and the metadata carry the title, the moderators as
author and the language. Fonts, escaping and the whole-or-nothing write:
`pdf_layout`. It reads through `WorkshopService` only, and uses Qt only for
translation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from workshop_app.exports.pdf_charts import sector_bars
from workshop_app.exports.pdf_layout import (
    BOLD,
    FONT,
    FOOTER_CHARS,
    TEXT_WIDTH,
    Heading,
    Metadata,
    Note,
    Progress,
    Styles,
    build_pdf,
    make_styles,
    para_text,
    write_pdf,
)
from workshop_app.exports.pdf_rounds import RoundResults, closed_rounds, priorities_section, round_section, table_style
from workshop_app.exports.pdf_words import SummaryWords, language
from workshop_app.models import AgendaItem, Cluster, Idea, Participant, Sector, Workshop, in_sector_order
from workshop_app.models.captions import author_names, note_caption
from workshop_app.models.groups import group_members
from workshop_app.models.text import shorten
from workshop_app.services import WorkshopService

translate = QCoreApplication.translate



@dataclass(frozen=True)
class _Content:
    """What the summary shows, read once."""

    workshop: Workshop
    participants: list[Participant]
    ideas: list[Idea]
    clusters: list[Cluster]
    authors: dict[str, str]
    rounds: list[RoundResults]
    agenda: list[AgendaItem]


def _read(service: WorkshopService) -> _Content:
    everyone = service.participants(include_deleted=True)
    return _Content(
        workshop=service.workshop(),
        participants=[p for p in everyone if p.deleted_at is None],
        ideas=sorted(service.ideas(), key=lambda i: i.seq),
        clusters=service.clusters(),
        authors=author_names(everyone),
        rounds=closed_rounds(service),
        agenda=service.agenda(),
    )


def export_summary(service: WorkshopService, target: Path) -> None:
    """Write the PDF summary to `target` whole or not at all (temporary file
    beside it, then moved into place); `OutputRefused` for a target that is,
    or belongs to, a workshop."""
    write_pdf(target, lambda: summary_pdf(service), inputs=[service.store.path])


def summary_pdf(service: WorkshopService, *, progress: Progress | None = None) -> bytes:
    """The PDF summary of the workshop as bytes, in the installed language;
    `progress` as in `pdf_layout.build_pdf`."""
    content = _read(service)
    words = SummaryWords()
    styles = make_styles()
    width = TEXT_WIDTH
    story: list[Flowable] = [
        *_cover(content, styles),
        *_method(styles),
        *_participation(content, styles, words, width),
        PageBreak(),
        *_ideas(content, styles, words),
        *_results(content, styles, words, width),
        *priorities_section(content.rounds, styles, words, width),
        *_agenda(content, styles, words, width),
        PageBreak(),
        *_appendix(content, styles),
    ]
    workshop = content.workshop
    meta = Metadata(title=workshop.title, author=", ".join(workshop.moderators) or "Razem",
                    subject=translate("PdfSummary", "Summary of the workshop"), language=language())
    footer = shorten(workshop.title, FOOTER_CHARS)
    return build_pdf(story, meta, footer=footer, page_label=words.page, progress=progress)


def _cover(content: _Content, styles: Styles) -> list[Flowable]:
    workshop = content.workshop
    facts = [(translate("PdfSummary", "Date"), workshop.date),
             (translate("PdfSummary", "Place"), workshop.place),
             (translate("PdfSummary", "Theme"), workshop.theme),
             (translate("PdfSummary", "Moderators"), ", ".join(workshop.moderators))]
    rows = [[Paragraph(para_text(label), styles.cell_bold), Paragraph(para_text(value), styles.body)]
            for label, value in facts if value]
    story: list[Flowable] = [
        Spacer(1, 8 * mm),
        Paragraph(para_text(translate("PdfSummary", "Workshop summary")), styles.small),
        Heading(workshop.title, styles.title, level=0),
        Spacer(1, 6 * mm),
    ]
    if rows:
        story.append(Table(rows, colWidths=[35 * mm, None], hAlign="LEFT",
                           style=table_style(("LINEBELOW", (0, 0), (-1, -1), 0.25, "#999999"),
                                             ("FONT", (0, 0), (-1, -1), FONT, 10))))
    return [*story, Spacer(1, 4 * mm)]


def _method(styles: Styles) -> list[Flowable]:
    return [
        Heading(translate("PdfSummary", "The method"), styles.h1, level=0),
        Paragraph(para_text(translate(
            "PdfSummary", "Participants from local government, academia, business and other sectors wrote "
            "their ideas on sticky notes, and the moderators grouped them into themes together with the "
            "room. The participants then voted on the themes; the results below show the points by sector "
            "and the topics proposed for the agenda of the next forum.")), styles.body),
    ]


def _participation(content: _Content, styles: Styles, words: SummaryWords, width: float) -> list[Flowable]:
    people: dict[Sector | None, int] = Counter(p.sector for p in content.participants)
    ideas: dict[Sector | None, int] = Counter(idea.sector for idea in content.ideas)
    sectors = [s for s, _ in in_sector_order(dict.fromkeys([*people, *ideas], 1))]
    story: list[Flowable] = [Heading(translate("PdfSummary", "Participation by sector"), styles.h1, level=0)]
    if not sectors:
        return [*story, Paragraph(para_text(translate("PdfSummary", "No participants or ideas yet.")),
                                  styles.body)]
    header = [translate("PdfSummary", "Sector"), translate("PdfSummary", "Participants"),
              translate("PdfSummary", "Ideas")]
    rows: list[list[Flowable | str]] = [[Paragraph(para_text(h), styles.cell_bold) for h in header]]
    rows += [[Paragraph(para_text(words.sector(s)), styles.cell), str(people.get(s, 0)), str(ideas.get(s, 0))]
             for s in sectors]
    rows.append([Paragraph(para_text(translate("PdfSummary", "Total")), styles.cell_bold),
                 str(len(content.participants)), str(len(content.ideas))])
    story.append(Table(rows, colWidths=[70 * mm, 30 * mm, 30 * mm], hAlign="LEFT", repeatRows=1,
                       style=table_style(("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                                         ("FONT", (0, -1), (-1, -1), BOLD, 8.5))))
    charted, what = (people, translate("PdfSummary", "Participants by sector")) if content.participants \
        else (ideas, translate("PdfSummary", "Ideas by sector"))
    story += [Paragraph(para_text(what), styles.h2),
              sector_bars([(words.sector_short(s), charted.get(s, 0)) for s in sectors], width)]
    return story


def _caption(idea: Idea, content: _Content, words: SummaryWords) -> str:
    caption = note_caption(idea, content.authors, anonymous=content.workshop.anonymous)
    parts = [translate("PdfSummary", "no. {number}").format(number=idea.seq),
             words.sector(caption.sector) if caption.sector else "", caption.author, caption.table]
    return " · ".join(p for p in parts if p)


def _idea_item(idea: Idea, content: _Content, styles: Styles, words: SummaryWords) -> Flowable:
    return Note(Paragraph(para_text(idea.text), styles.item), mark="•", caption=_caption(idea, content, words))


def _ideas(content: _Content, styles: Styles, words: SummaryWords) -> list[Flowable]:
    story: list[Flowable] = [Heading(translate("PdfSummary", "Ideas by group"), styles.h1, level=0)]
    if not content.ideas:
        return [*story, Paragraph(para_text(translate("PdfSummary", "No ideas yet.")), styles.body)]
    grouping = group_members(content.ideas, content.clusters)
    names = {c.id: c.name for c in content.clusters}
    groups: list[tuple[str, Sequence[Idea]]] = [(names[c], members) for c, members in grouping.members.items()]
    if grouping.unplaced:
        groups.append((translate("PdfSummary", "Not yet grouped"), grouping.unplaced))
    for name, members in groups:
        story.append(Heading(name, styles.h2, level=1))
        story.append(Paragraph(para_text(words.ideas(len(members))), styles.count))
        story += [_idea_item(idea, content, styles, words) for idea in members]
    return story


def _results(content: _Content, styles: Styles, words: SummaryWords, width: float) -> list[Flowable]:
    story: list[Flowable] = [Heading(translate("PdfSummary", "Voting results"), styles.h1, level=0)]
    if not content.rounds:
        return [*story, Paragraph(para_text(translate("PdfSummary", "No voting round has been closed yet.")),
                                  styles.body)]
    for entry in content.rounds:
        story += round_section(entry, styles, words, width)
    return story


def _agenda(content: _Content, styles: Styles, words: SummaryWords, width: float) -> list[Flowable]:
    story: list[Flowable] = [Heading(translate("PdfSummary", "Proposed agenda"), styles.h1, level=0)]
    if not content.agenda:
        return [*story, Paragraph(para_text(translate("PdfSummary", "No agenda items yet.")), styles.body)]
    header = [translate("PdfSummary", "Topic"), translate("PdfSummary", "Format"),
              translate("PdfSummary", "Duration"), translate("PdfSummary", "Time"),
              translate("PdfSummary", "Track")]
    rows: list[list[Flowable | str]] = [[Paragraph(para_text(h), styles.cell_bold) for h in header]]
    for item in content.agenda:
        topic = para_text(words.agenda_title(item))
        if item.rationale:
            topic += f'<br/><font size="7.5" color="#555555">{para_text(item.rationale)}</font>'
        rows.append([Paragraph(topic, styles.cell), Paragraph(para_text(words.agenda_format(item.format)), styles.cell),
                     words.minutes(item.duration_minutes), Paragraph(para_text(item.slot.replace("T", " ")),
                                                                     styles.cell),
                     Paragraph(para_text(item.track), styles.cell)])
    fixed = [26 * mm, 18 * mm, 31 * mm, 24 * mm]
    return [*story, Table(rows, colWidths=[width - sum(fixed), *fixed], repeatRows=1, style=table_style())]


def _appendix(content: _Content, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [Heading(translate("PdfSummary", "Appendix: every idea and its number"),
                                     styles.h1, level=0)]
    if not content.ideas:
        return [*story, Paragraph(para_text(translate("PdfSummary", "No ideas yet.")), styles.body)]
    return [*story, *(Note(Paragraph(para_text(idea.text), styles.numbered), mark=str(idea.seq), mark_font=BOLD)
                      for idea in content.ideas)]

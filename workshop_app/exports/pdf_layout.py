"""What every PDF of Razem shares: the shipped font, text that stays text,
styles, page numbers, bookmarks and writing the file whole or not at all.

- **Font**: DejaVu Sans (regular and bold), shipped in `resources/fonts`
  with its licence and embedded in every PDF. reportlab's standard-14 fonts
  have no ą ę ś ź ż ń, so none of them is used anywhere: not for text, not
  for tables or charts, not as the canvas's initial font.
- **User text is text**: `para_text` escapes everything reportlab's
  paragraph parser would read as markup (`<b>`, `&`, `<font color=...>`,
  `&#x..;`), so a user's text can never reach the parser's attribute
  evaluation (CVE-2023-33733); line breaks become `<br/>`.
- **Whole or nothing**: the document is built in memory and written through
  `output.write_atomically` (a temporary file beside the target, then moved
  into place), so a failure or a kill never leaves half a PDF.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from workshop_app.exports.output import check_target, write_atomically

FONT = "RazemSans"
BOLD = "RazemSans-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
MARGIN = 18 * mm
TEXT_WIDTH = A4[0] - 2 * MARGIN
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
FOOTER_CHARS = 90
"""The workshop's title in a footer is shortened to this many characters."""


def register_fonts() -> None:
    """Register the shipped DejaVu Sans with reportlab (once), as the family
    `FONT` whose bold is `BOLD`, read from the package - never from a
    system font folder."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources.files("workshop_app") / "resources" / "fonts"
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, io.BytesIO((folder / file).read_bytes())))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def para_text(text: str) -> str:
    """`text` as paragraph markup that prints exactly `text`: every `&`, `<`
    and `>` escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.replace("\r\n", "\n").split("\n"))


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of Razem's PDFs, all in the shipped font."""

    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    header: ParagraphStyle
    header_number: ParagraphStyle
    count: ParagraphStyle
    item: ParagraphStyle
    numbered: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=4, splitLongWords=1)

    def derived(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        title=derived("title", fontName=BOLD, fontSize=24, leading=30, spaceAfter=10),
        h1=derived("h1", fontName=BOLD, fontSize=16, leading=20, spaceBefore=6, spaceAfter=8,
                   keepWithNext=1),
        h2=derived("h2", fontName=BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                   keepWithNext=1),
        body=base,
        small=derived("small", fontSize=8, leading=10, textColor=MUTED),
        cell=derived("cell", fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_bold=derived("cell_bold", fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0),
        header=derived("header", fontName=BOLD, fontSize=7, leading=9, spaceAfter=0),
        header_number=derived("header_number", fontName=BOLD, fontSize=7, leading=9, spaceAfter=0,
                              alignment=TA_RIGHT),
        count=derived("count", fontSize=8, leading=10, textColor=MUTED, keepWithNext=1),
        item=derived("item", leftIndent=5 * mm, bulletIndent=1 * mm, bulletFontName=FONT,
                     spaceAfter=3),
        numbered=derived("numbered", fontSize=9, leading=12, leftIndent=12 * mm, bulletIndent=0,
                         bulletFontName=BOLD, bulletFontSize=9, spaceAfter=2),
    )


class Heading(Paragraph):
    """A section heading that is also a bookmark in the PDF's outline."""

    def __init__(self, text: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(para_text(text), style)
        self.outline_title = text
        self.outline_level = level


def plain_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` in lines no wider than `width` points: broken between words,
    and inside a word too long for a line of its own; line breaks kept."""
    def fits(line: str) -> bool:
        return bool(pdfmetrics.stringWidth(line, font, size) <= width)

    lines: list[str] = []
    for paragraph in text.split("\n"):
        if fits(paragraph):  # the usual caption: one line, one measurement
            lines.append(paragraph)
            continue
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if fits(candidate):
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while len(line) > 1 and not fits(line):
                cut = len(line) - 1
                while cut > 1 and not fits(line[:cut]):
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


class Note(Flowable):
    """A paragraph with a mark left of its first line (a bullet, a number)
    and a caption under it in small grey letters. Mark and caption are drawn
    as plain text (never parsed as markup); when the paragraph is split
    between pages the mark stays with its first part and the caption goes
    with its last. Cheaper than reportlab's bullets and a caption inside
    the paragraph (mixed fonts take reportlab's slow path), which matters
    with one per idea."""

    SIZE, LEADING = 7.5, 9.5

    def __init__(self, body: Paragraph, *, mark: str = "", mark_font: str = FONT, caption: str = "") -> None:
        super().__init__()
        self.body, self.mark, self.mark_font, self.caption = body, mark, mark_font, caption
        self._lines: list[str] = []

    def _caption_lines(self, width: float) -> list[str]:
        if not self.caption:
            return []
        return plain_lines(self.caption, FONT, self.SIZE, width - self.body.style.leftIndent)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, height = self.body.wrap(avail_width, avail_height)
        self._lines = self._caption_lines(avail_width)
        self.width, self.height = avail_width, height + len(self._lines) * self.LEADING
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        below = len(self._caption_lines(avail_width)) * self.LEADING
        self.body.wrap(avail_width, avail_height - below)
        parts = self.body.split(avail_width, avail_height - below)
        if len(parts) < 2:
            return []  # nothing, or all of it: the whole note goes to the next page
        first = Note(parts[0], mark=self.mark, mark_font=self.mark_font)
        last = Note(parts[-1], caption=self.caption)
        return [first, *parts[1:-1], last]

    def getSpaceBefore(self) -> float:
        return float(self.body.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.body.getSpaceAfter())

    def draw(self) -> None:
        style = self.body.style
        below = len(self._lines) * self.LEADING
        if self.mark:  # first, so that a text extractor reads "12 text"
            self.canv.setFont(self.mark_font, style.fontSize)
            self.canv.setFillColor(INK)
            self.canv.drawString(style.bulletIndent, self.height - style.fontSize, self.mark)
        self.body.drawOn(self.canv, 0, below)
        if self._lines:
            self.canv.setFont(FONT, self.SIZE)
            self.canv.setFillColor(MUTED)
            y = below - self.SIZE
            for line in self._lines:
                self.canv.drawString(style.leftIndent, y, line)
                y -= self.LEADING


@dataclass(frozen=True)
class Metadata:
    """What the PDF says about itself (document properties)."""

    title: str
    author: str
    subject: str
    language: str  # BCP 47, "pl" or "en"


Progress = Callable[[str, int], None]
"""reportlab's progress callback: ("SIZE_EST", flowables), ("PROGRESS", done),
("PAGE", number), ... An exception it raises stops the build."""


class _Document(BaseDocTemplate):
    """One frame on A4 (portrait unless told); bookmarks every `Heading` in the outline."""

    def __init__(self, out: io.BytesIO, meta: Metadata, pagesize: tuple[float, float] = A4) -> None:
        super().__init__(out, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
                         title=meta.title, author=meta.author, subject=meta.subject,
                         creator="Razem", lang=meta.language, initialFontName=FONT,
                         pageCompression=1)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._marks = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._marks += 1
            key = f"section-{self._marks}"
            self.canv.showOutline()
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=flowable.outline_level,
                                      closed=flowable.outline_level > 0)


def _numbered_canvas(page_label: Callable[[int, int], str], footer: str) -> type[Canvas]:
    """A canvas that writes "page X of Y" (and `footer`) on every page once
    the number of pages is known: pages are kept until `save`."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.line(MARGIN, MARGIN, width - MARGIN, MARGIN)
            self.drawString(MARGIN, MARGIN - 4 * mm, footer)
            self.drawRightString(width - MARGIN, MARGIN - 4 * mm, page_label(number, total))
            self.restoreState()

    return NumberedCanvas


def build_pdf(story: Sequence[Flowable], meta: Metadata, *, footer: str,
              page_label: Callable[[int, int], str], pagesize: tuple[float, float] = A4,
              progress: Progress | None = None) -> bytes:
    """The PDF of `story` as bytes: outline shown, pages numbered; `progress`
    hears how far the build is (and may stop it by raising)."""
    out = io.BytesIO()
    document = _Document(out, meta, pagesize)
    if progress is not None:
        document.setProgressCallBack(progress)
    document.build(list(story), canvasmaker=_numbered_canvas(page_label, footer))
    return out.getvalue()


def write_pdf(target: Path, make: Callable[[], bytes], *, inputs: Iterable[Path]) -> None:
    """Check `target` (never a workshop), make the PDF, then write it whole
    (temporary file beside it, moved into place)."""
    check_target(target, inputs=inputs)
    data = make()
    write_atomically(target, data)

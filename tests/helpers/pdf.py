"""Reading Razem's PDFs back as a reader would: text without footers, fonts,
outline (shared by the summary's and the agenda's tests)."""

from __future__ import annotations

import re
from typing import Any

from pypdf import PdfReader
from pypdf.generic import IndirectObject

POLISH = "Zażółć gęślą jaźń ĄĘŚŹŻŃ"
MARKUP = ("<b>pogrubione</b>", "Kowalski & Syn", "</para>", '<font color="red">czerwony</font>',
          "&#xZZ;", "&#x41;", "<br/>", "&amp;")
# The public proof of concept of CVE-2023-33733 (reportlab's rl_safe_eval),
# made to touch a file of the test's own.
CVE_POC = (
    "[[[getattr(pow, Word('__globals__'))['os'].system('touch {marker}') for Word in [ "
    "orgTypeFun( 'Word', (str,), {{ 'mutated': 1, 'startswith': lambda self, x: 1 == 0, "
    "'__eq__': lambda self, x: self.mutated and self.mutated == x and self.mutated - 1, "
    "'mutate': lambda self: {{setattr(self, 'mutated', self.mutated - 1)}}, "
    "'__hash__': lambda self: hash(str(self)), }}, ) ] ] for orgTypeFun in [type(type(1))] "
    "if '''<font color=\"...\">exploit</font>'''"
)
STANDARD_14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
               "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
               "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"}


def text_of(reader: PdfReader) -> str:
    """The text of every page without its footer (the title and "Strona X z Y"),
    so that a paragraph split over two pages reads as one."""
    return "\n".join(page.extract_text().rstrip().rsplit("\n", 2)[0] for page in reader.pages)


def flat(text: str) -> str:
    """Text with every run of white space as one space (wrapping moves line breaks)."""
    return re.sub(r"\s+", " ", text).strip()


def fonts_of(reader: PdfReader) -> list[Any]:
    found = []
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        found += [font.get_object() for font in fonts.values()]
    return found


def assert_fonts_embedded(reader: PdfReader) -> None:
    """Every font is DejaVu Sans with its TrueType program in the file; no standard-14 font."""
    fonts = fonts_of(reader)
    assert fonts
    for font in fonts:
        base = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
        assert base not in STANDARD_14
        assert "DejaVuSans" in base
        descriptor = font["/FontDescriptor"]
        descriptor = descriptor.get_object() if isinstance(descriptor, IndirectObject) else descriptor
        assert "/FontFile2" in descriptor  # the TrueType program is in the file
    raw = reader.stream.getvalue()
    assert not any(f"/{name}".encode() in raw for name in STANDARD_14)


def outline_titles(items: list[Any], depth: int = 0) -> list[tuple[int, str]]:
    titles: list[tuple[int, str]] = []
    for item in items:
        if isinstance(item, list):
            titles += outline_titles(item, depth + 1)
        else:
            titles.append((depth, item.title))
    return titles

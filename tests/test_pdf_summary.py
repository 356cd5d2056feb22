"""The PDF summary, read back as a reader would: text, fonts, outline, metadata."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.helpers.pdf import CVE_POC, MARKUP, POLISH, assert_fonts_embedded, outline_titles, text_of
from tests.helpers.pdf import flat as flat_text
from workshop_app.cli import main
from workshop_app.exports.output import OutputRefused
from workshop_app.exports.pdf_summary import export_summary
from workshop_app.models import AgendaFormat
from workshop_app.services import NewIdea, WorkshopService


@pytest.fixture
def summary(polish: None, demo_service: WorkshopService, tmp_path: Path) -> Iterator[Any]:
    """Export the summary of `service` (after the test's changes) and read it back."""

    def export(service: WorkshopService = demo_service) -> PdfReader:
        target = tmp_path / "podsumowanie.pdf"
        export_summary(service, target)
        return PdfReader(target)

    yield export


def test_polish_text_prints_exactly_as_entered(summary: Any, demo_service: WorkshopService) -> None:
    demo_service.add_idea(idea=NewIdea(text=POLISH))
    demo_service.update_workshop(place=f"Łódź, {POLISH}")
    text = text_of(summary())
    assert text.count(POLISH) >= 3  # its group, the appendix, the cover


def test_markup_in_user_text_prints_literally(summary: Any, demo_service: WorkshopService) -> None:
    for piece in MARKUP:
        demo_service.add_idea(idea=NewIdea(text=f"Pomysł {piece} koniec"))
    demo_service.update_workshop(moderators=["Anna <i>Nowak</i>", "Jan & Maria"])
    text = text_of(summary())
    for piece in MARKUP:
        assert f"Pomysł {piece} koniec" in text
    assert "Anna <i>Nowak</i>, Jan & Maria" in text
    assert "Pomysł A koniec" not in text  # &#x41; was not read as an entity


def test_cve_2023_33733_proof_of_concept_prints_as_text_and_runs_nothing(
        summary: Any, demo_service: WorkshopService, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = CVE_POC.format(marker=marker)
    demo_service.add_idea(idea=NewIdea(text=payload))
    cluster = demo_service.clusters()[0]
    demo_service.rename_cluster(cluster_id=cluster.id, name=payload[-60:])
    text = text_of(summary())
    assert not marker.exists()
    flat = re.sub(r"\s+", "", text)
    assert flat.count(re.sub(r"\s+", "", payload)) == 2  # in its group and in the appendix
    assert re.sub(r"\s+", "", payload[-60:]) in flat


def test_line_breaks_are_kept_and_a_long_word_wraps_in_its_column(
        summary: Any, demo_service: WorkshopService) -> None:
    demo_service.add_idea(idea=NewIdea(text="Pierwsza linia\nDruga linia\n\nCzwarta linia"))
    word = "".join("żółw" if i % 2 else "abcdefghij" for i in range(43))[:300]
    assert len(word) == 300
    demo_service.add_idea(idea=NewIdea(text=word, author_name="Autor" + "Ń" * 200))
    text = text_of(summary())
    names = re.findall(r"AutorŃ+|^Ń+", text, re.MULTILINE)
    assert "".join(names) == "Autor" + "Ń" * 200 and len(names) >= 2  # the caption wraps too
    assert text.count("Pierwsza linia\nDruga linia\n") == 2  # in its group and in the appendix
    pieces = re.findall(r"[a-jżółw]{10,}", text)
    assert all(len(piece) < 120 for piece in pieces)  # wrapped, never one line off the page
    assert "".join(pieces) == word * 2  # first in its group, then in the appendix


def test_every_idea_of_the_demo_is_printed_in_its_group_and_numbered_in_the_appendix(
        summary: Any, demo_service: WorkshopService) -> None:
    flat = flat_text(text_of(summary()))
    appendix = flat[flat.rindex("Załącznik: wszystkie pomysły z numerami"):]
    ideas = demo_service.ideas()
    assert len(ideas) == 42
    for idea in ideas:
        assert flat.count(flat_text(idea.text)) >= 2, idea.text
        assert f"{idea.seq} {flat_text(idea.text)}" in appendix


def test_ideas_are_grouped_by_cluster_with_the_ungrouped_last(
        summary: Any, demo_service: WorkshopService) -> None:
    demo_service.add_idea(idea=NewIdea(text="Pomysł jeszcze bez grupy"))
    flat = flat_text(text_of(summary()))
    body = flat[flat.index("Pomysły według grup"):flat.index("Wyniki głosowań")]
    positions = [body.index(c.name) for c in demo_service.clusters()]
    assert positions == sorted(positions)
    assert body.index("Jeszcze bez grupy") > positions[-1]
    assert body.index("Pomysł jeszcze bez grupy") > body.index("Jeszcze bez grupy")


def test_authors_are_named_only_when_the_workshop_is_not_anonymous(
        summary: Any, demo_service: WorkshopService) -> None:
    assert "Joanna Szymańska" in text_of(summary())
    demo_service.update_workshop(anonymous=True)
    assert "Joanna Szymańska" not in text_of(summary())


def test_results_show_ties_sectors_the_matrix_priorities_and_the_agenda(summary: Any) -> None:
    text = flat_text(text_of(summary()))
    for words in ("Szybkie korzyści", "Duże projekty", "Uzupełnienia", "Niewdzięczne zadania",
                  "dokładny remis", "Według sektorów", "samorząd", "Najważniejsze priorytety",
                  "2 =", "Proponowany program", "stolik World Café", "2027-05-20 09:30", "Sala A"):
        assert words in text, words
    assert "Kadry i szkolnictwo zawodowe" in text


def test_every_session_format_is_named_in_the_agenda(summary: Any, demo_service: WorkshopService) -> None:
    for n, fmt in enumerate((AgendaFormat.KEYNOTE, AgendaFormat.NETWORKING, AgendaFormat.OTHER)):
        demo_service.add_agenda_item(title=f"Sesja {n}", format=fmt)
    text = flat_text(text_of(summary()))
    for words in ("wystąpienie główne", "networking", "inny"):
        assert words in text, words
    assert "keynote" not in text


def test_pages_are_numbered_page_x_of_y(summary: Any) -> None:
    reader = summary()
    total = len(reader.pages)
    assert total > 3
    for number, page in enumerate(reader.pages, start=1):
        assert page.extract_text().rstrip().endswith(f"Strona {number} z {total}")


def test_every_font_is_embedded_and_none_is_standard_14(summary: Any) -> None:
    assert_fonts_embedded(summary())


def test_the_outline_has_the_sections_and_groups(summary: Any, demo_service: WorkshopService) -> None:
    titles = outline_titles(summary().outline)
    top = [title for depth, title in titles if depth == 0]
    assert top == [demo_service.workshop().title, "Metoda", "Udział według sektorów", "Pomysły według grup",
                   "Wyniki głosowań", "Najważniejsze priorytety", "Proponowany program",
                   "Załącznik: wszystkie pomysły z numerami"]
    nested = {title for depth, title in titles if depth == 1}
    assert {c.name for c in demo_service.clusters()} <= nested
    assert {r.title for r in demo_service.rounds() if r.status.value == "closed"} <= nested


def test_metadata_carry_title_author_and_language(summary: Any, demo_service: WorkshopService) -> None:
    reader = summary()
    workshop = demo_service.workshop()
    assert reader.metadata is not None
    assert reader.metadata.title == workshop.title
    assert reader.metadata.author == "Monika Zawadzka, Jakub Sikora"
    assert reader.trailer["/Root"]["/Lang"] == "pl"


def test_an_empty_workshop_has_a_short_summary_saying_so(summary: Any, service: WorkshopService) -> None:
    text = text_of(summary(service))
    for words in ("Nie ma jeszcze pomysłów.", "Żadne głosowanie nie zostało jeszcze zamknięte.",
                  "Program nie ma jeszcze punktów."):
        assert words in text


def test_a_failure_midway_leaves_the_old_file_or_none(
        summary: Any, demo_service: WorkshopService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus import BaseDocTemplate

    pages: list[int] = []
    real_page_end = BaseDocTemplate.handle_pageEnd

    def failing_page_end(self: BaseDocTemplate) -> None:
        pages.append(self.page)
        if len(pages) == 3:
            raise OSError(28, "No space left on device")
        real_page_end(self)

    monkeypatch.setattr(BaseDocTemplate, "handle_pageEnd", failing_page_end)
    old = tmp_path / "stare.pdf"
    old.write_bytes(b"%PDF-1.4 the previous summary")
    before = sorted(tmp_path.iterdir())
    for target in (old, tmp_path / "nowe.pdf"):
        pages.clear()
        with pytest.raises(OSError):
            export_summary(demo_service, target)
        assert len(pages) == 3  # it did fail mid-way
    assert old.read_bytes() == b"%PDF-1.4 the previous summary"
    assert sorted(tmp_path.iterdir()) == before  # no new file, no leftover temporary file


def test_a_workshop_is_never_overwritten(summary: Any, demo_service: WorkshopService) -> None:
    path = demo_service.store.path
    before = path.read_bytes()
    with pytest.raises(OutputRefused):
        export_summary(demo_service, path)
    assert path.read_bytes() == before


def test_export_command_writes_the_summary_in_the_chosen_language(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    polish, english = tmp_path / "podsumowanie.pdf", tmp_path / "summary.pdf"
    monkeypatch.setenv("RAZEM_LANG", "pl")
    assert main(["export", str(demo_template), "--summary", str(polish)]) == 0
    assert main(["export", str(demo_template), "--summary", str(english), "--lang", "en"]) == 0
    assert "Strona 1 z" in PdfReader(polish).pages[0].extract_text()
    reader = PdfReader(english)
    assert "Page 1 of" in reader.pages[0].extract_text()
    assert "Quick wins" in text_of(reader)
    assert reader.trailer["/Root"]["/Lang"] == "en"
    capsys.readouterr()
    assert main(["export", str(demo_template)]) == 2
    assert "--summary" in capsys.readouterr().err


def test_export_command_writes_json_and_summary_in_one_call(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    data, pdf = tmp_path / "dane.json", tmp_path / "podsumowanie.pdf"
    monkeypatch.setenv("RAZEM_LANG", "pl")
    assert main(["export", str(demo_template), "--json", str(data), "--summary", str(pdf)]) == 0
    metadata = PdfReader(pdf).metadata
    assert metadata is not None
    assert json.loads(data.read_text(encoding="utf-8"))["workshop"]["title"] == metadata.title
    out = capsys.readouterr().out
    assert str(data) in out and str(pdf) in out


def test_export_command_refuses_a_summary_onto_a_workshop_before_writing_anything(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    data, other = tmp_path / "dane.json", tmp_path / "inny.razem"
    other.write_bytes(demo_template.read_bytes())
    monkeypatch.setenv("RAZEM_LANG", "pl")
    assert main(["export", str(demo_template), "--json", str(data), "--summary", str(other)]) == 1
    assert other.read_bytes() == demo_template.read_bytes()
    assert not data.exists()
    assert str(other) in capsys.readouterr().err

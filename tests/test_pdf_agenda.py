"""The PDF agenda, read back as a reader would: every session under its day,
text as typed, fonts embedded, a bookmark per day, A4 landscape."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers.forum import fill_forum
from tests.helpers.pdf import CVE_POC, MARKUP, POLISH, assert_fonts_embedded, flat, outline_titles, text_of
from workshop_app.cli import main
from workshop_app.exports.output import OutputRefused
from workshop_app.exports.pdf_agenda import day_title, export_agenda
from workshop_app.exports.pdf_summary import export_summary
from workshop_app.models.schedule import parse_slot
from workshop_app.services import FrameDay, WorkshopService

Export = Callable[..., PdfReader]


@pytest.fixture
def agenda(polish: None, demo_service: WorkshopService, tmp_path: Path) -> Export:
    """Export the agenda of a workshop (the demo unless told) and read it back."""

    def export(service: WorkshopService = demo_service) -> PdfReader:
        target = tmp_path / "program.pdf"
        export_agenda(service, target)
        return PdfReader(target)

    return export


def _days_text(reader: PdfReader, service: WorkshopService) -> list[str]:
    """The agenda's text cut at each day's heading: one piece per day."""
    text = flat(text_of(reader))
    dates = [day.date for day in service.forum_days()]
    starts = [text.index(flat(day_title(n, date))) for n, date in enumerate(dates, start=1)]
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def test_every_scheduled_item_is_under_its_day_with_its_format_lead_and_speakers(
        agenda: Export, service: WorkshopService) -> None:
    fill_forum(service, 40)
    items = service.agenda()
    reader = agenda(service)
    days = _days_text(reader, service)
    dates = [day.date for day in service.forum_days()]
    assert len(days) == 3
    scheduled = [i for i in items if i.slot]
    assert len(scheduled) > 30
    for item in scheduled:
        parsed = parse_slot(item.slot)
        assert parsed is not None
        day = days[dates.index(parsed[0])]
        # The title is followed by its time and format in its own cell.
        start = f"{item.slot[11:]}–"
        assert f"{item.title} {start}" in day, item.title
        for other in days:
            if other is not day:
                assert f"{item.title} {start}" not in other
        if item.lead:
            assert f"Prowadzi: {item.lead}" in day
    assert "Przerwa kawowa" in days[0] and "Przerwa obiadowa" in days[0]
    waiting = [i for i in items if not i.slot]
    if waiting:
        tail = days[-1][days[-1].index("Jeszcze bez godziny"):]
        assert all(i.title in tail for i in waiting)


def test_the_demo_agenda_names_sessions_rooms_and_times(agenda: Export) -> None:
    reader = agenda()
    text = flat(text_of(reader))
    for words in ("Dzień 1: czwartek, 20 maja 2027", "Sala A", "Sala B", "09:30–11:00",
                  "Kadry dla gospodarki metropolii", "panel dyskusyjny", "stolik World Café",
                  "Prelegenci: Katarzyna Nowak; Joanna Szymańska", "Przerwa kawowa", "Przerwa obiadowa"):
        assert words in text, words
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    assert round(float(page.mediabox.width)) == 842  # A4


def test_polish_text_and_markup_print_exactly_as_typed(
        agenda: Export, demo_service: WorkshopService, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    room = f"Sala {POLISH}"
    demo_service.set_frame(days=[FrameDay("2027-05-20", "09:00", "17:00", ("11:00-11:15",), "12:30-13:00")],
                           rooms=[room, "Aula & <b>Foyer</b>"])
    demo_service.add_agenda_item(title=POLISH, slot="2027-05-20T09:00", track=room,
                                 lead="Urząd <i>Miasta</i> & Gminy", speakers="; ".join(MARKUP))
    demo_service.add_agenda_item(title=CVE_POC.format(marker=marker)[:200], slot="2027-05-20T14:00",
                                 track="Aula & <b>Foyer</b>")
    for n, piece in enumerate(MARKUP):
        demo_service.add_agenda_item(title=f"Temat {piece} {n}")  # no time: listed after
    text = flat(text_of(agenda()))
    assert f"{POLISH} 09:00–10:00" in text
    assert room in text and "Aula & <b>Foyer</b>" in text
    assert "Prowadzi: Urząd <i>Miasta</i> & Gminy" in text
    assert "; ".join(MARKUP) in text
    for n, piece in enumerate(MARKUP):
        assert f"Temat {piece} {n}" in text
    assert "Temat A 5" not in text  # &#x41; was not read as an entity
    assert not marker.exists()


def test_fonts_are_embedded_and_the_outline_has_a_bookmark_per_day(
        agenda: Export, service: WorkshopService) -> None:
    fill_forum(service, 40)
    service.add_agenda_item(title="Sesja jeszcze bez godziny")
    reader = agenda(service)
    assert_fonts_embedded(reader)
    titles = [title for depth, title in outline_titles(reader.outline) if depth == 0]
    assert titles == [service.workshop().title, "Dzień 1: środa, 19 maja 2027", "Dzień 2: czwartek, 20 maja 2027",
                      "Dzień 3: piątek, 21 maja 2027", "Jeszcze bez godziny"]
    total = len(reader.pages)
    assert total > 1
    for number, page in enumerate(reader.pages, start=1):
        assert page.extract_text().rstrip().endswith(f"Strona {number} z {total}")
    assert reader.metadata is not None
    assert reader.metadata.title == f"Program: {service.workshop().title}"
    assert reader.trailer["/Root"]["/Lang"] == "pl"


def test_a_workshop_without_frame_or_schedule_says_so(agenda: Export, service: WorkshopService) -> None:
    text = flat(text_of(agenda(service)))
    assert "Program nie ma jeszcze punktów." in text
    assert "Dni i sale forum nie zostały jeszcze ustalone." in text
    service.add_agenda_item(title="Pierwszy temat", lead="Politechnika")
    text = flat(text_of(agenda(service)))
    assert "Żaden punkt nie ma jeszcze dnia i godziny" in text
    assert "Pierwszy temat" in text[text.index("Jeszcze bez godziny"):]


def test_two_sessions_in_one_room_at_once_both_show(agenda: Export, service: WorkshopService) -> None:
    service.set_frame(days=[FrameDay("2027-05-20", "09:00", "12:00")], rooms=["Sala A"])
    service.add_agenda_item(title="Pierwsza sesja", slot="2027-05-20T09:00", track="Sala A")
    service.add_agenda_item(title="Druga sesja", slot="2027-05-20T09:30", track="Sala A")
    service.add_agenda_item(title="Poza ramą", slot="2027-05-22T10:00", track="Sala Z")
    text = flat(text_of(agenda(service)))
    assert "Pierwsza sesja 09:00–10:00" in text and "Druga sesja 09:30–10:30" in text
    assert "Sala A (2)" in text
    assert "Dzień 2: sobota, 22 maja 2027" in text and "Poza ramą 10:00–11:00" in text


def test_a_workshop_is_never_overwritten(agenda: Export, demo_service: WorkshopService) -> None:
    path = demo_service.store.path
    before = path.read_bytes()
    with pytest.raises(OutputRefused):
        export_agenda(demo_service, path)
    assert path.read_bytes() == before


def test_export_command_writes_the_agenda_with_the_other_outputs(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RAZEM_LANG", "pl")
    program, summary = tmp_path / "program.pdf", tmp_path / "podsumowanie.pdf"
    assert main(["export", str(demo_template), "--agenda", str(program), "--summary", str(summary)]) == 0
    assert "Dzień 1: czwartek, 20 maja 2027" in text_of(PdfReader(program))
    assert "Strona 1 z" in PdfReader(summary).pages[0].extract_text()
    other = tmp_path / "inny.razem"
    other.write_bytes(demo_template.read_bytes())
    capsys.readouterr()
    program.unlink()
    assert main(["export", str(demo_template), "--agenda", str(program), "--json", str(other)]) == 1
    assert not program.exists()
    assert str(other) in capsys.readouterr().err


def test_many_rooms_and_the_longest_texts_fit_on_the_page(agenda: Export, service: WorkshopService) -> None:
    rooms = [f"Sala {n}" for n in range(1, 8)]
    service.set_frame(days=[FrameDay("2027-05-20", "09:00", "12:00")], rooms=rooms)
    longest = {"title": ("Długi tytuł sesji " * 20)[:300], "lead": ("Organizacja " * 30)[:300],
               "speakers": ("Jan Kowalski, " * 30)[:300]}
    for room in rooms:
        titled = {**longest, "title": f"{room}: {longest['title']}"[:300]}  # titles differ
        service.add_agenda_item(**titled, slot="2027-05-20T09:00", track=room)
    text = flat(text_of(agenda(service)))  # seven cells of 900 characters side by side: no layout error
    assert all(room in text for room in rooms)
    assert text.count("09:00–10:00 · panel dyskusyjny") == len(rooms)


def test_a_topic_carried_over_from_last_year_says_so_in_both_pdfs(
        agenda: Export, demo_service: WorkshopService, tmp_path: Path) -> None:
    scheduled = next(item for item in demo_service.agenda() if item.slot)
    demo_service.edit_agenda_item(item_id=scheduled.id, carried_over=True)
    demo_service.add_agenda_item(title="Temat bez godziny", carried_over=True)
    timetable = flat(text_of(agenda()))
    assert f"{flat(scheduled.title)} (z poprzedniej edycji)" in timetable
    assert "Temat bez godziny (z poprzedniej edycji)" in timetable
    export_summary(demo_service, tmp_path / "podsumowanie.pdf")
    summary = flat(text_of(PdfReader(tmp_path / "podsumowanie.pdf")))
    assert f"{flat(scheduled.title)} (z poprzedniej edycji)" in summary
    assert "Temat bez godziny (z poprzedniej edycji)" in summary

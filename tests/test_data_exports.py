"""Ideas and results as CSV (UTF-8 with BOM, and Windows-1250 with semicolons
for a Polish Excel), the agenda as iCalendar, read back as a spreadsheet or a
calendar program would; the export command writing any combination at once."""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path

import pytest
from icalendar import Calendar

from workshop_app.exports.csv_export import (
    ideas_csv,
    ideas_csv_excel_pl,
    neutralised,
    results_csv,
)
from workshop_app.exports.ics_export import agenda_ics
from workshop_app.exports.output import Unencodable
from workshop_app.messages import any_error
from workshop_app.models import RoundStatus, Sector
from workshop_app.services import NewIdea, WorkshopService

from .test_cli import Run, _application, _english_afterwards, run, sha  # noqa: F401 - fixtures

POLISH = "Zażółć gęślą jaźń ĄĘŚŹŻŃ"
TRICKY = [POLISH, 'Cytat "w cudzysłowie", przecinek; średnik', "Dwie\nlinie", "=HYPERLINK(\"x\")",
          "+48 123", "-2", "@SUM(A1)", "\tz tabem", "\rz powrotem", "zwykłe = nie formuła"]


def _rows(data: bytes, encoding: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(encoding), newline=""), delimiter=delimiter))


@pytest.fixture
def tricky(service: WorkshopService) -> WorkshopService:
    service.add_ideas(ideas=[NewIdea(text, sector=Sector.NGO) for text in TRICKY])
    return service


def _expected(text: str) -> str:
    return "'" + text if text[0] in "=+-@\t\r" else text


def test_ideas_as_utf8_csv_read_back_exactly_with_formulas_neutralised(
        tricky: WorkshopService) -> None:
    data = ideas_csv(tricky)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = _rows(data, "utf-8-sig", ",")
    assert rows[0][:2] == ["No.", "Idea"]
    texts = [tricky.ideas()[n].text for n in range(len(TRICKY))]  # as the service cleaned them
    assert [r[1] for r in rows[1:]] == [_expected(t) for t in texts]
    assert rows[1][1] == POLISH and rows[3][1] == "Dwie\nlinie"
    assert [r[1][0] for r in rows[4:8]] == ["'"] * 4
    # Leading tabs and carriage returns are trimmed from ideas by the service;
    # `neutralised` itself is checked for them below.
    assert rows[10][1] == "zwykłe = nie formuła"
    assert [r[0] for r in rows[1:]] == [str(n) for n in range(1, len(TRICKY) + 1)]


def test_ideas_for_a_polish_excel_are_windows_1250_with_semicolons(tricky: WorkshopService) -> None:
    data = ideas_csv_excel_pl(tricky)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert POLISH.encode("cp1250") in data
    rows = _rows(data, "cp1250", ";")
    assert rows == _rows(ideas_csv(tricky), "utf-8-sig", ",")


def test_characters_windows_1250_cannot_hold_are_named_not_replaced(
        tricky: WorkshopService) -> None:
    tricky.add_ideas(ideas=[NewIdea("Rower 🚲 i Юрий"), NewIdea("Znowu 🚲")])
    with pytest.raises(Unencodable) as info:
        ideas_csv_excel_pl(tricky)
    assert info.value.characters == ("🚲", "Ю", "р", "и", "й")
    assert info.value.ideas == (len(TRICKY) + 1, len(TRICKY) + 2)
    message = any_error(info.value)
    assert message is not None and "U+1F6B2" in message and "Windows-1250" in message


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@A1", "\t1", "\r1"])
def test_every_formula_start_is_neutralised(cell: str) -> None:
    assert neutralised(cell) == "'" + cell
    assert neutralised("a" + cell) == "a" + cell


def test_each_round_s_results_as_csv(demo_service: WorkshopService) -> None:
    rows = _rows(results_csv(demo_service), "utf-8-sig", ",")
    heading = rows[0]
    assert heading[:6] == ["Round", "Place", "Option", "Score", "Balanced score", "Tie"]
    voted = [r for r in demo_service.rounds() if r.status is not RoundStatus.DRAFT]
    assert {r[0] for r in rows[1:]} == {r.title for r in voted}
    last = voted[-1]
    mine = [r for r in rows[1:] if r[0] == last.title]
    results = demo_service.results(last.id)
    assert [int(r[1]) for r in mine] == [r.place for r in results]
    assert [float(r[3]) for r in mine] == pytest.approx([r.score for r in results], abs=0.005)
    business = heading.index("business")
    assert [float(r[business]) for r in mine] == pytest.approx(
        [r.by_sector.get(Sector.BUSINESS, 0.0) for r in results], abs=0.005)
    ties = [r[5] for r in rows[1:]]
    assert "ex aequo" in ties  # the demo has an exact tie


def test_a_workshop_without_rounds_exports_the_heading_only(service: WorkshopService) -> None:
    rows = _rows(results_csv(service), "utf-8-sig", ",")
    assert len(rows) == 1 and rows[0][1] == "Place"


def _calendar(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def test_the_agenda_as_icalendar_reads_back_in_a_calendar_library(service: WorkshopService) -> None:
    title = 'Panel: kadry, szkoły; uczelnie \\ "pracodawcy" ' + POLISH * 3
    first = service.add_agenda_item(title=title, duration_minutes=90, slot="2027-05-20T09:30",
                                    track="Sala A, parter", rationale="Dlaczego:\nbo tak",
                                    lead="Izba", speakers="Anna Nowak; Jan Kowalski").created
    service.add_agenda_item(title="Zima", duration_minutes=45, slot="2027-01-15T23:30")
    service.add_agenda_item(title="Bez terminu")
    result = agenda_ics(service)
    assert result.left_out == ("Bez terminu",)
    for line in result.data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # folding never splits a character
    cal = _calendar(result.data)
    events = cal.walk("VEVENT")
    assert len(events) == 2
    event = events[0]
    assert str(event["SUMMARY"]) == title
    assert str(event["LOCATION"]) == "Sala A, parter"
    assert "Dlaczego:\nbo tak" in str(event["DESCRIPTION"])
    assert "Anna Nowak; Jan Kowalski" in str(event["DESCRIPTION"])
    assert str(event["UID"]) == f"{first}@razem"
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert str(start.tzinfo) == "Europe/Warsaw"
    assert start.replace(tzinfo=None) == datetime.datetime(2027, 5, 20, 9, 30)
    assert end - start == datetime.timedelta(minutes=90)
    assert start.utcoffset() == datetime.timedelta(hours=2)  # summer time
    winter = events[1]
    assert winter.decoded("DTEND").replace(tzinfo=None) == datetime.datetime(2027, 1, 16, 0, 15)
    assert winter.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=1)
    zones = cal.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Warsaw"]


def test_the_same_agenda_gives_the_same_calendar_with_stable_uids(
        demo_service: WorkshopService) -> None:
    first = agenda_ics(demo_service).data
    assert agenda_ics(demo_service).data == first
    uids = [str(e["UID"]) for e in _calendar(first).walk("VEVENT")]
    assert uids == [f"{i.id}@razem" for i in demo_service.agenda() if i.slot]
    assert len(set(uids)) == len(uids)


def test_export_writes_every_output_asked_for_in_one_call(run: Run, tmp_path: Path) -> None:  # noqa: F811
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    outs = {name: tmp_path / name for name in ("a.csv", "b.csv", "r.csv", "a.ics", "a.json")}
    result = run("export", str(demo), "--csv", str(outs["a.csv"]), "--csv-excel",
                 str(outs["b.csv"]), "--results-csv", str(outs["r.csv"]), "--ics",
                 str(outs["a.ics"]), "--json", str(outs["a.json"]))
    assert result.returncode == 0, result.stderr
    assert all(path.exists() for path in outs.values())
    assert result.stdout.count("Wyeksportowano") == 5
    assert _rows(outs["a.csv"].read_bytes(), "utf-8-sig", ",")[0][0] == "Nr"  # in Polish
    assert _rows(outs["b.csv"].read_bytes(), "cp1250", ";") == _rows(
        outs["a.csv"].read_bytes(), "utf-8-sig", ",")
    assert _calendar(outs["a.ics"].read_bytes()).walk("VEVENT")
    assert not list(tmp_path.glob(".*.part"))


def test_export_without_an_output_is_a_usage_error(run: Run, tmp_path: Path) -> None:  # noqa: F811
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    result = run("export", str(demo))
    assert result.returncode == 2
    assert "--csv-excel" in result.stderr


def test_a_refused_excel_file_writes_nothing_at_all(run: Run, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "w.razem"
    assert run("new", str(path), "--title", "W").returncode == 0
    from workshop_app.storage import WorkshopStore

    with WorkshopStore.open(path) as store:
        WorkshopService(store).add_idea(idea=NewIdea("Emoji 😀"))
    before = sha(path)
    result = run("export", str(path), "--csv", str(tmp_path / "a.csv"),
                 "--csv-excel", str(tmp_path / "b.csv"))
    assert result.returncode == 1
    assert "U+1F600" in result.stderr and "Windows-1250" in result.stderr
    assert not (tmp_path / "a.csv").exists() and not (tmp_path / "b.csv").exists()
    assert sha(path) == before


def test_an_output_onto_a_workshop_is_refused_before_anything_is_written(
        run: Run, tmp_path: Path) -> None:  # noqa: F811
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    before = sha(demo)
    result = run("export", str(demo), "--csv", str(tmp_path / "a.csv"), "--ics", str(demo))
    assert result.returncode == 1
    assert sha(demo) == before and not (tmp_path / "a.csv").exists()


def test_items_without_a_time_are_named_when_the_calendar_is_written(
        run: Run, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "w.razem"
    assert run("new", str(path), "--title", "W").returncode == 0
    from workshop_app.storage import WorkshopStore

    with WorkshopStore.open(path) as store:
        WorkshopService(store).add_agenda_item(title="Jeszcze bez godziny")
    result = run("export", str(path), "--ics", str(tmp_path / "a.ics"))
    assert result.returncode == 0
    assert "Jeszcze bez godziny" in result.stderr
    assert _calendar((tmp_path / "a.ics").read_bytes()).walk("VEVENT") == []


def test_an_anonymous_workshop_s_ideas_csv_names_authors_only_when_asked(
        run: Run, tmp_path: Path) -> None:  # noqa: F811
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    named = tmp_path / "named.csv"
    assert run("export", str(demo), "--csv", str(named)).returncode == 0
    authors = [r[3] for r in _rows(named.read_bytes(), "utf-8-sig", ",")[1:]]
    assert any(authors)
    from workshop_app.storage import WorkshopStore

    with WorkshopStore.open(demo) as store:
        WorkshopService(store).update_workshop(anonymous=True)
    plain, archive = tmp_path / "public.csv", tmp_path / "archive.csv"
    assert run("export", str(demo), "--csv", str(plain), "--csv-excel", str(tmp_path / "x.csv"),
               ).returncode == 0
    assert run("export", str(demo), "--csv", str(archive), "--include-names").returncode == 0
    assert not any(r[3] for r in _rows(plain.read_bytes(), "utf-8-sig", ",")[1:])
    assert not any(r[3] for r in _rows((tmp_path / "x.csv").read_bytes(), "cp1250", ";")[1:])
    assert [r[3] for r in _rows(archive.read_bytes(), "utf-8-sig", ",")[1:]] == authors

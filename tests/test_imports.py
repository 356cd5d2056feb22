"""The Gather import readers, on real bytes written here into tmp_path.

Every file is written by the test itself (cp1250 with CRLF, UTF-8 with a BOM,
a real .xlsx from openpyxl, PNG bytes under a .csv name …) and read back
through the public API only.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from workshop_app.imports import (
    ColumnMapping,
    ImportFailure,
    ImportProblem,
    LineEnding,
    RosterMapping,
    SourceFormat,
    parse_sector,
    parse_timestamp,
    read_ideas,
    read_roster,
    sniff_csv,
)
from workshop_app.models import LONG_IDEA_CHARS, Sector
from workshop_app.services import NewIdea, WorkshopService

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
PACKAGE = Path(__file__).resolve().parents[1] / "workshop_app" / "imports"
POLISH = "Zażółć gęślą jaźń: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"


def write(path: Path, rows: list[list[str]], *, encoding: str = "utf-8",
          delimiter: str = ",", newline: str = "\r\n", bom: bool = False) -> Path:
    """Write `rows` as a real CSV file the way a spreadsheet program would."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def local(*parts: int) -> str:
    """The UTC stamp the readers give for a time without a zone (this computer's local time)."""
    return datetime(*parts).astimezone(UTC).isoformat(timespec="microseconds")


def failure(path: Path, **kwargs: object) -> ImportFailure:
    with pytest.raises(ImportFailure) as caught:
        read_ideas(path, **kwargs)  # type: ignore[arg-type]
    return caught.value


# -- good files -----------------------------------------------------------------------


EXCEL_PL = [
    ["Pomysł", "Sektor", "Grupa"],
    ["Więcej ścieżek rowerowych, także do szkół", "Samorząd lokalny", "Transport"],
    ["Żłobek przy strefie ekonomicznej", "przedsiębiorca", "Usługi"],
    [POLISH, "Uczelnia", ""],
    ["Punkt konsultacyjny; raz w tygodniu", "Mieszkańcy", "Usługi"],
]


def test_cp1250_semicolon_crlf_from_polish_excel(tmp_path: Path) -> None:
    path = write(tmp_path / "pomysly.csv", EXCEL_PL, encoding="cp1250", delimiter=";")
    assert b"\r\n" in path.read_bytes() and "ż".encode("cp1250") in path.read_bytes()

    preview = sniff_csv(path)
    assert (preview.encoding, preview.delimiter, preview.line_ending) == (
        "cp1250", ";", LineEnding.CRLF)
    assert preview.has_header and preview.header == ("Pomysł", "Sektor", "Grupa")
    assert preview.row_count == 4 and preview.rows[2] == (POLISH, "Uczelnia", "")
    assert preview.mapping == ColumnMapping(text=0, sector=1, cluster=2)

    result = read_ideas(path)
    assert [i.text for i in result.ideas] == [row[0] for row in EXCEL_PL[1:]]
    assert [i.sector for i in result.ideas] == [
        Sector.LOCAL_GOVERNMENT, Sector.BUSINESS, Sector.ACADEMIA, Sector.RESIDENTS]
    assert [i.cluster for i in result.ideas] == ["Transport", "Usługi", None, "Usługi"]
    assert [i.line for i in result.ideas] == [2, 3, 4, 5]
    assert result.source.encoding == "cp1250" and not result.unknown_sectors


def test_utf8_bom_online_form_export(tmp_path: Path) -> None:
    rows = [
        ["Sygnatura czasowa", "Adres e-mail", "Twój pomysł na rozwój gospodarczy regionu…",
         "Reprezentowany sektor", "Imię i nazwisko"],
        ["2024/03/15 10:23:45", "a@b.pl", "Park, ławki, cień – i fontanna", "Nauka",
         "Łucja Żak"],
        ["2024/03/15 10:31:02", "", "Dwie linie:\npierwsza\r\ndruga, z przecinkiem",
         "Organizacja pozarządowa", ""],
        ["2024/03/15 11:00:00", "", 'Cytat "w cudzysłowie", ąćęłńóśźż', "JST", "Ola"],
    ]
    path = write(tmp_path / "formularz.csv", rows, bom=True)
    result = read_ideas(path)
    assert result.source.encoding == "utf-8-sig" and result.source.delimiter == ","
    assert result.header[0] == "Sygnatura czasowa"  # the BOM is not glued to it
    assert result.mapping == ColumnMapping(text=2, sector=3, author=4, timestamp=0)
    assert [i.text for i in result.ideas] == [
        "Park, ławki, cień – i fontanna",
        "Dwie linie:\npierwsza\ndruga, z przecinkiem",
        'Cytat "w cudzysłowie", ąćęłńóśźż']
    assert [i.sector for i in result.ideas] == [
        Sector.ACADEMIA, Sector.NGO, Sector.LOCAL_GOVERNMENT]
    assert [i.author for i in result.ideas] == ["Łucja Żak", "", "Ola"]
    assert [i.written_at for i in result.ideas] == [
        local(2024, 3, 15, 10, 23, 45), local(2024, 3, 15, 10, 31, 2),
        local(2024, 3, 15, 11, 0, 0)]
    # The second idea spans lines 3-5, so the third starts on line 6.
    assert [i.line for i in result.ideas] == [2, 3, 6]


@pytest.mark.parametrize("name", ["pomysly.tsv", "pomysly.txt"])
def test_tab_separated(tmp_path: Path, name: str) -> None:
    rows = [["Treść", "Sektor"], ["Rowery, hulajnogi; parkingi", "Biznes"], [POLISH, "inne"]]
    path = write(tmp_path / name, rows, delimiter="\t", newline="\n")
    preview = sniff_csv(path)
    assert (preview.delimiter, preview.line_ending, preview.encoding) == ("\t", LineEnding.LF,
                                                                          "utf-8")
    result = read_ideas(path)
    assert [(i.text, i.sector) for i in result.ideas] == [
        ("Rowery, hulajnogi; parkingi", Sector.BUSINESS), (POLISH, Sector.OTHER)]


def test_xlsx_written_with_openpyxl(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Odpowiedzi"
    sheet.append(["Sygnatura czasowa", "Pomysł", "Sektor", "Klaster"])
    sheet.append([datetime(2024, 3, 15, 10, 23, 45), "Ścieżki, rowery", "Biznes", "Transport"])
    sheet.append([datetime(2024, 3, 15, 10, 30), POLISH, "NGO", None])
    sheet.append([None, None, None, None])  # an empty row: not a row at all
    sheet.append([None, "Wiersz 5\nw dwóch liniach", "samorząd", 7])
    book.create_sheet("Słownik").append(["samorząd", "nauka"])
    path = tmp_path / "pomysly.xlsx"
    book.save(path)

    preview = sniff_csv(path)
    assert (preview.format, preview.sheet, preview.encoding) == (SourceFormat.XLSX,
                                                                 "Odpowiedzi", None)
    result = read_ideas(path)
    assert [i.text for i in result.ideas] == ["Ścieżki, rowery", POLISH,
                                              "Wiersz 5\nw dwóch liniach"]
    assert [i.sector for i in result.ideas] == [Sector.BUSINESS, Sector.NGO,
                                                Sector.LOCAL_GOVERNMENT]
    assert [i.cluster for i in result.ideas] == ["Transport", None, "7"]
    assert [i.line for i in result.ideas] == [2, 3, 5]
    assert result.ideas[0].written_at == local(2024, 3, 15, 10, 23, 45)


def test_xlsx_with_empty_first_sheet_reads_the_fullest(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Pusty"
    small = book.create_sheet("Mały")
    small.append(["Pomysł"])
    small.append(["jeden"])
    big = book.create_sheet("Duży")
    for row in (["Pomysł"], ["a"], ["b"], ["c"]):
        big.append(row)
    path = tmp_path / "arkusze.xlsx"
    book.save(path)
    result = read_ideas(path)
    assert result.source.sheet == "Duży" and [i.text for i in result.ideas] == ["a", "b", "c"]


def test_xlsx_with_excel_extensions_openpyxl_drops(tmp_path: Path) -> None:
    """Excel's dropdown lists make openpyxl warn; pytest turns warnings into errors."""
    book = openpyxl.Workbook()
    book.active.append(["Pomysł", "Sektor"])
    book.active.append(["Lista rozwijana", "Nauka"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    path = tmp_path / "dropdowns.xlsx"
    extension = (b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14='
                 b'"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
                 b'<x14:dataValidations count="0"/></ext></extLst></worksheet>')
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", extension)
            target.writestr(name, data)
    result = read_ideas(path)
    assert [(i.text, i.sector) for i in result.ideas] == [("Lista rozwijana", Sector.ACADEMIA)]


def test_preview_takes_corrections(tmp_path: Path) -> None:
    rows = [["Pomysł", "Sektor"]] + [[f"Pomysł {n}, z przecinkiem", "nauka"] for n in range(30)]
    path = write(tmp_path / "podglad.csv", rows, encoding="cp1250", delimiter=";")
    guessed = sniff_csv(path)
    assert guessed.row_count == 30 and len(guessed.rows) == 20
    assert guessed.roster_mapping == RosterMapping(sector=1)
    # ISO-8859-2 shares cp1250's byte for "ł"; other codecs are reported by Python's name.
    corrected = sniff_csv(path, encoding="ISO-8859-2", delimiter=",", header=False)
    assert corrected.encoding == "iso8859-2" and not corrected.has_header
    assert corrected.rows[0] == ("Pomysł;Sektor",) and corrected.row_count == 31


def test_microsoft_forms_columns(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["ID", "Godzina rozpoczęcia", "Godzina ukończenia", "Adres e-mail",
                        "Nazwa", "Jaki sektor reprezentujesz?", "Co proponujesz?"])
    book.active.append([1, datetime(2024, 5, 6, 9, 0), datetime(2024, 5, 6, 9, 4),
                        "anonymous", "anonymous", "Nauka", "Inkubator przy politechnice"])
    path = tmp_path / "ms_forms.xlsx"
    book.save(path)
    result = read_ideas(path)
    assert result.mapping == ColumnMapping(text=6, sector=5, author=4, timestamp=2)
    idea = result.ideas[0]
    assert (idea.text, idea.sector, idea.written_at) == (
        "Inkubator przy politechnice", Sector.ACADEMIA, local(2024, 5, 6, 9, 4))


def test_english_header(tmp_path: Path) -> None:
    rows = [["Timestamp", "Your idea", "Sector", "Name", "Group", "Table"],
            ["2024-03-15T10:23:45+01:00", "More bike lanes", "Local government", "Ann",
             "Mobility", "3"],
            ["2024-03-15T10:25:00Z", "Incubator at the university", "Academia", "", "", "4"]]
    result = read_ideas(write(tmp_path / "english.csv", rows))
    assert result.mapping == ColumnMapping(text=1, sector=2, author=3, cluster=4,
                                           timestamp=0, table=5)
    assert [(i.text, i.sector, i.author, i.cluster, i.table) for i in result.ideas] == [
        ("More bike lanes", Sector.LOCAL_GOVERNMENT, "Ann", "Mobility", "3"),
        ("Incubator at the university", Sector.ACADEMIA, "", None, "4")]
    assert [i.written_at for i in result.ideas] == [
        "2024-03-15T09:23:45.000000+00:00", "2024-03-15T10:25:00.000000+00:00"]


@pytest.mark.parametrize(("value", "expected"), [
    ("Samorząd", Sector.LOCAL_GOVERNMENT), ("samorząd lokalny", Sector.LOCAL_GOVERNMENT),
    ("JST", Sector.LOCAL_GOVERNMENT), ("SAMORZADU", Sector.LOCAL_GOVERNMENT),
    ("Urząd gminy", Sector.LOCAL_GOVERNMENT), ("local_government", Sector.LOCAL_GOVERNMENT),
    ("Nauka", Sector.ACADEMIA), ("Uczelnia", Sector.ACADEMIA), ("nauki", Sector.ACADEMIA),
    ("University", Sector.ACADEMIA), ("Biznes", Sector.BUSINESS),
    ("Przedsiębiorca", Sector.BUSINESS), ("firma", Sector.BUSINESS),
    ("przedstawiciel biznesu", Sector.BUSINESS), ("Business", Sector.BUSINESS),
    ("Organizacja pozarządowa", Sector.NGO), ("NGO", Sector.NGO),
    ("organizacje pozarzadowe", Sector.NGO), ("Fundacja", Sector.NGO),
    ("Mieszkaniec", Sector.RESIDENTS), ("Mieszkańcy", Sector.RESIDENTS),
    ("mieszkanka", Sector.RESIDENTS), ("Resident", Sector.RESIDENTS),
    ("Inny", Sector.OTHER), ("inne", Sector.OTHER), ("Other", Sector.OTHER),
])
def test_sector_values(value: str, expected: Sector) -> None:
    assert parse_sector(value) == (expected, True)


@pytest.mark.parametrize("value", ["", "  ", "-", "brak", "n/a"])
def test_empty_sector_is_none(value: str) -> None:
    assert parse_sector(value) == (None, True)


@pytest.mark.parametrize("value", ["rolnik", "innowacje", "nauka i biznes"])
def test_unknown_sector_becomes_other_and_is_reported(value: str) -> None:
    assert parse_sector(value) == (Sector.OTHER, False)


def test_warnings_skipped_long_and_unknown(tmp_path: Path) -> None:
    long_text = "Długi pomysł. " * (LONG_IDEA_CHARS // 10)
    rows = [["Pomysł", "Sektor", "Data"], ["Pierwszy", "rolnik", "wczoraj"],
            ["   ", "biznes", ""], ["", "", ""], [long_text, "", "15.03.2024 10:00"]]
    result = read_ideas(write(tmp_path / "uwagi.csv", rows, delimiter=";"))
    assert [i.text for i in result.ideas] == ["Pierwszy", long_text.strip()]
    assert result.ideas[0].sector is Sector.OTHER and result.ideas[1].sector is None
    assert result.skipped_lines == (3,)  # line 4 has no value at all: not a row
    assert result.long_lines == (5,)
    assert result.unknown_sectors == ((2, "rolnik"),)
    assert result.bad_timestamps == ((2, "wczoraj"),)
    assert result.ideas[1].written_at == local(2024, 3, 15, 10, 0)


def test_no_header_single_column_list(tmp_path: Path) -> None:
    path = tmp_path / "lista.txt"
    path.write_text("Więcej zieleni, mniej betonu\nŁawki w parku\n\nTanie bilety\n",
                    encoding="utf-8")
    preview = sniff_csv(path)
    assert not preview.has_header and preview.row_count == 3
    result = read_ideas(path)
    assert [i.text for i in result.ideas] == ["Więcej zieleni, mniej betonu", "Ławki w parku",
                                              "Tanie bilety"]
    assert [i.line for i in result.ideas] == [1, 2, 4]


def test_unknown_headers_take_the_longest_text_column(tmp_path: Path) -> None:
    rows = [["Lp", "Kolumna A", "Kolumna B", "Kto"],
            ["1", "krótko", "Dłuższy opis pomysłu z przecinkiem, ale jednak", "biznes"],
            ["2", "x", "Kolejny długi opis pomysłu na rozwój regionu", "Nauka"]]
    result = read_ideas(write(tmp_path / "dziwne.csv", rows))
    assert result.mapping.text == 2 and result.mapping.sector == 3
    assert [i.sector for i in result.ideas] == [Sector.BUSINESS, Sector.ACADEMIA]


def test_caller_overrides_mapping_header_delimiter(tmp_path: Path) -> None:
    rows = [["Notatka", "Autor", "Uwagi"], ["Pierwsza", "Ala", "coś"], ["Druga", "Olek", ""]]
    path = write(tmp_path / "nadpisz.csv", rows, delimiter=";")
    by_name = read_ideas(path, mapping=ColumnMapping(text="uwagi", author="Notatka"))
    assert [(i.text, i.author) for i in by_name.ideas] == [("coś", "Pierwsza")]
    assert by_name.skipped_lines == (3,)
    by_index = read_ideas(path, mapping=ColumnMapping(text=1), header=False)
    assert [i.text for i in by_index.ideas] == ["Autor", "Ala", "Olek"]
    one_column = read_ideas(path, delimiter=",")
    assert [i.text for i in one_column.ideas] == ["Pierwsza;Ala;coś", "Druga;Olek;"]
    with pytest.raises(ImportFailure) as caught:
        read_ideas(path, mapping=ColumnMapping(text="Pomysł"))
    assert caught.value.reason is ImportProblem.MISSING_COLUMN


def test_excel_sep_line_and_utf16_unicode_text(tmp_path: Path) -> None:
    sep = tmp_path / "sep.csv"
    sep.write_bytes("sep=;\r\nPomysł;Sektor\r\nJeden, dwa;nauka\r\n".encode("cp1250"))
    result = read_ideas(sep)
    assert result.source.delimiter == ";"
    assert [(i.text, i.line) for i in result.ideas] == [("Jeden, dwa", 3)]
    utf16 = tmp_path / "unicode.txt"
    utf16.write_bytes("Pomysł\tSektor\r\nŻółty rower\tBiznes\r\n".encode("utf-16"))
    result = read_ideas(utf16)
    assert result.source.encoding == "utf-16"
    assert [(i.text, i.sector) for i in result.ideas] == [("Żółty rower", Sector.BUSINESS)]


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-15 10:23:45", local(2024, 3, 15, 10, 23, 45)),
    ("2024-03-15T10:23:45+02:00", "2024-03-15T08:23:45.000000+00:00"),
    ("15.03.2024 10:23", local(2024, 3, 15, 10, 23)),
    ("15.03.2024", local(2024, 3, 15)),
    ("3/15/2024 2:05:09 PM", local(2024, 3, 15, 14, 5, 9)),
    ("2024/03/15 2:57:13 PM GMT+2", "2024-03-15T12:57:13.000000+00:00"),
    ("2024/03/15 10:00:00 CET", "2024-03-15T09:00:00.000000+00:00"),
    ("31.02.2024", None), ("wczoraj", None), ("", None),
])
def test_timestamps(value: str, expected: str | None) -> None:
    assert parse_timestamp(value) == expected


def test_slash_dates_day_first_when_the_column_says_so(tmp_path: Path) -> None:
    rows = [["Timestamp", "Idea"], ["03/04/2024 10:00", "first"], ["25/04/2024 10:00", "second"]]
    result = read_ideas(write(tmp_path / "uk.csv", rows))
    assert [i.written_at for i in result.ideas] == [local(2024, 4, 3, 10), local(2024, 4, 25, 10)]


def test_roster_cp1250_and_xlsx(tmp_path: Path) -> None:
    rows = [["Imię i nazwisko", "Nazwa organizacji", "Gmina", "Typ organizacji"],
            ["Anna Łęcka", "Urząd Gminy Wieliczka", "Wieliczka", "Samorząd"],
            ["", "Politechnika Krakowska", "Kraków", "uczelnia"],
            ["", "", "", ""],
            ["Jan Żuk", "", "Skawina", ""],
            ["", "Rolnicy Razem", "", "rolnicy"]]
    csv_path = write(tmp_path / "lista.csv", rows, encoding="cp1250", delimiter=";")
    result = read_roster(csv_path)
    assert result.mapping == RosterMapping(name=0, organisation=1, municipality=2, sector=3)
    assert [(p.name, p.organisation, p.municipality, p.sector, p.line)
            for p in result.participants] == [
        ("Anna Łęcka", "Urząd Gminy Wieliczka", "Wieliczka", Sector.LOCAL_GOVERNMENT, 2),
        ("", "Politechnika Krakowska", "Kraków", Sector.ACADEMIA, 3),
        ("Jan Żuk", "", "Skawina", None, 5),
        ("", "Rolnicy Razem", "", Sector.OTHER, 6)]
    assert result.unknown_sectors == ((6, "rolnicy"),)
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "lista.xlsx")
    from_xlsx = read_roster(tmp_path / "lista.xlsx")
    assert from_xlsx.participants == result.participants


def test_roster_without_known_columns_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "nic.csv", [["A", "B"], ["1", "2"]])
    with pytest.raises(ImportFailure) as caught:
        read_roster(path)
    assert caught.value.reason is ImportProblem.NO_KNOWN_COLUMNS


def test_5000_rows(tmp_path: Path) -> None:
    sectors = ["samorząd", "nauka", "biznes", "NGO", "mieszkańcy", "inny"]
    rows = [["Pomysł", "Sektor", "Grupa"]] + [
        [f"Pomysł nr {n}: ścieżki, żłobki; łąki", sectors[n % 6], f"Grupa {n % 40}"]
        for n in range(5000)]
    result = read_ideas(write(tmp_path / "duzy.csv", rows, encoding="cp1250", delimiter=";"))
    assert len(result.ideas) == 5000
    assert result.ideas[4999].text == "Pomysł nr 4999: ścieżki, żłobki; łąki"
    assert result.ideas[4999].line == 5001 and result.ideas[4999].cluster == "Grupa 39"
    assert [i.sector for i in result.ideas[:6]] == list(Sector)


def test_imported_ideas_pass_the_service(tmp_path: Path, service: WorkshopService) -> None:
    rows = [["Pomysł", "Sektor", "Data", "Stolik"], [POLISH, "biznes", "15.03.2024 10:00", "3"],
            ["<b>Tekst & znaczniki</b>", "", "", ""]]
    result = read_ideas(write(tmp_path / "do_uslugi.csv", rows, delimiter=";"))
    service.add_ideas(ideas=[NewIdea.imported(idea) for idea in result.ideas])
    stored = service.ideas()
    assert [(i.text, i.sector, i.table_label) for i in stored] == [
        (POLISH, Sector.BUSINESS, "3"), ("<b>Tekst & znaczniki</b>", None, "")]
    assert stored[0].created_at == local(2024, 3, 15, 10)


def test_shared_labeled_ideas_round_trip_through_cp1250(tmp_path: Path) -> None:
    source = SHARED_DATA / "ideas_labeled_pl.csv"
    if not source.exists():
        pytest.skip(f"shared data not present: {source}")
    with source.open(encoding="utf-8", newline="") as stream:
        original = list(csv.reader(stream))
    path = write(tmp_path / "labeled_cp1250.csv", original, encoding="cp1250", delimiter=";")
    result = read_ideas(path)
    assert (result.source.encoding, result.source.delimiter) == ("cp1250", ";")
    sectors = {"samorzad": Sector.LOCAL_GOVERNMENT, "nauka": Sector.ACADEMIA,
               "biznes": Sector.BUSINESS, "ngo": Sector.NGO, "mieszkancy": Sector.RESIDENTS}
    expected = [(text.strip(), sectors[sector], topic) for _, text, sector, topic in original[1:]]
    assert [(i.text, i.sector, i.cluster) for i in result.ideas] == expected
    assert read_ideas(source).ideas == result.ideas

"""CSV files as exporters and old tools really write them: rows that omit
their trailing empty fields, and Polish text in ISO-8859-2 rather than
Windows-1250. Every file is real bytes written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workshop_app.imports import ImportProblem, read_ideas, read_roster, sniff_csv
from workshop_app.models import Sector

from .test_cli import Run, _application, _english_afterwards, run  # noqa: F401 (fixtures)
from .test_imports import failure

# -- item 8: short rows ------------------------------------------------------------------

# A form tool's export: a row ends at its last answer.
SHORT_ROWS = ("Pomysł,Sektor,Autor,Grupa,Uwagi\r\n"
              "Nowy park,biznes,Jan Kowalski\r\n"
              "Ławki przy przystankach,nauka\r\n"
              "Plac zabaw,mieszkańcy,Anna Nowak,Zieleń,pilne\r\n"
              "Rower miejski,biznes,Ewa Lis,Transport\r\n"
              "Kino plenerowe,samorząd\r\n")


def test_comma_csv_with_short_rows_is_split_and_padded(tmp_path: Path) -> None:
    path = tmp_path / "formularz.csv"
    path.write_bytes(SHORT_ROWS.encode("utf-8"))
    result = read_ideas(path)  # was one column: 'Nowy park,biznes,Jan Kowalski'
    assert result.source.delimiter == ","
    assert [(i.text, i.sector, i.author, i.cluster) for i in result.ideas] == [
        ("Nowy park", Sector.BUSINESS, "Jan Kowalski", None),
        ("Ławki przy przystankach", Sector.ACADEMIA, "", None),
        ("Plac zabaw", Sector.RESIDENTS, "Anna Nowak", "Zieleń"),
        ("Rower miejski", Sector.BUSINESS, "Ewa Lis", "Transport"),
        ("Kino plenerowe", Sector.LOCAL_GOVERNMENT, "", None),
    ]
    preview = sniff_csv(path)
    assert preview.header == ("Pomysł", "Sektor", "Autor", "Grupa", "Uwagi")
    assert preview.rows[1] == ("Ławki przy przystankach", "nauka")


def test_semicolon_roster_with_short_rows(tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    path.write_bytes("Imię i nazwisko;Organizacja;Gmina;Sektor\r\nJan Kowalski;Urząd\r\n"
                     "Anna Nowak;Fundacja Las;Kielce;NGO\r\nEwa Lis;Uczelnia;Radom\r\n"
                     .encode("cp1250"))
    result = read_roster(path)
    assert [(p.name, p.municipality, p.sector) for p in result.participants] == [
        ("Jan Kowalski", "", None), ("Anna Nowak", "Kielce", Sector.NGO), ("Ewa Lis", "Radom", None)]


def test_a_list_of_sentences_with_commas_stays_one_column(tmp_path: Path) -> None:
    path = tmp_path / "lista.txt"
    path.write_text("Pomysł\nWięcej ścieżek, także do szkół\nPark, ławki, fontanna\n"
                    "Tańsze bilety\nKino, teatr\n", encoding="utf-8")
    assert [i.text for i in read_ideas(path).ideas] == [
        "Więcej ścieżek, także do szkół", "Park, ławki, fontanna", "Tańsze bilety", "Kino, teatr"]
    no_header = tmp_path / "bez.txt"
    no_header.write_text("Więcej ścieżek, także do szkół\nPark, ławki\nTańsze bilety\n",
                         encoding="utf-8")
    assert len(read_ideas(no_header, header=False).ideas) == 3


def test_a_single_broken_row_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "zlamany.csv"
    path.write_text("Pomysł,Sektor\nPierwszy,nauka\nDrugi,biznes\nPrzerwany\nw pół,biznes\n"
                    "Ostatni,nauka\n", encoding="utf-8")
    caught = failure(path)
    assert (caught.reason, caught.line) == (ImportProblem.RAGGED, 4)


# -- item 9: ISO-8859-2 or Windows-1250 --------------------------------------------------

LETTERS = ("Pomysł;Sektor\r\nGęślą jaźń;nauka\r\nŚcieżka nad Źródłem;biznes\r\n"
           "Ąkwen i świątynia;mieszkańcy\r\n")


@pytest.mark.parametrize(("codec", "reported"), [("iso-8859-2", "iso8859-2"),
                                                  ("cp1250", "cp1250")])
def test_iso_8859_2_and_windows_1250_told_apart(tmp_path: Path, codec: str,
                                                reported: str) -> None:
    path = tmp_path / "pomysly.csv"
    path.write_bytes(LETTERS.encode(codec))
    result = read_ideas(path)
    # ISO-8859-2 was read as Windows-1250 without a word: "Gę¶l± jaĽń".
    assert [i.text for i in result.ideas] == [
        "Gęślą jaźń", "Ścieżka nad Źródłem", "Ąkwen i świątynia"]
    assert result.source.encoding == reported
    assert sniff_csv(path).encoding == reported


def test_plus_minus_in_windows_1250_with_other_letters(tmp_path: Path) -> None:
    # "±" is 0xB1 in Windows-1250, "ą" in ISO-8859-2; the ś (0x9C) decides.
    path = tmp_path / "pomiary.csv"
    path.write_bytes("Pomysł\r\nPomiar ±5 cm, ściana\r\n".encode("cp1250"))
    result = read_ideas(path)
    assert [i.text for i in result.ideas] == ["Pomiar ±5 cm, ściana"]
    assert result.source.encoding == "cp1250"


def test_command_line_says_which_encoding_it_read(run: Run, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "w.razem"
    assert run("new", str(target), "--title", "Import").returncode == 0
    source = tmp_path / "latin2.csv"
    source.write_bytes(LETTERS.encode("iso-8859-2"))
    result = run("import", str(target), str(source), lang="en")
    assert result.returncode == 0, result.stderr
    assert "read as ISO-8859-2" in result.stdout


def test_import_dialog_shows_iso_8859_2_and_lets_it_be_changed(qtbot: QtBot, tmp_path: Path) -> None:
    from workshop_app.ui.import_dialog import ImportDialog

    source = tmp_path / "latin2.csv"
    source.write_bytes(LETTERS.encode("iso-8859-2"))
    dialog = ImportDialog(source)
    qtbot.addWidget(dialog)
    assert dialog.encoding.currentText() == "ISO-8859-2"
    assert dialog.preview.item(0, 0).text() == "Gęślą jaźń"
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1250"))
    assert dialog.preview.item(0, 0).text() == "Gę¶l± jaĽń"

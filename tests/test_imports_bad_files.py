"""Import readers: files that must be refused, with the reason and the line,
and nothing half imported."""

from __future__ import annotations

import ast
import csv
import zipfile
from pathlib import Path

import openpyxl
import pytest

from workshop_app.imports import MAX_FILE_BYTES, ImportFailure, ImportProblem, read_ideas, sniff_csv
from workshop_app.models import MAX_IDEA_CHARS, Sector

from .test_imports import PACKAGE, failure, write

# -- bad files --------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf", b"Pomysl;Sektor\r\n"])
def test_empty_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "pusty.csv"
    path.write_bytes(content)
    assert failure(path).reason is ImportProblem.EMPTY


def test_png_renamed_csv_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "zdjecie.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)))
    assert failure(path).reason is ImportProblem.BINARY
    with pytest.raises(ImportFailure):
        sniff_csv(path)


def test_ragged_row_names_its_line(tmp_path: Path) -> None:
    content = ('Pomysł;Sektor\r\n"Dwie\r\nlinie";nauka\r\nDobry;biznes\r\n'
               'Zły; bo średnik;biznes\r\nOstatni;nauka\r\n')
    path = tmp_path / "krzywy.csv"
    path.write_bytes(content.encode("cp1250"))
    caught = failure(path)
    assert (caught.reason, caught.line) == (ImportProblem.RAGGED, 5)


def test_short_rows(tmp_path: Path) -> None:
    broken = tmp_path / "zlamany.csv"
    broken.write_text("Pomysł;Sektor\nPierwszy;nauka\nPrzerwany\nw pół;biznes\n",
                      encoding="utf-8")
    caught = failure(broken)
    assert (caught.reason, caught.line) == (ImportProblem.RAGGED, 3)
    # Missing only an empty trailing column, or one not imported, is padded.
    trailing = tmp_path / "ogon.csv"
    trailing.write_text("Pomysł;Sektor;Uwagi;\nPierwszy;nauka\nDrugi;biznes;;\nTrzeci;;x;\n",
                        encoding="utf-8")
    result = read_ideas(trailing)
    assert [(i.text, i.sector) for i in result.ideas] == [
        ("Pierwszy", Sector.ACADEMIA), ("Drugi", Sector.BUSINESS), ("Trzeci", None)]


def test_line_of_several_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "olbrzym.csv"
    path.write_text("Pomysł;Sektor\nkrótki;nauka\n" + "x" * 5_000_000 + ";biznes\npo;nauka\n",
                    encoding="utf-8")
    limit = csv.field_size_limit()
    caught = failure(path)
    assert (caught.reason, caught.line) == (ImportProblem.FIELD_TOO_LARGE, 3)
    assert csv.field_size_limit() == limit
    with pytest.raises(ImportFailure) as sniffed:
        sniff_csv(path)
    assert sniffed.value.reason is ImportProblem.FIELD_TOO_LARGE


def test_text_over_the_idea_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "dlugi.csv", [["Pomysł"], ["ok"], ["y " * MAX_IDEA_CHARS]])
    caught = failure(path)
    assert (caught.reason, caught.line) == (ImportProblem.FIELD_TOO_LARGE, 3)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "ogromny.csv"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk, no time
    assert failure(path).reason is ImportProblem.TOO_LARGE


def test_wrong_encoding_forced_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "cp1250.csv", [["Pomysl", "Sektor"], ["Bez ogonkow", "nauka"],
                                           ["Łąka", "biznes"]], encoding="cp1250", delimiter=";")
    caught = failure(path, encoding="utf-8")
    assert (caught.reason, caught.line) == (ImportProblem.ENCODING, 3)
    assert [i.text for i in read_ideas(path).ideas] == ["Bez ogonkow", "Łąka"]
    assert [i.text for i in read_ideas(path, encoding="windows-1250").ideas][1] == "Łąka"


def test_neither_utf8_nor_cp1250(tmp_path: Path) -> None:
    path = tmp_path / "zepsuty.csv"
    path.write_bytes(b"Pomysl\r\nok\r\nzle \x81\x98\r\n")
    caught = failure(path)
    assert (caught.reason, caught.line) == (ImportProblem.ENCODING, 3)


@pytest.mark.parametrize(("content", "line"), [
    # Never closed: a lenient reader would swallow every row below into one note.
    ('Pomysł;Sektor\nDobry;nauka\n"Otwarty;biznes\nKolejny;nauka\nI dalej;nauka\n', 3),
    # Closed by a later quote: rows 3-5 would become one note.
    ('Pomysł;Sektor\nDobry;nauka\n"Otwarty;biznes\nKolejny;nauka\n"Inny";nauka\n', 3),
    # Closed in mid-field: a lenient reader would drop the quotes.
    ('Pomysł;Sektor\nDobry;nauka\nDobry 2;nauka\n"Zielony" Kraków;nauka\n', 4),
])
def test_bad_quotes_name_the_row(tmp_path: Path, content: str, line: int) -> None:
    path = tmp_path / "cudzyslow.csv"
    path.write_text(content, encoding="utf-8")
    caught = failure(path)
    assert (caught.reason, caught.line) == (ImportProblem.BAD_QUOTE, line)


def test_literal_quotes_in_unquoted_fields_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "cale.csv"
    path.write_text('Pomysł;Sektor\nEkran 55" w holu;nauka\n', encoding="utf-8")
    assert [i.text for i in read_ideas(path).ideas] == ['Ekran 55" w holu']


def test_unsupported_and_damaged_workbooks(tmp_path: Path) -> None:
    old_excel = tmp_path / "stary.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    assert failure(old_excel).reason is ImportProblem.UNSUPPORTED
    ods = tmp_path / "calc.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert failure(ods).reason is ImportProblem.UNSUPPORTED
    renamed_ods = tmp_path / "calc.csv"
    renamed_ods.write_bytes(ods.read_bytes())
    assert failure(renamed_ods).reason is ImportProblem.UNSUPPORTED

    book = openpyxl.Workbook()
    book.active.append(["Pomysł"])
    book.active.append(["Arkusz pod inną nazwą"])
    good = tmp_path / "dobry.xlsx"
    book.save(good)
    truncated = tmp_path / "uciety.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert failure(truncated).reason is ImportProblem.XLSX_DAMAGED
    text_named_xlsx = tmp_path / "tekst.xlsx"
    text_named_xlsx.write_text("Pomysł\nto nie arkusz\n", encoding="utf-8")
    assert failure(text_named_xlsx).reason is ImportProblem.XLSX_DAMAGED
    xlsx_named_csv = tmp_path / "arkusz.csv"
    xlsx_named_csv.write_bytes(good.read_bytes())
    # A workbook under a .csv name is read as the workbook it is.
    assert [i.text for i in read_ideas(xlsx_named_csv).ideas] == ["Arkusz pod inną nazwą"]


def test_missing_file_and_folder_are_unreadable(tmp_path: Path) -> None:
    assert failure(tmp_path / "nie_ma.csv").reason is ImportProblem.UNREADABLE
    assert failure(tmp_path).reason is ImportProblem.UNREADABLE


def test_no_text_column(tmp_path: Path) -> None:
    path = write(tmp_path / "liczby.csv", [["Lp", "Data"], ["1", "2024-03-15"], ["2", ""]])
    assert failure(path).reason is ImportProblem.NO_TEXT_COLUMN


def test_bad_arguments_are_programming_errors(tmp_path: Path) -> None:
    path = write(tmp_path / "ok.csv", [["Pomysł"], ["jeden"]])
    with pytest.raises(ValueError):
        read_ideas(path, encoding="klingon")
    with pytest.raises(ValueError):
        read_ideas(path, delimiter=";;")


# -- layering ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_imports_package_is_core_code(path: Path) -> None:
    """No Qt, no SQL, no writing: the UI and the service do those."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
             for alias in node.names}
    names |= {node.module for node in ast.walk(tree)
              if isinstance(node, ast.ImportFrom) and node.module}
    forbidden = ("PySide6", "shiboken6", "sqlite3", "sqlite_utils", "workshop_app.storage",
                 "workshop_app.services", "workshop_app.ui")
    assert not {n for n in names if n.startswith(forbidden)}


@pytest.mark.parametrize("mark", ["vba", "content-type"])
def test_a_macro_workbook_renamed_xlsx_is_called_what_it_is(tmp_path: Path, mark: str) -> None:
    from workshop_app.messages import import_failure

    plain = tmp_path / "plain.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Pomysł"])
    book.active.append(["Park"])
    book.save(plain)
    path = tmp_path / "makra.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml" and mark == "content-type":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            target.writestr(item, data)
        if mark == "vba":
            target.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macros")
    caught = failure(path)
    assert caught.reason is ImportProblem.MACRO_WORKBOOK
    message = import_failure(caught)
    assert "damaged" not in message and "uszkodzony" not in message
    assert "macros" in message or "makr" in message

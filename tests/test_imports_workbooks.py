"""Hostile and odd workbooks: every one is refused with a reason, quickly,
before it can exhaust memory or time; a good one is parsed once.

Each workbook is a real ZIP written here: by openpyxl, or part by part with
the XML written out, so that sizes, rows and headers can be what an attacker
or a broken exporter makes them.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from workshop_app.imports import (
    MAX_ROWS,
    ColumnMapping,
    ImportFailure,
    ImportProblem,
    read_ideas,
    sniff_csv,
)
from workshop_app.messages import import_failure

from .test_imports import failure

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_DOC}/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>'),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_DOC}">'
        '<sheets><sheet name="Arkusz1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>'),
}


def cell(column: str, row: int, text: str) -> str:
    return f'<c r="{column}{row}" t="inlineStr"><is><t>{text}</t></is></c>'


def write_workbook(path: Path, chunks: Iterator[str]) -> Path:
    """A real .xlsx whose one sheet's rows are `chunks` of XML, streamed into the ZIP."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}">'
                        '<sheetData>'.encode())
            for chunk in chunks:
                sheet.write(chunk.encode())
            sheet.write(b"</sheetData></worksheet>")
    return path


def header_row() -> str:
    return f'<row r="1">{cell("A", 1, "Pomysł")}{cell("B", 1, "Sektor")}</row>'


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the workbooks openpyxl is asked to parse."""
    calls: list[int] = []
    real: Callable[..., Any] = openpyxl.load_workbook

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", counting)
    return calls


# -- item 6: ZIP errors and sizes -------------------------------------------------------


def test_bad_version_needed_is_a_workbook_that_cannot_be_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Pomysł"])
    book.active.append(["Park przy rzece"])
    path = tmp_path / "wersja.xlsx"
    book.save(path)
    data = bytearray(path.read_bytes())
    entry = data.find(b"PK\x01\x02")
    while entry >= 0:  # "version needed to extract" of every central directory entry
        struct.pack_into("<H", data, entry + 6, 0xFF)
        entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))
    caught = failure(path)  # was NotImplementedError: zip file version 25.5
    assert caught.reason is ImportProblem.XLSX_DAMAGED
    assert "cannot be read" in import_failure(caught)
    with pytest.raises(ImportFailure):
        sniff_csv(path)


@pytest.mark.slow
def test_workbook_unpacking_to_over_200_mb_is_refused_before_parsing(
        tmp_path: Path, parses: list[int]) -> None:
    # One cell of 210 MB, 210 KB packed (the report: 500 MB in 514 KB, out of memory).
    big = "x" * (1 << 20)
    rows = iter([header_row(), '<row r="2"><c r="A2" t="inlineStr"><is><t>',
                 *(big for _ in range(210)), "</t></is></c></row>"])
    path = write_workbook(tmp_path / "bomba.xlsx", rows)
    assert path.stat().st_size < 1 << 20
    caught = failure(path)
    assert caught.reason is ImportProblem.WORKBOOK_TOO_LARGE
    assert "200 MB" in import_failure(caught)
    assert not parses


def test_one_cell_over_1_mb_is_refused_before_parsing(tmp_path: Path,
                                                     parses: list[int]) -> None:
    # In a column that would not even be imported: it is the parser that would choke.
    rows = iter([header_row(), f'<row r="2">{cell("A", 2, "Ławki")}{cell("B", 2, "nauka")}'
                 f'{cell("C", 2, "y" * (1 << 20) + "y")}</row>'])
    path = write_workbook(tmp_path / "komorka.xlsx", rows)
    assert failure(path).reason is ImportProblem.FIELD_TOO_LARGE
    assert not parses
    # A cell just under the limit is read.
    rows = iter([header_row(), f'<row r="2">{cell("A", 2, "Ławki")}{cell("B", 2, "nauka")}'
                 f'{cell("C", 2, "y" * 1000)}</row>'])
    path = write_workbook(tmp_path / "dobra.xlsx", rows)
    assert [i.text for i in read_ideas(path).ideas] == ["Ławki"]


def test_cdata_cannot_hide_a_long_cell(tmp_path: Path) -> None:
    rows = iter([header_row(), '<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[',
                 "<" * ((1 << 20) + 10), "]]></t></is></c></row>"])
    path = write_workbook(tmp_path / "cdata.xlsx", rows)
    assert failure(path).reason is ImportProblem.FIELD_TOO_LARGE


# -- item 7: blank rows, and one parse per workbook ------------------------------------------


def test_blank_rows_count_toward_the_row_limit(tmp_path: Path, parses: list[int]) -> None:
    # Every blank row written out, as a spreadsheet does for formatted rows, and no
    # <dimension>: openpyxl would scan them all just to size the sheet.
    last = MAX_ROWS + 3
    rows = iter([header_row(), "".join(f'<row r="{n}"/>' for n in range(2, last)),
                 f'<row r="{last}">{cell("A", last, "Jedyny pomysł")}</row>'])
    path = write_workbook(tmp_path / "puste.xlsx", rows)
    assert path.stat().st_size < 1 << 20
    caught = failure(path)
    assert caught.reason is ImportProblem.TOO_LARGE
    assert "100,000" in import_failure(caught)
    assert not parses


@pytest.mark.slow
def test_a_sheet_of_exactly_the_row_limit_is_read(tmp_path: Path) -> None:
    # A header and MAX_ROWS rows, spread over several chunks of the size check.
    last = MAX_ROWS + 1
    rows = iter([header_row(), "".join(f'<row r="{n}"/>' for n in range(2, last)),
                 f'<row r="{last}">{cell("A", last, "Jedyny pomysł")}</row>'])
    path = write_workbook(tmp_path / "rowno.xlsx", rows)
    assert [(i.text, i.line) for i in read_ideas(path).ideas] == [("Jedyny pomysł", last)]



@pytest.mark.slow
@pytest.mark.parametrize("ideas", [MAX_ROWS, MAX_ROWS + 1])
def test_a_header_and_exactly_the_row_limit_of_ideas_are_read(tmp_path: Path, ideas: int) -> None:
    """The limit is 100,000 ideas: a header row does not count toward it."""
    csv_path = tmp_path / "limit.csv"
    csv_path.write_text("Pomysł\n" + "".join(f"Pomysł {n}\n" for n in range(ideas)), encoding="utf-8")
    rows = iter([header_row(), "".join(f'<row r="{n}">{cell("A", n, f"Pomysł {n}")}</row>'
                                       for n in range(2, ideas + 2))])
    xlsx_path = write_workbook(tmp_path / "limit.xlsx", rows)
    for path in (csv_path, xlsx_path):
        if ideas <= MAX_ROWS:
            assert len(read_ideas(path).ideas) == ideas
        else:
            assert failure(path).reason is ImportProblem.TOO_LARGE


def test_thirty_million_missing_rows_stop_at_the_row_limit(tmp_path: Path) -> None:
    # 30 million rows in a few hundred bytes: the rows between are simply missing.
    rows = iter([header_row(), f'<row r="30000000">{cell("A", 30000000, "Pomysł")}</row>'])
    path = write_workbook(tmp_path / "dziura.xlsx", rows)
    caught = failure(path)
    assert (caught.reason, caught.line) == (ImportProblem.TOO_LARGE, MAX_ROWS + 2)


def test_blank_rows_under_the_limit_are_skipped(tmp_path: Path) -> None:
    rows = iter([header_row(), "".join(f'<row r="{n}"/>' for n in range(2, 1000)),
                 f'<row r="1000">{cell("A", 1000, "Pomysł")}{cell("B", 1000, "nauka")}</row>'])
    path = write_workbook(tmp_path / "kilka.xlsx", rows)
    assert [(i.text, i.line) for i in read_ideas(path).ideas] == [("Pomysł", 1000)]


def test_preview_and_every_read_share_one_parse(tmp_path: Path, parses: list[int]) -> None:
    book = openpyxl.Workbook()
    for row in (["Pomysł", "Autor"], ["Park", "Jan"], ["Ławki", "Anna"]):
        book.active.append(row)
    path = tmp_path / "raz.xlsx"
    book.save(path)
    preview = sniff_csv(path)
    # The dialog reads the file again after each choice of a column.
    assert len(read_ideas(path).ideas) == 2
    assert read_ideas(path, mapping=ColumnMapping(text=1)).ideas[0].text == "Jan"
    assert preview.rows == (("Park", "Jan"), ("Ławki", "Anna"))
    assert len(parses) == 1
    # A changed file is read anew.
    book.active.append(["Plac zabaw", "Ola"])
    book.save(path)
    assert len(read_ideas(path).ideas) == 3
    assert len(parses) == 2


def test_import_dialog_parses_a_workbook_once(qtbot: QtBot, tmp_path: Path,
                                              parses: list[int]) -> None:
    from workshop_app.ui.import_dialog import ImportDialog

    book = openpyxl.Workbook()
    for row in (["Pomysł", "Autor"], ["Park", "Jan"], ["Ławki", "Anna"]):
        book.active.append(row)
    path = tmp_path / "okno.xlsx"
    book.save(path)
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    text = dialog.columns["text"]
    text.setCurrentIndex(text.findData(1))  # the moderator picks another column
    assert dialog.outcome is not None
    assert [i.text for i in dialog.outcome.ideas] == ["Jan", "Anna"]
    assert len(parses) == 1

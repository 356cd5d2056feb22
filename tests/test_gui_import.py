"""Importing ideas and a roster in the GUI: preview, correction, one undo step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from workshop_app.models import PhaseKind, Sector
from workshop_app.services import WorkshopService
from workshop_app.ui.import_dialog import ImportDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import WorkshopSession

pytestmark = pytest.mark.usefixtures("polish")

FORM = ("Sygnatura czasowa;Twój pomysł;Reprezentowany sektor;Grupa\r\n"
        "2026-10-15 10:01;Więcej żłobków przy strefach;Samorząd;Kadry\r\n"
        "2026-10-15 10:02;Kolej do Skawiny, co 15 minut;Mieszkaniec;Transport\r\n"
        "2026-10-15 10:03;Źródła ciepła dla firm;Biznes;\r\n")


@pytest.fixture
def window(qtbot: QtBot, service: WorkshopService) -> MainWindow:
    win = MainWindow(WorkshopSession(service, service.store.path), [])
    qtbot.addWidget(win)
    return win


def texts_in_file(path: Path) -> list[str]:
    with sqlite3.connect(path) as raw:
        rows = [r[0] for r in raw.execute("SELECT text FROM ideas WHERE deleted_at IS NULL ORDER BY seq")]
    raw.close()
    return rows


def test_import_of_a_windows_1250_form_export_is_one_undo_step(
    window: MainWindow, service: WorkshopService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "formularz.csv"
    source.write_bytes(FORM.encode("cp1250"))
    seen: list[str] = []

    def accept(dialog: ImportDialog) -> int:
        seen.append(dialog.summary.text())
        assert dialog.encoding.currentText() == "Windows-1250"
        assert dialog.delimiter.currentData() == ";"
        return ImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", accept)
    assert window.import_ideas_from(source) == 3
    assert seen and seen[0].startswith("3 pomysły zostaną dodane")
    assert texts_in_file(service.store.path) == [
        "Więcej żłobków przy strefach", "Kolej do Skawiny, co 15 minut", "Źródła ciepła dla firm"]
    assert [i.sector for i in service.ideas()] == [Sector.LOCAL_GOVERNMENT, Sector.RESIDENTS,
                                                   Sector.BUSINESS]
    assert sorted(c.name for c in service.clusters()) == ["Kadry", "Transport"]
    assert window.current_phase() is PhaseKind.GATHER
    assert window.undo_action.text() == "Cofnij: import 3 pomysłów"
    window.session.undo_stack.undo()
    assert texts_in_file(service.store.path) == []
    assert service.clusters() == []


def test_correcting_the_encoding_guess_changes_the_preview(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "lista.csv"
    source.write_bytes("Pomysł\nŻółte rowery\n".encode("cp1250"))
    dialog = ImportDialog(source)
    qtbot.addWidget(dialog)
    assert dialog.preview.item(0, 0).text() == "Żółte rowery"
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8-sig"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "kodowanie" in dialog.summary.text() and "Nic nie zaimportowano" in dialog.summary.text()


def test_a_broken_file_is_refused_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, service: WorkshopService, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "zepsuty.csv"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    monkeypatch.setattr(ImportDialog, "exec", lambda d: ImportDialog.DialogCode.Rejected)
    assert window.import_ideas_from(source) == 0
    dialog = ImportDialog(source)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "Nic nie zaimportowano" in dialog.summary.text()
    assert service.ideas() == [] and window.session.undo_stack.count() == 0


def test_roster_import_adds_participants_as_one_step(
    window: MainWindow, service: WorkshopService, tmp_path: Path
) -> None:
    roster = tmp_path / "lista_obecnosci.csv"
    roster.write_text("Imię i nazwisko,Organizacja,Gmina,Sektor\n"
                      "Anna Łęcka,UJ,Kraków,Nauka\n,Urząd Gminy,Zabierzów,Samorząd\n",
                      encoding="utf-8-sig")
    setup = window.panels[PhaseKind.SETUP]
    assert setup.import_roster(roster) == 2
    people = service.participants()
    assert [(p.name, p.municipality, p.sector) for p in people] == [
        ("Anna Łęcka", "Kraków", Sector.ACADEMIA), ("", "Zabierzów", Sector.LOCAL_GOVERNMENT)]
    window.session.undo_stack.undo()
    assert service.participants() == []


def test_importing_the_same_file_again_asks_first_and_no_adds_nothing(
    window: MainWindow, service: WorkshopService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    source = tmp_path / "formularz.csv"
    source.write_bytes(FORM.encode("cp1250"))
    monkeypatch.setattr(ImportDialog, "exec", lambda d: ImportDialog.DialogCode.Accepted)
    assert window.import_ideas_from(source) == 3
    asked: list[tuple[str, object]] = []

    def answer(reply: QMessageBox.StandardButton) -> None:
        def question(parent: object, title: str, text: str, buttons: object,
                     default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
            asked.append((text, default))
            return reply
        monkeypatch.setattr(QMessageBox, "question", question)

    def press_ok(dialog: ImportDialog) -> int:
        assert "3 pomysły z tego pliku są już w warsztacie" in dialog.summary.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", press_ok)
    answer(QMessageBox.StandardButton.No)
    assert window.import_ideas_from(source) == 0
    assert asked and "3 pomysły z tego pliku są już w warsztacie" in asked[0][0]
    assert asked[0][1] == QMessageBox.StandardButton.No
    assert len(texts_in_file(service.store.path)) == 3
    answer(QMessageBox.StandardButton.Yes)
    assert window.import_ideas_from(source) == 3
    assert len(texts_in_file(service.store.path)) == 6


def test_a_first_row_without_known_names_is_asked_about(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "ab.csv"
    source.write_bytes("a,b\r\nŻółte rowery,x\r\nKolej,y\r\n".encode("cp1250"))
    dialog = ImportDialog(source)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.header_question.isVisible() and not ok.isEnabled()
    assert "\u201ea\u201d, \u201eb\u201d" in dialog.header_note.text()
    dialog.first_row_is_data.click()
    assert not dialog.header_question.isVisible() and ok.isEnabled()
    assert dialog.outcome is not None
    assert [i.text for i in dialog.outcome.ideas] == ["a", "Żółte rowery", "Kolej"]


def test_the_preview_names_the_unknown_sectors(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "sektory.csv"
    source.write_bytes("Pomysł;Sektor\r\nA;kosmos\r\nB;Nauka\r\nC;kosmos\r\n".encode("cp1250"))
    dialog = ImportDialog(source)
    qtbot.addWidget(dialog)
    assert not dialog.header_question.isVisibleTo(dialog)
    assert ("W 2 wierszach sektor nie został rozpoznany (\u201ekosmos\u201d); ustawiono \u201einny\u201d."
            in dialog.summary.text())

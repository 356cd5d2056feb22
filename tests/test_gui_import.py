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

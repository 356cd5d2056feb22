"""The export dialog on real files: the export runs off the GUI thread and
its file reads back; Cancel leaves no file; a refused target says why."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from tests.helpers.choosers import Chooser, answer_choosers
from tests.helpers.pdf import text_of
from workshop_app.exports import kinds
from workshop_app.exports.kinds import ExportKind
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.settings import EXPORT_DIRECTORY, Settings
from workshop_app.storage import WorkshopStore
from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.session import WorkshopSession

pytestmark = pytest.mark.usefixtures("polish")
WAIT_MS = 60_000  # a bound on each wait for the worker; never reached when all is well


@pytest.fixture
def make_dialog(qtbot: QtBot, demo_service: WorkshopService,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., ExportDialog]]:
    session = WorkshopSession(demo_service, demo_service.store.path)

    def unexpected(_self: ExportDialog, target: Path) -> bool:
        raise AssertionError(f"asked whether to replace {target}")  # a modal question would hang

    monkeypatch.setattr(ExportDialog, "replace_agreed", unexpected)
    made: list[ExportDialog] = []

    def make(kind: ExportKind | None = None, settings: Settings | None = None) -> ExportDialog:
        dialog = ExportDialog(session, None, kind, settings=settings)
        qtbot.addWidget(dialog)
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        dialog.background.shutdown()
    session.shutdown()


def export_to(qtbot: QtBot, dialog: ExportDialog, target: Path) -> None:
    dialog.target.setText(str(target))
    with qtbot.waitSignal(dialog.ended, timeout=WAIT_MS):
        assert dialog.start()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_agenda_is_exported_off_the_gui_thread_and_opens(
        qtbot: QtBot, make_dialog: Callable[..., ExportDialog], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = make_dialog(ExportKind.AGENDA)
    dialog.show()
    assert dialog.kind() is ExportKind.AGENDA
    assert Path(dialog.target.text()).name == "demo-program.pdf"
    ran_on: list[threading.Thread] = []
    real = kinds.make

    def recording_make(*args: Any, **kwargs: Any) -> kinds.Made:
        ran_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(kinds, "make", recording_make)
    target = tmp_path / "out" / "program forum.pdf"
    target.parent.mkdir()
    assert not dialog.open_button.isVisible()
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as done:
        dialog.target.setText(str(target))
        dialog.start()
        assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
    assert done.args == [target]
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert "Dzień 1: czwartek, 20 maja 2027" in text_of(PdfReader(target))
    assert "Zapisano" in dialog.message.text() and str(target) in dialog.message.text()
    assert listing(target.parent) == ["program forum.pdf"]  # no temporary file left
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    dialog.open_button.click()
    dialog.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(target), str(target.parent)]


def test_the_summary_shows_its_progress(qtbot: QtBot, make_dialog: Callable[..., ExportDialog],
                                        tmp_path: Path) -> None:
    dialog = make_dialog()
    assert dialog.kind() is ExportKind.SUMMARY
    steps: list[tuple[int, int]] = []
    dialog._relay.moved.connect(lambda done, total: steps.append((done, total)))
    export_to(qtbot, dialog, tmp_path / "podsumowanie.pdf")
    assert "Strona 1 z" in PdfReader(tmp_path / "podsumowanie.pdf").pages[0].extract_text()
    assert len(steps) > 5 and steps[-1][0] == steps[-1][1]
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first export's worker waits at its first step of the PDF until the
    export is cancelled: the cancel lands mid-build whatever the machine's speed."""
    real = kinds.export_file
    calls: list[object] = []

    def export_file(*args: Any, on_progress: Callable[[int, int], None], cancelled: threading.Event,
                    **kwargs: Any) -> kinds.Made:
        calls.append(args)

        def step(done: int, total: int) -> None:
            on_progress(done, total)
            assert cancelled.wait(WAIT_MS / 1000)

        return real(*args, on_progress=step if len(calls) == 1 else on_progress, cancelled=cancelled,
                    **kwargs)

    monkeypatch.setattr("workshop_app.ui.export_dialog.export_file", export_file)


@pytest.mark.usefixtures("held")
@pytest.mark.parametrize("old", [None, b"%PDF-1.4 the summary of last year"])
@pytest.mark.parametrize("how", ["cancel", "close"])
def test_cancel_or_close_leaves_no_file_and_the_old_one_untouched(
        qtbot: QtBot, make_dialog: Callable[..., ExportDialog], tmp_path: Path,
        old: bytes | None, how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "podsumowanie.pdf"
    target.parent.mkdir()
    if old is not None:
        target.write_bytes(old)
    monkeypatch.setattr(ExportDialog, "replace_agreed", lambda _self, _target: True)
    dialog = make_dialog(ExportKind.SUMMARY)
    dialog.show()
    steps: list[int] = []

    def stop_once(done: int, _total: int) -> None:
        steps.append(done)
        if len(steps) == 1:
            (dialog.cancel_button.click if how == "cancel" else dialog.reject)()

    dialog._relay.moved.connect(stop_once)
    export_to(qtbot, dialog, target)
    assert steps
    assert dialog.message.text() == "Eksport anulowany. Nic nie zapisano."
    assert not dialog.open_button.isVisible() and dialog.export_button.isEnabled()
    if old is None:
        assert listing(target.parent) == []
    else:
        assert target.read_bytes() == old and listing(target.parent) == ["podsumowanie.pdf"]
    if how == "close":
        assert not dialog.isVisible()
        export_to(qtbot, dialog, tmp_path / "znowu.pdf")  # it can be opened and used again
        assert dialog.written == tmp_path / "znowu.pdf"


def test_a_workshop_as_target_is_refused_with_the_reason(
        qtbot: QtBot, make_dialog: Callable[..., ExportDialog], demo_service: WorkshopService,
        tmp_path: Path) -> None:
    dialog = make_dialog(ExportKind.JSON)
    workshop = demo_service.store.path
    before = workshop.read_bytes()
    dialog.target.setText(str(workshop))
    assert not dialog.start()
    assert "eksportowany warsztat" in dialog.message.text() and "Nic nie zapisano" in dialog.message.text()
    other = tmp_path / "inny.razem"
    other.write_bytes(b"")
    dialog.target.setText(str(other))
    assert not dialog.start()
    assert "nigdy nie nadpisuje warsztatu" in dialog.message.text()
    dialog.target.setText(str(tmp_path / "nie ma" / "dane.json"))
    assert not dialog.start()
    assert "nie istnieje" in dialog.message.text()
    assert workshop.read_bytes() == before and other.read_bytes() == b""
    assert not dialog.is_running() and dialog.background.pending == 0


def test_a_read_only_folder_is_refused_with_the_reason(
        make_dialog: Callable[..., ExportDialog], tmp_path: Path) -> None:
    folder = tmp_path / "pendrive"
    folder.mkdir()
    subprocess.run(["chattr", "+i", str(folder)], check=True, capture_output=True)
    try:
        with pytest.raises(PermissionError):  # even root is stopped, or the test proves nothing
            (folder / "x").write_text("x")
        dialog = make_dialog(ExportKind.CSV)
        dialog.target.setText(str(folder / "pomysly.csv"))
        assert not dialog.start()
        assert "nie może zapisać" in dialog.message.text() and "brak uprawnień" in dialog.message.text()
        assert listing(folder) == []
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True, capture_output=True)


def test_characters_windows_1250_cannot_hold_are_named_and_nothing_is_written(
        qtbot: QtBot, make_dialog: Callable[..., ExportDialog], demo_service: WorkshopService,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    demo_service.add_idea(idea=NewIdea(text="Rakieta 🚀 dla gminy"))
    number = max(idea.seq for idea in demo_service.ideas())
    dialog = make_dialog(ExportKind.CSV_EXCEL)
    target = tmp_path / "out" / "pomysly.csv"
    target.parent.mkdir()
    target.write_bytes(b"stare")
    monkeypatch.setattr(ExportDialog, "replace_agreed", lambda _self, _target: True)
    export_to(qtbot, dialog, target)
    text = dialog.message.text()
    assert "Windows-1250" in text and "🚀" in text and str(number) in text
    assert target.read_bytes() == b"stare" and listing(target.parent) == ["pomysly.csv"]
    assert not dialog.open_button.isVisible()


def test_the_calendar_names_the_items_it_left_out(
        qtbot: QtBot, make_dialog: Callable[..., ExportDialog], demo_service: WorkshopService,
        tmp_path: Path) -> None:
    demo_service.add_agenda_item(title="Temat bez godziny")
    dialog = make_dialog(ExportKind.ICS)
    export_to(qtbot, dialog, tmp_path / "program.ics")
    assert "Temat bez godziny" in dialog.message.text()
    assert "BEGIN:VCALENDAR" in (tmp_path / "program.ics").read_text(encoding="utf-8")


def test_the_file_chooser_remembers_the_last_folder(
        qtbot: QtBot, make_dialog: Callable[..., ExportDialog], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(tmp_path)
    first = make_dialog(ExportKind.RESULTS_CSV, settings)
    out = tmp_path / "wyniki"
    out.mkdir()
    export_to(qtbot, first, out / "wyniki.csv")
    assert settings.get(EXPORT_DIRECTORY) == str(out)
    second = make_dialog(ExportKind.JSON, Settings(tmp_path))
    assert Path(second.target.text()) == out / "demo-dane.json"
    asked: list[str] = []
    elsewhere = tmp_path / "gdzie indziej"
    elsewhere.mkdir()

    def chooser(dialog: Chooser) -> str:
        asked.append(dialog.start)
        return str(elsewhere / "dane.json")

    answer_choosers(monkeypatch, chooser)
    second.choose_button.click()
    assert asked == [str(out / "demo-dane.json")]
    assert second.target.text() == str(elsewhere / "dane.json")
    assert Settings(tmp_path).get(EXPORT_DIRECTORY) == str(elsewhere)
    second.set_kind(ExportKind.AGENDA)  # another kind keeps the folder, proposes its own name
    assert Path(second.target.text()) == elsewhere / "demo-program.pdf"
    export_to(qtbot, second, Path("tylko nazwa.pdf"))  # a bare name: in the remembered folder
    assert second.written == elsewhere / "tylko nazwa.pdf" and second.written.exists()


def test_the_file_menu_opens_the_export_dialog(qtbot: QtBot, demo_service: WorkshopService) -> None:
    from tests.conftest import shown_window

    window: Any = shown_window(qtbot, demo_service)
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Eksportuj…")
    action.trigger()
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible() and dialog.kind() is ExportKind.SUMMARY
    dialog.reject()
    assert window.show_export(ExportKind.AGENDA).kind() is ExportKind.AGENDA
    window.export_dialog.reject()


def test_a_workshop_that_can_only_be_read_is_exported(
        qtbot: QtBot, demo_template: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pendrive"
    folder.mkdir()
    path = folder / "warsztat.razem"
    path.write_bytes(demo_template.read_bytes())
    subprocess.run(["chattr", "+i", str(folder)], check=True, capture_output=True)
    try:
        with WorkshopStore.open(path, read_only=True) as store:
            session = WorkshopSession(WorkshopService(store), path, read_only="pendrive")
            dialog = ExportDialog(session, None, ExportKind.AGENDA)
            qtbot.addWidget(dialog)
            assert Path(dialog.target.text()).parent == folder
            target = tmp_path / "program.pdf"
            export_to(qtbot, dialog, target)
            assert dialog.written == target, dialog.message.text()
            assert "Sala A" in text_of(PdfReader(target))
            dialog.background.shutdown()
            session.shutdown()
        assert listing(folder) == ["warsztat.razem"]
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True, capture_output=True)


def test_the_agenda_views_export_buttons_open_the_dialog_with_their_kind(
        qtbot: QtBot, demo_service: WorkshopService) -> None:
    from tests.conftest import shown_window
    from workshop_app.models import PhaseKind

    window: Any = shown_window(qtbot, demo_service)
    window.show_phase(PhaseKind.AGENDA)
    panel = window.panels[PhaseKind.AGENDA]
    for key, kind in (("export_agenda", ExportKind.AGENDA), ("export_summary", ExportKind.SUMMARY),
                      ("export_ics", ExportKind.ICS)):
        qtbot.mouseClick(panel.buttons[key], Qt.MouseButton.LeftButton)
        dialog = window.export_dialog
        assert dialog is not None and dialog.isVisible() and dialog.kind() is kind
        dialog.reject()


@pytest.mark.parametrize("agreed", [False, True])
def test_an_existing_file_is_replaced_only_when_the_organiser_agrees(
        qtbot: QtBot, make_dialog: Callable[..., ExportDialog], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, agreed: bool) -> None:
    target = tmp_path / "podsumowanie.pdf"
    target.write_bytes(b"%PDF- the version sent to print")
    asked: list[Path] = []

    def answer(_self: ExportDialog, about: Path) -> bool:
        asked.append(about)
        return agreed

    monkeypatch.setattr(ExportDialog, "replace_agreed", answer)
    dialog = make_dialog(ExportKind.SUMMARY)
    dialog.show()
    dialog.target.setText(str(target))
    if agreed:
        with qtbot.waitSignal(dialog.ended, timeout=WAIT_MS):
            assert dialog.start()
        assert text_of(PdfReader(target))
    else:
        assert not dialog.start()
        assert target.read_bytes() == b"%PDF- the version sent to print"
        assert "pozostawiono bez zmian" in dialog.message.text()
    assert asked == [target]


def test_a_new_target_clears_the_last_result_so_open_never_opens_an_older_file(
        qtbot: QtBot, make_dialog: Callable[..., ExportDialog], tmp_path: Path) -> None:
    dialog = make_dialog(ExportKind.AGENDA)
    dialog.show()
    export_to(qtbot, dialog, tmp_path / "program.pdf")
    assert dialog.open_button.isVisible() and "Zapisano" in dialog.message.text()
    qtbot.keyClicks(dialog.target, "2")  # the organiser types another name
    assert not dialog.open_button.isVisible() and not dialog.folder_button.isVisible()
    assert dialog.message.text() == "" and dialog.written is None
    export_to(qtbot, dialog, tmp_path / "program-2.pdf")
    assert dialog.open_button.isVisible()
    dialog.kinds.setCurrentRow(list(ExportKind).index(ExportKind.SUMMARY))  # another kind
    assert not dialog.open_button.isVisible() and dialog.written is None

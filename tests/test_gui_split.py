""""Zapisz stół jako osobny plik" in the window: the table of the selected notes
chosen already, the file written off the GUI thread and named with its count
when done, the workshop unchanged, a target that exists refused in words."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import shown_window
from tests.helpers.choosers import Chooser, answer_choosers
from tests.helpers.split import rows
from workshop_app.models import Idea, PhaseKind
from workshop_app.services import WorkshopService
from workshop_app.ui.idea_table import ID_ROLE
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.panels import ClusterPanel
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.split_dialog import SplitDialog

pytestmark = pytest.mark.usefixtures("polish")
WAIT_MS = 60_000  # a bound on each wait for the worker; never reached when all is well


@pytest.fixture
def make_dialog(qtbot: QtBot, demo_service: WorkshopService) -> Iterator[Callable[..., SplitDialog]]:
    session = WorkshopSession(demo_service, demo_service.store.path)
    made: list[SplitDialog] = []

    def make(selected: list[str] | None = None) -> SplitDialog:
        dialog = SplitDialog(session, selected or [])
        qtbot.addWidget(dialog)
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        dialog.background.shutdown()
    session.shutdown()


def of_table(service: WorkshopService, label: str) -> list[Idea]:
    return [i for i in service.ideas() if i.table_label == label]


def save(qtbot: QtBot, dialog: SplitDialog) -> None:
    with qtbot.waitSignal(dialog.ended, timeout=WAIT_MS):
        assert dialog.start()


def test_the_table_of_the_selection_is_saved_off_the_gui_thread(
        qtbot: QtBot, make_dialog: Callable[..., SplitDialog], demo_service: WorkshopService,
        monkeypatch: pytest.MonkeyPatch) -> None:
    table_three = of_table(demo_service, "Stół 3")
    dialog = make_dialog([i.id for i in table_three[:2]])
    dialog.show()
    choices = [dialog.choice.itemText(n) for n in range(dialog.choice.count())]
    assert choices == ["Stół 1 (7 pomysłów)", "Stół 2 (9 pomysłów)", "Stół 3 (8 pomysłów)",
                       "Stół 4 (8 pomysłów)", "Stół 5 (10 pomysłów)", "Zaznaczone notatki (2)"]
    assert dialog.choice.currentText() == "Stół 3 (8 pomysłów)"  # the selection's table
    target = demo_service.store.path.parent / "demo-Stół-3.razem"
    assert dialog.target.text() == str(target)
    threads: list[str] = []
    import workshop_app.ui.split_dialog as module

    def watched(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return module_split(*args, **kwargs)

    module_split = module.split_file
    monkeypatch.setattr(module, "split_file", watched)
    changed, history = demo_service.store.changes_made(), demo_service.undo_history()
    with qtbot.waitSignal(dialog.written, timeout=WAIT_MS) as written:
        assert dialog.start()
    assert threads and threads[0].startswith("razem-split")
    assert written.args is not None and written.args[0].ideas == 8
    assert dialog.message.text().startswith(f"Zapisano 8 pomysłów stołu \u201eStół 3\u201d w pliku {target}.")
    assert set(rows(target, Idea)) == {i.id for i in table_three}
    assert (demo_service.store.changes_made(), demo_service.undo_history()) == (changed, history)
    assert dialog.close_button.isDefault()  # done: Enter closes


def test_notes_of_several_tables_are_saved_as_the_selection(
        qtbot: QtBot, make_dialog: Callable[..., SplitDialog], demo_service: WorkshopService,
        tmp_path: Path) -> None:
    chosen = [of_table(demo_service, "Stół 1")[0].id, of_table(demo_service, "Stół 5")[0].id]
    dialog = make_dialog(chosen)
    assert dialog.choice.currentText() == "Zaznaczone notatki (2)"
    assert dialog.target.text().endswith("demo-wybrane.razem")
    dialog.target.setText(str(tmp_path / "wybrane.razem"))
    save(qtbot, dialog)
    assert dialog.message.text().startswith("Zapisano 2 wybrane pomysły")
    assert set(rows(tmp_path / "wybrane.razem", Idea)) == set(chosen)


def test_an_existing_file_is_refused_in_words_and_kept(
        qtbot: QtBot, make_dialog: Callable[..., SplitDialog], tmp_path: Path) -> None:
    other = tmp_path / "inny.razem"
    other.write_bytes(b"moje notatki")
    dialog = make_dialog()
    assert dialog.choice.currentText() == "Stół 1 (7 pomysłów)"  # nothing selected: the first table
    dialog.target.setText(str(other))
    save(qtbot, dialog)
    assert "już istnieje" in dialog.message.text()
    assert other.read_bytes() == b"moje notatki"
    assert dialog.save_button.isEnabled() and dialog.result_ is None


def test_the_chooser_asks_for_a_new_name_without_offering_to_replace(
        make_dialog: Callable[..., SplitDialog], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    seen: list[Chooser] = []

    def answer(chooser: Chooser) -> str:
        seen.append(chooser)
        return str(tmp_path / "stol")

    answer_choosers(monkeypatch, answer)
    dialog = make_dialog()
    dialog.choose_target()
    assert seen[0].start == str(Path(dialog.session.path.parent) / "demo-Stół-1.razem")
    assert seen[0].testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert seen[0].iconProvider() is not None  # the one that never reads the files it lists
    assert dialog.target.text() == str(tmp_path / "stol.razem")


def test_the_cluster_views_selected_group_goes_to_the_dialog(
        qtbot: QtBot, demo_service: WorkshopService, tmp_path: Path) -> None:
    window = shown_window(qtbot, demo_service)
    assert isinstance(window, MainWindow)
    window.show_phase(PhaseKind.CLUSTER)
    panel = window.panels[PhaseKind.CLUSTER]
    assert isinstance(panel, ClusterPanel)
    group = demo_service.clusters()[0]
    members = {i.id for i in demo_service.ideas() if i.cluster_id == group.id}
    panel.scene.frames[group.id].setSelected(True)  # the frame, not its notes
    assert set(panel.selected_idea_ids()) == members
    panel.split_action.trigger()
    dialog = window.split_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.choice.itemText(dialog.choice.count() - 1) == f"Zaznaczone notatki ({len(members)})"
    dialog.target.setText(str(tmp_path / "grupa.razem"))
    save(qtbot, dialog)
    assert set(rows(tmp_path / "grupa.razem", Idea)) >= members
    dialog.reject()
    file_menu = window.menuBar().actions()[0].menu()
    labels = [a.text() for a in file_menu.actions()]  # type: ignore[union-attr]
    assert "Zapisz stół &jako osobny plik…" in labels
    assert dialog.message.textFormat() is Qt.TextFormat.PlainText  # tables' names: never markup


def test_the_file_menu_takes_the_gather_lists_selection(
        qtbot: QtBot, demo_service: WorkshopService) -> None:
    window = shown_window(qtbot, demo_service)
    assert isinstance(window, MainWindow)
    window.show_phase(PhaseKind.GATHER)
    gather = window.panels[PhaseKind.GATHER]
    wanted = {i.id for i in of_table(demo_service, "Stół 4")[:3]}
    view = gather.view  # type: ignore[attr-defined]
    for row in range(view.model().rowCount()):
        if view.model().index(row, 1).data(ID_ROLE) in wanted:
            view.selectionModel().select(view.model().index(row, 1),
                                         QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)
    assert set(gather.selected_idea_ids()) == wanted
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions()  # type: ignore[union-attr]
                  if a.text() == "Zapisz stół &jako osobny plik…")
    action.trigger()
    dialog = window.split_dialog
    assert dialog is not None and dialog.choice.currentText() == "Stół 4 (8 pomysłów)"
    assert dialog.choice.itemText(dialog.choice.count() - 1) == "Zaznaczone notatki (3)"
    dialog.reject()


def test_the_dialog_is_as_tall_as_its_lines(qtbot: QtBot,
                                            make_dialog: Callable[..., SplitDialog]) -> None:
    """No empty area between the fields and the buttons; a message, when
    one comes, makes room for itself."""
    dialog = make_dialog()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= dialog.heightForWidth(dialog.width()) + 8
    assert dialog.intro.height() >= dialog.intro.heightForWidth(dialog.intro.width())  # unclipped
    assert dialog.message.geometry().bottom() + 40 > dialog.save_button.geometry().top()

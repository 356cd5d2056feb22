"""File → "Połącz warsztaty…" in the window, on real table files made from one
template (tests.helpers.tables): the preview's counts per file and kind, the
merge as one undo step, a refused file named with nothing changed, "nothing
new" for a second merge, separating a joined participant from the report,
the same-named groups option, and the keyboard. Only the file chooser is
answered by the test (tests.helpers.choosers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QListView, QWidget
from pytestqt.qtbot import QtBot

from tests import test_merge
from tests.conftest import shown_window
from tests.helpers.choosers import answer_choosers
from tests.helpers.tables import Tables
from tests.test_merge import _damaged, _newer, _not_a_workshop, document, fingerprint
from workshop_app.merge_words import MergeWords
from workshop_app.models import PhaseKind
from workshop_app.models.merge_report import MergeKind
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.merge_dialog import MergeDialog
from workshop_app.ui.panels.cluster import ClusterPanel
from workshop_app.ui.session import WorkshopSession

pytestmark = pytest.mark.usefixtures("polish")


# The merge tests' fixtures: the template's three table files, and the
# organisers' file (a copy of the template, open for writing).
tables = test_merge.tables
target = test_merge.target


def chosen(*paths: Path) -> str:
    """What the file chooser's name field holds for several files."""
    return " ".join(f'"{path}"' for path in paths)


def merge_from_menu(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                    *paths: Path) -> MergeDialog:
    answer_choosers(monkeypatch, lambda _chooser: chosen(*paths))
    window.merge_action.trigger()
    dialog = window.merge_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def window(qtbot: QtBot, target: WorkshopService) -> MainWindow:
    shown = shown_window(qtbot, target)
    assert isinstance(shown, MainWindow)
    return shown


def kinds(*pairs: tuple[MergeKind, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
    words = MergeWords()
    return {words.kind(kind): counts for kind, counts in pairs}


def test_the_preview_lists_what_each_table_brings_and_writes_nothing(
        qtbot: QtBot, window: MainWindow, target: WorkshopService, tables: Tables,
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = fingerprint(target.store.path)
    asked: list[str] = []
    answer_choosers(monkeypatch, lambda chooser: (asked.append(chooser.nameFilters()[0])
                                                  or chosen(*tables.tables)))
    window.merge_action.trigger()
    dialog = window.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert asked == ["Warsztaty Razem (*.razem)"]
    assert dialog.status.text().startswith("Połączenie 3 plików z razem.razem dałoby to")
    view = dialog.view
    assert view.counts("stol1.razem")[MergeWords().kind(MergeKind.IDEAS)] == (3, 2, 1, 0, 0)
    assert view.counts("stol2.razem") == kinds(
        (MergeKind.PARTICIPANTS, (1, 1, 0, 0, 0)), (MergeKind.OBJECTIVES, (0, 1, 0, 0, 0)),
        (MergeKind.CLUSTERS, (1, 2, 0, 0, 0)), (MergeKind.IDEAS, (4, 2, 1, 0, 0)),
        (MergeKind.ROUNDS, (0, 1, 0, 0, 0)), (MergeKind.AGENDA, (0, 1, 0, 0, 0)))
    stol3 = view.counts("stol3.razem")
    assert stol3[MergeWords().kind(MergeKind.IDEAS)] == (2, 2, 0, 1, 0)  # its shared idea is older
    assert stol3[MergeWords().kind(MergeKind.PARTICIPANTS)] == (0, 1, 0, 0, 1)  # Jan, once
    titles = [view.sources.topLevelItem(n).text(0) for n in range(3)]  # type: ignore[union-attr]
    assert titles[2] == "stol3.razem — stół: stol3"
    [join] = view.join_labels.values()
    assert "jan  KOWALSKI (Izba gospodarcza) z pliku stol3.razem" in join.text()
    assert not view.separate_buttons  # only once merged
    assert [label.text() for label in view.cluster_labels] == [
        "• „Zieleń” z pliku stol3.razem nazywa się teraz „Zieleń (stol3)”"]
    conflicts = [label.text() for label in view.conflict_labels]
    # Which version stays, and the text of the other one, in sight (the
    # template's text, which table 3 kept too, is listed once).
    assert len(conflicts) == 2
    # The command line's sentences: where each version was written (table 2
    # replaced what table 1 brought in this very merge, not the workshop's).
    assert conflicts[0].startswith("• pomysł #1 „Wspólny bilet (stół 1)”: nowsza wersja przy "
                                   "stole Stół 1 (stol1.razem) (")
    assert "zastąpiła wersję w warsztacie (" in conflicts[0]
    assert conflicts[0].endswith("w starszej wersji – tekst: „Wspólny bilet w metropolii”")
    assert "zastąpiła wersję przy stole Stół 1 (stol1.razem) (" in conflicts[1]
    assert conflicts[1].endswith("w starszej wersji – tekst: „Wspólny bilet (stół 1)”")
    assert dialog.merge_button_shown() and dialog.merge_button.isDefault()
    assert fingerprint(target.store.path) == before
    assert window.session.undo_stack.count() == 0


def content(service: WorkshopService) -> dict[str, Any]:
    """The JSON export but for where the moderator is (navigation is no undo step)."""
    made = document(service)
    made["workshop"] = {key: value for key, value in made["workshop"].items()
                        if key not in ("current_phase", "updated_at")}
    return made


def test_enter_merges_as_one_undo_step_and_undo_restores_the_workshop(
        qtbot: QtBot, window: MainWindow, target: WorkshopService, tables: Tables,
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = content(target)
    dialog = merge_from_menu(qtbot, window, monkeypatch, *tables.tables)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert len(target.ideas()) == 3 + 3 + 4 + 2
    assert window.session.undo_stack.count() == 1
    assert window.undo_action.text() == "Cofnij: łączenie 3 plików warsztatu"
    assert dialog.status.text() == "Połączono 3 pliki z razem.razem (jeden krok cofania):"
    assert not dialog.merge_button_shown() and dialog.join_clusters.isHidden()
    # The canvas, behind the report, shows every note: each table in its own area.
    assert window.current_phase() is PhaseKind.CLUSTER
    panel = window.panels[PhaseKind.CLUSTER]
    assert isinstance(panel, ClusterPanel)
    shown = panel.canvas.mapToScene(panel.canvas.viewport().rect()).boundingRect()
    assert shown.contains(panel.scene.itemsBoundingRect())
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter now closes the report
    assert not dialog.isVisible()
    window.undo_action.trigger()
    assert content(target) == before
    assert len(target.ideas()) == 3


def test_escape_cancels_and_nothing_is_merged(
        qtbot: QtBot, window: MainWindow, target: WorkshopService, tables: Tables,
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = fingerprint(target.store.path)
    dialog = merge_from_menu(qtbot, window, monkeypatch, *tables.tables)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert fingerprint(target.store.path) == before and len(target.ideas()) == 3


def test_cancelling_the_file_chooser_opens_no_dialog(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    answer_choosers(monkeypatch, lambda _chooser: "")
    window.merge_action.trigger()
    assert window.merge_dialog is None


@pytest.mark.parametrize("kind", ["not_a_workshop", "damaged", "newer", "itself"])
def test_a_refused_file_is_named_and_nothing_changes(
        qtbot: QtBot, window: MainWindow, target: WorkshopService, tables: Tables,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    folder = tmp_path / "zle"
    folder.mkdir()
    bad = {"not_a_workshop": lambda: _not_a_workshop(folder),
           "damaged": lambda: _damaged(folder, tables),
           "newer": lambda: _newer(folder, tables),
           "itself": lambda: target.store.path}[kind]()
    before = fingerprint(target.store.path)
    dialog = merge_from_menu(qtbot, window, monkeypatch, tables.tables[0], bad)
    assert dialog.problem.isVisible()
    assert bad.name in dialog.problem.text()
    # One message, said once; nothing shown that does not apply, no empty room.
    said = " ".join(label.text() for label in (dialog.status, dialog.problem) if label.isVisible())
    assert said.count("Nic nie zostało połączone") == 1
    assert not dialog.merge_button_shown() and not dialog.view.isVisible()
    assert not dialog.join_clusters.isVisible()
    assert dialog.height() < 250
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # nothing to confirm: Enter closes
    assert not dialog.isVisible()
    assert fingerprint(target.store.path) == before
    assert window.session.undo_stack.count() == 0 and len(target.ideas()) == 3


def test_other_files_can_be_chosen_after_a_refused_one(
        qtbot: QtBot, window: MainWindow, tables: Tables, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.setGeometry(0, 0, 1280, 800)
    dialog = merge_from_menu(qtbot, window, monkeypatch, _not_a_workshop(tmp_path))
    answer_choosers(monkeypatch, lambda _chooser: chosen(tables.tables[0]))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert not dialog.problem.isVisible() and dialog.merge_button_shown()
    assert list(dialog.view.counts("stol1.razem"))
    # The refusal's small dialog, grown to the preview, is still over the window.
    assert window.frameGeometry().contains(dialog.frameGeometry())


def test_a_second_merge_says_nothing_new_and_offers_no_merge(
        qtbot: QtBot, window: MainWindow, target: WorkshopService, tables: Tables,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.keyClick(merge_from_menu(qtbot, window, monkeypatch, *tables.tables), Qt.Key.Key_Return)
    before = fingerprint(target.store.path)
    again = merge_from_menu(qtbot, window, monkeypatch, *tables.tables)
    assert again.status.text() == "Nic nowego do dodania"
    assert not again.merge_button_shown()
    counts = again.view.counts("stol2.razem")
    assert all(added == updated == 0 for added, _, updated, _, _ in counts.values())
    qtbot.keyClick(again, Qt.Key.Key_Return)
    assert not again.isVisible()
    assert fingerprint(target.store.path) == before
    assert window.session.undo_stack.count() == 1


def test_a_joined_participant_is_separated_from_the_report(
        qtbot: QtBot, window: MainWindow, target: WorkshopService, tables: Tables,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = merge_from_menu(qtbot, window, monkeypatch, *tables.tables)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert sorted(p.name for p in target.participants()) == ["Anna Nowak", "Jan Kowalski"]
    [(join_id, button)] = dialog.view.separate_buttons.items()
    assert button.text() == "&Rozdziel" and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in target.participants()) == [
        "Anna Nowak", "Jan Kowalski", "jan  KOWALSKI"]
    assert not button.isEnabled() and button.text() == "Rozdzielono"
    assert "rozdzieleni z powrotem" in dialog.view.join_labels[join_id].text()
    assert window.session.undo_stack.count() == 2  # the merge, then the separation
    assert target.participant_joins() == []
    window.session.undo_stack.undo()  # joined again
    assert len(target.participants()) == 2


def test_joining_same_named_groups_plans_again(
        qtbot: QtBot, window: MainWindow, target: WorkshopService, tables: Tables,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = merge_from_menu(qtbot, window, monkeypatch, *tables.tables)
    groups = MergeWords().kind(MergeKind.CLUSTERS)
    assert dialog.view.counts("stol3.razem")[groups] == (1, 2, 0, 0, 0)
    dialog.join_clusters.click()
    assert dialog.view.counts("stol3.razem")[groups] == (0, 2, 0, 0, 1)
    assert [label.text() for label in dialog.view.cluster_labels] == [
        "• „Zieleń” z pliku stol3.razem połączona z grupą „Zieleń”"]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert sorted(c.name for c in target.clusters()) == ["Energia", "Transport", "Zieleń"]


def test_a_plan_the_workshop_outran_is_made_again_and_shown(
        qtbot: QtBot, window: MainWindow, target: WorkshopService, tables: Tables,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = merge_from_menu(qtbot, window, monkeypatch, *tables.tables)
    stale = dialog.plan
    window.session.run(target.rename_cluster, cluster_id=tables.transport, name="Komunikacja")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert len(target.ideas()) == 3  # nothing merged
    assert dialog.problem.text().startswith("Warsztat zmienił się od tego podglądu")
    assert dialog.plan is not None and dialog.plan is not stale and dialog.merge_button_shown()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the new plan merges
    assert len(target.ideas()) == 12 and not dialog.problem.isVisible()


def focus_chain(dialog: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab visits from the one with the focus."""
    seen = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        dialog.focusNextChild()
    return seen


def test_tab_reaches_everything_in_the_preview_and_the_report(
        qtbot: QtBot, window: MainWindow, tables: Tables,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = merge_from_menu(qtbot, window, monkeypatch, *tables.tables)
    dialog.activateWindow()
    dialog.view.sources.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.view.sources)
    visited = focus_chain(dialog, 8)
    for widget in (dialog.view.sources, dialog.join_clusters, dialog.merge_button,
                   dialog.choose_button, dialog.buttons.button(dialog.buttons.StandardButton.Cancel)):
        assert widget in visited
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    [button] = dialog.view.separate_buttons.values()
    assert button in focus_chain(dialog, 8)


def test_a_file_open_in_a_running_razem_is_named_and_nothing_changes(
        qtbot: QtBot, window: MainWindow, target: WorkshopService, tables: Tables,
        monkeypatch: pytest.MonkeyPatch) -> None:
    held = tables.tables[2]
    before = fingerprint(target.store.path)
    with subprocess.Popen([sys.executable, str(test_merge.HOLD_CHILD), str(held)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        try:
            assert holder.stdout.readline() == "ready\n"
            dialog = merge_from_menu(qtbot, window, monkeypatch, *tables.tables)
        finally:
            holder.stdin.close()
            holder.wait()
    assert "stol3.razem" in dialog.problem.text() and not dialog.merge_button_shown()
    assert fingerprint(target.store.path) == before


def test_a_workshop_open_for_reading_only_refuses_the_merge_in_the_dialog(
        qtbot: QtBot, target: WorkshopService, tables: Tables) -> None:
    session = WorkshopSession(target, target.store.path, read_only="plik tylko do odczytu")
    dialog = MergeDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plan_files(list(tables.tables)) is not None  # a preview only reads
    before = fingerprint(target.store.path)
    dialog.merge_button.click()
    assert dialog.problem.isVisible() and "tylko do odczytu" in dialog.problem.text()
    assert dialog.report is None and dialog.merge_button_shown()
    assert fingerprint(target.store.path) == before


def test_on_a_1280_by_800_laptop_the_merged_canvas_has_most_of_the_width_and_refits(
        qtbot: QtBot, window: MainWindow, tables: Tables, monkeypatch: pytest.MonkeyPatch) -> None:
    window.resize(1280, 800)
    dialog = merge_from_menu(qtbot, window, monkeypatch, *tables.tables)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the report closed
    panel = window.panels[PhaseKind.CLUSTER]
    assert isinstance(panel, ClusterPanel)
    assert panel.canvas.width() > panel.splitter.width() / 2
    for action in (panel.group_action, panel.ungroup_action, panel.rename_action,
                   panel.duplicate_action, panel.tidy_action, panel.fit_action,
                   panel.suggestions_action):  # none behind "»"
        button = panel.toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()
    # The suggestions are one click away, and the canvas gives them room.
    canvas_width = panel.canvas.width()
    panel.suggestions_action.trigger()
    qtbot.waitUntil(lambda: panel.canvas.width() < canvas_width)
    assert panel.suggestion_panel.width() >= panel.suggestion_panel.minimumWidth()
    panel.suggestions_action.trigger()
    assert not panel.suggestion_panel.isVisible() and not panel.suggestions_action.isChecked()
    qtbot.waitUntil(lambda: panel.canvas.width() == canvas_width)

    def everything_shown() -> bool:
        shown = panel.canvas.mapToScene(panel.canvas.viewport().rect()).boundingRect()
        return shown.contains(panel.scene.itemsBoundingRect())

    small = panel.canvas.scale_factor()
    window.resize(1920, 1080)  # the window grows: the canvas fits all again, larger
    qtbot.waitUntil(lambda: panel.canvas.scale_factor() > small * 1.3)
    assert everything_shown()


def test_each_file_row_starts_with_its_file_and_table_and_names_only_another_workshop(
        qtbot: QtBot, window: MainWindow, target: WorkshopService, tables: Tables,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = merge_from_menu(qtbot, window, monkeypatch, *tables.tables)
    rows = [dialog.view.sources.topLevelItem(n) for n in range(3)]
    assert [row.text(0) for row in rows if row is not None] == [
        "stol1.razem — stół: Stół 1", "stol2.razem — stół: Stół 2", "stol3.razem — stół: stol3"]
    assert rows[0] is not None and "warsztat: „Forum 2027”" in rows[0].toolTip(0)
    window.session.run(target.update_workshop, title="Forum 2027 — organizatorzy")
    dialog.replan()  # the tables' copies now have another title than the workshop's
    row = dialog.view.sources.topLevelItem(0)
    assert row is not None and row.text(0) == "stol1.razem — stół: Stół 1 — „Forum 2027”"


def test_the_preview_says_the_workshops_own_notes_are_placed_first(
        qtbot: QtBot, service: WorkshopService, tables: Tables) -> None:
    service.add_ideas(ideas=[NewIdea(f"Nasz pomysł {n}") for n in range(5)])  # never placed
    dialog = MergeDialog(WorkshopSession(service, service.store.path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plan_files([tables.tables[0]]) is not None
    label = dialog.view.tidied_label
    assert label is not None and label.isVisible()
    assert label.text() == ("Żadna z 5 własnych karteczek warsztatu nie ma jeszcze miejsca na "
                            "tablicy; połączenie najpierw je uporządkuje, na lewo od karteczek "
                            "stołów.")
    dialog.merge()
    label = dialog.view.tidied_label
    assert label is not None and label.text().startswith(
        "Żadna z 5 własnych karteczek warsztatu nie miała miejsca na tablicy")


def test_a_file_the_chooser_hides_is_not_dropped_but_refused_by_name(
        qtbot: QtBot, window: MainWindow, target: WorkshopService, tables: Tables) -> None:
    """The real chooser, its filter on workshops: typing a CSV and a table
    file names both, and the CSV refuses the merge by its name."""
    listed = tables.tables[0].parent / "lista.csv"
    listed.write_text("pomysł\nWięcej ławek\n", encoding="utf-8")
    typed: list[str] = []

    def type_names() -> None:
        chooser = QApplication.activeModalWidget()
        files = chooser.findChild(QListView, "listView") if isinstance(chooser, QFileDialog) else None
        if chooser is None or files is None or files.model().rowCount(files.rootIndex()) < 3:
            QTimer.singleShot(10, type_names)  # the folder is read in the background
            return
        field = chooser.findChild(QLineEdit, "fileNameEdit")
        assert field is not None
        field.setText(f'"{listed.name}" "{tables.tables[0].name}"')
        typed.append(field.text())
        chooser.accept()

    QTimer.singleShot(0, type_names)
    window.merge_action.trigger()
    dialog = window.merge_dialog
    assert typed and dialog is not None
    assert [path.name for path in dialog.paths] == ["lista.csv", "stol1.razem"]
    assert "lista.csv" in dialog.problem.text() and not dialog.merge_button_shown()
    assert len(target.ideas()) == 3

"""The Cluster tree, the keyboard and screen-reader path to every canvas action:
key presses on the view, the file read back with raw sqlite3, undo through the
session's stack (the Undo action itself lives in the main window)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from workshop_app.services import NewIdea, WorkshopService
from workshop_app.ui.cluster_actions import ClusterActions
from workshop_app.ui.cluster_tree import ID_ROLE, KIND_ROLE, ClusterTreeView, ItemKind
from workshop_app.ui.session import WorkshopSession

from .conftest import type_text

pytestmark = pytest.mark.usefixtures("polish")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
TEXTS = ["Ścieżka rowerowa wzdłuż rzeki", "Więcej zieleni w centrum", "Bilet metropolitalny",
         "Parking przy dworcu", "Staże dla studentów", "Inkubator dla firm"]


def make_tree(qtbot: QtBot, service: WorkshopService) -> ClusterTreeView:
    # The workshop as prepared is where the moderator starts: nothing to undo.
    service.forget_undo_history()
    session = WorkshopSession(service, service.store.path)
    view = ClusterTreeView(session, ClusterActions(session))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


@pytest.fixture
def ids(service: WorkshopService) -> list[str]:
    """Six unplaced ideas in a fresh workshop."""
    service.add_ideas(ideas=[NewIdea(text) for text in TEXTS])
    return [idea.id for idea in service.ideas()]


@pytest.fixture
def tree(qtbot: QtBot, service: WorkshopService, ids: list[str]) -> ClusterTreeView:
    return make_tree(qtbot, service)


@pytest.fixture
def grouped(qtbot: QtBot, service: WorkshopService, ids: list[str]) -> ClusterTreeView:
    """Two groups ("Zieleń": ideas 1-2, "Transport": 3-4), two ideas unplaced."""
    service.create_cluster(name="Zieleń", idea_ids=ids[:2])
    service.create_cluster(name="Transport", idea_ids=ids[2:4])
    return make_tree(qtbot, service)


def undo_stack(view: ClusterTreeView):  # type: ignore[no-untyped-def]
    return view.cluster_actions.session.undo_stack


def file_groups(path: Path) -> dict[str | None, list[str]]:
    """Group name (None: not grouped) -> idea texts, as the file holds them."""
    with closing(sqlite3.connect(path)) as raw:
        names = dict(raw.execute("SELECT id, name FROM clusters WHERE deleted_at IS NULL"))
        groups: dict[str | None, list[str]] = {}
        for cluster_id, text in raw.execute(
                "SELECT cluster_id, text FROM ideas WHERE deleted_at IS NULL ORDER BY seq"):
            groups.setdefault(names.get(cluster_id), []).append(text)
    return groups


def cluster_row(view: ClusterTreeView, name: str) -> QModelIndex:
    model = view.tree_model
    return next(model.index(r, 0) for r in range(model.rowCount())
                if model.index(r, 0).data(Qt.ItemDataRole.EditRole) == name)


def go_to_cluster(view: ClusterTreeView, name: str) -> None:
    view.selectionModel().setCurrentIndex(
        cluster_row(view, name), view.selectionModel().SelectionFlag.ClearAndSelect)


def select_ideas(view: ClusterTreeView, ids: list[str]) -> None:
    """Select rows through the selection model, as a user would with the keyboard."""
    model, selection = view.tree_model, view.selectionModel()
    selection.clearSelection()
    for idea_id in ids:
        selection.select(model.index_of((ItemKind.IDEA, idea_id)), selection.SelectionFlag.Select)
    selection.setCurrentIndex(model.index_of((ItemKind.IDEA, ids[-1])),
                              selection.SelectionFlag.NoUpdate)


def type_name(qtbot: QtBot, view: ClusterTreeView, name: str | None) -> str:
    """In the open name editor, type `name` over the text and press Enter
    (None: press Escape); returns the text the editor opened with."""
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.EditingState)
    edit = QApplication.focusWidget()
    assert isinstance(edit, QLineEdit)
    proposed = edit.text()
    if name is not None:
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        type_text(edit, name)
    qtbot.keyClick(edit, Qt.Key.Key_Escape if name is None else Qt.Key.Key_Return)
    # The delegate commits or cancels on the next turn of the event loop.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    return proposed


def chooser_input(qtbot: QtBot, view: ClusterTreeView) -> QComboBox:
    """The chooser dialog's editable list, once it has the keyboard."""
    qtbot.waitUntil(view.chooser.isVisible)
    view.chooser.activateWindow()  # a window manager would; offscreen needs asking
    combo = view.chooser.findChild(QComboBox)
    assert combo is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    return combo


def choose(qtbot: QtBot, view: ClusterTreeView, typed: str | None) -> None:
    """Type into the group chooser and press Enter (None: just Escape)."""
    combo = chooser_input(qtbot, view)
    type_text(combo, typed or "")
    qtbot.keyClick(combo, Qt.Key.Key_Escape if typed is None else Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.chooser.isVisible())
    view.activateWindow()  # as a window manager would
    qtbot.waitUntil(view.hasFocus)


def test_model_passes_the_model_tester_on_the_demo(qtbot: QtBot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                   demo_service: WorkshopService) -> None:
    model = make_tree(qtbot, demo_service).tree_model
    qtmodeltester.check(model)
    names = [c.name for c in demo_service.clusters()]
    assert [model.index(r, 0).data(Qt.ItemDataRole.EditRole) for r in range(len(names))] == names
    assert sum(model.rowCount(model.index(r, 0)) for r in range(model.rowCount())) \
        == len(demo_service.ideas())


def test_model_of_an_empty_workshop(qtbot: QtBot, qtmodeltester,  # type: ignore[no-untyped-def]
                                    service: WorkshopService) -> None:
    model = make_tree(qtbot, service).tree_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    unplaced = model.index(0, 0)
    assert (unplaced.data(), model.rowCount(unplaced)) == ("Jeszcze bez grupy (0)", 0)
    assert unplaced.data(KIND_ROLE) == ItemKind.UNPLACED and unplaced.data(ID_ROLE) is None
    assert not model.flags(unplaced) & Qt.ItemFlag.ItemIsEditable


def test_model_stays_valid_through_changes_and_undo(qtbot: QtBot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                    demo_service: WorkshopService) -> None:
    view = make_tree(qtbot, demo_service)
    model, actions = view.tree_model, view.cluster_actions
    qtmodeltester.check(model)
    first, second, *_ = demo_service.clusters()
    loose = [i.id for i in demo_service.ideas() if i.cluster_id is None]
    made = actions.group(loose[:2], name="Nowa grupa")
    assert made is not None
    actions.mark_duplicate(loose[3], loose[2])
    actions.merge(first.id, second.id)
    actions.rename(second.id, "Połączona")
    actions.ungroup(made)
    actions.session.run(actions.service.edit_idea, idea_id=loose[2], text="Zmieniony\ntekst")
    qtmodeltester.check(model)
    assert model.index_of((ItemKind.IDEA, loose[2])).data() == "Zmieniony ⏎ tekst"
    while undo_stack(view).canUndo():
        undo_stack(view).undo()
    qtmodeltester.check(model)
    assert model.rowCount() == len(demo_service.clusters()) + 1


def test_rows_read_as_text_for_screen_readers(qtbot: QtBot, service: WorkshopService) -> None:
    texts = ["Pierwsza linia\ndruga linia", "Żłobek"]
    service.add_ideas(ideas=[NewIdea(text) for text in texts])
    service.create_cluster(name="Dzieci", idea_ids=[i.id for i in service.ideas()])
    view = make_tree(qtbot, service)
    group = view.tree_model.index(0, 0)
    assert (group.data(), group.data(Qt.ItemDataRole.AccessibleTextRole)) == ("Dzieci (2)", "Dzieci")
    rows = [view.tree_model.index(row, 0, group) for row in range(2)]
    assert [r.data() for r in rows] == ["Pierwsza linia ⏎ druga linia", "Żłobek"]
    assert [r.data(Qt.ItemDataRole.AccessibleTextRole) for r in rows] == texts
    tree = QAccessible.queryAccessibleInterface(view)
    names = {tree.child(n).text(QAccessible.Text.Name) for n in range(tree.childCount())}
    assert {"Dzieci", *texts} <= names


def test_a_duplicate_follows_its_original_with_a_marker(qtbot: QtBot, service: WorkshopService,
                                                        ids: list[str]) -> None:
    service.mark_duplicate(idea_id=ids[0], of_id=ids[4])
    model = make_tree(qtbot, service).tree_model
    unplaced = model.index(0, 0)
    shown = [model.index(r, 0, unplaced).data(ID_ROLE) for r in range(model.rowCount(unplaced))]
    assert shown == [ids[1], ids[2], ids[3], ids[4], ids[0], ids[5]]
    duplicate = model.index_of((ItemKind.IDEA, ids[0]))
    assert duplicate.data() == f"{TEXTS[0]} (duplikat)"
    assert duplicate.data(Qt.ItemDataRole.AccessibleTextRole) == TEXTS[0]


def test_f2_renames_a_group_in_place(qtbot: QtBot, grouped: ClusterTreeView,
                                     service: WorkshopService) -> None:
    go_to_cluster(grouped, "Zieleń")
    qtbot.keyClick(grouped, Qt.Key.Key_F2)
    assert type_name(qtbot, grouped, "Zieleń miejska") == "Zieleń"
    assert "Zieleń miejska" in file_groups(service.store.path)
    assert grouped.currentIndex().data() == "Zieleń miejska (2)"
    undo_stack(grouped).undo()
    assert "Zieleń" in file_groups(service.store.path)


def test_an_empty_name_is_refused(qtbot: QtBot, grouped: ClusterTreeView,
                                  service: WorkshopService) -> None:
    go_to_cluster(grouped, "Zieleń")
    assert not grouped.tree_model.setData(grouped.currentIndex(), "   ")
    qtbot.keyClick(grouped, Qt.Key.Key_F2)
    assert type_name(qtbot, grouped, "") == "Zieleń"  # Enter on an empty name
    assert list(file_groups(service.store.path)) == ["Zieleń", "Transport", None]
    assert undo_stack(grouped).count() == 0


def test_ctrl_g_groups_the_selected_ideas_and_opens_the_name(qtbot: QtBot, tree: ClusterTreeView,
                                                             service: WorkshopService,
                                                             ids: list[str]) -> None:
    select_ideas(tree, [ids[1], ids[3]])
    qtbot.keyClick(tree, Qt.Key.Key_G, CTRL)
    proposed = type_name(qtbot, tree, None)
    assert proposed
    assert file_groups(service.store.path)[proposed] == [TEXTS[1], TEXTS[3]]
    assert tree.selected_idea_ids() == [ids[1], ids[3]]
    assert tree.currentIndex().data(Qt.ItemDataRole.EditRole) == proposed
    undo_stack(tree).undo()
    assert file_groups(service.store.path) == {None: TEXTS}


def test_alt_number_moves_to_that_group_and_keeps_the_selection(
        qtbot: QtBot, grouped: ClusterTreeView, service: WorkshopService, ids: list[str]) -> None:
    select_ideas(grouped, ids[4:])
    with qtbot.assertNotEmitted(grouped.selection_changed_ids):
        qtbot.keyClick(grouped, Qt.Key.Key_2, ALT)
    assert file_groups(service.store.path)["Transport"] == TEXTS[2:]
    assert grouped.selected_idea_ids() == ids[4:]
    assert grouped.currentIndex().parent() == cluster_row(grouped, "Transport")
    undo_stack(grouped).undo()
    assert file_groups(service.store.path)[None] == TEXTS[4:]
    qtbot.keyClick(grouped, Qt.Key.Key_9, ALT)  # no ninth group: nothing happens
    assert undo_stack(grouped).count() == 1
    select_ideas(grouped, [ids[0]])
    qtbot.keyClick(grouped, Qt.Key.Key_0, ALT)  # take out of the group
    assert file_groups(service.store.path) == {"Zieleń": [TEXTS[1]], "Transport": TEXTS[2:4],
                                               None: [TEXTS[0], *TEXTS[4:]]}


@pytest.mark.parametrize("key", [Qt.Key.Key_0, Qt.Key.Key_2], ids=["Alt+0", "Alt+2"])
def test_undoing_a_move_out_of_a_group_keeps_the_group(
        qtbot: QtBot, grouped: ClusterTreeView, service: WorkshopService, ids: list[str], key: Qt.Key) -> None:
    select_ideas(grouped, [ids[0]])
    qtbot.keyClick(grouped, key, ALT)
    undo_stack(grouped).undo()
    assert file_groups(service.store.path)["Zieleń"] == TEXTS[:2]


def test_ctrl_m_moves_to_a_group_typed_by_name(qtbot: QtBot, grouped: ClusterTreeView,
                                               service: WorkshopService, ids: list[str]) -> None:
    select_ideas(grouped, [ids[5]])
    qtbot.keyClick(grouped, Qt.Key.Key_M, CTRL)
    choose(qtbot, grouped, None)  # changed my mind
    assert undo_stack(grouped).count() == 0
    qtbot.keyClick(grouped, Qt.Key.Key_M, CTRL)
    assert grouped.chooser.labelText() == "Przenieś do grupy"
    choose(qtbot, grouped, "zielen")  # case and Polish letters do not matter
    assert file_groups(service.store.path)["Zieleń"] == [*TEXTS[:2], TEXTS[5]]
    assert grouped.selected_idea_ids() == [ids[5]]
    undo_stack(grouped).undo()
    assert file_groups(service.store.path)[None] == TEXTS[4:]


def test_ctrl_shift_m_merges_the_current_group(qtbot: QtBot, grouped: ClusterTreeView,
                                               service: WorkshopService) -> None:
    go_to_cluster(grouped, "Zieleń")
    qtbot.keyClick(grouped, Qt.Key.Key_M, CTRL | SHIFT)
    choose(qtbot, grouped, "trans")
    assert file_groups(service.store.path) == {"Transport": TEXTS[:4], None: TEXTS[4:]}
    assert grouped.currentIndex().data(Qt.ItemDataRole.EditRole) == "Transport"
    undo_stack(grouped).undo()
    assert file_groups(service.store.path) == {"Zieleń": TEXTS[:2], "Transport": TEXTS[2:4],
                                               None: TEXTS[4:]}
    go_to_cluster(grouped, "Transport")  # the same without the dialog
    grouped.merge_selected_into(cluster_row(grouped, "Zieleń").data(ID_ROLE))
    assert file_groups(service.store.path) == {"Zieleń": TEXTS[:4], None: TEXTS[4:]}


def test_ctrl_shift_g_ungroups_and_keeps_the_ideas_selected(
        qtbot: QtBot, grouped: ClusterTreeView, service: WorkshopService, ids: list[str]) -> None:
    go_to_cluster(grouped, "Transport")
    with qtbot.waitSignal(grouped.selection_changed_ids) as signal:
        qtbot.keyClick(grouped, Qt.Key.Key_G, CTRL | SHIFT)
    assert signal.args == [ids[2:4]]
    assert file_groups(service.store.path) == {"Zieleń": TEXTS[:2], None: TEXTS[2:]}
    undo_stack(grouped).undo()
    assert file_groups(service.store.path)["Transport"] == TEXTS[2:4]


def test_ctrl_d_marks_the_lower_idea_a_duplicate_of_the_upper(
        qtbot: QtBot, grouped: ClusterTreeView, service: WorkshopService, ids: list[str]) -> None:
    select_ideas(grouped, [ids[5], ids[0]])
    qtbot.keyClick(grouped, Qt.Key.Key_D, CTRL)
    duplicate = service.idea(ids[5])
    assert (duplicate.duplicate_of, duplicate.cluster_id) == (ids[0], service.idea(ids[0]).cluster_id)
    assert file_groups(service.store.path)["Zieleń"] == [*TEXTS[:2], TEXTS[5]]
    undo_stack(grouped).undo()
    assert service.idea(ids[5]).duplicate_of is None
    assert file_groups(service.store.path)[None] == TEXTS[4:]
    grouped.cluster_actions.mark_duplicate(ids[5], ids[4])
    select_ideas(grouped, [ids[4]])
    qtbot.keyClick(grouped, Qt.Key.Key_1, ALT)  # a stack moves as one
    assert file_groups(service.store.path)["Zieleń"] == [*TEXTS[:2], *TEXTS[4:]]


def test_actions_need_a_fitting_selection(qtbot: QtBot, grouped: ClusterTreeView,
                                          ids: list[str]) -> None:
    go_to_cluster(grouped, "Zieleń")
    assert not grouped.group_action.isEnabled() and grouped.ungroup_action.isEnabled()
    select_ideas(grouped, ids[:2])
    assert grouped.duplicate_action.isEnabled() and not grouped.rename_action.isEnabled()
    assert grouped.group_action.text() == "Nowa grupa z zaznaczonych"
    assert [a.text() for a in grouped.move_to_actions if a.isVisible()] == ["1. Zieleń", "2. Transport"]
    for key in (Qt.Key.Key_G, Qt.Key.Key_M):
        qtbot.keyClick(grouped, key, CTRL | SHIFT)  # need a group on the current row
    assert undo_stack(grouped).count() == 0


def test_selection_is_reported_and_mirrored(qtbot: QtBot, grouped: ClusterTreeView,
                                            ids: list[str]) -> None:
    with qtbot.waitSignal(grouped.selection_changed_ids) as signal:
        select_ideas(grouped, [ids[4]])
    assert signal.args == [[ids[4]]]
    with qtbot.assertNotEmitted(grouped.selection_changed_ids):
        grouped.select_ideas([ids[3], ids[0]])
    assert grouped.selected_idea_ids() == [ids[0], ids[3]]


def test_collapsed_groups_stay_collapsed_after_a_change(qtbot: QtBot, grouped: ClusterTreeView,
                                                        ids: list[str]) -> None:
    grouped.collapse(cluster_row(grouped, "Transport"))
    grouped.cluster_actions.move_to_cluster([ids[5]], cluster_row(grouped, "Zieleń").data(ID_ROLE))
    assert not grouped.isExpanded(cluster_row(grouped, "Transport"))
    assert grouped.isExpanded(cluster_row(grouped, "Zieleń"))
    made = grouped.cluster_actions.group([ids[4]], name="Nowa")
    assert made and grouped.isExpanded(cluster_row(grouped, "Nowa"))


def test_a_whole_grouping_from_the_keyboard(qtbot: QtBot, tree: ClusterTreeView,
                                            service: WorkshopService) -> None:
    def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.waitUntil(tree.hasFocus)
        qtbot.keyClick(tree, k, modifiers)

    # "Not yet grouped" is the only group; ideas 1, 2 and 4 become "Zieleń i rowery".
    for k, modifiers in [(Qt.Key.Key_Home, None), (Qt.Key.Key_Down, None),
                         (Qt.Key.Key_Down, SHIFT), (Qt.Key.Key_Down, CTRL),
                         (Qt.Key.Key_Down, CTRL), (Qt.Key.Key_Space, CTRL), (Qt.Key.Key_G, CTRL)]:
        key(k, modifiers or Qt.KeyboardModifier.NoModifier)
    type_name(qtbot, tree, "Zieleń i rowery")
    # The last idea (6) joins the first group.
    key(Qt.Key.Key_End)
    key(Qt.Key.Key_1, ALT)
    # Ideas 3 and 5, now the last two rows, become "Transport".
    key(Qt.Key.Key_End)
    key(Qt.Key.Key_Up, SHIFT)
    key(Qt.Key.Key_G, CTRL)
    type_name(qtbot, tree, "Transport")
    assert file_groups(service.store.path) == {
        "Zieleń i rowery": [TEXTS[0], TEXTS[1], TEXTS[3], TEXTS[5]],
        "Transport": [TEXTS[2], TEXTS[4]]}
    # Ungroup the first group; group ideas 1 and 2 again and merge them into "Transport".
    key(Qt.Key.Key_Home)
    key(Qt.Key.Key_G, CTRL | SHIFT)
    assert file_groups(service.store.path)[None] == [TEXTS[0], TEXTS[1], TEXTS[3], TEXTS[5]]
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Up, SHIFT)
    key(Qt.Key.Key_G, CTRL)
    type_name(qtbot, tree, "Rowery")
    key(Qt.Key.Key_M, CTRL | SHIFT)
    choose(qtbot, tree, "trans")
    assert file_groups(service.store.path) == {"Transport": [*TEXTS[:3], TEXTS[4]],
                                               None: [TEXTS[3], TEXTS[5]]}
    while undo_stack(tree).canUndo():
        undo_stack(tree).undo()
    assert file_groups(service.store.path) == {None: TEXTS}


def test_a_duplicate_whose_original_is_deleted_is_marked_no_more(
        qtbot: QtBot, tree: ClusterTreeView, service: WorkshopService, ids: list[str]) -> None:
    # The canvas shows such a note on its own again; the tree must not call it a duplicate.
    tree.cluster_actions.mark_duplicate(ids[0], ids[4])
    session = tree.cluster_actions.session
    session.run(service.delete_ideas, idea_ids=[ids[4]])
    row = tree.tree_model.index_of((ItemKind.IDEA, ids[0]))
    assert row.data() == TEXTS[0]
    assert row.data(Qt.ItemDataRole.AccessibleDescriptionRole) is None
    session.undo_stack.undo()
    row = tree.tree_model.index_of((ItemKind.IDEA, ids[0]))
    assert row.data() == f"{TEXTS[0]} (duplikat)"


def test_a_group_counts_its_ideas_without_the_duplicates_stacked_in_it(
        qtbot: QtBot, grouped: ClusterTreeView, service: WorkshopService, ids: list[str]) -> None:
    # "Zieleń" holds ideas 1-2; the second becomes a duplicate of the first: one idea,
    # as the canvas frame and the shared screen count it.
    model = grouped.tree_model
    group = cluster_row(grouped, "Zieleń")
    assert group.data() == "Zieleń (2)"
    with qtbot.waitSignal(model.dataChanged, check_params_cb=lambda top, _bottom, *_: top == group):
        grouped.cluster_actions.mark_duplicate(ids[1], ids[0])
    assert cluster_row(grouped, "Zieleń").data() == "Zieleń (1)"
    assert model.rowCount(cluster_row(grouped, "Zieleń")) == 2  # both texts still listed
    undo_stack(grouped).undo()
    assert cluster_row(grouped, "Zieleń").data() == "Zieleń (2)"


def test_a_moved_idea_moves_one_row_without_resetting_the_tree(
        qtbot: QtBot, qtmodeltester: object, grouped: ClusterTreeView, ids: list[str]) -> None:
    model = grouped.tree_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    grouped.collapse(cluster_row(grouped, "Zieleń"))
    removed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda parent, first, last: removed.append((first, last)))
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    with qtbot.assertNotEmitted(model.modelReset):
        grouped.cluster_actions.move_to_cluster([ids[2]], None)  # Transport -> not grouped
    assert (len(removed), len(inserted)) == (1, 1)
    assert [i.id for i in model.ideas_in(None)] == [ids[2], *ids[4:]]
    assert not grouped.isExpanded(cluster_row(grouped, "Zieleń"))  # the moderator's choice stays
    with qtbot.assertNotEmitted(model.modelReset):
        made = grouped.cluster_actions.group([ids[4], ids[5]], name="Nowa")
        undo_stack(grouped).undo()
        undo_stack(grouped).redo()
    assert made is not None and [i.id for i in model.ideas_in(made)] == [ids[4], ids[5]]
    assert grouped.isExpanded(cluster_row(grouped, "Nowa"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]

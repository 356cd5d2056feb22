"""Markup typed by the room is shown as written, never rendered: an idea,
group, participant or title reading `<img src=...>` must not show an image
(or bold, or colour) in any tooltip, label or list of the program."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from tests.helpers.presenter import window_with_presenter
from tests.helpers.suggestions import panel_with_suggestions
from workshop_app.models import PhaseKind
from workshop_app.services import WorkshopService
from workshop_app.services.demo import write_demo
from workshop_app.storage import WorkshopStore
from workshop_app.ui.canvas.items import ClusterFrame, NoteItem
from workshop_app.ui.import_dialog import ImportDialog
from workshop_app.ui.paste_dialog import PastePreviewDialog

pytestmark = pytest.mark.usefixtures("polish")

MARKUP = '<img src="/etc/passwd"><b>Pogrubione</b> & <font color=red>x</font>'
TAGS = ("<img", "<b>", "<font")


@pytest.fixture
def markup_service(tmp_path: Path) -> Iterator[WorkshopService]:
    """The demo workshop with markup in every idea, group, participant and the title."""
    path = tmp_path / "markup.razem"
    write_demo(path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE ideas SET text = ? || ' ' || text", (MARKUP,))
        raw.execute("UPDATE clusters SET name = ? || ' ' || name", (MARKUP,))
        raw.execute("UPDATE participants SET name = ? || ' ' || name", (MARKUP,))
        raw.execute("UPDATE workshop SET title = ?", (MARKUP,))
    raw.close()
    store = WorkshopStore.open(path)
    try:
        yield WorkshopService(store)
    finally:
        store.close()


def rendered(text: str) -> str | None:
    """What Qt shows for `text` in a tooltip or an automatic label, when it
    shows it as rich text (None when it shows the text as written)."""
    if not GuiQt.mightBeRichText(text):
        return None
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def interpreted(text: str) -> bool:
    """Markup from the room that Qt would render instead of showing."""
    shown = rendered(text)
    return shown is not None and any(tag in text for tag in TAGS) and "<img" not in shown


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> Iterator[str]:
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps its column count private: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip
        yield from model_texts(model, model.index(row, 0, parent))


def tree_item_tips(item: QTreeWidgetItem) -> Iterator[str]:
    for column in range(item.columnCount()):
        yield item.toolTip(column)
    for child in range(item.childCount()):
        yield from tree_item_tips(item.child(child))


def rendered_markup() -> list[str]:
    """Every tooltip and label text of the program that would render the room's markup."""
    found: list[str] = []
    checked = 0
    for widget in QApplication.allWidgets():
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(model_texts(widget.model()))
        if isinstance(widget, QTreeWidget):
            for top in range(widget.topLevelItemCount()):
                texts.extend(tree_item_tips(widget.topLevelItem(top)))
        if hasattr(widget, "scene") and callable(widget.scene) and widget.scene() is not None:
            texts.extend(item.toolTip() for item in widget.scene().items())
        checked += sum(1 for text in texts if "<img" in text or "&lt;img" in text)
        found.extend(f"{type(widget).__name__}: {text!r}" for text in texts if interpreted(text))
    assert checked > 0, "the walk found none of the room's markup"
    return found


@pytest.mark.parametrize("phase", list(PhaseKind))
def test_no_view_renders_markup_from_the_room(qtbot: QtBot, markup_service: WorkshopService,
                                              phase: PhaseKind) -> None:
    window = window_with_presenter(qtbot, markup_service, phase, (1280, 720))
    assert window.presenter is not None
    window.presenter.show()
    qtbot.waitExposed(window)
    assert rendered_markup() == []


def test_canvas_and_suggestions_show_markup_as_written(qtbot: QtBot,
                                                       markup_service: WorkshopService) -> None:
    panel, session = panel_with_suggestions(qtbot, markup_service)
    try:
        notes = [i for i in panel.scene.items() if isinstance(i, NoteItem)]
        frames = [i for i in panel.scene.items() if isinstance(i, ClusterFrame)]
        assert notes and frames and all(MARKUP in n.toolTip() or "&lt;img" in n.toolTip() for n in notes)
        assert panel.suggestion_panel.tree.topLevelItemCount() > 0
        assert rendered_markup() == []
    finally:
        session.shutdown()


def test_paste_and_import_dialogs_show_markup_as_written(qtbot: QtBot, tmp_path: Path) -> None:
    paste = PastePreviewDialog([MARKUP, MARKUP + " 2"], context=MARKUP)
    qtbot.addWidget(paste)
    source = tmp_path / "znaczniki.csv"
    source.write_text(f"{MARKUP};{MARKUP}\r\nKolej;y\r\n", encoding="utf-8")
    dialog = ImportDialog(source)
    qtbot.addWidget(dialog)
    paste.show()
    dialog.show()
    assert dialog.header_question.isVisibleTo(dialog)
    assert rendered_markup() == []

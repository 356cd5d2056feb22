"""The frame every phase panel shares: a heading, a hint and a body."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from workshop_app.services import Changes
from workshop_app.ui.session import WorkshopSession


class PhasePanel(QWidget):
    """Base of the phase panels. Subclasses fill `self.body`, `refresh()` and
    `apply(changes)`.

    Panels read through the session's service and never keep the only copy
    of anything. Every change reaches them one way: the session's hub calls
    `apply` with the `Changes` (whose `initiator` may be the panel itself, so
    it can skip reloading what it has just shown).

    Signals:
        export_requested(object): an export asked for from this phase (an
            `exports.kinds.ExportKind`, or None to choose); the main window
            opens its export dialog with it (`MainWindow.show_export`).
        split_requested(): "Save table as a separate file…" asked for from this
            phase; the main window opens its dialog (`MainWindow.split_table`)
            with this panel's `selected_idea_ids`.
    """

    export_requested = Signal(object)
    split_requested = Signal()

    def __init__(self, session: WorkshopSession, heading: str, hint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = session.service
        session.hub.changed.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        title = QLabel(heading)
        title.setObjectName("panelHeading")
        layout.addWidget(title)
        self.hint = QLabel(hint)
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)

    def refresh(self) -> None:
        """Reload what this panel shows from the service."""

    def apply(self, changes: Changes) -> None:
        """Bring what the panel shows in line with `changes` (already in the file)."""

    def selected_idea_ids(self) -> list[str]:
        """The ideas selected in this phase's view (none where it shows none)."""
        return []


def make_table(model: object, *, stretch: int = -1, widths: dict[int, int] | None = None,
               parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table; column `stretch` takes the spare width
    (the last one by default) and its text wraps; `widths` fixes others."""
    return set_up_table(QTableView(parent), model, stretch=stretch, widths=widths)


def set_up_table(view: QTableView, model: object, *, stretch: int = -1,
                 widths: dict[int, int] | None = None) -> QTableView:
    """`view` showing `model` as `make_table` makes it."""
    view.setModel(model)  # type: ignore[arg-type]
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    columns = view.model().columnCount()
    header.setSectionResizeMode(stretch % columns if columns else 0, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    return view


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits `widgets` in the order given."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)

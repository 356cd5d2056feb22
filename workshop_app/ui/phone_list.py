"""The phones that voted in the served round, and blocking one.

Each phone is shown by a short label made from the digest of its token the
file keeps (`device_label`), never the token, with the time and sector of
its ballot. "Block" refuses that phone from now on and discards its ballot
(`PhoneVoting.block`: one undo step through the service; undoing it brings
the ballot back while the phone stays blocked).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.phone.tokens import device_label
from workshop_app.ui.labels import sector_label
from workshop_app.ui.session import WorkshopSession


def local_time(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%H:%M:%S")
    except ValueError:
        return ""


class PhoneList(QWidget):
    """Phones with a ballot in `round_id`, newest last; "Block" for the chosen one."""

    def __init__(self, session: WorkshopSession, round_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.round_id = session, round_id
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Phones that voted"))
        self.tree.setHeaderLabels([self.tr("Phone"), self.tr("Sent at"), self.tr("Sector")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemSelectionChanged.connect(self._enable)
        self.block_button = QPushButton(self.tr("Block"))
        self.block_button.setToolTip(self.tr(
            "Refuse this phone from now on and discard its ballot (undo brings the ballot back)"))
        self.block_button.clicked.connect(lambda _=False: self.block())
        self.blocked = QLabel()
        self.blocked.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.blocked, 1)
        row.addWidget(self.block_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.chosen()
        self.tree.clear()
        for ballot in self.session.service.phone_voters(self.round_id):
            device = ballot.device or ""
            item = QTreeWidgetItem([device_label(device), local_time(ballot.created_at),
                                    sector_label(ballot.sector)])
            item.setData(0, Qt.ItemDataRole.UserRole, device)
            self.tree.addTopLevelItem(item)
            if device == chosen:
                item.setSelected(True)
                self.tree.setCurrentItem(item)
        blocked = len(self.session.phones.blocked)
        self.blocked.setText(self.tr("%n phone(s) blocked", "", blocked) if blocked else "")
        self._enable()

    def chosen(self) -> str | None:
        items = self.tree.selectedItems()
        return str(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def block(self) -> None:
        device = self.chosen()
        if device is not None:
            self.session.phones.block(device)

    def _enable(self) -> None:
        self.block_button.setEnabled(self.chosen() is not None
                                     and self.session.phones.round_id == self.round_id)

"""The console's "Voting from phones" window for one open round.

The moderator picks the address phones reach this computer on (the list of
its network interfaces; loopback only for a test on this computer), starts
and stops the server, and sees how many phones have voted and which (a
short label per phone; "Block" refuses one and discards its ballot). The QR
code, address and join code are here and on the shared screen; "New code"
replaces the join code (phones that joined stay in, the old code lets no
one else in). The moderator may show progress by sector on the shared
screen and a QR code for the laptop's hotspot Wi-Fi.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.models import RoundStatus, VotingRound
from workshop_app.phone.server import BadAddress
from workshop_app.services import Changes
from workshop_app.ui.phone_card import PhoneJoinCard
from workshop_app.ui.phone_list import PhoneList
from workshop_app.ui.phone_voting import Interface, interface_addresses
from workshop_app.ui.session import WorkshopSession


class PhoneDialog(QDialog):
    """Start, follow and stop voting from phones in `round_id`."""

    def __init__(self, session: WorkshopSession, round_id: str,
                 interfaces: list[Interface] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.round_id = session, round_id
        self.phones = session.phones
        voting_round = session.service.get(VotingRound, round_id)
        self.setWindowTitle(self.tr("Voting from phones"))
        self.addresses = QComboBox()
        self.addresses.setAccessibleName(self.tr("Address on the room's network"))
        for interface in interface_addresses() if interfaces is None else interfaces:
            label = (self.tr("{address} ({name}, this computer only)") if interface.loopback
                     else self.tr("{address} ({name})"))
            self.addresses.addItem(label.format(address=interface.address, name=interface.name),
                                   interface.address)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.clicked.connect(lambda _=False: self.toggle())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.round_note = QLabel()
        self.round_note.setTextFormat(Qt.TextFormat.PlainText)
        self.round_note.setWordWrap(True)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.card = PhoneJoinCard(qr_pixels=240, text_pixels=22)
        self.new_code_button = QPushButton(self.tr("New code"))
        self.new_code_button.setToolTip(self.tr(
            "A new join code on the shared screen: phones that joined stay in, "
            "the old code no longer lets anyone join"))
        self.new_code_button.clicked.connect(lambda _=False: self.phones.new_code())
        self.by_sector = QCheckBox(self.tr("Show progress by sector on the shared screen"))
        self.by_sector.setChecked(self.phones.by_sector)
        self.by_sector.toggled.connect(self.phones.set_by_sector)
        self.ssid, self.password = QLineEdit(self.phones.wifi[0]), QLineEdit(self.phones.wifi[1])
        self.ssid.setAccessibleName(self.tr("Wi-Fi network name"))
        self.ssid.setPlaceholderText(self.tr("optional: the laptop's hotspot"))
        self.password.setAccessibleName(self.tr("Wi-Fi password"))
        for field in (self.ssid, self.password):
            field.editingFinished.connect(self._wifi_typed)
        self.phone_list = PhoneList(session, round_id)
        form = QFormLayout()
        title = QLabel(voting_round.title)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        form.addRow(self.tr("Round:"), title)
        row = QHBoxLayout()
        row.addWidget(self.addresses, 1)
        row.addWidget(self.start_button)
        form.addRow(self.tr("Address:"), row)
        form.addRow(self.tr("Wi-Fi network:"), self.ssid)
        form.addRow(self.tr("Wi-Fi password:"), self.password)
        form.addRow("", self.by_sector)
        counted = QHBoxLayout()
        counted.addWidget(self.count, 1)
        counted.addWidget(self.new_code_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.round_note)
        layout.addWidget(self.card)
        layout.addLayout(counted)
        layout.addWidget(self.phone_list, 1)
        self.phones.changed.connect(self.show_state)
        session.hub.changed.connect(self._on_changed)
        self.show_state()

    def toggle(self) -> None:
        self.problem.setText("")
        if self.phones.running and self.phones.round_id == self.round_id:
            self.phones.stop()
            return
        address = self.addresses.currentData()
        if address is None:
            self.problem.setText(self.tr("This computer has no network address to listen on."))
            return
        try:
            self.phones.start(self.round_id, str(address))
        except BadAddress:
            self.problem.setText(self.tr("{address} cannot be used.").format(address=address))
        except OSError as error:
            self.problem.setText(self.tr("Razem could not listen on {address}: {detail}").format(
                address=address, detail=error.strerror or str(error)))

    def show_state(self) -> None:
        server = self.phones.server if self.phones.round_id == self.round_id else None
        self.start_button.setText(self.tr("Stop") if server else self.tr("Start"))
        self.addresses.setEnabled(server is None)
        self.new_code_button.setEnabled(server is not None)
        voting_round = self.session.service.find(VotingRound, self.round_id)
        open_now = voting_round is not None and voting_round.status is RoundStatus.OPEN
        # A closed round takes no ballots: no new server (and join code) for it;
        # the one running may still be stopped.
        self.start_button.setEnabled(server is not None or open_now)
        self.round_note.setText(
            "" if open_now else self.tr("This round is not open: phones cannot vote in it.")
            if server is None else self.tr(
                "The round is closed: phones cannot send ballots any more; they see the "
                "results once you show them on the shared screen."))
        if self.session.read_only is not None:  # no ballot could be written
            self.start_button.setEnabled(False)
            self.problem.setText(self.tr("This workshop is open for reading only: phones "
                                         "cannot vote in it. Save a copy to take ballots."))
        if server is None:
            self.card.show_join(None)
        else:
            self.card.show_join(server.url, server.join_url, server.code)
        self.card.show_wifi(*self.phones.wifi)
        self.phone_list.refresh()
        self.count.setText(self.tr("%n phone(s) have voted", "",
                                   self.session.service.phone_ballots(self.round_id)))

    def _wifi_typed(self) -> None:
        self.phones.set_wifi(self.ssid.text().strip(), self.password.text())

    def _on_changed(self, changes: Changes) -> None:
        if self.round_id in changes.rounds:
            self.show_state()

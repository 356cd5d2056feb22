"""Voting from phones in the program: the server's life beside the open workshop.

Started from the Prioritise console for an open round on an address the
moderator picks; stopped by the moderator, when another round starts
voting from phones, when the round is deleted, and when the workshop
closes or the program quits (`WorkshopSession.shutdown`). Closing the round
does not stop it: phones are told the round is closed (their ballots are
refused) and see the results once the moderator reveals them. Ballots are written on the GUI thread
through `QtDesk` and shown like any change (`WorkshopSession.record`).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from workshop_app.models import RoundStatus, VotingRound
from workshop_app.phone.server import PhoneServer
from workshop_app.services import Changes
from workshop_app.settings import WIFI_PASSWORD, WIFI_SSID, Settings
from workshop_app.ui.phone_desk import QtDesk

if TYPE_CHECKING:
    from workshop_app.ui.session import WorkshopSession


@dataclass(frozen=True)
class Interface:
    """One address phones may reach this computer on."""

    name: str
    address: str
    loopback: bool


def interface_addresses() -> list[Interface]:
    """The computer's addresses on running interfaces: IPv4 first, then
    IPv6 (not link-local), loopback last (only this computer reaches it)."""
    found: list[Interface] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        up = interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning
        if not up:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            text = ip.toString().split("%", 1)[0]
            if (ip.protocol() not in (QAbstractSocket.NetworkLayerProtocol.IPv4Protocol,
                                      QAbstractSocket.NetworkLayerProtocol.IPv6Protocol)
                    or ipaddress.ip_address(text).is_link_local):
                continue
            found.append(Interface(interface.humanReadableName(), text, ip.isLoopback()))
    return sorted(found, key=lambda i: (i.loopback, ":" in i.address, i.name, i.address))


class PhoneVoting(QObject):
    """The phone server of one open workshop, or none; the phones the
    moderator blocked (kept while the workshop is open in the program, so a
    block outlives stopping and starting the server, never in the file);
    what the shared screen shows besides the join card (progress by sector,
    the Wi-Fi QR code from `settings`).

    Signals:
        changed(): started or stopped, a new join code, what the shared
            screen shows changed.
    """

    changed = Signal()

    def __init__(self, session: WorkshopSession) -> None:
        super().__init__(session)
        self.session = session
        self.desk = QtDesk(self)
        self.server: PhoneServer | None = None
        self.round_id: str | None = None
        self.blocked: set[str] = set()
        self.by_sector = False
        self.settings: Settings | None = None
        self.wifi: tuple[str, str] = ("", "")
        session.hub.changed.connect(self._on_changed)

    def use_settings(self, settings: Settings | None) -> None:
        """Read and keep the Wi-Fi name and password in `settings`."""
        self.settings = settings
        if settings is not None:
            self.wifi = (settings.get(WIFI_SSID), settings.get(WIFI_PASSWORD))

    def set_wifi(self, ssid: str, password: str) -> None:
        if (ssid, password) == self.wifi:
            return
        self.wifi = (ssid, password)
        if self.settings is not None:
            self.settings.set(WIFI_SSID, ssid)
            self.settings.set(WIFI_PASSWORD, password)
        self.changed.emit()

    def set_by_sector(self, shown: bool) -> None:
        if shown != self.by_sector:
            self.by_sector = shown
            self.changed.emit()

    def block(self, device: str) -> None:
        """Refuse this phone from now on and discard its ballot (one undo
        step; undoing it brings the ballot back, the phone stays blocked)."""
        if self.server is None or self.round_id is None:
            return
        self.server.block(device)
        self.session.run(self.session.service.discard_phone_ballot,
                         round_id=self.round_id, device=device)

    def new_code(self) -> None:
        """A fresh join code on the shared screen; the old one stops working."""
        if self.server is not None:
            self.server.new_code()
            self.changed.emit()

    @property
    def running(self) -> bool:
        return self.server is not None

    def taking_ballots(self) -> bool:
        """The server runs and its round is open (phones can vote now)."""
        if self.round_id is None:
            return False
        voting_round = self.session.service.find(VotingRound, self.round_id)
        return voting_round is not None and voting_round.status is RoundStatus.OPEN

    def start(self, round_id: str, address: str, port: int = 0) -> PhoneServer:
        """Serve `round_id` on `address`; raises `BadAddress` or `OSError`
        (the address is not this computer's, the port is taken)."""
        self.stop()
        self.server = PhoneServer(service=self.session.service, round_id=round_id,
                                  desk=self.desk, bind=address, port=port,
                                  after=self.session.record,
                                  revealed=lambda: self.session.station.revealed == round_id,
                                  blocked=self.blocked)
        self.round_id = round_id
        self.server.start()
        self.changed.emit()
        return self.server

    def stop(self) -> None:
        if self.server is None:
            return
        server, self.server, self.round_id = self.server, None, None
        server.stop()
        self.changed.emit()

    def voted(self) -> int:
        """How many phones have a ballot in the served round."""
        if self.round_id is None:
            return 0
        return self.session.service.phone_ballots(self.round_id)

    def _on_changed(self, changes: Changes) -> None:
        if self.round_id is None or self.round_id not in changes.rounds:
            return
        voting_round = self.session.service.find(VotingRound, self.round_id)
        if voting_round is None or voting_round.deleted_at is not None:
            self.stop()
        else:  # closed or reopened: the shared screen shows the join card or not
            self.changed.emit()

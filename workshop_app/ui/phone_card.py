"""How phones join, large: the page's QR code, its address and the join code.

Shown in the console's "Voting from phones" window and on the shared screen
while phones vote. The QR code is made by segno (pure Python, no network):
the address with the join code (`PhoneServer.join_url`), so a scan opens
the page with the code filled in. Beside it, when the moderator typed the
laptop's hotspot in, a second QR code joins that Wi-Fi (`wifi_payload`).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from workshop_app.models import VotingRound
from workshop_app.phone.tokens import wifi_payload
from workshop_app.ui.labels import sector_breakdown
from workshop_app.ui.presenter_fit import pixel_font, readable_px

if TYPE_CHECKING:
    from workshop_app.ui.session import WorkshopSession


def qr_pixmap(text: str, pixels: int) -> QPixmap:
    """`text` as a QR code about `pixels` wide (black on white, quiet zone kept)."""
    code = segno.make(text, error="m")
    modules = code.symbol_size(scale=1)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, pixels // modules), dark="#000", light="#fff")
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def _plain_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class PhoneJoinCard(QWidget):
    """QR code, address and join code, and beside them the Wi-Fi's QR code
    with its name and password once `show_wifi` has a name; `show_join(None)`
    empties it."""

    def __init__(self, *, qr_pixels: int = 320, text_pixels: int = 28,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qr_pixels = qr_pixels
        self._drawn: tuple[str, int] | None = None
        self._wifi_drawn: tuple[str, int] | None = None
        self.qr, self.wifi_qr = _plain_label(), _plain_label()
        self.address, self.code, self.wifi = _plain_label(), _plain_label(), _plain_label()
        font = QFont(self.font())
        font.setPixelSize(text_pixels)
        for label in (self.address, self.code, self.wifi):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        self.code.setFont(bold)
        layout = QGridLayout(self)
        layout.addWidget(self.qr, 0, 0)
        layout.addWidget(self.address, 1, 0)
        layout.addWidget(self.code, 2, 0)
        layout.addWidget(self.wifi_qr, 0, 1)
        layout.addWidget(self.wifi, 1, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        self.wifi_qr.setVisible(False)
        self.wifi.setVisible(False)

    def show_join(self, url: str | None, join_url: str = "", code: str = "") -> None:
        if url is None:
            self._drawn = None
            self.qr.clear()
            self.address.setText("")
            self.code.setText("")
            return
        wanted = (join_url or url, self.qr_pixels)
        if wanted != self._drawn:  # a QR code is drawn once per address and size
            self._drawn = wanted
            self.qr.setPixmap(qr_pixmap(*wanted))
        self.qr.setAccessibleName(self.tr("QR code of the voting page"))
        self.address.setText(url)
        self.code.setText(self.tr("Join code: {code}").format(code=code))

    def show_wifi(self, ssid: str, password: str) -> None:
        """The Wi-Fi's QR code, name and password; hidden without a name."""
        shown = bool(ssid)
        self.wifi_qr.setVisible(shown)
        self.wifi.setVisible(shown)
        if not shown:
            self._wifi_drawn = None
            self.wifi_qr.clear()
            self.wifi.setText("")
            return
        wanted = (wifi_payload(ssid, password), self.qr_pixels)
        if wanted != self._wifi_drawn:
            self._wifi_drawn = wanted
            self.wifi_qr.setPixmap(qr_pixmap(*wanted))
        self.wifi_qr.setAccessibleName(self.tr("QR code of the Wi-Fi network"))
        text = self.tr("Wi-Fi: {ssid}").format(ssid=ssid)
        if password:
            text += "\n" + self.tr("Password: {password}").format(password=password)
        self.wifi.setText(text)


class PhoneJoinView(QWidget):
    """The shared screen while phones vote: the round's title, how to join
    (QR code, address, join code) and how many phones have voted; never
    counts by option or results. `refresh()` says whether there is anything
    to show (phones vote in an open round; once it is closed the server
    keeps running for the results, and the shared screen shows those)."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = PhoneJoinCard()
        self.count = _plain_label()
        self.sectors = _plain_label()
        self.sectors.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.sectors)
        self._height = 720

    def refresh(self) -> bool:
        phones = self.session.phones
        server = phones.server
        if server is None or phones.round_id is None or not phones.taking_ballots():
            self.card.show_join(None)
            return False
        voting_round = self.session.service.find(VotingRound, phones.round_id)
        self.heading.setText(self.tr("Vote from your phone: {title}").format(
            title=voting_round.title if voting_round else ""))
        self.card.qr_pixels = int(self._height * (0.42 if phones.wifi[0] else 0.5))
        self.card.show_join(server.url, server.join_url, server.code)
        self.card.show_wifi(*phones.wifi)
        self.count.setText(self.tr("%n phone(s) have voted", "", phones.voted()))
        # By sector only: counts by option would tell the room the results.
        _total, breakdown = sector_breakdown(
            self.session.service.phone_voters(phones.round_id), " · ")
        self.sectors.setVisible(phones.by_sector)
        self.sectors.setText(self.tr("By sector: {counts}").format(counts=breakdown)
                             if phones.by_sector and breakdown else "")
        return True

    def set_screen_height(self, height: int) -> None:
        self._height = height
        least = readable_px(height)
        for label, pixels in ((self.heading, height / 18), (self.card.address, height / 16),
                              (self.card.code, height / 14), (self.count, height / 24),
                              (self.sectors, height / 30), (self.card.wifi, height / 24)):
            label.setFont(pixel_font(label.font(), max(int(pixels), least),
                                     bold=label in (self.heading, self.card.address,
                                                    self.card.code)))

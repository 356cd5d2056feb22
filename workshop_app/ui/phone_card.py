"""How phones join, large: the page's QR code, its address and the join code.

Shown in the console's "Voting from phones" window and on the shared screen
while phones vote. The QR code is made by segno (pure Python, no network):
the address with the join code (`PhoneServer.join_url`), so a scan opens
the page with the code filled in.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop_app.models import VotingRound
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


class PhoneJoinCard(QWidget):
    """QR code, address and join code; `show_join(None)` empties it."""

    def __init__(self, *, qr_pixels: int = 320, text_pixels: int = 28,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qr_pixels = qr_pixels
        self._drawn: tuple[str, int] | None = None
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel()
        self.code = QLabel()
        font = QFont(self.font())
        font.setPixelSize(text_pixels)
        for label in (self.address, self.code):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        self.code.setFont(bold)
        layout = QVBoxLayout(self)
        layout.addWidget(self.qr)
        layout.addWidget(self.address)
        layout.addWidget(self.code)

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


class PhoneJoinView(QWidget):
    """The shared screen while phones vote: the round's title, how to join
    (QR code, address, join code) and how many phones have voted; never
    counts by option or results. `refresh()` says whether there is anything
    to show (phones vote in an open round)."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = PhoneJoinCard()
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.count)
        self._height = 720

    def refresh(self) -> bool:
        phones = self.session.phones
        server = phones.server
        if server is None or phones.round_id is None:
            self.card.show_join(None)
            return False
        voting_round = self.session.service.find(VotingRound, phones.round_id)
        self.heading.setText(self.tr("Vote from your phone: {title}").format(
            title=voting_round.title if voting_round else ""))
        self.card.qr_pixels = int(self._height * 0.5)
        self.card.show_join(server.url, server.join_url, server.code)
        self.count.setText(self.tr("%n phone(s) have voted", "", phones.voted()))
        return True

    def set_screen_height(self, height: int) -> None:
        self._height = height
        least = readable_px(height)
        for label, pixels in ((self.heading, height / 18), (self.card.address, height / 16),
                              (self.card.code, height / 14), (self.count, height / 24)):
            label.setFont(pixel_font(label.font(), max(int(pixels), least),
                                     bold=label is not self.count))

"""How phones join, large: the page's QR code, its address and the join code.

Shown in the console's "Voting from phones" window and on the shared screen
while phones vote. The QR code is made by segno (pure Python, no network):
the address with the join code (`PhoneServer.join_url`), so a scan opens
the page with the code filled in.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


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
            self.qr.clear()
            self.address.setText("")
            self.code.setText("")
            return
        self.qr.setPixmap(qr_pixmap(join_url or url, self.qr_pixels))
        self.qr.setAccessibleName(self.tr("QR code of the voting page"))
        self.address.setText(url)
        self.code.setText(self.tr("Join code: {code}").format(code=code))

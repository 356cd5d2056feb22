"""The shared screen's views of Set up, Prioritise and Agenda: what the room
needs to see in each phase, in text sized to the screen."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop_app.models import AgendaItem, VotingRound
from workshop_app.services import WorkshopService
from workshop_app.ui.labels import format_label, round_status_label
from workshop_app.ui.presenter_fit import Card, CardPages, keep_together, pixel_font, readable_px


def _label(object_name: str, *, centred: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _sized(label: QLabel, pixels: float, *, bold: bool = False) -> None:
    label.setFont(pixel_font(label.font(), int(pixels), bold=bold))


class SetupView(QWidget):
    """Where and when, and the objectives the ideas are to serve."""

    def __init__(self, service: WorkshopService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.details = _label("presenterDetails")
        self.objectives = CardPages()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addWidget(self.objectives, 1)

    def refresh(self) -> None:
        workshop = self.service.workshop()
        date = QDate.fromString(workshop.date, "yyyy-MM-dd")
        when = QLocale().toString(date, QLocale.FormatType.LongFormat) if date.isValid() else ""
        parts = [part for part in (workshop.place, when) if part]
        self.details.setText(keep_together(" · ".join(parts)))
        self.details.setVisible(bool(parts))
        objectives = self.service.objectives()
        lines = tuple(" ".join(part for part in (o.code, o.title) if part) for o in objectives)
        self.objectives.set_cards([Card(self.tr("Objectives"), lines)] if lines else [])

    def set_screen_height(self, height: int) -> None:
        _sized(self.details, max(height / 20, readable_px(height)))
        self.objectives.set_min_px(readable_px(height))


class PrioritiseView(QWidget):
    """The latest voting round's title and whether it is open; never its
    results (the room sees them only when the moderator reveals them)."""

    def __init__(self, service: WorkshopService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.round_title = _label("presenterRoundTitle", centred=True)
        self.round_status = _label("presenterRoundStatus", centred=True)
        # A short badge sized to its text: wrapped, its layout cut it in two half lines.
        self.round_status.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.round_title)
        layout.addSpacing(24)
        layout.addWidget(self.round_status, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def refresh(self) -> None:
        rounds = self.service.rounds()
        latest: VotingRound | None = rounds[-1] if rounds else None
        if latest is None:
            self.round_title.setText(self.tr("No voting round yet"))
            self.round_status.setVisible(False)
            return
        self.round_title.setText(keep_together(latest.title))
        self.round_status.setText(self.tr("Voting: {status}").format(
            status=round_status_label(latest.status)))
        self.round_status.setVisible(True)

    def set_screen_height(self, height: int) -> None:
        _sized(self.round_title, height / 13, bold=True)
        _sized(self.round_status, max(height / 22, readable_px(height)), bold=True)


class AgendaView(CardPages):
    """The draft agenda: each item's title, when and where, format and length."""

    def __init__(self, service: WorkshopService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.rows = True  # numbered items read 1, 2 across, then 3, 4

    def refresh(self) -> None:
        self.set_cards([self._card(number, item)
                        for number, item in enumerate(self.service.agenda(), start=1)])

    def _card(self, number: int, item: AgendaItem) -> Card:
        slot = QDateTime.fromString(item.slot, "yyyy-MM-ddTHH:mm")
        when = QLocale().toString(slot, QLocale.FormatType.ShortFormat) if slot.isValid() else ""
        where = " · ".join(part for part in (when, item.track) if part)
        what = self.tr("{format} · {minutes} min").format(
            format=format_label(item.format), minutes=item.duration_minutes)
        return Card(f"{number}. {item.title}", tuple(line for line in (where, what) if line))

    def set_screen_height(self, height: int) -> None:
        self.set_min_px(readable_px(height))

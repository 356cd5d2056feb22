"""Words for the core's enums, translated (the core returns enums, not text)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import Qt

from workshop_app.models import (
    AgendaFormat,
    AgendaItem,
    Ballot,
    PhaseKind,
    RoundStatus,
    Sector,
    in_sector_order,
)
from workshop_app.models.captions import NoteCaption

translate = QCoreApplication.translate


def plain_tip(text: str) -> str:
    """`text` as a tooltip that shows it as written: Qt renders a tooltip
    that looks like markup as HTML (an idea `<img src=...>` would show the
    image), so such text is escaped and wrapped as rich text that keeps its
    line breaks."""
    if not Qt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"




def sector_label(sector: Sector | None) -> str:
    if sector is None:
        return translate("Labels", "no sector")
    return {
        Sector.LOCAL_GOVERNMENT: translate("Labels", "local government"),
        Sector.ACADEMIA: translate("Labels", "academia"),
        Sector.BUSINESS: translate("Labels", "business"),
        Sector.NGO: translate("Labels", "non-governmental organisation"),
        Sector.RESIDENTS: translate("Labels", "residents"),
        Sector.OTHER: translate("Labels", "other"),
    }[sector]


def sector_breakdown(ballots: Iterable[Ballot], separator: str = ", ") -> tuple[int, str]:
    """How many people the ballots speak for, and that by sector in the
    usual order ("local government 3, academia 1, no sector 1")."""
    voters: dict[Sector | None, int] = {}
    for ballot in ballots:
        voters[ballot.sector] = voters.get(ballot.sector, 0) + ballot.voters
    text = separator.join(f"{sector_label(s)} {n}" for s, n in in_sector_order(voters))
    return sum(voters.values()), text


def sector_short_label(sector: Sector | None) -> str:
    """A short sector name for buttons and captions."""
    if sector is Sector.NGO:
        return translate("Labels", "NGO")
    return sector_label(sector)


def caption_text(caption: NoteCaption, *, short: bool = True) -> str:
    """A note's caption as one line: sector, author, table - the ones known -
    joined by " · "; the sector in its short form unless `short` is False
    (the shared screen's big notes have room for the full name)."""
    sector = ""
    if caption.sector is not None:
        sector = sector_short_label(caption.sector) if short else sector_label(caption.sector)
    return " · ".join(part for part in (sector, caption.author, caption.table) if part)


def phase_label(kind: PhaseKind) -> str:
    return {
        PhaseKind.SETUP: translate("Labels", "Set up"),
        PhaseKind.GATHER: translate("Labels", "Gather"),
        PhaseKind.CLUSTER: translate("Labels", "Cluster"),
        PhaseKind.PRIORITISE: translate("Labels", "Prioritise"),
        PhaseKind.AGENDA: translate("Labels", "Agenda & export"),
    }[kind]


def format_label(fmt: AgendaFormat) -> str:
    return {
        AgendaFormat.PANEL: translate("Labels", "panel discussion"),
        AgendaFormat.WORKSHOP: translate("Labels", "workshop"),
        AgendaFormat.WORLD_CAFE: translate("Labels", "World Café table"),
        AgendaFormat.LECTURE: translate("Labels", "lecture"),
        AgendaFormat.KEYNOTE: translate("Labels", "keynote"),
        AgendaFormat.NETWORKING: translate("Labels", "networking"),
        AgendaFormat.OTHER: translate("Labels", "other"),
    }[fmt]


def agenda_title(item: AgendaItem) -> str:
    """An agenda item's title; a topic carried over from last year says so."""
    if item.carried_over:
        return translate("Labels", "{title} (from the previous edition)").format(title=item.title)
    return item.title


def round_status_label(status: RoundStatus) -> str:
    return {
        RoundStatus.DRAFT: translate("Labels", "not started"),
        RoundStatus.OPEN: translate("Labels", "voting open"),
        RoundStatus.CLOSED: translate("Labels", "closed"),
    }[status]


class _Counts(QObject):
    """Plural phrases; lupdate marks `self.tr(text, "", n)` calls as plural."""

    def ideas(self, n: int) -> str:
        return self.tr("%n idea(s)", "", n)

    def dots(self, n: int) -> str:
        return self.tr("%n dot(s)", "", n)

    def ideas_shown(self, shown: int, n: int) -> str:
        return self.tr("{shown} of %n idea(s)", "", n).format(shown=shown)


def ideas_count(n: int) -> str:
    """'%n ideas' with Polish plural forms (1 pomysł, 2 pomysły, 5 pomysłów)."""
    return _Counts().ideas(n)


def ideas_shown_count(shown: int, total: int) -> str:
    """'2 of 29 ideas' when a filter hides some; else just '29 ideas'. The
    plural form follows the total (Polish: '2 z 29 pomysłów', '1 z 1 pomysłu')."""
    return ideas_count(total) if shown == total else _Counts().ideas_shown(shown, total)


def points_count(n: int) -> str:
    return _Counts().dots(n)

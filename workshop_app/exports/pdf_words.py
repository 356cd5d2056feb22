"""The words of the PDF summary, translated (Polish by default) and numbers
written the reader's way (a decimal comma in Polish)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from workshop_app.models import AgendaFormat, AgendaItem, Sector, VoteMethod
from workshop_app.models.results import Agreement, Quadrant


class SummaryWords(QObject):
    """Every text of the PDF summary that is not the workshop's own (plural
    forms through `self.tr(text, "", n)`)."""

    def page(self, number: int, total: int) -> str:
        return self.tr("Page {number} of {total}").format(number=number, total=total)

    def ideas(self, n: int) -> str:
        return self.tr("%n idea(s)", "", n)

    def voters(self, n: int) -> str:
        return self.tr("%n voter(s)", "", n)

    def sector(self, sector: Sector | None) -> str:
        return {None: self.tr("no sector"), Sector.LOCAL_GOVERNMENT: self.tr("local government"),
                Sector.ACADEMIA: self.tr("academia"), Sector.BUSINESS: self.tr("business"),
                Sector.NGO: self.tr("non-governmental organisation"),
                Sector.RESIDENTS: self.tr("residents"), Sector.OTHER: self.tr("other")}[sector]

    def sector_short(self, sector: Sector | None) -> str:
        return self.tr("NGO") if sector is Sector.NGO else self.sector(sector)

    def method(self, method: VoteMethod) -> str:
        return {VoteMethod.DOTS: self.tr("dot voting"),
                VoteMethod.SCORE: self.tr("marks 1–5 on two axes"),
                VoteMethod.RANK: self.tr("ranking (Borda points)")}[method]

    def score_heading(self, method: VoteMethod) -> str:
        return {VoteMethod.DOTS: self.tr("Dots"), VoteMethod.SCORE: self.tr("Mean"),
                VoteMethod.RANK: self.tr("Points")}[method]

    def quadrant(self, quadrant: Quadrant | None) -> str:
        if quadrant is None:
            return ""
        return {Quadrant.QUICK_WINS: self.tr("Quick wins"),
                Quadrant.BIG_PROJECTS: self.tr("Big projects"),
                Quadrant.FILL_INS: self.tr("Fill-ins"),
                Quadrant.THANKLESS: self.tr("Thankless tasks")}[quadrant]

    def agreement(self, agreement: Agreement | None) -> str:
        if agreement is None:
            return ""
        return {Agreement.AGREED: self.tr("agreed"), Agreement.DIVISIVE: self.tr("divisive")}[agreement]

    def agenda_format(self, fmt: AgendaFormat) -> str:
        """The same words as the Agenda view's."""
        from workshop_app.ui.labels import format_label

        return format_label(fmt)

    def agenda_title(self, item: AgendaItem) -> str:
        """The title, as in the Agenda view (a carried-over topic says so)."""
        from workshop_app.ui.labels import agenda_title

        return agenda_title(item)

    def minutes(self, n: int) -> str:
        return self.tr("%n min", "", n)


def decimal(value: float, places: int) -> str:
    """`value` with `places` decimals in the current language's way."""
    return QLocale().toString(float(value), "f", places)


def score_text(method: VoteMethod, value: float) -> str:
    """Dots and Borda points are whole; mean marks have two decimals."""
    return decimal(value, 2) if method is VoteMethod.SCORE else str(round(value))


def language() -> str:
    """The language the summary is written in, for the PDF's metadata."""
    return QLocale().bcp47Name() or "pl"

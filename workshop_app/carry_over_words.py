"""Words for topics carried over from last year's workshop, for the window
and the command line alike: the line that opens a carried item's rationale
("Z poprzedniej edycji (2026): 14 kropek, 2. miejsce") and a topic's result
as the lists show it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject

from workshop_app.models import VoteMethod
from workshop_app.models.carry_over import PreviousResult, PreviousTopic, TopicKind
from workshop_app.services import CarriedTopic
from workshop_app.ui.labels import sector_short_label


class CarryOverWords(QObject):
    """Plural forms and the other words (a QObject so that lupdate sees
    `self.tr(text, "", n)`)."""

    def score(self, result: PreviousResult) -> str:
        """14 dots, 9 points, mean mark 4.2."""
        if result.method is VoteMethod.DOTS:
            return self.tr("%n dot(s)", "", round(result.score))
        if result.method is VoteMethod.RANK:
            return self.tr("%n point(s)", "", round(result.score))
        return self.tr("mean mark {mean}").format(mean=_decimal(result.score))

    def place(self, result: PreviousResult) -> str:
        if result.tie:
            return self.tr("place {place} (shared)").format(place=result.place)
        return self.tr("place {place}").format(place=result.place)

    def result(self, result: PreviousResult) -> str:
        """"14 dots, place 2"."""
        return f"{self.score(result)}, {self.place(result)}"

    def note(self, topic: PreviousTopic) -> str:
        """The first line of a carried item's rationale."""
        year, result = topic.edition, topic.result
        if result is None:
            return (self.tr("From the previous edition ({year}).").format(year=year) if year
                    else self.tr("From the previous edition."))
        if year:
            return self.tr("From the previous edition ({year}): {result}").format(
                year=year, result=self.result(result))
        return self.tr("From the previous edition: {result}").format(result=self.result(result))

    def sectors(self, result: PreviousResult) -> str:
        """Points (or means) by sector: "samorząd 5 · nauka 4"."""
        decimal = result.method is VoteMethod.SCORE
        return " · ".join(
            f"{sector_short_label(sector)} {_decimal(value) if decimal else round(value)}"
            for sector, value in result.by_sector)

    def kind(self, topic: PreviousTopic) -> str:
        return {TopicKind.AGENDA_ITEM: self.tr("agenda item"),
                TopicKind.CLUSTER: self.tr("group")}[topic.kind]

    def no_result(self) -> str:
        return self.tr("no vote")

    def topics(self, n: int, workshop: str) -> str:
        return self.tr("{workshop}: %n topic(s). Tick the ones to carry into this year's "
                       "agenda.", "", n).format(workshop=workshop)

    def outcome(self, added: int, skipped: Sequence[PreviousTopic]) -> str:
        """What carrying over did: how many were added, and which were skipped."""
        text = self.tr("Carried %n topic(s) over into the agenda.", "", added)
        if skipped:
            text += " " + self.tr("Skipped %n topic(s) already on the agenda: {titles}.", "",
                                  len(skipped)).format(
                titles="; ".join(f"\u201e{t.title}\u201d" for t in skipped))
        return text


def carried(topics: Sequence[PreviousTopic]) -> list[CarriedTopic]:
    """The topics to carry over, each with its result in words."""
    words = CarryOverWords()
    return [CarriedTopic(topic=topic, note=words.note(topic)) for topic in topics]


def _decimal(value: float) -> str:
    # The user's locale: a decimal comma in Polish.
    return QLocale().toString(float(value), "f", 1)

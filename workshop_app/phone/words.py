"""Every word the phone shows, in Polish and English.

The phone speaks its owner's language, not the moderator's, so the words are
looked up in the program's Qt translations per language (a `QTranslator`
each) rather than through the installed one. Both tables are built once,
when the server starts, on the thread that starts it; the request threads
only read them. Sector names and refusals share their texts (context and
source) with the desktop program's, so they read the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from workshop_app.i18n import translations_dir
from workshop_app.models import Sector
from workshop_app.services import RefusalReason

T = TypeVar("T")

LANGUAGES = ("pl", "en")
DEFAULT_LANGUAGE = "pl"

_PAGE: dict[str, object] = {
    "title": QT_TRANSLATE_NOOP("PhonePage", "Vote from your phone"),
    "language": QT_TRANSLATE_NOOP("PhonePage", "Language"),
    "code": QT_TRANSLATE_NOOP("PhonePage", "Join code (on the shared screen)"),
    "join": QT_TRANSLATE_NOOP("PhonePage", "Join"),
    "who": QT_TRANSLATE_NOOP("PhonePage", "Who is voting?"),
    "sector": QT_TRANSLATE_NOOP("PhonePage", "Your sector"),
    "no_sector": QT_TRANSLATE_NOOP("PhonePage", "I would rather not say"),
    "name": QT_TRANSLATE_NOOP("PhonePage", "Your name"),
    "no_name": QT_TRANSLATE_NOOP("PhonePage", "No name"),
    "next": QT_TRANSLATE_NOOP("PhonePage", "Next"),
    "back": QT_TRANSLATE_NOOP("PhonePage", "Back"),
    "dots_left": QT_TRANSLATE_NOOP("PhonePage", "Dots left: {left} of {total}"),
    "dots_cap": QT_TRANSLATE_NOOP("PhonePage", "At most {cap} on one option."),
    "add_dot": QT_TRANSLATE_NOOP("PhonePage", "Add a dot"),
    "remove_dot": QT_TRANSLATE_NOOP("PhonePage", "Take a dot back"),
    "dots_on": QT_TRANSLATE_NOOP("PhonePage", "Dots: {n}"),
    "dots_line": QT_TRANSLATE_NOOP("PhonePage", "{title} — dots: {n}"),
    "no_more_here": QT_TRANSLATE_NOOP(
        "PhonePage", "No more dots on this option: at most {cap}."),
    "no_more_left": QT_TRANSLATE_NOOP(
        "PhonePage", "No dots left: take one back from another option first."),
    "none_here": QT_TRANSLATE_NOOP("PhonePage", "No dot on this option to take back."),
    "marks": QT_TRANSLATE_NOOP("PhonePage", "Give every option a mark from 1 to 5 on both axes."),
    "rank": QT_TRANSLATE_NOOP("PhonePage", "Tap your choices, best first (at most {n})."),
    "place": QT_TRANSLATE_NOOP("PhonePage", "Place {n}"),
    "unranked": QT_TRANSLATE_NOOP("PhonePage", "not chosen"),
    "check": QT_TRANSLATE_NOOP("PhonePage", "Check your ballot"),
    "nothing": QT_TRANSLATE_NOOP("PhonePage", "Nothing chosen yet."),
    "incomplete": QT_TRANSLATE_NOOP("PhonePage", "Every option needs a mark on both axes."),
    "send": QT_TRANSLATE_NOOP("PhonePage", "Send"),
    "change": QT_TRANSLATE_NOOP("PhonePage", "Change"),
    "sending": QT_TRANSLATE_NOOP("PhonePage", "Sending…"),
    "accepted": QT_TRANSLATE_NOOP("PhonePage", "Accepted"),
    "accepted_more": QT_TRANSLATE_NOOP(
        "PhonePage", "Your ballot is in the workshop. While the round is open you may change it "
        "and send it again; only your newest ballot counts."),
    "not_accepted": QT_TRANSLATE_NOOP("PhonePage", "Not accepted"),
    "voted_before": QT_TRANSLATE_NOOP(
        "PhonePage", "Your vote has been accepted — you can change it. While the round is open, "
        "only your newest ballot counts."),
    "closed": QT_TRANSLATE_NOOP("PhonePage", "Voting closed"),
    "closed_more": QT_TRANSLATE_NOOP(
        "PhonePage", "The moderator has closed this round: ballots are no longer taken. "
        "The results appear here once they are shown to the room."),
    "results": QT_TRANSLATE_NOOP("PhonePage", "Results"),
    "show_results": QT_TRANSLATE_NOOP("PhonePage", "Show the results"),
    "points": QT_TRANSLATE_NOOP("PhonePage", "{place}. {title}: {score}"),
    "tie": QT_TRANSLATE_NOOP("PhonePage", "= ex aequo"),
    "near_tie": QT_TRANSLATE_NOOP("PhonePage", "≈ near tie"),
    "offline": QT_TRANSLATE_NOOP(
        "PhonePage", "The phone could not reach the voting. Check the Wi-Fi and send again."),
}

_ERRORS: dict[str, object] = {
    "wrong_code": QT_TRANSLATE_NOOP(
        "PhonePage", "This join code is not right. Check it on the shared screen."),
    "too_many_codes": QT_TRANSLATE_NOOP(
        "PhonePage", "Too many wrong codes from this phone. Wait a minute and try again."),
    "join_first": QT_TRANSLATE_NOOP("PhonePage", "Enter the join code first."),
    "malformed": QT_TRANSLATE_NOOP(
        "PhonePage", "Razem could not read what the phone sent. Reload the page and try again."),
    "too_large": QT_TRANSLATE_NOOP("PhonePage", "What the phone sent is too large."),
    "busy": QT_TRANSLATE_NOOP("PhonePage", "Razem is busy. Send again in a moment."),
    "failed": QT_TRANSLATE_NOOP(
        "PhonePage", "Razem could not take this. Tell the moderator, then send again."),
    "not_found": QT_TRANSLATE_NOOP("PhonePage", "There is nothing here."),
    "not_allowed": QT_TRANSLATE_NOOP("PhonePage", "This is not allowed here."),
    "not_revealed": QT_TRANSLATE_NOOP(
        "PhonePage", "The results are shown here once the moderator shows them to the room."),
    "blocked": QT_TRANSLATE_NOOP(
        "PhonePage", "The moderator has blocked this phone: it cannot vote in this round."),
    "wrong_host": QT_TRANSLATE_NOOP("PhonePage", "Open the address shown on the shared screen."),
    "sector": QT_TRANSLATE_NOOP("PhonePage", "Choose a sector from the list."),
    "read_only": QT_TRANSLATE_NOOP(
        "PhonePage", "This workshop is open for reading only; ballots cannot be taken."),
}

_SECTORS: dict[Sector, object] = {
    Sector.LOCAL_GOVERNMENT: QT_TRANSLATE_NOOP("Labels", "local government"),
    Sector.ACADEMIA: QT_TRANSLATE_NOOP("Labels", "academia"),
    Sector.BUSINESS: QT_TRANSLATE_NOOP("Labels", "business"),
    Sector.NGO: QT_TRANSLATE_NOOP("Labels", "non-governmental organisation"),
    Sector.RESIDENTS: QT_TRANSLATE_NOOP("Labels", "residents"),
    Sector.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
}

_REFUSALS: dict[RefusalReason, object] = {
    RefusalReason.ROUND_NOT_OPEN: QT_TRANSLATE_NOOP("Messages", "This voting round is not open."),
    RefusalReason.ROUND_CLOSED: QT_TRANSLATE_NOOP("Messages", "This voting round is closed."),
    RefusalReason.TOO_MANY_DOTS: QT_TRANSLATE_NOOP("Messages", "Too many dots on this ballot."),
    RefusalReason.TOO_MANY_ON_OPTION: QT_TRANSLATE_NOOP("Messages", "Too many dots on one option."),
    RefusalReason.UNKNOWN_OPTION: QT_TRANSLATE_NOOP(
        "Messages", "This option is not part of the vote."),
    RefusalReason.WRONG_BALLOT: QT_TRANSLATE_NOOP(
        "Messages", "This ballot does not match the round's way of voting."),
    RefusalReason.BALLOT_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Messages", "Every option needs a mark on both axes."),
    RefusalReason.INVALID_MARK: QT_TRANSLATE_NOOP(
        "Messages", "A mark must be a whole number from 1 to 5."),
    RefusalReason.EMPTY_BALLOT: QT_TRANSLATE_NOOP(
        "Messages", "This ballot has no dots. Put at least one dot on an option."),
    RefusalReason.INVALID_RANKING: QT_TRANSLATE_NOOP(
        "Messages", "A ranking lists different options, at most as many as the round asks for."),
    RefusalReason.ALREADY_VOTED: QT_TRANSLATE_NOOP(
        "Messages", "This person has already voted in this round."),
    RefusalReason.NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "This item no longer exists."),
    RefusalReason.INVALID_VALUE: QT_TRANSLATE_NOOP("Messages", "This value is not allowed."),
}
_ANY_REFUSAL = RefusalReason.INVALID_VALUE


class Words:
    """The phone's words in one language (read-only after construction)."""

    def __init__(self, language: str) -> None:
        translator = QTranslator()
        if language != "en":
            translator.load(f"razem_{language}", translations_dir())

        def words(context: str, sources: Mapping[T, object]) -> Mapping[T, str]:
            # QT_TRANSLATE_NOOP is typed as returning object; it returns the source.
            return MappingProxyType({key: translator.translate(context, str(source)) or str(source)
                                     for key, source in sources.items()})

        self.language = language
        self.page = words("PhonePage", _PAGE)
        self.errors = words("PhonePage", _ERRORS)
        self.sectors = words("Labels", _SECTORS)
        self._refusals = words("Messages", _REFUSALS)

    def refusal(self, reason: RefusalReason) -> str:
        if reason is RefusalReason.READ_ONLY:
            return self.errors["read_only"]
        return self._refusals.get(reason, self._refusals[_ANY_REFUSAL])


@cache
def all_words() -> Mapping[str, Words]:
    """The phone's words in every language it speaks, read once. Call it
    first on the main thread: it makes QObjects (QTranslator), and the first
    QObject made before the QCoreApplication decides which thread Qt
    takes for the main one."""
    return MappingProxyType({language: Words(language) for language in LANGUAGES})


def language_of(accept_language: str | None) -> str:
    """The first of the phone's preferred languages that the page speaks
    (HTTP Accept-Language, weights honoured); Polish when none fits."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and weight > 0:
            ranked.append((-weight, position, primary))
    return min(ranked)[2] if ranked else DEFAULT_LANGUAGE

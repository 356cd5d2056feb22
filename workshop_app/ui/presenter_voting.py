"""Walk-up voting on the shared screen: one voter after another, by keys or touch.

A voter says who they are (a sector, always; a name from the roster when the
workshop is not anonymous), fills in the ballot on large cards shown in a
fresh random order, confirms, and the next voter gets a neutral card. The
screen never shows a count, a score or a place of anyone's votes: results
appear only when the moderator reveals them (`VotingStation`).

Keys (the keyboard next to the projector): 1–9 pick a card (or, in a round
of marks, give the mark to the chosen axis), the arrows move, + or Space add
a dot (or put the card next in the ranking), − or Backspace take it back,
PgDn/PgUp turn the page of cards, Enter is "Done", Esc goes back.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.models import Participant, Sector, VoteMethod, VoteTarget, VotingRound
from workshop_app.models.ballot_draft import AXES, BallotDraft, shuffled
from workshop_app.models.results import SCALE
from workshop_app.models.rules import SECTOR_ORDER
from workshop_app.services import WorkshopService
from workshop_app.ui.labels import sector_label
from workshop_app.ui.presenter_fit import keep_together, pixel_font, readable_px
from workshop_app.ui.session import WorkshopSession

CARD_COLUMNS = 4
CARD_ROWS = 3
TOUCH_PX = 48  # the smallest button a finger hits
SELECTED = "#FFD400"
# Black on light grey or on yellow: contrast far above 7:1; the chosen one is
# also marked "▶" and framed, not by colour alone.
VOTING_STYLE = """
QPushButton { background: #F4F4F4; color: #000000; border: 3px solid #c8d6e5;
              border-radius: 12px; padding: 8px 20px; }
QPushButton:disabled { background: #3d5670; color: #c8d6e5; }
QPushButton[chosen="true"] { background: #FFD400; border: 6px solid #FFFFFF; }
QPushButton[compact="true"] { padding: 4px 6px; }
"""


def option_titles(service: WorkshopService, voting_round: VotingRound) -> dict[str, str]:
    """What each option of the round is called: its cluster's name or its idea's text."""
    if voting_round.target is VoteTarget.CLUSTERS:
        return {c.id: c.name for c in service.clusters()}
    return {i.id: i.text for i in service.ideas()}


def _label(text: str = "", *, centred: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(text: str, action: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(TOUCH_PX)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the page, not the button
    button.clicked.connect(action)
    return button


def _clear(layout: QLayout) -> None:
    """Remove and delete everything in `layout`, nested layouts too."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        inner = item.layout() if item is not None else None
        if widget is not None:
            widget.deleteLater()
        elif inner is not None:
            _clear(inner)


def _choose(button: QPushButton, chosen: bool) -> None:
    """Mark a button as the chosen one (its style follows the property)."""
    if button.property("chosen") != chosen:
        button.setProperty("chosen", chosen)
        button.style().unpolish(button)
        button.style().polish(button)


class _Page(QWidget):
    """A page of the voting flow: sized from the screen's height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.px = 28

    def set_screen_height(self, height: int) -> None:
        self.px = max(readable_px(height), int(height / 32))
        self.apply_fonts()

    def apply_fonts(self) -> None:
        widgets: list[QWidget] = [*self.findChildren(QLabel), *self.findChildren(QPushButton)]
        for widget in widgets:
            big = widget.property("big")
            size = self.px * (1.6 if big else 1.0)
            widget.setFont(pixel_font(widget.font(), int(size), bold=bool(big)))
            if isinstance(widget, QPushButton):
                widget.setMinimumHeight(max(TOUCH_PX, int(size * 1.8)))


class ChoicePage(_Page):
    """A question and its answers as large buttons, chosen by click, digit or arrows + Enter."""

    def __init__(self, chosen: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen = chosen
        self.question = _label(centred=True)
        self.question.setProperty("big", True)
        self.hint = _label(centred=True)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        layout.addSpacing(24)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []
        self.current = 0

    def ask(self, question: str, hint: str, answers: Sequence[str]) -> None:
        self.question.setText(keep_together(question))
        self.hint.setText(hint)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        columns = 3 if len(answers) > 4 else 2
        for number, answer in enumerate(answers):
            button = _button(f"{number + 1}. {answer}" if number < 9 else answer,
                             functools.partial(self._chosen, number))
            self.grid.addWidget(button, number // columns, number % columns)
            self.buttons.append(button)
        self.current = 0
        self._mark()
        self.apply_fonts()

    def _mark(self) -> None:
        for number, button in enumerate(self.buttons):
            chosen = number == self.current
            _choose(button, chosen)
            button.setText(button.text().removeprefix("▶ "))
            if chosen:
                button.setText("▶ " + button.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(self.buttons):
            self._chosen(key - Qt.Key.Key_1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.buttons:
            self._chosen(self.current)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Tab) and self.buttons:
            self.current = (self.current + 1) % len(self.buttons)
            self._mark()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backtab) and self.buttons:
            self.current = (self.current - 1) % len(self.buttons)
            self._mark()
        else:
            super().keyPressEvent(event)


class OptionCard(QFrame):
    """One option on the ballot: its title and what this voter gave it."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterCard")
        self.setMinimumHeight(2 * TOUCH_PX)
        self.title = _label()
        self.state = _label()
        self.controls = QVBoxLayout()
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.state)
        layout.addLayout(self.controls)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class BallotPage(_Page):
    """The options of the round as cards, and what the voter may still do."""

    def __init__(self, done: Callable[[], None], back: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._done, self._back = done, back
        self.heading = _label()
        self.heading.setProperty("big", True)
        self.left = _label()  # dots left / what to do: always in sight
        self.left.setObjectName("presenterRoundStatus")
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.cards = [OptionCard() for _ in range(CARD_COLUMNS * CARD_ROWS)]
        for number, card in enumerate(self.cards):
            self.grid.addWidget(card, number // CARD_COLUMNS, number % CARD_COLUMNS)
            card.clicked.connect(functools.partial(self._pick, number))
        self.page_label = _label()
        self.done_button = _button(self.tr("Done (Enter)"), done)
        self.done_button.setProperty("big", True)
        self.previous_button = _button(self.tr("‹ Previous"), lambda: self.turn(-1))
        self.next_button = _button(self.tr("Next ›"), lambda: self.turn(1))
        footer = QHBoxLayout()
        footer.addWidget(self.previous_button)
        footer.addWidget(self.page_label, 1)
        footer.addWidget(self.next_button)
        footer.addSpacing(48)
        footer.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.left)
        layout.addLayout(header)
        layout.addLayout(self.grid, 1)
        layout.addLayout(footer)
        self.draft: BallotDraft | None = None
        self.titles: dict[str, str] = {}
        self.page = 0
        self.current = 0  # index into draft.shown
        self.axis = 0

    # -- filling -----------------------------------------------------------------------

    def start(self, draft: BallotDraft, titles: dict[str, str]) -> None:
        self.draft, self.titles = draft, titles
        self.page = self.current = self.axis = 0
        self.heading.setText(keep_together(draft.voting_round.title))
        for number, card in enumerate(self.cards):
            self._controls(card, number, draft)
        self.apply_fonts()  # the new touch buttons; afterwards only texts change
        self.show_cards()

    def _controls(self, card: OptionCard, number: int, draft: BallotDraft) -> None:
        """Touch controls on a card: − and + (dots, ranking), or marks 1–5 per axis."""
        _clear(card.controls)
        card.buttons = []
        rows: list[list[tuple[str, Callable[[], None]]]]
        if draft.method is VoteMethod.SCORE:
            low, high = SCALE
            rows = [[(str(mark), functools.partial(self._touch_mark, number, axis, mark))
                     for mark in range(low, high + 1)] for axis in range(AXES)]
        else:
            rows = [[(text, functools.partial(self._touch_give, number, more))
                     for text, more in (("−", False), ("+", True))]]
        for row in rows:
            line = QHBoxLayout()
            for text, action in row:
                button = _button(text, action)
                button.setProperty("compact", True)
                line.addWidget(button)
                card.buttons.append(button)
            card.controls.addLayout(line)

    def _touch_give(self, number: int, more: bool) -> None:
        self._pick(number)
        self.give(more)

    def _touch_mark(self, number: int, axis: int, mark: int) -> None:
        draft = self.draft
        index = self.page * self.per_page + number
        if draft is not None and index < len(draft.shown):
            self.current, self.axis = index, axis
            draft.set_mark(draft.shown[index], axis, mark)
            self.show_cards()

    @property
    def per_page(self) -> int:
        return len(self.cards)

    def show_cards(self) -> None:
        draft = self.draft
        if draft is None:
            return
        first = self.page * self.per_page
        for number, card in enumerate(self.cards):
            index = first + number
            card.setVisible(index < len(draft.shown))
            if index < len(draft.shown):
                self._fill(card, index)
        pages = max(1, -(-len(draft.shown) // self.per_page))
        self.page_label.setText(self.tr("Cards {first}–{last} of {count}").format(
            first=first + 1, last=min(first + self.per_page, len(draft.shown)),
            count=len(draft.shown)) if pages > 1 else "")
        self.left.setText(self._left_text())
        self.previous_button.setVisible(pages > 1)
        self.next_button.setVisible(pages > 1)
        self.done_button.setEnabled(draft.complete)

    def _fill(self, card: OptionCard, index: int) -> None:
        draft = self.draft
        assert draft is not None
        option = draft.shown[index]
        number = index - self.page * self.per_page + 1
        chosen = index == self.current
        card.title.setText(("▶ " if chosen else "") + f"{number}. "
                           + keep_together(self.titles.get(option, "?")))
        card.setStyleSheet(f"#presenterCard {{ border: 6px solid {SELECTED}; }}" if chosen else "")
        method = draft.method
        if method is VoteMethod.DOTS:
            given = draft.dots.get(option, 0)
            card.state.setText("●" * given + "○" * (draft.cap - given) + "  "
                               + self.tr("%n dot(s)", "", given))
        elif method is VoteMethod.RANK:
            place = draft.place(option)
            card.state.setText(self.tr("Place {place}").format(place=place) if place
                               else self.tr("not ranked"))
        else:
            axes = draft.voting_round.axes
            lines = []
            for axis in range(AXES):
                mark = draft.mark(option, axis)
                pointer = "▶" if chosen and axis == self.axis else " "
                lines.append(f"{pointer} {axes[axis]}: {mark if mark is not None else '–'}")
            card.state.setText("\n".join(lines))
            low, high = SCALE
            for position, button in enumerate(card.buttons):
                axis, mark = divmod(position, high - low + 1)
                _choose(button, draft.mark(option, axis) == mark + low)

    def _left_text(self) -> str:
        draft = self.draft
        assert draft is not None
        if draft.method is VoteMethod.DOTS:
            return self.tr("Dots left: {n}").format(n=draft.dots_left)
        if draft.method is VoteMethod.RANK:
            return self.tr("Places left: {n}").format(n=draft.places_left)
        low, high = SCALE
        missing = sum(1 for o in draft.shown for a in range(AXES) if draft.mark(o, a) is None)
        return self.tr("Marks {low}–{high} to give: {n}").format(low=low, high=high, n=missing)

    # -- acting ------------------------------------------------------------------------

    def _pick(self, number: int) -> None:
        draft = self.draft
        index = self.page * self.per_page + number
        if draft is not None and index < len(draft.shown):
            self.current = index
            self.show_cards()

    def turn(self, step: int) -> None:
        draft = self.draft
        if draft is None:
            return
        pages = max(1, -(-len(draft.shown) // self.per_page))
        self.page = (self.page + step) % pages
        self.current = self.page * self.per_page
        self.show_cards()

    def step_card(self, step: int) -> None:
        draft = self.draft
        if draft is None or not draft.shown:
            return
        self.current = (self.current + step) % len(draft.shown)
        self.page = self.current // self.per_page
        self.show_cards()

    def give(self, more: bool) -> None:
        """+ / −: a dot more or less, or into / out of the ranking."""
        draft = self.draft
        if draft is None:
            return
        option = draft.shown[self.current]
        if draft.method is VoteMethod.DOTS:
            draft.add_dot(option) if more else draft.remove_dot(option)
        elif draft.method is VoteMethod.RANK:
            draft.rank(option) if more else draft.unrank(option)
        self.show_cards()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        draft = self.draft
        key = event.key()
        if draft is None:
            super().keyPressEvent(event)
            return
        digit = key - Qt.Key.Key_0 if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 else None
        if draft.method is VoteMethod.SCORE and digit is not None:
            draft.set_mark(draft.shown[self.current], self.axis, digit)
            if draft.mark(draft.shown[self.current], self.axis) == digit:  # next cell
                if self.axis + 1 < AXES:
                    self.axis += 1
                else:
                    self.axis = 0
                    self.step_card(1)
            self.show_cards()
        elif digit is not None and digit >= 1:
            self._pick(digit - 1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Space, Qt.Key.Key_Equal):
            self.give(True)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.give(False)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Tab):
            self.axis = 0
            self.step_card(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backtab):
            self.axis = 0
            self.step_card(-1)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._vertical(1 if key == Qt.Key.Key_Down else -1)
        elif key == Qt.Key.Key_PageDown:
            self.turn(1)
        elif key == Qt.Key.Key_PageUp:
            self.turn(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if draft.complete:
                self._done()
        elif key == Qt.Key.Key_Escape:
            self._back()
        else:
            super().keyPressEvent(event)

    def _vertical(self, step: int) -> None:
        """Down/Up: the next axis of a card of marks, else the card below/above."""
        draft = self.draft
        assert draft is not None
        if draft.method is VoteMethod.SCORE and 0 <= self.axis + step < AXES:
            self.axis += step
            self.show_cards()
        else:
            self.axis = 0 if step > 0 else AXES - 1
            self.step_card(step * CARD_COLUMNS)


class ConfirmPage(_Page):
    """The voter's choices once more, and "Cast it" or "Back"."""

    def __init__(self, cast: Callable[[], None], back: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cast, self._back = cast, back
        self.question = _label(self.tr("Cast this vote?"), centred=True)
        self.question.setProperty("big", True)
        self.summary = _label(centred=True)
        self.yes = _button(self.tr("Yes, cast my vote (Enter)"), cast)
        self.no = _button(self.tr("Back (Esc)"), back)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.no)
        buttons.addWidget(self.yes)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addWidget(self.summary)
        layout.addSpacing(32)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_draft(self, draft: BallotDraft, titles: dict[str, str]) -> None:
        if draft.method is VoteMethod.DOTS:
            lines = [f"{titles.get(o, '?')}: " + self.tr("%n dot(s)", "", draft.dots[o])
                     for o in draft.shown if draft.dots.get(o)]
        elif draft.method is VoteMethod.RANK:
            lines = [f"{n}. {titles.get(o, '?')}" for n, o in enumerate(draft.ranking, start=1)]
        else:
            axes = draft.voting_round.axes
            lines = [f"{titles.get(o, '?')}: {axes[0]} {draft.mark(o, 0)}, "
                     f"{axes[1]} {draft.mark(o, 1)}" for o in draft.shown]
        self.summary.setText(keep_together("\n".join(lines)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._cast()
        elif event.key() == Qt.Key.Key_Escape:
            self._back()
        else:
            super().keyPressEvent(event)


class ThanksPage(_Page):
    """A neutral card between voters: no counts, no results."""

    def __init__(self, next_voter: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._next = next_voter
        self.thanks = _label(self.tr("Thank you — your vote is in."), centred=True)
        self.thanks.setProperty("big", True)
        self.prompt = _label(self.tr("Next person, please: press Enter or touch Start."),
                             centred=True)
        self.start = _button(self.tr("Start"), next_voter)
        self.start.setProperty("big", True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.thanks)
        layout.addWidget(self.prompt)
        layout.addSpacing(32)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._next()
        else:
            super().keyPressEvent(event)


class WalkUpVoting(QStackedWidget):
    """The voting flow for one open round (see the module docstring).

    `rng` orders each voter's cards (a fresh system random by default).

    Signals:
        cast(str): a ballot was cast (its id); the screen shows the next-voter card.
    """

    cast = Signal(str)

    def __init__(self, session: WorkshopSession, rng: random.Random | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(VOTING_STYLE)
        self.session = session
        self.rng = rng
        self.round: VotingRound | None = None
        self.sector: Sector | None = None
        self.participant: str | None = None
        self.sectors = list(SECTOR_ORDER)
        self.people: list[Participant] = []
        self.start_page = ChoicePage(self._sector_chosen)
        self.name_page = ChoicePage(self._name_chosen)
        self.ballot_page = BallotPage(self._review, self.begin)
        self.confirm_page = ConfirmPage(self._cast, self._back_to_ballot)
        self.thanks_page = ThanksPage(self.begin)
        for page in (self.start_page, self.name_page, self.ballot_page, self.confirm_page,
                     self.thanks_page):
            self.addWidget(page)
        self.titles: dict[str, str] = {}

    def open_round(self, voting_round: VotingRound, titles: dict[str, str]) -> None:
        """Vote on `voting_round` (open, with its options fixed), whose option titles are `titles`."""
        self.round, self.titles = voting_round, titles
        self.begin()

    def begin(self) -> None:
        """A new voter: who are you?"""
        if self.round is None:
            return
        self.sector = self.participant = None
        self.start_page.ask(
            self.tr("Voting: {title}").format(title=self.round.title),
            self.tr("Which sector are you from? (touch it, or press its number)"),
            [sector_label(s) for s in self.sectors])
        self._show(self.start_page)

    def _show(self, page: QWidget) -> None:
        self.setCurrentWidget(page)
        page.setFocus()

    def _sector_chosen(self, number: int) -> None:
        self.sector = self.sectors[number]
        service = self.session.service
        # Who voted in this round already is not offered: one ballot each.
        voted = {b.participant_id for b in service.ballots(self.round.id)} if self.round else set()
        self.people = [] if service.workshop().anonymous else [
            p for p in service.participants()
            if p.sector is self.sector and p.name and p.id not in voted]
        if not self.people:
            self._start_ballot()
            return
        self.name_page.ask(self.tr("Your name? (or vote without it)"), sector_label(self.sector),
                           [self.tr("Without my name")] + [p.name for p in self.people])
        self._show(self.name_page)

    def _name_chosen(self, number: int) -> None:
        self.participant = self.people[number - 1].id if number > 0 else None
        self._start_ballot()

    def follow(self, voting_round: VotingRound) -> None:
        """The round voted on changed (a ballot, a group ungrouped…): a ballot
        being filled in loses the options that can no longer take votes."""
        self.round = voting_round
        page = self.ballot_page
        if page.draft is None or not page.draft.keep_only(
                self.session.service.votable(voting_round.id)):
            return
        page.current = page.page = 0
        page.show_cards()
        if self.currentWidget() is self.confirm_page:
            self._back_to_ballot()

    def _start_ballot(self) -> None:
        assert self.round is not None
        # Only the options that can take votes, each voter in a fresh order.
        votable = self.session.service.votable(self.round.id)
        draft = BallotDraft(self.round, shuffled(votable, self.rng))
        self.ballot_page.start(draft, self.titles)
        self._show(self.ballot_page)

    def _review(self) -> None:
        draft = self.ballot_page.draft
        if draft is not None and draft.complete:
            self.confirm_page.show_draft(draft, self.titles)
            self._show(self.confirm_page)

    def _back_to_ballot(self) -> None:
        self._show(self.ballot_page)

    def _cast(self) -> None:
        draft = self.ballot_page.draft
        if draft is None or self.round is None:
            return
        changes = self.session.run(self.session.service.cast_ballot, round_id=self.round.id,
                                   participant_id=self.participant, sector=self.sector,
                                   **draft.as_ballot())
        if changes is None:  # refused (e.g. the round was closed meanwhile): the reason is shown
            self._back_to_ballot()
            return
        self._show(self.thanks_page)
        self.cast.emit(changes.created or "")

    def set_screen_height(self, height: int) -> None:
        for page in (self.start_page, self.name_page, self.ballot_page, self.confirm_page,
                     self.thanks_page):
            page.set_screen_height(height)

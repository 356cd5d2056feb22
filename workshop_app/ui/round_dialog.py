"""The moderator's form for a voting round: what is voted on, and how."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_app.models import VoteMethod, VoteTarget, VotingRound
from workshop_app.models.text import brief
from workshop_app.services.vote_ops import DEFAULT_AXES, proposed_dots


@dataclass
class RoundSettings:
    """What the form says, as keyword arguments of `add_round` / `update_round`."""

    title: str
    target: VoteTarget
    method: VoteMethod
    options: tuple[str, ...]
    dots_per_voter: int
    max_per_option: int
    allow_stacking: bool
    axes: tuple[str, str]
    top_n: int
    extra: dict[str, Any] = field(default_factory=dict)

    def as_kwargs(self, *, new: bool) -> dict[str, Any]:
        found = {"title": self.title, "method": self.method, "options": self.options,
                 "dots_per_voter": self.dots_per_voter, "max_per_option": self.max_per_option,
                 "allow_stacking": self.allow_stacking, "axes": self.axes, "top_n": self.top_n}
        if new:
            found["target"] = self.target
        return found


class RoundDialog(QDialog):
    """A new round, or a draft's settings: title, options, method and its limits.

    `choices` maps each target to its live options (id -> title). Every
    option is ticked by default; none ticked means all of them.
    """

    def __init__(self, choices: dict[VoteTarget, dict[str, str]],
                 voting_round: VotingRound | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.setWindowTitle(self.tr("Voting round") if voting_round else self.tr("New voting round"))
        self.title = QLineEdit(voting_round.title if voting_round else "")
        self.title.setPlaceholderText(self.tr("e.g. Which topics for the 2027 Forum?"))
        self.target = QComboBox()
        self.target.addItem(self.tr("groups (clusters)"), VoteTarget.CLUSTERS)
        self.target.addItem(self.tr("single ideas"), VoteTarget.IDEAS)
        self.target.setEnabled(voting_round is None)  # a draft keeps what it votes on
        self.options = QListWidget()
        self.options.setMinimumHeight(160)
        self.method = QComboBox()
        for method, text in ((VoteMethod.DOTS, self.tr("dots")),
                             (VoteMethod.SCORE, self.tr("marks 1–5 on two axes")),
                             (VoteMethod.RANK, self.tr("ranking of the top N"))):
            self.method.addItem(text, method)
        self.dots = QSpinBox()
        self.dots.setRange(1, 99)
        self.cap = QSpinBox()
        self.cap.setRange(1, 99)
        self.stacking = QCheckBox(self.tr("more than one dot on an option"))
        self.axis_one = QLineEdit(DEFAULT_AXES[0])
        self.axis_two = QLineEdit(DEFAULT_AXES[1])
        self.top = QSpinBox()
        self.top.setRange(1, 99)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Vote on:"), self.target)
        form.addRow(self.tr("Options:"), self.options)
        form.addRow(self.tr("&Method:"), self.method)
        form.addRow(self.tr("Dots per voter:"), self.dots)
        form.addRow(self.tr("Most dots on one option:"), self.cap)
        form.addRow("", self.stacking)
        form.addRow(self.tr("First axis:"), self.axis_one)
        form.addRow(self.tr("Second axis:"), self.axis_two)
        form.addRow(self.tr("Places to rank (N):"), self.top)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fill(voting_round)
        self.target.currentIndexChanged.connect(lambda _: self._list_options(()))
        self.method.currentIndexChanged.connect(lambda _: self._show_method())
        self.options.itemChanged.connect(lambda _: self._propose_dots())
        self.stacking.toggled.connect(lambda on: self.cap.setEnabled(on))

    def _fill(self, voting_round: VotingRound | None) -> None:
        if voting_round is not None:
            self.target.setCurrentIndex(self.target.findData(voting_round.target))
            self.method.setCurrentIndex(self.method.findData(voting_round.method))
            self._list_options(voting_round.options)
            self.dots.setValue(voting_round.dots_per_voter)
            self.cap.setValue(voting_round.max_per_option)
            self.stacking.setChecked(voting_round.allow_stacking)
            if len(voting_round.axes) == len(DEFAULT_AXES):
                self.axis_one.setText(voting_round.axes[0])
                self.axis_two.setText(voting_round.axes[1])
            self.top.setValue(voting_round.top_n)
        else:
            self._list_options(())
            self.stacking.setChecked(True)
            self.top.setValue(3)
            self._propose_dots()
        self._show_method()

    def _list_options(self, chosen: Sequence[str]) -> None:
        target = self.target.currentData()
        self.options.blockSignals(True)
        self.options.clear()
        for option_id, title in self.choices.get(target, {}).items():
            item = QListWidgetItem(brief(title, 80))
            item.setToolTip(title)
            item.setData(Qt.ItemDataRole.UserRole, option_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = not chosen or option_id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.options.addItem(item)
        self.options.blockSignals(False)
        self._propose_dots()

    def _ticked(self) -> list[str]:
        return [self.options.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.options.count())
                if self.options.item(row).checkState() is Qt.CheckState.Checked]

    def _propose_dots(self) -> None:
        """About a third of the options, as the brief proposes; the moderator may change it."""
        count = len(self._ticked()) or self.options.count()
        dots = proposed_dots(count)
        self.dots.setValue(dots)
        self.cap.setValue(min(3, dots))

    def _show_method(self) -> None:
        method = self.method.currentData()
        for widget, methods in ((self.dots, {VoteMethod.DOTS}), (self.cap, {VoteMethod.DOTS}),
                                (self.stacking, {VoteMethod.DOTS}),
                                (self.axis_one, {VoteMethod.SCORE}),
                                (self.axis_two, {VoteMethod.SCORE}),
                                (self.top, {VoteMethod.RANK})):
            shown = method in methods
            widget.setVisible(shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)

    def _check(self) -> None:
        if not self.title.text().strip():
            self.problem.setText(self.tr("Give the round a title."))
            self.title.setFocus()
            return
        if not self._ticked():
            self.problem.setText(self.tr("Tick at least one option."))
            return
        if self.cap.value() > self.dots.value():
            self.problem.setText(self.tr("One option cannot take more dots than a voter has."))
            self.cap.setFocus()
            return
        self.accept()

    def settings(self) -> RoundSettings:
        ticked = tuple(self._ticked())
        everything = len(ticked) == self.options.count()
        return RoundSettings(
            title=self.title.text().strip(), target=self.target.currentData(),
            method=self.method.currentData(), options=() if everything else ticked,
            dots_per_voter=self.dots.value(), max_per_option=self.cap.value(),
            allow_stacking=self.stacking.isChecked(),
            axes=(self.axis_one.text().strip(), self.axis_two.text().strip()),
            top_n=self.top.value())

"""A merge of workshop files shown in the window, planned or done
(`models.merge_report.MergeReport`): per source file its counts per kind,
the participants joined as one person, the groups renamed or joined, and
every row in two versions with the version that stays and the other one's
text. After the merge, each joined participant has a "Separate" button.

The counts on the left, everything else (joins, groups, conflicts) in a
scrolling column on the right: both in sight at once, nothing of a long
report hidden behind a tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.merge_words import MergeWords
from workshop_app.models.merge_report import (
    JoinedParticipant,
    KindCount,
    MergeReport,
    Outcome,
    SourceReport,
)
from workshop_app.ui.labels import plain_tip

# The counts' columns of the sources list, after the file-and-kind column.
OUTCOMES = (Outcome.ADDED, Outcome.PRESENT, Outcome.UPDATED, Outcome.OUTDATED, Outcome.JOINED)


class MergeReportView(QSplitter):
    """One merge report (see module docstring); `show_report` fills it.

    Signals:
        separate_requested(str): the "Separate" button of a joined
            participant was pressed (its `join_id`).
    """

    separate_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.words = MergeWords(self)
        self.setChildrenCollapsible(False)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self._heading(self.tr("What comes from each file")))
        self.sources = self._source_list()
        column.addWidget(self.sources, 1)
        self.details = QScrollArea()
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.addWidget(left)
        self.addWidget(self.details)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setSizes([640, 520])
        self.separate_buttons: dict[str, QPushButton] = {}
        self.conflict_labels: list[QLabel] = []
        self.cluster_labels: list[QLabel] = []
        self.join_labels: dict[str, QLabel] = {}
        self.tidied_label: QLabel | None = None  # the workshop's own notes placed first

    def show_report(self, report: MergeReport, *, merged: bool, title: str = "") -> None:
        """Show `report`: planned (`merged` False) or done, with the joins'
        "Separate" buttons. `title` is the open workshop's: a file with
        another title says its own."""
        self._fill_sources(report, title)
        old = self.details.takeWidget()
        if old is not None:
            old.deleteLater()
        self.separate_buttons, self.join_labels = {}, {}
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(6, 0, 8, 0)
        self.tidied_label = _text(self.tidied(report.tidied, merged=merged)) if report.tidied else None
        if self.tidied_label is not None:
            layout.addWidget(self._heading(self.tr("The workshop's own notes")))
            layout.addWidget(self.tidied_label)
        if report.joins:
            layout.addWidget(self._heading(self.tr("The same person in two files: joined")))
            hint = (self.tr("If two of them are different people, separate them here (or later "
                            "undo it in the Edit menu).") if merged else
                    self.tr("After the merge, each of them can be separated again."))
            layout.addWidget(_text(hint))
            for join in report.joins:
                layout.addLayout(self._join_row(join, merged=merged, alt=len(report.joins) == 1))
        self.cluster_labels = [_text("\u2022 " + self.words.cluster(c)) for c in report.clusters]
        if report.clusters:
            layout.addWidget(self._heading(self.tr("Groups whose name was taken")))
            for label in self.cluster_labels:
                layout.addWidget(label)
        self.double_vote_labels = [_text("\u2022 " + self.words.double_vote(d))
                                   for d in report.double_votes]
        if report.double_votes:
            layout.addWidget(self._heading(self.tr("One person, more than one ballot")))
            layout.addWidget(_text(self.tr("They voted in the same round at two tables; every "
                                           "ballot counts.")))
            for label in self.double_vote_labels:
                layout.addWidget(label)
        self.conflict_labels = [_text("\u2022 " + self.words.conflict(c, report))
                                for c in report.conflicts]
        if report.conflicts:
            layout.addWidget(self._heading(
                self.tr("Edited at two tables: the newer version stays")))
            for label in self.conflict_labels:
                layout.addWidget(label)
        if not (report.joins or report.clusters or report.conflicts):
            layout.addWidget(_text(self.tr("No one joined, no group renamed, no row in two "
                                           "versions.")))
        layout.addStretch(1)
        self.details.setWidget(column)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sideHeading")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    # -- the sources ----------------------------------------------------------------------

    def _source_list(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("mergeSources")
        tree.setAccessibleName(self.tr("What comes from each file"))
        tree.setHeaderLabels([self.tr("File and kind"), self.tr("Added"), self.tr("Already there"),
                              self.tr("Updated"), self.tr("Older"), self.tr("Joined")])
        header_item = tree.headerItem()
        header_item.setToolTip(2, self.tr("The workshop has this very version already"))
        header_item.setToolTip(3, self.tr("The file's version is newer and replaces the "
                                          "workshop's"))
        header_item.setToolTip(4, self.tr("The workshop's version is newer and stays"))
        header_item.setToolTip(5, self.tr("The same person, or a group of the same name"))
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setUniformRowHeights(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(OUTCOMES) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def tidied(self, count: int, *, merged: bool) -> str:
        """The workshop's own notes placed on the canvas before the tables' areas."""
        if merged:
            return self.tr("None of the workshop's own %n note(s) had a place on the canvas; "
                           "they were tidied first, left of the tables' notes.", "", count)
        return self.tr("None of the workshop's own %n note(s) has a place on the canvas yet; "
                       "the merge tidies them first, left of the tables' notes.", "", count)

    def _fill_sources(self, report: MergeReport, title: str) -> None:
        tree = self.sources
        tree.clear()
        for source in report.sources:
            item = QTreeWidgetItem([self.source_title(source, workshop_title=title)])
            item.setToolTip(0, plain_tip(self.tr("{path}\nworkshop: \u201e{title}\u201d").format(
                path=source.path, title=source.title)))
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            for kind, count in source.counts.items():
                if count.total:
                    item.addChild(self._count_row(self.words.kind(kind), count))
            if not item.childCount():
                item.addChild(QTreeWidgetItem([self.tr("nothing")]))
        tree.expandAll()

    def source_title(self, source: SourceReport, *, workshop_title: str = "") -> str:
        """The file and its table first (what tells the copies apart); its
        workshop's title only when it is not the open workshop's."""
        if source.title == workshop_title:
            return self.tr("{file} \u2014 table: {label}").format(file=source.name,
                                                                 label=source.label)
        return self.tr("{file} \u2014 table: {label} \u2014 \u201e{title}\u201d").format(
            file=source.name, title=source.title, label=source.label)

    def _count_row(self, kind: str, count: KindCount) -> QTreeWidgetItem:
        row = QTreeWidgetItem([kind, *(_number(getattr(count, o.value)) for o in OUTCOMES)])
        for column in range(1, len(OUTCOMES) + 1):
            row.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
        return row

    def counts(self, file_name: str) -> dict[str, tuple[int, ...]]:
        """The counts shown for one file, by kind (as shown): added, already
        there, updated, older, joined."""
        for row in range(self.sources.topLevelItemCount()):
            item = self.sources.topLevelItem(row)
            if item is not None and item.text(0).startswith(file_name + " "):
                return {child.text(0): tuple(int(child.text(c).replace("\u2013", "0") or 0)
                                             for c in range(1, len(OUTCOMES) + 1))
                        for child in (item.child(n) for n in range(item.childCount()))
                        if child is not None}
        return {}

    # -- joins, conflicts -----------------------------------------------------------------

    def _join_row(self, join: JoinedParticipant, *, merged: bool, alt: bool) -> QHBoxLayout:
        """A joined participant; once merged, its "Separate" button (with an
        Alt letter only when it is the one: several would share it)."""
        row = QHBoxLayout()
        label = _text("\u2022 " + self.words.join(join))
        self.join_labels[join.join_id] = label
        row.addWidget(label, 1)
        if merged:
            text = self.tr("&Separate")
            button = QPushButton(text if alt else text.replace("&", ""))
            button.setAccessibleName(self.tr("Separate {name}").format(name=join.name))
            button.setAutoDefault(False)  # Enter closes the report
            button.clicked.connect(lambda _=False, j=join.join_id: self.separate_requested.emit(j))
            self.separate_buttons[join.join_id] = button
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def separated(self, join_id: str) -> None:
        """Show a join as separated: its button is done."""
        button = self.separate_buttons.get(join_id)
        if button is not None:
            button.setText(self.tr("Separated"))
            button.setEnabled(False)
        label = self.join_labels.get(join_id)
        if label is not None:
            label.setText(label.text() + " \u2014 " + self.tr("separated again"))

def _text(text: str) -> QLabel:
    """A line of the report: the room's own words, never markup, wrapped, selectable."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _number(n: int) -> str:
    return str(n) if n else "\u2013"

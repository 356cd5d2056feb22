"""File → "Połącz warsztaty…": the files of parallel tables merged into the
open workshop, after a preview, as one undo step.

The moderator chooses one or more `.razem` files (the program's file
chooser, which never opens what it lists); `service.plan_merge` reads them
and the dialog shows what the merge would do (`MergeReportView`). A file
that cannot be merged is named with the reason and nothing is planned; the
moderator may choose other files. "Join groups with the same name" plans
again. "Merge" runs `service.merge` (one transaction, one undo step); a plan
the workshop has outrun since (a phone ballot came in) is refused, planned
again and shown again. Then the same dialog shows the report, with
"Separate" for every participant it joined.

Planning reads the open workshop's connection, so it runs on the GUI thread
(10 files of 500 ideas: about 0.3 s) under a wait cursor.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.merge_words import MergeWords
from workshop_app.messages import any_error
from workshop_app.models.merge_report import MergeReport
from workshop_app.services import RefusalReason
from workshop_app.services.merge_ops import MergePlan
from workshop_app.ui.file_chooser import choose_files
from workshop_app.ui.merge_report_view import MergeReportView
from workshop_app.ui.session import Refusal, WorkshopSession

PREVIEW_SIZE = QSize(1180, 700)


class MergeDialog(QDialog):
    """Preview, merge, report (see module docstring). `choose()` asks for
    the files first; `plan_files(paths)` plans given ones.

    Signals:
        merged(object): the `MergeReport` of a merge just written.
    """

    merged = Signal(object)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.paths: list[Path] = []
        self.plan: MergePlan | None = None
        self.report: MergeReport | None = None  # once merged
        self._words = MergeWords(self)
        self.setWindowTitle(self.tr("Merge workshops"))
        self.status = QLabel()
        self.status.setObjectName("sideHeading")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("mergeProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #A40000; font-weight: bold;")
        self.problem.hide()
        self.join_clusters = QCheckBox(self.tr("&Join groups with the same name"))
        self.join_clusters.setToolTip(self.tr(
            "Unticked, a group named like one already in the workshop stays apart, named after "
            "its table (\u201eZieleń (Stół 2)\u201d)."))
        self.join_clusters.toggled.connect(lambda _on: self.replan())
        self.view = MergeReportView()
        self.view.separate_requested.connect(self.separate)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose_button = self.buttons.addButton(self.tr("C&hoose other files…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.column = layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.join_clusters)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        session.refused.connect(self._on_refused)
        self._show()

    # -- planning ------------------------------------------------------------------------

    def choose(self) -> bool:
        """Ask for the files to merge and plan them; False if none were chosen."""
        chosen = choose_files(self.parentWidget() if not self.isVisible() else self,
                              self.tr("Merge workshops: choose the tables' files"),
                              str(self.session.path.parent),
                              self.tr("Razem workshops (*.razem);;All files (*)"))
        if chosen:
            self.plan_files([Path(path) for path in chosen])
        return bool(chosen)

    def plan_files(self, paths: Sequence[Path]) -> MergePlan | None:
        """Plan merging `paths` and show what it would do; None (and why,
        naming the file) when one of them cannot be merged."""
        self.paths = list(paths)
        self.plan = None
        self._say("")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = self.session.service.plan_merge(
                self.paths, join_same_named_clusters=self.join_clusters.isChecked())
        except Exception as error:
            message = any_error(error)
            if message is None:
                raise
            self._say(message)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show()
        return self.plan

    def replan(self) -> None:
        if self.paths and self.report is None:
            self.plan_files(self.paths)

    def _show(self) -> None:
        """The preview of `plan`, or only why nothing was planned (the file's
        problem says that nothing was merged; the dialog shrinks to it), and
        the buttons to match."""
        plan = self.plan
        for widget in (self.view, self.join_clusters):
            widget.setVisible(plan is not None)
        target = self.session.path.name
        nothing = self.tr("Nothing was merged.")
        # Said once: most files' problems say it themselves.
        self.status.setVisible(plan is not None or nothing not in self.problem.text())
        if plan is None:
            self.status.setText(nothing if self.paths else "")
        elif not plan.changes_anything:
            self.status.setText(self.tr("Nothing new to add"))
        else:
            self.status.setText(self._words.headline(plan.report, target=target, dry_run=True))
        if plan is not None:
            self.view.show_report(plan.report, merged=False, title=self._title())
            if not plan.changes_anything:
                self.view.setToolTip(self._words.headline(plan.report, target=target,
                                                          dry_run=True))
        can_merge = plan is not None and plan.changes_anything
        self.merge_button.setVisible(can_merge)
        self.merge_button.setEnabled(can_merge)
        self._closing(done=not can_merge)
        self.join_clusters.setEnabled(bool(self.paths))
        self._fit_size()

    def _title(self) -> str:
        return self.session.service.workshop().title

    def _fit_size(self) -> None:
        """A preview has room for its report (a 1280 x 800 screen has room
        for it); a refusal is its message and the buttons."""
        if self.plan is not None:
            self.resize(PREVIEW_SIZE)
        else:
            self.column.activate()
            width = min(PREVIEW_SIZE.width(), max(560, self.problem.sizeHint().width() // 2))
            self.resize(width, self.heightForWidth(width) if self.hasHeightForWidth()
                        else self.sizeHint().height())
        self._centre()

    def _centre(self) -> None:
        """Over the middle of the window, on its screen: a refusal's small
        dialog grown to a preview would reach off the screen's bottom."""
        parent = self.parentWidget()
        if parent is None:
            return
        spot = parent.window().frameGeometry().center() - self.rect().center()
        room = parent.screen().availableGeometry()
        self.move(max(room.left(), min(spot.x(), room.right() - self.width())),
                  max(room.top(), min(spot.y(), room.bottom() - self.height())))

    # -- merging ------------------------------------------------------------------------

    def merge(self) -> None:
        """Write the planned merge (one undo step) and show its report; a
        refusal is said here, and a plan the workshop outran is made again."""
        plan = self.plan
        if plan is None or not plan.changes_anything:
            return
        changes = self.session.run_by(self, self.session.service.merge, plan)
        if changes is None:
            return  # `_on_refused` said why (and planned again if it was stale)
        self.report = plan.report
        self._say("")
        self.status.setText(self._words.headline(plan.report, target=self.session.path.name,
                                                 dry_run=False))
        self.view.show_report(plan.report, merged=True, title=self._title())
        self.join_clusters.hide()
        self.choose_button.hide()
        self.merge_button.hide()
        self._closing(done=True).setFocus()
        self.merged.emit(plan.report)

    def _closing(self, *, done: bool) -> QPushButton:
        """The Cancel button, which says Close (and takes Enter) when there
        is nothing left to merge."""
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert close is not None
        close.setText(self.tr("Close") if done else self.tr("Cancel"))
        close.setDefault(done)
        if not done:
            self.merge_button.setDefault(True)
        return close

    def separate(self, join_id: str) -> None:
        """Separate a participant the merge joined (its own undo step)."""
        changes = self.session.run_by(self, self.session.service.unjoin_participant,
                                      join_id=join_id)
        if changes is not None:
            self.view.separated(join_id)
            self._say("")

    def _on_refused(self, refused: Refusal) -> None:
        if refused.initiator is not self:
            return
        if refused.reason is RefusalReason.MERGE_PLAN_STALE and self.plan_files(self.paths):
            self._say(self.tr("The workshop changed since this preview (a vote or an edit came "
                              "in); nothing was merged. This is what the merge would do now."))
            return
        if not self.problem.isVisible():  # a file's problem, once planned again, goes first
            self._say(refused.message)

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def merge_button_shown(self) -> bool:
        return not self.merge_button.isHidden()


def open_merge(session: WorkshopSession, parent: QWidget) -> MergeDialog | None:
    """File → "Połącz warsztaty…": the files asked for, then the preview
    (window-modal); None when no file was chosen."""
    dialog = MergeDialog(session, parent)
    if not dialog.choose():
        dialog.deleteLater()
        return None
    dialog.open()
    return dialog

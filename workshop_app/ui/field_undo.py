"""Ctrl+Z in a text field: the field's own typing first, then the workshop.

Qt's text fields claim Ctrl+Z (and Ctrl+Shift+Z / Ctrl+Y) for themselves even
when they have nothing to undo, so the Edit menu's Undo never fires while the
cursor is in, say, Gather's idea field - which is exactly where the moderator
is after pressing Enter. This filter lets a field keep the keys only while it
has typing of its own to undo or redo; otherwise the window's Undo/Redo
(the workshop's history) gets them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_UNDO = (QKeySequence.StandardKey.Undo,)
_REDO = (QKeySequence.StandardKey.Redo,)
_REDO_EXTRA = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


def field_can(widget: QObject, *, undo: bool) -> bool | None:
    """Whether a text field has typing of its own to undo (redo); None if
    `widget` is not a text field."""
    if isinstance(widget, QAbstractSpinBox):  # a date or number field's inner line
        line = widget.findChild(QLineEdit)
        return field_can(line, undo=undo) if line is not None else False
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        document = widget.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    return None


def _wants(event: QKeyEvent) -> bool | None:
    """True for an undo key, False for a redo key, None for any other key."""
    if any(event.matches(key) for key in _UNDO):
        return True
    combination = QKeySequence(event.keyCombination())
    if any(event.matches(key) for key in _REDO) or combination in _REDO_EXTRA:
        return False
    return None


class FieldUndoFilter(QObject):
    """Watches the text fields it is given (see module docstring); only their
    events pass through it. Focus is not followed: without a window manager
    (or before the window is activated) Qt reports no focus change, yet the
    keys still reach the field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo = _wants(event)
        if undo is None or field_can(watched, undo=undo) is not False:
            return False
        # Not the field's: do not let it claim the keys, so the shortcut fires.
        event.ignore()
        return True

    def watch(self, widgets: QWidget) -> None:
        """Watch every text field in `widgets` (a panel, a window)."""
        for widget in [widgets, *widgets.findChildren(QWidget)]:
            if field_can(widget, undo=True) is not None:
                widget.installEventFilter(self)

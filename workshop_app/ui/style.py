"""The application's look: one style sheet, readable sizes, high contrast."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
#panelHeading { font-size: 22pt; font-weight: 600; color: #1b2a3a; }
#panelHint { color: #44505c; margin-bottom: 8px; }
#counts { font-size: 11pt; color: #1b2a3a; padding: 4px 0; }
#startTitle { font-size: 34pt; font-weight: 700; color: #1b2a3a; }
#startScreen QPushButton { font-size: 13pt; text-align: left; padding-left: 16px; }
#startScreen QListWidget { font-size: 12pt; }
#startScreen QListWidget::item { padding: 8px 4px; border-bottom: 1px solid #dddddd; }
#phaseNavigation { font-size: 13pt; background: #1b2a3a; color: #ffffff; border: none;
                   padding-top: 12px; }
#phaseNavigation::item { padding: 12px 14px; }
#phaseNavigation::item:selected { background: #f2c94c; color: #111111; }
QGroupBox { font-weight: 600; }
#toolbarPhase { font-weight: 600; padding: 0 12px; }
#timerDisplay { font-size: 16pt; font-weight: 700; padding: 0 12px; min-width: 90px; }
#timerDisplay[timeUp="true"] { background: #FFD400; color: #000000; border-radius: 4px; }
#notice { color: #1b2a3a; }
#notice[warning="true"] { color: #7a3a00; font-weight: 600; }
#ideaEntry { font-size: 14pt; }
#sideHeading { font-size: 13pt; font-weight: 600; color: #1b2a3a; }
QToolButton:checked { background: #1b2a3a; color: #ffffff; border-radius: 3px; }
"""


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)

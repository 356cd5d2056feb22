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
#readOnlyBanner { background: #FFD400; color: #000000; font-size: 12pt; padding: 10px 16px; }
QToolButton:checked { background: #1b2a3a; color: #ffffff; border-radius: 3px; }
"""

# The shared screen: white and light yellow on dark blue (contrast above 10:1).
# Sizes are set in pixels by the views, never here. Group titles differ from
# their ideas by weight, size, a rule beneath and their count, not by colour
# alone; the block of ungrouped notes has a dashed edge and says so.
PRESENTER_STYLE = """
#presenter { background: #101820; }
#presenter QLabel { color: #FFFFFF; background: transparent; }
#presenterCard { background: #1b2a3a; border: 2px solid #3d5670; border-radius: 10px; }
#presenterLoose { background: #101820; border: 3px dashed #c8d6e5; border-radius: 10px; }
#presenter QLabel#presenterCardTitle { color: #FFE08A; }
#presenterRule { background: #FFE08A; border: none; }
#presenter QLabel#presenterPage { color: #FFFFFF; }
#presenter QLabel#presenterRoundStatus { color: #000000; background: #FFE08A;
                                         border-radius: 8px; padding: 8px 24px; }
"""


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)

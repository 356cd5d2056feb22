"""Startup baseline: the least a PySide6 program does before its first paint.

Creates a QApplication and one QWidget of the given size, prints
`RAZEM_PAINTED` from the widget's first paintEvent (the same line the app's
paint probe prints) and quits with exit code 0.

    python bench/bare_window.py [WIDTHxHEIGHT]
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

PROBE_LINE = "RAZEM_PAINTED"


class BareWindow(QWidget):
    """An empty top-level widget that reports its first paint and quits."""

    def __init__(self) -> None:
        super().__init__()
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            sys.stdout.write(PROBE_LINE + "\n")
            sys.stdout.flush()
            # Quit once this paint has been flushed, not from inside it.
            QTimer.singleShot(0, QApplication.quit)


def main(argv: list[str]) -> int:
    width, height = (int(n) for n in (argv[1] if len(argv) > 1 else "1280x800").split("x"))
    app = QApplication(argv[:1])
    window = BareWindow()
    window.resize(width, height)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Canary for a PySide6 bug that would slowly destroy the interpreter.

PySide6 6.12.0 on Python 3.11 drops one reference to `None` on every call of
a bound method that returns nothing. `None` is not immortal before Python
3.12, so a long workshop session (thousands of canvas updates) drives its
count to zero and the program crashes far from the cause. pyproject.toml pins
PySide6 below 6.12; these tests say so loudly if the pin is lifted or the bug
comes back in another release.
"""

from __future__ import annotations

import gc
import sys

import PySide6
from PySide6.QtWidgets import QApplication, QGraphicsRectItem

CALLS_PER_METHOD = 3_334  # about 10,000 calls in all


def test_methods_returning_nothing_keep_none_alive(qapp: QApplication) -> None:
    item = QGraphicsRectItem(0, 0, 120, 80)
    # Warm up: first calls may fill caches that hold references to None.
    item.setPos(1.0, 1.0)
    item.setZValue(1.0)
    item.setToolTip("rozgrzewka")
    tips = [f"Pomysł {n}" for n in range(CALLS_PER_METHOD)]

    gc.disable()  # no collection may free unrelated references meanwhile
    try:
        before = sys.getrefcount(None)
        for n in range(CALLS_PER_METHOD):
            item.setPos(float(n), 2.0)
            item.setZValue(float(n))
            item.setToolTip(tips[n])
        after = sys.getrefcount(None)
    finally:
        gc.enable()

    assert item.toolTip() == tips[-1] and item.zValue() == CALLS_PER_METHOD - 1
    assert after >= before, (
        f"None lost {before - after} references over {3 * CALLS_PER_METHOD} calls: "
        f"PySide6 {PySide6.__version__} has the 6.12.0 reference-count bug"
    )


def test_installed_pyside6_is_below_the_broken_release() -> None:
    assert PySide6.__version_info__[:2] < (6, 12), (
        f"PySide6 {PySide6.__version__} is installed, but 6.12.0 corrupts None's reference "
        "count on Python 3.11 (see test_methods_returning_nothing_keep_none_alive). Keep "
        "'PySide6-Essentials<6.12' in pyproject.toml until a fixed release is verified."
    )

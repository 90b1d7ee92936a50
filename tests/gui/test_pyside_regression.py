"""PySide6 6.12.0 on CPython 3.11 aborts after ~5,000 void calls (lost reference to None).

The dependency pin (6.11.x on Python < 3.12) prevents it; this test fails loudly (the
process aborts with "Fatal Python error: none_dealloc") if a broken build slips in.
"""

import sys

from PySide6.QtWidgets import QWidget


def test_fifty_thousand_void_qt_calls_survive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    refs_before = sys.getrefcount(None)
    for _ in range(50_000):
        widget.resize(10, 10)
    assert widget.width() == 10
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) >= refs_before - 100

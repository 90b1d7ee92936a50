"""A wait cursor while the UI thread does one long thing (an undo of a large import, a report)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    """Show the wait cursor until the block ends (also on an error)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()

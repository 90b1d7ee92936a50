"""How this process shows that a change waits for another program writing to the same file.

The entry points install a listener (the CLI prints a line on stderr, the GUI shows a
busy cursor and a status-bar note); see :mod:`impact_desktop.storage.locking` for the
waiting itself and ``$IMPACT_DESKTOP_WRITE_WAIT`` for how long it lasts.
"""

from __future__ import annotations

from impact_desktop.storage.locking import (
    WAIT_ENV_VAR,
    WaitListener,
    remove_wait_listener,
    set_wait_listener,
    write_wait_seconds,
)

__all__ = ["WAIT_ENV_VAR", "WaitListener", "remove_wait_listener", "set_wait_listener", "write_wait_seconds"]

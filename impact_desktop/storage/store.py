"""The open database plus who writes to it: the handle every storage module takes.

It lives below :mod:`impact_desktop.storage.database` (which opens files and makes a
``Store``) so that the modules writing rows (tables, catalog) need not import the module
that opens files, which itself seeds the built-in metrics through the catalog.
"""

from __future__ import annotations

import contextlib
import getpass
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from impact_desktop.storage.locking import LockingDatabase, generation


@dataclass
class Store:
    """An open database plus who is writing to it. Belongs to the thread that opened it."""

    db: LockingDatabase
    path: Path
    device_id: str
    user: str = field(default_factory=lambda: _current_user())

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def read_only(self) -> str | None:
        """Why this file cannot be written here (e.g. "the file is read-only"), or None."""
        return getattr(self.db, "read_only", None)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: everything inside commits together or not at all.

        The write lock is taken first (waiting for another program if need be), so
        what is read inside is still true when it is written.
        """
        with self.db.atomic():
            yield self.conn

    def generation(self) -> int:
        """Counts committed writes (see :mod:`impact_desktop.storage.locking`)."""
        return generation(self.db)

    @property
    def closed(self) -> bool:
        """True once :meth:`close` ran: late timers and queued refreshes check it."""
        return getattr(self, "_closed", False)

    def close(self) -> None:
        self._closed = True
        self.db.close()


def _current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"

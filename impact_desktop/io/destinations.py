"""Where a file is about to be written: refused in one sentence before any work starts.

Exports, templates and the PDF report all write a file the user named. A missing folder,
a folder's own name or a place the system will not let us write (``/proc``, a read-only
share) must be one clear sentence, not an error after every sheet or page was built.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from impact_desktop.io.errors import SpreadsheetError


def check_writable(path: Path | str) -> None:
    """Refuse, in one sentence, a file that cannot be created or replaced at ``path``.

    Trying to open the file is the only honest test: permission bits do not bind root,
    and some file systems refuse writes whatever they say.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise SpreadsheetError(f"Cannot write {path.name}: the folder {folder} does not exist.")
    if path.is_dir():
        raise SpreadsheetError(f"Cannot write {path}: it is a folder; give a file name.")
    existed = path.exists()
    try:
        with path.open("ab"):
            pass
    except OSError as exc:
        raise SpreadsheetError(f"Cannot write {path.name}: {exc.strerror or exc}.") from exc
    if not existed:
        with contextlib.suppress(OSError):
            path.unlink()

"""Where a file is about to be written: refused in one sentence before any work starts.

Exports, templates and the PDF report all write a file the user named. A missing folder,
a folder's own name or a place the system will not let us write (``/proc``, a read-only
share) must be one clear sentence, not an error after every sheet or page was built.
The file itself is then written through :mod:`impact_desktop.core.atomic_file`, which
catches what cannot be known in advance (a disk that fills up meanwhile).
"""

from __future__ import annotations

import errno
from pathlib import Path

from impact_desktop.core.atomic_file import probe_folder, reason
from impact_desktop.core.texts import translate
from impact_desktop.io.errors import SpreadsheetError


def check_writable(path: Path | str) -> None:
    """Refuse, in one sentence, a file that cannot be created or replaced at ``path``.

    Trying is the only honest test: permission bits do not bind root, and some file
    systems refuse writes whatever they say. The new file is first written beside the
    target, so the folder must take a new file; an existing target must be writable too
    (replacing a file the user made read-only would defeat the point).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if folder.exists() and not folder.is_dir():
        raise SpreadsheetError(translate(
            "FileWrite", "Cannot write {0}: {1} is a file, not a folder.").format(path.name, folder))
    if not folder.is_dir():
        raise SpreadsheetError(translate(
            "FileWrite", "Cannot write {0}: the folder {1} does not exist.").format(path.name, folder))
    if path.is_dir():
        raise SpreadsheetError(translate(
            "FileWrite", "Cannot write {0}: it is a folder; give a file name.").format(path))
    try:
        if path.exists():
            with path.open("ab"):
                pass
        probe_folder(path)
    except OSError as exc:
        cause = reason(exc)
        if exc.errno in (errno.EACCES, errno.EPERM) and path.exists() and exc.filename == str(path):
            cause = translate("FileWrite", "the file is read-only")
        raise SpreadsheetError(translate("FileWrite", "Cannot write {0}: {1}.").format(path.name, cause)) from exc

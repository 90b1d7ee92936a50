"""Files that are never half-written: every file we write for the user goes through here.

An export, a rejected-rows workbook, a PDF report or a chart image is first written to a
temporary file in the target's own folder (same file system, so the final rename is
atomic), flushed and fsynced, and renamed over the target only when it is complete. A kill,
a full disk or a read-only folder therefore leaves yesterday's file byte for byte (or no
file), never a truncated one that re-imports short without a word.

On a failure the temporary file is removed and the error is one sentence:
"Could not write board.pdf: the disk is full." A process killed outright cannot remove its
temporary file; the next write of the same target does (the file name carries the pid of
the process that wrote it, and only files of processes no longer running are removed).

Several files that belong together (a CSV and its ``.rates.csv`` / ``.targets.csv``
sidecars) are written by one :class:`ReplaceWhenComplete`: none replaces its target
until all are complete. It lives in core/, the one floor that every writer may import
(io/, storage/, services/, report/, gui/); no Qt, nothing of ours but core.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.texts import translate

# Marks our temporary files; they start with a dot so file dialogs do not show them.
TEMP_SUFFIX = ".partial"
# Long target names are cut in the temporary name so it stays within the 255 bytes file systems allow.
_NAME_ROOM = 120

# Why a write failed, by errno; each a ``translate()`` template, so the GUI shows it in its language.
_REASONS = {
    errno.ENOSPC: lambda: translate("FileWrite", "the disk is full"),
    errno.EDQUOT: lambda: translate("FileWrite", "your disk quota is used up"),
    errno.EROFS: lambda: translate("FileWrite", "the disk or folder is read-only"),
    errno.EACCES: lambda: translate("FileWrite", "you are not allowed to write there"),
    errno.EPERM: lambda: translate("FileWrite", "you are not allowed to write there"),
    errno.ENOENT: lambda: translate("FileWrite", "the folder no longer exists"),
    errno.EFBIG: lambda: translate("FileWrite", "the file is too large for that disk"),
    errno.ENAMETOOLONG: lambda: translate("FileWrite", "the file name is too long"),
    errno.EIO: lambda: translate("FileWrite", "the disk reported an input/output error"),
}


class FileWriteError(ImpactError):
    """A file could not be written; ``str()`` is one sentence naming the file and the cause."""


def reason(exc: OSError) -> str:
    """Why a write failed, as the end of a sentence ("the disk is full")."""
    if exc.errno == errno.ENOENT and exc.filename is not None and Path(os.fsdecode(exc.filename)).parent.is_dir():
        # The folder is there but will not take a new file (/proc, some network or FUSE mounts).
        return translate("FileWrite", "the folder does not accept new files")
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]()
    text = exc.strerror or str(exc) or exc.__class__.__name__
    return text[:1].lower() + text[1:].rstrip(".")


def write_failed(target: Path | str, exc: OSError) -> FileWriteError:
    """The one-sentence error for a write of ``target`` that failed with ``exc``."""
    return FileWriteError(translate("FileWrite", "Could not write {0}: {1}.").format(Path(target).name, reason(exc)))


def incomplete(path: Path | str) -> OSError:
    """The error for a writer that reported success but left ``path`` short (Qt swallows write errors).

    Only the disk can say why: a full one is the usual cause, anything else is an I/O error.
    """
    folder = Path(path).parent
    try:
        full = os.statvfs(folder).f_bavail == 0
    except (OSError, AttributeError):  # no statvfs on Windows
        full = False
    return OSError(errno.ENOSPC, "No space left on device") if full else OSError(errno.EIO, "Input/output error")


def require_ending(path: Path | str, ending: bytes, window: int = 1024) -> None:
    """Raise :func:`incomplete` unless the file's last ``window`` bytes contain ``ending``
    (``%%EOF`` of a PDF, ``IEND`` of a PNG, ``</svg>``)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - window))
            complete = ending in handle.read()
    except OSError:
        complete = False
    if not complete:
        raise incomplete(path)


def probe_folder(target: Path | str) -> None:
    """Raise the OSError that writing a replacement for ``target`` would meet in its folder, if any."""
    target = _resolved(target)
    temp = target.with_name(_temp_name(target))
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with contextlib.suppress(OSError):
        temp.unlink()


def _fsync(fd: int) -> None:
    """One place where data reaches the disk (the tests inject a full disk here)."""
    os.fsync(fd)


def _resolved(target: Path | str) -> Path:
    """A symbolic link is written through (its file is replaced), never replaced by a plain file."""
    target = Path(target)
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _temp_name(target: Path) -> str:
    return f".{target.name[:_NAME_ROOM]}~{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"


def _leftovers(target: Path) -> Iterator[Path]:
    """Temporary files of ``target`` left by processes that were killed while writing it."""
    prefix = f".{target.name[:_NAME_ROOM]}~"
    try:
        candidates = [path for path in target.parent.iterdir()
                      if path.name.startswith(prefix) and path.name.endswith(TEMP_SUFFIX)]
    except OSError:
        return
    for path in candidates:
        pid = path.name[len(prefix):-len(TEMP_SUFFIX)].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _running(int(pid)):
            yield path


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or no way to tell: leave its file alone
    return True


class ReplaceWhenComplete:
    """Temporary files that replace their targets together, and only when all are complete.

    Use as a context manager::

        with ReplaceWhenComplete() as files:
            with files.open(path, "w", encoding="utf-8") as handle: ...   # a file we write
            qt_writer.setFileName(str(files.temp_path(other)))          # a file a library writes
            files.remove(stale)                                         # gone only on success

    Leaving the block normally commits: every temporary file is fsynced and renamed over its
    target, then the folders are fsynced. An exception discards every temporary file and
    leaves the targets as they were; an ``OSError`` becomes one :class:`FileWriteError`
    naming the file being written.
    """

    def __init__(self) -> None:
        self._temps: dict[Path, Path] = {}  # target → its temporary file, until renamed
        self._created: dict[Path, Path] = {}  # every target → temporary file of this group
        self._handles: list[IO[Any]] = []
        self._removals: list[Path] = []
        self._current: Path | None = None

    def __enter__(self) -> ReplaceWhenComplete:
        return self

    def __exit__(self, _kind, exc, _traceback) -> None:
        if exc is None:
            try:
                self.commit()
            except OSError as failure:
                self.discard()
                raise write_failed(self._failed_target(failure), failure) from failure
            except BaseException:
                self.discard()
                raise
            return
        self.discard()
        if isinstance(exc, OSError) and self._created:
            raise write_failed(self._failed_target(exc), exc) from exc

    def temp_path(self, target: Path | str) -> Path:
        """An empty temporary file for ``target`` in its folder, for a writer that wants a path."""
        target = _resolved(target)
        if target in self._temps:
            raise ValueError(f"{target} is already being written")
        self._current = target
        for leftover in _leftovers(target):
            with contextlib.suppress(OSError):
                leftover.unlink()
        temp = target.with_name(_temp_name(target))
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        os.close(os.open(temp, flags, 0o666))  # 0o666 less the umask: the mode a new file gets anyway
        self._temps[target] = self._created[target] = temp
        return temp

    def open(self, target: Path | str, mode: str = "w", **kwargs) -> IO[Any]:
        """The temporary file of ``target`` opened for writing (``mode`` "w" or "wb", open()'s keywords)."""
        if mode not in ("w", "wb"):
            raise ValueError(f"mode {mode!r}: a replacement is written from the start ('w' or 'wb')")
        handle = open(self.temp_path(target), mode, **kwargs)  # noqa: SIM115 - closed by commit() or discard()
        self._handles.append(handle)
        return handle

    def remove(self, target: Path | str) -> None:
        """Remove ``target`` when the others are committed (a stale sidecar), not before."""
        self._removals.append(Path(target))

    def commit(self) -> None:
        for handle in self._handles:
            if not handle.closed:
                handle.flush()
                _fsync(handle.fileno())
                handle.close()
        for target, temp in self._temps.items():
            self._current = target
            fd = os.open(temp, os.O_RDWR | getattr(os, "O_BINARY", 0))
            try:
                _fsync(fd)  # again for files a library wrote by path, and cheap for ours
            finally:
                os.close(fd)
            _keep_mode(target, temp)
        for target, temp in self._temps.items():
            self._current = target
            os.replace(temp, target)
        self._temps.clear()
        for target in self._removals:
            self._current = target
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
        for folder in {target.parent for target in [*self._created, *self._removals]}:
            _fsync_folder(folder)

    def discard(self) -> None:
        """Close and remove every temporary file; the targets stay as they were."""
        for handle in self._handles:
            with contextlib.suppress(OSError, ValueError):
                handle.close()
        for temp in self._temps.values():
            with contextlib.suppress(OSError):
                temp.unlink()
        self._temps.clear()

    def _failed_target(self, exc: OSError) -> Path:
        """The target whose temporary file the error names, else the one being written last."""
        for target, temp in self._created.items():
            if exc.filename is not None and os.fspath(exc.filename) == os.fspath(temp):
                return target
        return self._current or next(iter(self._created), None) or self._removals[0]


def _keep_mode(target: Path, temp: Path) -> None:
    """A replaced file keeps its permissions (a shared export stays group-readable)."""
    with contextlib.suppress(OSError):  # a new target, or not ours to change: the default mode it is
        os.chmod(temp, stat.S_IMODE(target.stat().st_mode))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened this way on Windows."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # the files are safe; only the rename's durability is at stake
            _fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def replacing(target: Path | str) -> Iterator[Path]:
    """A temporary path to write ``target``'s new content to; it replaces ``target`` only when complete."""
    with ReplaceWhenComplete() as files:
        yield files.temp_path(target)


@contextlib.contextmanager
def open_replacing(target: Path | str, mode: str = "w", **kwargs) -> Iterator[IO[Any]]:
    """``open(target, mode)`` that replaces ``target`` only when the block completes."""
    with ReplaceWhenComplete() as files:
        yield files.open(target, mode, **kwargs)

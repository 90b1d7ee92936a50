"""Disks that fail on purpose: a real tmpfs that is full or read-only, and a full disk injected at the write.

A tmpfs needs root (or CAP_SYS_ADMIN); where mounting is not permitted the tests that need
one are skipped, and the injected error (``disk_full_at_sync``) still covers every writer's
error path on any machine.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from impact_desktop.core import atomic_file


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30, check=False)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int = 256) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` mounted at ``folder`` (created), unmounted afterwards; skips if not permitted."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        mounted = _mount("-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(folder))
    except OSError as exc:  # no mount command at all
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30, check=False)


def fill(folder: Path, leave: int = 8192) -> Path:
    """Fill the disk holding ``folder`` up, then free ``leave`` bytes (a writer gets that far, no further)."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        size, chunk = 0, b"\0" * 65536
        while True:
            try:
                size += os.write(fd, chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                break
        os.ftruncate(fd, max(0, size - leave))
    finally:
        os.close(fd)
    return filler


def read_only(folder: Path) -> None:
    """Remount the tmpfs at ``folder`` read-only."""
    result = _mount("-o", "remount,ro", str(folder))
    if result.returncode != 0:
        pytest.skip(f"cannot remount read-only: {result.stderr.strip()}")


@pytest.fixture
def disk_full_at_sync(monkeypatch):
    """Every file written through atomic_file fails as a full disk would when its data is flushed."""

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file, "_fsync", full)


def partials(folder: Path) -> list[str]:
    """Temporary files left in ``folder`` (there must be none after a failure)."""
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(atomic_file.TEMP_SUFFIX))

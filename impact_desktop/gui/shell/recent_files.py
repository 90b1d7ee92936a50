"""The File → Open recent list, kept in QSettings (newest first, at most :data:`MAX_RECENT`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
KEY = "files/recent"


class RecentFiles:
    """Paths of recently opened databases; missing files stay listed until removed."""

    def __init__(self, settings: QSettings):
        self._settings = settings

    def paths(self) -> list[Path]:
        raw = self._settings.value(KEY, [])
        if isinstance(raw, str):  # QSettings returns a bare string for a one-item list
            raw = [raw]
        return [Path(item) for item in raw or [] if item]

    def _save(self, paths: list[Path]) -> None:
        self._settings.setValue(KEY, [str(path) for path in paths[:MAX_RECENT]])

    def add(self, path: Path) -> None:
        resolved = Path(path).expanduser().resolve()
        self._save([resolved, *[p for p in self.paths() if p != resolved]])

    def remove_missing(self) -> None:
        self._save([p for p in self.paths() if p.exists()])

    def clear(self) -> None:
        self._save([])

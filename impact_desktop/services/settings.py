"""The settings shared by everyone using a database (reporting currency, fiscal year, organisation),
as the windows read them."""

from __future__ import annotations

from impact_desktop.storage.settings import Settings, load_settings

__all__ = ["Settings", "load_settings"]

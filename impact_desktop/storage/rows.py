"""Columns every stored row carries, so offline machines can later be consolidated.

A random UUID primary key never collides across machines; ``created_at`` /
``updated_at`` (UTC, ISO 8601 with milliseconds) and ``device_id`` say who changed what
when, for last-writer-wins with the losing value kept; ``deleted_at`` makes deletions
soft, so a deletion can be synced and undone like any other change.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid

SYNC_COLUMNS_SQL = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
"""


def new_id() -> str:
    """A UUID version 7 (RFC 9562): random enough to never collide across machines, and
    time-ordered, so bulk inserts append to the primary-key index instead of scattering
    (measurably faster imports here, and index-friendly on the future PostgreSQL server).
    """
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (millis & (2**48 - 1)) << 80 | 0x7 << 76 | (rand >> 68) << 64 | 0b10 << 62 | (rand & (2**62 - 1))
    return str(uuid.UUID(int=value))


def utc_now() -> str:
    """A sortable UTC timestamp: 2026-11-25T03:07:57.123Z."""
    now = dt.datetime.now(dt.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def sync_fields(device_id: str, user: str, *, row_id: str | None = None, now: str | None = None) -> dict:
    """The sync columns of a new row."""
    stamp = now or utc_now()
    return {
        "id": row_id or new_id(),
        "created_at": stamp,
        "updated_at": stamp,
        "device_id": device_id,
        "changed_by": user,
        "deleted_at": None,
    }

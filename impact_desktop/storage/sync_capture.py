"""Local change capture for the team hub: triggers write every change into an outbox.

Every insert or update of a synced table, made by any code path, records in the same
transaction (a trigger cannot be forgotten by a new feature) the row's new version in
``sync_rows`` — a hybrid logical clock (HLC) value and this device's id — and queues the
row in ``sync_outbox``. The HLC is one integer, milliseconds since 1970 × 65,536 plus a
counter: it follows the wall clock, never goes backwards, and is raised past every
version pulled from the hub, so a change made after seeing another one always sorts
after it even when the laptops' clocks disagree.

While ``sync_applying`` holds a row (rows pulled from the hub are being written) nothing
is captured: those versions came from the hub and must not be sent back. The bulk insert
of entries (``rollup_pause``, see :mod:`impact_desktop.storage.entries`) captures its
rows in one statement afterwards, :data:`BULK_CAPTURE_SQL`.
"""

from __future__ import annotations

from sqlite_utils import Database

#: Synced tables, parents before children: pulls apply them in this order so every
#: reference points at a row that is already there.
SYNCED_TABLES = (
    "settings", "metrics", "channels", "business_units", "programs", "currency_rates", "import_presets",
    "import_batches", "entries", "targets", "import_conflicts", "alternative_names", "sync_conflicts",
)

#: The HLC of a change made now: wall-clock milliseconds × 65,536, or one more than the last.
_NOW_HLC = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 65536"

CAPTURE_TABLES_SQL = """
CREATE TABLE sync_clock (id INTEGER PRIMARY KEY CHECK (id = 1), hlc INTEGER NOT NULL);
INSERT INTO sync_clock (id, hlc) VALUES (1, 0);
-- The version of every synced row this store knows: its own (hlc, device) and the hub
-- version it was last based on (base_hlc, base_device), which a push sends so the hub can
-- tell a plain update from two machines changing the same row.
CREATE TABLE sync_rows (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    base_hlc INTEGER,
    base_device TEXT,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;
-- Rows changed here and not yet accepted by the hub: one line per row, the newest hlc.
CREATE TABLE sync_outbox (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;
CREATE TABLE sync_applying (reason TEXT NOT NULL);
-- Changes the hub refused (row-level security): kept here, shown, retried after a change.
CREATE TABLE sync_rejected (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    reason TEXT NOT NULL,
    rejected_at TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;
-- Where this store stands with its hub: address (never a password), pull watermark, last sync.
CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
"""


def capture_trigger_sql(table: str) -> str:
    """Insert and update triggers that version and queue a row of ``table``."""
    body = f"""
        UPDATE sync_clock SET hlc = max(hlc + 1, {_NOW_HLC});
        INSERT INTO sync_rows (table_name, row_id, hlc, device_id)
        VALUES ('{table}', NEW.id, (SELECT hlc FROM sync_clock), (SELECT id FROM device LIMIT 1))
        ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, device_id = excluded.device_id;
        INSERT INTO sync_outbox (table_name, row_id, hlc) VALUES ('{table}', NEW.id, (SELECT hlc FROM sync_clock))
        ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc;
    """
    # The entries insert trigger also stands aside during a bulk insert (its WHEN names
    # rollup_pause, so the bulk path drops it for the insert like the roll-up trigger).
    insert_when = "NOT EXISTS (SELECT 1 FROM sync_applying)"
    if table == "entries":
        insert_when = f"NOT EXISTS (SELECT 1 FROM rollup_pause) AND {insert_when}"
    return f"""
    CREATE TRIGGER sync_capture_{table}_insert AFTER INSERT ON {table}
    WHEN {insert_when} BEGIN {body} END;
    CREATE TRIGGER sync_capture_{table}_update AFTER UPDATE ON {table}
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN {body} END;
    """


#: Captures the entries a bulk insert added (``rowid > :after``), unless they were pulled.
BULK_CAPTURE_SQL = (
    f"UPDATE sync_clock SET hlc = max(hlc + 1, {_NOW_HLC}) WHERE NOT EXISTS (SELECT 1 FROM sync_applying)",
    """
    INSERT INTO sync_rows (table_name, row_id, hlc, device_id)
    SELECT 'entries', id, (SELECT hlc FROM sync_clock), (SELECT id FROM device LIMIT 1)
    FROM entries WHERE rowid > :after AND NOT EXISTS (SELECT 1 FROM sync_applying)
    ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, device_id = excluded.device_id
    """,
    """
    INSERT INTO sync_outbox (table_name, row_id, hlc)
    SELECT 'entries', id, (SELECT hlc FROM sync_clock)
    FROM entries WHERE rowid > :after AND NOT EXISTS (SELECT 1 FROM sync_applying)
    ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc
    """,
)


def existing_tables(db: Database) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def missing_capture(db: Database) -> list[str]:
    """Synced tables present in this file whose capture triggers are not installed yet.

    A table added by a later migration (alternative names, say) is picked up at the next
    open, whatever order the migrations landed in.
    """
    tables = existing_tables(db)
    if "sync_outbox" not in tables:
        return []
    triggers = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [table for table in SYNCED_TABLES
            if table in tables and f"sync_capture_{table}_update" not in triggers]


def queue_existing_rows(db: Database, table: str) -> None:
    """Version and queue every row already in ``table`` (a store's first connection to a hub)."""
    db.execute(f"UPDATE sync_clock SET hlc = max(hlc + 1, {_NOW_HLC})")
    db.execute(
        f"INSERT OR IGNORE INTO sync_rows (table_name, row_id, hlc, device_id) "
        f"SELECT '{table}', id, (SELECT hlc FROM sync_clock), (SELECT id FROM device LIMIT 1) FROM {table}"
    )
    db.execute(
        f"INSERT OR IGNORE INTO sync_outbox (table_name, row_id, hlc) "
        f"SELECT '{table}', row_id, hlc FROM sync_rows WHERE table_name = '{table}'"
    )

"""The versioned schema, applied with sqlite-utils ``Migrations``.

Each migration is a function that runs once, inside a transaction, in order. A file
whose recorded migrations include names this version does not know was written by a
newer Impact Desktop and is refused (see :mod:`impact_desktop.storage.database`) rather
than half-understood. Never edit a released migration: add a new one.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from impact_desktop.storage.rows import SYNC_COLUMNS_SQL
from impact_desktop.storage.sync_capture import (
    BULK_CAPTURE_SQL,
    CAPTURE_TABLES_SQL,
    capture_trigger_sql,
    missing_capture,
    queue_existing_rows,
)

MIGRATION_SET = "impact_desktop"
migrations = Migrations(MIGRATION_SET)

_ROLLUP_KEY = "month, program_id, metric_id, currency, channel_id, input_type, motivation, funding_source"
#: The per-business-unit roll-up: what the dashboard needs for scopes without a program filter.
_UNIT_KEY = "month, business_unit_id, metric_id, currency, channel_id"
_UNIT_UPSERT = (f"ON CONFLICT ({_UNIT_KEY}) DO UPDATE SET total_e4 = total_e4 + excluded.total_e4, "
                "entry_count = entry_count + excluded.entry_count")

#: The per-business-unit roll-up by B4SI classification (``b4si_totals``, migration 0008):
#: the B4SI split of a period without a program filter.
_B4SI_KEY = "month, business_unit_id, metric_id, currency, input_type, motivation, funding_source"
_B4SI_UPSERT = (f"ON CONFLICT ({_B4SI_KEY}) DO UPDATE SET total_e4 = total_e4 + excluded.total_e4, "
                "entry_count = entry_count + excluded.entry_count")

#: Live entries of stock and distinct-count metrics, narrow (migration 0009).
_OBSERVED_COLUMNS = ("metric_id, period_end, entry_id, program_id, channel_id, currency, value_e4, as_of, "
                     "span_days")


def _observed_values(row: str) -> str:
    """``observed_entries``' columns for the entry ``row``."""
    return (f"{row}.metric_id, {row}.period_end, {row}.id, {row}.program_id, coalesce({row}.channel_id, ''), "
            f"coalesce({row}.currency, ''), {row}.value_e4, {row}.period_end || ' ' || {row}.updated_at, "
            f"CAST(julianday({row}.period_end) - julianday({row}.period_start) AS INTEGER) + 1")


def _rollup_values(row: str) -> str:
    return (
        f"{row}.month, {row}.program_id, {row}.metric_id, coalesce({row}.currency, ''), "
        f"coalesce({row}.channel_id, ''), coalesce({row}.input_type, ''), "
        f"coalesce({row}.motivation, ''), coalesce({row}.funding_source, '')"
    )


def _rollup_match(row: str) -> str:
    return (
        f"month = {row}.month AND program_id = {row}.program_id AND metric_id = {row}.metric_id "
        f"AND currency = coalesce({row}.currency, '') AND channel_id = coalesce({row}.channel_id, '') "
        f"AND input_type = coalesce({row}.input_type, '') AND motivation = coalesce({row}.motivation, '') "
        f"AND funding_source = coalesce({row}.funding_source, '')"
    )


def _unit_match(row: str) -> str:
    return (
        f"month = {row}.month AND business_unit_id = (SELECT business_unit_id FROM programs "
        f"WHERE id = {row}.program_id AND deleted_at IS NULL) AND metric_id = {row}.metric_id "
        f"AND currency = coalesce({row}.currency, '') AND channel_id = coalesce({row}.channel_id, '')"
    )


def _add_to_rollup(row: str) -> str:
    return f"""
        INSERT INTO monthly_totals ({_ROLLUP_KEY}, total_e4, entry_count)
        SELECT {_rollup_values(row)}, {row}.value_e4, 1 WHERE {row}.deleted_at IS NULL
        ON CONFLICT ({_ROLLUP_KEY}) DO UPDATE SET
            total_e4 = total_e4 + excluded.total_e4, entry_count = entry_count + 1;
        INSERT INTO unit_totals ({_UNIT_KEY}, total_e4, entry_count)
        SELECT {row}.month, p.business_unit_id, {row}.metric_id, coalesce({row}.currency, ''),
               coalesce({row}.channel_id, ''), {row}.value_e4, 1
        FROM programs p WHERE p.id = {row}.program_id AND p.deleted_at IS NULL AND {row}.deleted_at IS NULL
        {_UNIT_UPSERT};
        INSERT INTO program_months (month, program_id, entry_count)
        SELECT {row}.month, {row}.program_id, 1 WHERE {row}.deleted_at IS NULL
        ON CONFLICT (month, program_id) DO UPDATE SET entry_count = entry_count + 1;
    """


#: Adds the entries inserted while ``rollup_pause`` held a row (``rowid > :after``) to every
#: roll-up: run each statement in order with ``{"after": rowid}``, in the same transaction.
#: The new entries are grouped once, at the finest grain, into a scratch table; the four
#: roll-ups are then updated from its few rows (a 100,000-entry batch: one scan of the
#: batch, not three).
ROLLUP_BULK_ADD_SQL = (
    f"""
    CREATE TEMP TABLE IF NOT EXISTS rollup_batch (
        {_ROLLUP_KEY}, total_e4 INTEGER NOT NULL, entry_count INTEGER NOT NULL)
    """,
    f"""
    INSERT INTO temp.rollup_batch ({_ROLLUP_KEY}, total_e4, entry_count)
    SELECT month, program_id, metric_id, coalesce(currency, ''), coalesce(channel_id, ''),
           coalesce(input_type, ''), coalesce(motivation, ''), coalesce(funding_source, ''),
           sum(value_e4), count(*)
    FROM entries WHERE rowid > :after AND deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    """,
    f"""
    INSERT INTO monthly_totals ({_ROLLUP_KEY}, total_e4, entry_count)
    SELECT {_ROLLUP_KEY}, total_e4, entry_count FROM temp.rollup_batch WHERE true
    ON CONFLICT ({_ROLLUP_KEY}) DO UPDATE SET
        total_e4 = total_e4 + excluded.total_e4, entry_count = entry_count + excluded.entry_count
    """,
    f"""
    INSERT INTO unit_totals ({_UNIT_KEY}, total_e4, entry_count)
    SELECT b.month, p.business_unit_id, b.metric_id, b.currency, b.channel_id, sum(b.total_e4), sum(b.entry_count)
    FROM temp.rollup_batch b JOIN programs p ON p.id = b.program_id WHERE p.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5
    {_UNIT_UPSERT}
    """,
    f"""
    INSERT INTO b4si_totals ({_B4SI_KEY}, total_e4, entry_count)
    SELECT b.month, p.business_unit_id, b.metric_id, b.currency, b.input_type, b.motivation, b.funding_source,
           sum(b.total_e4), sum(b.entry_count)
    FROM temp.rollup_batch b JOIN programs p ON p.id = b.program_id WHERE p.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    {_B4SI_UPSERT}
    """,
    f"""
    INSERT INTO observed_entries ({_OBSERVED_COLUMNS})
    SELECT {_observed_values("e")} FROM entries e
    WHERE e.rowid > :after AND e.deleted_at IS NULL
        AND e.metric_id IN (SELECT id FROM metrics WHERE aggregation <> 'flow')
    """,
    """
    INSERT INTO program_months (month, program_id, entry_count)
    SELECT month, program_id, sum(entry_count) FROM temp.rollup_batch WHERE true GROUP BY 1, 2
    ON CONFLICT (month, program_id) DO UPDATE SET entry_count = entry_count + excluded.entry_count
    """,
    "DELETE FROM temp.rollup_batch",
    *BULK_CAPTURE_SQL,
    # Notes of the batch for the entries table's search (table made by 0007_entries_search).
    "INSERT INTO entry_notes (rowid, note) SELECT rowid, ' ' || note || ' ' FROM entries "
    "WHERE rowid > :after AND note <> ''",
)


def _remove_from_rollup(row: str) -> str:
    return f"""
        UPDATE monthly_totals SET total_e4 = total_e4 - {row}.value_e4, entry_count = entry_count - 1
        WHERE {_rollup_match(row)} AND {row}.deleted_at IS NULL;
        DELETE FROM monthly_totals WHERE {_rollup_match(row)} AND entry_count <= 0;
        UPDATE unit_totals SET total_e4 = total_e4 - {row}.value_e4, entry_count = entry_count - 1
        WHERE {_unit_match(row)} AND {row}.deleted_at IS NULL;
        DELETE FROM unit_totals WHERE {_unit_match(row)} AND entry_count <= 0;
        UPDATE program_months SET entry_count = entry_count - 1
        WHERE month = {row}.month AND program_id = {row}.program_id AND {row}.deleted_at IS NULL;
        DELETE FROM program_months WHERE month = {row}.month AND program_id = {row}.program_id
            AND entry_count <= 0;
    """


def _move_program_totals(program: str, sign: str) -> str:
    """Add (sign '') or take away (sign '-') a program's roll-up totals to/from its unit."""
    return f"""
        INSERT INTO unit_totals ({_UNIT_KEY}, total_e4, entry_count)
        SELECT month, {program}.business_unit_id, metric_id, currency, channel_id,
               {sign}sum(total_e4), {sign}sum(entry_count)
        FROM monthly_totals WHERE program_id = {program}.id AND {program}.deleted_at IS NULL
        GROUP BY month, metric_id, currency, channel_id
        {_UNIT_UPSERT};
    """


def run_script(db: Database, script: str) -> None:
    """Run statements one by one: ``executescript`` would COMMIT and break atomicity."""
    pending = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending[:80]}")


@migrations(name="0001_initial")
def initial_schema(db: Database) -> None:
    """Everything the foundation needs; see DOMAIN.md for the meaning of each table."""
    run_script(db, f"""
    CREATE TABLE business_units ({SYNC_COLUMNS_SQL},
        name TEXT NOT NULL,
        parent_id TEXT REFERENCES business_units(id),
        description TEXT NOT NULL DEFAULT '',
        archived_at TEXT
    );
    CREATE UNIQUE INDEX ux_business_units_name ON business_units(name) WHERE deleted_at IS NULL;

    CREATE TABLE programs ({SYNC_COLUMNS_SQL},
        business_unit_id TEXT NOT NULL REFERENCES business_units(id),
        name TEXT NOT NULL,
        cause_area TEXT NOT NULL DEFAULT '',
        geography TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        end_date TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        description TEXT NOT NULL DEFAULT '',
        archived_at TEXT
    );
    CREATE UNIQUE INDEX ux_programs_unit_name ON programs(business_unit_id, name) WHERE deleted_at IS NULL;

    CREATE TABLE channels ({SYNC_COLUMNS_SQL},
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT ''
    );
    CREATE UNIQUE INDEX ux_channels_name ON channels(name) WHERE deleted_at IS NULL;

    CREATE TABLE metrics ({SYNC_COLUMNS_SQL},
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        value_kind TEXT NOT NULL CHECK (value_kind IN ('money', 'quantity')),
        aggregation TEXT NOT NULL CHECK (aggregation IN ('flow', 'stock', 'distinct')),
        integer_only INTEGER NOT NULL DEFAULT 0,
        default_input_type TEXT,
        default_motivation TEXT,
        default_funding_source TEXT,
        builtin INTEGER NOT NULL DEFAULT 0,
        description TEXT NOT NULL DEFAULT ''
    );
    CREATE UNIQUE INDEX ux_metrics_key ON metrics(key) WHERE deleted_at IS NULL;

    CREATE TABLE import_batches ({SYNC_COLUMNS_SQL},
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        sheet TEXT,
        mapping_json TEXT NOT NULL DEFAULT '{{}}',
        imported_at TEXT NOT NULL,
        new_count INTEGER NOT NULL DEFAULT 0,
        duplicate_count INTEGER NOT NULL DEFAULT 0,
        invalid_count INTEGER NOT NULL DEFAULT 0,
        skipped_count INTEGER NOT NULL DEFAULT 0,
        undone_at TEXT
    );

    CREATE TABLE entries ({SYNC_COLUMNS_SQL},
        program_id TEXT NOT NULL REFERENCES programs(id),
        metric_id TEXT NOT NULL REFERENCES metrics(id),
        value_e4 INTEGER NOT NULL,
        currency TEXT,
        period_kind TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        month INTEGER NOT NULL,
        channel_id TEXT REFERENCES channels(id),
        input_type TEXT,
        motivation TEXT,
        funding_source TEXT,
        note TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT 'form',
        source_file TEXT,
        source_sheet TEXT,
        source_row INTEGER,
        import_batch_id TEXT REFERENCES import_batches(id),
        fingerprint TEXT
    );
    -- Few indexes on purpose: each one costs bulk imports about 10 %. None on the
    -- fingerprint: its random keys cost a fifth of an import's insert time, and duplicates
    -- are found through (metric, period end), where a fingerprint's entry must be.
    CREATE INDEX ix_entries_metric_end ON entries(metric_id, period_end) WHERE deleted_at IS NULL;
    CREATE INDEX ix_entries_period_end ON entries(period_end);
    CREATE INDEX ix_entries_batch ON entries(import_batch_id) WHERE import_batch_id IS NOT NULL;

    CREATE TABLE monthly_totals (
        month INTEGER NOT NULL,
        program_id TEXT NOT NULL,
        metric_id TEXT NOT NULL,
        currency TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        input_type TEXT NOT NULL,
        motivation TEXT NOT NULL,
        funding_source TEXT NOT NULL,
        total_e4 INTEGER NOT NULL,
        entry_count INTEGER NOT NULL,
        PRIMARY KEY ({_ROLLUP_KEY})
    ) WITHOUT ROWID;
    -- No secondary index: every summary filters on a month range, which the primary key
    -- (month first) answers with one sequential scan; an index on (metric, month) made
    -- SQLite look each row up again and doubled dashboard query time at 1M entries.

    -- Entries of live programs summed per business unit: the dashboard's flows and entry
    -- counts for scopes without a program filter (a fiscal year: ~2,400 rows instead of
    -- ~24,000, and no join). Kept by the entry triggers below and, when a program moves to
    -- another unit or is deleted or restored, by programs_unit_totals.
    CREATE TABLE unit_totals (
        month INTEGER NOT NULL,
        business_unit_id TEXT NOT NULL,
        metric_id TEXT NOT NULL,
        currency TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        total_e4 INTEGER NOT NULL,
        entry_count INTEGER NOT NULL,
        PRIMARY KEY ({_UNIT_KEY})
    ) WITHOUT ROWID;

    -- Live entries per program and month: "active programs" without reading monthly_totals.
    CREATE TABLE program_months (
        month INTEGER NOT NULL,
        program_id TEXT NOT NULL,
        entry_count INTEGER NOT NULL,
        PRIMARY KEY (month, program_id)
    ) WITHOUT ROWID;

    -- A row here pauses the per-row insert trigger while a bulk insert runs; the bulk
    -- path then adds its rows to the roll-ups in grouped statements (same transaction).
    CREATE TABLE rollup_pause (reason TEXT NOT NULL);

    CREATE TRIGGER entries_rollup_insert AFTER INSERT ON entries
    WHEN NOT EXISTS (SELECT 1 FROM rollup_pause) BEGIN
        {_add_to_rollup("NEW")}
    END;
    CREATE TRIGGER entries_rollup_delete AFTER DELETE ON entries BEGIN
        {_remove_from_rollup("OLD")}
    END;
    CREATE TRIGGER entries_rollup_update AFTER UPDATE OF
        value_e4, month, program_id, metric_id, currency, channel_id, input_type, motivation,
        funding_source, deleted_at ON entries BEGIN
        {_remove_from_rollup("OLD")}
        {_add_to_rollup("NEW")}
    END;
    CREATE TRIGGER programs_unit_totals AFTER UPDATE OF business_unit_id, deleted_at ON programs
    WHEN OLD.business_unit_id IS NOT NEW.business_unit_id
        OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) BEGIN
        {_move_program_totals("OLD", "-")}
        DELETE FROM unit_totals WHERE business_unit_id = OLD.business_unit_id AND entry_count <= 0;
        {_move_program_totals("NEW", "")}
    END;

    CREATE TABLE currency_rates ({SYNC_COLUMNS_SQL},
        from_currency TEXT NOT NULL,
        to_currency TEXT NOT NULL,
        period_kind TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        rate TEXT NOT NULL
    );

    CREATE TABLE targets ({SYNC_COLUMNS_SQL},
        metric_id TEXT NOT NULL REFERENCES metrics(id),
        business_unit_id TEXT REFERENCES business_units(id),
        program_id TEXT REFERENCES programs(id),
        period_kind TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        value_e4 INTEGER NOT NULL,
        currency TEXT,
        note TEXT NOT NULL DEFAULT ''
    );

    CREATE TABLE settings ({SYNC_COLUMNS_SQL},
        key TEXT NOT NULL,
        value TEXT NOT NULL
    );
    CREATE UNIQUE INDEX ux_settings_key ON settings(key) WHERE deleted_at IS NULL;

    -- This machine's identity; deliberately not a synced table.
    CREATE TABLE device (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """)


@migrations(name="0002_import_presets")
def import_presets_and_batch_details(db: Database) -> None:
    """Named column mappings for imports, and what a batch wrote and where its rejects went."""
    run_script(db, f"""
    CREATE TABLE import_presets ({SYNC_COLUMNS_SQL},
        name TEXT NOT NULL,
        layout_key TEXT NOT NULL,
        mapping_json TEXT NOT NULL
    );
    CREATE UNIQUE INDEX ux_import_presets_name ON import_presets(name) WHERE deleted_at IS NULL;
    CREATE INDEX ix_import_presets_layout ON import_presets(layout_key) WHERE deleted_at IS NULL;
    ALTER TABLE import_batches ADD COLUMN entry_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE import_batches ADD COLUMN error_file TEXT;
    ALTER TABLE import_batches ADD COLUMN preset_name TEXT;
    """)


@migrations(name="0003_import_conflicts")
def import_conflicts(db: Database) -> None:
    """What an import found that differs from the store, and what it kept.

    A *conflict* is a row whose entry id is live here with other content; a
    *correction* is a re-sent figure (same program, metric, period, channel and
    currency, another value) for a stored imported entry. Each row holds both versions
    as JSON so the losing one is never lost, and is what undoing the batch reverts.
    """
    run_script(db, f"""
    CREATE TABLE import_conflicts ({SYNC_COLUMNS_SQL},
        import_batch_id TEXT NOT NULL REFERENCES import_batches(id),
        entry_id TEXT NOT NULL REFERENCES entries(id),
        kind TEXT NOT NULL CHECK (kind IN ('conflict', 'correction')),
        source_sheet TEXT,
        source_row INTEGER,
        stored_json TEXT NOT NULL,
        file_json TEXT NOT NULL,
        kept TEXT NOT NULL CHECK (kept IN ('store', 'file', 'both')),
        reason TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX ix_import_conflicts_batch ON import_conflicts(import_batch_id);
    ALTER TABLE import_batches ADD COLUMN conflict_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE import_batches ADD COLUMN correction_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE import_batches ADD COLUMN corrections TEXT;
    """)


@migrations(name="0004_import_batch_catalog")
def import_batch_catalog(db: Database) -> None:
    """What a batch created besides entries, and what its undo took away, so both can be given back.

    ``created_json``: {"business_units": [ids], "programs": [...], "channels": [...],
    "currency_rates": [...]} written by the import. ``undo_json``: what the latest undo
    removed of those (``removed``, same shape) and the replaced entries it left removed
    because their own import was undone (``left_removed``); emptied when the batch is
    brought back.
    """
    run_script(db, """
    ALTER TABLE import_batches ADD COLUMN created_json TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE import_batches ADD COLUMN undo_json TEXT NOT NULL DEFAULT '{}';
    """)


@migrations(name="0006_sync_outbox")
def sync_outbox(db: Database) -> None:
    """Change capture for the team hub (see :mod:`impact_desktop.storage.sync_capture`).

    Rows already stored are versioned and queued, so a store's first sync sends them.
    ``sync_conflicts`` is itself a synced table: a conflict found on the hub reaches
    every laptop, and keeping either version syncs like any change. ``duplicate_of``
    marks an import batch (and its entries) that the hub recognised as a second import
    of the same file on another laptop: kept, shown, never summed.
    """
    run_script(db, CAPTURE_TABLES_SQL)
    run_script(db, f"""
    CREATE TABLE sync_conflicts ({SYNC_COLUMNS_SQL},
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('edit', 'delete')),
        winner_json TEXT NOT NULL,
        loser_json TEXT NOT NULL,
        winner_hlc INTEGER NOT NULL,
        loser_hlc INTEGER NOT NULL,
        winner_device TEXT NOT NULL,
        loser_device TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT
    );
    CREATE INDEX ix_sync_conflicts_row ON sync_conflicts(table_name, row_id);
    ALTER TABLE import_batches ADD COLUMN duplicate_of TEXT;
    ALTER TABLE entries ADD COLUMN duplicate_of TEXT;
    """)
    install_capture(db)


def install_capture(db: Database) -> None:
    """Capture triggers for every synced table that lacks them, its existing rows queued."""
    for table in missing_capture(db):
        run_script(db, capture_trigger_sql(table))
        if db.execute("SELECT 1 FROM device").fetchone():
            queue_existing_rows(db, table)

#: Indexes that let the entries table read the first page of any sort or filter without
#: sorting a million rows (a sort key's index ends in the rowid, the last sort key).
#: Entries without a channel and imported entries, the bulk of a store, are walked
#: through the period index instead: leaving them out of the channel and origin indexes
#: saves a bulk import most of those indexes' cost.
ENTRY_QUERY_INDEXES_SQL = """
CREATE INDEX IF NOT EXISTS ix_entries_program_end ON entries(program_id, period_end) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS ix_entries_channel_end ON entries(channel_id, period_end)
    WHERE channel_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS ix_entries_origin_end ON entries(origin, period_end)
    WHERE origin <> 'import' AND deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS ix_entries_value ON entries(value_e4) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS ix_entries_updated ON entries(updated_at) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS ix_entries_note ON entries(note) WHERE deleted_at IS NULL;
"""


@migrations(name="0007_entries_search")
def entries_search(db: Database) -> None:
    """Full-text search of notes and indexes for every sort of the entries table.

    ``entry_notes`` is an FTS5 table with the trigram tokenizer: any substring of three
    characters or more (Chinese or English, any case) is found through its index. Notes
    are indexed with a space before and after, so every character of a note is the
    first of some trigram: one or two characters are found through ``entry_note_terms``
    (the index's own list of trigrams) as the trigrams they begin. Its rowid is the
    entry's rowid; only non-empty notes are in it. The insert trigger pauses with the roll-up trigger
    during bulk inserts, which add their notes in one statement (``ROLLUP_BULK_ADD_SQL``).
    Existing stores are filled here.
    """
    run_script(db, f"""
    CREATE VIRTUAL TABLE entry_notes USING fts5(note, tokenize='trigram');
    CREATE VIRTUAL TABLE entry_note_terms USING fts5vocab(entry_notes, 'row');
    INSERT INTO entry_notes (rowid, note) SELECT rowid, ' ' || note || ' ' FROM entries WHERE note <> '';
    CREATE TRIGGER entry_notes_insert AFTER INSERT ON entries
    WHEN NOT EXISTS (SELECT 1 FROM rollup_pause) AND NEW.note <> '' BEGIN
        INSERT INTO entry_notes (rowid, note) VALUES (NEW.rowid, ' ' || NEW.note || ' ');
    END;
    CREATE TRIGGER entry_notes_update AFTER UPDATE OF note ON entries BEGIN
        DELETE FROM entry_notes WHERE rowid = OLD.rowid;
        INSERT INTO entry_notes (rowid, note) SELECT NEW.rowid, ' ' || NEW.note || ' ' WHERE NEW.note <> '';
    END;
    CREATE TRIGGER entry_notes_delete AFTER DELETE ON entries BEGIN
        DELETE FROM entry_notes WHERE rowid = OLD.rowid;
    END;
    {ENTRY_QUERY_INDEXES_SQL}
    """)


@migrations(name="0005_alternative_names")
def alternative_names(db: Database) -> None:
    """Other names of a business unit, program, channel or metric (蚂蚁金服 for Ant Financial).

    A plain synced table (UUID id, sync columns, soft deletion) so machines exchange it
    like any other. ``target_id`` is the id of the row in the table ``kind`` names;
    ``name_key`` is :func:`impact_desktop.core.names.name_key` of ``name``, what imports
    match on. ``import_batch_id`` is set for a name an import's "same as" recorded: its
    undo removes it again.
    """
    run_script(db, f"""
    CREATE TABLE alternative_names ({SYNC_COLUMNS_SQL},
        kind TEXT NOT NULL CHECK (kind IN ('business_unit', 'program', 'channel', 'metric')),
        target_id TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        import_batch_id TEXT
    );
    CREATE UNIQUE INDEX ux_alternative_names_target_key ON alternative_names(kind, target_id, name_key)
        WHERE deleted_at IS NULL;
    CREATE INDEX ix_alternative_names_target ON alternative_names(target_id);
    """)
    install_capture(db)  # the hub's change capture, when 0006_sync_outbox ran first


def _b4si_match(row: str) -> str:
    return (
        f"month = {row}.month AND business_unit_id = (SELECT business_unit_id FROM programs "
        f"WHERE id = {row}.program_id AND deleted_at IS NULL) AND metric_id = {row}.metric_id "
        f"AND currency = coalesce({row}.currency, '') AND input_type = coalesce({row}.input_type, '') "
        f"AND motivation = coalesce({row}.motivation, '') AND funding_source = coalesce({row}.funding_source, '')"
    )


def _add_to_b4si(row: str) -> str:
    return f"""
        INSERT INTO b4si_totals ({_B4SI_KEY}, total_e4, entry_count)
        SELECT {row}.month, p.business_unit_id, {row}.metric_id, coalesce({row}.currency, ''),
               coalesce({row}.input_type, ''), coalesce({row}.motivation, ''), coalesce({row}.funding_source, ''),
               {row}.value_e4, 1
        FROM programs p WHERE p.id = {row}.program_id AND p.deleted_at IS NULL AND {row}.deleted_at IS NULL
        {_B4SI_UPSERT};
    """


def _remove_from_b4si(row: str) -> str:
    return f"""
        UPDATE b4si_totals SET total_e4 = total_e4 - {row}.value_e4, entry_count = entry_count - 1
        WHERE {_b4si_match(row)} AND {row}.deleted_at IS NULL;
        DELETE FROM b4si_totals WHERE {_b4si_match(row)} AND entry_count <= 0;
    """


def _move_program_b4si(program: str, sign: str) -> str:
    """Add (sign '') or take away (sign '-') a program's B4SI totals to/from its unit."""
    return f"""
        INSERT INTO b4si_totals ({_B4SI_KEY}, total_e4, entry_count)
        SELECT month, {program}.business_unit_id, metric_id, currency, input_type, motivation, funding_source,
               {sign}sum(total_e4), {sign}sum(entry_count)
        FROM monthly_totals WHERE program_id = {program}.id AND {program}.deleted_at IS NULL
        GROUP BY month, metric_id, currency, input_type, motivation, funding_source
        {_B4SI_UPSERT};
    """


@migrations(name="0008_b4si_totals")
def b4si_totals(db: Database) -> None:
    """Entries of live programs summed per business unit and B4SI classification.

    The B4SI split of a period (inputs by type, leverage by funding source, by motivation)
    grouped ``monthly_totals`` per program, channel and all: eight years at a million
    entries are ~280,000 rows; here they are a few thousand (no program, no channel).
    Kept exact like ``unit_totals``: triggers on entries (the insert one paused, like the
    others, during bulk inserts, which add their batch in ``ROLLUP_BULK_ADD_SQL``) and on
    programs moved, deleted or restored. Existing stores are filled from ``monthly_totals``.
    """
    run_script(db, f"""
    CREATE TABLE b4si_totals (
        month INTEGER NOT NULL,
        business_unit_id TEXT NOT NULL,
        metric_id TEXT NOT NULL,
        currency TEXT NOT NULL,
        input_type TEXT NOT NULL,
        motivation TEXT NOT NULL,
        funding_source TEXT NOT NULL,
        total_e4 INTEGER NOT NULL,
        entry_count INTEGER NOT NULL,
        PRIMARY KEY ({_B4SI_KEY})
    ) WITHOUT ROWID;
    INSERT INTO b4si_totals ({_B4SI_KEY}, total_e4, entry_count)
    SELECT t.month, p.business_unit_id, t.metric_id, t.currency, t.input_type, t.motivation, t.funding_source,
           sum(t.total_e4), sum(t.entry_count)
    FROM monthly_totals t JOIN programs p ON p.id = t.program_id WHERE p.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7;

    CREATE TRIGGER entries_b4si_insert AFTER INSERT ON entries
    WHEN NOT EXISTS (SELECT 1 FROM rollup_pause) BEGIN
        {_add_to_b4si("NEW")}
    END;
    CREATE TRIGGER entries_b4si_delete AFTER DELETE ON entries BEGIN
        {_remove_from_b4si("OLD")}
    END;
    CREATE TRIGGER entries_b4si_update AFTER UPDATE OF
        value_e4, month, program_id, metric_id, currency, input_type, motivation, funding_source,
        deleted_at ON entries BEGIN
        {_remove_from_b4si("OLD")}
        {_add_to_b4si("NEW")}
    END;
    CREATE TRIGGER programs_b4si_totals AFTER UPDATE OF business_unit_id, deleted_at ON programs
    WHEN OLD.business_unit_id IS NOT NEW.business_unit_id
        OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) BEGIN
        {_move_program_b4si("OLD", "-")}
        DELETE FROM b4si_totals WHERE business_unit_id = OLD.business_unit_id AND entry_count <= 0;
        {_move_program_b4si("NEW", "")}
    END;
    """)


def _add_observed(row: str) -> str:
    return f"""
        INSERT INTO observed_entries ({_OBSERVED_COLUMNS})
        SELECT {_observed_values(row)} WHERE {row}.deleted_at IS NULL
            AND EXISTS (SELECT 1 FROM metrics WHERE id = {row}.metric_id AND aggregation <> 'flow');
    """


def _remove_observed(row: str) -> str:
    return f"""
        DELETE FROM observed_entries WHERE metric_id = {row}.metric_id AND program_id = {row}.program_id
            AND channel_id = coalesce({row}.channel_id, '') AND currency = coalesce({row}.currency, '')
            AND period_end = {row}.period_end AND entry_id = {row}.id;
    """


@migrations(name="0009_observed_entries")
def observed_entries(db: Database) -> None:
    """The live entries of stock and distinct-count metrics, in a narrow table of their own.

    The dashboard's stocks and distinct counts are decided by a few of these entries
    (the latest of each series, the largest of each program), found by reading them all:
    through ``ix_entries_metric_end`` that was a lookup into the wide ``entries`` table per
    entry (eight years at a million entries: ~45,000 lookups, 90 % of the read). Here they
    sit in series order (metric, program, channel, currency, then period end) with what the
    rules need (the as-of stamp and the span of the period precomputed), so the latest of
    each series and the largest of each program are found in one pass, without sorting.
    Kept exact by triggers on entries (the insert one paused, like the roll-ups', during
    bulk inserts, which add their batch in ``ROLLUP_BULK_ADD_SQL``) and on a metric whose
    aggregation changes.
    """
    run_script(db, f"""
    CREATE TABLE observed_entries (
        metric_id TEXT NOT NULL,
        period_end TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        program_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        currency TEXT NOT NULL,
        value_e4 INTEGER NOT NULL,
        as_of TEXT NOT NULL,
        span_days INTEGER NOT NULL,
        PRIMARY KEY (metric_id, program_id, channel_id, currency, period_end, entry_id)
    ) WITHOUT ROWID;
    INSERT INTO observed_entries ({_OBSERVED_COLUMNS})
    SELECT {_observed_values("e")} FROM entries e
    WHERE e.deleted_at IS NULL AND e.metric_id IN (SELECT id FROM metrics WHERE aggregation <> 'flow');

    CREATE TRIGGER entries_observed_insert AFTER INSERT ON entries
    WHEN NOT EXISTS (SELECT 1 FROM rollup_pause) BEGIN
        {_add_observed("NEW")}
    END;
    CREATE TRIGGER entries_observed_delete AFTER DELETE ON entries BEGIN
        {_remove_observed("OLD")}
    END;
    CREATE TRIGGER entries_observed_update AFTER UPDATE OF
        id, value_e4, period_start, period_end, updated_at, program_id, metric_id, currency, channel_id,
        deleted_at ON entries BEGIN
        {_remove_observed("OLD")}
        {_add_observed("NEW")}
    END;
    CREATE TRIGGER metrics_observed_entries AFTER UPDATE OF aggregation ON metrics
    WHEN OLD.aggregation IS NOT NEW.aggregation BEGIN
        DELETE FROM observed_entries WHERE metric_id = NEW.id;
        INSERT INTO observed_entries ({_OBSERVED_COLUMNS})
        SELECT {_observed_values("e")} FROM entries e
        WHERE e.metric_id = NEW.id AND e.deleted_at IS NULL AND NEW.aggregation <> 'flow';
    END;
    """)


def known_migration_names() -> frozenset[str]:
    """Names of every migration this version ships (asked of a blank in-memory database)."""
    return frozenset(m.name for m in migrations.pending(Database(memory=True, execute_plugins=False)))

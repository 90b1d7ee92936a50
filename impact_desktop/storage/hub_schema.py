"""The team hub's schema in PostgreSQL: versioned like the local one, created by ``hub init``.

One table, ``impact_hub.rows``, holds the newest version of every synced row of every
laptop as JSON (``data``), with its hybrid-logical-clock version (``hlc``, ``device_id``),
the version it replaced (``prev_*``: a re-sent, already superseded change is recognised),
the business unit it belongs to (``unit_id``, worked out by the server from the data, so
a laptop cannot lie about it) and where it stands in the change stream: ``seq`` from a
sequence and ``xid``, the writing transaction. Pulls read by transaction below the
oldest still-running one (the commit watermark) in ``seq`` order, so a transaction that
commits late with a lower number is still delivered.

Row-level security: every person logs in with their own role (member of
``impact_hub_user``); a role listed in ``impact_hub.role_units`` reads and writes only rows
of those units and the units below them, plus the shared catalogue (rows without a
unit); members of ``impact_hub_manager`` read and write everything.
"""

from __future__ import annotations

HUB_SCHEMA_VERSION = 2
USER_ROLE = "impact_hub_user"
MANAGER_ROLE = "impact_hub_manager"

_ROLES_SQL = f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{USER_ROLE}') THEN
        CREATE ROLE {USER_ROLE} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{MANAGER_ROLE}') THEN
        CREATE ROLE {MANAGER_ROLE} NOLOGIN IN ROLE {USER_ROLE};
    END IF;
END $$;
"""

#: Who may read or write a row: the unrestricted, anyone for the shared catalogue, else the role's units.
#: A unit-limited role may also create its own units (by name) and units below them.
_MAY = ("(SELECT impact_hub.unrestricted()) OR unit_id IS NULL "
        "OR unit_id = ANY ((SELECT impact_hub.allowed_units())::text[]) "
        "OR (tbl = 'business_units' AND (data->>'parent_id' = ANY ((SELECT impact_hub.allowed_units())::text[]) "
        "OR lower(data->>'name') = ANY ((SELECT impact_hub.my_unit_names())::text[])))")

#: Version 1, in statements run in order inside one transaction.
_STEP_1 = [
    "CREATE SCHEMA impact_hub",
    "CREATE TABLE impact_hub.meta (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE SEQUENCE impact_hub.change_seq",
    """
    CREATE TABLE impact_hub.rows (
        tbl text NOT NULL,
        id text NOT NULL,
        data jsonb NOT NULL,
        hlc bigint NOT NULL,
        device_id text NOT NULL,
        changed_by text NOT NULL DEFAULT '',
        prev_hlc bigint,
        prev_device text,
        unit_id text,
        seq bigint NOT NULL DEFAULT nextval('impact_hub.change_seq'),
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        pushed_by name NOT NULL DEFAULT session_user,
        PRIMARY KEY (tbl, id)
    )
    """,
    "CREATE INDEX rows_pull ON impact_hub.rows (tbl, xid, seq)",
    "CREATE INDEX rows_import_file ON impact_hub.rows ((data->>'file_sha256')) WHERE tbl = 'import_batches'",
    "CREATE INDEX rows_batch_entries ON impact_hub.rows ((data->>'import_batch_id')) WHERE tbl = 'entries'",
    """
    CREATE TABLE impact_hub.role_units (
        role_name name NOT NULL,
        unit_name text NOT NULL,
        PRIMARY KEY (role_name, unit_name)
    )
    """,
    # Not limited: a manager, or a person added without --unit.
    """
    CREATE FUNCTION impact_hub.unrestricted() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = impact_hub, pg_temp AS $$
        SELECT pg_has_role(session_user, 'impact_hub_manager', 'member')
            OR NOT EXISTS (SELECT 1 FROM impact_hub.role_units WHERE role_name = session_user)
    $$
    """,
    """
    CREATE FUNCTION impact_hub.my_unit_names() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = impact_hub, pg_temp AS $$
        SELECT coalesce(array_agg(lower(unit_name)), '{}') FROM impact_hub.role_units WHERE role_name = session_user
    $$
    """,
    # SECURITY DEFINER: the unit tree must be read whole, whatever the caller may see.
    """
    CREATE FUNCTION impact_hub.allowed_units() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = impact_hub, pg_temp AS $$
        WITH RECURSIVE named(id) AS (
            SELECT r.id FROM impact_hub.rows r JOIN impact_hub.role_units u
              ON u.role_name = session_user AND lower(r.data->>'name') = lower(u.unit_name)
            WHERE r.tbl = 'business_units' AND r.data->>'deleted_at' IS NULL
            UNION
            SELECT a.data->>'target_id' FROM impact_hub.rows a JOIN impact_hub.role_units u
              ON u.role_name = session_user AND lower(a.data->>'name') = lower(u.unit_name)
            WHERE a.tbl = 'alternative_names' AND a.data->>'kind' = 'business_unit'
              AND a.data->>'deleted_at' IS NULL
        ), scope(id) AS (
            SELECT id FROM named
            UNION
            SELECT c.id FROM impact_hub.rows c JOIN scope s ON c.data->>'parent_id' = s.id
            WHERE c.tbl = 'business_units'
        )
        SELECT coalesce(array_agg(id), '{}') FROM scope
    $$
    """,
    """
    CREATE FUNCTION impact_hub.unit_of(t text, d jsonb) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = impact_hub, pg_temp AS $$
    DECLARE
        program_unit text;
    BEGIN
        IF t = 'business_units' THEN
            RETURN d->>'id';
        ELSIF t = 'programs' THEN
            RETURN d->>'business_unit_id';
        ELSIF t IN ('entries', 'targets') THEN
            IF t = 'targets' AND d->>'program_id' IS NULL THEN
                RETURN d->>'business_unit_id';
            END IF;
            SELECT data->>'business_unit_id' INTO program_unit FROM impact_hub.rows
            WHERE tbl = 'programs' AND id = d->>'program_id';
            RETURN coalesce(program_unit, '?');  -- an unknown program: managers only
        ELSIF t = 'import_conflicts' THEN
            RETURN (SELECT coalesce(unit_id, '') FROM impact_hub.rows WHERE tbl = 'entries' AND id = d->>'entry_id');
        ELSIF t = 'sync_conflicts' THEN
            RETURN (SELECT unit_id FROM impact_hub.rows WHERE tbl = d->>'table_name' AND id = d->>'row_id');
        ELSIF t = 'alternative_names' AND d->>'kind' = 'business_unit' THEN
            RETURN d->>'target_id';
        ELSIF t = 'alternative_names' AND d->>'kind' = 'program' THEN
            RETURN (SELECT data->>'business_unit_id' FROM impact_hub.rows WHERE tbl = 'programs'
                    AND id = d->>'target_id');
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION impact_hub.set_unit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.unit_id := impact_hub.unit_of(NEW.tbl, NEW.data);
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER rows_unit BEFORE INSERT OR UPDATE OF data ON impact_hub.rows
    FOR EACH ROW EXECUTE FUNCTION impact_hub.set_unit()
    """,
    # The entries of an import batch, for recognising the same file imported twice: read
    # whole whatever the caller may see (only ids and provenance leave the function).
    """
    CREATE FUNCTION impact_hub.batch_entries(batch text)
    RETURNS TABLE (id text, source_sheet text, source_row text, fingerprint text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = impact_hub, pg_temp AS $$
        SELECT id, data->>'source_sheet', data->>'source_row', data->>'fingerprint' FROM impact_hub.rows
        WHERE tbl = 'entries' AND data->>'import_batch_id' = batch AND data->>'duplicate_of' IS NULL
    $$
    """,
    """
    CREATE FUNCTION impact_hub.first_import(sha text, sheet text, batch text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = impact_hub, pg_temp AS $$
        SELECT id FROM impact_hub.rows
        WHERE tbl = 'import_batches' AND data->>'file_sha256' = sha AND coalesce(data->>'sheet', '') = sheet
          AND id <> batch AND data->>'duplicate_of' IS NULL AND data->>'undone_at' IS NULL
          AND data->>'deleted_at' IS NULL
        ORDER BY seq LIMIT 1
    $$
    """,
    "ALTER TABLE impact_hub.rows ENABLE ROW LEVEL SECURITY",
    f"""
    CREATE POLICY rows_read ON impact_hub.rows FOR SELECT TO {USER_ROLE} USING (
        {_MAY})
    """,
    f"""
    CREATE POLICY rows_insert ON impact_hub.rows FOR INSERT TO {USER_ROLE} WITH CHECK (
        {_MAY})
    """,
    f"""
    CREATE POLICY rows_update ON impact_hub.rows FOR UPDATE TO {USER_ROLE}
    USING ({_MAY})
    WITH CHECK (
        {_MAY})
    """,
    f"GRANT USAGE ON SCHEMA impact_hub TO {USER_ROLE}",
    f"GRANT SELECT, INSERT, UPDATE ON impact_hub.rows TO {USER_ROLE}",
    f"GRANT SELECT ON impact_hub.meta TO {USER_ROLE}",
    f"GRANT USAGE ON SEQUENCE impact_hub.change_seq TO {USER_ROLE}",
]

#: Version 2: pulls of a unit-limited role read by unit (10 million entries: a tenth of them
#: without reading the rest).
_STEP_2 = [
    "CREATE INDEX rows_pull_unit ON impact_hub.rows (tbl, unit_id, xid)",
]

#: Steps to reach each version from the one before (index 0 builds version 1).
STEPS = [_STEP_1, _STEP_2]

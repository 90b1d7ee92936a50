"""Setting up a hub: create or upgrade its schema, add the people who log in to it."""

from __future__ import annotations

import re

from impact_desktop.core.texts import translate
from impact_desktop.storage.hub_connect import HubError, connect, describe
from impact_desktop.storage.hub_schema import _ROLES_SQL, HUB_SCHEMA_VERSION, MANAGER_ROLE, STEPS, USER_ROLE


def hub_version(conn) -> int | None:
    """The hub schema version of this database; None when it has none."""
    exists = conn.execute("SELECT to_regclass('impact_hub.meta') IS NOT NULL").fetchone()[0]
    if not exists:
        return None
    row = conn.execute("SELECT value FROM impact_hub.meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def check_version(conn, url: str) -> int:
    """The hub's version; HubError when the database is not a hub or one newer than this app."""
    version = hub_version(conn)
    if version is None:
        raise HubError(translate(
            "Hub", "{0} is not an Impact Desktop hub yet: run 'impact-desktop hub init' on it first.").format(url))
    if version > HUB_SCHEMA_VERSION:
        raise HubError(translate(
            "Hub", "The hub's schema (version {0}) is newer than this Impact Desktop understands "
            "(version {1}); update the app.").format(version, HUB_SCHEMA_VERSION))
    if version < HUB_SCHEMA_VERSION:
        raise HubError(translate(
            "Hub", "The hub's schema (version {0}) is older than this app's; ask the administrator to "
            "run 'impact-desktop hub init' to upgrade it.").format(version))
    return version


def init_hub(url: str) -> tuple[int | None, int]:
    """Create or upgrade the hub schema in the existing database at ``url``: (old, new) version.

    Refuses a hub newer than this version and leaves it untouched. One transaction under an
    advisory lock: two administrators running it at once cannot half-apply a step.
    """
    import psycopg

    with connect(url) as conn:
        try:
            conn.execute("SELECT pg_advisory_xact_lock(7261001)")
            old = hub_version(conn)
            if old is not None and old > HUB_SCHEMA_VERSION:
                raise HubError(translate(
                    "Hub", "The hub's schema (version {0}) is newer than this Impact Desktop understands "
                    "(version {1}); nothing was changed. Update the app.").format(old, HUB_SCHEMA_VERSION))
            conn.execute(_ROLES_SQL)
            for steps in STEPS[(old or 0):]:
                for statement in steps:
                    conn.execute(statement)
            conn.execute("INSERT INTO impact_hub.meta (key, value) VALUES ('schema_version', %s) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [str(HUB_SCHEMA_VERSION)])
            conn.commit()
        except psycopg.Error as exc:
            conn.rollback()
            raise HubError(translate("Hub", "Could not set up the hub: {0}.").format(describe(exc))) from exc
    return old, HUB_SCHEMA_VERSION


_ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,62}$")


def add_user(admin_url: str, name: str, password: str, *, units: list[str] | tuple[str, ...] = (),
             manager: bool = False) -> None:
    """Create (or update) the login role ``name``; with ``units``, limited to those units and below.

    Unit names are matched on the hub when rows are read or written, so a person can be
    added before their unit's figures reach the hub.
    """
    import psycopg
    from psycopg import sql

    if not _ROLE_NAME.match(name or ""):
        raise HubError(translate(
            "Hub", "'{0}' cannot be a login name: use letters, digits, '_', '.' or '-' (at most 63).").format(name))
    if not password:
        raise HubError(translate("Hub", "The password file is empty."))
    with connect(admin_url) as conn:
        try:
            check_version(conn, admin_url)
            role = sql.Identifier(name)
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone()
            verb = "ALTER" if exists else "CREATE"
            conn.execute(sql.SQL(f"{verb} ROLE {{}} LOGIN PASSWORD {{}}").format(role, sql.Literal(password)))
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(USER_ROLE), role))
            grant = "GRANT" if manager else "REVOKE"
            conn.execute(sql.SQL(f"{grant} {{}} {'TO' if manager else 'FROM'} {{}}").format(
                sql.Identifier(MANAGER_ROLE), role))
            conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(conn.info.dbname), role))
            conn.execute("DELETE FROM impact_hub.role_units WHERE role_name = %s", [name])
            for unit in units:
                conn.execute("INSERT INTO impact_hub.role_units (role_name, unit_name) VALUES (%s, %s) "
                             "ON CONFLICT DO NOTHING", [name, " ".join(unit.split())])
            conn.commit()
        except psycopg.Error as exc:
            conn.rollback()
            raise HubError(translate("Hub", "Could not add {0}: {1}.").format(name, describe(exc))) from exc

"""Connecting to the team hub: addresses without passwords, passwords from libpq or the keyring.

A hub address is a libpq URL or keyword string (``postgresql://ana@hub.example.org/impact?
sslmode=verify-full&sslrootcert=/etc/ssl/hub-ca.crt``). What is remembered is the address
with any password taken out; the password comes from the system keyring when one is
running and :func:`remember_password` put a typed password there (see hub_keyring), else
from where libpq looks itself (``PGPASSWORD``, ``~/.pgpass``, a service file). It is never
written to the SQLite file, the settings or a log.
"""

from __future__ import annotations

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.texts import translate
from impact_desktop.storage import hub_keyring
from impact_desktop.storage.hub_keyring import (  # noqa: F401 (re-exported)
    KEYRING_SERVICE,
    KeyringFailure,
    keyring_report,
)


class HubError(ImpactError):
    """The hub cannot be reached or refused something; one sentence for the user."""


def _psycopg():
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - psycopg is a dependency
        raise HubError(translate("Hub", "The PostgreSQL driver (psycopg) is not installed.")) from exc
    return psycopg


def parse_address(url: str) -> dict[str, str]:
    """The connection parameters of ``url``; HubError when it is not an address."""
    psycopg = _psycopg()
    text = (url or "").strip()
    if not text:
        raise HubError(translate("Hub", "No hub address given."))
    try:
        return psycopg.conninfo.conninfo_to_dict(text)
    except psycopg.ProgrammingError as exc:
        raise HubError(translate("Hub", "'{0}' is not a PostgreSQL address ({1}).").format(
            without_password(text), _first_line(exc))) from exc


def without_password(url: str) -> str:
    """``url`` with its password removed (what may be stored and shown)."""
    psycopg = _psycopg()
    try:
        params = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "(an address that cannot be read)"
    params.pop("password", None)
    return _as_url(params)


def _as_url(params: dict[str, str]) -> str:
    from urllib.parse import quote

    host, port, dbname, user = (params.pop(key, None) for key in ("host", "port", "dbname", "user"))
    if host and "/" in host:  # a unix socket folder cannot go in the authority part
        params["host"] = host
        host = None
    auth = f"{quote(user)}@" if user else ""
    netloc = auth + (host or "") + (f":{port}" if port else "")
    query = "&".join(f"{key}={quote(str(value), safe='/')}" for key, value in sorted(params.items()))
    return f"postgresql://{netloc}/{quote(dbname or '')}" + (f"?{query}" if query else "")


def password_of(url: str) -> str | None:
    return parse_address(url).get("password")


def driver_report() -> tuple[bool, str]:
    """(libpq loads, a line saying which psycopg and libpq) for ``impact-desktop selfcheck``."""
    try:
        import psycopg
    except ImportError as exc:
        return False, f"psycopg cannot be loaded ({_first_line(exc)})"
    libpq = psycopg.pq.version()
    return True, (f"psycopg {psycopg.__version__}, {psycopg.pq.__impl__} implementation, "
                  f"libpq {libpq // 10000}.{libpq % 10000}")


def keyring_account(url: str) -> str:
    params = parse_address(url)
    return f"{params.get('user', '')}@{params.get('host', '')}:{params.get('port', '5432')}/{params.get('dbname', '')}"


def keyring_available() -> bool:
    """A system keyring is there to keep the password (answers within a few seconds, D-Bus or not)."""
    return hub_keyring.keyring_available()


def remember_password(url: str, password: str) -> bool:
    """Keep ``password`` in the system keyring; False when there is none, KeyringFailure when it refuses."""
    return hub_keyring.remember_password(keyring_account(url), password)


def forget_password(url: str) -> None:
    """Take the password of ``url`` out of the keyring (nothing there is fine); KeyringFailure when it refuses."""
    hub_keyring.forget_password(keyring_account(url))


def connect(url: str, *, password: str | None = None, autocommit: bool = False, timeout: int = 10):
    """An open psycopg connection to the hub; HubError with one sentence when it fails.

    A password in ``url`` or given here is used for this connection only; without one, the
    one kept in the system keyring for this address, else libpq's own places. A keyring that
    cannot be read is said in the error when the server then asks for a password.
    """
    psycopg = _psycopg()
    params = parse_address(url)
    extra: dict[str, object] = {"connect_timeout": timeout, "application_name": "Impact Desktop"}
    unreadable = None  # why the keyring could not give the password, said if the server then wants one
    if password:
        extra["password"] = password
    elif "password" not in params:
        try:
            stored = hub_keyring.stored_password(keyring_account(url))
        except KeyringFailure as exc:
            stored, unreadable = None, str(exc)
        if stored:
            extra["password"] = stored
    try:
        return psycopg.connect(url, autocommit=autocommit, **extra)
    except psycopg.OperationalError as exc:
        reason = unreadable if unreadable and _password_refused(exc) else describe(exc)
        raise HubError(translate("Hub", "Cannot reach the hub {0}: {1}").format(without_password(url), reason)) \
            from exc


def describe(exc: BaseException) -> str:
    """PostgreSQL's reason in one line, with a password never echoed."""
    text = _first_line(exc)
    if _password_refused(exc):
        return translate(
            "Hub", "the user name or password was not accepted (give the password, or put it in ~/.pgpass)")
    return text


def _password_refused(exc: BaseException) -> bool:
    text = _first_line(exc)
    return "password authentication failed" in text or "no password supplied" in text


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[-1] if lines and lines[0].startswith("connection failed") and len(lines) > 1 else (
        lines[0] if lines else exc.__class__.__name__)
    return text.removeprefix("FATAL:").strip().rstrip(".")

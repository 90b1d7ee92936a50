"""The hub password in the system keyring (the ``keyring`` package), touched only when the hub is used.

``keyring`` is imported on first use, never at start-up. Finding its backend asks D-Bus on
Linux, and a session bus that accepts a connection but never answers makes that wait for
ever, so the finding runs on a helper thread that callers wait on for at most
:data:`DETECTION_SECONDS` (once per process): a silent bus means "no keyring", not a frozen
window. A keyring is a backend that keeps passwords: keyring's ``fail`` backend (nothing was
found), its ``null`` backend (turned off by the user) and a chainer with nothing behind it
are none. Every call that can go wrong (a locked collection, a D-Bus error, a backend's own
error) ends as a :class:`KeyringFailure` with one sentence, never a traceback. Reading and
writing may wait for the person to unlock the keyring, so the app calls them off the UI thread.
"""

from __future__ import annotations

import sys
import threading
import time

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.texts import translate

KEYRING_SERVICE = "Impact Desktop team hub"
#: How long anyone waits for keyring to find its backend (normally well under a second).
DETECTION_SECONDS = 2.0

_lock = threading.Lock()
_detection: threading.Thread | None = None
_deadline = 0.0


class KeyringFailure(ImpactError):
    """The system keyring is there but refused or failed; one sentence for the user."""


def _detect() -> None:
    try:
        import keyring
    except ImportError:
        return
    try:
        keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken set-up (bad keyringrc.cfg, a raising backend) is "no keyring"
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())  # decided once: no later call detects (and waits) again


def _module():
    """The keyring module once its backend is known; None without the package or while D-Bus is silent."""
    global _detection, _deadline
    with _lock:
        if _detection is None:
            _deadline = time.monotonic() + DETECTION_SECONDS
            _detection = threading.Thread(target=_detect, name="keyring detection", daemon=True)
            _detection.start()
    _detection.join(max(0.0, _deadline - time.monotonic()))
    if _detection.is_alive():
        return None
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def _backend():
    """The backend that keeps passwords, or None."""
    keyring = _module()
    if keyring is None:
        return None
    from keyring.backends import chainer, fail, null

    try:
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            return None
        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return None
    except Exception:  # noqa: BLE001 - see _detect
        return None
    return backend


def keyring_available() -> bool:
    """A system keyring is there to keep a password (answers within DETECTION_SECONDS)."""
    return _backend() is not None


def _reason(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return (lines[0] if lines else exc.__class__.__name__).rstrip(".")


def remember_password(account: str, password: str) -> bool:
    """Keep ``password`` for ``account``; False when there is no keyring, KeyringFailure when it refuses."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, account, password)
    except Exception as exc:  # noqa: BLE001 - locked, D-Bus error, backend error: all one sentence
        raise KeyringFailure(translate(
            "Hub", "The password was not kept in the system keyring ({0}); it is used until the app closes.")
            .format(_reason(exc))) from exc
    return True


def stored_password(account: str) -> str | None:
    """The password kept for ``account``; None when there is none or no keyring, KeyringFailure when unreadable."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(KEYRING_SERVICE, account)
    except Exception as exc:  # noqa: BLE001
        raise KeyringFailure(translate(
            "Hub", "the password could not be read from the system keyring ({0}); give it again, or put it in "
                   "~/.pgpass").format(_reason(exc))) from exc


def forget_password(account: str) -> None:
    """Take the password for ``account`` out of the keyring; nothing there is fine, a refusal is KeyringFailure."""
    backend = _backend()
    if backend is None:
        return
    from keyring.errors import PasswordDeleteError

    try:
        backend.delete_password(KEYRING_SERVICE, account)
    except PasswordDeleteError:
        return  # nothing was kept for it
    except Exception as exc:  # noqa: BLE001
        raise KeyringFailure(translate(
            "Hub", "The password could not be taken out of the system keyring ({0}).").format(_reason(exc))) from exc


def keyring_report() -> tuple[bool, str]:
    """(package and backends present, a line saying which) for ``impact-desktop selfcheck``.

    Backends are found through the package's entry points, so a build that left keyring's
    metadata behind has none; whether a keyring is running is said but is not a failure.
    """
    keyring = _module()
    if keyring is None:
        return False, "the keyring package is missing (or D-Bus did not answer)"
    from importlib.metadata import PackageNotFoundError, entry_points, version

    names = sorted(point.name for point in entry_points(group="keyring.backends"))
    client = ""
    if sys.platform.startswith("linux"):  # the Secret Service backend quietly stands aside without its client
        try:
            import secretstorage
        except ImportError:
            client = "; Secret Service client missing"
        else:
            client = f"; Secret Service client secretstorage {'.'.join(map(str, secretstorage.__version_tuple__))}"
    backend = _backend()
    using = f"{type(backend).__module__}.{type(backend).__name__}" if backend else "none (no system keyring running)"
    try:
        release = version("keyring")
    except PackageNotFoundError:  # a frozen build without keyring's metadata: no backend can be found
        return False, "keyring's package metadata is missing, so none of its backends can be found"
    return (bool(names) and "missing" not in client,
            f"keyring {release}; backends {', '.join(names) or 'none'}{client}; in use: {using}")

"""A throw-away PostgreSQL cluster for the team-hub tests (and bench/hub_bench.py).

``initdb`` + ``pg_ctl`` in a temporary folder, on a free TCP port of localhost and a
private unix socket in that folder, so the suite needs nothing running beforehand and
never touches a server of the machine. PostgreSQL refuses to run as root: when the tests
run as root (CI does), the cluster runs as ``nobody`` through ``setpriv`` and the folder
is handed to it. The cluster speaks TLS with a certificate for ``localhost`` signed by a
CA made here with openssl, so ``sslmode=verify-full`` is tested for real.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "hubadmin"


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian layout), or one on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Cluster:
    folder: Path
    port: int
    password: str
    ca_file: Path | None
    bin_dir: Path
    run_as: str | None

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None,
            host: str = "localhost", **params: str) -> str:
        secret = self.password if password is None and user == SUPERUSER else password
        auth = quote(user) + (f":{quote(secret)}" if secret else "")
        query = "&".join(f"{key}={quote(str(value))}" for key, value in params.items())
        return f"postgresql://{auth}@{host}:{self.port}/{database}" + (f"?{query}" if query else "")

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        _run(self, [str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop"],
             check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def _as_user(run_as: str | None, argv: list[str]) -> list[str]:
    if run_as is None:
        return argv
    return ["setpriv", f"--reuid={run_as}", f"--regid={pwd.getpwnam(run_as).pw_gid}", "--clear-groups", *argv]


def _run(cluster_or_user, argv: list[str], check: bool = True) -> subprocess.CompletedProcess:
    run_as = cluster_or_user.run_as if isinstance(cluster_or_user, Cluster) else cluster_or_user
    return subprocess.run(_as_user(run_as, argv), check=check, capture_output=True, text=True,
                          env={**os.environ, "LC_ALL": "C.UTF-8"})


def _make_certificates(folder: Path) -> Path | None:
    """A CA and a server certificate for localhost signed by it; None without openssl."""
    if not shutil.which("openssl"):
        return None
    ca_key, ca_crt = folder / "ca.key", folder / "ca.crt"
    key, csr, crt = folder / "server.key", folder / "server.csr", folder / "server.crt"
    ext = folder / "server.ext"
    ext.write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    steps = [
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Impact test CA",
         "-keyout", ca_key, "-out", ca_crt],
        ["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", key, "-out", csr],
        ["openssl", "x509", "-req", "-in", csr, "-CA", ca_crt, "-CAkey", ca_key, "-CAcreateserial", "-days", "2",
         "-extfile", ext, "-out", crt],
    ]
    for step in steps:
        subprocess.run([str(part) for part in step], check=True, capture_output=True)
    os.chmod(key, 0o600)
    return ca_crt


def start_cluster() -> Cluster:
    """Start a new cluster; raise RuntimeError with PostgreSQL's own words when it cannot."""
    bin_dir = postgres_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb); ./dev setup installs the 'postgresql' package.")
    run_as = "nobody" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="impact-pg-"))
    password = secrets.token_hex(12)
    (folder / "pw").write_text(password + "\n")
    ca_file = _make_certificates(folder)
    if run_as is not None:
        entry = pwd.getpwnam(run_as)
        for path in [folder, *folder.iterdir()]:
            os.chown(path, entry.pw_uid, entry.pw_gid)
        os.chmod(folder, 0o755)  # the tests (root) read ca.crt; the data folder stays 0700
    data = folder / "data"
    result = _run(run_as, [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--pwfile", str(folder / "pw"),
                           "--auth=scram-sha-256", "-E", "UTF8", "--no-sync"], check=False)
    if result.returncode:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {result.stderr.strip()[-400:]}")
    port = _free_port()
    settings = [f"port = {port}", "listen_addresses = 'localhost'", f"unix_socket_directories = '{folder}'",
                "fsync = off", "synchronous_commit = off", "full_page_writes = off", "max_connections = 100",
                "shared_buffers = 128MB"]
    if ca_file is not None:
        settings += ["ssl = on", f"ssl_cert_file = '{folder / 'server.crt'}'",
                     f"ssl_key_file = '{folder / 'server.key'}'"]
    with (data / "postgresql.conf").open("a") as conf:
        conf.write("\n".join(settings) + "\n")
    result = _run(run_as, [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w",
                           "-t", "60", "start"], check=False)
    cluster = Cluster(folder=folder, port=port, password=password, ca_file=ca_file, bin_dir=bin_dir, run_as=run_as)
    if result.returncode:
        log = (folder / "server.log").read_text(errors="replace")[-400:] if (folder / "server.log").exists() else ""
        cluster.stop()
        raise RuntimeError(f"pg_ctl start failed: {result.stderr.strip()[-300:]} {log}")
    _wait_ready(cluster)
    return cluster


def _wait_ready(cluster: Cluster) -> None:
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(cluster.url(), connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextlib.contextmanager
def running_cluster():
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()

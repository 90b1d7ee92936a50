"""Real child processes for the store's race and crash tests: the CLI, a lock holder, importers."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

CHILD_ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}

#: Holds SQLite's write lock on argv[1] until a line arrives on stdin; says "locked" once it holds it.
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def cli(*args, env: dict | None = None, **kwargs) -> subprocess.Popen:
    """``impact-desktop ARGS`` as a real process (stdout and stderr piped, text)."""
    return subprocess.Popen([sys.executable, "-m", "impact_desktop", *map(str, args)], env={**CHILD_ENV, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                            **kwargs)


def run_cli(*args, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    process = cli(*args, env=env)
    out, err = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def hold_write_lock(db: Path) -> subprocess.Popen:
    """Another program in the middle of writing to ``db``; write a line to its stdin to let go."""
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def release(holder: subprocess.Popen) -> None:
    holder.stdin.write("go\n")
    holder.stdin.flush()
    assert holder.wait(timeout=30) == 0


def wait_for_line(stream, words: str, timeout: float = 60) -> str:
    """Read ``stream`` until a line containing ``words`` (the process must say it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        if words in line:
            return line
    raise AssertionError(f"the process never said {words!r}")

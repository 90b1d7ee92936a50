"""Start-up of the desktop app on a big database (not a test: run it by hand).

    python bench/startup_bench.py [--db /tmp/impact_bench_1m.db] [--runs 7]

The database is the one ``bench/dashboard_bench.py`` generates (a million entries; made
here the same way when missing). Each run starts ``python -m impact_desktop --db PATH``
in a fresh process (offscreen, a clean user profile, bytecode cached as an installed app
has it) and prints, as medians over the runs:

* **window drawn**: the main window is shown and its first paint done (events queued by
  then processed): menus, sidebar and page work, figures may still be arriving;
* **filled**: the page it opens on has its figures (the dashboard's or the overview's
  first refresh, the Entries page's first 500 rows), painted;
* **CPU**: user + system time of the whole process (start to exit), which the load of a
  shared machine inflates far less than the wall-clock figures;

on first launch (the app opens on the dashboard), and opening on the Entries and Overview
pages (as when the user left the app there: pages not shown load when first shown).
Beside them, the peer measured in the same run: a bare PySide6 ``QMainWindow`` shown in
a fresh process (the floor any PySide6 app starts from), and ``python -c "import
impact_desktop.cli"`` (what every command imports first).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Runs in the child: reports when the window has painted and when the first page is filled.
_PROBE = """
import sys
from PySide6.QtCore import QTimer
import impact_desktop.gui.shell.main_window as main_window

shown = main_window.MainWindow.show
first_page = sys.argv[2]

def show(window):
    shown(window)

    def drawn():
        print("DRAWN", flush=True)
        page = window.page(window.current_page_key())
        arrived = page.refreshed if hasattr(page, "refreshed") else page.model.loaded  # the Entries page
        arrived.connect(lambda: QTimer.singleShot(0, filled))

    def filled():
        print("FILLED", flush=True)
        QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, drawn)

main_window.MainWindow.show = show
if first_page:
    main_window.MainWindow.restore_last_page = lambda window: window.show_page(first_page)
sys.argv = ["impact-desktop", "--db", sys.argv[1]]
from impact_desktop.cli import main
main()
"""

_BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1024, 700)
window.show()
QTimer.singleShot(0, lambda: (print("DRAWN", flush=True), print("FILLED", flush=True), window.close()))
app.exec()
"""


def _env(home: str, pycache: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_CONFIG_HOME": home,
           "XDG_DATA_HOME": home, "XDG_CACHE_HOME": home, "PYTHONPYCACHEPREFIX": pycache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from cached bytecode
    return env


def run(args: list[str], pycache: str) -> tuple[float, float, float]:
    """(ms to DRAWN, ms to FILLED, CPU ms of the whole process) of one fresh process with a
    user profile of its own (the app remembers the page it was closed on)."""
    with tempfile.TemporaryDirectory() as home:
        return _run(args, _env(home, pycache))


def _run(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL)
    watchdog = threading.Timer(120, child.kill)  # an error dialog would wait for a click forever
    watchdog.start()
    marks: dict[str, float] = {}
    try:
        for line in child.stdout:
            marks[line.strip()] = (time.perf_counter() - start) * 1000
            if "FILLED" in marks:
                break
        child.stdout.close()
        _pid, _status, usage = os.wait4(child.pid, 0)  # its CPU time: what machine load does not inflate
        child.returncode = 0
    finally:
        watchdog.cancel()
    if "FILLED" not in marks:
        raise RuntimeError(f"{args[:2]} ended before its window was filled")
    return marks["DRAWN"], marks["FILLED"], (usage.ru_utime + usage.ru_stime) * 1000


def import_ms(pycache: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import impact_desktop.cli"], cwd=ROOT, env=_env(pycache, pycache),
                   check=True)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/impact_bench_1m.db"))
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.db.exists():
        from bench.dashboard_bench import build

        build(args.db, args.entries)
    with tempfile.TemporaryDirectory() as pycache:
        from impact_desktop.storage.database import open_store

        open_store(args.db).close()  # any migration runs now, not during a measured start
        run(["-c", _PROBE, str(args.db), "dashboard"], pycache)  # fills the bytecode cache
        cases = {
            "bare PySide6 QMainWindow (peer)": ["-c", _BARE],
            "first launch (opens on the dashboard)": ["-c", _PROBE, str(args.db), ""],
            "opening on the Entries page": ["-c", _PROBE, str(args.db), "entries"],
            "opening on the Overview page": ["-c", _PROBE, str(args.db), "overview"],
        }
        samples: dict[str, list[tuple[float, float, float]]] = {label: [] for label in cases}
        imports = []
        for _ in range(args.runs):  # interleaved, so machine load falls on every case alike
            for label, case in cases.items():
                samples[label].append(run(case, pycache))
            imports.append(import_ms(pycache))
    print(f"start-up on {args.db} (fresh process, offscreen, bytecode cached; median of {args.runs}):")
    print(f"  {'':<48}{'window drawn':>14}{'filled':>10}{'CPU':>10}")
    for label, values in samples.items():
        drawn, filled, cpu = (statistics.median(v[i] for v in values) for i in range(3))
        print(f"  {label:<48}{drawn:>11.0f} ms{filled:>7.0f} ms{cpu:>7.0f} ms")
    print(f"  python -c 'import impact_desktop.cli' (what every command imports): {statistics.median(imports):.0f} ms")


if __name__ == "__main__":
    main()

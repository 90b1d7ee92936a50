"""What starting the desktop app loads: only what its first page needs (a real process)."""

import json
import os
import subprocess
import sys

HEAVY = ("openpyxl", "python_calamine", "numpy", "pandas", "pyqtgraph", "impact_desktop.services.exporting",
         "impact_desktop.services.importing", "impact_desktop.cli.export", "impact_desktop.cli.imports",
         # the hub password's keyring (and the D-Bus it may ask) is loaded when the hub is used, not at start-up
         "keyring", "secretstorage", "jeepney")


def test_the_app_starts_without_spreadsheet_libraries_numpy_subcommands_or_the_keyring():
    code = ("import json, sys\n"
            "import impact_desktop.cli, impact_desktop.app\n"
            "import impact_desktop.gui.shell.main_window, impact_desktop.gui.shell.pages\n"
            # what run_gui imports before the window is drawn
            "import impact_desktop.gui.shell.startup, impact_desktop.gui.shell.polish_install\n"
            "import impact_desktop.gui.common.context, impact_desktop.gui.common.tasks\n"
            f"print(json.dumps([name for name in {HEAVY!r} if name in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_opening_a_store_scans_no_installed_packages_for_sqlite_utils_plugins(tmp_path):
    """Finding sqlite-utils plugins reads every installed package's metadata (0.1 s of every start)."""
    target = tmp_path / "impact.db"
    code = ("import json, sys\n"
            "from impact_desktop.storage.database import open_store\n"
            "from impact_desktop.storage.reader import open_reader\n"
            f"open_store({str(target)!r}).close()\n"  # made and migrated
            f"open_store({str(target)!r}).close()\n"  # an existing store: its migrations checked
            f"store = open_store({str(target)!r}, write=False)\n"  # read only
            "open_reader(store).close(); store.close()\n"
            "import sqlite_utils.plugins\n"
            "print(json.dumps([sqlite_utils.plugins._plugins_loaded, 'importlib.metadata' in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [False, False]


def test_every_subcommand_is_still_there_and_numpy_still_loads():
    from click.testing import CliRunner

    from impact_desktop.cli import cli

    listed = CliRunner().invoke(cli, ["--help"]).output
    for name in ("backup", "catalog", "conflicts", "demo", "desktop-entry", "entries", "export", "hub", "import",
                 "imports", "report", "restore", "selfcheck", "summary", "sync"):
        assert f"  {name} " in listed, name
    code = "import impact_desktop.storage, numpy, sqlite_utils.db; print(numpy.zeros(2).sum())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "0.0", done.stderr


def test_an_import_reads_its_file_without_loading_openpyxl_or_numpy(tmp_path):
    """calamine reads workbooks and csv reads CSV; openpyxl (and numpy, 0.5 s) only writes or reads huge sheets."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Business unit", "Program", "Date", "Donations (CNY)"])
    book.active.append(["Cainiao", "Recycling", "2018-05-01", "¥48,500.50"])
    book.save(tmp_path / "figures.xlsx")
    (tmp_path / "figures.csv").write_text("Business unit,Program,Date,Donations (CNY)\nCainiao,Recycling,2018-05-01,"
                                          "48500.50\n", encoding="utf-8")
    for name in ("figures.xlsx", "figures.csv"):
        code = ("import json, sys\n"
                "from impact_desktop.cli import cli\n"
                f"cli.main(['import', {str(tmp_path / name)!r}, '--db', {str(tmp_path / (name + '.db'))!r}],"
                " standalone_mode=False)\n"
                "print(json.dumps([m for m in ('openpyxl', 'numpy') if m in sys.modules]))")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "Imported 1 entry" in done.stdout, done.stdout
        assert json.loads(done.stdout.strip().splitlines()[-1]) == [], name

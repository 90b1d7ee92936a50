"""The import, imports and export commands through click's CliRunner, on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.io_files import figures_in, write_xlsx
from tests.unit.io_files import run_cli as run

HEADER = ["Business unit", "Program", "Date", "Donation Amount (CNY)"]


def entries_in(db):
    return figures_in(db, "donations")


def test_import_list_undo(tmp_path):
    db = tmp_path / "c.db"
    path = write_xlsx(tmp_path / "ok.xlsx", [HEADER, ["Cainiao", "Green logistics", "2018-03-01", "1.5万"],
                                             ["Total", None, None, 15000]])
    dry = run("import", path, "--db", db, "--dry-run")
    assert dry.exit_code == 0 and "new entries: 1" in dry.stdout and "Dry run" in dry.stdout
    assert not db.exists() and list(tmp_path.iterdir()) == [path]  # a dry run creates no database
    done = run("import", path, "--db", db, "--json")
    assert done.exit_code == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["counts"] == {"new": 1, "duplicate": 0, "invalid": 0, "skipped": 1, "conflict": 0,
                                "correction": 0}
    assert report["new_programs"] == ["Cainiao / Green logistics"] and report["written"]
    assert entries_in(db) == (1, 15000)
    again = run("import", path, "--db", db)
    assert again.exit_code == 0 and "duplicates: 1" in again.stdout and entries_in(db) == (1, 15000)
    listed = run("imports", "list", "--db", db)
    assert listed.exit_code == 0 and listed.stdout.count("ok.xlsx [Data]") == 2
    assert "corrections 0  1 entry\n" in listed.stdout  # one entry, not "1 entries"
    undo = run("imports", "undo", report["batch_id"][:8], "--db", db)
    assert undo.exit_code == 0 and "1 entry removed" in undo.stdout
    assert entries_in(db) == (0, 0)
    twice = run("imports", "undo", report["batch_id"], "--db", db)
    assert twice.exit_code == 1 and "already undone" in twice.stderr and "Traceback" not in twice.output


def test_refused_import_lists_problems_on_stderr_and_writes_nothing(tmp_path):
    db = tmp_path / "c.db"
    path = write_xlsx(tmp_path / "bad.xlsx", [HEADER, ["Cainiao", "Green logistics", "2018-03-01", "lots"],
                                              ["Cainiao", "Green logistics", "2018-13-01", 5],
                                              ["Cainiao", "Green logistics", "2018-04-01", 5]])
    result = run("import", path, "--db", db)
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[0] == ("sheet Data, row 2, column Donation Amount (CNY), value 'lots': 'lots' is not a number.")
    assert lines[1].startswith("sheet Data, row 3, column Date, value '2018-13-01': ")
    assert lines[-1].startswith("error: bad.xlsx: 2 invalid rows")
    assert not db.exists()  # nothing written, not even the database file
    skipped = run("import", path, "--db", db, "--skip-invalid")
    assert skipped.exit_code == 0 and "bad.errors.xlsx" in skipped.stdout and entries_in(db) == (1, 5)


def test_map_option_and_unreadable_files(tmp_path):
    db = tmp_path / "c.db"
    path = write_xlsx(tmp_path / "odd.xlsx", [["Unit", "Scheme", "When", "Gifts"], ["Amap", "Map", "2018-03", 9]])
    mapped = run("import", path, "--db", db, "--map", "Unit=business_unit", "--map", "Scheme=program",
                 "--map", "When=date", "--map", "Gifts=donations", "--save-preset", "amap")
    assert mapped.exit_code == 0, mapped.stderr
    assert entries_in(db) == (1, 9)
    preset = run("import", path, "--db", db, "--dry-run")
    assert preset.exit_code == 0 and "preset amap" in preset.stdout and "duplicates: 1" in preset.stdout
    bad_map = run("import", path, "--db", db, "--map", "Unit=colour")
    assert bad_map.exit_code == 1 and "'colour' is not a field" in bad_map.stderr
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "cut.xlsx").write_bytes(path.read_bytes()[:900])
    (tmp_path / "locked.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"))
    (tmp_path / "empty.csv").write_bytes(b"")
    for name in ("x.pdf", "missing.xlsx", "cut.xlsx", "locked.xlsx", "empty.csv"):
        result = run("import", tmp_path / name, "--db", db)
        assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.output


def test_export_command_with_filters(tmp_path):
    db = tmp_path / "d.db"
    assert run("demo", "--db", db).exit_code == 0
    out = tmp_path / "fy.csv"
    result = run("export", out, "--db", db, "--fiscal-year", 2018, "--business-unit", "Ant Financial",
                 "--metric", "trees_planted")
    assert result.exit_code == 0 and "Exported 12 entries" in result.stdout
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 13
    xlsx = run("export", tmp_path / "all.xlsx", "--db", db, "--from", "2017-04-01", "--to", "2017-06-30")
    assert xlsx.exit_code == 0 and (tmp_path / "all.xlsx").exists()
    bad = run("export", tmp_path / "out.pdf", "--db", db)
    assert bad.exit_code == 1 and ".xlsx or .csv" in bad.stderr
    template = run("export", tmp_path / "t.xlsx", "--db", db, "--template")
    assert template.exit_code == 0 and "template" in template.stdout


def test_undo_needs_a_real_id_prefix_and_a_closed_pipe_is_not_an_error(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "c.db"
    for day in range(1, 4):
        path = write_xlsx(tmp_path / f"f{day}.xlsx", [HEADER, ["Cainiao", "Green logistics", f"2018-03-0{day}", 1]])
        assert run("import", path, "--db", db).exit_code == 0
    for prefix in ("", "%", "0_"):
        refused = run("imports", "undo", prefix, "--db", db)
        assert refused.exit_code == 1 and "at least the first 4 characters" in refused.stderr
    assert entries_in(db)[0] == 3
    code = ("from impact_desktop.cli.base import user_errors\n"
            "@user_errors\ndef listing():\n    raise BrokenPipeError(32, 'Broken pipe')\nlisting()\n")
    piped = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           cwd=Path(__file__).resolve().parents[2])
    assert (piped.returncode, piped.stderr) == (0, "")  # `imports list | head -1`: the reader went away


def test_a_refused_import_creates_no_database_and_a_good_one_does(tmp_path):
    db = tmp_path / "new.db"
    bad = write_xlsx(tmp_path / "bad.xlsx", [HEADER, ["Cainiao", "Green logistics", "someday", 5]])
    refused = run("import", bad, "--db", db)
    assert refused.exit_code == 1 and not db.exists()
    assert run("import", tmp_path / "missing.xlsx", "--db", db).exit_code == 1 and not db.exists()
    good = write_xlsx(tmp_path / "good.xlsx", [HEADER, ["Cainiao", "Green logistics", "2018-03-01", "1.5万"]])
    done = run("import", good, "--db", db, "--save-preset", "cainiao")
    assert done.exit_code == 0, done.stderr
    assert entries_in(db) == (1, 15000) and "Imported 1 entry as batch" in done.stdout
    assert run("import", good, "--db", db).stdout.count("duplicates: 1") == 1


def test_exporting_to_a_folder_is_one_clear_line(demo_store, tmp_path):
    folder = tmp_path / "out.xlsx"
    folder.mkdir()
    for name in (folder, tmp_path / "out.csv"):
        if name.suffix == ".csv":
            name.mkdir()
        result = run("export", name, "--db", demo_store.path)
        assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "is a folder" in result.stderr


def test_a_sheet_name_for_a_csv_and_a_backwards_export_range_are_refused(tmp_path, demo_store):
    path = tmp_path / "f.csv"
    path.write_text("Business unit,Program,Date,Donations\nA,P,2018-03-01,5\n", encoding="utf-8")
    refused = run("import", path, "--db", tmp_path / "x.db", "--sheet", "Nope")
    assert refused.exit_code == 1 and "it has one sheet, 'f', not 'Nope'" in refused.stderr
    assert run("import", path, "--db", tmp_path / "x.db", "--sheet", "f", "--dry-run").exit_code == 0
    assert run("import", path, "--db", tmp_path / "x.db", "--sheet", "*", "--dry-run").exit_code == 0
    backwards = run("export", tmp_path / "o.xlsx", "--db", demo_store.path, "--from", "2019-01-01",
                    "--to", "2018-01-01")
    assert backwards.exit_code == 1 and "The range ends (2018-01-01) before it starts (2019-01-01)." in backwards.stderr


def test_a_pipe_named_like_a_csv_is_refused_without_waiting_for_a_writer(tmp_path):
    import os
    import threading

    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    results = []
    reader = threading.Thread(target=lambda: results.append(run("import", fifo, "--db", tmp_path / "s.db",
                                                                "--dry-run")), daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # it blocked on the pipe: give it an end so the test can say so
        with open(fifo, "wb"):
            pass
        reader.join(10)
        raise AssertionError("the import waited on the pipe")
    assert results[0].exit_code == 1 and "not a regular file" in results[0].stderr
    assert results[0].stderr.count("\n") == 1 and not (tmp_path / "s.db").exists()


def test_a_header_without_figures_below_it_writes_no_empty_batch(tmp_path):
    db = tmp_path / "s.db"
    header_only = tmp_path / "header.csv"
    header_only.write_text("Business unit,Program,Metric,Period,Value,Currency\n")
    for existing in (False, True):
        dry = run("import", header_only, "--db", db, "--dry-run")
        assert dry.exit_code == 1 and "has no figures below its header" in dry.stderr  # the dry run agrees
        result = run("import", header_only, "--db", db)
        assert result.exit_code == 1 and "has no figures below its header (row 1); nothing was imported" \
            in result.stderr, result.stderr
        assert db.exists() == existing  # no database made for nothing
        if not existing:
            good = write_xlsx(tmp_path / "ok.xlsx", [HEADER, ["Cainiao", "Green logistics", "2018-03-01", 5]])
            assert run("import", good, "--db", db).exit_code == 0
    assert run("imports", "list", "--db", db).stdout.count("\n") == 1  # only the real import


def test_unmapped_columns_are_named_once_whether_headed_or_not(tmp_path):
    """Not "column column XFD", nor "column 16,374 more columns": a letter once, a span as a span."""
    wide = tmp_path / "wide.csv"
    header = ["Business unit", "Program", "Date", "Donations (CNY)", *(f"U{i}" for i in range(14))]
    wide.write_text(",".join(header) + ",\n" + ",".join(["Ant", "Forest", "2018-03-01", "5", *["v"] * 15]) + "\n")
    result = run("import", wide, "--db", tmp_path / "s.db", "--dry-run")
    assert result.exit_code == 1
    assert "row 2, columns U10 … S, value 'v': 5 more columns (U10 … S) have values" in result.stderr, result.stderr
    assert "row 2, column U0, value 'v'" in result.stderr and "column column" not in result.stderr


def test_a_workbook_too_large_for_the_fast_reader_is_announced_before_the_long_read(tmp_path, monkeypatch):
    from impact_desktop.io import xlsx_reader

    path = write_xlsx(tmp_path / "big.xlsx", [HEADER, ["Cainiao", "Green logistics", "2018-03-01", 5]])
    quick = run("import", path, "--db", tmp_path / "s.db", "--dry-run")
    assert quick.exit_code == 0 and "read row by row" not in quick.stderr
    monkeypatch.setattr(xlsx_reader, "CALAMINE_MAX_XML_BYTES", 0)  # as if its sheets held over 40 MB
    slow = run("import", path, "--db", tmp_path / "s.db", "--dry-run")
    assert slow.exit_code == 0 and slow.stderr.startswith("note: big.xlsx holds 0 MB of sheet data, more than the "
                                                          "fast reader takes at once; it is read row by row")


def test_importing_into_a_new_database_reads_the_file_once(tmp_path, monkeypatch):
    """The file is checked against a throw-away empty store; the new database made to write it holds the
    same, so the commit does not read and check the whole file again (it did: half of an import's time)."""
    from impact_desktop.services import importing

    rereads = []
    real = importing.preview_import

    def counting(*args, **kwargs):
        rereads.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "preview_import", counting)
    db = tmp_path / "new.db"
    path = write_xlsx(tmp_path / "ok.xlsx", [HEADER, ["Cainiao", "Green logistics", "2018-03-01", 15000],
                                             ["Cainiao", "Green logistics", "2018-04-01", "¥2,500.50"]])
    done = run("import", path, "--db", db)
    assert done.exit_code == 0, done.stderr
    assert rereads == [] and entries_in(db) == (2, 17500.5)
    again = run("import", path, "--db", db)  # an existing store: checked against itself, not read twice either
    assert again.exit_code == 0 and "duplicates: 2" in again.stdout and rereads == []


def test_a_file_imported_meanwhile_by_another_process_is_reported_as_what_was_written(tmp_path, monkeypatch):
    """Two imports of one file at once: the second is checked again under the write lock and writes no
    entry; its summary (text and --json) says duplicates, not the 'new entries' of its first look."""
    from impact_desktop.cli import imports as cli_imports
    from impact_desktop.services import importing
    from impact_desktop.services.session import open_database

    path = write_xlsx(tmp_path / "ok.xlsx", [HEADER, ["Cainiao", "Green logistics", "2018-03-01", 5],
                                             ["Cainiao", "Green logistics", "2018-04-01", 7]])
    other_file = write_xlsx(tmp_path / "other.xlsx", [HEADER, ["Amap", "Map", "2018-03-01", 1]])
    real = cli_imports.preview_import
    for as_json in (False, True):
        db = tmp_path / f"c{as_json}.db"
        assert run("import", other_file, "--db", db).exit_code == 0

        def other_process_imports_meanwhile(store, file, options, db=db, **kwargs):
            preview = real(store, file, options, **kwargs)
            other = open_database(db)
            try:  # another process imports the same file between this one's check and its write
                importing.commit_import(other, real(other, file, options))
            finally:
                other.close()
            return preview

        monkeypatch.setattr(cli_imports, "preview_import", other_process_imports_meanwhile)
        second = run("import", path, "--db", db, "--show", "2", *(["--json"] if as_json else []))
        monkeypatch.setattr(cli_imports, "preview_import", real)
        assert second.exit_code == 0, second.stderr
        if as_json:
            report = json.loads(second.stdout)
            assert report["counts"]["new"] == 0 and report["counts"]["duplicate"] == 2
            assert len(report["duplicates"]) == 2 and report["new_business_units"] == []
        else:
            assert "new entries: 0   duplicates: 2" in second.stdout, second.stdout
            assert "new business units" not in second.stdout and "Imported 0 entries" in second.stdout
            assert ") new" not in second.stdout and second.stdout.count(") duplicate") == 2, second.stdout
        assert entries_in(db) == (3, 13)  # the other process's two figures and the first file's one, not doubled


def test_a_file_name_too_long_for_the_disk_is_one_clear_line_for_every_command(tmp_path):
    """Path.exists() raises for a 300-character name: every command said 'unexpected OSError' and exited 3."""
    db = tmp_path / "c.db"
    good = write_xlsx(tmp_path / "ok.xlsx", [HEADER, ["Cainiao", "Green logistics", "2018-03-01", 5]])
    assert run("import", good, "--db", db).exit_code == 0
    before = db.read_bytes()
    long = tmp_path / ("b" * 300)
    for command in (["import", f"{long}.csv", "--db", db], ["import", good, "--db", f"{long}.db"],
                    ["export", f"{long}.csv", "--db", db], ["report", f"{long}.pdf", "--db", db],
                    ["backup", f"{long}.db", "--db", db], ["summary", "--db", f"{long}.db"],
                    ["restore", f"{long}.db", "--db", db, "--yes"]):
        result = run(*command)
        assert result.exit_code == 1, (command, result.output)
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.strip().endswith(": the file name is too long."), result.stderr
        assert "unexpected" not in result.stderr and "Traceback" not in result.output
    assert db.read_bytes() == before


def test_a_blank_preset_name_is_refused_before_anything_is_written(tmp_path):
    """--save-preset "  " imported the file, then failed on the preset: exit 1 and 'error:' with the
    entries written; --save-preset "" imported and saved no preset without a word."""
    db = tmp_path / "c.db"
    good = write_xlsx(tmp_path / "ok.xlsx", [HEADER, ["Cainiao", "Green logistics", "2018-03-01", 5]])
    other = write_xlsx(tmp_path / "other.xlsx", [HEADER, ["Amap", "Map", "2018-03-01", 1]])
    assert run("import", other, "--db", db).exit_code == 0
    before = db.read_bytes()
    for name in ("  ", ""):
        result = run("import", good, "--db", db, "--save-preset", name)
        assert result.exit_code == 1 and result.stderr == "error: A mapping preset needs a name.\n", result.output
        assert db.read_bytes() == before and entries_in(db) == (1, 1)


@pytest.mark.parametrize(("content", "words"), [
    ("Business unit,Program,Date,Donations\nCainiao,Green logistics,2018-03-01,5\n",
     "is a text file (CSV), not an Excel workbook: rename it to .csv"),
    ("<html><body><table><tr><td>Business unit</td></tr></table></body></html>\n",
     "is a web page or XML file saved under an Excel name: open it in Excel and save it as .xlsx"),
    ('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>\n',
     "is a web page or XML file saved under an Excel name: open it in Excel and save it as .xlsx"),
])
def test_a_workbook_name_on_a_text_file_says_what_the_file_is(tmp_path, content, words):
    """'report.xlsx' that a system exported as CSV or HTML: 'not a valid Excel workbook (it is not a zip
    package)' told the user nothing they could act on."""
    path = tmp_path / "report.xlsx"
    path.write_text(content, encoding="utf-8")
    result = run("import", path, "--db", tmp_path / "c.db")
    assert result.exit_code == 1 and result.stderr == f"error: report.xlsx {words}.\n", result.stderr
    assert not (tmp_path / "c.db").exists()

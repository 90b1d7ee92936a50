"""Exports, templates and error workbooks are never half-written: the old file or the complete new one.

Through the real thing: the command line on real files, a real full or read-only tmpfs
(where mounting is permitted), a full disk injected where the data is flushed (everywhere),
and real child processes killed at random moments while they export.
"""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from impact_desktop.core import atomic_file
from impact_desktop.core.atomic_file import FileWriteError, ReplaceWhenComplete, open_replacing, replacing
from impact_desktop.core.entries import build_entry
from impact_desktop.storage import catalog, entries
from impact_desktop.storage.database import open_store
from tests.unit.disk_faults import disk_full_at_sync, fill, partials, read_only, small_disk  # noqa: F401
from tests.unit.io_files import figures_in, run_cli, write_csv

ROOT = Path(__file__).resolve().parents[2]
YESTERDAY = b"Business unit,Program\r\nyesterday's export,kept byte for byte\r\n"


# ---------------------------------------------------------------- the helper


def test_a_complete_write_replaces_the_file_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "board.csv"
    target.write_bytes(YESTERDAY)
    target.chmod(0o640)
    with open_replacing(target, "w", encoding="utf-8") as handle:
        handle.write("new")
        assert target.read_bytes() == YESTERDAY  # nothing visible until the block completes
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert partials(tmp_path) == []


def test_a_new_file_gets_the_usual_mode(tmp_path):
    old = os.umask(0o022)
    try:
        with replacing(tmp_path / "new.txt") as temp:
            temp.write_text("x", encoding="utf-8")
    finally:
        os.umask(old)
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o644


def test_a_failure_inside_keeps_the_old_file_and_removes_the_temporary_one(tmp_path):
    target = tmp_path / "board.csv"
    target.write_bytes(YESTERDAY)
    with pytest.raises(RuntimeError, match="boom"), open_replacing(target, "wb") as handle:
        handle.write(b"half of it")
        raise RuntimeError("boom")
    assert target.read_bytes() == YESTERDAY
    assert partials(tmp_path) == []


@pytest.mark.parametrize(("code", "reason"), [
    (errno.ENOSPC, "the disk is full"), (errno.EROFS, "the disk or folder is read-only"),
    (errno.EDQUOT, "your disk quota is used up"), (errno.EIO, "the disk reported an input/output error"),
])
def test_an_os_error_is_one_sentence_naming_the_file(tmp_path, code, reason):
    target = tmp_path / "board.pdf"
    target.write_bytes(YESTERDAY)
    with pytest.raises(FileWriteError) as caught, replacing(target) as temp:
        temp.write_bytes(b"%PDF-1.4 cut short")
        raise OSError(code, os.strerror(code))
    assert str(caught.value) == f"Could not write board.pdf: {reason}."
    assert target.read_bytes() == YESTERDAY
    assert partials(tmp_path) == []


def test_no_such_file_in_a_folder_that_exists_does_not_claim_the_folder_is_gone(tmp_path, demo_store):
    """A folder that refuses new files with ENOENT (/proc, some FUSE mounts) is there: "the folder no
    longer exists" sent the user looking for a folder they could see."""
    gone = tmp_path / "gone" / ".board.pdf~1.partial"
    here = tmp_path / ".board.pdf~1.partial"
    assert atomic_file.reason(OSError(errno.ENOENT, "No such file", str(gone))) == "the folder no longer exists"
    assert atomic_file.reason(OSError(errno.ENOENT, "No such file", str(here))) == \
        "the folder does not accept new files"
    if not Path("/proc/self").is_dir():
        pytest.skip("no /proc here")
    demo_store.close()
    for command in (["export", "/proc/x.csv"], ["report", "/proc/x.pdf"]):
        result = run_cli(*command, "--db", demo_store.path)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert result.stderr.strip().endswith(": the folder does not accept new files."), result.stderr


def test_files_that_belong_together_are_replaced_together(tmp_path):
    main, rates, stale = tmp_path / "x.csv", tmp_path / "x.rates.csv", tmp_path / "x.targets.csv"
    for path in (main, rates, stale):
        path.write_bytes(YESTERDAY)
    with pytest.raises(FileWriteError, match=r"^Could not write x\.rates\.csv: the disk is full\.$"), \
            ReplaceWhenComplete() as files:
        files.open(main, "w").write("new main")
        files.remove(stale)
        files.open(rates, "w").write("new rates")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert [p.read_bytes() for p in (main, rates, stale)] == [YESTERDAY] * 3  # none replaced, none removed
    with ReplaceWhenComplete() as files:
        files.open(main, "w").write("new main")
        files.open(rates, "w").write("new rates")
        files.remove(stale)
    assert (main.read_text(), rates.read_text(), stale.exists()) == ("new main", "new rates", False)
    assert partials(tmp_path) == []


def test_a_symbolic_link_is_written_through(tmp_path):
    real = tmp_path / "shared" / "board.csv"
    real.parent.mkdir()
    real.write_bytes(YESTERDAY)
    link = tmp_path / "board.csv"
    link.symlink_to(real)
    with open_replacing(link, "w") as handle:
        handle.write("new")
    assert link.is_symlink() and real.read_text() == "new"


def test_leftovers_of_a_killed_writer_go_with_the_next_write(tmp_path):
    target = tmp_path / "board.csv"
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    dead = tmp_path / f".board.csv~{finished.stdout.strip()}-0000abcd{atomic_file.TEMP_SUFFIX}"
    alive = tmp_path / f".board.csv~1-0000abcd{atomic_file.TEMP_SUFFIX}"  # pid 1 runs: maybe writing still
    other = tmp_path / f".other.csv~{finished.stdout.strip()}-0000abcd{atomic_file.TEMP_SUFFIX}"
    for path in (dead, alive, other):
        path.write_bytes(b"half")
    with open_replacing(target, "w") as handle:
        handle.write("new")
    assert partials(tmp_path) == sorted([alive.name, other.name])


# ---------------------------------------------------------------- every writer, a full disk injected


def old_files(folder: Path, names: list[str]) -> dict[Path, bytes]:
    files = {}
    for name in names:
        (folder / name).write_bytes(YESTERDAY + name.encode())
        files[folder / name] = (folder / name).read_bytes()
    return files


EXPORTS = {
    "csv": (["out.csv"], ["out.csv", "out.rates.csv", "out.targets.csv"]),
    "xlsx": (["out.xlsx"], ["out.xlsx"]),
    "per-metric": (["out.xlsx", "--per-metric"], ["out.xlsx"]),
    "template": (["template.xlsx", "--template"], ["template.xlsx"]),
}


@pytest.mark.usefixtures("disk_full_at_sync")
@pytest.mark.parametrize("kind", list(EXPORTS))
def test_an_export_on_a_full_disk_keeps_yesterdays_files(demo_store, tmp_path, kind):
    args, names = EXPORTS[kind]
    folder = tmp_path / "out"
    folder.mkdir()
    before = old_files(folder, names)
    result = run_cli("export", folder / args[0], *args[1:], "--db", demo_store.path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: Could not write {names[0]}: the disk is full."]
    assert result.stdout == ""
    assert {path: path.read_bytes() for path in before} == before
    assert partials(folder) == []


@pytest.mark.usefixtures("disk_full_at_sync")
def test_the_error_workbook_on_a_full_disk_stops_the_import_in_one_sentence(tmp_path):
    db = tmp_path / "store.db"
    source = write_csv(tmp_path / "field.csv", [["Business unit", "Program", "Date", "Donations"],
                                                ["Cainiao", "Green logistics", "2018-03-01", "100"],
                                                ["Cainiao", "Green logistics", "someday", "200"]])
    result = run_cli("import", source, "--db", db, "--skip-invalid")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["error: Could not write field.errors.xlsx: the disk is full."]
    assert not (tmp_path / "field.errors.xlsx").exists()
    assert partials(tmp_path) == []
    if db.exists():
        assert figures_in(db, "donations") == (0, Decimal(0))  # nothing imported without its error workbook


# ---------------------------------------------------------------- a real full or read-only disk


def _cli(*args) -> subprocess.CompletedProcess:
    """The installed command in a process of its own, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "impact_desktop", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


@pytest.mark.parametrize("kind", ["csv", "xlsx", "template"])
def test_an_export_onto_a_really_full_disk(demo_store, tmp_path, kind):
    args, names = EXPORTS[kind]
    demo_store.close()
    with small_disk(tmp_path / "disk") as disk:
        before = old_files(disk, names)
        fill(disk, leave=4096)
        result = _cli("export", disk / args[0], *args[1:], "--db", demo_store.path)
        assert result.returncode == 1
        assert result.stderr.splitlines() == [f"error: Could not write {names[0]}: the disk is full."]
        assert {path: path.read_bytes() for path in before} == before
        assert partials(disk) == []


def test_an_export_into_a_read_only_folder(demo_store, tmp_path):
    demo_store.close()
    with small_disk(tmp_path / "disk") as disk:
        before = old_files(disk, ["out.csv", "out.rates.csv"])
        read_only(disk)
        for name in ("out.csv", "new.xlsx"):
            result = _cli("export", disk / name, "--db", demo_store.path)
            assert result.returncode == 1
            assert result.stderr.splitlines() == [f"error: Cannot write {name}: the disk or folder is read-only."]
        assert {path: path.read_bytes() for path in before} == before
        assert sorted(path.name for path in disk.iterdir()) == ["out.csv", "out.rates.csv"]


def test_the_error_workbook_on_a_really_full_disk(tmp_path):
    db = tmp_path / "store.db"
    with small_disk(tmp_path / "disk") as disk:
        source = write_csv(disk / "field.csv", [["Business unit", "Program", "Date", "Donations", "Note"],
                                                ["Cainiao", "Green logistics", "2018-03-01", "100", "ok"],
                                                *[["Cainiao", "Green logistics", "someday", "200", "x" * 500]] * 40])
        fill(disk, leave=4096)
        result = _cli("import", source, "--db", db, "--skip-invalid")
        assert result.returncode == 1
        assert result.stderr.splitlines() == ["error: Could not write field.errors.xlsx: the disk is full."]
        assert sorted(path.name for path in disk.iterdir()) == ["field.csv", "filler.bin"]
    assert not db.exists() or figures_in(db, "donations") == (0, Decimal(0))


# ---------------------------------------------------------------- killed while exporting

CHILD = """
import sys
from impact_desktop.services.exporting import export_entries
from impact_desktop.storage.database import open_store
store = open_store(sys.argv[1], create=False)
def progress(done, total, text):
    print("page", done, flush=True)
export_entries(store, sys.argv[2], progress=progress)
print("done", flush=True)
"""


def _many_entries(db: Path, count: int) -> None:
    store = open_store(db)
    try:
        unit = catalog.add_business_unit(store, "Unit")
        programs = [catalog.add_program(store, unit, f"Program {i}") for i in range(20)]
        trees = {m.key: m for m in catalog.list_metrics(store)}["trees_planted"]
        entries.add_entries(store, [
            build_entry(trees, program_id=programs[i % 20], value=i + 1,
                        period=f"{2000 + i // 336}-{i % 12 + 1:02d}-{i % 28 + 1:02d}", note=f"row {i}")
            for i in range(count)])
    finally:
        store.close()


def _export_child(db: Path, target: Path) -> subprocess.Popen:
    env = {**os.environ, "TMPDIR": str(target.parent)}  # openpyxl's spool files stay in the test's folder
    return subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(target)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)


def _write_window(db: Path, target: Path) -> float:
    """Seconds from the child's first page of entries to its end: the span the kills are spread over."""
    child = _export_child(db, target)
    assert child.stdout.readline().startswith("page")
    started = time.monotonic()
    assert child.wait(timeout=300) == 0
    return time.monotonic() - started


@pytest.mark.slow
@pytest.mark.parametrize(("suffix", "rounds", "seed"), [(".csv", 8, 20261202), (".xlsx", 5, 7)])
def test_a_kill_at_any_moment_leaves_the_old_file_or_the_complete_new_one(tmp_path, suffix, rounds, seed):
    db = tmp_path / "many.db"
    count = 30_000 if suffix == ".csv" else 8_000
    _many_entries(db, count)
    reference = tmp_path / "reference" / f"export{suffix}"
    reference.parent.mkdir()
    window = _write_window(db, reference)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"export{suffix}"
    target.write_bytes(YESTERDAY)
    rng = random.Random(seed)
    outcomes = []
    for _ in range(rounds):
        child = _export_child(db, target)
        assert child.stdout.readline().startswith("page")  # the export is under way
        delay = rng.uniform(0, window * 1.4)  # some after the end: the rename must be whole too
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        child.stdout.close()
        outcomes.append(_state(target, reference, count))
        print(f"killed {suffix} export after {delay:.2f} of {window:.2f} s: {outcomes[-1]}")
        if outcomes[-1] == "new":
            target.write_bytes(YESTERDAY)  # the next round starts from yesterday's file again
    assert set(outcomes) <= {"old", "new"}, outcomes
    assert "old" in outcomes, outcomes  # at least one kill landed while the file was being written
    _export_child(db, target).wait(timeout=300)  # a later export tidies up after the killed ones
    assert partials(folder) == []
    assert _state(target, reference, count) == "new"


def _state(target: Path, reference: Path, count: int) -> str:
    data = target.read_bytes()
    if data == YESTERDAY:
        return "old"
    if target.suffix == ".csv":
        return "new" if data == reference.read_bytes() else f"torn ({len(data)} bytes)"
    try:
        book = openpyxl.load_workbook(target, read_only=True)
        rows = sum(1 for _row in book["Entries"].iter_rows(values_only=True))
        book.close()
    except Exception as exc:  # noqa: BLE001 - any way of being unreadable is the failure reported
        return f"torn ({exc.__class__.__name__})"
    return "new" if rows == count + 1 else f"torn ({rows} rows)"

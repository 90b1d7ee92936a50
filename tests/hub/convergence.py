"""A randomised convergence run: three laptops and a hub, random operations, syncs in random order,
syncs killed mid-way (SIGKILL of a real child process), then a final round.

What must hold afterwards (:func:`check`): every laptop's summary, roll-ups and live figures equal
those of a fresh laptop that pulls the hub whole (the hub's truth); and every value a laptop sent
to the hub that was overwritten without its writer's successor having seen it is in Conflicts.
Used by tests/hub/test_convergence.py (one fixed seed) and bench/hub_convergence.py (more seeds).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import random
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from impact_desktop.core.errors import ImpactError
from impact_desktop.services.importing import undo_import
from impact_desktop.services.sync import sync
from impact_desktop.storage.database import Store, open_store
from impact_desktop.storage.tables import set_deleted, update_row
from tests.hub.helpers import add_hours, program, rebuilt_rollups, totals
from tests.import_helpers import import_file
from tests.unit.io_files import write_xlsx

ROOT = Path(__file__).resolve().parents[2]
UNITS = {"Cainiao": ["Green logistics", "Recycling"], "Amap": ["Clean air map"], "Ant Financial": ["Ant Forest"]}


@dataclass
class Run:
    seed: int
    laptops: list[Store]
    files: list[Path]
    rng: random.Random
    pushed: set[tuple[str, tuple]] = field(default_factory=set)  # (entry, value) that left a laptop
    seen_over: set[tuple[str, tuple]] = field(default_factory=set)  # (entry, value) replaced knowingly
    counts: dict[str, int] = field(default_factory=dict)


def _value(store: Store, entry: str) -> tuple | None:
    row = store.db.execute("SELECT value_e4, note, deleted_at IS NOT NULL FROM entries WHERE id = ?",
                           [entry]).fetchone()
    return tuple(row) if row else None


def _workbooks(folder: Path, rng: random.Random) -> list[Path]:
    files = []
    for index in range(3):
        rows = [["Business unit", "Program", "Date", "Volunteer hours"]]
        for _ in range(4):
            unit = rng.choice(sorted(UNITS))
            rows.append([unit, rng.choice(UNITS[unit]), dt.date(2017, rng.randint(4, 12), 1), rng.randint(1, 500)])
        files.append(write_xlsx(folder / f"field-{index}.xlsx", rows))
    return files


def _note_pending(run: Run, store: Store) -> None:
    """Remember the entry versions about to leave this laptop."""
    for (entry,) in store.db.execute("SELECT row_id FROM sync_outbox WHERE table_name = 'entries'").fetchall():
        value = _value(store, entry)
        if value is not None:
            run.pushed.add((entry, value))


def _sync_child(run: Run, store: Store, hub: str) -> None:
    """Sync in a child process, SIGKILLed right after its first chunk when it has any (else it just finishes).

    The child pauses after each chunk, so the kill lands mid-sync on a fast machine too (a kill after a random
    delay missed every sync on a quick CI runner).
    """
    _note_pending(run, store)
    argv = [sys.executable, "-m", "tests.hub.sync_child", str(store.path), hub, "20", "30"]
    child = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    with child:
        if child.stdout.readline().startswith("progress"):  # blocks until the first chunk or the end
            child.kill()
            run.counts["killed"] = run.counts.get("killed", 0) + 1
        child.wait(timeout=120)


def step(run: Run, hub: str, kills_left: list[int]) -> None:
    rng = run.rng
    store = rng.choice(run.laptops)
    live = [row[0] for row in store.db.execute("SELECT id FROM entries WHERE deleted_at IS NULL "
                                               "AND duplicate_of IS NULL")]
    roll = rng.random()
    if roll < 0.30 or not live:
        unit = rng.choice(sorted(UNITS))
        add_hours(store, rng.randint(1, 300), program(store, unit, rng.choice(UNITS[unit])),
                  when=(2017, rng.randint(4, 12)))
        kind = "add"
    elif roll < 0.52:
        entry = rng.choice(live)
        run.seen_over.add((entry, _value(store, entry)))
        update_row(store, "entries", entry, {"value_e4": rng.randint(1, 900) * 10_000,
                                             "note": f"edit {rng.randint(0, 10**6)}"})
        kind = "edit"
    elif roll < 0.60:
        entry = rng.choice(live)
        run.seen_over.add((entry, _value(store, entry)))
        set_deleted(store, "entries", [entry], True)
        kind = "delete"
    elif roll < 0.64:
        unit = rng.choice(sorted(UNITS))
        name = f"Program {rng.randint(1, 6)}"
        program(store, unit, name)
        kind = "catalogue"
    elif roll < 0.69:
        with contextlib.suppress(ImpactError):  # the same file again here: nothing new to import
            import_file(store, rng.choice(run.files))
        kind = "import"
    elif roll < 0.72:
        batches = [row[0] for row in store.db.execute("SELECT id FROM import_batches WHERE undone_at IS NULL")]
        if batches:
            batch = rng.choice(batches)
            for (entry,) in store.db.execute("SELECT id FROM entries WHERE import_batch_id = ? "
                                             "AND deleted_at IS NULL", [batch]).fetchall():
                run.seen_over.add((entry, _value(store, entry)))
            undo_import(store, batch)
        kind = "undo"
    elif kills_left[0] > 0 and roll < 0.75:
        kills_left[0] -= 1
        _sync_child(run, store, hub)
        kind = "killed sync"
    else:
        _note_pending(run, store)
        sync(store, hub)
        kind = "sync"
    run.counts[kind] = run.counts.get(kind, 0) + 1


def converge(run: Run, hub: str, rounds: int = 3) -> None:
    for _ in range(rounds):
        for store in run.laptops:
            _note_pending(run, store)
            sync(store, hub)


def check(run: Run, hub: str, folder: Path) -> dict:
    """Assert convergence; returns figures for the report."""
    reference = open_store(folder / "hub-view.db")
    try:
        sync(reference, hub)
        expected = totals(reference)
        for store in run.laptops:
            assert totals(store) == expected, f"seed {run.seed}: {store.path.name} differs from the hub"
            assert sorted(store.db.execute("SELECT * FROM monthly_totals")) == rebuilt_rollups(store)
            assert store.db.execute("SELECT count(*) FROM sync_outbox").fetchone() == (0,)
        final = {row[0]: (row[1], row[2], row[3]) for row in reference.db.execute(
            "SELECT id, value_e4, note, deleted_at IS NOT NULL FROM entries")}
        in_conflicts: set[tuple[str, tuple]] = set()
        for row_id, winner, loser in reference.db.execute(
                "SELECT row_id, winner_json, loser_json FROM sync_conflicts WHERE table_name = 'entries'"):
            for version in (json.loads(winner), json.loads(loser)):
                in_conflicts.add((row_id, (version["value_e4"], version["note"],
                                           int(version.get("deleted_at") is not None))))
        lost = [(entry, value) for entry, value in run.pushed
                if final.get(entry) != value and (entry, value) not in run.seen_over
                and (entry, value) not in in_conflicts and not _marked_duplicate(reference, entry)]
        assert not lost, f"seed {run.seed}: overwritten without a conflict: {lost[:5]}"
        conflicts = reference.db.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0]
        return {"seed": run.seed, **run.counts, "entries": len(final), "conflicts": conflicts}
    finally:
        reference.close()


def _marked_duplicate(store: Store, entry: str) -> bool:
    """A second import's figure: the hub marked it (kept, not summed), not a lost edit."""
    row = store.db.execute("SELECT duplicate_of FROM entries WHERE id = ?", [entry]).fetchone()
    return bool(row and row[0])


def run_convergence(seed: int, hub: str, folder: Path, operations: int = 300, kills: int = 3) -> dict:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    laptops = [open_store(folder / f"laptop{index}.db") for index in range(3)]
    run = Run(seed=seed, laptops=laptops, files=_workbooks(folder, rng), rng=rng)
    try:
        kills_left = [kills]
        for _ in range(operations):
            step(run, hub, kills_left)
        converge(run, hub)
        return check(run, hub, folder)
    finally:
        for store in laptops:
            store.close()

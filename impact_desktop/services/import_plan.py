"""What an import found before writing: the user's choices and the preview the planners fill in.

:func:`~impact_desktop.services.import_preview.preview_import` makes an
:class:`ImportPreview`, each planner (:mod:`.import_duplicates`, the rates, targets and
hierarchy planners) fills in its part, and
:func:`~impact_desktop.services.importing.commit_import` writes it. Kept apart from the
code that fills it so that the planners can name it without importing the preview.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from pathlib import Path

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.metrics import Metric
from impact_desktop.core.rates import Rate
from impact_desktop.services import import_mapping
from impact_desktop.services import import_resolution as resolution
from impact_desktop.services.duplicate_rows import DuplicateRows
from impact_desktop.services.import_catalog import CatalogSnapshot, SameAs, new_program_names, new_unit_names
from impact_desktop.services.import_names import NameRow
from impact_desktop.services.import_pending import PendingEntries
from impact_desktop.services.import_rows import Problem
from impact_desktop.services.import_targets import PlannedTarget


@dataclass
class ImportOptions:
    """What the user chose: sheet, preset, column overrides (header → field)."""

    sheet: str | None = None
    preset: str | None = None
    overrides: dict[str, str] = field(default_factory=dict)
    #: "This name of the file is that existing unit, program or channel" (recorded as alternative names).
    same: list[SameAs] = field(default_factory=list)
    #: Who reads the preview's reasons: "gui" (the wizard) says to choose a field in its column mapping
    #: table where the command line says ``--map "Header=FIELD"``.
    audience: str = "cli"


@dataclass
class ImportPreview:
    """Counts and details of a prospective import, plus the drafts to write."""

    path: Path
    sha256: str
    sheet: str
    sheets: list[str]
    header_row: int
    headers: list[str]
    mapping: list[str]
    layout: str
    engine: str
    preset_name: str | None
    batch_id: str
    rows_read: int = 0
    new_count: int = 0
    skipped_blank: int = 0
    #: (sheet, row, label) of every row skipped as a total, so the user can check none was data.
    total_rows: list[tuple[str, int, str]] = field(default_factory=list)
    skipped_empty: int = 0
    problems: list[Problem] = field(default_factory=list)
    #: Ids of entries removed by undoing their import that this file brings again (stored back under the id).
    revive: set[str] = field(default_factory=set)
    #: Problems with a whole column (values in a column nobody mapped): no row can be imported past them.
    column_problems: list[Problem] = field(default_factory=list)
    #: Things the user should know that do not stop the import (sheets not read, …).
    notes: list[str] = field(default_factory=list)
    invalid_rows: list[tuple[int, list, list[Problem]]] = field(default_factory=list)
    duplicates: DuplicateRows = field(default_factory=DuplicateRows)
    #: The figures to write (compact past the first 200,000: see :mod:`.import_pending`).
    pending: PendingEntries = field(default_factory=PendingEntries)
    snapshot: CatalogSnapshot | None = None
    new_metrics: list[Metric] = field(default_factory=list)
    #: Currency rates the file (or its ``<stem>.rates.csv``) brings that the store lacks.
    new_rates: list[Rate] = field(default_factory=list)
    rate_notes: list[str] = field(default_factory=list)
    rates_file: Path | None = None
    #: Targets the file (or its ``<stem>.targets.csv``) brings that the store lacks.
    new_targets: list[PlannedTarget] = field(default_factory=list)
    target_notes: list[str] = field(default_factory=list)
    targets_file: Path | None = None
    #: entry id → the row's "Updated" cell (first row with that id), for conflicts.
    file_updated: dict[str, object] = field(default_factory=dict)
    conflicts: list[resolution.Conflict] = field(default_factory=list)
    corrections: list[resolution.Correction] = field(default_factory=list)
    fiscal_start_month: int = 1
    #: What the preview was made with and against: a commit whose store is no longer in
    #: this state (another program or window wrote since) checks the file again under the lock.
    options: ImportOptions | None = None
    store_state: tuple[str, int] | None = None
    #: The file's alternative names (its "Names" sheet or ``.names.csv``), recorded on import.
    file_names: list[NameRow] = field(default_factory=list)
    #: Every figure read from a valid row, in file order (duplicates too; ``pending`` is a selection of it).
    read: PendingEntries | None = None
    #: Column of each figure of :attr:`read`, by position.
    figure_columns: array = field(default_factory=lambda: array("I"))
    #: The cell as written, by position, where it is not simply the number stored (320.5 in 万元, "1.2万").
    written: dict[int, object] = field(default_factory=dict)
    #: Sheet → its headers, for the figures' column names.
    sheet_headers: dict[str, list[str]] = field(default_factory=dict)
    #: Figures of invalid rows that were fine themselves, held back with their row: (draft, column, cell).
    held_back: list[tuple[EntryDraft, int, object]] = field(default_factory=list)
    #: Metric key → its alternative names (for a long layout's metric column).
    metric_alternatives: dict[str, list[str]] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def invalid_count(self) -> int:
        return len(self.invalid_rows)

    @property
    def duplicate_count(self) -> int:
        return len(self.duplicates)

    @property
    def skipped_total(self) -> int:
        """Rows skipped as totals (each is listed in :attr:`total_rows`)."""
        return len(self.total_rows)

    @property
    def skipped_count(self) -> int:
        return self.skipped_blank + self.skipped_total + self.skipped_empty

    @property
    def new_business_units(self) -> list[str]:
        return new_unit_names(self.snapshot)

    @property
    def new_programs(self) -> list[str]:
        return new_program_names(self.snapshot)

    @property
    def new_channels(self) -> list[str]:
        return sorted(name for _id, name in self.snapshot.new_channels.values()) if self.snapshot else []

    @property
    def conflict_count(self) -> int:
        return len(self.conflicts)

    @property
    def correction_count(self) -> int:
        return len(self.corrections)

    @property
    def has_no_figures(self) -> bool:
        """Nothing at all to record: no figure (new, duplicate, invalid, conflicting), rate, target or metric."""
        return not (self.new_count or self.duplicate_count or self.invalid_count or self.conflict_count
                    or self.correction_count or self.new_rates or self.new_targets or self.new_metrics
                    or self.column_problems)

    def left_out(self, corrections: str | None) -> int:
        """Figures the corrections choice leaves out (all of the corrections' with "skip")."""
        return sum(len(c.drafts) for c in self.corrections) if corrections == resolution.SKIP else 0

    def counts(self, corrections: str | None = None) -> dict[str, int]:
        """The batch's counts; ``corrections`` is the choice made for them (see import_resolution)."""
        return {"new": self.new_count - self.left_out(corrections), "duplicate": self.duplicate_count,
                "invalid": self.invalid_count, "skipped": self.skipped_count, "conflict": self.conflict_count,
                "correction": self.correction_count}

    def mapping_dict(self) -> dict[str, str]:
        return import_mapping.mapping_as_dict(self.headers, self.mapping)

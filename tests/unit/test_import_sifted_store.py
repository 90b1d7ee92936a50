"""An import into a store much larger than the file on its days: only the stored figures of the
file's programs and days are read, and duplicates, conflicts and corrections come out exactly
as when every stored figure on the file's days is read.

The conflict, correction and damaged-fingerprint tests run again here with the sifting forced
(a test store is never large enough to choose it by itself).
"""

from __future__ import annotations

import pytest

from impact_desktop.services import import_duplicates
from impact_desktop.services.import_preview import preview_import
from impact_desktop.storage import imports
from tests.import_helpers import import_file
from tests.unit.io_files import write_csv
from tests.unit.test_import_conflicts import (  # noqa: F401 (collected again under the fixture below)
    test_a_corrected_resend_must_be_decided_and_replace_undoes_exactly,
    test_add_and_skip_choices,
    test_newer_file_version_wins_in_place_and_undo_restores_the_stored_one,
    test_same_id_and_same_content_stays_a_plain_duplicate,
    test_two_stored_figures_and_two_file_rows_form_one_correction,
    test_what_is_not_a_correction,
)
from tests.unit.test_import_stored_without_fingerprint import (  # noqa: F401
    test_a_changed_figure_is_still_offered_as_a_correction,
    test_an_import_repeating_them_finds_every_duplicate,
)

HEADER = ["Business unit", "Program", "Date", "Donation Amount (CNY)", "Volunteer hours"]


@pytest.fixture(autouse=True)
def always_sifted(monkeypatch):
    """Sift whenever the store holds any figure on the file's days, and record that it did."""
    monkeypatch.setattr(imports, "SIFT_RATIO", -1)
    found = []
    real = imports.find_live_figures

    def recording(*args, **kwargs):
        figures = real(*args, **kwargs)
        found.append(figures)
        return figures

    monkeypatch.setattr(import_duplicates.batches, "find_live_figures", recording)
    yield
    if imports.SIFT_RATIO == -1:  # not a test below that sets it back
        assert not any(figures.any_stored and figures.sifted_by is None for figures in found)


def rows(programs: range, days: range, amount: int = 1000) -> list[list]:
    return [["Cainiao", f"Program {program}", f"2020-01-{day:02d}", f"{amount + day}.50", day]
            for program in programs for day in days]


def test_only_the_figures_the_file_could_repeat_or_correct_are_read(store, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "SIFT_RATIO", 2)  # as shipped
    import_file(store, write_csv(tmp_path / "all.csv", [HEADER, *rows(range(1, 11), range(1, 4))]))
    # Program 1's day 1 again (two duplicates), its day 2's donation changed (a correction; its hours a
    # duplicate), day 25 new: 6 figures on days that hold 40 stored ones.
    resent = [*rows(range(1, 2), range(1, 2)), ["Cainiao", "Program 1", "2020-01-02", "5.00", 2],
              *rows(range(1, 2), range(25, 26))]
    preview = preview_import(store, write_csv(tmp_path / "resent.csv", [HEADER, *resent]))
    figures = preview.duplicates.figures
    assert figures.sifted_by is not None and figures.any_stored
    assert len(figures.fingerprints) == 4  # program 1's figures of days 1 and 2, not the 40
    assert (preview.duplicate_count, preview.correction_count, preview.new_count) == (3, 1, 3)
    assert [c.stored_value for c in preview.corrections] == ["1,002.5 CNY"]


def test_a_store_no_larger_than_the_file_is_read_whole(store, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "SIFT_RATIO", 2)
    path = write_csv(tmp_path / "all.csv", [HEADER, *rows(range(1, 3), range(1, 11))])
    import_file(store, path)
    again = preview_import(store, path)
    assert again.duplicates.figures.sifted_by is None
    assert (again.duplicate_count, again.new_count) == (40, 0)


def test_a_month_and_a_day_ending_together_read_each_stored_figure_once(store, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "SIFT_RATIO", 2)
    header = ["Business unit", "Program", "Period", "Donation Amount (CNY)"]
    months = [["Cainiao", f"Program {program}", "2020-01", "1000"] for program in range(1, 21)]
    import_file(store, write_csv(tmp_path / "months.csv", [header, *months]))
    resent = [["Cainiao", "Program 1", "2020-01", "1200"], ["Cainiao", "Program 1", "2020-01-31", "5"]]
    preview = preview_import(store, write_csv(tmp_path / "resent.csv", [header, *resent]))
    assert preview.duplicates.figures.sifted_by is not None
    assert preview.correction_count == 1
    assert [(c.stored_value, len(c.stored_ids)) for c in preview.corrections] == [("1,000 CNY", 1)]

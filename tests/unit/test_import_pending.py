"""Pending figures read back in slices equal the figures appended, hot or packed, selected or not."""

from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import month
from impact_desktop.services.import_pending import PendingEntries

SLICES = [slice(0, 5), slice(2, 4), slice(3, 9), slice(5, 12), slice(0, 12), slice(7, 100), slice(4, 2),
          slice(None, None, 2), slice(1, 11, 3), slice(None, None, -1), slice(-4, None), slice(0, 0)]


def pairs(count: int) -> list[tuple[str | None, EntryDraft]]:
    return [(f"id-{n}" if n % 3 == 0 else None,
             EntryDraft(f"program-{n % 4}", "trees_planted", Decimal(n * 7) / 4, month(2018, n % 12 + 1),
                        note=f"note {n % 2}", source_row=n + 2))
            for n in range(count)]


@pytest.mark.parametrize("hot_limit", [0, 5, 100])  # all packed, some of each, all hot
def test_slices_equal_the_figures_appended(hot_limit):
    figures = pairs(12)
    pending = PendingEntries(hot_limit)
    for pair in figures:
        pending.append(pair)
    for chosen in SLICES:
        assert pending[chosen] == figures[chosen], chosen
    kept = [1, 2, 4, 6, 7, 10, 11]
    selected = pending.select(kept)
    for chosen in SLICES:
        assert selected[chosen] == [figures[position] for position in kept][chosen], chosen


def fresh(draft: EntryDraft) -> EntryDraft:
    """The same figure made anew: its value_e4 and fingerprint worked out, not taken from a cache."""
    return EntryDraft(**{name: getattr(draft, name) for name in EntryDraft.__dataclass_fields__})


@pytest.mark.parametrize("hot_limit", [0, 5, 100])
def test_rebuilt_drafts_and_fingerprint_keys_hold_the_figures_own_fingerprints(hot_limit):
    """A packed draft comes back with its stored integer and fingerprint kept, not hashed again:
    they must be the figure's own, including a value too long for 64 bits."""
    figures = [*pairs(12), (None, EntryDraft("program-9", "trees_planted", Decimal("1.50000000000000000000000"),
                                             month(2019, 1), source_row=99))]
    pending = PendingEntries(hot_limit)
    for pair in figures:
        pending.append(pair)
    for (_id, draft), (_same, original) in zip(pending, figures, strict=True):
        made = fresh(original)
        assert (draft.value_e4, draft.fingerprint) == (made.value_e4, made.fingerprint)
    keys = list(pending.fingerprint_keys())
    assert keys == [(position, entry_id, int(fresh(draft).fingerprint, 16))
                    for position, (entry_id, draft) in enumerate(figures)]
    kept = [0, 3, 7, 12]
    assert list(pending.select(kept).fingerprint_keys()) == [keys[position] for position in kept]

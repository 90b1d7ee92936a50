"""The randomised convergence test with a fixed seed (more seeds: bench/hub_convergence.py)."""

from __future__ import annotations

import pytest

from tests.hub.convergence import run_convergence

CI_SEED = 20181


@pytest.mark.slow
def test_three_laptops_converge_on_the_hub_after_random_operations_and_killed_syncs(hub, tmp_path):
    figures = run_convergence(CI_SEED, hub, tmp_path / "run", operations=300, kills=3)
    assert figures["killed"] >= 1  # at least one sync really died mid-way
    assert figures["sync"] >= 10 and figures["edit"] >= 30 and figures["import"] >= 5
    assert figures["conflicts"] >= 1

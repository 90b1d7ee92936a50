"""A name-clash merge (``sync_merge.merge_into``) leaves the pause of change capture as it found it."""

from __future__ import annotations

import pytest

from impact_desktop.storage import catalog
from impact_desktop.storage.sync_merge import merge_into


def test_a_survivor_that_fails_to_be_written_leaves_the_pause_rows_once(store):
    loser = catalog.add_business_unit(store, "Cainiao")
    with store.transaction():
        store.conn.execute("INSERT INTO sync_applying (reason) VALUES ('pull')")

        def write_survivor():
            assert list(store.conn.execute("SELECT reason FROM sync_applying")) == [("pull",)]  # paused meanwhile
            raise RuntimeError("the hub's row does not fit")

        with pytest.raises(RuntimeError):
            merge_into(store, "business_units", loser, "0" * 32, write_survivor)
        assert list(store.conn.execute("SELECT reason FROM sync_applying")) == [("pull",)]

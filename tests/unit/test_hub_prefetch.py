"""Pulled chunks are read ahead on a thread of their own (storage/hub_pull.prefetched)."""

from __future__ import annotations

import threading

import pytest

from impact_desktop.storage.hub_pull import prefetched


def test_every_chunk_arrives_in_order_and_is_read_ahead_on_another_thread():
    readers = []

    def chunks():
        for index in range(50):
            readers.append(threading.current_thread())
            yield index

    assert list(prefetched(chunks(), depth=2)) == list(range(50))
    assert readers and all(thread is not threading.current_thread() for thread in readers)


def test_an_error_while_reading_is_raised_where_its_chunk_would_have_come():
    def chunks():
        yield 1
        yield 2
        raise RuntimeError("hub gone")

    seen = []
    with pytest.raises(RuntimeError, match="hub gone"):
        for chunk in prefetched(chunks()):
            seen.append(chunk)
    assert seen == [1, 2]


def test_closing_early_stops_the_reader_and_closes_what_it_read_from():
    closed = threading.Event()
    read = []

    def chunks():
        try:
            for index in range(1000):
                read.append(index)
                yield index
        finally:
            closed.set()

    ahead = prefetched(chunks(), depth=2)
    assert next(ahead) == 0
    ahead.close()  # returns only once the reader thread has ended
    assert closed.is_set()
    assert len(read) <= 4  # read ahead by the depth, not to the end
    assert not [thread for thread in threading.enumerate() if thread.name == "hub-pull-reader"]

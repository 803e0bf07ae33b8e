"""The collector is off during an export and as it was afterwards, failure or not."""

from __future__ import annotations

import gc

import pytest

from ecplanner.exchange.collector import collector_paused


def test_paused_inside_and_back_on_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(OSError), collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: still off when the inner one ends
            pass
        assert not gc.isenabled()
        raise OSError("disk full")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

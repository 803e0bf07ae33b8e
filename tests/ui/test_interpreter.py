"""The window's thread gets the interpreter back from a worker within half a millisecond."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from ecplanner.ui.interpreter import SWITCH_S, share_with_workers


@pytest.fixture
def _switch_restored() -> Iterator[None]:
    was = sys.getswitchinterval()
    yield
    sys.setswitchinterval(was)


@pytest.mark.usefixtures("_switch_restored")
def test_workers_switch_within_half_a_millisecond() -> None:
    sys.setswitchinterval(0.005)  # the interpreter's default
    share_with_workers()
    assert sys.getswitchinterval() == pytest.approx(SWITCH_S) and SWITCH_S <= 0.0005


def test_the_application_applies_it() -> None:
    import inspect

    from ecplanner import app

    # The window is made in ``_show_window``; the policy comes with the QApplication.
    assert "share_with_workers()" in inspect.getsource(app._show_window)

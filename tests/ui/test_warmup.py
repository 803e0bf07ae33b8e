"""Heavy libraries load in a background thread after start-up."""

from __future__ import annotations

import sys
import threading

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.ui import warmup


def test_modules_load_in_a_background_thread(qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warmup, "MODULES", ("colorsys", "no_such_module_here"))
    monkeypatch.setattr(warmup, "DELAY_MS", 0)
    sys.modules.pop("colorsys", None)
    warmup.warm_up_later()
    qtbot.waitUntil(lambda: "colorsys" in sys.modules, timeout=5_000)
    qtbot.waitUntil(lambda: not any(t.name == "ecplanner-warm-up"
                                    for t in threading.enumerate()), timeout=5_000)

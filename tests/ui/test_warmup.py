"""What start-up leaves out loads in a background thread after it."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from ecplanner.ui import warmup


class _Window(QObject):
    idle = Signal()


def test_modules_load_in_background_threads(qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    loaded_by: dict[str, str] = {}
    real_import = warmup.importlib.import_module

    def watched(name: str) -> object:
        loaded_by[name] = threading.current_thread().name
        return real_import(name)

    monkeypatch.setattr(warmup.importlib, "import_module", watched)
    monkeypatch.setattr(warmup, "SOON", ("colorsys",))
    monkeypatch.setattr(warmup, "LATER", ("no_such_module_here", "netrc"))
    monkeypatch.setattr(warmup, "LATER_MS", 10)
    sys.modules.pop("colorsys", None)
    sys.modules.pop("netrc", None)
    window = _Window()
    warmup.warm_up_later(window.idle)
    qtbot.waitUntil(lambda: "netrc" in sys.modules, timeout=5_000)
    qtbot.wait(50)
    assert "colorsys" not in sys.modules  # not before the window is idle
    window.idle.emit()
    window.idle.emit()  # once only
    qtbot.waitUntil(lambda: "colorsys" in sys.modules, timeout=5_000)
    qtbot.waitUntil(lambda: not any(t.name == warmup.THREAD_NAME
                                    for t in threading.enumerate()), timeout=5_000)
    assert list(loaded_by) == ["no_such_module_here", "netrc", "colorsys"]  # a failure
    assert set(loaded_by.values()) == {warmup.THREAD_NAME}  # stops nothing after it

"""An uncaught exception is logged and shown, and the application keeps running."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ecplanner.ui.crash import install_excepthook


def test_uncaught_exception_shows_dialog_with_log_path(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_file = tmp_path / "ecplanner.log"
    install_excepthook(log_file)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown and "boom in a slot" in shown[0] and str(log_file) in shown[0]

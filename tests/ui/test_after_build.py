"""Work that can wait for the window to build its tabs waits for it, and only then."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ecplanner.ui.common.after_build import after_build


class _Window(QWidget):
    tabs_built = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.building_tabs = True


def test_a_job_waits_until_the_tabs_are_built_and_runs_once(qtbot: QtBot) -> None:
    window = _Window()
    qtbot.addWidget(window)
    child = QWidget(window)
    ran: list[str] = []
    after_build(child, lambda: ran.append("glance"))
    assert ran == []  # the window is still building
    window.building_tabs = False
    window.tabs_built.emit()
    window.tabs_built.emit()  # a later plan's build does not run it again
    assert ran == ["glance"]


def test_without_a_build_under_way_a_job_runs_at_once(qtbot: QtBot) -> None:
    window = _Window()
    qtbot.addWidget(window)
    window.building_tabs = False
    ran: list[str] = []
    after_build(QWidget(window), lambda: ran.append("glance"))
    assert ran == ["glance"]
    alone = QWidget()  # no main window at all (a tab tested on its own)
    qtbot.addWidget(alone)
    after_build(alone, lambda: ran.append("alone"))
    assert ran == ["glance", "alone"]

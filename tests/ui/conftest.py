"""UI fixtures: a real plan file on disk and the document over it; widgets freed by Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ecplanner import plans
from ecplanner.domain.model import PlanInfo
from ecplanner.ui.document import PlanDocument


@pytest.fixture(autouse=True, scope="session")
def _one_application(qapp: Any) -> Any:
    """The QApplication, made before any test runs: a command that draws (``export --png``,
    ``report --pdf``) makes a bare QGuiApplication when none exists, which no widget test
    could then use."""
    return qapp


@pytest.fixture
def document(plan_path: Path) -> Iterator[PlanDocument]:
    store = plans.create_plan(plan_path, PlanInfo("测试旗舰店", 2027, platforms=("tmall",)))
    doc = PlanDocument(store)
    yield doc
    doc.close()


@pytest.fixture
def demo_document(plan_path: Path) -> Iterator[PlanDocument]:
    from ecplanner.domain import demo

    store = plans.create_plan(plan_path, demo.demo_info(2027), with_demo=True)
    doc = PlanDocument(store)
    yield doc
    doc.close()


@pytest.fixture(autouse=True)
def _widgets_freed_by_qt(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Widgets a test gives to ``qtbot.addWidget`` live until the test is torn down and are
    then deleted by Qt, each with its children, as the app's closed tabs are.

    qtbot holds them weakly. A widget tree in a reference cycle was then freed by Python's
    cyclic collector in no particular order, in whichever later test it happened to run:
    a pyqtgraph view left without its layout item crashed the run when next resized.
    """
    kept: list[QWidget] = []
    add = QtBot.addWidget

    def add_and_keep(bot: QtBot, widget: QWidget, **kwargs: Any) -> None:
        kept.append(widget)
        add(bot, widget, **kwargs)

    monkeypatch.setattr(QtBot, "addWidget", add_and_keep)
    yield
    for widget in kept:  # pytest-qt has closed them by now
        if shiboken6.isValid(widget):
            shiboken6.delete(widget)


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every text drawn by a QPainter while the test runs."""
    texts: list[str] = []
    original = QPainter.drawText

    def record(painter: QPainter, *args: Any) -> Any:
        texts.extend(a for a in args if isinstance(a, str))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    yield texts

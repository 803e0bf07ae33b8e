"""A day's name in the band (春节) ends before the registration-deadline diamonds drawn at
the band's right end, on screen and in the picture."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from ecplanner.ui.calendar import commands, painting
from ecplanner.ui.calendar import items as it
from ecplanner.ui.calendar.painting import BarLook
from ecplanner.ui.calendar.view import CalendarTab


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[QRectF, str]]]:
    """Every text a QPainter draws in a rectangle, with the rectangle (painter coordinates)."""
    texts: list[tuple[QRectF, str]] = []
    original = QPainter.drawText

    def record(painter: QPainter, *args: Any) -> Any:
        if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[2], str):
            texts.append((painter.transform().mapRect(args[0]), args[2]))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    yield texts


def test_day_names_keep_clear_of_deadline_diamonds(tab: CalendarTab,
                                                   drawn: list[tuple[QRectF, str]]) -> None:
    tab.resize(1100, 700)
    tab.apply_view()
    diamonds = [i.sceneBoundingRect() for i in tab.scene.items()
                if isinstance(i, it.DeadlineItem) and i.isVisible()]
    assert diamonds
    cells = next(i for i in tab.scene.items() if isinstance(i, it.CellsItem))
    area = cells.boundingRect()
    image = QImage(int(area.width()), int(area.height()), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    tab.scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    scale = image.width() / area.width()
    overlaps = [(text, d) for rect, text in drawn for d in diamonds
                if text and QRectF(rect.left() / scale + area.left(),
                                   rect.top() / scale + area.top(), rect.width() / scale,
                                   rect.height() / scale).intersects(d)]
    assert overlaps == []


def test_a_moved_deadline_repaints_its_bands_not_every_bar(
        tab: CalendarTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # The room the diamonds keep changed with the deadline: repainting the whole grid for
    # it painted every bar in sight again (~30 ms of a drag on 2,000 events with deadlines).
    tab.scene.settle()
    qtbot.wait(100)  # painted
    sight = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
    in_sight = [i for i in tab.scene.items(sight) if isinstance(i, it.BarItem) and i.isVisible()]
    dated = next(e for e in tab.scene.events() if e.registration_deadline is not None
                 and tab.scene.grid.cell_for(e.registration_deadline) is not None
                 and any(i.uuid == e.uuid for i in in_sight))
    painted: list[BarLook] = []
    paint_bar = painting.paint_bar

    def counted(painter: QPainter, size: Any, look: BarLook) -> None:
        painted.append(look)
        paint_bar(painter, size, look)

    monkeypatch.setattr(painting, "paint_bar", counted)
    commands.move_event(tab.document, dated, 1)
    qtbot.wait(100)
    assert painted  # the moved bar
    assert len(painted) < len(in_sight) / 2, (len(painted), len(in_sight))

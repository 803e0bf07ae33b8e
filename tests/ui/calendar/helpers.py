"""Finding things on the calendar and driving the mouse over its viewport."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from ecplanner.domain.model import Event
from ecplanner.ui.calendar.view import CalendarTab

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def event_titled(tab: CalendarTab, title: str) -> Event:
    found = [e for e in tab.document.store.events() if e.title == title]
    assert len(found) == 1, f"{len(found)} events titled {title!r}"
    return found[0]


def bar_point(tab: CalendarTab, uuid: str, where: str = "body") -> QPoint:
    """A viewport point on the event's first bar: its body, or 2 px inside an edge."""
    item = tab.scene.bar_items(uuid)[0]
    rect = item.sceneBoundingRect()
    rect.setWidth(item.boundingRect().width() - item.look.spill)
    # The body's point is mid-column of the day under the bar's middle: the middle of a bar
    # of an even number of days is a column's edge, a pixel from the day before.
    col = tab.scene.placement.metrics.col_width
    body = (math.floor(rect.center().x() / col) + 0.5) * col
    x = {"body": body, "left": rect.left() + 2, "right": rect.right() - 2}[where]
    return tab.view.mapFromScene(QPointF(x, rect.center().y()))


def day_point(tab: CalendarTab, day: date, *, lane_y: float | None = None) -> QPoint:
    """The viewport point in the middle of ``day``'s column at the y of ``lane_y`` (scene),
    or at the bottom of its cell."""
    cell = tab.scene.grid.cell_for(day)
    assert cell is not None
    x, top, w, h = tab.scene.placement.cell_rect(*cell)
    y = lane_y if lane_y is not None else top + h - 4
    return tab.view.mapFromScene(QPointF(x + w / 2, y))


def drag(tab: CalendarTab, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press at ``start``, move in steps to ``end`` with the button held, release."""
    viewport = tab.view.viewport()
    QTest.mousePress(viewport, LEFT, NONE, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * i / steps)
    QTest.mouseRelease(viewport, LEFT, NONE, end)

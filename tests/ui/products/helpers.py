"""Mouse and timeline helpers for the Products tab's tests."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ecplanner.ui.products.timeline_items import BAR_TOP
from ecplanner.ui.products.view import ProductsTab


def send_mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint,
               buttons: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    """A mouse event straight to ``widget`` (moves carry the held button, as a real drag)."""
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 5) -> None:
    send_mouse(widget, QEvent.Type.MouseButtonPress, start)
    for i in range(1, steps + 1):
        send_mouse(widget, QEvent.Type.MouseMove, start + (end - start) * (i / steps))
    send_mouse(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def marker_at(tab: ProductsTab, uuid: str, day: date) -> str:
    """The tooltip of ``uuid``'s timeline row at ``day``: names the marker drawn there."""
    item = tab.timeline.timeline.item_for(uuid)
    assert item is not None
    g = tab.timeline.timeline.geometry
    return item.tooltip_at(QPointF(g.x(day) + g.day_width / 2, BAR_TOP + 7))


def settle(qtbot: QtBot, tab: ProductsTab) -> None:
    """Wait until the tab's warnings are worked out and its timeline is filled."""
    qtbot.waitUntil(lambda: not tab.busy, timeout=5000)

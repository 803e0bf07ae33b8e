"""The launch timeline's view: the scene (``TimelineScene``) with a date axis above
(``AxisStrip``) and product names at the left (``RowGutter``); zooms with Ctrl+wheel and
reports selection in product uuids.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from ecplanner.domain.products.timeline import (
    MAX_DAY_WIDTH,
    MIN_DAY_WIDTH,
    AxisUnit,
    ticks,
    unit_for,
)
from ecplanner.ui.products.timeline_items import ROW_HEIGHT
from ecplanner.ui.products.timeline_margins import AXIS_HEIGHT, GUTTER_WIDTH, AxisStrip, RowGutter
from ecplanner.ui.products.timeline_scene import TimelineScene


class TimelineView(QGraphicsView):
    selection_changed = Signal(list)
    """The products selected on the timeline changed; the argument is their uuids."""
    zoom_changed = Signal(float)
    """The day width (pixels per day) changed."""

    def __init__(self, parent: QWidget | None = None, draggable: bool = True) -> None:
        super().__init__(parent)
        self.timeline = TimelineScene(self, draggable)
        self.setScene(self.timeline)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportMargins(GUTTER_WIDTH, AXIS_HEIGHT, 0, 0)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.axis = AxisStrip(self, self.timeline)
        self.gutter = RowGutter(self, self.timeline)
        self.corner = QWidget(self)
        self.corner.setStyleSheet("background: #F4F6F9;")
        self._selecting = False
        self.timeline.selectionChanged.connect(self._on_scene_selection)
        self.gutter.clicked.connect(self._on_gutter_clicked)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._on_scrolled)

    # -- selection -------------------------------------------------------------------
    def selected_uuids(self) -> list[str]:
        return self.timeline.selected_uuids()

    def select_products(self, uuids: Iterable[str], reveal: bool = True) -> None:
        """Select these products (without reporting it back); ``reveal`` brings the first
        into view."""
        wanted = list(uuids)
        self._selecting = True
        try:
            self.timeline.clearSelection()
            for uuid in wanted:
                item = self.timeline.item_for(uuid)
                if item is not None:
                    item.setSelected(True)
        finally:
            self._selecting = False
        if wanted and reveal:
            self.bring_into_view(wanted[0])
        self.gutter.update()

    def bring_into_view(self, uuid: str) -> None:
        item = self.timeline.item_for(uuid)
        if item is None:
            return
        top = item.y()
        height = self.viewport().height()
        vbar = self.verticalScrollBar()
        if top < vbar.value() or top + ROW_HEIGHT > vbar.value() + height:
            vbar.setValue(int(top - height / 3))
        rect = item.bar_rect() or item.boundingRect()
        hbar = self.horizontalScrollBar()
        if rect.left() < hbar.value() or rect.left() > hbar.value() + self.viewport().width() - 40:
            hbar.setValue(int(rect.left() - 80))

    def _on_scene_selection(self) -> None:
        self.gutter.update()
        if not self._selecting:
            self.selection_changed.emit(self.selected_uuids())

    def _on_gutter_clicked(self, uuid: str, extend: bool) -> None:
        item = self.timeline.item_for(uuid)
        if item is None:
            return
        if extend:
            item.setSelected(not item.isSelected())
        else:
            self.timeline.clearSelection()
            item.setSelected(True)

    # -- zoom and scroll ---------------------------------------------------------------
    @property
    def day_width(self) -> float:
        return self.timeline.geometry.day_width

    def set_day_width(self, width: float, anchor: float | None = None) -> None:
        """Zoom to ``width`` pixels per day, keeping the day at viewport x ``anchor``
        (default: the centre) in place."""
        width = min(max(width, MIN_DAY_WIDTH), MAX_DAY_WIDTH)
        old = self.day_width
        if width == old:
            return
        at = self.viewport().width() / 2 if anchor is None else anchor
        scene_x = self.horizontalScrollBar().value() + at
        self.timeline.set_day_width(width)
        self.horizontalScrollBar().setValue(int(scene_x * width / old - at))
        self.axis.update()
        self.zoom_changed.emit(width)

    def zoom(self, factor: float, anchor: float | None = None) -> None:
        self.set_day_width(self.day_width * factor, anchor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(1.25 ** steps, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def _on_scrolled(self) -> None:
        self.axis.update()
        self.gutter.update()

    # -- painting --------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        port = self.viewport().geometry()
        self.axis.setGeometry(port.left(), port.top() - AXIS_HEIGHT, port.width(), AXIS_HEIGHT)
        self.gutter.setGeometry(port.left() - GUTTER_WIDTH, port.top(), GUTTER_WIDTH,
                                port.height())
        self.corner.setGeometry(port.left() - GUTTER_WIDTH, port.top() - AXIS_HEIGHT,
                                GUTTER_WIDTH, AXIS_HEIGHT)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)
        painter.fillRect(rect, QColor("white"))
        g = self.timeline.geometry
        first = max(g.day_at(rect.left()), g.first)
        last = min(g.day_at(rect.right()), g.last)
        if last < first:
            return
        unit = unit_for(g.day_width)
        if unit is AxisUnit.DAY:
            weekend = QColor("#F6F7F9")
            day = first
            while day <= last:
                if day.weekday() >= 5:
                    painter.fillRect(QRectF(g.x(day), rect.top(), g.day_width, rect.height()),
                                     weekend)
                day += timedelta(days=1)
        minor, major = QPen(QColor("#EEF0F4"), 0), QPen(QColor("#D3D8E0"), 0)
        for day in ticks(first, last, unit):
            painter.setPen(major if day.day == 1 else minor)
            x = g.x(day)
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        if unit is not AxisUnit.MONTH:
            painter.setPen(major)
            for day in ticks(first, last, AxisUnit.MONTH):
                x = g.x(day)
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        self.timeline.shading.paint(painter, rect)

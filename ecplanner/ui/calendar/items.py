"""The scene's items. Each draws through ``painting``/``frame`` and holds only what it shows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ecplanner.domain.calendar.days import DayInfo
from ecplanner.domain.calendar.layout import DragMode, Segment
from ecplanner.domain.calendar.placement import Placement
from ecplanner.ui.calendar import frame, painting
from ecplanner.ui.calendar import style as st
from ecplanner.ui.calendar.looks import DEADLINE_SIZE
from ecplanner.ui.calendar.painting import BarLook

Z_CELLS, Z_RANGE, Z_BARS, Z_DEADLINES, Z_PREVIEW, Z_TIP = 0, 2, 5, 6, 10, 11
Z_LABELS, Z_HEADER, Z_CORNER = 19, 20, 21
EDGE_GRIP = 7.0


class CellsItem(QGraphicsItem):
    """The day cells of the whole grid; paints only the rows the view exposes."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_CELLS)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._placement: Placement | None = None
        self._infos: dict[date, DayInfo] = {}
        self._today: date | None = None
        self._font_px = 10
        self._reserved: dict[date, float] = {}

    def set_reserved(self, reserved: dict[date, float]) -> None:
        """Room kept free at the right of days' bands, for their deadline diamonds. Only
        the bands of the days whose room changed are painted again: the whole grid was
        every bar in sight painted again after a move of an event with a deadline
        (~30 ms of a drag's turn on a plan of 2,000 such events)."""
        old, self._reserved = self._reserved, reserved
        p = self._placement
        for day in {d for d in old.keys() | reserved.keys() if old.get(d) != reserved.get(d)}:
            cell = p.grid.cell_for(day) if p else None
            if p and cell:
                x, top, width, _height = p.cell_rect(*cell)
                self.update(QRectF(x, top, width, p.metrics.row_header))

    def set_content(self, placement: Placement, infos: dict[date, DayInfo],
                    today: date | None, font_px: int) -> None:
        self.prepareGeometryChange()
        self._placement, self._infos, self._today = placement, infos, today
        self._font_px = font_px
        self.update()

    def boundingRect(self) -> QRectF:
        p = self._placement
        return QRectF(0, 0, p.width, p.height) if p else QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._placement is not None:
            painting.paint_cells(painter, self._placement, self._infos, self._today,
                                 self._font_px, option.exposedRect, self._reserved)


class HeaderItem(QGraphicsItem):
    """Day numbers or weekday names above the columns; kept at the top of the view."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_HEADER)
        self._placement: Placement | None = None
        self._rect = QRectF()

    def set_content(self, placement: Placement, label_width: float, height: float) -> None:
        self.prepareGeometryChange()
        self._placement = placement
        self._rect = QRectF(-label_width, -height, label_width + placement.width, height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._placement is not None:
            frame.paint_header(painter, self._placement, self._rect, "")


class LabelsItem(QGraphicsItem):
    """Month or week labels at the left of the rows; kept at the left of the view."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_LABELS)
        self._placement: Placement | None = None
        self._rect = QRectF()

    def set_content(self, placement: Placement, label_width: float) -> None:
        self.prepareGeometryChange()
        self._placement = placement
        self._rect = QRectF(-label_width, 0, label_width, placement.height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._placement is not None:
            frame.paint_row_labels(painter, self._placement, self._rect)


class CornerItem(QGraphicsItem):
    """The year, above the row labels and left of the header; kept in the corner."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_CORNER)
        self._rect = QRectF()
        self.text = ""

    def set_content(self, label_width: float, height: float, text: str) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(-label_width, -height, label_width, height)
        self.text = text
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.fillRect(self._rect, st.HEADER_FILL)
        painter.setFont(st.ui_font(12, bold=True))
        painter.setPen(st.INK)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


class BarItem(QGraphicsItem):
    """One row's part of an event's bar. ``uuid`` and ``row`` say which."""

    def __init__(self, uuid: str, row: int) -> None:
        super().__init__()
        self.uuid, self.row = uuid, row
        self.setZValue(Z_BARS)
        self.setAcceptHoverEvents(True)
        # Painted once into a pixmap, blitted after: the year of 20,000 events has ~300
        # bars in sight, and painting them again each time the tab showed took ~80 ms.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._size = QRectF()
        self._bounds = QRectF()  # asked for by Qt at every paint and look-up: kept
        self.look = BarLook("", "#000000")
        self.segment = Segment(row, 0, 0, date.min, date.min, False, False)
        self.shown: object = None  # the event value last drawn, and where
        self.state: object = None

    def set_geometry(self, x: float, y: float, width: float, height: float) -> None:
        if self._size.width() != width or self._size.height() != height:
            self.prepareGeometryChange()
            self._size = QRectF(0, 0, width, height)
            self._bounds = self._size.adjusted(0, 0, self.look.spill, 0)
        if self.pos() != QPointF(x, y):
            self.setPos(x, y)

    def set_look(self, look: BarLook) -> None:
        if look != self.look:
            if look.spill != self.look.spill:
                self.prepareGeometryChange()
                self._bounds = self._size.adjusted(0, 0, look.spill, 0)
            self.look = look
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._size)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painting.paint_bar(painter, self._size, self.look)

    def grip_at(self, local_x: float) -> DragMode:
        """What pressing at ``local_x`` drags: an edge (where the event ends here) or all."""
        grip = min(EDGE_GRIP, self._size.width() / 4)
        if local_x <= grip and not self.look.open_start and not self.look.list_entry:
            return DragMode.RESIZE_START
        if (local_x >= self._size.width() - grip and not self.look.open_end
                and not self.look.list_entry):
            return DragMode.RESIZE_END
        return DragMode.MOVE

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        mode = self.grip_at(event.pos().x())
        self.setCursor(Qt.CursorShape.OpenHandCursor if mode is DragMode.MOVE
                       else Qt.CursorShape.SizeHorCursor)


class DeadlineItem(QGraphicsItem):
    """An event's registration deadline: a diamond in its day's band."""

    SIZE = DEADLINE_SIZE

    def __init__(self, uuid: str) -> None:
        super().__init__()
        self.uuid = uuid
        self.color = "#000000"
        self.setZValue(Z_DEADLINES)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # as the bars
        self._bounds = QRectF(0, 0, self.SIZE, self.SIZE)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painting.paint_deadline(painter, self.boundingRect(), self.color)


class RangeItem(QGraphicsItem):
    """Highlighted day cells: a drag-select in progress, or where a template would land."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_RANGE)
        self._rects: list[QRectF] = []
        self._bounds = QRectF()

    def set_rects(self, rects: list[QRectF]) -> None:
        self.prepareGeometryChange()
        self._rects = rects
        bounds = QRectF()
        for rect in rects:
            bounds = bounds.united(rect)
        self._bounds = bounds.adjusted(-2, -2, 2, 2)
        self.setVisible(bool(rects))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painting.paint_range(painter, self._rects)


class TipItem(QGraphicsItem):
    """A small label following a drag: the dates the bar would get."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_TIP)
        self._text = ""
        self._rect = QRectF()

    def set_text(self, text: str) -> None:
        self.prepareGeometryChange()
        self._text = text
        metrics = QFontMetricsF(st.ui_font(12))
        self._rect = QRectF(0, 0, metrics.horizontalAdvance(text) + 14, metrics.height() + 6)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
        painter.setBrush(QColor(33, 37, 41, 230))
        painter.drawRoundedRect(self._rect, 5, 5)
        painter.setPen(st.PAPER)
        painter.setFont(st.ui_font(12))
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)

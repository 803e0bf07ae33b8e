"""The timeline's scene items: one ``BarItem`` per product, and the day ↔ pixel mapping.

A bar holds the product it last read. While it is dragged it shows a preview of the new
dates (its milestones follow the launch) and writes nothing; on release it reports the new
dates once through its ``on_drop`` handler and drops the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ecplanner.domain.calendar.layout import DragMode, days_from_offset
from ecplanner.domain.model import Product, ProductStatus
from ecplanner.domain.products.rules import DELIST, LAUNCH, SeasonOffsets
from ecplanner.domain.products.timeline import (
    PRICE_CHANGE,
    bar_days,
    dragged_dates,
    markers,
    product_extent,
)
from ecplanner.ui.products import texts
from ecplanner.ui.products.timeline_style import MARK, SELECTED_COLOR, PaintKit, paint_kit

ROW_HEIGHT = 24.0
GROUP_HEIGHT = 22.0
BAR_TOP = 5.0
BAR_HEIGHT = 14.0
_HANDLE = 6.0  # px at each end of a bar that resize it
_DRAG_LABEL = 190.0  # room right of a dragged bar for its dates

@dataclass
class Geometry:
    """Days to scene x: ``first`` is at x = 0, each day ``day_width`` pixels wide."""

    first: date
    last: date
    day_width: float

    def x(self, day: date) -> float:
        return (day - self.first).days * self.day_width

    def day_at(self, x: float) -> date:
        return self.first + timedelta(days=int(x // self.day_width))

    @property
    def width(self) -> float:
        return ((self.last - self.first).days + 1) * self.day_width


DropHandler = Callable[[str, date | None, date | None], None]
"""Receives a dropped bar: product uuid, new launch, new delist."""
Describe = Callable[[str], list[str]]
"""A product's warnings, one sentence each, by the product's uuid."""


@dataclass
class _Drag:
    mode: DragMode
    press_x: float


class BarItem(QGraphicsItem):
    """A product's row content: lead-up line, milestone markers and the launch–delist bar."""

    def __init__(self, product: Product, geometry: Geometry, warned: bool,
                 on_drop: DropHandler | None, describe: Describe,
                 points: list[tuple[str, date]] | None = None,
                 season_defaults: SeasonOffsets | None = None) -> None:
        """``warned``: whether the product has warnings, which ``describe`` writes out for
        the tooltip; ``points`` are the product's ``markers`` when the caller has them
        already; ``season_defaults`` are the plan's milestone offsets per season."""
        super().__init__()
        self._on_drop = on_drop
        self._describe = describe
        self.product = product
        self.warned = warned
        self._geometry = geometry
        self._defaults = season_defaults
        self._drag: _Drag | None = None
        self.preview: tuple[date | None, date | None] | None = None
        self._bounds = QRectF()
        self._points = markers(product, season_defaults) if points is None else points
        self._label: tuple[float, str] = (-1.0, "")  # (width, the name elided to it)
        self.extent = product_extent(product, self._points)
        """The days the product's row draws on (without a drag preview)."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.relayout()

    # -- contents --------------------------------------------------------------------
    @property
    def warnings(self) -> list[str]:
        """The product's warnings, one sentence each."""
        return self._describe(self.product.uuid) if self.warned else []

    def set_product(self, product: Product, warned: bool) -> None:
        same = product is self.product or product == self.product
        self.set_warned(warned)
        if same:
            self.product = product  # the same values: the next update skips it by identity
            return
        self.product = product
        self._label = (-1.0, "")
        self._recompute()
        self.extent = product_extent(product, None if self.preview else self._points)

    def set_warned(self, warned: bool) -> None:
        if warned != self.warned:
            self.warned = warned
            self.update()

    def set_season_defaults(self, season_defaults: SeasonOffsets | None) -> None:
        """Place the milestones by the plan's new season offsets."""
        self._defaults = season_defaults
        self._recompute()
        self.extent = product_extent(
            self.product, None if self.preview else self._points)

    def _recompute(self) -> None:
        """Markers for the dates shown, then the pixel extent."""
        self._points = markers(self._shown(), self._defaults)
        self.relayout()

    def relayout(self) -> None:
        """Recompute the pixel extent (after a change of dates, day width or span)."""
        self.prepareGeometryChange()
        g = self._geometry
        xs = [g.x(day) for _, day in self._points]
        rect = self.bar_rect()
        if rect is not None:
            xs += [rect.left(), rect.right()]
        if not xs:
            self._bounds = QRectF()
            return
        right = max(xs) + (_DRAG_LABEL if self.preview is not None else 0.0)
        self._bounds = QRectF(min(xs) - 2 * MARK, 0.0, right - min(xs) + 4 * MARK, ROW_HEIGHT)
        self.update()

    def shown_dates(self) -> tuple[date | None, date | None]:
        """The dates drawn: the drag preview's while dragging, else the product's."""
        return self.preview if self.preview is not None else (self.product.launch,
                                                               self.product.delist)

    def _shown(self) -> Product:
        if self.preview is None:
            return self.product
        return replace(self.product, launch=self.preview[0], delist=self.preview[1])

    def bar_rect(self) -> QRectF | None:
        """The bar in item coordinates, or None without a launch date."""
        days = bar_days(self._shown(), self._geometry.last)
        if days is None:
            return None
        g = self._geometry
        x0, x1 = g.x(days[0]), g.x(days[1]) + g.day_width
        return QRectF(x0, BAR_TOP, x1 - x0, BAR_HEIGHT)

    # -- painting --------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        kit = paint_kit()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        g = self._geometry
        rect = self.bar_rect()
        mid = BAR_TOP + BAR_HEIGHT / 2
        half_day = g.day_width / 2
        lead = [day for name, day in self._points if name != PRICE_CHANGE]
        if lead:
            end = rect.left() if rect is not None else g.x(lead[-1])
            painter.setPen(kit.lead_pen)
            painter.drawLine(QPointF(g.x(lead[0]) + half_day, mid), QPointF(end, mid))
        # Milestones under the bar, the price change (usually while on sale) on top of it.
        for on_top in (False, True):
            if on_top and rect is not None:
                self._paint_bar(painter, rect, kit)
            for name, day in self._points:
                if (name == PRICE_CHANGE) is on_top:
                    pen, brush, shape = kit.markers[name]
                    painter.setPen(pen)
                    painter.setBrush(brush)
                    painter.drawConvexPolygon(shape.translated(g.x(day) + half_day, mid))

    def _paint_bar(self, painter: QPainter, rect: QRectF, kit: PaintKit) -> None:
        pen, brush = kit.bar(self.product.role, self.product.status is ProductStatus.DELISTED,
                             self.isSelected(), self.warned)
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawRoundedRect(rect, 3.0, 3.0)
        painter.setFont(kit.font)
        if self.preview is not None:  # the new dates, inside the bar if they fit
            label = self._drag_label()
            inside = rect.width() >= kit.metrics.horizontalAdvance(label) + 10
            painter.setPen(kit.label_pen if inside else SELECTED_COLOR)
            painter.drawText(QPointF(rect.left() + 5 if inside else rect.right() + 6,
                                     rect.bottom() - 3), label)
            return
        if self.product.delist is None:
            painter.setPen(kit.chevron_pen)  # an open end: no delist date yet
            x, y = rect.right() - 6, rect.center().y()
            painter.drawPolyline([QPointF(x - 3, y - 4), QPointF(x, y), QPointF(x - 3, y + 4)])
        text_rect = rect.adjusted(5, 0, -5, 0)
        if text_rect.width() < 24:
            return
        if self._label[0] != text_rect.width():
            text = f"{self.product.code} {self.product.name}"
            self._label = (text_rect.width(), kit.metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.setPen(kit.label_pen)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self._label[1])

    def _drag_label(self) -> str:
        launch, delist = self.shown_dates()
        start = texts.day_text(launch)
        if delist is None or launch is None:
            return f"{start} →"
        return f"{start} → {texts.day_text(delist)}  ({texts.days((delist - launch).days + 1)})"

    # -- hover: cursor and tooltip ---------------------------------------------------
    def zone(self, pos: QPointF) -> DragMode | None:
        """What a press at ``pos`` (item coordinates) would drag, or None (always, without
        a drop handler: a read-only plan)."""
        rect = self.bar_rect()
        if rect is None or self._on_drop is None or not rect.adjusted(-2, -3, 2, 3).contains(pos):
            return None
        handle = min(_HANDLE, rect.width() / 3)
        if pos.x() <= rect.left() + handle:
            return DragMode.RESIZE_START
        if pos.x() >= rect.right() - handle:
            return DragMode.RESIZE_END
        return DragMode.MOVE

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        mode = self.zone(event.pos())
        cursor = (Qt.CursorShape.SizeHorCursor if mode in (DragMode.RESIZE_START,
                                                           DragMode.RESIZE_END)
                  else Qt.CursorShape.OpenHandCursor if mode is DragMode.MOVE
                  else Qt.CursorShape.ArrowCursor)
        self.setCursor(cursor)
        self.setToolTip(self.tooltip_at(event.pos()))

    def tooltip_at(self, pos: QPointF) -> str:
        g = self._geometry
        for name, day in self._points:
            if abs(g.x(day) + g.day_width / 2 - pos.x()) <= MARK + 1:
                return f"{texts.marker_name(name)}: {texts.long_day_text(day)}"
        product = self.product
        lines = [f"{product.code} {product.name}"]
        for point, when in ((LAUNCH, product.launch), (DELIST, product.delist)):
            if when is not None:
                lines.append(f"{texts.marker_name(point)}: {texts.long_day_text(when)}")
        lines += [f"⚠ {text}" for text in self.warnings]
        return "\n".join(lines)

    # -- dragging --------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        mode = self.zone(event.pos())
        if event.button() == Qt.MouseButton.LeftButton and mode is not None:
            self._drag = _Drag(mode, event.scenePos().x())
            if mode is DragMode.MOVE:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is None:
            return
        delta = days_from_offset(event.scenePos().x() - self._drag.press_x,
                                 self._geometry.day_width)
        moved = dragged_dates(self.product, self._drag.mode, delta, self._geometry.last)
        preview = None if moved == (self.product.launch, self.product.delist) else moved
        if preview != self.preview:
            self.preview = preview
            self._recompute()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, dropped = self._drag, self.preview
        self._drag = None
        super().mouseReleaseEvent(event)
        if drag is None or dropped is None or self._on_drop is None:
            return
        # The document writes, and this item is handed its new product, before this returns.
        self._on_drop(self.product.uuid, dropped[0], dropped[1])
        self.preview = None
        self._recompute()

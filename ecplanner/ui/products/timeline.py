"""The launch timeline: products grouped by season and wave, against the calendar's events.

``TimelineScene`` holds one ``BarItem`` per product, reused across updates, plus the group
bands, the events' shaded bands and the today line. ``TimelineView`` shows it with a date
axis above (``AxisStrip``) and product names at the left (``RowGutter``), zooms with
Ctrl+wheel, and reports selection in product uuids.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from ecplanner.domain.model import Event, EventKind, Product
from ecplanner.domain.product_timeline import (
    DAY_WIDTHS,
    MAX_DAY_WIDTH,
    MIN_DAY_WIDTH,
    AxisUnit,
    TimelineRow,
    markers,
    product_extent,
    ticks,
    timeline_rows,
    timeline_span,
    unit_for,
)
from ecplanner.domain.products import SeasonOffsets
from ecplanner.ui.products import texts
from ecplanner.ui.products.timeline_items import GROUP_HEIGHT, ROW_HEIGHT, BarItem, Geometry
from ecplanner.ui.products.timeline_margins import AXIS_HEIGHT, GUTTER_WIDTH, AxisStrip, RowGutter

GROUP_FILL = QColor("#E9EDF3")
TODAY_COLOR = QColor("#D93025")
_BAND_Z, _GROUP_Z, _TODAY_Z = -10.0, -20.0, -5.0
_NO_WARNINGS: list[str] = []  # shared, never changed: lets an unchanged row be skipped by identity


class TimelineScene(QGraphicsScene):
    bar_dragged = Signal(str, object, object)
    """A bar was dropped: the product's uuid, its new launch and delist (date or None)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.geometry = Geometry(date(2000, 1, 1), date(2000, 12, 31),
                                 DAY_WIDTHS[AxisUnit.MONTH])
        self.rows: list[TimelineRow] = []
        self.tops: list[float] = [0.0]
        self.events: list[Event] = []
        self.today = date.today()
        self._defaults: SeasonOffsets | None = None
        self._items: dict[str, BarItem] = {}
        self._groups: list[QGraphicsRectItem] = []
        self._bands: list[QGraphicsRectItem] = []
        self._today_line = QGraphicsLineItem()
        self._today_line.setPen(QPen(TODAY_COLOR, 1.5, Qt.PenStyle.DashLine))
        self._today_line.setZValue(_TODAY_Z)
        self.addItem(self._today_line)

    def item_for(self, uuid: str) -> BarItem | None:
        return self._items.get(uuid)

    def row_top(self, uuid: str) -> float | None:
        item = self._items.get(uuid)
        return None if item is None else item.y()

    def set_content(self, products: Sequence[Product], events: Sequence[Event],
                    warnings: Mapping[str, list[str]], year: int, today: date,
                    season_defaults: SeasonOffsets | None = None) -> None:
        """Show ``products`` (already filtered) with their milestones placed by the plan's
        ``season_defaults``; only what differs is redone."""
        wanted = {p.uuid for p in products}
        removed = [uuid for uuid in self._items if uuid not in wanted]
        for uuid in removed:
            self.removeItem(self._items.pop(uuid))
        if season_defaults != self._defaults:
            self._defaults = season_defaults
            for bar in self._items.values():
                bar.set_season_defaults(season_defaults)
        new = {p.uuid: markers(p, season_defaults) for p in products
               if p.uuid not in self._items}
        rows_changed = bool(removed or new)
        for product in products:
            item = self._items.get(product.uuid)
            found = warnings.get(product.uuid, _NO_WARNINGS)
            if item is None or (item.product is product and item.warnings is found):
                continue
            old = item.product
            rows_changed = rows_changed or (old.season, old.wave, old.code) != (
                product.season, product.wave, product.code)
            item.set_product(product, found)
        extents = [item.extent for item in self._items.values()]
        extents += [product_extent(p, new[p.uuid]) for p in products if p.uuid in new]
        extents.append((today, today))  # so the today line shows what is due next
        g = self.geometry
        span = timeline_span(extents, events, year)
        span_changed = span != (g.first, g.last)
        if span_changed:
            g.first, g.last = span
            for item in self._items.values():
                item.relayout()
        for product in products:
            if product.uuid in new:
                item = BarItem(product, g, warnings.get(product.uuid, _NO_WARNINGS),
                               self._on_drop, new[product.uuid], season_defaults)
                self.addItem(item)
                self._items[product.uuid] = item
        if rows_changed:
            self._place_rows(timeline_rows(products))
        if rows_changed or span_changed or list(events) != self.events:
            self.events = list(events)
            self._place_bands()
            self._place_groups()
        self.today = today
        self._place_today()
        self.setSceneRect(QRectF(0, 0, g.width, self.tops[-1]))

    def set_day_width(self, width: float) -> None:
        self.geometry.day_width = width
        for item in self._items.values():
            item.relayout()
        self._place_bands()
        self._place_groups()
        self._place_today()
        self.setSceneRect(QRectF(0, 0, self.geometry.width, self.tops[-1]))

    def row_at(self, y: float) -> TimelineRow | None:
        if not self.rows or y < 0 or y >= self.tops[-1]:
            return None
        return self.rows[bisect.bisect_right(self.tops, y) - 1]

    def _on_drop(self, uuid: str, launch: date | None, delist: date | None) -> None:
        self.bar_dragged.emit(uuid, launch, delist)

    def _place_rows(self, rows: list[TimelineRow]) -> None:
        self.rows = rows
        tops = [0.0]
        for row in rows:
            tops.append(tops[-1] + (GROUP_HEIGHT if row.is_group else ROW_HEIGHT))
            if not row.is_group:
                self._items[row.uuid].setPos(0.0, tops[-2])
        self.tops = tops

    def _place_groups(self) -> None:
        for band in self._groups:
            self.removeItem(band)
        self._groups = []
        for row, top in zip(self.rows, self.tops, strict=False):
            if row.is_group:
                band = self._rect(QRectF(0, top, self.geometry.width, GROUP_HEIGHT), GROUP_FILL)
                band.setZValue(_GROUP_Z)
                self._groups.append(band)

    def _place_bands(self) -> None:
        for band in self._bands:
            self.removeItem(band)
        self._bands = []
        g = self.geometry
        height = max(self.tops[-1], ROW_HEIGHT)
        for event in self.events:
            if event.end < g.first or event.start > g.last:
                continue
            x0, x1 = g.x(event.start), g.x(event.end + timedelta(days=1))
            color = QColor(event.color)
            color.setAlpha(52 if event.kind is EventKind.MAJOR_SALE else 30)
            band = self._rect(QRectF(x0, 0, x1 - x0, height), color)
            band.setZValue(_BAND_Z)
            band.setToolTip(f"{event.title}\n{texts.long_day_text(event.start)} – "
                            f"{texts.long_day_text(event.end)}")
            self._bands.append(band)

    def _place_today(self) -> None:
        g = self.geometry
        visible = g.first <= self.today <= g.last
        self._today_line.setVisible(visible)
        if visible:
            x = g.x(self.today) + g.day_width / 2
            self._today_line.setLine(x, 0, x, max(self.tops[-1], ROW_HEIGHT))

    def _rect(self, rect: QRectF, color: QColor) -> QGraphicsRectItem:
        item = QGraphicsRectItem(rect)
        item.setBrush(QBrush(color))
        item.setPen(QPen(Qt.PenStyle.NoPen))
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(item)
        return item


class TimelineView(QGraphicsView):
    selection_changed = Signal(list)
    """The products selected on the timeline changed; the argument is their uuids."""
    zoom_changed = Signal(float)
    """The day width (pixels per day) changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = TimelineScene(self)
        self.setScene(self.timeline)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportMargins(GUTTER_WIDTH, AXIS_HEIGHT, 0, 0)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.axis = AxisStrip(self)
        self.gutter = RowGutter(self)
        self.corner = QWidget(self)
        self.corner.setStyleSheet("background: #F4F6F9;")
        self._selecting = False
        self.timeline.selectionChanged.connect(self._on_scene_selection)
        self.gutter.clicked.connect(self._on_gutter_clicked)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._on_scrolled)

    # -- selection -------------------------------------------------------------------
    def selected_uuids(self) -> list[str]:
        return [item.product.uuid for item in self.timeline.selectedItems()
                if isinstance(item, BarItem)]

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

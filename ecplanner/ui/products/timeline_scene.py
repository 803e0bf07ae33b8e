"""The launch timeline's scene: products grouped by season and wave, against the events.

``TimelineScene`` holds one ``BarItem`` per product, reused across updates, plus the group
bands, the events' shading (``EventBands``) and the today line. ``fill`` does an update in
steps, so that the first fill of thousands of bars can be spread over several turns of the
event loop; ``set_content`` does it at once.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Container, Iterator, Sequence
from datetime import date

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QToolTip,
)

from ecplanner.domain.model import Event, Product, Season
from ecplanner.domain.products.label_lanes import by_importance
from ecplanner.domain.products.rules import SeasonOffsets
from ecplanner.domain.products.timeline import (
    DAY_WIDTHS,
    AxisUnit,
    TimelineRow,
    events_extent,
    markers,
    product_extent,
    timeline_rows,
    timeline_span,
)
from ecplanner.ui.products.timeline_bands import Blend, Run, Shading
from ecplanner.ui.products.timeline_items import (
    GROUP_HEIGHT,
    ROW_HEIGHT,
    BarItem,
    Describe,
    DropHandler,
    Geometry,
)

TODAY_COLOR = QColor("#D93025")
_TODAY_Z = -5.0
_STEP = 40  # new bars between two steps of a fill: ~2 ms
_LOOK_STEP = 2_000  # bars looked over between two steps: ~2 ms
_BLEND_STEP = 2_000  # events' shading blended between two steps: ~5 ms
_REINDEX_ABOVE = 100  # new bars in one fill past which the scene's index is sized again


def _no_texts(uuid: str) -> list[str]:
    return []


def _row_key(product: Product) -> tuple[Season, str, str]:
    """What a product's row is placed by."""
    return product.season, product.wave, product.code


class TimelineScene(QGraphicsScene):
    bar_dragged = Signal(str, object, object)
    """A bar was dropped: the product's uuid, its new launch and delist (date or None)."""

    def __init__(self, parent: QObject | None = None, draggable: bool = True) -> None:
        """``draggable``: whether bars can be dragged to new dates (not on a read-only
        plan)."""
        super().__init__(parent)
        self.geometry = Geometry(date(2000, 1, 1), date(2000, 12, 31),
                                 DAY_WIDTHS[AxisUnit.MONTH])
        self.rows: list[TimelineRow] = []
        self.tops: list[float] = [0.0]
        self.events: list[Event] = []
        self.ranked_events: list[Event] = []
        """``events`` most important first (``by_importance``): the axis names them in
        this order."""
        self._events_days: tuple[date, date] | None = None  # ``events_extent`` of those
        self.today = date.today()
        self._defaults: SeasonOffsets | None = None
        self._warned: Container[str] = frozenset()
        self._describe: Describe = _no_texts
        self._items: dict[str, BarItem] = {}
        # Made once and shared by every bar: a bound method is a new object at each lookup.
        self._drop_handler: DropHandler | None = self._on_drop if draggable else None
        self._texts_handler: Describe = self._texts_of
        self._rows_stale = False  # a bar's row key changed or a bar went since rows were placed
        self.shading = Shading(self.geometry)
        """The group rows' bands and the events' days, which the view paints as its
        background (under every item)."""
        self._today_line = QGraphicsLineItem()
        self._today_line.setPen(QPen(TODAY_COLOR, 1.5, Qt.PenStyle.DashLine))
        self._today_line.setZValue(_TODAY_Z)
        self.addItem(self._today_line)

    def item_for(self, uuid: str) -> BarItem | None:
        return self._items.get(uuid)

    def selected_uuids(self) -> list[str]:
        """The products whose bars are selected."""
        return [item.product.uuid for item in self.selectedItems() if isinstance(item, BarItem)]

    def row_top(self, uuid: str) -> float | None:
        item = self._items.get(uuid)
        return None if item is None else item.y()

    def set_content(self, products: Sequence[Product], events: Sequence[Event],
                    warnings: Container[str], year: int, today: date,
                    season_defaults: SeasonOffsets | None = None) -> None:
        """Show ``products`` (already filtered) with their milestones placed by the plan's
        ``season_defaults``; ``warnings`` holds the uuids of the products with warnings.
        Only what differs is redone."""
        for _ in self.fill(products, events, warnings, year, today, season_defaults):
            pass

    def fill(self, products: Sequence[Product], events: Sequence[Event],
             warnings: Container[str], year: int, today: date,
             season_defaults: SeasonOffsets | None = None) -> Iterator[None]:
        """``set_content`` in steps: yields after every few bars looked over or made, and
        between the rows worked out and each piece of the events' shading. Rows, events
        and the span are placed in one step, after the new products' markers are worked
        out, and the new bars then appear in their rows. A fill left unfinished may be dropped for
        a new one, never resumed after it."""
        self._warned = warnings
        wanted = {p.uuid for p in products}
        removed = [uuid for uuid in self._items if uuid not in wanted]
        for uuid in removed:
            self.removeItem(self._items.pop(uuid))
        self._rows_stale = self._rows_stale or bool(removed)
        if season_defaults != self._defaults:
            self._defaults = season_defaults
            for bar in self._items.values():
                bar.set_season_defaults(season_defaults)
        new: list[Product] = []
        for count, product in enumerate(products, start=1):
            if count % _LOOK_STEP == 0:
                yield
            item = self._items.get(product.uuid)
            if item is None:
                new.append(product)
                continue
            warned = product.uuid in warnings
            if item.product is product and item.warned == warned:
                continue
            self._rows_stale = self._rows_stale or _row_key(item.product) != _row_key(product)
            item.set_product(product, warned)
        points: dict[str, list[tuple[str, date]]] = {}
        extents: list[tuple[date, date] | None] = []
        for count, product in enumerate(new, start=1):
            points[product.uuid] = markers(product, season_defaults)
            extents.append(product_extent(product, points[product.uuid]))
            if count % _STEP == 0:
                yield
        rows = timeline_rows(products) if self._rows_stale or new else None
        yield  # each of these takes ~20–50 ms on a large plan
        runs: list[Run] | None = None
        ranked = self.ranked_events
        if list(events) != self.events:
            blend = Blend(events)
            for first in range(0, len(events), _BLEND_STEP):
                blend.add(events[first:first + _BLEND_STEP])
                yield
            runs = blend.runs()
            # Here, not in the axis's next paint: 15–25 ms for 20,000 events.
            ranked = by_importance(events)
            yield
        self._place(extents, rows, events, runs, year, today)
        self.ranked_events = ranked
        tops = {row.uuid: top for row, top in zip(self.rows, self.tops, strict=False)}
        # Top row first: the bars come in where the view starts.
        for count, product in enumerate(sorted(new, key=lambda p: tops[p.uuid]), start=1):
            item = BarItem(product, self.geometry, product.uuid in self._warned,
                           self._drop_handler, self._texts_handler, points[product.uuid],
                           season_defaults)
            item.setPos(0.0, tops[product.uuid])
            self.addItem(item)
            self._items[product.uuid] = item
            if count % _STEP == 0:
                yield
        if len(new) > _REINDEX_ABOVE:
            # Qt sizes its index for the items there are at its first use and keeps that
            # size: grown since by thousands of bars, it would make every repaint ask
            # hundreds of bars their bounds. Let it size the index again.
            self.setBspTreeDepth(0)

    def _place(self, extents: list[tuple[date, date] | None], rows: list[TimelineRow] | None,
               events: Sequence[Event], runs: list[Run] | None, year: int, today: date
               ) -> None:
        """The span (``extents`` of the products without a bar yet, the others' from their
        bars), the ``rows`` (None: as they are) and the ``events`` (``runs``: their shading,
        None when they are those shown)."""
        extents = [*(item.extent for item in self._items.values()), *extents]
        extents.append((today, today))  # so the today line shows what is due next
        if runs is not None:  # the events' days, found again only when they change
            self._events_days = events_extent(events)
        extents.append(self._events_days)
        g = self.geometry
        span = timeline_span(extents, (), year)
        span_changed = span != (g.first, g.last)
        if span_changed:
            g.first, g.last = span
            for item in self._items.values():
                item.relayout()
        if rows is not None:
            self._place_rows(rows)
            self._rows_stale = False
        if rows is not None or span_changed:
            self.shading.set_rows(self._group_tops(), max(self.tops[-1], ROW_HEIGHT))
            self.shading.relayout()
            self.update()
        if runs is not None:
            self.events = list(events)
            dirty = self.shading.set_events(self.events, runs)
            if dirty is not None:
                self.update(dirty)
        self.today = today
        self._place_today()
        self.setSceneRect(QRectF(0, 0, g.width, self.tops[-1]))

    def set_warnings(self, warnings: Container[str], describe: Describe,
                     changed: Collection[str] | None = None) -> None:
        """Mark the bars of the products in ``warnings``; ``describe`` writes a product's
        warnings for its tooltip. Only the bars of the products ``changed`` are looked at
        (all when None)."""
        self._warned, self._describe = warnings, describe
        for uuid in self._items if changed is None else changed:
            item = self._items.get(uuid)
            if item is not None:
                item.set_warned(uuid in warnings)

    def set_day_width(self, width: float) -> None:
        self.geometry.day_width = width
        for item in self._items.values():
            item.relayout()
        self.shading.relayout()
        self.update()
        self._place_today()
        self.setSceneRect(QRectF(0, 0, self.geometry.width, self.tops[-1]))

    def row_at(self, y: float) -> TimelineRow | None:
        if not self.rows or y < 0 or y >= self.tops[-1]:
            return None
        return self.rows[bisect.bisect_right(self.tops, y) - 1]

    def _texts_of(self, uuid: str) -> list[str]:
        return self._describe(uuid)

    def _on_drop(self, uuid: str, launch: date | None, delist: date | None) -> None:
        self.bar_dragged.emit(uuid, launch, delist)

    def _place_rows(self, rows: list[TimelineRow]) -> None:
        """Rows and their tops; the bars already made move to theirs."""
        self.rows = rows
        tops = [0.0]
        for row in rows:
            tops.append(tops[-1] + (GROUP_HEIGHT if row.is_group else ROW_HEIGHT))
            item = None if row.is_group else self._items.get(row.uuid)
            if item is not None:
                item.setPos(0.0, tops[-2])
        self.tops = tops

    def _group_tops(self) -> list[float]:
        return [top for row, top in zip(self.rows, self.tops, strict=False) if row.is_group]

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """A bar's tooltip where there is one, else the event shaded under the mouse."""
        at = event.scenePos()
        over_bar = any(isinstance(item, BarItem) for item in self.items(at))
        text = "" if over_bar or not 0 <= at.y() < self.tops[-1] else (
            self.shading.tooltip_at(at.x()))
        if not text:
            super().helpEvent(event)
            return
        QToolTip.showText(event.screenPos(), text, event.widget())
        event.accept()

    def _place_today(self) -> None:
        g = self.geometry
        visible = g.first <= self.today <= g.last
        self._today_line.setVisible(visible)
        if visible:
            x = g.x(self.today) + g.day_width / 2
            self._today_line.setLine(x, 0, x, max(self.tops[-1], ROW_HEIGHT))

"""The timeline's fixed margins: the date axis with event titles above, names at the left.

Both sit in the margins of ``view``, a QGraphicsView of ``scene``, and paint only what the
view shows, from the scene's geometry and rows; the view repaints them when it scrolls or
zooms.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGraphicsView, QWidget

from ecplanner.domain.model import Event
from ecplanner.domain.products.label_lanes import (
    MIN_CHIP,
    PlacedTitle,
    TitleLanes,
    TitleSpan,
)
from ecplanner.domain.products.timeline import (
    AxisUnit,
    month_starts,
    ticks,
    unit_for,
    year_starts,
)
from ecplanner.ui.common import labels
from ecplanner.ui.common.dates import to_qdate
from ecplanner.ui.products.timeline_scene import TimelineScene
from ecplanner.ui.products.timeline_style import WARNING_COLOR

GUTTER_WIDTH = 210
LINE = 18.0  # height of one line of the axis
EVENT_LANES = 3
AXIS_HEIGHT = int(2 * LINE + EVENT_LANES * LINE + 6)
_BACKGROUND = QColor("#F4F6F9")
_TEXT = QColor("#2D3748")
_MUTED = QColor("#718096")
_SELECTED = QColor("#D6E4FA")


def _is_light(color: QColor) -> bool:
    """Whether dark text reads better than white on ``color`` (by its luminance)."""
    return 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF() > 0.6


class AxisStrip(QWidget):
    """Months or years, then days, weeks or months, then the events' titles."""

    def __init__(self, view: QGraphicsView, scene: TimelineScene) -> None:
        super().__init__(view)
        self._view = view
        self._scene = scene
        # The titles last placed: for the scene's events, at (first and last day, day
        # width, scroll, width, font).
        self._placed: tuple[Sequence[Event], tuple[date, date, float, float, int, str],
                            list[PlacedTitle]] | None = None

    def _tr_month(self, day: date) -> str:
        name = QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
        return self.tr("%1 %2", "month name, year").replace("%1", name).replace(
            "%2", str(day.year))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), _BACKGROUND)
        scene = self._scene
        g = scene.geometry
        first, last, left = self._shown()
        font = self._label_font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        unit = unit_for(g.day_width)
        if first <= last:
            self._paint_scale(painter, metrics, unit, first, last, left)
            self._paint_events(painter)
            if first <= scene.today <= last:
                x = g.x(scene.today) + g.day_width / 2 - left
                painter.setPen(QPen(QColor("#D93025"), 2.0))
                painter.drawLine(QPointF(x, self.height() - 6), QPointF(x, self.height()))
        painter.setPen(QPen(QColor("#CBD2DC"), 1.0))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def _paint_scale(self, painter: QPainter, metrics: QFontMetricsF, unit: AxisUnit,
                     first: date, last: date, left: float) -> None:
        g = self._scene.geometry
        by_year = unit is AxisUnit.MONTH
        tops = year_starts(first, last) if by_year else month_starts(first, last)
        # The period the left edge is in is labelled at the edge until the next one nears.
        starts = [first, *[day for day in tops if day > first]]
        for i, day in enumerate(starts):
            x = max(g.x(day) - left, 0.0) + 4
            text = str(day.year) if by_year else self._tr_month(day)
            following = g.x(starts[i + 1]) - left if i + 1 < len(starts) else self.width()
            if x + metrics.horizontalAdvance(text) < following or i + 1 == len(starts):
                painter.setPen(_TEXT)
                painter.drawText(QPointF(x, LINE - 5), text)
        painter.setPen(QPen(QColor("#CBD2DC"), 1.0))
        for day in tops:
            x = g.x(day) - left
            painter.drawLine(QPointF(x, 0), QPointF(x, 2 * LINE))
        painter.setPen(_MUTED)
        for day in ticks(first, last, unit):
            x = g.x(day) - left
            text = (str(day.day) if unit is AxisUnit.DAY
                    else QLocale().toString(to_qdate(day), "M/d") if unit is AxisUnit.WEEK
                    else QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat))
            width = metrics.horizontalAdvance(text)
            if unit is AxisUnit.DAY:
                painter.drawText(QPointF(x + (g.day_width - width) / 2, 2 * LINE - 5), text)
            elif width + 4 < g.day_width * (7 if unit is AxisUnit.WEEK else 28):
                painter.drawText(QPointF(x + 3, 2 * LINE - 5), text)

    def _shown(self) -> tuple[date, date, float]:
        """The first and last day in view, and the scroll offset in pixels."""
        g = self._scene.geometry
        left = float(self._view.horizontalScrollBar().value())
        return max(g.day_at(left), g.first), min(g.day_at(left + self.width()), g.last), left

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        return font

    def titles(self) -> list[PlacedTitle]:
        """The event titles in view, in their lanes (x from the strip's left edge). Worked
        out again only when the events, the zoom, the scroll or the width change: a large
        plan's strip repaints as the timeline fills."""
        g, events = self._scene.geometry, self._scene.events
        first, last, left = self._shown()
        key = (g.first, g.last, g.day_width, left, self.width(), self.font().key())
        if self._placed is not None and self._placed[0] is events and self._placed[1] == key:
            return self._placed[2]
        metrics = QFontMetricsF(self._label_font())
        lanes = TitleLanes(EVENT_LANES, self.width())
        for event in self._scene.ranked_events:
            if event.end < first or event.start > last:
                continue
            x0 = max(g.x(event.start) - left, 0.0)
            chip_end = x0 + max(g.x(event.end) + g.day_width - left - x0, MIN_CHIP)
            if not lanes.has_room(x0, chip_end):
                continue
            text_width = metrics.horizontalAdvance(event.title)
            inside = chip_end - x0 >= text_width + 10
            lanes.add(TitleSpan(event, x0, chip_end,
                                chip_end if inside else chip_end + 4 + text_width))
            if lanes.full:
                break
        self._placed = (events, key, lanes.placed)
        return lanes.placed

    def _paint_events(self, painter: QPainter) -> None:
        for title in self.titles():
            span = title.span
            chip = span.chip_end - span.x0
            top = 2 * LINE + 2 + title.lane * LINE
            color = QColor(span.event.color)
            painter.fillRect(QRectF(span.x0, top + 3, chip, LINE - 6), color)
            if not title.with_text:
                continue
            inside = span.text_end == span.chip_end
            painter.setPen((_TEXT if _is_light(color) else QColor("white")) if inside
                           else color.darker(150))
            painter.drawText(QPointF(span.x0 + (5 if inside else chip + 4), top + LINE - 6),
                             span.event.title)


class RowGutter(QWidget):
    """Group titles and product names, aligned with the timeline's rows; click to select."""

    clicked = Signal(str, bool)
    """A product's name was clicked: its uuid, and whether Ctrl was held (toggle)."""

    def __init__(self, view: QGraphicsView, scene: TimelineScene) -> None:
        super().__init__(view)
        self._view = view
        self._scene = scene

    def _top(self) -> float:
        return float(self._view.verticalScrollBar().value())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), _BACKGROUND)
        scene = self._scene
        top = self._top()
        base = QFont(self.font())
        base.setPointSizeF(9.0)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(8.0)
        start = max(bisect.bisect_right(scene.tops, top) - 1, 0)
        selected = set(self._scene.selected_uuids())
        for index in range(start, len(scene.rows)):
            y = scene.tops[index] - top
            if y > self.height():
                break
            row = scene.rows[index]
            rect = QRectF(0, y, self.width(), scene.tops[index + 1] - scene.tops[index])
            if row.is_group:
                painter.fillRect(rect, QColor("#E2E7EE"))
                painter.setFont(bold)
                painter.setPen(_TEXT)
                wave = row.wave or self.tr("no wave")
                title = f"{labels.season(row.season)} · {wave}  ({row.count})"
                painter.drawText(rect.adjusted(8, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, title)
                continue
            item = scene.item_for(row.uuid)
            if item is None:
                continue
            if row.uuid in selected:
                painter.fillRect(rect, _SELECTED)
            x = 8.0
            if item.warned:
                painter.setFont(bold)
                painter.setPen(WARNING_COLOR)
                painter.drawText(rect.adjusted(x, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, "⚠")
            x += 16
            painter.setFont(small)
            painter.setPen(_MUTED)
            code_width = QFontMetricsF(small).horizontalAdvance(item.product.code) + 6
            painter.drawText(rect.adjusted(x, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                             item.product.code)
            x += min(code_width, 70)
            painter.setFont(base)
            painter.setPen(_TEXT)
            name_rect = rect.adjusted(x, 0, -6, 0)
            name = QFontMetricsF(base).elidedText(item.product.name, Qt.TextElideMode.ElideRight,
                                                  name_rect.width())
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter, name)
        painter.setPen(QPen(QColor("#CBD2DC"), 1.0))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self._scene.row_at(event.position().y() + self._top())
        if row is not None and not row.is_group:
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.clicked.emit(row.uuid, extend)

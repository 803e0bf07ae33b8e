"""Mouse gestures on the calendar: drag a bar (body or edge) or drag-select empty days.

A gesture starts on press, shows its effect on each move (preview items only: nothing is
read or written) and ends on release with at most one command (one undo step).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF

from ecplanner.domain.calendar.layout import DragMode, snap_drag
from ecplanner.domain.model import Event
from ecplanner.ui.calendar.scene import CalendarScene


@dataclass
class BarDrag:
    """Dragging ``event``'s bar; ``start``/``end`` are where it would go now."""

    event: Event
    mode: DragMode
    press_day: date
    press_pos: QPointF
    lane: int
    start: date
    end: date
    started: bool = False

    def follow(self, scene: CalendarScene, pos: QPointF) -> None:
        day = scene.placement.day_at(pos.x(), pos.y(), clamp=True)
        if day is None:
            return
        start, end = snap_drag(self.event.start, self.event.end, (day - self.press_day).days,
                               self.mode)
        if (start, end) != (self.start, self.end) or not self.started:
            self.start, self.end = start, end
            scene.show_preview(self.event.uuid, start, end, self.lane)
        self.started = True

    @property
    def changed(self) -> bool:
        return (self.start, self.end) != (self.event.start, self.event.end)


@dataclass
class RangeDrag:
    """Selecting empty days from ``first`` to ``last`` (either order)."""

    first: date
    press_pos: QPointF
    last: date
    started: bool = False

    def follow(self, scene: CalendarScene, pos: QPointF) -> None:
        day = scene.placement.day_at(pos.x(), pos.y(), clamp=True)
        if day is not None and (day != self.last or not self.started):
            self.last = day
            scene.show_range(scene.grid.day_span(self.first, day))
        self.started = True


Gesture = BarDrag | RangeDrag


def begin(scene: CalendarScene, pos: QPointF) -> Gesture | None:
    """The gesture a press at ``pos`` starts (and selects the bar pressed), or None."""
    bar = scene.bar_at(pos)
    if bar is not None:
        event = scene.event_of(bar.uuid)
        day = scene.placement.day_at(pos.x(), pos.y(), clamp=True)
        if event is None or day is None:
            return None
        scene.select(event.uuid)
        mode = bar.grip_at(bar.mapFromScene(pos).x())
        lane = next((b.lane for b in scene.placement.bars_of(event.uuid)
                     if b.segment.row == bar.row), 0)
        return BarDrag(event, mode, day, pos, lane, event.start, event.end)
    day = scene.placement.day_at(pos.x(), pos.y())
    scene.select("")
    return None if day is None else RangeDrag(day, pos, day)


def moved_enough(gesture: Gesture, pos: QPointF, threshold: int) -> bool:
    delta = pos - gesture.press_pos
    return abs(delta.x()) + abs(delta.y()) >= threshold

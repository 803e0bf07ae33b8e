"""What the scene and the image export draw for each event: a bar's look and box, and
where deadline markers go. Shared so the screen and the picture agree."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from ecplanner.domain.calendar.grids import ViewKind
from ecplanner.domain.calendar.layout import Segment
from ecplanner.domain.calendar.placement import Placement, phase_fractions
from ecplanner.domain.model import Event
from ecplanner.ui.calendar.painting import BarLook
from ecplanner.ui.calendar.style import VIEW_STYLES

SPILL_LIMIT = 160.0
"""How far right of a narrow bar its title may run (over free days of its lane)."""
DEADLINE_SIZE = 9.0


def bar_look(event: Event, segment: Segment, kind: ViewKind, *, warned: bool,
             selected: bool, room: float = 0.0) -> BarLook:
    """How ``event``'s bar looks in ``segment`` of a view of ``kind``."""
    return BarLook(
        title=event.title, color=event.color,
        phases=tuple(phase_fractions(event.phases, segment.start, segment.end)),
        has_phases=bool(event.phases), open_start=segment.continues_before,
        open_end=segment.continues_after, warning=warned, selected=selected,
        list_entry=kind is ViewKind.MONTH and event.start == event.end,
        font_px=VIEW_STYLES[kind].font_px, spill=room)


def bar_box(rect: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The drawn bar inside its lane rectangle: a pixel apart, with a gap below."""
    x, y, w, h = rect
    return x + 1, y + 1, w - 2, h - 3


def deadline_spots(placement: Placement, events: Iterable[Event]
                   ) -> list[tuple[Event, float, float]]:
    """Where each event's deadline marker goes: the right of its day's band, markers of
    the same day side by side (earlier events further right)."""
    size, band = DEADLINE_SIZE, placement.metrics.row_header
    per_day: dict[date, int] = {}
    spots = []
    # Sorted after the events without a deadline are left out: a year of 20,000 events
    # has ~4,500 with one, and sorting them all was ~40 ms of every move.
    dated = [e for e in events if e.registration_deadline is not None]
    for event in sorted(dated, key=lambda e: (e.start, e.uuid)):
        day = event.registration_deadline
        cell = placement.grid.cell_for(day) if day else None
        if day is None or cell is None:
            continue
        nth = per_day[day] = per_day.get(day, -1) + 1
        x, top, w, _h = placement.cell_rect(*cell)
        spots.append((event, x + w - size - 2 - nth * (size - 2), top + (band - size) / 2))
    return spots


def deadline_room(spots: Iterable[tuple[Event, float, float]]) -> dict[date, float]:
    """The width the diamonds of ``spots`` take at the right of their days' bands, so the
    day's text (a holiday's name) ends before them."""
    counts = Counter(event.registration_deadline for event, _x, _y in spots)
    return {day: DEADLINE_SIZE + 4 + (n - 1) * (DEADLINE_SIZE - 2)
            for day, n in counts.items() if day is not None}

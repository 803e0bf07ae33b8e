"""The events' shading behind the timeline's rows, and the group rows' bands.

Each event shades its days, see-through, the later events over the earlier ones. A large plan
has thousands of events, several on most days: one scene item per event made every repaint
blend thousands of full-height rectangles (~0.2 s) and every event edit rebuild them all.
Layers of colour over each other make one colour per day (the "over" operator is
associative), so ``Shading`` blends the events once per change and paints one rectangle per
run of equal days. It paints as part of the view's background, under every item, as the
bands did; a repaint then costs no scene item of its own (a dragged bar repaints at every
step).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainter

from ecplanner.domain.model import Event, EventKind
from ecplanner.ui.products import texts
from ecplanner.ui.products.timeline_items import GROUP_HEIGHT, Geometry

GROUP_FILL = QColor("#E9EDF3")

_SALE_ALPHA, _OTHER_ALPHA = 52, 30  # of 255: a major sale shades more

Run = tuple[date, date, int]
"""First day, the day after the last, and the blended colour (``QColor.rgba``) of the
events over them."""


def band_runs(events: Sequence[Event]) -> list[Run]:
    """The days the events cover, in runs of one blended colour, by day."""
    blend = Blend(events)
    blend.add(events)
    return blend.runs()


class Blend:
    """The colours of the days ``events`` cover, blended as their layers are ``add``-ed in
    order (in pieces, by a caller that spreads a large plan's over turns of the event
    loop: a year of 20,000 events takes ~50 ms), then read as ``runs``."""

    def __init__(self, events: Sequence[Event]) -> None:
        self._base = min(e.start for e in events).toordinal() if events else 0
        size = max(e.end for e in events).toordinal() - self._base + 1 if events else 0
        # Premultiplied red, green, blue and alpha of each day since ``base``, by lists of
        # floats: this runs on every event edit.
        self._red, self._green = [0.0] * size, [0.0] * size
        self._blue, self._alpha = [0.0] * size, [0.0] * size

    def add(self, events: Iterable[Event]) -> None:
        """Lay ``events`` over those added before, in order."""
        base, red, green, blue, alpha = (self._base, self._red, self._green, self._blue,
                                         self._alpha)
        for event in events:
            color = QColor(event.color)
            a = (_SALE_ALPHA if event.kind is EventKind.MAJOR_SALE else _OTHER_ALPHA) / 255
            r, g, b, keep = color.redF() * a, color.greenF() * a, color.blueF() * a, 1.0 - a
            for day in range(event.start.toordinal() - base, event.end.toordinal() - base + 1):
                red[day] = r + red[day] * keep
                green[day] = g + green[day] * keep
                blue[day] = b + blue[day] * keep
                alpha[day] = a + alpha[day] * keep

    def runs(self) -> list[Run]:
        """The days covered so far, in runs of one blended colour, by day."""
        red, green, blue, alpha = self._red, self._green, self._blue, self._alpha
        runs: list[tuple[int, int, int]] = []  # first day, the day after the last, colour
        for day, a in enumerate(alpha):
            if not a:
                continue
            rgba = QColor.fromRgbF(red[day] / a, green[day] / a, blue[day] / a, a).rgba()
            if runs and runs[-1][1] == day and runs[-1][2] == rgba:
                runs[-1] = (runs[-1][0], day + 1, rgba)
            else:
                runs.append((day, day + 1, rgba))
        return [(date.fromordinal(self._base + first), date.fromordinal(self._base + after),
                 rgba) for first, after, rgba in runs]


def changed_days(old: Sequence[Run], new: Sequence[Run]) -> tuple[date, date] | None:
    """The first day and the day after the last whose shading differs, or None."""
    same = 0
    while same < min(len(old), len(new)) and old[same] == new[same]:
        same += 1
    if same == len(old) == len(new):
        return None
    tail = 0
    while (tail < min(len(old), len(new)) - same
           and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]):
        tail += 1
    differ = [*old[same:len(old) - tail], *new[same:len(new) - tail]]
    return min(run[0] for run in differ), max(run[1] for run in differ)


class Shading:
    """The group rows' bands and the events' days, over ``geometry`` and rows ``tops``
    high (``set_rows``), painted by the view's background (``paint``)."""

    def __init__(self, geometry: Geometry) -> None:
        self._geometry = geometry
        self._height = 0.0
        self._groups: list[float] = []  # the tops of the group rows
        self._runs: list[Run] = []
        self._events: Sequence[Event] = ()
        self._brushes: dict[int, QBrush] = {}  # by QColor.rgba
        self._group_brush = QBrush(GROUP_FILL)
        # The runs in scene x, so that a repaint (each step of a dragged bar) does no date
        # arithmetic: (left, right, brush), and each run's right to find those in view.
        self._spans: list[tuple[float, float, QBrush]] = []
        self._rights: list[float] = []

    @property
    def runs(self) -> list[Run]:
        """The events' days, in runs of one blended colour."""
        return self._runs

    def set_events(self, events: Sequence[Event], runs: list[Run] | None = None
                   ) -> QRectF | None:
        """Shade ``events``' days (``runs``: their ``band_runs`` when worked out already);
        returns the scene area to repaint, None if none (an edit moves one event, and
        repainting the whole timeline costs ~20 ms)."""
        runs = band_runs(events) if runs is None else runs
        changed = changed_days(self._runs, runs)
        self._runs, self._events = runs, events
        for _, _, rgba in runs:
            if rgba not in self._brushes:
                self._brushes[rgba] = QBrush(QColor.fromRgba(rgba))
        self.relayout()
        if changed is None:
            return None
        g = self._geometry
        return QRectF(g.x(changed[0]), 0.0, g.x(changed[1]) - g.x(changed[0]), self._height)

    def set_rows(self, groups: list[float], height: float) -> None:
        """The group rows start at ``groups``, each ``GROUP_HEIGHT`` high; the events shade
        ``height`` pixels."""
        self._groups, self._height = groups, height

    def relayout(self) -> None:
        """Follow a change of the span or the day width."""
        g = self._geometry
        self._spans = [(g.x(first), g.x(after), self._brushes[rgba])
                       for first, after, rgba in self._runs]
        self._rights = [right for _, right, _ in self._spans]

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """The group bands, then the events' shading over them, within ``rect``."""
        left, right = max(rect.left(), 0.0), min(rect.right(), self._geometry.width)
        if right <= left:
            return
        top, bottom = rect.top(), rect.bottom()
        for index in range(bisect.bisect_right(self._groups, top - GROUP_HEIGHT),
                           len(self._groups)):
            y = self._groups[index]
            if y >= bottom:
                break
            painter.fillRect(QRectF(left, y, right - left, GROUP_HEIGHT), self._group_brush)
        top, bottom = max(top, 0.0), min(bottom, self._height)
        if bottom <= top:
            return
        spans = self._spans
        for index in range(bisect.bisect_right(self._rights, left), len(spans)):
            x0, x1, brush = spans[index]
            if x0 >= right:
                break
            x0, x1 = max(x0, left), min(x1, right)
            painter.fillRect(QRectF(x0, top, x1 - x0, bottom - top), brush)

    def tooltip_at(self, x: float) -> str:
        """The title and days of the event drawn on top at scene ``x``, or ""."""
        day = self._geometry.day_at(x)
        # The last event drawn on that day is the one on top.
        shown = next((e for e in reversed(self._events) if e.start <= day <= e.end), None)
        if shown is None:
            return ""
        return (f"{shown.title}\n{texts.long_day_text(shown.start)} – "
                f"{texts.long_day_text(shown.end)}")

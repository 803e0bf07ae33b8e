"""Which event titles the launch timeline's header names, and in which lane (no Qt).

The header has a few lanes of titles over the date axis. Titles are placed by importance,
not by date: major sales first, then longer events before shorter ones, so a year of
one-day members' days cannot take the lanes before 618 or 双11 gets its name. A title that
finds no lane with room for its text may still show as a bare chip over its days.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from ecplanner.domain.model import Event, EventKind

GAP = 8.0
"""Pixels kept free after a title before the next one in the same lane."""
MIN_CHIP = 3.0
"""The narrowest chip: a day's width at the smallest zoom may be less."""


@dataclass(frozen=True)
class TitleSpan:
    """An event's title in the header: its chip from ``x0`` to ``chip_end`` over its days,
    and ``text_end`` where the title ends (``chip_end`` when the text fits in the chip)."""

    event: Event
    x0: float
    chip_end: float
    text_end: float


@dataclass(frozen=True)
class PlacedTitle:
    span: TitleSpan
    lane: int
    with_text: bool


def importance(event: Event) -> tuple[int, int, object, str]:
    """Sort key: major sales, then longer events, then the earlier."""
    return (event.kind is not EventKind.MAJOR_SALE, -(event.end - event.start).days,
            event.start, event.uuid)


def by_importance(events: Iterable[Event]) -> list[Event]:
    """The order in which ``place_titles`` takes the events' titles."""
    return sorted(events, key=importance)


class TitleLanes:
    """Titles placed in ``lanes`` lanes over a strip ``width`` pixels wide, most important
    first (``by_importance``): each in the first lane with room for its text, else for its
    bare chip; one with room for neither is left out. Each title starts within 0 …
    ``width`` with a chip at least ``MIN_CHIP`` wide."""

    def __init__(self, lanes: int, width: float) -> None:
        self._lanes = [_Lane() for _ in range(lanes)]
        self._width = width
        self.placed: list[PlacedTitle] = []

    def has_room(self, x0: float, end: float) -> bool:
        """Whether some lane has room from ``x0`` to ``end``: when a chip has none, its
        title (which ends no sooner) has none either, and need not be measured."""
        return any(lane.has_room(x0, end) for lane in self._lanes)

    def add(self, span: TitleSpan) -> None:
        for end, with_text in ((span.text_end, True), (span.chip_end, False)):
            for index, lane in enumerate(self._lanes):
                if lane.has_room(span.x0, end):
                    lane.take(span.x0, end)
                    self.placed.append(PlacedTitle(span, index, with_text))
                    return

    @property
    def full(self) -> bool:
        """Whether no lane has room for another chip: the titles left need not be read (a
        year of a large plan has ~20,000, and a few dozen get a place)."""
        return all(lane.full(self._width) for lane in self._lanes)


class _Lane:
    """The stretches a lane's titles take, apart and in order (so that the one before a
    new stretch is found by bisection, and only it can be in the way)."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    def has_room(self, x0: float, end: float) -> bool:
        # The last stretch starting before ``end + GAP`` ends furthest right of those.
        before = bisect.bisect_left(self.starts, end + GAP) - 1
        return before < 0 or x0 >= self.ends[before] + GAP

    def take(self, x0: float, end: float) -> None:
        at = bisect.bisect_left(self.starts, x0)
        self.starts.insert(at, x0)
        self.ends.insert(at, end)

    def full(self, width: float) -> bool:
        """Whether no chip ``MIN_CHIP`` wide starting within 0 … ``width`` has room."""
        room = MIN_CHIP + GAP  # free pixels a chip needs before the next stretch
        edges = [-GAP, *self.ends]  # a chip may start at 0: as after a stretch ending at -GAP
        nexts = [*self.starts, width + room]  # and at ``width``, with room after it
        return all(start - (end + GAP) < room for end, start in zip(edges, nexts, strict=True))

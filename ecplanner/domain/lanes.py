"""Lane packing: give every bar a lane so that overlapping bars never share one.

This is greedy colouring of an interval graph. Items are taken in order of
(start, longest first, id) and each gets the lowest lane that is free on all its days.
Taken in start order, the greedy choice is optimal: the number of lanes used equals the
largest number of items covering one day. The order makes the result deterministic,
so bars do not jump between lanes when the view is rebuilt.

Dates are inclusive: an item ending on the day another starts overlaps it.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from ecplanner.domain.steps import Steps, run_steps

RowSpan = tuple[str, int, date, date]
"""(id, row, first day, last day): the part of a bar that falls in one row of a view."""


def pack_segments(segments: Iterable[RowSpan]) -> dict[tuple[str, int], int]:
    """Pack each row on its own; map (id, row) to the segment's lane within its row.

    Used where a bar is split across rows (a month row of the year wall-planner, a
    week row of the week strip or the month view): a bar crossing from January into
    February appears once in each row and may take a different lane in each.
    """
    return run_steps(pack_segments_in_steps(segments))


def pack_segments_in_steps(segments: Iterable[RowSpan],
                           every: int = 2_000) -> Steps[dict[tuple[str, int], int]]:
    """``pack_segments``, yielding after every ``every`` segments and after each row."""
    by_row: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for n, (ident, row, start, end) in enumerate(segments, 1):
        by_row[row].append((start.toordinal(), end.toordinal(), ident))
        if n % every == 0:
            yield
    packed: dict[tuple[str, int], int] = {}
    for row, items in by_row.items():
        for ident, lane in _pack(items).items():
            packed[(ident, row)] = lane
        yield
    return packed


def row_lane_counts(packed: Mapping[tuple[str, int], int]) -> dict[int, int]:
    """For ``pack_segments``' result: how many lanes each row that has a segment uses."""
    counts: dict[int, int] = {}
    for (_ident, row), lane in packed.items():
        counts[row] = max(counts.get(row, 0), lane + 1)
    return counts


def _pack(items: list[tuple[int, int, str]]) -> dict[str, int]:
    """Greedy packing of (start, end, id) ordinals."""
    items.sort(key=lambda item: (item[0], item[0] - item[1], item[2]))
    lanes: dict[str, int] = {}
    busy: list[tuple[int, int]] = []  # (last day, lane) of lanes in use
    free: list[int] = []  # lanes released by items that have ended
    for start, end, ident in items:
        if end < start:
            raise ValueError(f"span {ident!r} ends before it starts")
        if ident in lanes:
            raise ValueError(f"repeated id {ident!r}")
        while busy and busy[0][0] < start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        lane = heapq.heappop(free) if free else len(busy) + len(free)
        lanes[ident] = lane
        heapq.heappush(busy, (end, lane))
    return lanes

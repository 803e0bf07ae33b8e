"""Where a calendar's bars go, in plain floats (no Qt): a bar's part in one row of a view
(``Segment``, as ``grids`` splits it), its rectangle in pixels, the row under a point,
and what dragging it by whole days does. The product timeline uses the same geometry.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


@dataclass(frozen=True)
class Segment:
    """The part of a bar inside one row: columns ``first_col..last_col`` inclusive.

    ``start``/``end`` are the bar's first and last day within this row; the two flags say
    whether the bar goes on in an earlier or later row (draw an open end, no drag handle).
    """

    row: int
    first_col: int
    last_col: int
    start: date
    end: date
    continues_before: bool
    continues_after: bool


# --- dragging -------------------------------------------------------------------------


class DragMode(StrEnum):
    MOVE = "move"
    RESIZE_START = "resize_start"
    RESIZE_END = "resize_end"


def snap_drag(original_start: date, original_end: date, delta_days: int,
              mode: DragMode) -> tuple[date, date]:
    """New (start, end) after dragging by whole days; a resize stops at a one-day bar."""
    delta = timedelta(days=delta_days)
    if mode is DragMode.MOVE:
        return original_start + delta, original_end + delta
    if mode is DragMode.RESIZE_START:
        return min(original_start + delta, original_end), original_end
    return original_start, max(original_end + delta, original_start)


def days_from_offset(offset: float, day_width: float) -> int:
    """Snap a pointer offset in pixels to whole days, rounding halves away from zero.

    Rounding symmetrically keeps a drag left and a drag right of the same distance
    equally long (Python's ``round`` would round halves to even).
    """
    if day_width <= 0:
        raise ValueError("day_width must be positive")
    days = int(abs(offset) / day_width + 0.5)
    return days if offset >= 0 else -days


# --- pixels ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Metrics:
    """Sizes in pixels: a day column, a lane, the header band above a row's lanes."""

    col_width: float
    lane_height: float
    row_header: float = 0.0
    min_lanes: int = 1


def row_tops(lane_counts: Sequence[int], metrics: Metrics) -> list[float]:
    """The y of each row's top, plus one more entry: the total height.

    Row ``i`` is tall enough for ``max(lane_counts[i], metrics.min_lanes)`` lanes.
    """
    tops = [0.0]
    for count in lane_counts:
        lanes = max(count, metrics.min_lanes)
        tops.append(tops[-1] + metrics.row_header + lanes * metrics.lane_height)
    return tops


def bar_rect(segment: Segment, lane: int, tops: Sequence[float],
             metrics: Metrics) -> tuple[float, float, float, float]:
    """(x, y, width, height) of a segment placed in ``lane`` of its row."""
    x = segment.first_col * metrics.col_width
    y = tops[segment.row] + metrics.row_header + lane * metrics.lane_height
    width = (segment.last_col - segment.first_col + 1) * metrics.col_width
    return x, y, width, metrics.lane_height


def row_at(y: float, tops: Sequence[float]) -> int | None:
    """The row under a y coordinate (``tops`` as from ``row_tops``), or None outside."""
    if not tops or y < tops[0] or y >= tops[-1]:
        return None
    return bisect.bisect_right(tops, y) - 1

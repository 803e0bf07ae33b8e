"""Geometry of the calendar views, in rows, columns and plain floats (no Qt).

Three views split a bar (an event from ``start`` to ``end``, inclusive) into one
``Segment`` per row it crosses:

- the year wall-planner: 12 month rows (row 0 = January) × 31 day columns (col 0 = day 1);
- the week strip: one row per Monday-to-Sunday week, 7 day columns (col 0 = Monday);
- the month view: 6 week rows × 7 columns of a ``month_grid``.

Rows and columns are 0-based. The UI turns them into pixels with ``row_tops`` and
``bar_rect`` and back with ``row_at``.
"""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

MONTH_COLUMNS = 31
WEEK_COLUMNS = 7
MONTH_GRID_ROWS = 6


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


def _segment(row: int, first_col: int, start: date, end: date,
             bar_start: date, bar_end: date) -> Segment:
    last_col = first_col + (end - start).days
    return Segment(row, first_col, last_col, start, end, start > bar_start, end < bar_end)


# --- year wall-planner: month rows × day columns -------------------------------------


def month_row_segments(event_start: date, event_end: date, year: int) -> list[Segment]:
    """The bar's segments in the month rows of ``year``; parts in other years are dropped."""
    lo = max(event_start, date(year, 1, 1))
    hi = min(event_end, date(year, 12, 31))
    segments: list[Segment] = []
    month = lo.month
    while lo <= hi:
        month_end = date(year, month, calendar.monthrange(year, month)[1])
        end = min(hi, month_end)
        segments.append(_segment(month - 1, lo.day - 1, lo, end, event_start, event_end))
        lo = month_end + timedelta(days=1)
        month += 1
    return segments


def cell_for(day: date) -> tuple[int, int]:
    """(row, col) of ``day`` in the year wall-planner of its own year."""
    return day.month - 1, day.day - 1


def day_at(row: int, col: int, year: int, *, clamp: bool = False) -> date | None:
    """The day in a wall-planner cell, or None outside the grid or past the month's end.

    With ``clamp`` a column past the month's end gives the month's last day (for
    dragging over the empty cells of February 30 and 31).
    """
    if not (0 <= row < 12 and 0 <= col < MONTH_COLUMNS):
        return None
    days_in_month = calendar.monthrange(year, row + 1)[1]
    if col >= days_in_month:
        return date(year, row + 1, days_in_month) if clamp else None
    return date(year, row + 1, col + 1)


# --- week strip: Monday-to-Sunday rows ------------------------------------------------


def week_rows(year: int) -> list[date]:
    """The Monday of each row: every ISO week holding at least one day of ``year``.

    That is 53 or 54 rows, not the ISO year's 52/53: an ISO year can leave out up to three
    days of January 1–3 (they belong to the last ISO week of the year before), and a
    planner must show New Year's Day. Label a row with ``monday.isocalendar()``.
    """
    first = _monday_of(date(year, 1, 1))
    last = _monday_of(date(year, 12, 31))
    return [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]


def week_segments(start: date, end: date, year: int) -> list[Segment]:
    """The bar's segments in the week strip of ``year`` (clipped to the strip)."""
    rows = week_rows(year)
    return _strip_segments(start, end, rows[0], len(rows))


def day_at_week(row: int, col: int, year: int) -> date | None:
    """The day in a week-strip cell (it may fall just outside ``year``), or None off the strip."""
    rows = week_rows(year)
    if not (0 <= row < len(rows) and 0 <= col < WEEK_COLUMNS):
        return None
    return rows[row] + timedelta(days=col)


def week_cell_for(day: date, year: int) -> tuple[int, int] | None:
    """(row, col) of ``day`` in the week strip of ``year``, or None if it is not on it."""
    offset = (day - _monday_of(date(year, 1, 1))).days
    row, col = divmod(offset, WEEK_COLUMNS)
    return (row, col) if 0 <= row < len(week_rows(year)) else None


def _monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


# --- month view: a 6 × 7 grid ---------------------------------------------------------


def month_grid(year: int, month: int, first_weekday: int = 0) -> list[list[date]]:
    """Six week rows of seven days covering ``month``, padded with the adjacent months.

    ``first_weekday`` is Python's numbering (0 = Monday, 6 = Sunday); the first row starts
    on the last such weekday on or before the 1st.
    """
    if not 0 <= first_weekday <= 6:
        raise ValueError("first_weekday must be 0..6")
    first = date(year, month, 1)
    origin = first - timedelta(days=(first.weekday() - first_weekday) % 7)
    return [[origin + timedelta(days=r * 7 + c) for c in range(WEEK_COLUMNS)]
            for r in range(MONTH_GRID_ROWS)]


def month_segments(start: date, end: date, grid: Sequence[Sequence[date]]) -> list[Segment]:
    """The bar's segments in the rows of a ``month_grid`` (clipped to the grid)."""
    return _strip_segments(start, end, grid[0][0], len(grid))


def grid_cell_for(day: date, grid: Sequence[Sequence[date]]) -> tuple[int, int] | None:
    """(row, col) of ``day`` in a ``month_grid``, or None if the grid does not show it."""
    row, col = divmod((day - grid[0][0]).days, WEEK_COLUMNS)
    return (row, col) if 0 <= row < len(grid) else None


def _strip_segments(start: date, end: date, origin: date, n_rows: int) -> list[Segment]:
    """Split a bar over ``n_rows`` consecutive 7-day rows beginning on ``origin``."""
    lo = max(start, origin)
    hi = min(end, origin + timedelta(days=n_rows * WEEK_COLUMNS - 1))
    segments: list[Segment] = []
    while lo <= hi:
        row, col = divmod((lo - origin).days, WEEK_COLUMNS)
        row_end = min(hi, lo + timedelta(days=WEEK_COLUMNS - 1 - col))
        segments.append(_segment(row, col, lo, row_end, start, end))
        lo = row_end + timedelta(days=1)
    return segments


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


def col_at(x: float, metrics: Metrics, n_cols: int) -> int | None:
    """The day column under an x coordinate, or None outside the ``n_cols`` columns."""
    col = int(x // metrics.col_width) if x >= 0 else -1
    return col if 0 <= col < n_cols else None

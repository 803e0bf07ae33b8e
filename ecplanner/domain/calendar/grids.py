"""The calendar's three views as one kind of value: a grid of day cells in rows and columns.

- the year wall-planner: 12 month rows (row 0 = January) × 31 day columns (col 0 = day 1);
- the week strip: one row per Monday-to-Sunday week holding a day of the year, 7 columns;
- the month view: 6 week rows × 7 columns covering the month, padded with its neighbours.

A bar (an event from ``start`` to ``end``, inclusive) is split into one ``Segment`` per
row it crosses (``layout.Segment``). Rows and columns are 0-based; ``layout`` turns them
into pixels.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from ecplanner.domain.calendar.layout import Segment

MONTH_COLUMNS = 31
WEEK_COLUMNS = 7
MONTH_GRID_ROWS = 6


class ViewKind(StrEnum):
    YEAR = "year"
    WEEKS = "weeks"
    MONTH = "month"


@dataclass(frozen=True)
class CalendarGrid:
    """Day cells of one view. ``month`` and ``first_weekday`` (Python's numbering, 0 =
    Monday) are for MONTH, whose first row starts on the last such weekday on or before
    the 1st.

    The week strip has 53 or 54 rows, not the ISO year's 52/53: an ISO year can leave out
    up to three days of January 1–3, and a planner must show New Year's Day.
    """

    kind: ViewKind
    year: int
    month: int = 1
    first_weekday: int = 0
    _origin: date = field(init=False, repr=False, compare=False)
    _rows: int = field(init=False, repr=False, compare=False)
    _last: date = field(init=False, repr=False, compare=False)  # asked for every event

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError("month must be 1..12")
        if not 0 <= self.first_weekday <= 6:
            raise ValueError("first_weekday must be 0..6")
        if self.kind is ViewKind.YEAR:
            origin, rows = date(self.year, 1, 1), 12
        elif self.kind is ViewKind.WEEKS:
            origin = _monday_of(date(self.year, 1, 1))
            rows = (_monday_of(date(self.year, 12, 31)) - origin).days // 7 + 1
        else:
            first = date(self.year, self.month, 1)
            origin = first - timedelta(days=(first.weekday() - self.first_weekday) % 7)
            rows = MONTH_GRID_ROWS
        object.__setattr__(self, "_origin", origin)
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_last", date(self.year, 12, 31) if self.kind is ViewKind.YEAR
                           else origin + timedelta(days=rows * WEEK_COLUMNS - 1))

    @property
    def n_rows(self) -> int:
        return self._rows

    @property
    def n_cols(self) -> int:
        return MONTH_COLUMNS if self.kind is ViewKind.YEAR else WEEK_COLUMNS

    @property
    def first_day(self) -> date:
        return self._origin

    @property
    def last_day(self) -> date:
        return self._last

    def shows(self, start: date, end: date) -> bool:
        """True if any day of ``start..end`` has a cell in this grid."""
        return start <= self._last and end >= self._origin

    def segments(self, start: date, end: date) -> list[Segment]:
        """The parts of a bar from ``start`` to ``end`` (inclusive), one per row it
        crosses; parts outside the grid are dropped."""
        if not self.shows(start, end):
            return []
        if self.kind is ViewKind.YEAR:
            return _month_row_segments(start, end, self.year)
        return _week_row_segments(start, end, self._origin, self._rows)

    def day_at(self, row: int, col: int, *, clamp: bool = False) -> date | None:
        """The day in a cell; None off the grid or (year view, without ``clamp``) past a
        month's last day. ``clamp`` pulls an off-grid cell onto the nearest one, and a
        year-view cell past a month's end onto its last day (February 30 and 31)."""
        if clamp:
            row = min(max(row, 0), self._rows - 1)
            col = min(max(col, 0), self.n_cols - 1)
        if not (0 <= row < self._rows and 0 <= col < self.n_cols):
            return None
        if self.kind is ViewKind.YEAR:
            days_in_month = calendar.monthrange(self.year, row + 1)[1]
            if col >= days_in_month:
                return date(self.year, row + 1, days_in_month) if clamp else None
            return date(self.year, row + 1, col + 1)
        return self._origin + timedelta(days=row * WEEK_COLUMNS + col)

    def cell_for(self, day: date) -> tuple[int, int] | None:
        """(row, col) of ``day``, or None if this grid has no cell for it."""
        if not self.first_day <= day <= self.last_day:
            return None
        if self.kind is ViewKind.YEAR:
            return day.month - 1, day.day - 1
        return divmod((day - self._origin).days, WEEK_COLUMNS)

    def row_days(self, row: int) -> list[tuple[int, date]]:
        """(col, day) of every real day in ``row``."""
        if self.kind is ViewKind.YEAR:
            count = calendar.monthrange(self.year, row + 1)[1]
            return [(col, date(self.year, row + 1, col + 1)) for col in range(count)]
        first = self._origin + timedelta(days=row * WEEK_COLUMNS)
        return [(col, first + timedelta(days=col)) for col in range(WEEK_COLUMNS)]

    def row_first_day(self, row: int) -> date:
        return self.row_days(row)[0][1]

    def in_focus(self, day: date) -> bool:
        """False for the padding days of the neighbouring months (month view) or years."""
        if self.kind is ViewKind.MONTH:
            return day.month == self.month and day.year == self.year
        return day.year == self.year

    def day_span(self, first: date, last: date) -> list[date]:
        """Every day from ``first`` to ``last`` in either order, clipped to this grid."""
        lo, hi = max(min(first, last), self.first_day), min(max(first, last), self.last_day)
        return [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]


def _segment(row: int, first_col: int, start: date, end: date,
             bar_start: date, bar_end: date) -> Segment:
    last_col = first_col + (end - start).days
    return Segment(row, first_col, last_col, start, end, start > bar_start, end < bar_end)


def _month_row_segments(bar_start: date, bar_end: date, year: int) -> list[Segment]:
    lo = max(bar_start, date(year, 1, 1))
    hi = min(bar_end, date(year, 12, 31))
    segments: list[Segment] = []
    month = lo.month
    while lo <= hi:
        month_end = date(year, month, calendar.monthrange(year, month)[1])
        end = min(hi, month_end)
        segments.append(_segment(month - 1, lo.day - 1, lo, end, bar_start, bar_end))
        lo = month_end + timedelta(days=1)
        month += 1
    return segments


def _week_row_segments(bar_start: date, bar_end: date, origin: date,
                       n_rows: int) -> list[Segment]:
    """Split a bar over ``n_rows`` consecutive 7-day rows beginning on ``origin``."""
    lo = max(bar_start, origin)
    hi = min(bar_end, origin + timedelta(days=n_rows * WEEK_COLUMNS - 1))
    segments: list[Segment] = []
    while lo <= hi:
        row, col = divmod((lo - origin).days, WEEK_COLUMNS)
        row_end = min(hi, lo + timedelta(days=WEEK_COLUMNS - 1 - col))
        segments.append(_segment(row, col, lo, row_end, bar_start, bar_end))
        lo = row_end + timedelta(days=1)
    return segments


def _monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())

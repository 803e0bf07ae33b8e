"""The three calendar views as one kind of value: a grid of day cells in rows and columns.

``CalendarGrid`` wraps ``calendar_layout``'s functions for the year wall-planner (12 month
rows × 31 columns), the week strip (Monday-to-Sunday rows covering the year) and the month
view (6 week rows of a ``month_grid``), so the UI can treat them alike.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from ecplanner.domain.calendar import layout as cl
from ecplanner.domain.calendar.layout import Segment


class ViewKind(StrEnum):
    YEAR = "year"
    WEEKS = "weeks"
    MONTH = "month"


@dataclass(frozen=True)
class CalendarGrid:
    """Day cells of one view. ``month`` and ``first_weekday`` (0 = Monday) are for MONTH."""

    kind: ViewKind
    year: int
    month: int = 1
    first_weekday: int = 0
    _origin: date = field(init=False, repr=False, compare=False)
    _rows: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError("month must be 1..12")
        if self.kind is ViewKind.YEAR:
            origin, rows = date(self.year, 1, 1), 12
        elif self.kind is ViewKind.WEEKS:
            mondays = cl.week_rows(self.year)
            origin, rows = mondays[0], len(mondays)
        else:
            origin = cl.month_grid(self.year, self.month, self.first_weekday)[0][0]
            rows = cl.MONTH_GRID_ROWS
        object.__setattr__(self, "_origin", origin)
        object.__setattr__(self, "_rows", rows)

    @property
    def n_rows(self) -> int:
        return self._rows

    @property
    def n_cols(self) -> int:
        return cl.MONTH_COLUMNS if self.kind is ViewKind.YEAR else cl.WEEK_COLUMNS

    @property
    def first_day(self) -> date:
        return self._origin

    @property
    def last_day(self) -> date:
        if self.kind is ViewKind.YEAR:
            return date(self.year, 12, 31)
        return self._origin + timedelta(days=self._rows * cl.WEEK_COLUMNS - 1)

    def shows(self, start: date, end: date) -> bool:
        """True if any day of ``start..end`` has a cell in this grid."""
        return start <= self.last_day and end >= self.first_day

    def segments(self, start: date, end: date) -> list[Segment]:
        """The parts of a bar from ``start`` to ``end`` (inclusive), one per row it crosses."""
        if not self.shows(start, end):
            return []
        if self.kind is ViewKind.YEAR:
            return cl.month_row_segments(start, end, self.year)
        if self.kind is ViewKind.WEEKS:
            return cl.week_segments(start, end, self.year)
        return cl.month_segments(start, end, cl.month_grid(self.year, self.month,
                                                           self.first_weekday))

    def day_at(self, row: int, col: int, *, clamp: bool = False) -> date | None:
        """The day in a cell; None off the grid or (year view, without ``clamp``) past a
        month's last day. ``clamp`` also pulls an off-grid cell onto the nearest one."""
        if clamp:
            row = min(max(row, 0), self._rows - 1)
            col = min(max(col, 0), self.n_cols - 1)
        if self.kind is ViewKind.YEAR:
            return cl.day_at(row, col, self.year, clamp=clamp)
        if not (0 <= row < self._rows and 0 <= col < self.n_cols):
            return None
        return self._origin + timedelta(days=row * cl.WEEK_COLUMNS + col)

    def cell_for(self, day: date) -> tuple[int, int] | None:
        """(row, col) of ``day``, or None if this grid has no cell for it."""
        if not self.first_day <= day <= self.last_day:
            return None
        if self.kind is ViewKind.YEAR:
            return cl.cell_for(day)
        return divmod((day - self._origin).days, cl.WEEK_COLUMNS)

    def row_days(self, row: int) -> list[tuple[int, date]]:
        """(col, day) of every real day in ``row``."""
        if self.kind is ViewKind.YEAR:
            count = calendar.monthrange(self.year, row + 1)[1]
            return [(col, date(self.year, row + 1, col + 1)) for col in range(count)]
        first = self._origin + timedelta(days=row * cl.WEEK_COLUMNS)
        return [(col, first + timedelta(days=col)) for col in range(cl.WEEK_COLUMNS)]

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

from __future__ import annotations

from datetime import date

import pytest

from ecplanner.domain.calendar.grids import CalendarGrid, ViewKind


def test_year_grid_cells_and_clamping() -> None:
    grid = CalendarGrid(ViewKind.YEAR, 2027)
    assert (grid.n_rows, grid.n_cols) == (12, 31)
    assert grid.cell_for(date(2027, 3, 8)) == (2, 7)
    assert grid.cell_for(date(2026, 12, 31)) is None
    assert grid.day_at(1, 30) is None
    assert grid.day_at(1, 30, clamp=True) == date(2027, 2, 28)
    assert grid.day_at(15, -3, clamp=True) == date(2027, 12, 1)
    assert [s.row for s in grid.segments(date(2027, 1, 28), date(2027, 3, 2))] == [0, 1, 2]
    assert grid.segments(date(2026, 1, 1), date(2026, 2, 1)) == []
    assert len(grid.row_days(1)) == 28


def test_week_grid_starts_on_the_monday_before_new_year() -> None:
    grid = CalendarGrid(ViewKind.WEEKS, 2027)
    assert grid.first_day == date(2026, 12, 28)
    assert grid.cell_for(date(2027, 1, 1)) == (0, 4)
    assert grid.day_at(1, 0) == date(2027, 1, 4)
    assert not grid.in_focus(date(2026, 12, 31))
    segments = grid.segments(date(2027, 1, 1), date(2027, 1, 12))
    assert [(s.row, s.first_col, s.last_col) for s in segments] == [(0, 4, 6), (1, 0, 6),
                                                                       (2, 0, 1)]


def test_month_grid_uses_first_weekday() -> None:
    monday = CalendarGrid(ViewKind.MONTH, 2027, 2)
    sunday = CalendarGrid(ViewKind.MONTH, 2027, 2, first_weekday=6)
    assert monday.first_day == date(2027, 2, 1)
    assert sunday.first_day == date(2027, 1, 31)
    assert monday.n_rows == 6 and monday.last_day == date(2027, 3, 14)
    assert monday.in_focus(date(2027, 2, 28)) and not monday.in_focus(date(2027, 3, 1))
    assert monday.day_span(date(2027, 2, 5), date(2027, 2, 3)) == [
        date(2027, 2, 3), date(2027, 2, 4), date(2027, 2, 5)]


def test_bad_month_is_refused() -> None:
    with pytest.raises(ValueError):
        CalendarGrid(ViewKind.MONTH, 2027, 13)

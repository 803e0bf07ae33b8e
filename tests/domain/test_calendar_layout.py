from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecplanner.domain.calendar.grids import CalendarGrid, ViewKind
from ecplanner.domain.calendar.layout import (
    DragMode,
    Metrics,
    Segment,
    bar_rect,
    days_from_offset,
    row_at,
    row_tops,
    snap_drag,
)


def month_row_segments(start: date, end: date, year: int) -> list[Segment]:
    return CalendarGrid(ViewKind.YEAR, year).segments(start, end)


def week_segments(start: date, end: date, year: int) -> list[Segment]:
    return CalendarGrid(ViewKind.WEEKS, year).segments(start, end)


# --- year wall-planner ---


def test_month_row_segments_split_at_month_end() -> None:
    segments = month_row_segments(date(2025, 1, 28), date(2025, 2, 3), 2025)
    assert segments == [
        Segment(0, 27, 30, date(2025, 1, 28), date(2025, 1, 31), False, True),
        Segment(1, 0, 2, date(2025, 2, 1), date(2025, 2, 3), True, False),
    ]


def test_month_row_segments_one_day_and_whole_year() -> None:
    assert month_row_segments(date(2024, 2, 29), date(2024, 2, 29), 2024) == [
        Segment(1, 28, 28, date(2024, 2, 29), date(2024, 2, 29), False, False)
    ]
    year = month_row_segments(date(2025, 1, 1), date(2025, 12, 31), 2025)
    assert [s.row for s in year] == list(range(12))
    assert year[1].last_col == 27  # February 2025 has 28 days


def test_month_row_segments_clip_to_the_year() -> None:
    segments = month_row_segments(date(2024, 12, 28), date(2025, 1, 3), 2025)
    assert segments == [Segment(0, 0, 2, date(2025, 1, 1), date(2025, 1, 3), True, False)]
    assert month_row_segments(date(2024, 3, 1), date(2024, 3, 9), 2025) == []


def test_cell_for_and_day_at_round_trip() -> None:
    wall = CalendarGrid(ViewKind.YEAR, 2025)
    day = date(2025, 1, 1)
    while day.year == 2025:
        cell = wall.cell_for(day)
        assert cell is not None and wall.day_at(*cell) == day
        day += timedelta(days=1)


def test_day_at_outside_a_month_or_the_grid() -> None:
    wall, leap = CalendarGrid(ViewKind.YEAR, 2025), CalendarGrid(ViewKind.YEAR, 2024)
    assert wall.day_at(1, 29) is None  # February 30
    assert leap.day_at(1, 28) == date(2024, 2, 29)
    assert wall.day_at(1, 28) is None
    assert wall.day_at(3, 30) is None  # April 31
    assert wall.day_at(12, 0) is None
    assert wall.day_at(0, 31) is None
    assert wall.day_at(-1, 0) is None
    assert wall.day_at(1, 30, clamp=True) == date(2025, 2, 28)


# --- week strip ---


@pytest.mark.parametrize(
    ("year", "rows", "first_monday"),
    [
        (2024, 53, date(2024, 1, 1)),  # starts on a Monday; Dec 30–31 are in 2025-W01
        (2025, 53, date(2024, 12, 30)),
        (2026, 53, date(2025, 12, 29)),  # ISO 2026 has 53 weeks
        (2027, 53, date(2026, 12, 28)),  # Jan 1–3 2027 are in ISO 2026-W53
        (2012, 54, date(2011, 12, 26)),  # leap year starting on a Sunday
    ],
)
def test_week_rows_cover_every_day_of_the_year(year: int, rows: int, first_monday: date) -> None:
    strip = CalendarGrid(ViewKind.WEEKS, year)
    mondays = [strip.row_first_day(row) for row in range(strip.n_rows)]
    assert len(mondays) == rows
    assert mondays[0] == first_monday
    assert all(m.weekday() == 0 for m in mondays)
    assert mondays[0] <= date(year, 1, 1)
    assert mondays[-1] + timedelta(days=6) >= date(year, 12, 31)
    assert mondays[-1] <= date(year, 12, 31)


def test_week_segments_split_at_sunday() -> None:
    # 2025-01-01 is a Wednesday in row 0 (which starts Mon 2024-12-30).
    segments = week_segments(date(2025, 1, 4), date(2025, 1, 14), 2025)
    assert segments == [
        Segment(0, 5, 6, date(2025, 1, 4), date(2025, 1, 5), False, True),
        Segment(1, 0, 6, date(2025, 1, 6), date(2025, 1, 12), True, True),
        Segment(2, 0, 1, date(2025, 1, 13), date(2025, 1, 14), True, False),
    ]


def test_week_segments_clip_to_the_strip() -> None:
    segments = week_segments(date(2024, 12, 1), date(2024, 12, 31), 2025)
    assert segments == [Segment(0, 0, 1, date(2024, 12, 30), date(2024, 12, 31), True, False)]
    assert week_segments(date(2026, 2, 1), date(2026, 2, 3), 2025) == []


def test_day_at_and_cell_for_in_the_week_strip() -> None:
    strip = CalendarGrid(ViewKind.WEEKS, 2025)
    assert strip.day_at(0, 0) == date(2024, 12, 30)
    assert strip.day_at(0, 2) == date(2025, 1, 1)
    assert strip.day_at(52, 6) == date(2026, 1, 4)
    assert strip.day_at(53, 0) is None
    assert strip.day_at(0, 7) is None
    assert strip.cell_for(date(2025, 1, 1)) == (0, 2)
    assert strip.cell_for(date(2026, 1, 4)) == (52, 6)
    assert strip.cell_for(date(2026, 1, 5)) is None
    assert strip.cell_for(date(2024, 12, 29)) is None


# --- month view ---


def test_month_grid_monday_first() -> None:
    grid = CalendarGrid(ViewKind.MONTH, 2025, 2)  # 2025-02-01 is a Saturday
    assert grid.n_rows == 6 and grid.n_cols == 7
    assert grid.day_at(0, 0) == date(2025, 1, 27)
    assert grid.day_at(0, 5) == date(2025, 2, 1)
    assert grid.day_at(5, 6) == date(2025, 3, 9)


def test_month_grid_sunday_first_and_month_starting_on_first_weekday() -> None:
    def first_day(month: int, first_weekday: int = 0) -> date:
        return CalendarGrid(ViewKind.MONTH, 2025, month, first_weekday).first_day

    assert first_day(6, first_weekday=6) == date(2025, 6, 1)  # a Sunday
    assert first_day(2, first_weekday=6) == date(2025, 1, 26)
    assert first_day(9) == date(2025, 9, 1)  # a Monday
    with pytest.raises(ValueError):
        first_day(1, first_weekday=7)


def test_month_segments_and_grid_cell_for() -> None:
    grid = CalendarGrid(ViewKind.MONTH, 2025, 2)
    segments = grid.segments(date(2025, 1, 20), date(2025, 2, 4))
    assert segments == [
        Segment(0, 0, 6, date(2025, 1, 27), date(2025, 2, 2), True, True),
        Segment(1, 0, 1, date(2025, 2, 3), date(2025, 2, 4), True, False),
    ]
    assert grid.segments(date(2025, 4, 1), date(2025, 4, 2)) == []
    assert grid.cell_for(date(2025, 2, 1)) == (0, 5)
    assert grid.cell_for(date(2025, 3, 9)) == (5, 6)
    assert grid.cell_for(date(2025, 3, 10)) is None
    assert grid.cell_for(date(2025, 1, 26)) is None


@settings(max_examples=100, deadline=None)
@given(st.dates(date(2024, 11, 1), date(2026, 2, 1)), st.integers(0, 80))
def test_segments_tile_the_visible_days(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    for segments in (month_row_segments(start, end, 2025), week_segments(start, end, 2025)):
        days = [s.start + timedelta(days=i) for s in segments
                for i in range((s.end - s.start).days + 1)]
        assert days == sorted(set(days))
        assert all(s.last_col - s.first_col == (s.end - s.start).days for s in segments)
        visible = [d for d in days if d.year == 2025]
        expected = [d for d in (start + timedelta(days=i) for i in range(length + 1))
                    if d.year == 2025]
        assert visible == expected


# --- dragging ---


def test_snap_drag_move_and_resize() -> None:
    start, end = date(2025, 6, 1), date(2025, 6, 5)
    assert snap_drag(start, end, 3, DragMode.MOVE) == (date(2025, 6, 4), date(2025, 6, 8))
    assert snap_drag(start, end, -2, DragMode.RESIZE_START) == (date(2025, 5, 30), end)
    assert snap_drag(start, end, 2, DragMode.RESIZE_END) == (start, date(2025, 6, 7))
    assert snap_drag(start, end, 0, DragMode.MOVE) == (start, end)


def test_snap_drag_resize_clamps_at_one_day() -> None:
    start, end = date(2025, 6, 1), date(2025, 6, 5)
    assert snap_drag(start, end, 10, DragMode.RESIZE_START) == (end, end)
    assert snap_drag(start, end, -10, DragMode.RESIZE_END) == (start, start)


def test_days_from_offset_rounds_halves_away_from_zero() -> None:
    assert days_from_offset(0, 20) == 0
    assert days_from_offset(9.9, 20) == 0
    assert days_from_offset(10, 20) == 1
    assert days_from_offset(-10, 20) == -1
    assert days_from_offset(-9.9, 20) == 0
    assert days_from_offset(61, 20) == 3
    with pytest.raises(ValueError):
        days_from_offset(5, 0)


# --- pixels ---


def test_row_tops_bar_rect_and_hit_testing() -> None:
    metrics = Metrics(col_width=10, lane_height=4, row_header=2, min_lanes=1)
    tops = row_tops([0, 3, 1], metrics)
    assert tops == [0.0, 6.0, 20.0, 26.0]
    segment = Segment(1, 2, 4, date(2025, 2, 3), date(2025, 2, 5), False, False)
    assert bar_rect(segment, 2, tops, metrics) == (20.0, 16.0, 30.0, 4.0)
    assert row_at(0, tops) == 0
    assert row_at(6, tops) == 1
    assert row_at(25.9, tops) == 2
    assert row_at(26, tops) is None
    assert row_at(-1, tops) is None
    assert row_at(0, []) is None

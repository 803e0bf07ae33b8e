from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecplanner.domain.calendar.layout import (
    DragMode,
    Metrics,
    Segment,
    bar_rect,
    cell_for,
    col_at,
    day_at,
    day_at_week,
    days_from_offset,
    grid_cell_for,
    month_grid,
    month_row_segments,
    month_segments,
    row_at,
    row_tops,
    snap_drag,
    week_cell_for,
    week_rows,
    week_segments,
)

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
    day = date(2025, 1, 1)
    while day.year == 2025:
        row, col = cell_for(day)
        assert day_at(row, col, 2025) == day
        day += timedelta(days=1)


def test_day_at_outside_a_month_or_the_grid() -> None:
    assert day_at(1, 29, 2025) is None  # February 30
    assert day_at(1, 28, 2024) == date(2024, 2, 29)
    assert day_at(1, 28, 2025) is None
    assert day_at(3, 30, 2025) is None  # April 31
    assert day_at(12, 0, 2025) is None
    assert day_at(0, 31, 2025) is None
    assert day_at(-1, 0, 2025) is None
    assert day_at(1, 30, 2025, clamp=True) == date(2025, 2, 28)
    assert day_at(0, 31, 2025, clamp=True) is None


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
    mondays = week_rows(year)
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


def test_day_at_week_and_week_cell_for() -> None:
    assert day_at_week(0, 0, 2025) == date(2024, 12, 30)
    assert day_at_week(0, 2, 2025) == date(2025, 1, 1)
    assert day_at_week(52, 6, 2025) == date(2026, 1, 4)
    assert day_at_week(53, 0, 2025) is None
    assert day_at_week(0, 7, 2025) is None
    assert week_cell_for(date(2025, 1, 1), 2025) == (0, 2)
    assert week_cell_for(date(2026, 1, 4), 2025) == (52, 6)
    assert week_cell_for(date(2026, 1, 5), 2025) is None
    assert week_cell_for(date(2024, 12, 29), 2025) is None


# --- month view ---


def test_month_grid_monday_first() -> None:
    grid = month_grid(2025, 2)  # 2025-02-01 is a Saturday
    assert len(grid) == 6 and all(len(row) == 7 for row in grid)
    assert grid[0][0] == date(2025, 1, 27)
    assert grid[0][5] == date(2025, 2, 1)
    assert grid[5][6] == date(2025, 3, 9)


def test_month_grid_sunday_first_and_month_starting_on_first_weekday() -> None:
    assert month_grid(2025, 6, first_weekday=6)[0][0] == date(2025, 6, 1)  # a Sunday
    assert month_grid(2025, 2, first_weekday=6)[0][0] == date(2025, 1, 26)
    assert month_grid(2025, 9)[0][0] == date(2025, 9, 1)  # a Monday
    with pytest.raises(ValueError):
        month_grid(2025, 1, first_weekday=7)


def test_month_segments_and_grid_cell_for() -> None:
    grid = month_grid(2025, 2)
    segments = month_segments(date(2025, 1, 20), date(2025, 2, 4), grid)
    assert segments == [
        Segment(0, 0, 6, date(2025, 1, 27), date(2025, 2, 2), True, True),
        Segment(1, 0, 1, date(2025, 2, 3), date(2025, 2, 4), True, False),
    ]
    assert month_segments(date(2025, 4, 1), date(2025, 4, 2), grid) == []
    assert grid_cell_for(date(2025, 2, 1), grid) == (0, 5)
    assert grid_cell_for(date(2025, 3, 9), grid) == (5, 6)
    assert grid_cell_for(date(2025, 3, 10), grid) is None
    assert grid_cell_for(date(2025, 1, 26), grid) is None


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
    assert col_at(0, metrics, 31) == 0
    assert col_at(309.9, metrics, 31) == 30
    assert col_at(310, metrics, 31) is None
    assert col_at(-0.1, metrics, 31) is None

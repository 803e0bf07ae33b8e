"""Seasonality from last year without the days that move (``review.seasonality``,
``review.season_weights``), on histories built by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ecplanner.domain.model import DailyActual, Event, EventKind
from ecplanner.domain.review.season_weights import seasonal_weights
from ecplanner.domain.review.seasonality import SpringWindow, spring_window

# The courier shutdowns as public_holidays gives them (checked below): 2026's festival on
# 02-17, shutdown 02-11..02-23 (−6..+6); 2027's on 02-06, shutdown 02-01..02-10 (−5..+4).
WINDOW_2026 = SpringWindow(date(2026, 2, 17), date(2026, 2, 11), date(2026, 2, 23))
WINDOW_2027 = SpringWindow(date(2027, 2, 6), date(2027, 2, 1), date(2027, 2, 10))


def _year(gmv_of: dict[date, float] | None = None, level: float = 1000.0) -> list[DailyActual]:
    start = date(2026, 1, 1)
    days = (start + timedelta(days=n) for n in range(365))
    return [DailyActual(d, uv=100, gmv=(gmv_of or {}).get(d, level)) for d in days]


def test_the_windows_are_the_holiday_librarys() -> None:
    assert spring_window(2026, ["cn"], 5) == WINDOW_2026
    assert spring_window(2027, ["cn"], 5) == WINDOW_2027
    assert spring_window(2027, ["jp"], 5) is None


def test_a_spring_festival_dip_moves_with_the_festival() -> None:
    # ¥1,000 every day of 2026, but ¥400 on the 13 days 02-11..02-23 (the shutdown).
    dip = {date(2026, 2, 11) + timedelta(days=n): 400.0 for n in range(13)}
    found = seasonal_weights(_year(dip), 2027, [], [], ["tmall"], WINDOW_2026, WINDOW_2027)
    assert found is not None
    # Both shutdowns counted from their festival: −6..+6, so the dip is ×0.4 at 13 offsets;
    # in 2027 they fall on 01-31..02-12: one January day, twelve February days.
    assert dict(found.rhythm.spring) == pytest.approx({k: 0.4 for k in range(-6, 7)})
    # The year: 365 × 1,000 − 13 × 600 = 357,200 in both years.
    # 2027: Jan 30 × 1,000 + 400 = 30,400; Feb 16 × 1,000 + 12 × 400 = 20,800.
    # 2026 (last year's shares): Jan 31,000; Feb 28 × 1,000 − 13 × 600 = 20,200.
    jan, feb, mar = found.months[:3]
    assert jan.weight == pytest.approx(30_400 / 357_200)
    assert feb.weight == pytest.approx(20_800 / 357_200)
    assert jan.last_year == pytest.approx(31_000 / 357_200)
    assert jan.change == pytest.approx(-600 / 357_200)  # −0.168 points
    assert feb.change == pytest.approx(+600 / 357_200)
    assert mar.change == pytest.approx(0.0)
    assert (jan.spring_shift, feb.spring_shift, mar.spring_shift) == (-11, -11, 0)
    assert sum(found.weights) == pytest.approx(1.0)


# A weekday index of mean 1: weekdays 0.84, Saturday and Sunday 1.4 (5 × 0.84 + 2 × 1.4 = 7).
WEEKDAY = (0.84, 0.84, 0.84, 0.84, 0.84, 1.4, 1.4)


def _rhythm(day: date) -> float:
    return 1000.0 * day.month * WEEKDAY[day.weekday()]


def test_a_year_without_events_gives_back_the_base_rhythm() -> None:
    # 2026 is month × 1,000 × weekday index, but 05-30 (a Saturday) is a store day at ×3,
    # planned ×2: its four earlier Saturdays are all May, so it measures exactly ×3.
    promo = Event("店庆", EventKind.STORE_PROMO, date(2026, 5, 30), date(2026, 5, 30),
                  uplift=2.0)
    history = _year()
    history = [DailyActual(a.day, uv=100, gmv=_rhythm(a.day) * (3 if a.day == promo.start
                                                                 else 1)) for a in history]
    found = seasonal_weights(history, 2027, [promo], [], ["tmall"], None, None)
    assert found is not None
    assert found.rhythm.weekday == pytest.approx(WEEKDAY, rel=1e-12)
    assert found.rhythm.season == pytest.approx([1000.0 * m for m in range(1, 13)], rel=1e-12)
    # 2027 without events is the rhythm itself. January 2027 has 10 weekend days and 21
    # others: 1,000 × (21 × 0.84 + 10 × 1.4) = 31,640; February four weeks: 2,000 × 28 = 56,000.
    assert found.weights[0] / found.weights[1] == pytest.approx(31_640 / 56_000)
    assert found.months[4].events == ("店庆",)  # the store day is gone from May
    # January 2026 starts on a Thursday: 9 weekend days, 22 others, 22 × 0.84 + 9 × 1.4 =
    # 31.08 against 2027's 31.64: its weekdays weigh 31.64 ÷ 31.08 − 1 = 1.80 % more.
    assert found.months[0].weekday_mix == pytest.approx(31.64 / 31.08 - 1)


def test_this_years_events_are_put_back_at_their_dates() -> None:
    # A flat year; 2027's 店庆 on 03-10..03-11 at ×2.5 adds 2 × 1.5 × 1,000 = 3,000 to March.
    promo = Event("店庆", EventKind.STORE_PROMO, date(2027, 3, 10), date(2027, 3, 11),
                  uplift=2.5)
    found = seasonal_weights(_year(), 2027, [], [promo], ["tmall"], None, None)
    assert found is not None
    # The year: 365,000 + 3,000 = 368,000; March 31,000 + 3,000 = 34,000.
    assert found.weights[2] == pytest.approx(34_000 / 368_000)
    assert found.months[2].events == ("店庆",) and found.months[3].events == ()


def test_a_month_without_days_gives_nothing() -> None:
    history = [a for a in _year() if a.day.month != 7]
    assert seasonal_weights(history, 2027, [], [], ["tmall"], None, None) is None

"""This year's monthly weights from last year's base rhythm, and why each month moved.

``seasonal_weights`` puts this year's events and Spring Festival back on last year's base
rhythm (``seasonality``) and compares each month with last year's plain share, the copy it
replaces: the month's change in percentage points, how many days the festival moves when
its window touches the month, and the events whose selling days in the month differ.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ecplanner.domain.budget.uplift import lifts_the_store, weights_from_actuals
from ecplanner.domain.model import DailyActual, Event, PlanInfo
from ecplanner.domain.review.seasonality import (
    BaseRhythm,
    SpringWindow,
    base_rhythm,
    forecast_days,
    monthly_shares,
    spring_window,
    window_offsets,
)
from ecplanner.domain.selling_days import selling_spans

_NAMED_EVENTS = 3
_MOVES = 0.01  # an event adding or taking 1 % of a month's days is worth naming


@dataclass(frozen=True)
class MonthChange:
    """One month: last year's share, the new weight, and what moved in it.

    ``spring_shift`` is the days Spring Festival moves (−11: eleven days earlier), 0 when
    it does not move or its window touches neither year's month; ``events`` names (at most
    three, largest first) the events whose days in the month or whose uplift differ between
    the years (last year's realised, this year's planned) by 1 % of the month's days or
    more; ``weekday_mix`` is how much more (or less) the month's weekdays weigh this year:
    Σ weekday index over its days this year ÷ the same last year − 1. A month with none of
    these moved with the others' shares."""

    month: int
    last_year: float
    weight: float
    spring_shift: int
    events: tuple[str, ...]
    weekday_mix: float

    @property
    def change(self) -> float:
        return self.weight - self.last_year


@dataclass(frozen=True)
class SeasonalWeights:
    """The rhythm learned, each day of the plan year on it (no growth), the weights."""

    rhythm: BaseRhythm
    days: tuple[tuple[date, float], ...]
    weights: tuple[float, ...]
    months: tuple[MonthChange, ...]


def seasonal_weights(actuals: Sequence[DailyActual], year: int,
                     last_events: Sequence[Event], events: Sequence[Event],
                     platforms: Sequence[str], last_window: SpringWindow | None,
                     window: SpringWindow | None) -> SeasonalWeights | None:
    """The weights of ``year`` from the actuals of ``year − 1`` with ``last_events`` and
    ``last_window`` taken out and ``events`` and ``window`` put back. None when a month of
    last year has no day imported."""
    shares = weights_from_actuals(actuals, year - 1)
    offsets = window_offsets(last_window, window)
    rhythm = base_rhythm(actuals, year - 1, last_events, platforms,
                         last_window.new_year if last_window else None, offsets)
    if shares is None or rhythm is None:
        return None
    days = forecast_days(rhythm, year, events, platforms,
                         window.new_year if window else None)
    weights = monthly_shares(days)
    shift = _spring_shift(last_window, window, year)
    spring_months = _window_months(last_window, offsets) | _window_months(window, offsets)
    last_days = _selling_days(rhythm.events, year - 1, platforms)
    this_days = _selling_days(events, year, platforms)
    months = tuple(
        MonthChange(m, shares[m - 1], weights[m - 1],
                    shift if m in spring_months else 0,
                    _moved_events(last_days, this_days, m),
                    _weekdays(rhythm, year, m) / _weekdays(rhythm, year - 1, m) - 1.0)
        for m in range(1, 13))
    return SeasonalWeights(rhythm, tuple(days.items()), weights, months)


def weights_for_plan(actuals: Sequence[DailyActual], info: PlanInfo,
                     last_events: Sequence[Event], events: Sequence[Event]
                     ) -> SeasonalWeights | None:
    """``seasonal_weights`` for the plan of ``info``: its platforms, and the Spring Festival
    of its markets (none outside China) with its courier cut-off."""
    last = spring_window(info.year - 1, info.markets, info.shipping_cutoff_days)
    this = spring_window(info.year, info.markets, info.shipping_cutoff_days)
    return seasonal_weights(actuals, info.year, last_events, events, info.platforms,
                            last, this)


def _spring_shift(last: SpringWindow | None, this: SpringWindow | None, year: int) -> int:
    if last is None or this is None:
        return 0
    return (this.new_year - last.new_year.replace(year=year)).days


def _window_months(window: SpringWindow | None, offsets: range) -> set[int]:
    if window is None:
        return set()
    return {(window.new_year + timedelta(days=k)).month for k in offsets}


def _weekdays(rhythm: BaseRhythm, year: int, month: int) -> float:
    day, total = date(year, month, 1), 0.0
    while day.month == month:
        total += rhythm.weekday[day.weekday()]
        day += timedelta(days=1)
    return total


Selling = dict[str, tuple[str, dict[tuple[int, int], float]]]


def _selling_days(events: Iterable[Event], year: int, platforms: Sequence[str]) -> Selling:
    """By catalog entry (or title): its title and the extra (uplift − 1) it brings each
    (month, day) of ``year``, counting only the events that move the store's traffic."""
    found: Selling = {}
    for event in events:
        if event.uplift == 1.0 or not lifts_the_store(event, platforms):
            continue
        _, days = found.setdefault(event.template_key or event.title, (event.title, {}))
        for first, last in selling_spans(event):
            day = first
            while day <= last:
                if day.year == year:
                    key = (day.month, day.day)
                    days[key] = days.get(key, 0.0) + event.uplift - 1.0
                day += timedelta(days=1)
    return found


def _moved_events(last: Selling, this: Selling, month: int) -> tuple[str, ...]:
    """The events that move ``month`` by 1 % of its days or more (the extra their days
    bring this year against last year's, over the month's days), the largest first."""
    length = calendar.monthrange(2001, month)[1]  # February's 28 days do for the threshold
    moved: dict[str, float] = {}
    for key in (*this, *(k for k in last if k not in this)):
        title = (this.get(key) or last[key])[0]
        before = sum(v for (m, _), v in last.get(key, ("", {}))[1].items() if m == month)
        after = sum(v for (m, _), v in this.get(key, ("", {}))[1].items() if m == month)
        moved[title] = moved.get(title, 0.0) + (after - before) / length
    named = sorted((t for t, v in moved.items() if abs(v) >= _MOVES),
                   key=lambda t: -abs(moved[t]))
    return tuple(named[:_NAMED_EVENTS])

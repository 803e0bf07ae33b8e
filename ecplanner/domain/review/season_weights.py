"""This year's monthly weights from last year's base rhythm, and why each month moved.

``seasonal_weights`` puts this year's events and Spring Festival back on last year's base
rhythm (``seasonality``) and compares each month with last year's plain share, the copy it
replaces: the month's change in percentage points, how many days the festival moves when
its window touches the month, and the events whose selling days in the month differ.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from ecplanner.domain.budget.uplift import lifts_the_store, weights_from_actuals
from ecplanner.domain.model import DailyActual, Event
from ecplanner.domain.review.seasonality import (
    BaseRhythm,
    SpringWindow,
    base_rhythm,
    forecast_days,
    monthly_shares,
    window_offsets,
)
from ecplanner.domain.selling_days import selling_spans

_NAMED_EVENTS = 3


@dataclass(frozen=True)
class MonthChange:
    """One month: last year's share, the new weight, and what moved in it.

    ``spring_shift`` is the days Spring Festival moves (−11: eleven days earlier), 0 when
    it does not move or its window touches neither year's month; ``events`` names (at most
    three) the events whose selling days in the month differ between the years."""

    month: int
    last_year: float
    weight: float
    spring_shift: int
    events: tuple[str, ...]

    @property
    def change(self) -> float:
        return self.weight - self.last_year


@dataclass(frozen=True)
class SeasonalWeights:
    rhythm: BaseRhythm
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
    last_days = _selling_days(last_events, year - 1, platforms)
    this_days = _selling_days(events, year, platforms)
    months = tuple(
        MonthChange(m, shares[m - 1], weights[m - 1],
                    shift if m in spring_months else 0,
                    _moved_events(last_days, this_days, m))
        for m in range(1, 13))
    return SeasonalWeights(rhythm, weights, months)


def _spring_shift(last: SpringWindow | None, this: SpringWindow | None, year: int) -> int:
    if last is None or this is None:
        return 0
    return (this.new_year - last.new_year.replace(year=year)).days


def _window_months(window: SpringWindow | None, offsets: range) -> set[int]:
    if window is None:
        return set()
    return {(window.new_year + timedelta(days=k)).month for k in offsets}


def _selling_days(events: Iterable[Event], year: int, platforms: Sequence[str]
                  ) -> dict[str, tuple[str, set[tuple[int, int]]]]:
    """By catalog entry (or title): its title and the (month, day)s it sells on in ``year``,
    counting only the events that move the store's traffic."""
    found: dict[str, tuple[str, set[tuple[int, int]]]] = {}
    for event in events:
        if event.uplift == 1.0 or not lifts_the_store(event, platforms):
            continue
        _, days = found.setdefault(event.template_key or event.title, (event.title, set()))
        for first, last in selling_spans(event):
            day = first
            while day <= last:
                if day.year == year:
                    days.add((day.month, day.day))
                day += timedelta(days=1)
    return found


def _moved_events(last: dict[str, tuple[str, set[tuple[int, int]]]],
                  this: dict[str, tuple[str, set[tuple[int, int]]]],
                  month: int) -> tuple[str, ...]:
    names: list[str] = []
    for key in (*this, *(k for k in last if k not in this)):
        title = (this.get(key) or last[key])[0]
        before = {d for d in last.get(key, ("", set()))[1] if d[0] == month}
        after = {d for d in this.get(key, ("", set()))[1] if d[0] == month}
        if before != after and title not in names:
            names.append(title)
    return tuple(names[:_NAMED_EVENTS])


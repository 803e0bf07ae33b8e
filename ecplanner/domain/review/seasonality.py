"""Monthly weights from last year's days, with the days that move taken out and put back.

Copying last year's monthly shares is wrong wherever a day that lifts or lowers sales
moved: Spring Festival fell on 2026-02-17 and falls on 2027-02-06, and platforms move their
windows. So last year's GMV is divided into a base rhythm and what moves (docs/review.md,
"Seasonality from last year"):

    actual(d) = season(month) × weekday(weekday) × events(d) × spring(d)

- ``events(d)`` = max(0, 1 + Σ (uplift − 1)) over last year's events selling on ``d``, each
  at its realised uplift (``event_review``, measured outside the Spring Festival window),
  or its planned one where it cannot be measured;
- ``season`` and ``weekday`` (a weekday index of mean 1) are fitted to the days outside the
  window with their events divided out;
- ``spring(d)`` = actual ÷ (season × weekday × events) for each day of the Spring Festival
  window, by its distance from the lunar new year (the courier shutdown of either year), so
  this year's day at the same distance from the festival gets last year's factor.

This year's day is then ``season × weekday × this year's events × spring at this year's
dates``, and a month's weight is its days' share of the year.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ecplanner.domain.budget.uplift import event_extra_between, lifts_the_store
from ecplanner.domain.catalog.public_holidays import holidays_for
from ecplanner.domain.catalog.rules import lunar_to_solar
from ecplanner.domain.model import DailyActual, Event, Market
from ecplanner.domain.review.event_review import review_event, unusual_days

_FIT_ROUNDS = 500
_FIT_TOLERANCE = 1e-14


@dataclass(frozen=True)
class SpringWindow:
    """One year's Spring Festival: the lunar new year's day and the courier shutdown."""

    new_year: date
    first: date
    last: date

    def offsets(self) -> range:
        """The shutdown's days counted from the lunar new year (−6 … +6 in 2026)."""
        return range((self.first - self.new_year).days, (self.last - self.new_year).days + 1)


@dataclass(frozen=True)
class BaseRhythm:
    """Last year without its events and its Spring Festival: GMV of an ordinary day is
    ``season[month − 1] × weekday[date.weekday()]``; ``spring`` is the factor of each day
    of the Spring Festival window by its distance from the lunar new year; ``events`` are
    last year's at the uplift taken out (realised, else planned)."""

    season: tuple[float, ...]
    weekday: tuple[float, ...]
    spring: tuple[tuple[int, float], ...]
    events: tuple[Event, ...]  # last year's, at the uplift divided out


def spring_window(year: int, markets: Iterable[str], cutoff_days: int) -> SpringWindow | None:
    """``year``'s courier shutdown around Spring Festival (``public_holidays``); None for a
    plan outside China."""
    if Market.CN.value not in tuple(markets):
        return None
    shutdown = holidays_for(year, [Market.CN.value], cutoff_days=cutoff_days).shipping_shutdown
    if shutdown is None:
        return None
    return SpringWindow(lunar_to_solar(year, 1, 1), shutdown.start, shutdown.end)


def window_offsets(last: SpringWindow | None, this: SpringWindow | None) -> range:
    """Both years' shutdowns together, counted from their lunar new years (empty without)."""
    spans = [w.offsets() for w in (last, this) if w is not None]
    if not spans:
        return range(0)
    return range(min(s.start for s in spans), max(s.stop for s in spans))


def event_factors(events: Iterable[Event], year: int,
                  platforms: Sequence[str]) -> dict[date, float]:
    """max(0, 1 + Σ (uplift − 1)) of the events selling on each day of ``year`` that has any."""
    return {day: max(0.0, 1.0 + extra)
            for day, extra in event_extra_between(events, date(year, 1, 1), date(year, 12, 31),
                                                  platforms).items()}


def measured_events(events: Sequence[Event], actuals: Mapping[date, DailyActual],
                    platforms: Sequence[str], unusual: frozenset[date]) -> list[Event]:
    """``events`` at their realised uplift where their days can be measured."""
    found = []
    for event in events:
        review = (review_event(event, actuals, unusual)
                  if event.uplift != 1.0 and lifts_the_store(event, platforms) else None)
        realised = review.whole.uplift if review is not None else None
        found.append(replace(event, uplift=realised) if realised is not None else event)
    return found


def base_rhythm(actuals: Iterable[DailyActual], year: int, events: Sequence[Event],
                platforms: Sequence[str], new_year: date | None,
                offsets: range) -> BaseRhythm | None:
    """The base rhythm of ``year`` (last year): fitted on its days outside the Spring
    Festival window (``offsets`` from ``new_year``) with ``events`` divided out; then each
    window day's factor against it. None when a month or a weekday has no day to learn from."""
    by_day = {a.day: a for a in actuals if a.day.year == year}
    window = {new_year + timedelta(days=k): k for k in offsets} if new_year else {}
    # Events are measured outside the window only: a dip the festival brings must not pass
    # for the realised uplift of an event that happens to run in it.
    outside = {d: a for d, a in by_day.items() if d not in window}
    unusual = unusual_days(events, platforms) | frozenset(window)
    measured = measured_events(events, outside, platforms, unusual)
    lifted = event_factors(measured, year, platforms)
    base = {d: a.gmv / lifted.get(d, 1.0) for d, a in outside.items()
            if lifted.get(d, 1.0) > 0}
    fitted = _fit(base)
    if fitted is None:
        return None
    season, weekday = fitted
    # Each window day against what the base rhythm and its events would have made of it.
    spring: list[tuple[int, float]] = []
    for day, offset in window.items():
        actual = by_day.get(day)
        expected = season[day.month - 1] * weekday[day.weekday()] * lifted.get(day, 1.0)
        if actual is not None and expected > 0:
            spring.append((offset, actual.gmv / expected))
    return BaseRhythm(season, weekday, tuple(spring), tuple(measured))


def _fit(base: Mapping[date, float]) -> tuple[tuple[float, ...], tuple[float, ...]] | None:
    """``season`` (12) and ``weekday`` (7, mean 1) with base(d) ≈ season × weekday: the
    alternating means of the two-way multiplicative model, exact when the days are."""
    months = [[(d, v) for d, v in base.items() if d.month == m] for m in range(1, 13)]
    if any(not days for days in months) or len({d.weekday() for d in base}) < 7:
        return None
    weekday = [1.0] * 7
    season = [0.0] * 12
    for _ in range(_FIT_ROUNDS):
        season = [math.fsum(v / weekday[d.weekday()] for d, v in days) / len(days)
                  for days in months]
        sums, counts = [0.0] * 7, [0] * 7
        for d, v in base.items():
            if season[d.month - 1] > 0:
                sums[d.weekday()] += v / season[d.month - 1]
                counts[d.weekday()] += 1
        found = [s / c if c else 1.0 for s, c in zip(sums, counts, strict=True)]
        mean = math.fsum(found) / 7
        if mean <= 0:
            return None
        found = [f / mean for f in found]
        moved = max(abs(a - b) for a, b in zip(found, weekday, strict=True))
        weekday = found
        if moved < _FIT_TOLERANCE:
            break
    season = [math.fsum(v / weekday[d.weekday()] for d, v in days) / len(days)
              for days in months]
    return tuple(season), tuple(weekday)


def forecast_days(rhythm: BaseRhythm, year: int, events: Iterable[Event],
                  platforms: Sequence[str], new_year: date | None) -> dict[date, float]:
    """Each day of ``year``: base × this year's events × Spring Festival at ``new_year``."""
    lifted = event_factors(events, year, platforms)
    spring = dict(rhythm.spring)
    found: dict[date, float] = {}
    day = date(year, 1, 1)
    while day.year == year:
        value = rhythm.season[day.month - 1] * rhythm.weekday[day.weekday()]
        value *= lifted.get(day, 1.0)
        if new_year is not None:
            value *= spring.get((day - new_year).days, 1.0)
        found[day] = value
        day += timedelta(days=1)
    return found


def monthly_shares(days: Mapping[date, float]) -> tuple[float, ...]:
    """Each month's share of the days' sum (all zeros when it is zero)."""
    sums = [0.0] * 12
    for day, value in days.items():
        sums[day.month - 1] += value
    total = math.fsum(sums)
    return tuple(s / total if total > 0 else 0.0 for s in sums)


"""How an event really did: its selling days' actual GMV against a baseline of ordinary days.

The baseline of a day is the median GMV of the same weekday in the four weeks before it
(the day 7, 14, 21 and 28 days earlier), leaving out days that are not ordinary: days on which
any event lifting or lowering the store's traffic runs (``lifts_the_store``, uplift ≠ 1), and
days without imported actuals. A day with none of the four left has no baseline and is not
counted. The median keeps one odd day (a flash sale, a stock-out) from bending it.

The realised uplift of an event (or of one of its phases) is the actual GMV of its selling
days that have a baseline divided by the sum of their baselines: the budget's uplift,
measured. Its selling days are the budget's (``selling_spans``: the main waves, balance
payment and encore of an event with phases; every day of one without), so the realised figure
is comparable with the planned one. Spend and ROI are over the same days.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ecplanner.domain.budget.uplift import lifts_the_store
from ecplanner.domain.model import DailyActual, Event
from ecplanner.domain.selling_days import SELLING_PHASES, selling_spans

BASELINE_WEEKS = 4


@dataclass(frozen=True)
class Measured:
    """Actual GMV, UV and spend over some days, with the baseline GMV of those days."""

    days: int
    gmv: float
    uv: int
    spend: float
    baseline_gmv: float

    @property
    def uplift(self) -> float | None:
        """Realised uplift: actual ÷ baseline GMV (None without a baseline)."""
        return self.gmv / self.baseline_gmv if self.baseline_gmv > 0 else None

    @property
    def roi(self) -> float | None:
        return self.gmv / self.spend if self.spend > 0 else None


@dataclass(frozen=True)
class EventReview:
    """One past event: the whole of its selling days, and each selling phase by name."""

    event: Event
    whole: Measured
    phases: tuple[tuple[str, Measured], ...]


def unusual_days(events: Iterable[Event], platforms: Sequence[str]) -> frozenset[date]:
    """The days any event that moves the store's traffic runs on (its whole span)."""
    found: set[date] = set()
    for event in events:
        if event.uplift == 1.0 or not lifts_the_store(event, platforms):
            continue
        day = event.start
        while day <= event.end:
            found.add(day)
            day += timedelta(days=1)
    return frozenset(found)


def baseline_gmv(day: date, actuals: Mapping[date, DailyActual],
                 unusual: frozenset[date]) -> float | None:
    """The median GMV of ``day``'s weekday in the four weeks before it, ordinary days only."""
    earlier = (day - timedelta(weeks=w) for w in range(1, BASELINE_WEEKS + 1))
    found = [actuals[d].gmv for d in earlier if d in actuals and d not in unusual]
    return statistics.median(found) if found else None


def _measure(days: Iterable[date], actuals: Mapping[date, DailyActual],
             unusual: frozenset[date]) -> Measured:
    count, gmv, uv, spend, base = 0, 0.0, 0, 0.0, 0.0
    for day in days:
        actual = actuals.get(day)
        baseline = baseline_gmv(day, actuals, unusual) if actual is not None else None
        if actual is None or baseline is None:
            continue
        count, gmv, uv = count + 1, gmv + actual.gmv, uv + actual.uv
        spend, base = spend + actual.spend, base + baseline
    return Measured(count, gmv, uv, spend, base)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def review_event(event: Event, actuals: Mapping[date, DailyActual],
                 unusual: frozenset[date]) -> EventReview | None:
    """``event`` measured on ``actuals`` (by day); None when none of its selling days has
    both actuals and a baseline."""
    whole = _measure((d for a, b in selling_spans(event) for d in _days(a, b)),
                     actuals, unusual)
    if whole.days == 0:
        return None
    phases = tuple(
        (phase.name, _measure(_days(max(phase.start.date(), event.start),
                                    min(phase.end.date(), event.end)), actuals, unusual))
        for phase in event.phases if phase.kind in SELLING_PHASES)
    return EventReview(event, whole, tuple((n, m) for n, m in phases if m.days))


def review_events(events: Sequence[Event], actuals: Iterable[DailyActual],
                  platforms: Sequence[str], others: Sequence[Event] | None = None
                  ) -> list[EventReview]:
    """Every event of ``events`` that moves the store's traffic and has measurable days;
    the baseline leaves out the days of ``others`` too (the plan's events, when only some
    are reviewed)."""
    by_day = {a.day: a for a in actuals}
    if not events or not by_day:
        return []
    # Only the days a baseline can reach matter: from four weeks before the first event.
    first = min(e.start for e in events) - timedelta(weeks=BASELINE_WEEKS)
    last = max(e.end for e in events)
    near = [e for e in (*events, *(others or ())) if e.end >= first and e.start <= last]
    unusual = unusual_days(near, platforms)
    found = (review_event(e, by_day, unusual) for e in events
             if e.uplift != 1.0 and lifts_the_store(e, platforms))
    return [r for r in found if r is not None]

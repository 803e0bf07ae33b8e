"""What the weekly or monthly report holds, worked out from one read of the plan.

Completion compares the actuals with three plans: the whole period's, the period's up to
the last imported day ("plan to date", calendar days), and the target. The variance
attribution compares the days that have actuals with the plan of those same days, so a
day not yet imported is never read as a day of no sales (``review.variance``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ecplanner.domain.budget.channel_roi import ChannelResult, channel_results
from ecplanner.domain.findings import Finding
from ecplanner.domain.model import DailyActual, Event, PlanInfo, Product, Task
from ecplanner.domain.review.daily_plan import (
    FLAT_WEEK,
    DayPlan,
    daily_plan,
    plan_to_date,
    weekday_pattern,
)
from ecplanner.domain.review.event_review import EventReview, review_events
from ecplanner.domain.review.periods import Period
from ecplanner.domain.review.rollup import Totals, actual_totals, plan_totals
from ecplanner.domain.review.variance import Effects, attribute
from ecplanner.exchange.plan_snapshot import PlanResults, PlanSnapshot, compute_results


@dataclass(frozen=True)
class DayRow:
    """One day of the period: its plan, its actuals (None: not imported), events running."""

    plan: DayPlan
    actual: DailyActual | None
    events: tuple[str, ...]


@dataclass(frozen=True)
class ReportData:
    info: PlanInfo
    period: Period
    following: Period
    days: tuple[DayRow, ...]
    as_of: date | None  # the period's last day with actuals
    target: float
    plan: Totals  # the whole period
    plan_to_date: float  # planned GMV, the period's first day to ``as_of`` (0 without)
    plan_of_data_days: Totals  # the days that have actuals: what ``effects`` compares with
    actual: Totals
    effects: Effects
    events: tuple[Event, ...]  # running in the period
    next_events: tuple[Event, ...]  # running in the next period
    deadlines: tuple[Event, ...]  # registration deadline in the next period
    tasks: tuple[Task, ...]  # due in the next period
    launched: tuple[Product, ...]
    delisted: tuple[Product, ...]
    findings: tuple[Finding, ...]  # the plan's open warnings, as ``ecplanner check`` lists
    all_events: tuple[Event, ...]  # the plan's, to name a task's event
    weekdays_from: int | None  # the year whose actuals shaped the weekdays; None: flat
    reviews: tuple[EventReview, ...] = ()  # the period's events measured on the actuals
    channels: tuple[ChannelResult, ...] = ()  # each paid channel with ad reports in the period


def _running(events: Sequence[Event], period: Period) -> tuple[Event, ...]:
    return tuple(e for e in events if e.start <= period.end and e.end >= period.start)


def _within(day: date | None, period: Period) -> bool:
    return day is not None and period.start <= day <= period.end


def _pattern(snapshot: PlanSnapshot) -> tuple[float, ...]:
    return weekday_pattern(snapshot.actuals, snapshot.info.year - 1)


def day_rows(snapshot: PlanSnapshot, results: PlanResults, first: date,
             last: date) -> tuple[DayRow, ...]:
    """Each day from ``first`` to ``last``: the daily plan (zero outside the plan's year),
    the imported figures and the events running."""
    info = snapshot.info
    plan_by_day = {p.day: p for p in daily_plan(results.sheet, snapshot.events,
                                                info.platforms, _pattern(snapshot))}
    actual_by_day = {a.day: a for a in snapshot.actuals}
    # Each event's title on its days, in the events' order: a day by day look through every
    # event was 365 × 20,000 comparisons on a large plan (~3 s of a worker's Python).
    running: dict[date, list[str]] = {}
    for event in snapshot.events:
        day, end = max(event.start, first), min(event.end, last)
        while day <= end:
            running.setdefault(day, []).append(event.title)
            day += timedelta(days=1)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return tuple(DayRow(plan_by_day.get(day) or DayPlan(day, 0.0, 0.0, 0.0, 0.0),
                        actual_by_day.get(day), tuple(running.get(day, ())))
                 for day in days)


def report_data(snapshot: PlanSnapshot, period: Period,
                results: PlanResults | None = None) -> ReportData:
    """The report of ``period`` (its days outside the plan's year have no plan);
    ``results``: ``compute_results(snapshot)`` when the caller has it already."""
    info = snapshot.info
    results = results or compute_results(snapshot)
    pattern = _pattern(snapshot)
    events = _running(snapshot.events, period)
    rows = day_rows(snapshot, results, period.start, period.end)
    with_data = [r for r in rows if r.actual is not None]
    as_of = with_data[-1].plan.day if with_data else None
    plans = [r.plan for r in rows]
    to_date = plan_to_date(plans, period.start, as_of) if as_of is not None else 0.0
    plan_of_data = plan_totals(r.plan for r in with_data)
    actual = actual_totals(r.actual for r in with_data if r.actual is not None)
    following = period.following()
    return ReportData(
        info=info, period=period, following=following, days=rows, as_of=as_of,
        target=math.fsum(p.target for p in plans),
        plan=plan_totals(plans), plan_to_date=to_date,
        plan_of_data_days=plan_of_data, actual=actual,
        effects=attribute(plan_of_data, actual),
        events=events, next_events=_running(snapshot.events, following),
        deadlines=tuple(sorted((e for e in snapshot.events
                                if _within(e.registration_deadline, following)),
                               key=lambda e: (e.registration_deadline, e.start))),
        tasks=tuple(t for t in snapshot.tasks if _within(t.due, following)),
        launched=tuple(p for p in snapshot.products if _within(p.launch, period)),
        delisted=tuple(p for p in snapshot.products if _within(p.delist, period)),
        findings=results.findings, all_events=snapshot.events,
        weekdays_from=None if pattern == FLAT_WEEK else info.year - 1,
        # measured on all the actuals: a baseline reaches four weeks before the period
        reviews=tuple(review_events(events, snapshot.actuals, info.platforms)),
        channels=channel_results(snapshot.channel_days, results.sheet, period.start,
                                 period.end),
    )

"""Plan against actuals (复盘): each month, the year to date, and the whole year.

Actual CVR = buyers ÷ UV and actual AOV = GMV ÷ buyers (客单价 as the platforms define it);
each paid channel with imported ad reports has its actual ROI beside the planned one
(``budget.channel_roi``: the plan of the days its reports cover);
when an import had no buyers, orders stand in for them. Ratios and completions are None
when their denominator is zero; a month without imported days shows ``days_with_data == 0``
and zeros, which the UI should grey out rather than read as a month of no sales.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ecplanner.domain.budget.channel_roi import ChannelResult, channel_results
from ecplanner.domain.budget.sheet import MonthFigures, Sheet
from ecplanner.domain.model import ChannelDay, DailyActual


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class Comparison:
    """Plan beside actuals for one month (``month`` 1..12) or a span (``month`` None)."""

    month: int | None
    days_with_data: int
    target: float
    planned_gmv: float
    actual_gmv: float
    planned_uv: float
    actual_uv: float
    planned_cvr: float | None
    actual_cvr: float | None
    planned_aov: float | None
    actual_aov: float | None
    planned_spend: float
    actual_spend: float
    planned_roi: float | None
    actual_roi: float | None
    completion_vs_target: float | None  # actual GMV ÷ target
    completion_vs_plan: float | None  # actual GMV ÷ planned GMV
    channels: tuple[ChannelResult, ...] = ()  # the paid channels with ad reports in it


@dataclass(frozen=True)
class Review:
    """``year_to_date`` runs from 1 January to ``as_of`` inclusive.

    ``as_of`` may lie outside the year: before it nothing has elapsed, after it everything has.
    """

    year: int
    as_of: date
    months: tuple[Comparison, ...]
    year_to_date: Comparison
    total: Comparison


@dataclass(frozen=True)
class _Plan:
    target: float
    gmv: float
    uv: float
    buyers: float
    spend: float


@dataclass(frozen=True)
class _Actual:
    days: int
    gmv: float
    uv: float
    buyers: float
    orders: float
    spend: float


def review(sheet: Sheet, actuals: Iterable[DailyActual], as_of: date,
           channel_days: Iterable[ChannelDay] = ()) -> Review:
    """Compare ``sheet`` with the ``actuals`` (and the ads' ``channel_days``) of
    ``sheet.year``; other years' days are ignored.

    The year-to-date plan counts the months before ``as_of`` in full and ``as_of``'s own month
    in proportion to the days elapsed (as_of.day ÷ days in month); actuals count up to and
    including ``as_of``.
    """
    year = sheet.year
    days = [a for a in actuals if a.day.year == year]
    ads = list(channel_days)

    def channels(first: date, last: date) -> tuple[ChannelResult, ...]:
        return channel_results(ads, sheet, first, last)

    monthly = [
        _compare(m, _plan(f, 1.0), _actual(a for a in days if a.day.month == m),
                 channels(date(year, m, 1), date(year, m, calendar.monthrange(year, m)[1])))
        for m, f in enumerate(sheet.months, start=1)
    ]
    ytd_plan = _sum_plans(_plan(f, _elapsed(year, m, as_of)) for m, f in enumerate(sheet.months, 1))
    return Review(
        year=year,
        as_of=as_of,
        months=tuple(monthly),
        year_to_date=_compare(None, ytd_plan, _actual(a for a in days if a.day <= as_of),
                              channels(date(year, 1, 1), min(as_of, date(year, 12, 31)))),
        total=_compare(None, _plan(sheet.total, 1.0), _actual(days),
                       channels(date(year, 1, 1), date(year, 12, 31))),
    )


def _elapsed(year: int, month: int, as_of: date) -> float:
    """The share of ``month`` that lies on or before ``as_of``."""
    if as_of.year < year or (as_of.year == year and as_of.month < month):
        return 0.0
    if as_of.year > year or as_of.month > month:
        return 1.0
    return as_of.day / calendar.monthrange(year, month)[1]


def _plan(f: MonthFigures, share: float) -> _Plan:
    return _Plan(
        target=f.target * share, gmv=f.gmv * share, uv=f.planned_uv * share,
        buyers=f.buyers * share, spend=f.spend_total * share,
    )


def _sum_plans(plans: Iterable[_Plan]) -> _Plan:
    items = list(plans)
    return _Plan(
        target=math.fsum(p.target for p in items), gmv=math.fsum(p.gmv for p in items),
        uv=math.fsum(p.uv for p in items), buyers=math.fsum(p.buyers for p in items),
        spend=math.fsum(p.spend for p in items),
    )


def _actual(days: Iterable[DailyActual]) -> _Actual:
    items: Sequence[DailyActual] = list(days)
    return _Actual(
        days=len({a.day for a in items}), gmv=math.fsum(a.gmv for a in items),
        uv=float(sum(a.uv for a in items)), buyers=float(sum(a.buyers for a in items)),
        orders=float(sum(a.orders for a in items)), spend=math.fsum(a.spend for a in items),
    )


def _compare(month: int | None, plan: _Plan, actual: _Actual,
             channels: tuple[ChannelResult, ...]) -> Comparison:
    buyers = actual.buyers or actual.orders
    return Comparison(
        month=month,
        days_with_data=actual.days,
        target=plan.target,
        planned_gmv=plan.gmv,
        actual_gmv=actual.gmv,
        planned_uv=plan.uv,
        actual_uv=actual.uv,
        planned_cvr=_ratio(plan.buyers, plan.uv),
        actual_cvr=_ratio(buyers, actual.uv),
        planned_aov=_ratio(plan.gmv, plan.buyers),
        actual_aov=_ratio(actual.gmv, buyers),
        planned_spend=plan.spend,
        actual_spend=actual.spend,
        planned_roi=_ratio(plan.gmv, plan.spend),
        actual_roi=_ratio(actual.gmv, actual.spend),
        completion_vs_target=_ratio(actual.gmv, plan.target),
        completion_vs_plan=_ratio(actual.gmv, plan.gmv),
        channels=channels,
    )

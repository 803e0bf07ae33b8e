"""The Review tab's chart series from the days of the year: plain lists, no Qt.

A day without imported figures is NaN in the actual series, so a line breaks there
instead of dropping to zero; so is a day without a channel's ad report in its spend. The
7-day average of a day is the mean GMV of the imported days among it and the six before it
(a gap in the imports is left out, not read as zero).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ecplanner.domain.model import AdChannel, ChannelDay
from ecplanner.domain.review.rollup import buyers_of
from ecplanner.exchange.report.data import DayRow

NAN = math.nan
AVERAGE_DAYS = 7


@dataclass(frozen=True)
class Series:
    """Parallel lists, one item a day; ``x`` counts days from the first row."""

    x: list[float]
    plan_gmv: list[float]
    actual_gmv: list[float]
    average_gmv: list[float]
    plan_uv: list[float]
    actual_uv: list[float]
    plan_cvr: list[float]
    actual_cvr: list[float]
    plan_aov: list[float]
    actual_aov: list[float]
    actual_spend: list[float]  # the store's, from its daily export
    spend_search: list[float]  # each paid channel's, from its ad reports
    spend_display: list[float]
    spend_live: list[float]
    spend_offsite: list[float]


def _ratio(top: float, bottom: float) -> float:
    return top / bottom if bottom else NAN


def trailing_average(values: Sequence[float], days: int = AVERAGE_DAYS) -> list[float]:
    """Mean of the non-NaN values among each one and the ``days − 1`` before it."""
    out = []
    for n in range(len(values)):
        window = [v for v in values[max(0, n - days + 1):n + 1] if not math.isnan(v)]
        out.append(math.fsum(window) / len(window) if window and not math.isnan(values[n])
                   else NAN)
    return out


def series(rows: Sequence[DayRow], channel_days: Sequence[ChannelDay] = ()) -> Series:
    spend = {(d.day, d.channel): d.spend for d in channel_days}

    def channel(which: AdChannel) -> list[float]:
        return [spend.get((r.plan.day, which), NAN) for r in rows]

    actual_gmv = [r.actual.gmv if r.actual else NAN for r in rows]
    actual_uv = [float(r.actual.uv) if r.actual else NAN for r in rows]
    buyers = [float(buyers_of(r.actual)) if r.actual else NAN for r in rows]
    return Series(
        x=[float(n) for n in range(len(rows))],
        plan_gmv=[r.plan.gmv for r in rows], actual_gmv=actual_gmv,
        average_gmv=trailing_average(actual_gmv),
        plan_uv=[r.plan.uv for r in rows], actual_uv=actual_uv,
        plan_cvr=[_ratio(r.plan.buyers, r.plan.uv) * 100 for r in rows],
        actual_cvr=[_ratio(b, u) * 100 for b, u in zip(buyers, actual_uv, strict=True)],
        plan_aov=[_ratio(r.plan.gmv, r.plan.buyers) for r in rows],
        actual_aov=[_ratio(g, b) for g, b in zip(actual_gmv, buyers, strict=True)],
        actual_spend=[r.actual.spend if r.actual else NAN for r in rows],
        spend_search=channel(AdChannel.SEARCH), spend_display=channel(AdChannel.DISPLAY),
        spend_live=channel(AdChannel.LIVE), spend_offsite=channel(AdChannel.OFFSITE),
    )

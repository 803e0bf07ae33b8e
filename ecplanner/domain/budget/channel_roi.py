"""Each paid channel's spend and ROI over a period, beside the plan's (渠道投产复盘).

A channel's days come from its ad reports (``ChannelDay``). Actual ROI (投产比, ROAS) is
the GMV the platform credits the channel's ads with ÷ its spend, over the period's days
that have the channel's report. The planned ROI is worked out over **those same days**, as
the variance attribution compares like with like: each day carries 1/(days of its month) of
its month's planned spend and planned GMV on the channel (the budget sheet's
``spend_<channel>`` and ``gmv_<channel>`` = spend × the month's expected ROI), and

    planned ROI = Σ planned GMV ÷ Σ planned spend over those days,

which is the month's own expected ROI when the days lie in one month. A day outside the
plan's year, or a month without spend on the channel, plans nothing; with no planned spend
on the days the planned ROI is None.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ecplanner.domain.budget.sheet import Sheet
from ecplanner.domain.model import AdChannel, ChannelDay


@dataclass(frozen=True)
class ChannelResult:
    """One channel over a period: its reported days summed, and the plan of those days."""

    channel: AdChannel
    days: int  # days in the period with the channel's report
    spend: float
    clicks: int
    gmv: float  # attributed to the channel's ads
    planned_spend: float
    planned_gmv: float

    @property
    def roi(self) -> float | None:
        """Actual ROI: attributed GMV ÷ spend; None without spend."""
        return self.gmv / self.spend if self.spend else None

    @property
    def planned_roi(self) -> float | None:
        return self.planned_gmv / self.planned_spend if self.planned_spend else None


def _planned(sheet: Sheet, channel: AdChannel, day: date) -> tuple[float, float]:
    """The day's share of its month's planned spend and GMV on ``channel``."""
    if day.year != sheet.year:
        return 0.0, 0.0
    month = sheet.months[day.month - 1]
    share = 1.0 / calendar.monthrange(day.year, day.month)[1]
    return (getattr(month, f"spend_{channel.value}") * share,
            getattr(month, f"gmv_{channel.value}") * share)


def channel_results(days: Iterable[ChannelDay], sheet: Sheet, first: date,
                    last: date) -> tuple[ChannelResult, ...]:
    """Each channel with reported days from ``first`` to ``last``, in ``AdChannel`` order."""
    by_channel: dict[AdChannel, list[ChannelDay]] = {}
    for day in days:
        if first <= day.day <= last:
            by_channel.setdefault(day.channel, []).append(day)
    results = []
    for channel in AdChannel:
        held = by_channel.get(channel)
        if not held:
            continue
        plans = [_planned(sheet, channel, d.day) for d in held]
        results.append(ChannelResult(
            channel, len(held), math.fsum(d.spend for d in held), sum(d.clicks for d in held),
            math.fsum(d.gmv for d in held), math.fsum(s for s, _ in plans),
            math.fsum(g for _, g in plans)))
    return tuple(results)

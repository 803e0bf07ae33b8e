"""The Spring Festival courier shutdown (春节快递停运) as the input-output sheet counts it.

Couriers stop for days around the Spring Festival, but the shop stays open: buyers still
order, fewer of them, and the orders wait for the couriers to come back. So the sheet
counts the shutdown's real days, not one festival day:

- traffic: each day of the shutdown has ``traffic`` times a normal day's visitors (a plan
  setting, 70% unless changed), so a month's multiplier gains (traffic − 1) × (shutdown
  days in the month ÷ days in the month), the budget's rule for an event
  (``uplift.event_uplift_by_month``, which takes this as ``also``);
- shipping: orders taken during the shutdown ship on the day after it ends. Where that day
  falls in a later month (a shutdown across the end of January, as in 2025), the orders
  taken in the earlier month are shipped, and paid for, in the later one. The share held
  over is those days' traffic over the month's: Σ over the held days of the day's factor
  (1 + the events' extra + traffic − 1) ÷ (days in the month × the month's multiplier).
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ecplanner.domain.budget.uplift import event_extra_between
from ecplanner.domain.catalog.public_holidays import HolidayCalendar
from ecplanner.domain.model import Event, PlanSettings

DEFAULT_SHUTDOWN_TRAFFIC = 0.7
"""A day's visitors during the shutdown as a share of a normal day: the catalog's old
one-day Spring Festival dip, now spread over the days the couriers stop."""


@dataclass(frozen=True)
class ShippingPause:
    """No dispatch from ``start`` to ``end`` (both included); ``traffic`` is a day's
    visitors then, as a share of a normal day."""

    start: date
    end: date
    traffic: float = DEFAULT_SHUTDOWN_TRAFFIC

    @property
    def ships_on(self) -> date:
        """The day the held orders go out."""
        return self.end + timedelta(days=1)


def pause_for(holidays: HolidayCalendar | None, settings: PlanSettings) -> ShippingPause | None:
    """The sheet's pause from the year's holidays (None outside China's market)."""
    shutdown = None if holidays is None else holidays.shipping_shutdown
    if shutdown is None:
        return None
    return ShippingPause(shutdown.start, shutdown.end, settings.shutdown_traffic)


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def pause_extra_by_month(pause: ShippingPause | None, year: int) -> list[float]:
    """Each month's change to the traffic multiplier, (traffic − 1) × share of its days."""
    extra = [0.0] * 12
    if pause is None:
        return extra
    for month in range(1, 13):
        first, last = _month_span(year, month)
        inside = (min(last, pause.end) - max(first, pause.start)).days + 1
        if inside > 0:
            extra[month - 1] = (pause.traffic - 1.0) * inside / last.day
    return extra


def held_shares(pause: ShippingPause | None, year: int, uplifts: Sequence[float],
                events: Iterable[Event], platforms: Sequence[str]) -> list[float]:
    """Each month's share of orders that ship in a later month because of ``pause``
    (``uplifts``: the months' multipliers with the pause counted). Orders held past the
    year's end are not moved: the year's own shutdown ends in February at the latest."""
    shares = [0.0] * 12
    if pause is None or pause.ships_on.year != year:
        return shares
    held_first, held_last = max(pause.start, date(year, 1, 1)), pause.end
    if held_first > held_last or held_first.month == pause.ships_on.month:
        return shares  # every held order ships in the month it was taken
    extra = event_extra_between(events, held_first, held_last, platforms)
    for month in range(1, pause.ships_on.month):
        first, last = _month_span(year, month)
        days = list(_days(max(first, held_first), min(last, held_last)))
        total = last.day * uplifts[month - 1]
        if not days or total <= 0:
            continue
        held = math.fsum(max(0.0, pause.traffic + extra.get(d, 0.0)) for d in days)
        shares[month - 1] = min(1.0, held / total)
    return shares

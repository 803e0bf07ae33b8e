"""How the year is shaped: seasonality weights and the traffic uplift of events.

Weights split the annual GMV target into monthly targets; event uplift raises a month's
planned visitors. The two are separate on purpose: weights say when the money should come,
uplift says how much of a month's traffic the calendar's events bring on top of the base.
"""

from __future__ import annotations

import calendar
import functools
import math
import operator
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta

from ecplanner.domain.model import BudgetMonth, DailyActual, Event
from ecplanner.domain.selling_days import selling_spans

DEFAULT_SEASONALITY: tuple[float, ...] = (
    0.075,  # Jan: New-Year goods (年货节) before the Spring Festival shipping stop
    0.045,  # Feb: Spring Festival; couriers stop, spring stock not yet live
    0.075,  # Mar: spring launches, Women's Day (3.8 女王节)
    0.070,  # Apr: between seasons
    0.080,  # May: summer launches, 618 warm-up and presale
    0.105,  # Jun: 618
    0.065,  # Jul: summer clearance at low prices
    0.060,  # Aug: the slowest month for apparel, before autumn stock
    0.080,  # Sep: autumn launches
    0.085,  # Oct: autumn-winter stock, Double-11 presale starts
    0.145,  # Nov: Double 11 (双11), outerwear at the year's highest order values
    0.115,  # Dec: Double 12 and winter demand
)
"""Monthly GMV shares for a Chinese apparel store on Tmall/Taobao (sum 1).

A planning default drawn from the usual shape of the trade, not measured data: the user
replaces it with last year's shares (``weights_from_actuals``) or edits it.
"""


DEFAULT_REFUND_RATES: tuple[float, ...] = (
    0.30, 0.27, 0.30, 0.30, 0.32,
    0.38,  # Jun: 618 orders several sizes at a deep discount and sends most back
    0.32, 0.30, 0.30, 0.32,
    0.42,  # Nov: 双11, the year's most refunds (presale deposits, 凑单 orders returned)
    0.36,  # Dec: 双12
)
"""Each month's share of GMV refunded for the same kind of store: 女装 refunds 30–50%,
most after the big sales. A planning default, like ``DEFAULT_SEASONALITY``."""


def default_months() -> tuple[BudgetMonth, ...]:
    """Twelve months of default inputs, weighted by ``DEFAULT_SEASONALITY``.

    The inputs ``BudgetMonth`` leaves neutral (so that older plans read as they did) start
    here at a Tmall apparel store's usual figures, a planning default for the user to
    replace. VAT stays 0: the rate depends on the store's market and tax status.
    """
    return tuple(
        BudgetMonth(
            month=m, weight=w, refund_rate=refund_rate,
            orders_per_buyer=1.05,  # a few buyers pay for two orders in a month
            affiliate_refund_rate=refund_rate,  # as the store's own orders
            affiliate_service_rate=0.10,  # 阿里妈妈's software service fee on the commission
            refund_unshipped_share=0.30,  # cancelled before dispatch (未发货仅退款)
            refund_only_share=0.05,  # 仅退款 after dispatch: the buyer keeps the goods
            write_down_share=0.10,  # returned soiled or damaged, not sold again
            return_cost=10.0,  # return shipping or the 运费险 claim, per return
        )
        for m, (w, refund_rate) in enumerate(
            zip(DEFAULT_SEASONALITY, DEFAULT_REFUND_RATES, strict=True), start=1)
    )


def complete_months(stored: Iterable[BudgetMonth]
                    ) -> tuple[tuple[BudgetMonth, ...], frozenset[int]]:
    """Months 1..12: the plan's where it has them, ``default_months()`` elsewhere; and which
    are defaults (the Budget tab shows a new plan's, and saves them on the first edit).
    Should a plan hold two rows for one month, the first wins."""
    by_month: dict[int, BudgetMonth] = {}
    for month in stored:
        by_month.setdefault(month.month, month)
    defaults = default_months()
    months = tuple(by_month.get(m, defaults[m - 1]) for m in range(1, 13))
    return months, frozenset(m for m in range(1, 13) if m not in by_month)


def weights_from_actuals(actuals: Iterable[DailyActual], year: int) -> tuple[float, ...] | None:
    """Each month's share of ``year``'s GMV (pass the year of the data, usually plan year − 1).

    A month with only some days imported counts at its mean daily GMV times its length, so
    an export starting on 15 January does not shrink January. Returns None when a month has
    no days at all or the year's GMV is zero: then there is nothing to learn from.
    """
    by_month: list[dict[date, float]] = [{} for _ in range(12)]
    for actual in actuals:
        if actual.day.year == year:
            days = by_month[actual.day.month - 1]
            days[actual.day] = days.get(actual.day, 0.0) + actual.gmv
    if any(not days for days in by_month):
        return None
    estimates = [
        math.fsum(days.values()) / len(days) * calendar.monthrange(year, m)[1]
        for m, days in enumerate(by_month, start=1)
    ]
    total = math.fsum(estimates)
    if total <= 0:
        return None
    return tuple(e / total for e in estimates)


def normalised_weights(weights: Sequence[float]) -> tuple[float, ...]:
    """``weights`` scaled to sum to 1; all zeros when they sum to zero or less."""
    total = math.fsum(weights)
    if total <= 0:
        return tuple(0.0 for _ in weights)
    return tuple(w / total for w in weights)


def lifts_the_store(event: Event, platforms: Sequence[str]) -> bool:
    """Whether ``event`` brings traffic to a store selling on ``platforms``: the store's own
    promotions (no platform), events on every platform ("all"), and those on a platform
    the store sells on. 京东618 does not lift a Tmall/Taobao store unless the user counts
    its uplift anyway (``Event.count_uplift_anyway``). A plan naming no platform counts
    every event."""
    return event.count_uplift_anyway or counts_platform(event.platform, platforms)


def counts_platform(platform: str, platforms: Sequence[str]) -> bool:
    """``lifts_the_store`` for an event on ``platform`` ("" for the store's own)."""
    return not platforms or platform in ("", "all") or platform in platforms


def event_uplift_by_month(events: Iterable[Event], year: int, platforms: Sequence[str] = (),
                          also: Sequence[float] = (), memo: ExtrasMemo | None = None
                          ) -> list[float]:
    """The UV multiplier of each month of ``year`` (index 0 = January), counting the events
    that lift a store on ``platforms`` (``lifts_the_store``).

    Rule: a month's multiplier = 1 + Σ over events (uplift − 1) × (selling days of the event
    inside the month ÷ days in the month). Selling days are the main waves, balance payment
    and encore of an event with phases, else all its days (``selling_days``). A 3-day event
    with uplift 3.0 in a 30-day month gives 1 + 2 × 3/30 = 1.2. Overlapping events add their
    extra traffic; days outside ``year`` are ignored; an event with uplift below 1 lowers
    traffic, and no month goes below 0. ``also`` adds further extra per month (the courier
    shutdown's, ``shutdown.pause_extra_by_month``). ``memo`` keeps each event's share from
    one call to the next.
    """
    extra = (memo.summed(tuple(events), year, platforms) if memo is not None
             else _summed(event_extra_pairs(event, year) for event in events
                          if lifts_the_store(event, platforms)))
    for index, value in enumerate(also):
        extra[index] += value
    return [max(0.0, 1.0 + e) for e in extra]


def _summed(extras: Iterable[list[tuple[int, float]]]) -> list[float]:
    """The events' extras summed per month, in their order."""
    extra = [0.0] * 12
    for pairs in extras:
        for index, value in pairs:
            extra[index] += value
    return extra


def event_extra_pairs(event: Event, year: int) -> list[tuple[int, float]]:
    """One event's share of ``event_uplift_by_month``: (month index, extra) pairs for the
    months of ``year`` it lifts (or lowers), span by span: (uplift − 1) × the span's days
    in the month ÷ the month's days."""
    months = _months(year)
    if event.uplift == 1.0 or event.start > months[11][1] or event.end < months[0][0]:
        return []
    lift = event.uplift - 1.0
    pairs = []
    for span_start, span_end in selling_spans(event):
        start, end = max(span_start, months[0][0]), min(span_end, months[11][1])
        if start > end:
            continue
        for index in range(start.month - 1, end.month):
            month_start, month_end, length = months[index]
            inside = (min(end, month_end) - max(start, month_start)).days + 1
            pairs.append((index, lift * inside / length))
    return pairs


def event_extra_by_month(event: Event, year: int) -> list[float]:
    """``event_extra_pairs`` as twelve figures (index 0 = January)."""
    extra = [0.0] * 12
    for index, value in event_extra_pairs(event, year):
        extra[index] += value
    return extra


class ExtrasMemo:
    """The extras of each event of the last computation (``event_extra_pairs``, none for
    an event that does not lift the store), kept by the event object: an ``Event`` is
    immutable, so the same object has the same extras, and a plan read again after an
    edit hands back the same objects for the events the edit did not touch. On a plan of
    20,000 events a recompute then works out only the events an edit changed (~40 ms of
    the UI thread becomes 8–20 ms: the sum itself). The months are summed in the events'
    order, as without it, so the figures are the same to the bit. The sum itself is kept
    too, for the very same events: the Budget tab's first show finds it worked out at
    idle (``summed``)."""

    def __init__(self) -> None:
        self._for: tuple[int, Sequence[str]] | None = None
        self._known: dict[int, tuple[Event, list[tuple[int, float]]]] = {}
        self._sum: tuple[tuple[Event, ...], list[float]] | None = None

    def summed(self, events: tuple[Event, ...], year: int, platforms: Sequence[str]
               ) -> list[float]:
        """``events``' extras summed per month in their order (``_summed``); for the same
        event objects as the last time (~1 ms to see), the last sum."""
        last = self._sum
        if (last is not None and self._for == (year, platforms)
                and len(last[0]) == len(events) and all(map(operator.is_, last[0], events))):
            return list(last[1])
        extra = _summed(self.extras(events, year, platforms))
        self._sum = (events, extra)
        return list(extra)

    def extras(self, events: Iterable[Event], year: int, platforms: Sequence[str]
               ) -> Iterator[list[tuple[int, float]]]:
        """Each of ``events``' extras in ``year`` for a store on ``platforms``, worked out
        where not known; what is known then is these events' (the others are forgotten)."""
        known = self._known if self._for == (year, platforms) else {}
        kept: dict[int, tuple[Event, list[tuple[int, float]]]] = {}
        self._known, self._for, self._sum = kept, (year, platforms), None
        for event in events:
            found = known.get(id(event))
            if found is None or found[0] is not event:
                found = (event, event_extra_pairs(event, year)
                         if lifts_the_store(event, platforms) else [])
            kept[id(event)] = found
            yield found[1]


def event_extra_between(events: Iterable[Event], first: date, last: date,
                        platforms: Sequence[str]) -> dict[date, float]:
    """Σ (uplift − 1) of the events lifting a store on ``platforms`` on each day from
    ``first`` to ``last``: ``event_uplift_by_month``'s rule day by day (days without an
    event are absent)."""
    extra: dict[date, float] = {}
    for event in events:
        if (event.uplift == 1.0 or event.end < first or event.start > last
                or not lifts_the_store(event, platforms)):
            continue
        for span_start, span_end in selling_spans(event):
            day, end = max(span_start, first), min(span_end, last)
            while day <= end:
                extra[day] = extra.get(day, 0.0) + event.uplift - 1.0
                day += timedelta(days=1)
    return extra


@functools.lru_cache(maxsize=4)
def _months(year: int) -> tuple[tuple[date, date, int], ...]:
    """Each month of ``year``: first day, last day, length."""
    bounds = []
    for month in range(1, 13):
        length = calendar.monthrange(year, month)[1]
        first = date(year, month, 1)
        bounds.append((first, first + timedelta(days=length - 1), length))
    return tuple(bounds)

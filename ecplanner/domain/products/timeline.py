"""The launch timeline's layout in days and rows (no Qt): which rows, which dates, which ticks.

Rows are grouped by season (in ``Season`` order) and wave (natural order, so W2 before W10);
each group starts with a header row, and its products follow by code, so moving a launch
never moves a product to another row. Products without a launch date get a row but no bar.
Days are inclusive: a bar covers launch … delist.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ecplanner.domain.calendar.layout import DragMode, snap_drag
from ecplanner.domain.model import Event, Product, Season
from ecplanner.domain.products.rules import SeasonOffsets, milestone_dates, reorder_by

REORDER_BY = "reorder_by"
PRICE_CHANGE = "price_change"
_SEASON_RANK = {season: rank for rank, season in enumerate(Season)}
_DIGITS = re.compile(r"(\d+)")


class AxisUnit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


DAY_WIDTHS: dict[AxisUnit, float] = {AxisUnit.DAY: 24.0, AxisUnit.WEEK: 8.0, AxisUnit.MONTH: 3.0}
"""Pixels per day when the user picks a unit; zooming moves between and beyond these."""
MIN_DAY_WIDTH = 1.0
MAX_DAY_WIDTH = 60.0


@dataclass(frozen=True)
class TimelineRow:
    """A group header (``uuid`` empty, ``count`` products) or one product's row."""

    season: Season
    wave: str
    uuid: str = ""
    count: int = 0

    @property
    def is_group(self) -> bool:
        return not self.uuid


@functools.cache
def _wave_key(wave: str) -> tuple[tuple[int, int | str], ...]:
    parts = _DIGITS.split(wave.casefold())
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in parts)


def timeline_rows(products: Iterable[Product]) -> list[TimelineRow]:
    """Header and product rows, grouped by season then wave, products by code."""
    # Grouped first, so the groups' order is worked out once per group, not for each of
    # 20,000 products.
    groups: dict[tuple[Season, str], list[Product]] = {}
    for product in products:
        groups.setdefault((product.season, product.wave), []).append(product)
    rows: list[TimelineRow] = []
    for season, wave in sorted(groups, key=_group_key):
        members = sorted(groups[season, wave], key=_code_key)
        rows.append(TimelineRow(season, wave, count=len(members)))
        rows.extend([TimelineRow(season, wave, product.uuid) for product in members])
    return rows


def _group_key(group: tuple[Season, str]) -> tuple[int, tuple[tuple[int, int | str], ...], str]:
    season, wave = group
    return _SEASON_RANK[season], _wave_key(wave), wave


def _code_key(product: Product) -> tuple[str, str]:
    return product.code.casefold(), product.uuid


def markers(product: Product,
            season_defaults: SeasonOffsets | None = None) -> list[tuple[str, date]]:
    """The milestones (``MilestoneKind`` values), ``REORDER_BY`` and ``PRICE_CHANGE``, by day."""
    points = [(kind.value, day) for kind, day in milestone_dates(product, season_defaults).items()]
    order_day = reorder_by(product)
    if order_day is not None:
        points.append((REORDER_BY, order_day))
    if product.planned_price_change is not None:
        points.append((PRICE_CHANGE, product.planned_price_change))
    return sorted(points, key=lambda point: point[1])


def product_extent(product: Product, points: Sequence[tuple[str, date]] | None = None
                   ) -> tuple[date, date] | None:
    """The first and last day a product's row draws on (markers, launch, delist);
    ``points`` are its ``markers`` when already at hand."""
    days = [day for _, day in (markers(product) if points is None else points)]
    days += [day for day in (product.launch, product.delist) if day is not None]
    return (min(days), max(days)) if days else None


def timeline_span(extents: Iterable[tuple[date, date] | None], events: Iterable[Event],
                  year: int, margin_days: int = 14) -> tuple[date, date]:
    """First and last day shown: the plan's year widened to every product's extent (see
    ``product_extent``) and event, plus ``margin_days``, kept within two years either side of
    the plan's year."""
    known = [extent for extent in extents if extent is not None]
    known.extend(days for days in [events_extent(events)] if days is not None)
    first = min(date(year, 1, 1), min((days[0] for days in known), default=date.max))
    last = max(date(year, 12, 31), max((days[1] for days in known), default=date.min))
    margin = timedelta(days=margin_days)
    lowest, highest = date(year - 2, 1, 1), date(year + 2, 12, 31)
    return max(first - margin, lowest), min(last + margin, highest)


def events_extent(events: Iterable[Event]) -> tuple[date, date] | None:
    """The first and last day of ``events``; None without any."""
    events = list(events)
    if not events:
        return None
    return min(event.start for event in events), max(event.end for event in events)


def bar_days(product: Product, span_end: date) -> tuple[date, date] | None:
    """The bar's first and last day; an open delist runs to ``span_end``; None without launch."""
    if product.launch is None:
        return None
    return product.launch, max(product.delist or span_end, product.launch)


def dragged_dates(product: Product, mode: DragMode, delta_days: int,
                  span_end: date) -> tuple[date | None, date | None]:
    """(launch, delist) after dragging the bar (``MOVE``) or one end by whole days.

    A bar keeps at least one day; an open delist stays open when the bar moves and becomes
    a date when its end is dragged. A product without a launch is returned unchanged.
    """
    days = bar_days(product, span_end)
    if days is None:
        return product.launch, product.delist
    launch, delist = snap_drag(days[0], days[1], delta_days, mode)
    if mode is DragMode.RESIZE_END:
        return launch, delist
    if product.delist is None:
        return launch, None
    return launch, delist


def unit_for(day_width: float) -> AxisUnit:
    """The tick unit that keeps labels readable at ``day_width`` pixels per day."""
    if day_width >= 16:
        return AxisUnit.DAY
    if day_width >= 5:
        return AxisUnit.WEEK
    return AxisUnit.MONTH


def ticks(first: date, last: date, unit: AxisUnit) -> list[date]:
    """Every day, Monday or first of month from ``first`` to ``last`` inclusive."""
    if unit is AxisUnit.DAY:
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]
    if unit is AxisUnit.WEEK:
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        return [monday + timedelta(weeks=i) for i in range((last - monday).days // 7 + 1)]
    return month_starts(first, last)


def month_starts(first: date, last: date) -> list[date]:
    """The first day of every month that begins within ``first`` … ``last``."""
    day = date(first.year, first.month, 1)
    if day < first:
        day += timedelta(days=calendar.monthrange(day.year, day.month)[1])
    starts = []
    while day <= last:
        starts.append(day)
        day += timedelta(days=calendar.monthrange(day.year, day.month)[1])
    return starts


def year_starts(first: date, last: date) -> list[date]:
    """January 1 of every year within ``first`` … ``last``."""
    return [date(y, 1, 1) for y in range(first.year, last.year + 1)
            if first <= date(y, 1, 1) <= last]

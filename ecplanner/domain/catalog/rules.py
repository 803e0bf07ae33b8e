"""Date rules: the anchor days a template's rule gives in a year.

Pure functions. Lunar dates come from ``lunar-python`` (MIT), which carries its own tables,
so no lunar date is typed in by hand. It costs ~0.13 s to import, so it loads on first use.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from lunar_python import Lunar

from ecplanner.domain.catalog.templates import (
    EventTemplate,
    FixedRule,
    LunarRule,
    MonthlyRule,
    NthWeekdayRule,
    OffsetRule,
)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of the month; ``n = -1`` is the last one.

    Raises ``ValueError`` if the month has no such day (a fifth Monday, say).
    """
    if n == -1:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    if n < 1:
        raise ValueError(f"n must be -1 or at least 1, got {n}")
    first = date(year, month, 1)
    found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    if found.month != month:
        raise ValueError(f"{year}-{month:02d} has no weekday {weekday} number {n}")
    return found


def lunar_to_solar(year: int, month: int, day: int) -> date:
    """The day in Gregorian ``year`` that is lunar ``month``/``day``.

    Lunar year ``year`` is tried first; late-winter dates (lunar month 11–12) of that lunar
    year fall in the next Gregorian year, so then the previous lunar year's date is used.
    Raises ``ValueError`` if neither falls in ``year`` or the lunar month is too short.
    """
    for lunar_year in (year, year - 1):
        try:
            solar = Lunar.fromYmd(lunar_year, month, day).getSolar()
        except Exception as exc:  # lunar-python raises bare Exception for a day 30 that is missing
            raise ValueError(f"lunar {lunar_year}/{month}/{day}: {exc}") from exc
        found = date(solar.getYear(), solar.getMonth(), solar.getDay())
        if found.year == year:
            return found
    raise ValueError(f"lunar {month}/{day} does not fall in {year}")


def anchor_dates(
    template: EventTemplate, year: int, lookup: Callable[[str], EventTemplate]
) -> list[date]:
    """The anchor (peak) days of ``template`` in ``year``, in order.

    A monthly rule gives one anchor per matching day (days a month lacks, like the 30th of
    February, are skipped); every other rule gives exactly one. ``lookup`` finds the template
    an offset rule counts from; the loader has checked that chains end and give one date.
    """
    rule = template.rule
    if isinstance(rule, FixedRule):
        return [date(year, rule.month, rule.day)]
    if isinstance(rule, NthWeekdayRule):
        day = nth_weekday(year, rule.month, rule.weekday, rule.n)
        return [day + timedelta(days=rule.offset)]
    if isinstance(rule, LunarRule):
        return [lunar_to_solar(year, rule.month, rule.day)]
    if isinstance(rule, OffsetRule):
        (base,) = anchor_dates(lookup(rule.anchor), year, lookup)
        return [base + timedelta(days=rule.days)]
    return _monthly(rule, year)


def _monthly(rule: MonthlyRule, year: int) -> list[date]:
    return [
        date(year, month, day)
        for month in sorted(rule.months)
        for day in sorted(rule.days)
        if day <= calendar.monthrange(year, month)[1]
    ]

"""What kind of day each calendar cell is: weekend, public holiday, make-up workday (调休),
inside the Spring Festival courier shutdown, or the last day to ship before it.

The calendar shades cells by these marks; the names are the ``holidays`` package's own
(already in the plan's language), shown as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ecplanner.domain.catalog import HolidayCalendar


class DayMark(StrEnum):
    WEEKEND = "weekend"
    HOLIDAY = "holiday"  # a public holiday, or a day of the break around it
    MAKEUP_WORKDAY = "makeup_workday"  # 调休: a weekend day that is a working day
    SHUTDOWN = "shutdown"  # couriers do not ship
    LAST_SHIP_DAY = "last_ship_day"


@dataclass(frozen=True)
class DayInfo:
    """The marks of one day, and the holiday's name where it is one."""

    marks: frozenset[DayMark]
    name: str = ""

    def has(self, mark: DayMark) -> bool:
        return mark in self.marks


PLAIN_DAY = DayInfo(frozenset())


def day_infos(days: Iterable[date], holidays: HolidayCalendar | None) -> dict[date, DayInfo]:
    """The marks of each of ``days`` that has any (plain weekdays are left out).

    Without a holiday calendar (not loaded yet) only weekends are marked. A make-up
    workday is not a weekend. Every day of a break is a holiday; only the public holidays
    themselves carry a name.
    """
    names: dict[date, str] = {}
    workdays: set[date] = set()
    breaks: set[date] = set()
    shutdown: set[date] = set()
    last_ship: date | None = None
    if holidays is not None:
        for holiday in holidays.holidays:
            names.setdefault(holiday.day, holiday.name)
        workdays = {w.day for w in holidays.makeup_workdays}
        for spell in holidays.breaks:
            breaks.update(spell.start + timedelta(days=i) for i in range(spell.days))
        stop = holidays.shipping_shutdown
        if stop is not None:
            last_ship = stop.last_ship_day
            length = (stop.end - stop.start).days + 1
            shutdown = {stop.start + timedelta(days=i) for i in range(length)}
    infos: dict[date, DayInfo] = {}
    for day in days:
        marks: set[DayMark] = set()
        if day in workdays:
            marks.add(DayMark.MAKEUP_WORKDAY)
        elif day.weekday() >= 5:
            marks.add(DayMark.WEEKEND)
        if day in names or day in breaks:
            marks.add(DayMark.HOLIDAY)
        if day in shutdown:
            marks.add(DayMark.SHUTDOWN)
        if day == last_ship:
            marks.add(DayMark.LAST_SHIP_DAY)
        if marks:
            infos[day] = DayInfo(frozenset(marks), names.get(day, ""))
    return infos


def shutdown_span(holidays: HolidayCalendar | None) -> tuple[date, date] | None:
    """The inclusive (first, last) day of the courier shutdown, as ``event_findings`` takes it."""
    if holidays is None or holidays.shipping_shutdown is None:
        return None
    return holidays.shipping_shutdown.start, holidays.shipping_shutdown.end

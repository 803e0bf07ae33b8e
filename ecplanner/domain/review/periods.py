"""A review period: an ISO week ("2027-W23", Monday to Sunday) or a month ("2027-06")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"


_WEEK = re.compile(r"(\d{4})-W(\d{1,2})")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


@dataclass(frozen=True)
class Period:
    """``year`` is the ISO year of a week (2027-W01 may start in December 2026);
    ``number`` the week (1..53) or the month (1..12)."""

    kind: PeriodKind
    year: int
    number: int
    start: date
    end: date

    @property
    def code(self) -> str:
        if self.kind is PeriodKind.WEEK:
            return f"{self.year}-W{self.number:02d}"
        return f"{self.year}-{self.number:02d}"

    @property
    def length(self) -> int:
        return (self.end - self.start).days + 1

    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range(self.length)]

    def following(self) -> Period:
        """The next week or month."""
        day = self.end + timedelta(days=1)
        if self.kind is PeriodKind.WEEK:
            year, number, _ = day.isocalendar()
            return week(year, number)
        return month(day.year, day.month)


def week(year: int, number: int) -> Period:
    """ISO week ``number`` of ``year``; ValueError when the year has no such week."""
    start = date.fromisocalendar(year, number, 1)
    return Period(PeriodKind.WEEK, year, number, start, start + timedelta(days=6))


def month(year: int, number: int) -> Period:
    """Month ``number`` of ``year``; ValueError for a month outside 1..12."""
    length = calendar.monthrange(year, number)[1]
    return Period(PeriodKind.MONTH, year, number, date(year, number, 1),
                  date(year, number, length))


def containing(kind: PeriodKind, day: date) -> Period:
    """The week or month ``day`` falls in."""
    if kind is PeriodKind.WEEK:
        year, number, _ = day.isocalendar()
        return week(year, number)
    return month(day.year, day.month)


def last_complete(kind: PeriodKind, days: tuple[date, date] | None, today: date) -> Period:
    """The period a report is first offered for, given the first and last imported
    ``days``: the last period wholly past by the last day that has imported days; else the
    one the last day is in; without actuals, the one ``today`` is in."""
    if days is None:
        return containing(kind, today)
    first, last = days
    period = containing(kind, last)
    if period.end == last:
        return period
    before = containing(kind, period.start - timedelta(days=1))
    return before if before.end >= first else period


def parse_period(text: str, kind: PeriodKind) -> Period:
    """``2027-W23`` for a week, ``2027-06`` for a month; ValueError saying what is wrong."""
    pattern = _WEEK if kind is PeriodKind.WEEK else _MONTH
    found = pattern.fullmatch(text.strip())
    example = "2027-W23" if kind is PeriodKind.WEEK else "2027-06"
    if found is None:
        raise ValueError(f"“{text}” is not a {kind.value} like {example}")
    year, number = int(found[1]), int(found[2])
    try:
        return week(year, number) if kind is PeriodKind.WEEK else month(year, number)
    except ValueError:
        raise ValueError(f"“{text}” is not a {kind.value} of the calendar") from None

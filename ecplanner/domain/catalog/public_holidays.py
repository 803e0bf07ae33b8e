"""Public holidays, China's make-up working days (调休), break spans and the courier shutdown.

Days come from the maintained ``holidays`` package, never from a hand-typed list. The
package fills years the State Council has not yet published with silent guesses; those
Chinese years are marked ``provisional`` here so the app can say so.
(Named ``public_holidays`` so it does not shadow the ``holidays`` package, which costs
~0.25 s to import and so loads on first use.)
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ecplanner.domain.catalog.rules import lunar_to_solar
from ecplanner.domain.model import Market

CN_LAST_OFFICIAL_YEAR = 2026
"""The last year whose official Chinese schedule (with 调休) the pinned ``holidays`` carries.

A test checks it against the installed package; bump it when the package learns a new year.
"""

_COUNTRY = {Market.CN.value: "CN", Market.JP.value: "JP", Market.GLOBAL.value: "US"}
_LIBRARY_LANGUAGE = {"zh": "zh_CN", "ja": "ja", "en": "en_US"}


@dataclass(frozen=True)
class Holiday:
    """A public holiday (or a day off moved onto a weekday), named by the ``holidays`` package."""

    day: date
    market: str
    name: str
    provisional: bool


@dataclass(frozen=True)
class MakeupWorkday:
    """A weekend day that is a working day (调休) because its day off moved into a break."""

    day: date
    market: str


@dataclass(frozen=True)
class HolidayBreak:
    """A run of days off (holidays with the weekends they join) containing a public holiday."""

    market: str
    name: str
    start: date
    end: date
    provisional: bool

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class ShippingShutdown:
    """The Spring Festival courier pause: ship by ``last_ship_day``, none ``start``..``end``."""

    last_ship_day: date
    start: date
    end: date
    provisional: bool


@dataclass(frozen=True)
class HolidayCalendar:
    """One year's days off for some markets; breaks may begin in the previous December."""

    year: int
    holidays: tuple[Holiday, ...]
    breaks: tuple[HolidayBreak, ...]
    makeup_workdays: tuple[MakeupWorkday, ...]
    shipping_shutdown: ShippingShutdown | None
    provisional_markets: tuple[str, ...]


def is_provisional(year: int, market: str) -> bool:
    """True where the year's schedule is the package's guess, not a published one."""
    return market == Market.CN.value and year > CN_LAST_OFFICIAL_YEAR


def holidays_for(
    year: int, markets: Iterable[str], lang: str = "zh", cutoff_days: int = 5
) -> HolidayCalendar:
    """The holidays of ``markets`` (cn → China, jp → Japan, global → United States) in ``year``.

    Names are in ``lang`` where the package has it, else in the country's own language.
    The shipping shutdown is given when ``cn`` is among the markets: the last day to ship is
    ``cutoff_days`` before the Spring Festival break. Raises ``ValueError`` for an unknown market.
    """
    if cutoff_days < 0:
        raise ValueError("cutoff_days must not be negative")
    return _holidays_for(year, tuple(dict.fromkeys(markets)), lang, cutoff_days)


@functools.lru_cache(maxsize=32)
def _holidays_for(year: int, wanted: tuple[str, ...], lang: str,
                  cutoff_days: int) -> HolidayCalendar:
    """``holidays_for``, worked out once a process (the calendar is immutable): ~0.5 s of
    Python, asked for by every check of the plan's warnings after each edit, in a worker
    that held the interpreter from the window's turns."""
    found: list[Holiday] = []
    breaks: list[HolidayBreak] = []
    workdays: list[MakeupWorkday] = []
    for market in wanted:
        if market not in _COUNTRY:
            raise ValueError(f"unknown market {market!r}")
        days, market_breaks, moved = _market_days(year, market, lang)
        found += days
        breaks += market_breaks
        workdays += moved
    shutdown = None
    if Market.CN.value in {b.market for b in breaks}:
        shutdown = _shipping_shutdown(year, breaks, cutoff_days)
    provisional = tuple(market for market in wanted if is_provisional(year, market))
    return HolidayCalendar(
        year=year,
        holidays=tuple(sorted(found, key=lambda h: (h.day, h.market))),
        breaks=tuple(sorted(breaks, key=lambda b: (b.start, b.market))),
        makeup_workdays=tuple(sorted(workdays, key=lambda w: (w.day, w.market))),
        shipping_shutdown=shutdown,
        provisional_markets=provisional,
    )


def _market_days(
    year: int, market: str, lang: str
) -> tuple[list[Holiday], list[HolidayBreak], list[MakeupWorkday]]:
    import holidays  # ~50 ms to import; start-up loads the catalog but computes no holidays

    country = _COUNTRY[market]
    language = _LIBRARY_LANGUAGE.get(lang)
    empty = holidays.country_holidays(country)
    if language not in empty.supported_languages:
        language = empty.default_language
    # The neighbouring years are loaded too, so a break can run across New Year.
    years = (year - 1, year, year + 1)
    calendar = holidays.country_holidays(country, years=years, language=language)
    workday_set = set(calendar.weekend_workdays)
    provisional = is_provisional(year, market)

    def is_off(day: date) -> bool:
        return day in calendar or (day.weekday() in calendar.weekend and day not in workday_set)

    in_year = sorted(day for day in calendar if day.year == year)
    days = [Holiday(day, market, calendar[day], provisional) for day in in_year]
    breaks: list[HolidayBreak] = []
    for day in in_year:
        if breaks and day <= breaks[-1].end:
            continue
        start, end = day, day
        while is_off(start - timedelta(days=1)):
            start -= timedelta(days=1)
        while is_off(end + timedelta(days=1)):
            end += timedelta(days=1)
        names = Counter(calendar[d] for d in sorted(calendar) if start <= d <= end)
        # Most frequent name, earliest on ties: "春节" over "农历除夕" and the moved days off.
        name = max(names, key=lambda n: names[n])
        breaks.append(HolidayBreak(market, name, start, end, provisional))
    moved = [MakeupWorkday(day, market) for day in sorted(workday_set) if day.year == year]
    return days, breaks, moved


def _shipping_shutdown(
    year: int, breaks: list[HolidayBreak], cutoff_days: int
) -> ShippingShutdown | None:
    new_year = lunar_to_solar(year, 1, 1)
    for spring in breaks:
        if spring.market == Market.CN.value and spring.start <= new_year <= spring.end:
            last = spring.start - timedelta(days=cutoff_days)
            return ShippingShutdown(last, last + timedelta(days=1), spring.end, spring.provisional)
    return None

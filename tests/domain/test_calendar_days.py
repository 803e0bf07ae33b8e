from __future__ import annotations

from datetime import date, timedelta

from ecplanner.domain.calendar.days import DayMark, day_infos, shutdown_span
from ecplanner.domain.calendar.filters import OWN_STORE, EventFilter, choices
from ecplanner.domain.catalog import (
    Holiday,
    HolidayBreak,
    HolidayCalendar,
    MakeupWorkday,
    ShippingShutdown,
)
from ecplanner.domain.model import Event, EventKind


def _calendar() -> HolidayCalendar:
    return HolidayCalendar(
        year=2027,
        holidays=(Holiday(date(2027, 2, 6), "cn", "春节", True),),
        breaks=(HolidayBreak("cn", "春节", date(2027, 2, 5), date(2027, 2, 10), True),),
        makeup_workdays=(MakeupWorkday(date(2027, 2, 13), "cn"),),
        shipping_shutdown=ShippingShutdown(date(2027, 1, 31), date(2027, 2, 1),
                                           date(2027, 2, 10), True),
        provisional_markets=("cn",))


def test_day_marks() -> None:
    days = [date(2027, 1, 25) + timedelta(days=i) for i in range(25)]
    infos = day_infos(days, _calendar())
    assert date(2027, 1, 25) not in infos  # a plain Monday
    assert infos[date(2027, 1, 31)].marks == {DayMark.WEEKEND, DayMark.LAST_SHIP_DAY}
    assert infos[date(2027, 2, 6)].name == "春节"
    assert infos[date(2027, 2, 6)].marks == {DayMark.WEEKEND, DayMark.HOLIDAY,
                                             DayMark.SHUTDOWN}
    assert infos[date(2027, 2, 8)].marks == {DayMark.HOLIDAY, DayMark.SHUTDOWN}
    assert infos[date(2027, 2, 13)].marks == {DayMark.MAKEUP_WORKDAY}
    assert shutdown_span(_calendar()) == (date(2027, 2, 1), date(2027, 2, 10))
    assert shutdown_span(None) is None
    assert day_infos(days, None)[date(2027, 2, 6)].marks == {DayMark.WEEKEND}


def test_filters() -> None:
    sale = Event("双11", EventKind.MAJOR_SALE, date(2027, 11, 1), date(2027, 11, 11),
                 market="cn", platform="tmall")
    promo = Event("会员日", EventKind.STORE_PROMO, date(2027, 1, 18), date(2027, 1, 18))
    assert EventFilter().is_open
    assert EventFilter(markets=frozenset({"jp"})).apply([sale, promo]) == [promo]
    assert EventFilter(platforms=frozenset({OWN_STORE})).apply([sale, promo]) == [promo]
    assert EventFilter(kinds=frozenset({EventKind.MAJOR_SALE})).apply([sale, promo]) == [sale]
    assert choices([sale, promo], ["cn"], ["taobao"]) == (["cn"], ["taobao", "tmall", OWN_STORE])

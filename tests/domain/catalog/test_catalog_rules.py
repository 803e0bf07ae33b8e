"""Date rules across 2024–2030, checked against independently known dates."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest

from ecplanner.domain.catalog import Catalog, lunar_to_solar, nth_weekday

YEARS = range(2024, 2031)

SPRING_FESTIVAL = {
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
}
MID_AUTUMN = {2024: date(2024, 9, 17), 2025: date(2025, 10, 6), 2026: date(2026, 9, 25)}
DRAGON_BOAT = {2024: date(2024, 6, 10), 2025: date(2025, 5, 31), 2026: date(2026, 6, 19)}
QIXI = {2024: date(2024, 8, 10), 2025: date(2025, 8, 29)}
BLACK_FRIDAY = {
    2024: date(2024, 11, 29),
    2025: date(2025, 11, 28),
    2026: date(2026, 11, 27),
    2027: date(2027, 11, 26),
    2028: date(2028, 11, 24),
    2029: date(2029, 11, 23),
    2030: date(2030, 11, 29),
}
MOTHERS_DAY = {
    2024: date(2024, 5, 12),
    2025: date(2025, 5, 11),
    2026: date(2026, 5, 10),
    2027: date(2027, 5, 9),
    2028: date(2028, 5, 14),
    2029: date(2029, 5, 13),
    2030: date(2030, 5, 12),
}


def _known(table: dict[int, date]) -> list[tuple[int, date]]:
    return sorted(table.items())


@pytest.mark.parametrize(
    ("key", "known"),
    [
        ("cn.festival.spring_festival", SPRING_FESTIVAL),
        ("cn.festival.mid_autumn", MID_AUTUMN),
        ("cn.festival.dragon_boat", DRAGON_BOAT),
        ("cn.festival.qixi", QIXI),
        ("global.black_friday", BLACK_FRIDAY),
        ("global.mothers_day", MOTHERS_DAY),
    ],
)
def test_anchor_matches_known_dates(catalog: Catalog, key: str, known: dict[int, date]) -> None:
    for year, day in _known(known):
        assert catalog.anchor_dates(key, year) == [day], (key, year)


def _first_named(country: str, year: int, name: str) -> date:
    days = holidays.country_holidays(country, years=year, language="en_US")
    # Labels of coinciding holidays are joined ("National Day; Mid-Autumn Festival", 2028).
    return min(day for day, label in days.items() if name in label.split("; "))


@pytest.mark.parametrize("year", YEARS)
def test_lunar_rules_agree_with_the_holidays_package(catalog: Catalog, year: int) -> None:
    # The holidays package carries its own Chinese calendar tables: a second source.
    pairs = [
        ("cn.festival.spring_festival", "Chinese New Year (Spring Festival)"),
        ("cn.festival.dragon_boat", "Dragon Boat Festival"),
        ("cn.festival.mid_autumn", "Mid-Autumn Festival"),
    ]
    for key, name in pairs:
        assert catalog.anchor_dates(key, year) == [_first_named("CN", year, name)], (key, year)


@pytest.mark.parametrize("year", YEARS)
def test_thanksgiving_rules_agree_with_the_holidays_package(catalog: Catalog, year: int) -> None:
    thanksgiving = _first_named("US", year, "Thanksgiving Day")
    assert catalog.anchor_dates("global.black_friday", year) == [thanksgiving + timedelta(1)]
    assert catalog.anchor_dates("global.cyber_monday", year) == [thanksgiving + timedelta(4)]
    assert catalog.anchor_dates("jp.amazon.black_friday", year) == [thanksgiving + timedelta(1)]


def test_other_nth_weekday_rules(catalog: Catalog) -> None:
    assert catalog.anchor_dates("global.cyber_monday", 2024) == [date(2024, 12, 2)]
    assert catalog.anchor_dates("global.fathers_day", 2025) == [date(2025, 6, 15)]
    assert catalog.anchor_dates("global.fathers_day", 2026) == [date(2026, 6, 21)]
    assert catalog.anchor_dates("global.amazon.prime_day", 2023) == [date(2023, 7, 11)]
    assert catalog.anchor_dates("global.amazon.prime_day", 2025) == [date(2025, 7, 8)]


def test_nth_weekday_counts_from_the_end_and_refuses_missing_days() -> None:
    assert nth_weekday(2024, 5, 0, -1) == date(2024, 5, 27)  # US Memorial Day
    assert nth_weekday(2024, 2, 3, -1) == date(2024, 2, 29)
    with pytest.raises(ValueError):
        nth_weekday(2024, 2, 0, 5)  # February 2024 has four Mondays


def test_lunar_winter_dates_fall_in_the_asked_year() -> None:
    assert lunar_to_solar(2025, 12, 8) == date(2025, 1, 7)  # 腊八 of lunar 2024
    assert lunar_to_solar(2030, 12, 8) == date(2030, 1, 11)
    with pytest.raises(ValueError):
        lunar_to_solar(2024, 12, 30)  # lunar 2024's twelfth month has 29 days


@pytest.mark.parametrize("year", YEARS)
def test_fixed_and_offset_rules(catalog: Catalog, year: int) -> None:
    assert catalog.anchor_dates("cn.tmall.double11", year) == [date(year, 11, 11)]
    spring = SPRING_FESTIVAL[year]
    assert catalog.anchor_dates("cn.tmall.new_year_goods", year) == [spring - timedelta(10)]
    events = catalog.events_for(year, ["cn"], ["tmall"], "en")
    goods, *next_year = [e for e in events if e.template_key == "cn.tmall.new_year_goods"]
    assert goods.end == spring - timedelta(10)
    # Next year's festival is listed too when it already starts this December.
    assert all(e.start.year == year and e.end.year == year + 1 for e in next_year)
    assert goods.start == spring - timedelta(24)


@pytest.mark.parametrize("year", YEARS)
def test_monthly_rules_give_one_anchor_per_matching_day(catalog: Catalog, year: int) -> None:
    days_5_0 = catalog.anchor_dates("jp.rakuten.day_5_0", year)
    assert len(days_5_0) == 71  # 12 months x 6 days, no Feb 30
    assert all(d.day % 5 == 0 and d.year == year for d in days_5_0)
    assert date(year, 2, 25) in days_5_0
    yahoo = catalog.anchor_dates("jp.yahoo.day_5", year)
    assert [d.day for d in yahoo[:3]] == [5, 15, 25] and len(yahoo) == 36
    marathon = catalog.anchor_dates("jp.rakuten.marathon", year)
    assert {d.month for d in marathon}.isdisjoint({3, 6, 9, 12})


def test_super_sale_is_quarterly_from_20_00_to_01_59(catalog: Catalog) -> None:
    sales = [e for e in catalog.events_for(2025, ["jp"], ["rakuten"]) if e.kind == "major_sale"]
    assert [e.start for e in sales] == [date(2025, m, 1) for m in (3, 6, 9, 12)]
    for event in sales:
        main = next(p for p in event.phases if p.kind == "main")
        assert (main.start.day, main.start.hour, main.start.minute) == (4, 20, 0)
        assert (main.end.day, main.end.hour, main.end.minute) == (11, 1, 59)
        assert event.end == main.end.date()

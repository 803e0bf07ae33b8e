"""Holidays, make-up working days, break spans and the courier shutdown."""

from __future__ import annotations

from datetime import date
from typing import Any

import holidays
import pytest

from ecplanner.domain.catalog import CN_LAST_OFFICIAL_YEAR, holidays_for, is_provisional


def _spans(year: int, market: str = "cn") -> list[tuple[date, date]]:
    return [(b.start, b.end) for b in holidays_for(year, [market]).breaks if b.market == market]


def test_china_2026_matches_the_state_council_notice() -> None:
    # 国务院办公厅关于2026年部分节假日安排的通知 (published November 2025).
    assert _spans(2026) == [
        (date(2026, 1, 1), date(2026, 1, 3)),
        (date(2026, 2, 15), date(2026, 2, 23)),
        (date(2026, 4, 4), date(2026, 4, 6)),
        (date(2026, 5, 1), date(2026, 5, 5)),
        (date(2026, 6, 19), date(2026, 6, 21)),
        (date(2026, 9, 25), date(2026, 9, 27)),
        (date(2026, 10, 1), date(2026, 10, 7)),
    ]
    calendar = holidays_for(2026, ["cn"])
    assert [w.day for w in calendar.makeup_workdays] == [
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
    ]
    assert [b.name for b in calendar.breaks][:2] == ["元旦", "春节"]
    assert calendar.provisional_markets == ()
    assert not any(b.provisional for b in calendar.breaks)


def test_china_2025_matches_the_state_council_notice() -> None:
    assert _spans(2025) == [
        (date(2025, 1, 1), date(2025, 1, 1)),
        (date(2025, 1, 28), date(2025, 2, 4)),
        (date(2025, 4, 4), date(2025, 4, 6)),
        (date(2025, 5, 1), date(2025, 5, 5)),
        (date(2025, 5, 31), date(2025, 6, 2)),
        (date(2025, 10, 1), date(2025, 10, 8)),  # National Day with Mid-Autumn
    ]
    workdays = [w.day for w in holidays_for(2025, ["cn"]).makeup_workdays]
    assert workdays == [
        date(2025, 1, 26),
        date(2025, 2, 8),
        date(2025, 4, 27),
        date(2025, 9, 28),
        date(2025, 10, 11),
    ]


def test_a_break_can_start_in_the_previous_december() -> None:
    assert _spans(2023)[0] == (date(2022, 12, 31), date(2023, 1, 2))


def test_later_chinese_years_are_provisional() -> None:
    calendar = holidays_for(CN_LAST_OFFICIAL_YEAR + 1, ["cn", "jp", "global"])
    assert calendar.provisional_markets == ("cn",)
    assert all(h.provisional == (h.market == "cn") for h in calendar.holidays)
    assert all(b.provisional == (b.market == "cn") for b in calendar.breaks)
    assert calendar.shipping_shutdown is not None and calendar.shipping_shutdown.provisional
    assert is_provisional(CN_LAST_OFFICIAL_YEAR + 1, "cn")
    assert not is_provisional(CN_LAST_OFFICIAL_YEAR, "cn")
    assert not is_provisional(2035, "jp")


def test_last_official_year_matches_the_installed_package() -> None:
    # The package carries make-up workdays only for years the State Council has published:
    # if this fails after an upgrade, move CN_LAST_OFFICIAL_YEAR to the new last year.
    def has_workdays(year: int) -> bool:
        cn = holidays.country_holidays("CN", years=year)
        return any(day.year == year for day in cn.weekend_workdays)

    assert has_workdays(CN_LAST_OFFICIAL_YEAR)
    assert not has_workdays(CN_LAST_OFFICIAL_YEAR + 1)


def test_spring_festival_shipping_cutoff() -> None:
    shutdown = holidays_for(2026, ["cn"]).shipping_shutdown
    assert shutdown is not None
    assert shutdown.last_ship_day == date(2026, 2, 10)
    assert (shutdown.start, shutdown.end) == (date(2026, 2, 11), date(2026, 2, 23))
    earlier = holidays_for(2026, ["cn"], cutoff_days=10).shipping_shutdown
    assert earlier is not None and earlier.last_ship_day == date(2026, 2, 5)
    assert holidays_for(2026, ["jp"]).shipping_shutdown is None
    with pytest.raises(ValueError):
        holidays_for(2026, ["cn"], cutoff_days=-1)


def test_japan_and_the_global_calendar() -> None:
    calendar = holidays_for(2026, ["jp", "global"], lang="en")
    jp = [(b.start, b.end) for b in calendar.breaks if b.market == "jp"]
    assert (date(2026, 5, 2), date(2026, 5, 6)) in jp  # Golden Week
    assert (date(2026, 9, 19), date(2026, 9, 23)) in jp  # Silver Week
    named = {(h.market, h.day): h.name for h in calendar.holidays}
    assert named[("global", date(2026, 11, 26))] == "Thanksgiving Day"
    assert calendar.makeup_workdays == ()


def test_names_fall_back_to_the_country_language() -> None:
    def first_name(market: str, lang: str) -> str:
        return holidays_for(2026, [market], lang=lang).holidays[0].name

    assert first_name("cn", "en") == "New Year's Day"
    assert first_name("cn", "ja") == "元旦"  # the package has no Japanese for China
    assert first_name("jp", "ja") == "元日"
    with pytest.raises(ValueError, match="unknown market"):
        holidays_for(2026, ["kr"])


def test_a_years_holidays_are_worked_out_once_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every check of the plan's warnings asked for them (~0.5 s of Python in a worker,
    # after each edit); the calendar is immutable, so the same one is handed back.
    from ecplanner.domain.catalog import public_holidays

    worked: list[tuple[int, str]] = []
    real = public_holidays._market_days

    def counting(year: int, market: str, lang: str) -> Any:
        worked.append((year, market))
        return real(year, market, lang)

    monkeypatch.setattr(public_holidays, "_market_days", counting)
    public_holidays._holidays_for.cache_clear()
    first = holidays_for(2031, ["cn", "jp"], "zh", 5)
    assert holidays_for(2031, ["cn", "jp", "cn"], "zh", 5) is first  # the same markets
    assert worked == [(2031, "cn"), (2031, "jp")]
    assert holidays_for(2031, ["cn"], "zh", 3) is not first  # another cutoff
    assert worked[2:] == [(2031, "cn")]
    public_holidays._holidays_for.cache_clear()  # the other tests' own, unpatched

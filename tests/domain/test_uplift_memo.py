"""The budget keeps each event's uplift between recomputes (``ExtrasMemo``): after an edit
only the events it changed are worked out again, and the figures are the same to the bit
as a computation without it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.budget.uplift import (
    ExtrasMemo,
    default_months,
    event_extra_by_month,
    event_uplift_by_month,
)
from ecplanner.domain.model import Event, EventKind, Phase, PhaseKind, PlanInfo

TMALL_STORE = PlanInfo("天猫店", 2027, platforms=("tmall", "taobao"), annual_target=1e7)


def _sale(start: date, end: date, lift: float, platform: str = "tmall") -> Event:
    return Event("大促", EventKind.MAJOR_SALE, start, end, platform=platform, uplift=lift)


EVENTS = [
    _sale(date(2027, 1, 30), date(2027, 2, 2), 2.0),  # 2 January days, 2 February days
    _sale(date(2027, 6, 1), date(2027, 6, 3), 3.0),
    _sale(date(2027, 6, 10), date(2027, 6, 12), 1.5, platform="jd"),  # not this store's
    _sale(date(2027, 9, 1), date(2027, 9, 30), 1.0),  # lifts nothing
]


def test_a_recompute_works_out_only_the_events_an_edit_changed(
        worked_out: list[Event]) -> None:
    memo = ExtrasMemo()
    first = event_uplift_by_month(EVENTS, 2027, TMALL_STORE.platforms, memo=memo)
    # January 1 + 1 × 2/31; February 1 + 1 × 2/28; June 1 + 2 × 3/30 (京东 not counted).
    assert first[0] == pytest.approx(1 + 2 / 31)
    assert first[1] == pytest.approx(1 + 2 / 28)
    assert first[5] == pytest.approx(1.2)
    assert len(worked_out) == 3  # 京东's event does not lift this store: nothing to work out
    worked_out.clear()
    moved = EVENTS[1].shifted(30)  # 1–3 July
    again = event_uplift_by_month([EVENTS[0], moved, *EVENTS[2:]], 2027,
                                  TMALL_STORE.platforms, memo=memo)
    assert worked_out == [moved]
    assert again[5] == 1.0 and again[6] == pytest.approx(1 + 2 * 3 / 31)
    assert again[:2] == first[:2]


def test_another_year_or_platform_is_worked_out_afresh(worked_out: list[Event]) -> None:
    memo = ExtrasMemo()
    event_uplift_by_month(EVENTS, 2027, ("tmall",), memo=memo)
    worked_out.clear()
    # The store now sells on 京东 too: its 618 counts (June + 0.5 × 3/30).
    with_jd = event_uplift_by_month(EVENTS, 2027, ("tmall", "jd"), memo=memo)
    assert with_jd[5] == pytest.approx(1 + 2 * 3 / 30 + 0.5 * 3 / 30)
    assert len(worked_out) == 4
    worked_out.clear()
    assert event_uplift_by_month(EVENTS, 2028, ("tmall", "jd"), memo=memo) == [1.0] * 12
    assert len(worked_out) == 4


def test_the_sheet_is_the_same_to_the_bit_with_the_memo() -> None:
    months = [replace(b, uv=100_000) for b in default_months()]
    events = [_sale(date(2027, m, d), date(2027, m, d) + timedelta(days=6), 1 + d / 7)
              for m in range(1, 13) for d in range(1, 28, 3)]  # some across two months
    memo = ExtrasMemo()
    compute_sheet(TMALL_STORE, months, events, memo=memo)
    events[40] = events[40].shifted(9)
    assert (compute_sheet(TMALL_STORE, months, events, memo=memo)
            == compute_sheet(TMALL_STORE, months, events))


def test_the_same_events_are_summed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The Budget tab's first show on a plan of 20,000 events: the sum (~20 ms) was
    # worked out at idle, and the show finds it.
    memo = ExtrasMemo()
    events = tuple(EVENTS)
    first = event_uplift_by_month(events, 2027, TMALL_STORE.platforms, memo=memo)
    looked: list[int] = []
    real = ExtrasMemo.extras

    def counted(self: ExtrasMemo, *args: object) -> object:
        looked.append(1)
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ExtrasMemo, "extras", counted)
    also = [0.1] * 12  # the courier shutdown's, added to the kept sum
    again = event_uplift_by_month(list(events), 2027, TMALL_STORE.platforms, also, memo)
    assert looked == []
    assert again == pytest.approx([u + 0.1 for u in first])
    assert again == event_uplift_by_month(events, 2027, TMALL_STORE.platforms, also)
    moved = (events[0], events[1].shifted(30), *events[2:])  # another object: summed again
    changed = event_uplift_by_month(moved, 2027, TMALL_STORE.platforms, memo=memo)
    assert looked == [1] and changed[5] == 1.0
    assert event_uplift_by_month(moved, 2027, ("tmall", "jd"), memo=memo)[5] > 1.0


def test_one_event_by_month_counts_its_selling_days() -> None:
    double11 = Event("双11", EventKind.MAJOR_SALE, date(2027, 10, 20), date(2027, 11, 12),
                     uplift=3.0, phases=(
                         Phase(PhaseKind.PRESALE, "定金", datetime(2027, 10, 20),
                               datetime(2027, 10, 30)),
                         Phase(PhaseKind.MAIN, "第一波", datetime(2027, 10, 31, 20),
                               datetime(2027, 11, 3, 23, 59)),
                         Phase(PhaseKind.ENCORE, "返场", datetime(2027, 11, 11),
                               datetime(2027, 11, 12)),
                     ))
    extra = event_extra_by_month(double11, 2027)
    # October: 31st only, 2 × 1/31; November: 1–3 and 11–12, 2 × 5/30.
    assert extra[9] == pytest.approx(2 / 31)
    assert extra[10] == pytest.approx(2 * 5 / 30)
    assert sum(extra) == pytest.approx(2 / 31 + 1 / 3)
    assert event_extra_by_month(double11, 2028) == [0.0] * 12

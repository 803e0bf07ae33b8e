"""Event review on a daily table written here: the baseline of ordinary same weekdays, the
realised uplift over the selling days, per phase, and spend and ROI over those days."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from ecplanner.domain.model import DailyActual, Event, EventKind, Phase, PhaseKind
from ecplanner.domain.review.event_review import baseline_gmv, review_events, unusual_days


def _table(first: date, last: date, special: dict[date, float]) -> list[DailyActual]:
    """¥10,000 a weekday, ¥15,000 a weekend day, but ``special`` days as given."""
    days = []
    day = first
    while day <= last:
        gmv = special.get(day, 15_000.0 if day.weekday() >= 5 else 10_000.0)
        days.append(DailyActual(day, uv=int(gmv / 10), gmv=gmv, spend=5_000.0))
        day += timedelta(days=1)
    return days


def _sale(title: str, first: date, last: date, uplift: float,
          phases: tuple[Phase, ...] = ()) -> Event:
    return Event(title, EventKind.MAJOR_SALE, first, last, uplift=uplift, phases=phases)


JUNE_1 = date(2027, 6, 1)  # a Tuesday
SALE = _sale("618", JUNE_1, date(2027, 6, 3), 2.0)
MAY_SALES = [_sale("会员日", date(2027, 5, 18), date(2027, 5, 18), 1.5),
             _sale("会员日", date(2027, 5, 25), date(2027, 5, 25), 1.5)]
TABLE = _table(date(2027, 4, 1), date(2027, 6, 30),
               {date(2027, 5, 18): 30_000.0, date(2027, 5, 25): 30_000.0,
                JUNE_1: 25_000.0, date(2027, 6, 2): 25_000.0, date(2027, 6, 3): 25_000.0})


def test_the_baseline_is_the_median_of_ordinary_same_weekdays() -> None:
    by_day = {a.day: a for a in TABLE}
    unusual = unusual_days([SALE, *MAY_SALES], ())
    # Tuesdays before June 1: May 25 and 18 are sale days, left out; May 11 and 4 remain.
    assert baseline_gmv(JUNE_1, by_day, unusual) == 10_000.0
    # Counted in, the two sale days would lift the median to (10,000 + 30,000) ÷ 2.
    assert baseline_gmv(JUNE_1, by_day, frozenset()) == 20_000.0


def test_the_realised_uplift_spend_and_roi_over_the_selling_days() -> None:
    [review] = [r for r in review_events([SALE, *MAY_SALES], TABLE, ()) if r.event is SALE]
    whole = review.whole
    assert whole.days == 3
    assert whole.gmv == 75_000.0 and whole.baseline_gmv == 30_000.0
    assert whole.uplift == pytest.approx(2.5)  # 75,000 ÷ 3 × 10,000
    assert whole.spend == 15_000.0 and whole.roi == pytest.approx(5.0)


def test_warm_up_days_are_not_selling_days_and_each_selling_phase_is_measured() -> None:
    def phase(kind: PhaseKind, name: str, first: date, last: date) -> Phase:
        return Phase(kind, name, datetime.combine(first, datetime.min.time()),
                     datetime.combine(last, datetime.max.time()))

    sale = _sale("618", JUNE_1, date(2027, 6, 3), 2.0, (
        phase(PhaseKind.WARMUP, "预热", JUNE_1, JUNE_1),
        phase(PhaseKind.MAIN, "第一波", date(2027, 6, 2), date(2027, 6, 2)),
        phase(PhaseKind.MAIN, "第二波", date(2027, 6, 3), date(2027, 6, 3))))
    [review] = [r for r in review_events([sale], TABLE, ()) if r.event is sale]
    assert review.whole.days == 2  # June 1 is warm-up: visits, little money
    assert [(name, m.gmv) for name, m in review.phases] == [("第一波", 25_000.0),
                                                          ("第二波", 25_000.0)]


def test_an_event_without_actuals_or_on_another_platform_is_not_reviewed() -> None:
    future = _sale("双11", date(2027, 11, 11), date(2027, 11, 11), 3.0)
    jd = _sale("京东618", JUNE_1, date(2027, 6, 3), 2.0)
    jd = Event(jd.title, jd.kind, jd.start, jd.end, platform="jd", uplift=2.0)
    reviewed = [r.event for r in review_events([future, jd], TABLE, ("tmall",))]
    assert reviewed == []

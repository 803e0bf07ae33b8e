"""Only main waves, balance and encore lift sales; budget and clearance agree."""

from __future__ import annotations

from datetime import date, datetime

from ecplanner.domain.budget.uplift import event_uplift_by_month
from ecplanner.domain.clearance.projection import weekly_uplift
from ecplanner.domain.model import Event, EventKind, Phase, PhaseKind
from ecplanner.domain.selling_days import selling_spans

DOUBLE11 = Event(
    "双11", EventKind.MAJOR_SALE, date(2027, 10, 14), date(2027, 11, 14), uplift=3.0,
    phases=(
        Phase(PhaseKind.PRESALE, "定金", datetime(2027, 10, 14, 20),
              datetime(2027, 10, 20, 23, 59)),
        Phase(PhaseKind.BALANCE, "尾款", datetime(2027, 10, 31, 20), datetime(2027, 11, 2, 23, 59)),
        Phase(PhaseKind.MAIN, "第一波", datetime(2027, 10, 31, 20), datetime(2027, 11, 3, 23, 59)),
        Phase(PhaseKind.MAIN, "第二波", datetime(2027, 11, 10, 20), datetime(2027, 11, 11, 23, 59)),
        Phase(PhaseKind.ENCORE, "返场", datetime(2027, 11, 12), datetime(2027, 11, 14, 23, 59)),
    ))


def test_selling_spans_merge_and_skip_the_deposit() -> None:
    assert selling_spans(DOUBLE11) == [(date(2027, 10, 31), date(2027, 11, 3)),
                                       (date(2027, 11, 10), date(2027, 11, 14))]
    promo = Event("店庆", EventKind.STORE_PROMO, date(2027, 4, 8), date(2027, 4, 12))
    assert selling_spans(promo) == [(promo.start, promo.end)]


def test_budget_lifts_the_selling_month() -> None:
    october, november = event_uplift_by_month([DOUBLE11], 2027)[9:11]
    # October: 1 selling day of 31; November: 3 + 5 selling days of 30.
    assert october == 1 + 2.0 * 1 / 31
    assert november == 1 + 2.0 * 8 / 30
    assert november > october


def test_clearance_lifts_the_same_days() -> None:
    weeks = weekly_uplift([DOUBLE11], date(2027, 10, 11), 6)
    assert weeks[0] == 1.0  # the deposit week (Oct 11–17) does not lift sales
    assert weeks[2] == (6 * 1.0 + 3.0) / 7  # Oct 25–31: only the 31st sells
    assert weeks[3] == (3 * 3.0 + 4 * 1.0) / 7  # Nov 1–7: the 1st to the 3rd

"""Which week or month a report is first offered for: the last one wholly imported."""

from __future__ import annotations

from datetime import date

import pytest

from ecplanner.domain.review.periods import PeriodKind, containing, last_complete

TODAY = date(2027, 12, 7)


def test_containing() -> None:
    assert containing(PeriodKind.WEEK, date(2027, 1, 1)).code == "2026-W53"
    assert containing(PeriodKind.MONTH, date(2027, 6, 30)).code == "2027-06"


@pytest.mark.parametrize(("kind", "first", "last", "offered"), [
    (PeriodKind.MONTH, date(2027, 5, 1), date(2027, 6, 10), "2027-05"),  # June not over
    (PeriodKind.MONTH, date(2027, 6, 1), date(2027, 6, 10), "2027-06"),  # May has no data
    (PeriodKind.MONTH, date(2027, 5, 1), date(2027, 6, 30), "2027-06"),  # June complete
    (PeriodKind.WEEK, date(2027, 6, 1), date(2027, 6, 10), "2027-W22"),  # Mon 31 May–6 Jun
    (PeriodKind.WEEK, date(2027, 6, 8), date(2027, 6, 10), "2027-W23"),
    (PeriodKind.WEEK, date(2027, 6, 1), date(2027, 6, 13), "2027-W23"),  # a Sunday
])
def test_the_last_complete_period_with_data(kind: PeriodKind, first: date, last: date,
                                            offered: str) -> None:
    assert last_complete(kind, (first, last), TODAY).code == offered


def test_without_actuals_the_period_of_today() -> None:
    assert last_complete(PeriodKind.MONTH, None, TODAY).code == "2027-12"

"""Week numbers: the month view and the Weeks view name a week alike, by ISO 8601, whichever
day the locale starts its weeks on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from ecplanner.domain.calendar.grids import ViewKind
from ecplanner.ui.calendar import frame
from ecplanner.ui.calendar.view import CalendarTab

SUNDAY_START = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
MONDAY_START = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture(params=[SUNDAY_START, MONDAY_START], ids=["sunday", "monday"])
def week_locale(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    before = QLocale()
    QLocale.setDefault(request.param)
    yield request.param
    QLocale.setDefault(before)


def _rows(tab: CalendarTab) -> list[tuple[str, list[date]]]:
    """Each row on screen: its week label and its days."""
    p = tab.scene.placement
    return [(frame.row_label(p, row, QLocale())[0], [day for _col, day in p.grid.row_days(row)])
            for row in range(p.grid.n_rows)]


def _labels(tab: CalendarTab) -> dict[date, str]:
    return {day: label for label, days in _rows(tab) for day in days}


def test_month_and_weeks_views_agree_on_iso_weeks(week_locale: QLocale,
                                                  plain_tab: CalendarTab) -> None:
    year = plain_tab.year
    plain_tab.set_kind(ViewKind.MONTH)
    plain_tab.set_month(1)
    month_rows = _rows(plain_tab)
    month_labels = _labels(plain_tab)
    plain_tab.set_kind(ViewKind.WEEKS)
    week_labels = _labels(plain_tab)
    first_wednesday = min(d for d in month_labels if d.weekday() == 2 and d.year == year)
    for label, days in month_rows:
        # Seven days hold one ISO week's four or more (six, when the row starts on Sunday).
        weeks = [d.isocalendar()[1] for d in days]
        iso = max(set(weeks), key=weeks.count)
        assert label == f"W{iso}", (days[0], label)
    assert month_labels[first_wednesday] == week_labels[first_wednesday] \
        == f"W{first_wednesday.isocalendar()[1]}"

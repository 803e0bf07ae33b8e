"""A past event's editor says how it really did and carries the realised uplift to this
event and, if asked, to the plan's other events from the same catalog entry: one undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ecplanner.domain.model import DailyActual, Event, EventKind
from ecplanner.domain.ops import Put
from ecplanner.ui.calendar.view import CalendarTab
from tests.ui.calendar.test_editor import _ok

MEMBERS = [Event("会员日", EventKind.STORE_PROMO, day, day, uplift=1.5,
                 template_key="cn.store.members_day")
           for day in (date(2027, 3, 18), date(2027, 4, 18), date(2027, 5, 18))]


def _actuals() -> list[DailyActual]:
    """¥10,000 a day from February on; March 18th (a Thursday), the first 会员日, ¥18,000."""
    first = date(2027, 2, 1)
    days = [first + timedelta(days=n) for n in range(60)]
    return [DailyActual(d, uv=1_000, gmv=18_000.0 if d == MEMBERS[0].start else 10_000.0)
            for d in days]


def test_a_realised_uplift_is_carried_to_the_other_members_days(
        plain_tab: CalendarTab) -> None:
    store = plain_tab.document.store
    plain_tab.document.apply("set up", [*map(Put, MEMBERS), *map(Put, _actuals())])
    editor = plain_tab.open_editor(MEMBERS[0].uuid)
    assert editor is not None and editor.review is not None
    # The four Thursdays before were ordinary days at ¥10,000: ×1.8 realised, ×1.5 planned.
    assert "1.80" in editor.review.summary.text() and "1.50" in editor.review.summary.text()
    editor.review.use.click()
    assert editor.uplift.value() == pytest.approx(1.8)
    assert editor.review.for_all.isVisible()
    editor.review.for_all.setChecked(True)
    _ok(editor)
    assert [store.get(Event, e.uuid).uplift for e in MEMBERS] == [1.8, 1.8, 1.8]
    plain_tab.document.undo_stack.undo()
    assert [store.get(Event, e.uuid).uplift for e in MEMBERS] == [1.5, 1.5, 1.5]


def test_an_event_without_actuals_has_no_review(plain_tab: CalendarTab) -> None:
    plain_tab.document.apply("set up", [Put(MEMBERS[2])])
    editor = plain_tab.open_editor(MEMBERS[2].uuid)
    assert editor is not None and editor.review is None

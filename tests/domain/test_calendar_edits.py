from __future__ import annotations

from datetime import date, datetime

import pytest

from ecplanner.domain.calendar.edits import (
    clip_phases,
    moved_event,
    nudge_dates,
    promotion,
    resized_event,
    task_anchors,
    tasks_following,
    tasks_moved,
)
from ecplanner.domain.catalog import TaskAnchor, TaskTemplate
from ecplanner.domain.languages import language_of
from ecplanner.domain.model import Event, EventKind, Phase, PhaseKind, Role, Task, TaskStatus


def _sale() -> Event:
    return Event("天猫618", EventKind.MAJOR_SALE, date(2027, 5, 25), date(2027, 6, 20),
                 phases=(Phase(PhaseKind.PRESALE, "预售", datetime(2027, 5, 25, 20),
                               datetime(2027, 5, 31, 23, 59)),
                         Phase(PhaseKind.MAIN, "正式", datetime(2027, 6, 1),
                               datetime(2027, 6, 18, 23, 59)),
                         Phase(PhaseKind.ENCORE, "返场", datetime(2027, 6, 19),
                               datetime(2027, 6, 20, 23, 59))),
                 registration_deadline=date(2027, 5, 4))


def test_move_takes_phases_and_deadline_and_marks_edited() -> None:
    event = moved_event(_sale(), 3)
    assert (event.start, event.end) == (date(2027, 5, 28), date(2027, 6, 23))
    assert event.phases[0].start == datetime(2027, 5, 28, 20)
    assert event.registration_deadline == date(2027, 5, 7)
    assert event.edited and event.sequence == 1


def test_shortening_clips_and_drops_phases_and_keeps_deadline_distance() -> None:
    event = resized_event(_sale(), date(2027, 5, 27), date(2027, 6, 10))
    assert [p.name for p in event.phases] == ["预售", "正式"]
    assert event.phases[0].start == datetime(2027, 5, 27)
    assert event.phases[1].end == datetime(2027, 6, 10, 23, 59)
    assert event.registration_deadline == date(2027, 5, 6)
    longer = resized_event(_sale(), date(2027, 5, 25), date(2027, 6, 25))
    assert longer.phases == _sale().phases
    with pytest.raises(ValueError):
        resized_event(_sale(), date(2027, 6, 1), date(2027, 5, 1))


def test_clip_keeps_a_phase_touching_the_first_day() -> None:
    phases = _sale().phases
    assert [p.name for p in clip_phases(phases, date(2027, 6, 20), date(2027, 6, 30))] == ["返场"]


def test_open_tasks_move_done_ones_stay() -> None:
    tasks = [Task("报名", "operations", date(2027, 5, 4), "e"),
             Task("复盘", "operations", date(2027, 6, 1), "e", status=TaskStatus.DONE)]
    moved = tasks_moved(tasks, 2)
    assert [(t.title, t.due) for t in moved] == [("报名", date(2027, 5, 6))]
    assert tasks_moved(tasks, 0) == []


def test_tasks_follow_their_anchor_on_resize() -> None:
    templates = [TaskTemplate("plan", EventKind.MAJOR_SALE, "Plan", Role.OPERATIONS,
                              TaskAnchor.START, -30),
                 TaskTemplate("review", EventKind.MAJOR_SALE, "Review", Role.OPERATIONS,
                              TaskAnchor.END, 3)]
    tasks = [Task("Plan", "operations", date(2027, 4, 25), "e", "plan"),
             Task("Review", "operations", date(2027, 6, 23), "e", "review"),
             Task("Own", "design", date(2027, 5, 1), "e")]
    moved = tasks_following(tasks, task_anchors(templates), 0, 5)
    assert [(t.title, t.due) for t in moved] == [("Review", date(2027, 6, 28))]
    moved = tasks_following(tasks, task_anchors(templates), -2, 0)
    assert [(t.title, t.due) for t in moved] == [("Plan", date(2027, 4, 23)),
                                                 ("Own", date(2027, 4, 29))]


def test_promotion_and_nudges_and_language() -> None:
    promo = promotion(date(2027, 3, 9), date(2027, 3, 7), "店铺活动")
    assert (promo.start, promo.end, promo.kind) == (date(2027, 3, 7), date(2027, 3, 9),
                                                   EventKind.STORE_PROMO)
    event = _sale()
    assert nudge_dates(event, -1, length=False) == (date(2027, 5, 24), date(2027, 6, 19))
    one_day = Event("x", EventKind.STORE_PROMO, date(2027, 1, 5), date(2027, 1, 5))
    assert nudge_dates(one_day, -1, length=True) == (date(2027, 1, 5), date(2027, 1, 5))
    assert [language_of(x) for x in ("zh_CN", "ja_JP", "en_US", "")] == ["zh", "ja",
                                                                              "en", "en"]

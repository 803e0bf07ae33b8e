"""Adding the platform calendar twice adds nothing; moved events are not re-added."""

from __future__ import annotations

from datetime import date

from ecplanner.domain.catalog import load_catalog
from ecplanner.domain.catalog.sync import calendar_additions
from ecplanner.domain.model import Event, Task


def _events(items: list[Event | Task]) -> list[Event]:
    return [e for e in items if isinstance(e, Event)]


def test_second_run_adds_only_what_is_missing() -> None:
    catalog = load_catalog()
    generated = catalog.events_for(2027, ["cn"], ["tmall"])
    first = calendar_additions([], generated, catalog.tasks)
    events = _events(first)
    assert len(events) == len(generated)
    assert any(isinstance(t, Task) for t in first)
    assert calendar_additions(events, generated, catalog.tasks) == []
    moved = [events[0].shifted(5).revised(title="改过的名字"), *events[2:]]
    again = _events(calendar_additions(moved, generated, catalog.tasks))
    assert [e.template_key for e in again] == [events[1].template_key]
    assert again[0].start == events[1].start


def test_tasks_belong_to_their_event() -> None:
    catalog = load_catalog()
    generated = [e for e in catalog.events_for(2027, ["cn"], ["tmall"])
                 if e.template_key and "double11" in e.template_key]
    assert generated, "the catalog has Tmall's 双11"
    added = calendar_additions([], generated, catalog.tasks)
    event = _events(added)[0]
    tasks = [t for t in added if isinstance(t, Task)]
    assert tasks and all(t.event_uuid == event.uuid for t in tasks)
    assert min(t.due for t in tasks) < event.start < date(2027, 12, 31)


def test_next_years_festivals_starting_in_december_are_in_the_plan() -> None:
    catalog = load_catalog()
    events = catalog.events_for(2027, ["cn"], ["jd"])
    goods = [e for e in events if e.template_key == "cn.jd.new_year_goods"]
    assert len(goods) == 2  # this year's (before the Spring Festival) and next year's
    assert goods[-1].start == date(2027, 12, 27) and goods[-1].end.year == 2028

"""Tasks generated per event, and moving the open ones with the event."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ecplanner.domain.catalog import Catalog, tasks_for_event
from ecplanner.domain.catalog.tasks import move_open_tasks
from ecplanner.domain.model import Event, EventKind, TaskStatus


def _double11(catalog: Catalog) -> Event:
    events = catalog.events_for(2024, ["cn"], ["tmall"])
    return next(e for e in events if e.template_key == "cn.tmall.double11")


def test_a_major_sale_gets_the_full_set(catalog: Catalog) -> None:
    event = _double11(catalog)  # Oct 14 – Nov 14 2024, register by Sep 23
    tasks = tasks_for_event(event, catalog.tasks)
    assert [(t.template_key, t.role, t.due) for t in tasks] == [
        ("major_sale.register", "operations", date(2024, 9, 23)),
        ("major_sale.plan", "operations", date(2024, 9, 14)),
        ("major_sale.stock_up", "warehouse", date(2024, 9, 23)),
        ("major_sale.banners", "design", date(2024, 10, 4)),
        ("major_sale.detail_pages", "design", date(2024, 10, 7)),
        ("major_sale.ads_budget", "ads", date(2024, 10, 7)),
        ("major_sale.cs_scripts", "customer_service", date(2024, 10, 11)),
        ("major_sale.review", "operations", date(2024, 11, 17)),
    ]
    assert all(t.event_uuid == event.uuid and t.status is TaskStatus.OPEN for t in tasks)
    assert tasks[0].title == "Register for the event"
    assert len({t.uuid for t in tasks}) == len(tasks)


def test_registration_tasks_need_a_deadline(catalog: Catalog) -> None:
    day = next(e for e in catalog.events_for(2026, ["jp"], ["rakuten"]) if e.days == 1)
    assert day.kind is EventKind.PLATFORM_DAY and day.registration_deadline is None
    assert tasks_for_event(day, catalog.tasks) == []
    registered = replace(day, registration_deadline=date(2026, 1, 1))
    assert [t.due for t in tasks_for_event(registered, catalog.tasks)] == [date(2026, 1, 1)]


def test_store_promotions_count_from_their_own_dates(catalog: Catalog) -> None:
    promo = Event("店庆", EventKind.STORE_PROMO, date(2026, 8, 8), date(2026, 8, 10))
    dues = {t.template_key: t.due for t in tasks_for_event(promo, catalog.tasks)}
    assert dues["store_promo.plan"] == date(2026, 7, 25)
    assert dues["store_promo.review"] == date(2026, 8, 13)
    holiday = Event("x", EventKind.HOLIDAY, date(2026, 8, 8), date(2026, 8, 8))
    assert tasks_for_event(holiday, catalog.tasks) == []


def test_only_open_and_doing_tasks_move(catalog: Catalog) -> None:
    tasks = tasks_for_event(_double11(catalog), catalog.tasks)[:3]
    tasks[1] = replace(tasks[1], status=TaskStatus.DOING)
    tasks[2] = replace(tasks[2], status=TaskStatus.DONE)
    moved = move_open_tasks(tasks, -5)
    assert [t.due for t in moved] == [date(2024, 9, 18), date(2024, 9, 9), date(2024, 9, 23)]
    assert [t.uuid for t in moved] == [t.uuid for t in tasks]
    assert move_open_tasks(tasks, 0) == tasks

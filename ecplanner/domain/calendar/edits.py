"""What the calendar's edits do to an event and to the tasks it generated.

- **Move** (drag the body, arrow keys): every date moves by the same days — phases,
  registration deadline, and the event's open and in-progress tasks. Done tasks stay.
- **Change the start or end** (drag an edge, Shift+arrow, the editor's dates): phases are
  clipped to the new span and a phase left wholly outside it is dropped (extending the span
  leaves the phases as they are). The registration deadline keeps its distance from the
  start, as the catalog defines it. Open tasks follow the date they count from: tasks due
  from the registration deadline or the start move with the start, tasks due from the end
  move with the end; tasks of no known template move with the start.

All functions are pure; the edited event is marked ``edited`` with its SEQUENCE bumped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from ecplanner.domain.catalog import TaskAnchor, TaskTemplate, move_open_tasks
from ecplanner.domain.model import Event, EventKind, Phase, Task

STORE_PROMO_COLOR = "#16A085"


def moved_event(event: Event, days: int) -> Event:
    """``event`` moved by ``days``, with its phases and deadline."""
    return event.shifted(days).revised()


def resized_event(event: Event, start: date, end: date) -> Event:
    """``event`` running from ``start`` to ``end``; see the module docstring for phases."""
    if end < start:
        raise ValueError("end before start")
    deadline = event.registration_deadline
    if deadline is not None:
        deadline += start - event.start
    return event.revised(start=start, end=end, phases=clip_phases(event.phases, start, end),
                         registration_deadline=deadline)


def clip_phases(phases: Iterable[Phase], start: date, end: date) -> tuple[Phase, ...]:
    """Phases cut to the days ``start..end``; a phase with no day left in them is dropped."""
    first = datetime.combine(start, time(0, 0))
    last = datetime.combine(end, time(23, 59))
    clipped: list[Phase] = []
    for phase in phases:
        if phase.end < first or phase.start > last:
            continue
        clipped.append(replace(phase, start=max(phase.start, first), end=min(phase.end, last)))
    return tuple(clipped)


def event_tasks(tasks: Iterable[Task], event_uuid: str) -> list[Task]:
    """The tasks ``event_uuid`` generated."""
    return [t for t in tasks if t.event_uuid == event_uuid]


def tasks_moved(tasks: Iterable[Task], days: int) -> list[Task]:
    """The open and in-progress ones of ``tasks``, due ``days`` later (only those changed)."""
    if days == 0:
        return []
    originals = list(tasks)
    return [new for old, new in zip(originals, move_open_tasks(originals, days), strict=True)
            if new != old]


def task_anchors(templates: Iterable[TaskTemplate]) -> dict[str, TaskAnchor]:
    """The date each task template counts from, by template key."""
    return {t.key: t.due_from for t in templates}


def tasks_following(tasks: Iterable[Task], anchors: Mapping[str, TaskAnchor],
                    start_days: int, end_days: int) -> list[Task]:
    """Open tasks moved after the start moved by ``start_days`` and the end by ``end_days``.

    Returns only the tasks that changed. With equal days this is a move of every open task.
    """
    by_start: list[Task] = []
    by_end: list[Task] = []
    for task in tasks:
        anchor = anchors.get(task.template_key or "", TaskAnchor.START)
        (by_end if anchor is TaskAnchor.END else by_start).append(task)
    return tasks_moved(by_start, start_days) + tasks_moved(by_end, end_days)


def promotion(start: date, end: date, title: str) -> Event:
    """A new store promotion over ``start..end`` (either order)."""
    first, last = min(start, end), max(start, end)
    return Event(title=title, kind=EventKind.STORE_PROMO, start=first, end=last,
                 color=STORE_PROMO_COLOR, uplift=1.2)


def nudge_dates(event: Event, days: int, *, length: bool) -> tuple[date, date]:
    """(start, end) after an arrow key: a move by ``days``, or with ``length`` the end
    moved by ``days`` but never before the start."""
    if not length:
        step = timedelta(days=days)
        return event.start + step, event.end + step
    return event.start, max(event.end + timedelta(days=days), event.start)

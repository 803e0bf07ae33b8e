"""The team's work (分工) an event generates, and moving it with the event.

Task titles are the short English titles from ``tasks.toml``; the UI shows a translation
looked up by the task's ``template_key``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import timedelta

from ecplanner.domain.model import Event, Task, TaskAnchor, TaskStatus, TaskTemplate

_MOVABLE = (TaskStatus.OPEN, TaskStatus.DOING)


def tasks_for_event(event: Event, templates: Iterable[TaskTemplate]) -> list[Task]:
    """New open tasks for ``event`` from the templates of its kind, in template order.

    A task counted from the registration deadline is left out when the event has none.
    """
    tasks = []
    for template in templates:
        if template.kind != event.kind:
            continue
        if template.due_from is TaskAnchor.REGISTRATION:
            if event.registration_deadline is None:
                continue
            base = event.registration_deadline
        else:
            base = event.start if template.due_from is TaskAnchor.START else event.end
        tasks.append(
            Task(
                title=template.title,
                role=template.role.value,
                due=base + timedelta(days=template.days),
                event_uuid=event.uuid,
                template_key=template.key,
            )
        )
    return tasks


def move_open_tasks(tasks: Iterable[Task], days: int) -> list[Task]:
    """All ``tasks``, with the open and in-progress ones due ``days`` later (done ones stay)."""
    shift = timedelta(days=days)
    return [replace(t, due=t.due + shift) if t.status in _MOVABLE else t for t in tasks]

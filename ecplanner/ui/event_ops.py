"""The operations behind adding or changing an event, shared by every tab that edits one.

Adding an event adds the tasks the plan's templates give its kind; changing its dates
moves its open tasks with the date each counts from (start, end or deadline).
"""

from __future__ import annotations

from dataclasses import replace

from ecplanner.domain.calendar import edits as edits
from ecplanner.domain.catalog import TaskTemplate, shipped_catalog, tasks_for_event
from ecplanner.domain.model import Event
from ecplanner.domain.ops import Op, Put
from ecplanner.ui.document import PlanDocument


def task_templates(document: PlanDocument) -> list[TaskTemplate]:
    """The plan's own task templates (older plans: the shipped catalog's, read once: parsing
    it took ~30 ms of every event edit)."""
    return document.store.task_templates() or list(shipped_catalog().tasks)


def new_event_ops(document: PlanDocument, event: Event,
                  add_platform: str | None = None) -> list[Op]:
    """Put ``event`` with the tasks its kind generates (and the store's new platform)."""
    tasks = tasks_for_event(event, task_templates(document))
    return [Put(event), *(Put(t) for t in tasks), *platform_ops(document, add_platform)]


def event_update_ops(document: PlanDocument, before: Event, after: Event,
                     add_platform: str | None = None) -> list[Op]:
    """Put ``after``; the open tasks of ``before`` follow its start, end and deadline."""
    tasks = edits.event_tasks(document.store.tasks(), before.uuid)
    anchors = edits.task_anchors(task_templates(document))
    moved = edits.tasks_following(tasks, anchors, (after.start - before.start).days,
                                  (after.end - before.end).days)
    return [Put(after), *(Put(t) for t in moved), *platform_ops(document, add_platform)]


def platform_ops(document: PlanDocument, platform: str | None) -> list[Op]:
    """Add ``platform`` to the store's platforms (none when it is there or not given):
    the event editor offers it for an event on a platform the store does not sell on."""
    info = document.store.info()
    if not platform or platform in info.platforms:
        return []
    return [Put(replace(info, platforms=(*info.platforms, platform)))]

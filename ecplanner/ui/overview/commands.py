"""The Overview's user actions, each one undo step through the document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.catalog import move_open_tasks, tasks_for_event
from ecplanner.domain.model import Event
from ecplanner.domain.ops import Delete, Op, Put
from ecplanner.ui.document import PlanDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def add_event(document: PlanDocument, event: Event) -> None:
    """Adds the event with the tasks the plan's templates give its kind."""
    tasks = tasks_for_event(event, document.store.task_templates())
    ops: list[Op] = [Put(event), *(Put(t) for t in tasks)]
    document.apply(_tr("Add “%1”").replace("%1", event.title), ops)


def event_update_ops(document: PlanDocument, old: Event, new: Event) -> list[Op]:
    """Put ``new``; when its start moved, its open tasks move by as many days."""
    ops: list[Op] = [Put(new)]
    days = (new.start - old.start).days
    if days:
        mine = [t for t in document.store.tasks() if t.event_uuid == old.uuid]
        ops += [Put(t) for t, before in zip(move_open_tasks(mine, days), mine, strict=True)
                if t != before]
    return ops


def edit_event(document: PlanDocument, old: Event, new: Event) -> None:
    document.apply(_tr("Edit “%1”").replace("%1", new.title),
                   event_update_ops(document, old, new))


def delete_events(document: PlanDocument, events: list[Event]) -> None:
    if not events:
        return
    text = (_tr("Delete “%1”").replace("%1", events[0].title) if len(events) == 1
            else _tr("Delete %n events").replace("%n", str(len(events))))
    document.apply(text, [Delete(Event, e.uuid) for e in events])

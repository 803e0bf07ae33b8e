"""The Overview's user actions, each one undo step through the document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.model import Event
from ecplanner.domain.ops import Delete
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.event_ops import event_update_ops, new_event_ops


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def add_event(document: PlanDocument, event: Event, add_platform: str | None = None) -> None:
    """Adds the event with the tasks the plan's templates give its kind."""
    document.apply(_tr("Add “%1”").replace("%1", event.title),
                   new_event_ops(document, event, add_platform))


def edit_event(document: PlanDocument, old: Event, new: Event,
               add_platform: str | None = None) -> None:
    document.apply(_tr("Edit “%1”").replace("%1", new.title),
                   event_update_ops(document, old, new, add_platform))


def delete_events(document: PlanDocument, events: list[Event]) -> None:
    if not events:
        return
    text = (_tr("Delete “%1”").replace("%1", events[0].title) if len(events) == 1
            else _tr("Delete %n events").replace("%n", str(len(events))))
    document.apply(text, [Delete(Event, e.uuid) for e in events])

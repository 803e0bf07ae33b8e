"""The calendar's user actions: each builds its operations and makes one ``document.apply``.

Moving or re-dating an event moves its open tasks in the same step (see
``domain.calendar_edits``), so one undo puts both back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.calendar import edits as edits
from ecplanner.domain.catalog import (
    EventTemplate,
    event_at_anchor,
    instantiate_at,
)
from ecplanner.domain.catalog.sync import claim_occurrence
from ecplanner.domain.languages import language_of
from ecplanner.domain.model import Event
from ecplanner.domain.ops import Delete, Put
from ecplanner.ui.calendar.off_platform import OffPlatform
from ecplanner.ui.calendar.reference_data import shipped_catalog
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.event_ops import event_update_ops, new_event_ops


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarCommands", text)


def _titled(text: str, event: Event) -> str:
    return text.replace("%1", event.title)


def move_event(document: PlanDocument, event: Event, days: int,
               merge_key: str | None = None) -> None:
    """Move ``event`` (phases, deadline, open tasks) by ``days``."""
    if days == 0:
        return
    moved = edits.moved_event(event, days)
    document.apply(_titled(_tr("Move “%1”"), event), event_update_ops(document, event, moved),
                   merge_key)


def resize_event(document: PlanDocument, event: Event, start: date, end: date,
                 merge_key: str | None = None) -> None:
    """Give ``event`` new first and last days; phases are clipped to them."""
    if (start, end) == (event.start, event.end):
        return
    after = edits.resized_event(event, start, end)
    document.apply(_titled(_tr("Change the dates of “%1”"), event),
                   event_update_ops(document, event, after), merge_key)


def nudge_event(document: PlanDocument, event: Event, days: int, *, length: bool) -> None:
    """An arrow key: move by ``days``, or (``length``) move the end. Repeated nudges of the
    same event merge into one undo step."""
    start, end = edits.nudge_dates(event, days, length=length)
    kind = "length" if length else "move"
    key = f"calendar.{kind}:{event.uuid}"
    if length:
        resize_event(document, event, start, end, merge_key=key)
    else:
        move_event(document, event, (start - event.start).days, merge_key=key)


def edit_event(document: PlanDocument, before: Event, after: Event,
               add_platform: str | None = None, also: Sequence[Event] = ()) -> None:
    """The editor's result; open tasks follow changed dates. ``also``: other events the
    edit changes with it (a realised uplift carried to them), in the same undo step."""
    document.apply(_titled(_tr("Edit “%1”"), after),
                   [*event_update_ops(document, before, after, add_platform),
                    *(Put(e) for e in also)])


def set_uplifts(document: PlanDocument, events: Sequence[Event]) -> None:
    """Puts ``events`` (their uplifts learned from last year) as one undo step."""
    if events:
        document.apply(_tr("Use last year's uplifts"), [Put(e) for e in events])


def delete_event(document: PlanDocument, event: Event) -> None:
    """Remove ``event``; its tasks go with it and come back on undo."""
    document.apply(_titled(_tr("Delete “%1”"), event), [Delete(Event, event.uuid)])


def create_promotion(document: PlanDocument, first: date, last: date) -> Event:
    """A new store promotion over the days ``first..last`` (either order)."""
    event = edits.promotion(first, last, _tr("Store promotion"))
    document.apply(_titled(_tr("Add “%1”"), event), new_event_ops(document, event))
    return event


def add_from_template(document: PlanDocument, template: EventTemplate, start: date,
                      off_platform: OffPlatform | None = None) -> Event:
    """The template's event with all its phases, first day ``start``, and its tasks; for
    a platform the store does not sell on, what the user chose (``OffPlatform``)."""
    info = document.store.info()
    lang = language_of(info.locale)
    generated = [event_at_anchor(template, anchor, lang)
                 for anchor in shipped_catalog().anchor_dates(template.key, info.year)]
    # The catalog's own occurrence of that year when the plan does not have it yet.
    event = claim_occurrence(instantiate_at(template, start, lang), generated,
                             document.store.events())
    if off_platform is OffPlatform.COUNT_ANYWAY:
        event = replace(event, count_uplift_anyway=True)
    added = event.platform if off_platform is OffPlatform.ADD_PLATFORM else None
    document.apply(_titled(_tr("Add “%1”"), event), new_event_ops(document, event, added))
    return event

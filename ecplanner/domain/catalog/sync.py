"""Adding a year's platform calendar to a plan without touching what the user did.

A generated event is identified by its template and its ``occurrence`` (the date the
catalog computed for it), which it keeps when the user moves it. Adding the calendar
again therefore adds only what is missing: a moved, edited or deleted-and-re-added event
is never overwritten or duplicated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from ecplanner.domain.catalog.tasks import tasks_for_event
from ecplanner.domain.model import Event, Task, TaskTemplate


def with_occurrence(event: Event) -> Event:
    """A freshly generated catalog event, stamped with the date it was computed for."""
    return replace(event, occurrence=event.occurrence or event.start.isoformat())


def calendar_additions(existing: Iterable[Event], generated: Sequence[Event],
                       templates: Sequence[TaskTemplate]) -> list[Event | Task]:
    """The events of ``generated`` the plan lacks, each followed by its new tasks."""
    have: set[tuple[str | None, str | None]] = {
        (e.template_key, e.occurrence) for e in existing if e.template_key}
    added: list[Event | Task] = []
    for event in map(with_occurrence, generated):
        if (event.template_key, event.occurrence) in have:
            continue
        have.add((event.template_key, event.occurrence))
        added.append(event)
        added.extend(tasks_for_event(event, templates))
    return added


def claim_occurrence(event: Event, generated: Sequence[Event],
                     existing: Iterable[Event]) -> Event:
    """A template dropped by hand takes the nearest unclaimed catalog date of its template.

    So "Add the platform calendar" later sees the slot as filled and does not add the same
    sale a second time at its usual date. ``generated`` is the catalog's events of the year.
    """
    claimed = {(e.template_key, e.occurrence) for e in existing if e.template_key}
    free = [g for g in map(with_occurrence, generated)
            if g.template_key == event.template_key
            and (g.template_key, g.occurrence) not in claimed]
    if not free:
        return event
    nearest = min(free, key=lambda g: abs((g.start - event.start).days))
    return replace(event, occurrence=nearest.occurrence)

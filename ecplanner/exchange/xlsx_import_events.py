"""Reading the Events sheet back: changed, added and removed events, as the app edits them.

A row with an id edits that event; a row without one adds an event (with the tasks the
plan's templates give its kind); an event of the plan with no row left is removed.
Changed dates follow the calendar's rules (``domain.calendar_edits``): the same shift of
start and end moves the phases and the deadline with the event, a change of length clips
the phases and keeps the deadline's distance from the start; a deadline or phase edited
in its own cell wins. The event's open tasks follow its dates. An edited event is marked
edited with its SEQUENCE bumped (so calendar apps take the new dates).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from ecplanner.domain.calendar_edits import (
    STORE_PROMO_COLOR,
    clip_phases,
    task_anchors,
    tasks_following,
)
from ecplanner.domain.catalog import TaskAnchor, tasks_for_event
from ecplanner.domain.model import Event, EventKind, Phase, Task
from ecplanner.domain.ops import Delete, Op, Put
from ecplanner.domain.validation import validate_event
from ecplanner.exchange.import_result import Action, Change, FieldChange, field_changes, same
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx_import_cells import (
    read_choice,
    read_date,
    read_datetime,
    read_number,
    read_percent,
    read_text,
    read_whole,
)
from ecplanner.exchange.xlsx_import_sheet import Record, SheetReader
from ecplanner.exchange.xlsx_words_values import EVENT_KINDS, PLATFORMS

FIELDS = ("title", "kind", "platform", "start", "end", "registration_deadline", "uplift",
          "discount", "owner", "notes", "phases")
_COLUMNS = {"registration_deadline": "deadline", "phases": "start"}


@dataclass(frozen=True)
class _PhaseRow:
    record: Record
    name: str
    start: datetime
    end: datetime


def read_events(sheet: SheetReader, snapshot: PlanSnapshot) -> tuple[list[Change], list[Op]]:
    if not sheet.require("id", "phase_no", "title", "start", "end"):
        return [], []
    existing = {e.uuid: e for e in snapshot.events}
    rows: dict[str, tuple[Record, Event]] = {}
    added: list[tuple[Record, Event]] = []
    phases: dict[str, dict[int, _PhaseRow]] = defaultdict(dict)
    seen: set[str] = set()
    for record in sheet.records():
        ident = record.read("id", read_text)
        number = record.read("phase_no", read_whole)
        if ident and ident not in existing:
            record.fail("unknown_id", "id", ident)
            continue
        if number:
            _phase_row(record, existing.get(ident), number, phases)
            continue
        if ident and ident in seen:
            record.fail("duplicate_id", "id", ident)
            continue
        seen.add(ident)
        event = _event_row(record, existing.get(ident))
        if event is None or record.failed:
            continue
        if ident:
            rows[ident] = (record, event)
        else:
            added.append((record, event))
    changes: list[Change] = []
    ops: list[Op] = []
    tasks: dict[str, list[Task]] = defaultdict(list)
    for task in snapshot.tasks:
        if task.event_uuid:
            tasks[task.event_uuid].append(task)
    anchors = task_anchors(snapshot.task_templates)
    for ident, (record, edited) in rows.items():
        old = existing[ident]
        new, moved = _merged(old, edited, phases.get(ident, {}), tasks[ident], anchors)
        if new is None:
            continue
        record.problems(validate_event(new), _COLUMNS)
        changes.append(Change("event", ident, new.title, Action.CHANGED,
                              field_changes(old, new, FIELDS)))
        ops.append(Put(new))
        for before, after in moved:
            changes.append(Change("task", after.uuid, after.title, Action.CHANGED,
                                  (FieldChange("due", before.due, after.due),), follows=True))
            ops.append(Put(after))
    for record, event in added:
        record.problems(validate_event(event), _COLUMNS)
        changes.append(Change("event", event.uuid, event.title, Action.ADDED))
        ops.append(Put(event))
        for task in tasks_for_event(event, snapshot.task_templates):
            changes.append(Change("task", task.uuid, task.title, Action.ADDED, follows=True))
            ops.append(Put(task))
    for event in snapshot.events:
        if event.uuid not in seen:
            changes.append(Change("event", event.uuid, event.title, Action.REMOVED))
            ops.append(Delete(Event, event.uuid))
    return changes, ops


def _phase_row(record: Record, event: Event | None, number: int,
               phases: dict[str, dict[int, _PhaseRow]]) -> None:
    if event is None:  # a phase row needs its event's id
        record.fail("required", "id")
        return
    if number > len(event.phases):
        record.fail("unknown_phase", "phase_no", number)
        return
    name = record.read("phase", read_text)
    start = record.read("start", read_datetime, required=True)
    end = record.read("end", read_datetime, required=True)
    if not record.failed and start is not None and end is not None:
        phases[event.uuid][number] = _PhaseRow(record, name, start, end)


def _event_row(record: Record, current: Event | None) -> Event | None:
    """The row as an event: ``current`` with the row's values (not yet merged), or new."""
    title = record.read("title", read_text, required=True)
    kind = record.read("kind", lambda v: read_choice(
        v, EVENT_KINDS, "unknown_kind", current.kind.value if current else None))
    platform = record.read("platform", lambda v: read_choice(
        v, PLATFORMS, "unknown_platform", current.platform if current else None))
    start = record.read("start", read_date, required=True)
    end = record.read("end", read_date, required=True)
    deadline = record.read("deadline", read_date)
    uplift = record.read("uplift", read_number)
    discount = record.read("discount", lambda v: read_percent(v, below_one=True))
    owner = record.read("owner", read_text)
    notes = record.read("notes", read_text)
    if record.failed:
        return None
    kind_value = EventKind(kind) if kind else (current.kind if current else EventKind.STORE_PROMO)
    values = dict(title=title, kind=kind_value, platform=platform or "", start=start, end=end,
                  registration_deadline=deadline, uplift=1.0 if uplift is None else uplift,
                  discount=discount or 0.0, owner=owner, notes=notes)
    if current is not None:
        # A column the team deleted keeps its values; exact floats stay when unchanged.
        values = {k: v for k, v in values.items() if record.has(_COLUMNS.get(k, k))}
        for name in ("uplift", "discount"):
            if name in values and same(getattr(current, name), values[name]):
                values[name] = getattr(current, name)
        return replace(current, **values)  # type: ignore[arg-type]
    color = STORE_PROMO_COLOR if kind_value is EventKind.STORE_PROMO else Event.color
    return Event(color=color, **values)  # type: ignore[arg-type]


def _merged(old: Event, row: Event, phase_rows: dict[int, _PhaseRow], tasks: list[Task],
            anchors: Mapping[str, TaskAnchor]) -> tuple[Event | None, list[tuple[Task, Task]]]:
    """``old`` edited as ``row`` says, and the tasks that move; (None, []) if unchanged."""
    start_days, end_days = (row.start - old.start).days, (row.end - old.end).days
    phases: list[Phase] = []
    for index, phase in enumerate(old.phases):
        explicit = phase_rows.get(index + 1)
        if explicit is not None and (explicit.name, explicit.start, explicit.end) != (
                phase.name, phase.start, phase.end):
            phases.append(replace(phase, name=explicit.name, start=explicit.start,
                                  end=explicit.end))
        elif start_days == end_days:
            step = timedelta(days=start_days)
            phases.append(replace(phase, start=phase.start + step, end=phase.end + step))
        else:
            phases.extend(clip_phases((phase,), row.start, row.end))
    deadline = row.registration_deadline
    if same(deadline, old.registration_deadline) and deadline is not None:
        deadline = deadline + timedelta(days=start_days)
    new = replace(row, phases=tuple(phases), registration_deadline=deadline)
    if all(same(getattr(old, name), getattr(new, name)) for name in FIELDS):
        return None, []
    new = replace(new, edited=True, sequence=old.sequence + 1)
    moved = tasks_following(tasks, anchors, start_days, end_days)
    before = {t.uuid: t for t in tasks}
    return new, [(before[t.uuid], t) for t in moved]


"""Reading the Events sheet back: changed, added and removed events, as the app edits them.

A row with an id edits that event; a row without one is the plan's event of the same
platform, title and start when the sheet holds no other row of it (``import_rows``), and
otherwise adds an event (with the tasks the plan's templates give its kind); an event of
the plan with no row left is removed (with its tasks, which the change counts).
Changed dates follow the calendar's rules (``domain.calendar_edits``): the same shift of
start and end moves the phases and the deadline with the event, a change of length clips
the phases and keeps the deadline's distance from the start; a deadline or phase edited
in its own cell wins. The event's open tasks follow its dates. An edited event is marked
edited with its SEQUENCE bumped (so calendar apps take the new dates).

With a baseline the comparison is three-way (``xlsx_import_base``): an event row or phase
row the team left as exported changes nothing, so events moved in the app since the export
stay where the app put them; events added in the app since are not removed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from ecplanner.domain.calendar.edits import (
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
from ecplanner.exchange.import_rows import Dependents, Matcher, RowClash, event_key
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx.baseline import BaseSheet
from ecplanner.exchange.xlsx.code_words import EVENT_KINDS, PLATFORMS, code_for
from ecplanner.exchange.xlsx.events import EVENT_KEYS, EventCells
from ecplanner.exchange.xlsx.import_base import Values, Versions, edited, rebase
from ecplanner.exchange.xlsx.import_cells import (
    CellError,
    is_blank,
    read_choice,
    read_date,
    read_datetime,
    read_number,
    read_percent,
    read_text,
    read_whole,
)
from ecplanner.exchange.xlsx.import_sheet import Record, SheetReader
from ecplanner.exchange.xlsx.text import text_of

FIELDS = ("title", "kind", "platform", "start", "end", "registration_deadline", "uplift",
          "discount", "owner", "notes", "phases")
_COLUMNS = {"registration_deadline": "deadline", "phases": "start"}
_CELLS = {"registration_deadline": ("deadline",)}
_PHASE_CELLS = {"name": ("phase",)}


@dataclass(frozen=True)
class _PhaseRow:
    record: Record
    name: str
    start: datetime
    end: datetime


class _Rows:
    """The rows read so far: edits of the plan's events, new events and phase edits."""

    def __init__(self, sheet: SheetReader, snapshot: PlanSnapshot, base: BaseSheet | None,
                 held: set[str]):
        self.existing = {e.uuid: e for e in snapshot.events}
        self.matcher: Matcher[Event, int] = Matcher(
            snapshot.events, lambda e: event_key(e.platform, e.title, e.start),
            lambda e: e.uuid, held, "duplicate_row")
        self.cells = EventCells(sheet.words)
        self.versions = Versions(sheet, base, EVENT_KEYS)
        self.edits: dict[str, tuple[Record, dict[str, object]]] = {}
        self.added: list[tuple[Record, Event]] = []
        self.phases: dict[str, dict[int, _PhaseRow]] = defaultdict(dict)
        self.seen: set[str] = set()

    def read(self, record: Record) -> None:
        ident = record.read("id", read_text)
        number = record.read("phase_no", read_whole) or 0
        if not ident and not number:
            ident = self._matched(record)
        if record.failed:
            return
        current = self.existing.get(ident)
        if ident and current is None:
            parse = _phase_values if number else _parser(None)
            if not self.versions.gone(record, ident, number, parse):
                record.fail("unknown_id", "id", ident)
            return
        if number:
            self._phase(record, current, number)
            return
        if ident and ident in self.seen:
            record.fail("duplicate_id", "id", ident)
            return
        self.seen.add(ident)
        values = _event_values(record, current)
        if values is None:
            return
        if current is None:
            self.added.append((record, _new_event(values)))
            return
        # A column the team deleted keeps the plan's values.
        theirs = {k: v for k, v in values.items() if record.has(_COLUMNS.get(k, k))}
        taken = rebase(record, theirs, self.versions.exported(ident), current,
                       lambda: self.versions.plan(self.cells.event(current)),
                       _parser(current), _CELLS)
        self.edits[ident] = (record, taken)

    def _matched(self, record: Record) -> str:
        """The id of the plan's event a row without one is (by its platform, title and
        start: ``import_rows``), or ""; cells that do not read leave the row new (its
        reading reports them)."""
        title = text_of(record.raw("title"))
        platform = read_text(record.raw("platform"))
        try:
            start = read_date(record.raw("start"))
        except CellError:
            return ""
        if start is None or is_blank(title):
            return ""
        key = event_key(code_for(PLATFORMS, platform) or platform, title, start)
        try:
            found = self.matcher.match(key, record.number)
        except RowClash as clash:
            record.fail(clash.code, "title", title, other=str(clash.other or ""))
            return ""
        return found.uuid if found else ""

    def _phase(self, record: Record, event: Event | None, number: int) -> None:
        if event is None:  # a phase row needs its event's id
            record.fail("required", "id")
            return
        theirs = _phase_values(record)
        if theirs is None:
            return
        exported = self.versions.exported(event.uuid, number)
        current = event.phases[number - 1] if number <= len(event.phases) else None
        if current is None:
            was = None if exported is None else _phase_values(exported)
            if was is None:
                record.fail("unknown_phase", "phase_no", number)
            elif edited(theirs, was):  # the app removed the phase the team edited
                record.fail("conflict_plan_removed", "phase_no", number)
            return
        taken = rebase(record, theirs, exported, current,
                       lambda: self.versions.plan(self.cells.phase(event, number, current)),
                       _phase_values, _PHASE_CELLS)
        if taken and not record.failed:
            row = replace(current, **taken)  # type: ignore[arg-type]
            self.phases[event.uuid][number] = _PhaseRow(record, row.name, row.start, row.end)

    def removed(self, event: Event) -> bool:
        """The team deleted the plan's ``event`` from the sheet (and the app did not
        change it since the export: that is a conflict)."""
        versions = self.versions
        if event.uuid in self.seen or not versions.removable(event.uuid):
            return False
        if versions.kept_by_plan(event.uuid, event.title,
                                 versions.plan(self.cells.event(event)), _parser(event)):
            return False
        return not any(
            versions.kept_by_plan(event.uuid, f"{event.title} · {phase.name}",
                                  versions.plan(self.cells.phase(event, n, phase)),
                                  _phase_values, n)
            for n, phase in enumerate(event.phases, start=1))


def read_events(sheet: SheetReader, snapshot: PlanSnapshot,
                base: BaseSheet | None) -> tuple[list[Change], list[Op]]:
    if not sheet.require("id", "phase_no", "title", "start", "end"):
        return [], []
    records = list(sheet.records())
    held = {read_text(r.raw("id")) for r in records if is_blank(r.raw("phase_no"))}
    rows = _Rows(sheet, snapshot, base, held)
    for record in records:
        rows.read(record)
    changes: list[Change] = []
    ops: list[Op] = []
    tasks: dict[str, list[Task]] = defaultdict(list)
    for task in snapshot.tasks:
        if task.event_uuid:
            tasks[task.event_uuid].append(task)
    anchors = task_anchors(snapshot.task_templates)
    for ident, (record, taken) in rows.edits.items():
        old = rows.existing[ident]
        edited_row = replace(old, **taken)  # type: ignore[arg-type]
        new, moved = _merged(old, edited_row, rows.phases.get(ident, {}), tasks[ident], anchors)
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
    for record, event in rows.added:
        record.problems(validate_event(event), _COLUMNS)
        changes.append(Change("event", event.uuid, event.title, Action.ADDED))
        ops.append(Put(event))
        for task in tasks_for_event(event, snapshot.task_templates):
            changes.append(Change("task", task.uuid, task.title, Action.ADDED, follows=True))
            ops.append(Put(task))
    dependents = Dependents(snapshot)
    for event in snapshot.events:
        if rows.removed(event):
            changes.append(Change("event", event.uuid, event.title, Action.REMOVED,
                                  goes_with=dependents.goes_with(event)))
            ops.append(Delete(Event, event.uuid))
    return changes, ops


def _phase_values(record: Record) -> Values | None:
    """A phase row's name (when its column is there), start and end."""
    name = record.read("phase", text_of)
    start = record.read("start", read_datetime, required=True)
    end = record.read("end", read_datetime, required=True)
    if record.failed or start is None or end is None:
        return None
    values: dict[str, object] = {"start": start, "end": end}
    if record.has("phase"):
        values["name"] = name
    return values


def _parser(current: Event | None) -> Callable[[Record], Values | None]:
    return lambda record: _event_values(record, current)


def _event_values(record: Record, current: Event | None) -> dict[str, object] | None:
    """The event row's values (labels read as ``current``'s codes where they show them)."""
    title = record.read("title", text_of, required=True)
    kind = record.read("kind", lambda v: read_choice(
        v, EVENT_KINDS, "unknown_kind", current.kind.value if current else None))
    platform = record.read("platform", lambda v: read_choice(
        v, PLATFORMS, "unknown_platform", current.platform if current else None))
    start = record.read("start", read_date, required=True)
    end = record.read("end", read_date, required=True)
    deadline = record.read("deadline", read_date)
    uplift = record.read("uplift", read_number)
    discount = record.read("discount", lambda v: read_percent(v, below_one=True))
    owner = record.read("owner", text_of)
    notes = record.read("notes", text_of)
    if record.failed:
        return None
    kind_value = EventKind(kind) if kind else (current.kind if current else EventKind.STORE_PROMO)
    return dict(title=title, kind=kind_value, platform=platform or "", start=start, end=end,
                registration_deadline=deadline, uplift=1.0 if uplift is None else uplift,
                discount=discount or 0.0, owner=owner, notes=notes)


def _new_event(values: Values) -> Event:
    color = STORE_PROMO_COLOR if values["kind"] is EventKind.STORE_PROMO else Event.color
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


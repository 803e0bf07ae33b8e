"""The plan's events as an iCalendar file for the team's calendar apps.

Each event is an all-day VEVENT (DTEND exclusive: the day after the last day); each
phase a timed VEVENT (floating local time, as the platforms publish it); each
registration deadline an all-day VEVENT. UIDs come from the event's row id and so stay
the same across exports: ``<uuid>@ecplanner``, ``<uuid>-phase-<n>@ecplanner`` (n from 1)
and ``<uuid>-deadline@ecplanner``. SEQUENCE is the event's, bumped on every edit, so a
re-imported file updates the team's copies. CATEGORIES names the platform.
``icalendar`` is imported on first use.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ecplanner import __version__
from ecplanner.domain.model import Event
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx_words import HEADERS, Words
from ecplanner.exchange.xlsx_words_values import EVENT_KINDS, PLATFORMS

UID_DOMAIN = "ecplanner"


def event_uid(event: Event) -> str:
    return f"{event.uuid}@{UID_DOMAIN}"


def phase_uid(event: Event, number: int) -> str:
    return f"{event.uuid}-phase-{number}@{UID_DOMAIN}"


def deadline_uid(event: Event) -> str:
    return f"{event.uuid}-deadline@{UID_DOMAIN}"


def calendar_bytes(snapshot: PlanSnapshot, stamp: datetime | None = None) -> bytes:
    """The iCalendar text; ``stamp`` (DTSTAMP) defaults to now, in UTC."""
    import icalendar

    words = Words(snapshot.lang)
    info = snapshot.info
    stamp = stamp or datetime.now(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//ecplanner//ecplanner {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{info.store_name} {info.year}")
    for event in snapshot.events:
        platform = words.t(PLATFORMS, event.platform)
        common = {"sequence": event.sequence, "categories": [platform], "dtstamp": stamp}
        cal.add_component(_vevent(icalendar, event_uid(event), event.title, event.start,
                                  event.end + timedelta(days=1), common,
                                  _description(event, words)))
        for number, phase in enumerate(event.phases, start=1):
            cal.add_component(_vevent(icalendar, phase_uid(event, number),
                                      f"{event.title} · {phase.name}", phase.start,
                                      phase.end, common, ""))
        if event.registration_deadline is not None:
            label = words.t(HEADERS["events"], "deadline")
            day = event.registration_deadline
            cal.add_component(_vevent(icalendar, deadline_uid(event),
                                      f"{label}: {event.title}", day, day + timedelta(days=1),
                                      common, ""))
    data: bytes = cal.to_ical()
    return data


def write_ics(snapshot: PlanSnapshot, path: Path) -> None:
    """Write the calendar to ``path``; raises ``OSError`` when it cannot be written."""
    Path(path).write_bytes(calendar_bytes(snapshot))


def _vevent(icalendar: Any, uid: str, summary: str, start: object, end: object,
            common: dict[str, object], description: str) -> Any:
    vevent = icalendar.Event()
    vevent.add("uid", uid)
    vevent.add("summary", summary)
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    for name, value in common.items():
        vevent.add(name, value)
    if description:
        vevent.add("description", description)
    return vevent


def _description(event: Event, words: Words) -> str:
    head = HEADERS["events"]
    lines = [words.t(EVENT_KINDS, event.kind.value)]
    if event.owner:
        lines.append(f"{words.t(head, 'owner')}: {event.owner}")
    if event.uplift != 1.0:
        lines.append(f"{words.t(head, 'uplift')}: {event.uplift:g}")
    if event.notes:
        lines.append(event.notes)
    return "\n".join(lines)

"""The plan's events as an iCalendar file for the team's calendar apps.

Each event is an all-day VEVENT (DTEND exclusive: the day after the last day); each
phase a timed VEVENT in its market's time zone (``DTSTART;TZID=Asia/Tokyo:…``, with the
VTIMEZONE components written for the zones used), so a team in Shanghai sees Rakuten's
20:00 JST at 19:00; each registration deadline an all-day VEVENT (DATE values, no zone).
UIDs come from the event's row id and so stay
the same across exports: ``<uuid>@ecplanner``, ``<uuid>-phase-<n>@ecplanner`` (n from 1)
and ``<uuid>-deadline@ecplanner``. SEQUENCE is the event's, bumped on every edit, so a
re-imported file updates the team's copies. CATEGORIES names the platform.
``icalendar`` is imported on first use.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ecplanner import __version__
from ecplanner.domain.model import Event, PlanInfo
from ecplanner.exchange.atomic import write_atomically
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx.code_words import EVENT_KINDS, PLATFORMS
from ecplanner.exchange.xlsx.words import HEADERS, Words

UID_DOMAIN = "ecplanner"

MARKET_ZONES: dict[str, str] = {
    "cn": "Asia/Shanghai",  # Tmall, Taobao, JD, Douyin, Pinduoduo publish Beijing time
    "jp": "Asia/Tokyo",  # Rakuten, Amazon.co.jp, Yahoo! Shopping publish JST
    "global": "America/Los_Angeles",  # Amazon US publishes Pacific time
}
"""The IANA time zone a market's platforms publish their sale times in: the one place the
app maps markets to zones (phase times in the plan are that zone's wall-clock times)."""

PLATFORM_MARKETS: dict[str, str] = {
    "tmall": "cn", "taobao": "cn", "jd": "cn", "douyin": "cn", "pdd": "cn",
    "rakuten": "jp", "amazon_jp": "jp", "yahoo_jp": "jp", "amazon": "global",
}
"""The market of a platform, for events without one of their own (the store's promotions)."""


def event_uid(event: Event) -> str:
    return f"{event.uuid}@{UID_DOMAIN}"


def phase_uid(event: Event, number: int) -> str:
    return f"{event.uuid}-phase-{number}@{UID_DOMAIN}"


def deadline_uid(event: Event) -> str:
    return f"{event.uuid}-deadline@{UID_DOMAIN}"


def event_zone(event: Event, info: PlanInfo) -> ZoneInfo | None:
    """The zone of ``event``'s phase times: its market's; for an event without a market
    (the store's own) its platform's market's, else the plan's first market's; None
    (floating time) when none of these is known."""
    market = event.market or PLATFORM_MARKETS.get(event.platform, "") or (
        info.markets[0] if info.markets else "")
    zone = MARKET_ZONES.get(market)
    return None if zone is None else ZoneInfo(zone)


def calendar_bytes(snapshot: PlanSnapshot, stamp: datetime | None = None) -> bytes:
    """The iCalendar text; ``stamp`` (DTSTAMP) defaults to now, in UTC."""
    import icalendar  # ~130 ms to import: only this export needs it

    words = Words(snapshot.lang)
    info = snapshot.info
    stamp = stamp or datetime.now(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//ecplanner//ecplanner {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{info.store_name} {info.year}")
    years: list[int] = []
    for event in snapshot.events:
        platform = words.t(PLATFORMS, event.platform)
        common = {"sequence": event.sequence, "categories": [platform], "dtstamp": stamp}
        zone = event_zone(event, info)
        cal.add_component(_vevent(icalendar, event_uid(event), event.title, event.start,
                                  event.end + timedelta(days=1), common,
                                  _description(event, words)))
        for number, phase in enumerate(event.phases, start=1):
            years += (phase.start.year, phase.end.year)
            cal.add_component(_vevent(icalendar, phase_uid(event, number),
                                      f"{event.title} · {phase.name}",
                                      phase.start.replace(tzinfo=zone),
                                      phase.end.replace(tzinfo=zone), common, ""))
        if event.registration_deadline is not None:
            label = words.t(HEADERS["events"], "deadline")
            day = event.registration_deadline
            cal.add_component(_vevent(icalendar, deadline_uid(event),
                                      f"{label}: {event.title}", day, day + timedelta(days=1),
                                      common, ""))
    if years:  # VTIMEZONE rules for the years the phases fall in, not icalendar's 1970–2038
        cal.add_missing_timezones(date(min(years), 1, 1), date(max(years) + 1, 1, 1))
    data: bytes = cal.to_ical()
    return data


def write_ics(snapshot: PlanSnapshot, path: Path) -> None:
    """Write the calendar to ``path``; raises ``OSError`` when it cannot be written."""
    write_atomically(Path(path), calendar_bytes(snapshot))


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

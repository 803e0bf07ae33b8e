"""Last year's events as the plan's settings hold them (``PlanSettings.history_events``).

Only what the seasonality reads is kept: what an event is, when it sells and how much it
was planned to lift; tasks, products, owners and notes stay in last year's file.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ecplanner.domain.model import Event, EventKind, Phase, PhaseKind


def event_json(event: Event) -> dict[str, Any]:
    return {
        "uuid": event.uuid, "title": event.title, "kind": event.kind.value,
        "start": event.start.isoformat(), "end": event.end.isoformat(),
        "market": event.market, "platform": event.platform,
        "template_key": event.template_key, "uplift": event.uplift,
        "count_uplift_anyway": event.count_uplift_anyway,
        "phases": [[p.kind.value, p.name, p.start.isoformat(), p.end.isoformat()]
                   for p in event.phases],
    }


def event_from_json(value: dict[str, Any]) -> Event:
    return Event(
        uuid=str(value["uuid"]), title=str(value["title"]), kind=EventKind(value["kind"]),
        start=date.fromisoformat(value["start"]), end=date.fromisoformat(value["end"]),
        market=str(value["market"]), platform=str(value["platform"]),
        template_key=value["template_key"], uplift=float(value["uplift"]),
        count_uplift_anyway=bool(value["count_uplift_anyway"]),
        phases=tuple(Phase(PhaseKind(kind), str(name), datetime.fromisoformat(start),
                           datetime.fromisoformat(end))
                     for kind, name, start, end in value["phases"]))

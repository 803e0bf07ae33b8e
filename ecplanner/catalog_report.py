"""``ecplanner catalog``: the computed platform events and holidays of a year, as data."""

from __future__ import annotations

from typing import Any

from ecplanner.domain.catalog import holidays_for, load_catalog


def catalog_report(year: int, markets: list[str], platform: str | None,
                   lang: str) -> dict[str, Any]:
    """Events (with phases and deadlines) and holidays, each marked official or provisional."""
    catalog = load_catalog()
    platforms = None if platform is None else [platform, "all"]
    events = []
    for event in catalog.events_for(year, markets, platforms, lang=lang):
        template = catalog.template(event.template_key or "")
        events.append({
            "key": event.template_key,
            "names": {"zh": template.names.zh, "ja": template.names.ja, "en": template.names.en},
            "market": event.market,
            "platform": event.platform,
            "kind": event.kind.value,
            "start": event.start.isoformat(),
            "end": event.end.isoformat(),
            "registration_deadline": (event.registration_deadline.isoformat()
                                      if event.registration_deadline else None),
            "uplift": event.uplift,
            "phases": [{"kind": p.kind.value, "name": p.name,
                        "start": p.start.isoformat(timespec="minutes"),
                        "end": p.end.isoformat(timespec="minutes")} for p in event.phases],
            "confidence": template.confidence.value,
            "source": template.source,
        })
    calendar = holidays_for(year, markets, lang=lang)
    shutdown = calendar.shipping_shutdown
    return {
        "year": year,
        "markets": markets,
        "events": events,
        "holidays": [{"day": h.day.isoformat(), "market": h.market, "name": h.name,
                      "status": "provisional" if h.provisional else "official"}
                     for h in calendar.holidays],
        "breaks": [{"market": b.market, "name": b.name, "start": b.start.isoformat(),
                    "end": b.end.isoformat(),
                    "status": "provisional" if b.provisional else "official"}
                   for b in calendar.breaks],
        "makeup_workdays": [{"day": m.day.isoformat(), "market": m.market}
                            for m in calendar.makeup_workdays],
        "shipping_shutdown": None if shutdown is None else {
            "last_ship_day": shutdown.last_ship_day.isoformat(),
            "start": shutdown.start.isoformat(), "end": shutdown.end.isoformat(),
            "status": "provisional" if shutdown.provisional else "official"},
    }


def catalog_text(report: dict[str, Any]) -> str:
    """The report as plain lines for a terminal."""
    lines = [f"Platform events {report['year']} ({', '.join(report['markets'])})"]
    for e in report["events"]:
        deadline = f"  register by {e['registration_deadline']}" if e[
            "registration_deadline"] else ""
        lines.append(f"  {e['start']} – {e['end']}  {e['names']['zh']} / {e['names']['en']}"
                     f"  [{e['key']}]{deadline}")
        lines += [f"      {p['name']}: {p['start']} – {p['end']}" for p in e["phases"]]
    lines.append("Holidays")
    lines += [f"  {b['start']} – {b['end']}  {b['market']}  {b['name']}  ({b['status']})"
              for b in report["breaks"]]
    if report["makeup_workdays"]:
        lines.append("Make-up working days (调休)")
        lines += [f"  {m['day']}  {m['market']}" for m in report["makeup_workdays"]]
    if report["shipping_shutdown"]:
        s = report["shipping_shutdown"]
        lines.append(f"Spring Festival courier shutdown: {s['start']} – {s['end']}, "
                     f"last day to ship {s['last_ship_day']} ({s['status']})")
    return "\n".join(lines)

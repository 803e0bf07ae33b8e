"""Words for the calendar: warning texts from finding codes, and a bar's tooltip."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.findings import Finding
from ecplanner.domain.model import Event, Product
from ecplanner.ui.calendar.style import short_date
from ecplanner.ui.common import labels


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CalendarWarnings", text, None, n)


def _day(text: str) -> str:
    try:
        return short_date(date.fromisoformat(text))
    except ValueError:
        return text


def finding_text(finding: Finding, events: Mapping[str, Event],
                 products: Mapping[str, Product]) -> str:
    """What ``finding`` means, in a sentence about its event."""
    code = finding.code
    many = int(finding.param("count") or 1)
    if code == "event.overlap_same_platform":
        if many > 1:
            titles = [_tr("“%1”").replace("%1", events[u].title)
                      for u in finding.param_list("others") if u in events]
            return _tr("Overlaps %n sales on the same platform: %1", many).replace(
                "%1", _listed(titles, many))
        other = events.get(finding.param("other"))
        return _tr("Overlaps “%1” on the same platform").replace(
            "%1", other.title if other else "?")
    if code == "event.registration_passed":
        deadline = short_date(finding.day) if finding.day else ""
        return _tr("Registration closed on %1 and the store is not registered").replace(
            "%1", deadline)
    if code == "event.registration_soon":
        days = int(finding.param("days") or 0)
        deadline = short_date(finding.day) if finding.day else ""
        if days == 0:
            return _tr("Register today (deadline %1)").replace("%1", deadline)
        return _tr("Register by %1: %n day(s) left", days).replace("%1", deadline)
    if code == "event.in_shipping_shutdown":
        return _tr("Runs during the Spring Festival shipping shutdown (%1 – %2)").replace(
            "%1", _day(finding.param("from"))).replace("%2", _day(finding.param("to")))
    if code == "event.price_lock_conflict":
        if many > 1:
            names = [_tr("“%1”").replace("%1", f"{products[u].code} {products[u].name}")
                     for u in finding.param_list("products") if u in products]
            return _tr("Price changes of %n products before the sale set the prices the "
                       "discount is checked against: %1", many).replace(
                "%1", _listed(names, many))
        product = products.get(finding.param("product"))
        name = f"{product.code} {product.name}" if product else "?"
        days = int(finding.param("days_before") or 0)
        return _tr("Price change of “%1” %n day(s) before the sale sets the price the "
                   "discount is checked against", days).replace("%1", name)
    return code


def _listed(names: list[str], count: int) -> str:
    """``names`` in a list, ending in … when there are ``count``, more than named."""
    return _tr(", ").join([*names, "…"] if count > len(names) else names)


def event_tooltip(event: Event, warnings: list[str]) -> str:
    """Title, kind and platform, dates, phases, deadline and warnings of ``event``."""
    lines = [f"<b>{_escape(event.title)}</b>",
             f"{labels.event_kind(event.kind)} · {labels.platform(event.platform)}",
             f"{short_date(event.start)} – {short_date(event.end)}"]
    for phase in event.phases:
        lines.append(f"{labels.phase_kind(phase.kind)} “{_escape(phase.name)}”: "
                     f"{phase.start:%m-%d %H:%M} – {phase.end:%m-%d %H:%M}")
    if event.registration_deadline is not None:
        lines.append(_tr("Register by %1").replace(
            "%1", short_date(event.registration_deadline)))
    lines += [f"⚠ {_escape(w)}" for w in warnings]
    return "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

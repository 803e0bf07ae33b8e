"""The loaded catalog, and the events its templates give for a year or a chosen day.

Pure: nothing here reads files (see ``loader``). Every call makes fresh ``Event`` values
with new uuids; deciding which of them a plan already has is the caller's business
(an event's identity in the catalog is its ``template_key`` with its ``start``, since a
monthly template gives many events a year).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from ecplanner.domain.catalog.rules import anchor_dates
from ecplanner.domain.catalog.templates import EventTemplate
from ecplanner.domain.model import Event, Phase, TaskTemplate


class Catalog:
    """Event templates and task templates, looked up by key."""

    def __init__(self, templates: Iterable[EventTemplate], tasks: Iterable[TaskTemplate] = ()):
        self._templates = tuple(templates)
        self._tasks = tuple(tasks)
        self._by_key = {template.key: template for template in self._templates}

    @property
    def templates(self) -> tuple[EventTemplate, ...]:
        """All event templates, in file order."""
        return self._templates

    @property
    def tasks(self) -> tuple[TaskTemplate, ...]:
        """All task templates, in file order."""
        return self._tasks

    def template(self, key: str) -> EventTemplate:
        """The template with ``key``; raises ``KeyError`` if there is none."""
        return self._by_key[key]

    def for_markets(
        self, markets: Iterable[str], platforms: Iterable[str] | None = None
    ) -> list[EventTemplate]:
        """Templates of ``markets`` that sellers on ``platforms`` see (None: any platform)."""
        wanted = frozenset(markets)
        sellers = None if platforms is None else frozenset(platforms)
        return [
            t
            for t in self._templates
            if t.market in wanted and (sellers is None or t.serves(sellers))
        ]

    def anchor_dates(self, key: str, year: int) -> list[date]:
        """The anchor (peak) days of template ``key`` in ``year``."""
        return anchor_dates(self.template(key), year, self.template)

    def events_for(
        self,
        year: int,
        markets: Iterable[str],
        platforms: Iterable[str] | None = None,
        lang: str = "zh",
    ) -> list[Event]:
        """The events that run in ``year`` for the markets and platforms, by start, then key.

        An event belongs to the year its anchor falls in, so an event may begin in the
        previous December (a New-Year-goods festival before an early Spring Festival); and
        the next year's events that already start in this December are included too, since
        the store registers for and runs them in this plan's year.
        """
        templates = self.for_markets(markets, platforms)
        events = [
            event_at_anchor(template, anchor, lang)
            for template in templates
            for anchor in anchor_dates(template, year, self.template)
        ]
        events += [
            event
            for template in templates
            for anchor in anchor_dates(template, year + 1, self.template)
            if (event := event_at_anchor(template, anchor, lang)).start.year == year
        ]
        return sorted(events, key=lambda e: (e.start, e.template_key or ""))


def event_at_anchor(template: EventTemplate, anchor: date, lang: str = "zh") -> Event:
    """The event ``template`` describes around ``anchor``, titled in ``lang`` (zh, ja, en)."""

    def at(offset: int) -> date:
        return anchor + timedelta(days=offset)

    start, end = at(template.span[0]), at(template.span[1])
    phases = tuple(
        Phase(
            kind=p.kind,
            name=p.label,
            start=datetime.combine(at(p.start), p.start_time),
            end=datetime.combine(at(p.end), p.end_time),
        )
        for p in template.phases
    )
    deadline = None
    if template.registration_days is not None:
        deadline = start - timedelta(days=template.registration_days)
    return Event(
        title=template.names.get(lang),
        kind=template.kind,
        start=start,
        end=end,
        market=template.market,
        platform=template.platform,
        template_key=template.key,
        phases=phases,
        registration_deadline=deadline,
        color=template.color,
        uplift=template.uplift,
        discount=template.discount,
    )


def instantiate_at(template: EventTemplate, start: date, lang: str = "zh") -> Event:
    """The event ``template`` describes, placed so that its first day is ``start``.

    Used when the user drops a template on a day: phases and the registration deadline
    keep their distances from the first day.
    """
    return event_at_anchor(template, start - timedelta(days=template.span[0]), lang)

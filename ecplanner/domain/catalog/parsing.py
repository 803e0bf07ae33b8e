"""Turns one parsed TOML entry into a template, refusing anything malformed.

Every refusal is a ``CatalogError`` naming the file and the entry's key, so a typo in a
catalog file is found at load time rather than as a wrong date on the calendar.
Unknown fields are refused too: a misspelt optional field would otherwise vanish silently.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, time
from enum import StrEnum
from typing import Any, TypeVar

from ecplanner.domain.catalog.templates import (
    LANGUAGES,
    PLATFORMS,
    CatalogError,
    Confidence,
    EventTemplate,
    FixedRule,
    LunarRule,
    MonthlyRule,
    Names,
    NthWeekdayRule,
    OffsetRule,
    PhaseTemplate,
    Rule,
)
from ecplanner.domain.model import EventKind, Market, PhaseKind, Role, TaskAnchor, TaskTemplate

_KEY = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_TIME = re.compile(r"^(\d{2}):(\d{2})$")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_EVENT_FIELDS = {
    "key",
    "names",
    "market",
    "platform",
    "also",
    "kind",
    "rule",
    "span",
    "phases",
    "registration_days",
    "uplift",
    "color",
    "source",
    "confidence",
    "discount",
}
_RULE_FIELDS = {
    "fixed": {"month", "day"},
    "nth_weekday": {"month", "weekday", "n", "offset"},
    "lunar": {"month", "day"},
    "offset": {"anchor", "days"},
    "monthly": {"days", "months"},
}
_PHASE_FIELDS = {"kind", "label", "start", "end", "start_time", "end_time"}
_TASK_FIELDS = {"key", "kind", "title", "role", "due_from", "days"}

E = TypeVar("E", bound=StrEnum)


class _Entry:
    """Typed access to one TOML table; every failure names the file and the entry."""

    def __init__(self, data: Mapping[str, Any], file: str, key: str, where: str = "") -> None:
        self.data = data
        self.file = file
        self.key = key
        self.where = where

    def fail(self, reason: str) -> CatalogError:
        return CatalogError(self.file, self.key, f"{self.where}{reason}")

    def only(self, allowed: set[str]) -> None:
        unknown = sorted(set(self.data) - allowed)
        if unknown:
            raise self.fail(f"unknown field(s) {', '.join(unknown)}")

    def sub(self, name: str, where: str) -> _Entry:
        value = self.data.get(name)
        if not isinstance(value, Mapping):
            raise self.fail(f"{name} must be a table")
        return _Entry(value, self.file, self.key, where)

    def text(self, name: str) -> str:
        value = self.data.get(name)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{name} must be a non-empty string")
        return value

    def optional_text(self, name: str) -> str:
        return self.text(name) if name in self.data else ""

    def integer(self, name: str, default: int | None = None, lo: int = -999, hi: int = 999) -> int:
        return self._checked_int(name, self.data.get(name, default), lo, hi)

    def integers(
        self, name: str, lo: int, hi: int, default: tuple[int, ...] = ()
    ) -> tuple[int, ...]:
        values = self.data.get(name, list(default))
        if not isinstance(values, list) or not values:
            raise self.fail(f"{name} must be a non-empty list of integers")
        return tuple(self._checked_int(name, value, lo, hi) for value in values)

    def strings(self, name: str) -> tuple[str, ...]:
        values = self.data.get(name, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise self.fail(f"{name} must be a list of strings")
        return tuple(values)

    def _checked_int(self, name: str, value: object, lo: int, hi: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{name} must be an integer")
        if not lo <= value <= hi:
            raise self.fail(f"{name} = {value} is outside {lo}..{hi}")
        return value

    def number(self, name: str, default: float | None = None) -> float:
        value = self.data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"{name} must be a number")
        return float(value)

    def choice(self, name: str, enum: type[E]) -> E:
        value: Any = self.data.get(name)
        try:
            return enum(value)
        except ValueError:
            raise self.fail(f"{name} = {value!r} is not one of {[e.value for e in enum]}") from None

    def clock(self, name: str, default: str) -> time:
        value = self.data.get(name, default)
        match = _TIME.match(value) if isinstance(value, str) else None
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            raise self.fail(f"{name} = {value!r} is not a time HH:MM")
        return time(int(match[1]), int(match[2]))


def parse_event(data: Mapping[str, Any], file: str) -> EventTemplate:
    """An event template from one ``[[event]]`` table of ``file``."""
    key = data.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise CatalogError(file, str(key), "key must be dotted lower-case words (cn.tmall.x)")
    entry = _Entry(data, file, key)
    entry.only(_EVENT_FIELDS)
    names = entry.sub("names", "names: ")
    names.only(set(LANGUAGES))
    platform = entry.text("platform")
    also = entry.strings("also")
    for name in (platform, *also):
        if name not in PLATFORMS:
            raise entry.fail(f"unknown platform {name!r}")
    span = entry.integers("span", lo=-400, hi=400)
    if len(span) != 2 or span[0] > span[1]:
        raise entry.fail("span must be [first, last] with first <= last")
    uplift = entry.number("uplift")
    discount = entry.number("discount", 0.0)
    color = entry.text("color")
    if uplift <= 0 or not 0 <= discount < 1 or not _COLOR.match(color):
        raise entry.fail("uplift must be > 0, discount in [0, 1), color #RRGGBB")
    registration = None
    if "registration_days" in data:
        registration = entry.integer("registration_days", lo=0)
    return EventTemplate(
        key=key,
        names=Names(**{lang: names.text(lang) for lang in LANGUAGES}),
        market=entry.choice("market", Market).value,
        platform=platform,
        kind=entry.choice("kind", EventKind),
        rule=_rule(entry.sub("rule", "rule: ")),
        span=(span[0], span[1]),
        phases=_phases(entry, (span[0], span[1])),
        registration_days=registration,
        uplift=uplift,
        color=color,
        source=entry.text("source"),
        confidence=entry.choice("confidence", Confidence),
        discount=discount,
        platforms=also,
    )


def _rule(entry: _Entry) -> Rule:
    kind = entry.data.get("kind")
    if not isinstance(kind, str) or kind not in _RULE_FIELDS:
        raise entry.fail(f"unknown rule kind {kind!r}; expected one of {sorted(_RULE_FIELDS)}")
    entry.only(_RULE_FIELDS[kind] | {"kind"})
    if kind == "offset":
        return OffsetRule(entry.text("anchor"), entry.integer("days"))
    if kind == "monthly":
        months = entry.integers("months", 1, 12, MonthlyRule.months)
        return MonthlyRule(days=entry.integers("days", 1, 31), months=months)
    month = entry.integer("month", lo=1, hi=12)
    if kind == "lunar":
        # Day 30 is missing in short lunar months; count from day 1 with an offset rule instead.
        return LunarRule(month, entry.integer("day", lo=1, hi=29))
    if kind == "nth_weekday":
        weekday = entry.data.get("weekday")
        if not isinstance(weekday, str) or weekday not in _WEEKDAYS:
            raise entry.fail(f"weekday must be one of {list(_WEEKDAYS)}")
        n = entry.integer("n", lo=-1, hi=4)  # not every month has a fifth one
        if n == 0:
            raise entry.fail("n must be 1..4 or -1 (the last)")
        return NthWeekdayRule(month, _WEEKDAYS.index(weekday), n, entry.integer("offset", 0))
    day = entry.integer("day", lo=1, hi=31)
    try:
        date(2001, month, day)  # a common year: Feb 29 would vanish three years in four
    except ValueError:
        raise entry.fail(f"bad date {month}/{day}") from None
    return FixedRule(month, day)


def _phases(entry: _Entry, span: tuple[int, int]) -> tuple[PhaseTemplate, ...]:
    raw = entry.data.get("phases", [])
    if not isinstance(raw, list):
        raise entry.fail("phases must be a list of tables")
    phases = []
    for index, data in enumerate(raw):
        if not isinstance(data, Mapping):
            raise entry.fail(f"phase {index + 1} must be a table")
        item = _Entry(data, entry.file, entry.key, f"phase {index + 1}: ")
        item.only(_PHASE_FIELDS)
        phase = PhaseTemplate(
            kind=item.choice("kind", PhaseKind),
            label=item.optional_text("label"),
            start=item.integer("start"),
            end=item.integer("end"),
            start_time=item.clock("start_time", "00:00"),
            end_time=item.clock("end_time", "23:59"),
        )
        if (phase.end, phase.end_time) < (phase.start, phase.start_time):
            raise item.fail("ends before it starts")
        if phase.start < span[0] or phase.end > span[1]:
            raise item.fail(f"days {phase.start}..{phase.end} lie outside the event's span {span}")
        phases.append(phase)
    return tuple(phases)


def parse_task(data: Mapping[str, Any], file: str) -> TaskTemplate:
    """A task template from one ``[[task]]`` table of ``file``."""
    key = data.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise CatalogError(file, str(key), "key must be dotted lower-case words")
    entry = _Entry(data, file, key)
    entry.only(_TASK_FIELDS)
    return TaskTemplate(
        key=key,
        kind=entry.choice("kind", EventKind),
        title=entry.text("title"),
        role=entry.choice("role", Role),
        due_from=entry.choice("due_from", TaskAnchor),
        days=entry.integer("days"),
    )

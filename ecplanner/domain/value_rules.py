"""The rules every value of the plan keeps, whatever its field: what the store can hold and
the exports can write back.

- text: valid Unicode — no lone surrogate (UTF-8 cannot encode one, so SQLite cannot store
  it), and at most ``MAX_TEXT`` characters. NUL, control characters and the noncharacters
  U+FFFE/U+FFFF are valid Unicode and are kept: the store holds them and the workbook and
  JSON codecs carry them back exactly;
- floats: finite (NaN and infinities break every sum and cannot be written to JSON or xlsx);
- integers: within SQLite's INTEGER, −2⁶³ … 2⁶³ − 1;
- dates and date-times: within ``DATE_YEARS``. A plan's year is 2000–2100 and its events,
  tasks and deadlines reach a little into the years around it; outside that window date
  arithmetic (a lead time before a launch) can leave the calendar altogether.

``value_problems`` checks every field, nested values (phases, arrivals, tuples) included;
``bad_value`` says which part of a value is refused.
The rules of each field's own domain (money non-negative, rates 0–100 %, …) are in
``validation``, which runs these first.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import date
from enum import Enum
from typing import Any

from ecplanner.domain.findings import Problem

MAX_TEXT = 100_000  # characters: a long note is a few thousand; a pasted book is refused
MIN_INTEGER, MAX_INTEGER = -(2**63), 2**63 - 1  # SQLite's INTEGER
DATE_YEARS = range(1990, 2111)
_SURROGATE = re.compile("[\ud800-\udfff]")


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be stored, or None when it can."""
    if len(text) > MAX_TEXT:
        return "text_too_long"
    if not text.isascii() and _SURROGATE.search(text):
        return "bad_text"
    return None


def number_problem(value: float) -> str | None:
    return None if math.isfinite(value) else "not_finite"


def integer_problem(value: int) -> str | None:
    return None if MIN_INTEGER <= value <= MAX_INTEGER else "too_large"


def date_problem(day: date) -> str | None:
    return None if day.year in DATE_YEARS else "date_out_of_range"


Found = tuple[str, str, object] | None
"""A refused value: the problem's code, where inside the value (``[0].start``), the part."""


def bad_value(value: object) -> Found:
    """Why ``value`` (of any field) cannot be stored: the problem's code, where inside the
    value it is (``[0].start`` in a tuple of phases, "" for the value itself) and the part
    of the value refused; None when all of it can be stored."""
    kind = type(value)
    check = _CHECKS.get(kind)  # one look-up per value: this runs for every field written
    if check is None:
        check = _CHECKS[kind] = _check_for(kind)
    return check(value)


def _plain(problem: Callable[[Any], str | None]) -> Callable[[Any], Found]:
    def check(value: Any) -> Found:
        code = problem(value)
        return None if code is None else (code, "", value)
    return check


def _nothing(_: object) -> Found:
    return None


def _in_tuple(value: tuple[object, ...]) -> Found:
    for n, item in enumerate(value):
        found = bad_value(item)
        if found is not None:
            return found[0], f"[{n}]{found[1]}", found[2]
    return None


def _in_dataclass(value: object) -> Found:
    for name in _names(type(value)):
        found = bad_value(getattr(value, name))
        if found is not None:
            return found[0], f".{name}{found[1]}", found[2]
    return None


def _check_for(kind: type) -> Callable[[Any], Found]:
    if issubclass(kind, bool | Enum):  # codes the domain made: valid by construction
        return _nothing
    if issubclass(kind, str):
        return _plain(text_problem)
    if issubclass(kind, int):
        return _plain(integer_problem)
    if issubclass(kind, float):
        return _plain(number_problem)
    if issubclass(kind, date):  # a datetime too
        return _plain(date_problem)
    if issubclass(kind, tuple):
        return _in_tuple
    if is_dataclass(kind):
        return _in_dataclass
    return _nothing


_CHECKS: dict[type, Callable[[Any], Found]] = {}


def value_problems(entity: object) -> list[Problem]:
    """One problem for each field of ``entity`` (a dataclass) holding a value no field may
    hold, with ``at`` (a param) saying where inside a nested value; empty when all can be
    stored."""
    problems: list[Problem] = []
    for name in _names(type(entity)):
        found = bad_value(getattr(entity, name))
        if found is not None:
            code, at, _ = found
            problems.append(Problem(name, code, (("at", at),) if at else ()))
    return problems


_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in fields(cls))
    return names

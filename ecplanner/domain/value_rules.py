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
from collections.abc import Iterable
from dataclasses import fields, is_dataclass
from datetime import date
from enum import Enum

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


def bad_value(value: object) -> tuple[str, str, object] | None:
    """Why ``value`` (of any field) cannot be stored: the problem's code, where inside the
    value it is (``[0].start`` in a tuple of phases, "" for the value itself) and the part
    of the value refused; None when all of it can be stored."""
    code: str | None = None
    if value is None or isinstance(value, bool | Enum):
        return None
    if isinstance(value, str):
        code = text_problem(value)
    elif isinstance(value, int):
        code = integer_problem(value)
    elif isinstance(value, float):
        code = number_problem(value)
    elif isinstance(value, date):  # a datetime too
        code = date_problem(value)
    elif isinstance(value, tuple):
        return _first((f"[{n}]", item) for n, item in enumerate(value))
    elif is_dataclass(value) and not isinstance(value, type):
        return _first((f".{name}", getattr(value, name)) for name in _names(type(value)))
    return None if code is None else (code, "", value)


def _first(parts: Iterable[tuple[str, object]]) -> tuple[str, str, object] | None:
    for where, part in parts:
        found = bad_value(part)
        if found is not None:
            return found[0], where + found[1], found[2]
    return None


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

"""Entities to JSON data and back, driven by the dataclasses' own type hints.

``to_data`` turns a value into JSON-ready data: a dataclass into an object of its fields,
an enum into its code, a date into ``YYYY-MM-DD``, a datetime into ``YYYY-MM-DDTHH:MM:SS``,
a tuple into a list, an infinite float into the string ``"inf"``. ``from_data`` reads it
back strictly, collecting every problem with its path (``events[3].start``) instead of
stopping at the first; a field left out takes the entity's default (a new uuid for
``uuid``), a field the entity does not have is ignored. Numbers are read as they are —
infinities, NaN and integers of any size included — for the domain to refuse in their
field; only what cannot be a number of the field's type is refused here.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from ecplanner.exchange.import_result import ImportIssue, quoted
from ecplanner.exchange.json_io_parse import Digits


def to_data(value: object) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_data(v) for v in value]
    if isinstance(value, float) and math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


class _Bad(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_data(cls: type, data: object, path: str, issues: list[ImportIssue]) -> Any:
    """``data`` as an instance of the dataclass ``cls``; None (and issues) on problems."""
    if not isinstance(data, dict):
        issues.append(ImportIssue("bad_shape", header=path))
        return None
    values: dict[str, Any] = {}
    failed = False
    hints = _hints(cls)
    for f in dataclasses.fields(cls):
        if f.name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                issues.append(ImportIssue("required", header=f"{path}.{f.name}"))
                failed = True
            continue
        try:
            values[f.name] = _value(hints[f.name], data[f.name], f"{path}.{f.name}", issues)
        except _Bad as bad:
            issues.append(ImportIssue(bad.code, header=f"{path}.{f.name}",
                                      value=quoted(data[f.name])))
            failed = True
    return None if failed else cls(**values)


def _value(tp: Any, data: object, path: str, issues: list[ImportIssue]) -> Any:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if data is None:
            return None
        return _value(options[0], data, path, issues)
    if origin is tuple:
        if not isinstance(data, list):
            raise _Bad("bad_value")
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(args[0], item, f"{path}[{n}]", issues)
                         for n, item in enumerate(data))
        if len(args) != len(data):
            raise _Bad("bad_value")
        return tuple(_value(a, item, path, issues) for a, item in zip(args, data, strict=True))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        found = from_data(tp, data, path, issues)
        if found is None:
            raise _Bad("bad_value")
        return found
    return _scalar(tp, data)


def _scalar(tp: Any, data: object) -> Any:
    if tp is bool:
        if not isinstance(data, bool):
            raise _Bad("bad_value")
        return data
    if isinstance(data, Digits) and tp in (int, float):
        raise _Bad("too_large")
    if tp is int:
        if isinstance(data, float) and not math.isfinite(data):
            raise _Bad("not_a_number" if math.isnan(data) else "too_large")
        if isinstance(data, bool) or not isinstance(data, int | float) or data != int(data):
            raise _Bad("not_a_whole_number")
        return int(data)
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise _Bad("not_a_number")
        try:
            return float(data)
        except OverflowError:  # an integer beyond any float
            raise _Bad("too_large") from None
    if tp is str:
        if not isinstance(data, str):
            raise _Bad("bad_value")
        return data
    if tp is datetime or tp is date:
        if not isinstance(data, str):
            raise _Bad("not_a_date")
        try:
            parsed = datetime.fromisoformat(data)
        except ValueError:
            raise _Bad("not_a_date") from None
        return parsed if tp is datetime else parsed.date()
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(data)
        except ValueError:
            raise _Bad("bad_value") from None
    raise _Bad("bad_value")

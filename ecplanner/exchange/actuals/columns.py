"""Reading one column of a batch of rows at once, when all its cells take the common form.

Nearly every cell of a big export is "1234", "10,652", "234.50", "3.00%", "2026-01-05",
"2026/01/05" or "20260105".
A batch's column is joined into one string, matched whole by one regular expression, and
converted by the built-ins over its parts — no Python call per cell. The patterns' digits
cannot leave the store's ranges (13 integer digits stay below ``MAX_DAILY_MONEY``, 18 below
``MAX_COUNT``). Any other cell makes a reader return None, and the caller reads the batch
cell by cell (``actuals_values``), which also says what is wrong where.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import cast

from ecplanner.domain.validation import day_problem

ColumnReader = Callable[[Sequence[object]], list[float] | None]
"""A batch's cells of one column → their values, or None: read them one by one."""

_COUNT = r"\d{1,18}|\d{1,3}(?:,\d{3}){1,5}"
_MONEY = r"\d{1,13}(?:\.\d+)?|\d{1,3}(?:,\d{3}){1,3}(?:\.\d+)?"
_RATE = r"\d{1,2}(?:\.\d+)?|100(?:\.0+)?"


def _column(cell: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{cell})(?:\n(?:{cell}))*")


_COUNTS = _column(_COUNT)
_AMOUNTS = _column(_MONEY)
_PERCENTS = _column(rf"(?:{_RATE})%")
_POINTS = _column(rf"(?:{_RATE})%?")  # the header says "%": plain numbers are points too
_DATES = _column(r"\d{4}[-/]\d{2}[-/]\d{2}|\d{8}")


def _joined(cells: Sequence[object], pattern: re.Pattern[str]) -> str | None:
    try:
        joined = "\n".join(cast("Sequence[str]", cells))
    except TypeError:  # a workbook's numbers and dates: read one by one
        return None
    if joined.count("\n") != len(cells) - 1 or not pattern.fullmatch(joined):
        return None  # a cell in another form, or one holding a line break
    return joined


def counts(cells: Sequence[object]) -> list[float] | None:
    joined = _joined(cells, _COUNTS)
    return None if joined is None else list(map(int, joined.replace(",", "").split("\n")))


def amounts(cells: Sequence[object]) -> list[float] | None:
    joined = _joined(cells, _AMOUNTS)
    return None if joined is None else list(map(float, joined.replace(",", "").split("\n")))


def fractions(points: bool) -> ColumnReader:
    """Rates written "3.00%" (or, when the header says "%", 3.00) as fractions."""
    pattern = _POINTS if points else _PERCENTS

    def read(cells: Sequence[object]) -> list[float] | None:
        joined = _joined(cells, pattern)
        if joined is None:
            return None
        return [n / 100.0 for n in map(float, joined.replace("%", "").split("\n"))]

    return read


def dates(cells: Sequence[object]) -> list[date] | None:
    joined = _joined(cells, _DATES)
    if joined is None:
        return None
    try:
        days = list(map(date.fromisoformat, joined.replace("/", "-").split("\n")))
    except ValueError:  # e.g. 2026-02-30
        return None
    return None if day_problem(min(days)) or day_problem(max(days)) else days

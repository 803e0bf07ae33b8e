"""What importing daily actuals does to the days a plan already holds.

A plan holds one row per day; importing a day puts it in place of the stored one, so a
day is never counted twice however often its export is imported. When several files
are imported together, a day in a later file wins over the same day in an earlier one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from ecplanner.domain.model import DailyActual


@dataclass(frozen=True)
class DayCounts:
    """The incoming days: not yet stored, stored with other figures, stored the same."""

    new: int
    replaced: int
    unchanged: int


def merged(files: Iterable[Iterable[DailyActual]]) -> list[DailyActual]:
    """One day each, by date; a later file's day replaces an earlier file's."""
    days: dict[date, DailyActual] = {}
    for rows in files:
        for row in rows:
            days[row.day] = row
    return [days[d] for d in sorted(days)]


def count_days(incoming: Iterable[DailyActual], stored: Mapping[date, DailyActual]) -> DayCounts:
    new = replaced = unchanged = 0
    for row in incoming:
        held = stored.get(row.day)
        if held is None:
            new += 1
        elif held == row:
            unchanged += 1
        else:
            replaced += 1
    return DayCounts(new, replaced, unchanged)


def changed_days(incoming: Iterable[DailyActual],
                 stored: Mapping[date, DailyActual]) -> list[DailyActual]:
    """The incoming days that would change the plan (new or replaced)."""
    return [row for row in incoming if stored.get(row.day) != row]

"""What importing daily actuals (or a channel's ad report) does to the days a plan holds.

A plan holds one row per day (per channel and day for ad reports); importing a day puts it
in place of the stored one, so a day is never counted twice however often its export is
imported. When several files are imported together, a day in a later file wins over the
same day in an earlier one.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from ecplanner.domain.model import ChannelDay, DailyActual

Day = TypeVar("Day", DailyActual, ChannelDay)


@dataclass(frozen=True)
class DayCounts:
    """The incoming days: not yet stored, stored with other figures, stored the same."""

    new: int
    replaced: int
    unchanged: int


def day_key(row: DailyActual | ChannelDay) -> Hashable:
    """What a stored row is found by: its day, or its day and channel."""
    return row.day if isinstance(row, DailyActual) else (row.day, row.channel)


def merged(files: Iterable[Iterable[Day]]) -> list[Day]:
    """One row per key (``day_key``), in order; a later file's replaces an earlier file's."""
    days: dict[Hashable, Day] = {}
    for rows in files:
        for row in rows:
            days[day_key(row)] = row
    return sorted(days.values(), key=lambda r: (r.day, getattr(r, "channel", "")))


def count_days(incoming: Iterable[Day], stored: Mapping[Any, Day]) -> DayCounts:
    """``stored``: the plan's rows by ``day_key``."""
    new = replaced = unchanged = 0
    for row in incoming:
        held = stored.get(day_key(row))
        if held is None:
            new += 1
        elif held == row:
            unchanged += 1
        else:
            replaced += 1
    return DayCounts(new, replaced, unchanged)


def changed_days(incoming: Iterable[Day], stored: Mapping[Any, Day]) -> list[Day]:
    """The incoming rows that would change the plan (new or replaced)."""
    return [row for row in incoming if stored.get(day_key(row)) != row]

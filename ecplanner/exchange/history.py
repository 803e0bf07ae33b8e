"""``ecplanner import PLAN --history LAST.ecplan``: last year's days and events brought in.

Last year's plan file holds its daily actuals and the events that lifted them. Both come
into this plan in one write: the days as daily actuals (a day already stored is replaced),
the events into the plan's settings as history (``PlanSettings.history_events``), so the
seasonality can take them out of last year's days once last year's file is gone. All or
nothing: a file that cannot be read, another year's plan, this plan itself or a file without
days changes nothing. The dry run is the same function without the write.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from ecplanner.domain.model import DailyActual, Event, PlanSettings
from ecplanner.domain.ops import Op, Put
from ecplanner.domain.review.actual_days import DayCounts, changed_days, count_days
from ecplanner.store.errors import PlanFileError
from ecplanner.store.plan_store import PlanStore
from ecplanner.store.reader import open_read_only


class HistoryRefusal(StrEnum):
    UNREADABLE = "unreadable"
    WRONG_YEAR = "wrong_year"
    SAME_PLAN = "same_plan"
    NO_DAYS = "no_days"


@dataclass(frozen=True)
class LastYear:
    """What last year's plan file holds for this plan, or why it is refused."""

    path: Path
    year: int | None
    days: tuple[DailyActual, ...] = ()
    events: tuple[Event, ...] = ()
    refusal: HistoryRefusal | None = None
    error: PlanFileError | None = None  # why it cannot be read (``UNREADABLE``)


def read_last_year(path: Path, plan_uuid: str, plan_year: int,
                   plan_path: Path | None = None) -> LastYear:
    """Last year's plan at ``path``, opened for reading only and checked against this plan
    (at ``plan_path``: the plan's own file is refused before it is opened, as its lock
    would refuse it in words that do not say what is wrong)."""
    if plan_path is not None and _same_file(path, plan_path):
        return LastYear(path, plan_year, refusal=HistoryRefusal.SAME_PLAN)
    try:
        other = open_read_only(path)
    except PlanFileError as error:
        return LastYear(path, None, refusal=HistoryRefusal.UNREADABLE, error=error)
    try:
        info = other.info()
        if info.uuid == plan_uuid:
            return LastYear(path, info.year, refusal=HistoryRefusal.SAME_PLAN)
        if info.year != plan_year - 1:
            return LastYear(path, info.year, refusal=HistoryRefusal.WRONG_YEAR)
        days = tuple(other.actuals())
        events = tuple(e for e in other.events() if e.start.year == info.year)
    finally:
        other.close()
    if not days:
        return LastYear(path, info.year, refusal=HistoryRefusal.NO_DAYS)
    return LastYear(path, info.year, days, events)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:  # either is missing: opening it says so
        return False


@dataclass(frozen=True)
class HistoryImport:
    last_year: LastYear
    counts: DayCounts
    ops: tuple[Op, ...]
    applied: bool = False

    @property
    def ok(self) -> bool:
        return self.last_year.refusal is None


def history_ops(found: LastYear, stored: Mapping[date, DailyActual],
                settings: PlanSettings) -> list[Op]:
    """The days of ``found`` that differ from those ``stored``, and its events as the plan's
    history (replacing any history brought in before)."""
    ops: list[Op] = [Put(day) for day in changed_days(found.days, stored)]
    ops.append(Put(replace(settings, history_events=found.events)))
    return ops


def history_import(store: PlanStore, path: Path) -> HistoryImport:
    """What importing ``path`` into ``store``'s plan writes (nothing when refused)."""
    info = store.info()
    found = read_last_year(path, info.uuid, info.year, store.path)
    stored = {a.day: a for a in store.actuals()}
    counts = count_days(found.days, stored)
    if found.refusal is not None:
        return HistoryImport(found, counts, ())
    return HistoryImport(found, counts, tuple(history_ops(found, stored, store.settings())))


def import_history(store: PlanStore, path: Path, dry_run: bool = False) -> HistoryImport:
    """``history_import``, written unless ``dry_run`` or refused. Raises ``PlanWriteError``
    when the plan file does not take the write."""
    result = history_import(store, path)
    if dry_run or not result.ok:
        return result
    store.write(list(result.ops))
    return replace(result, applied=True)


def history_lines(result: HistoryImport, plan_year: int) -> list[str]:
    """What was found, or why the file is refused, in English (the window has its own)."""
    found = result.last_year
    where = str(found.path)
    if found.refusal is HistoryRefusal.UNREADABLE:
        return [f"{found.error}; nothing was imported"]
    if found.refusal is HistoryRefusal.SAME_PLAN:
        return [f"{where}: refused: this is the plan itself, not last year's"]
    if found.refusal is HistoryRefusal.WRONG_YEAR:
        return [f"{where}: refused: it plans {found.year}; last year's plan is "
                f"{plan_year - 1}'s"]
    if found.refusal is HistoryRefusal.NO_DAYS:
        return [f"{where}: refused: it holds no daily actuals"]
    counts = result.counts
    first, last = min(d.day for d in found.days), max(d.day for d in found.days)
    return [f"{where}: {len(found.days)} days, {first} to {last}, and "
            f"{len(found.events)} events of {found.year}",
            f"{len(found.days)} days: {counts.new} new, {counts.replaced} replaced, "
            f"{counts.unchanged} unchanged"]

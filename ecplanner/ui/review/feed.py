"""The Review tab's feed: a copy of the plan, taken when the tab first shows and again after
each change to what it shows (the plan's settings, events, budget and actuals).

The open plan's store belongs to the UI thread, so the feed only copies the plan
(``plan_copy``, ~20 ms for 2,000 events and products); a worker reads the copy
(``read_copy``: the figures only, no products, stock or tasks, which the tab does not
show) and works out the figures (``work_out``): the budget sheet, the daily plan and the
period's report, seconds on a plan with 2,000 events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ecplanner.domain.ops import Changes, Topic
from ecplanner.domain.review.periods import PeriodKind, containing
from ecplanner.exchange.plan_snapshot import (
    PlanResults,
    PlanSnapshot,
    compute_results,
    read_snapshot,
)
from ecplanner.exchange.report.data import DayRow, ReportData, day_rows, report_data
from ecplanner.store.plan_store import PlanStore
from ecplanner.ui.common.feed import Feed
from ecplanner.ui.common.plan_copies import discard_copy, plan_copy
from ecplanner.ui.document import PlanDocument

SHOWN = (Topic.PLAN, Topic.ACTUALS, Topic.BUDGET, Topic.EVENTS)


@dataclass(frozen=True)
class Figures:
    """What the tab shows: every day of the plan's year, and the report of one period
    (the one holding ``anchor``, the day the tab was asked to show)."""

    snapshot: PlanSnapshot
    results: PlanResults
    year: tuple[DayRow, ...]
    report: ReportData
    anchor: date


def read_copy(copy: Path) -> PlanSnapshot:
    """The figures of the plan at ``copy`` (in a worker), and the copy deleted."""
    store = None
    try:
        store = PlanStore.open(copy)
        return read_snapshot(store, figures_only=True)
    finally:
        discard_copy(copy, store)


def first_anchor(snapshot: PlanSnapshot) -> date:
    """The day first shown: the last imported day of the plan's year, else today when it is
    in that year, else the year's first day."""
    year = snapshot.info.year
    days = [a.day for a in snapshot.actuals if a.day.year == year]
    if days:
        return max(days)
    return snapshot.today if snapshot.today.year == year else date(year, 1, 1)


def work_out(source: PlanSnapshot | Path, kind: PeriodKind, anchor: date | None,
             results: PlanResults | None = None) -> Figures:
    """Pure, for a worker: ``source`` is a snapshot, or a plan copy to read (``read_copy``);
    the report is of the ``kind`` of period holding ``anchor`` (None: ``first_anchor``);
    ``results``: the snapshot's when they were worked out already."""
    snapshot = read_copy(source) if isinstance(source, Path) else source
    results = results or compute_results(snapshot)
    year = snapshot.info.year
    if anchor is None or anchor.year != year:
        anchor = first_anchor(snapshot)
    rows = day_rows(snapshot, results, date(year, 1, 1), date(year, 12, 31))
    report = report_data(snapshot, containing(kind, anchor), results)
    return Figures(snapshot, results, rows, report, anchor)


class ReviewFeed(Feed):
    """``copy``: the plan copied for the next worker to read (None once it is taken)."""

    def __init__(self, document: PlanDocument, tab: QWidget) -> None:
        super().__init__(document, tab, lazy=True)
        self.copy: Path | None = None

    def read_all(self) -> None:
        stale = self.take_copy()
        if stale is not None:  # two changes before a worker took the first copy
            discard_copy(stale, None)
        self.copy = plan_copy(self.document.store)

    def take_copy(self) -> Path | None:
        """The copy, now the caller's to read and delete (``read_copy`` does both)."""
        copy, self.copy = self.copy, None
        return copy

    def read_changes(self, changes: Changes) -> bool:
        if not changes.touches(*SHOWN):
            return False
        self.read_all()
        return True

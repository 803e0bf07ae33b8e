"""The Review tab's feed: the plan's figures as a snapshot (its settings, events, budget and
actuals; no products, stock or tasks, which the tab does not show), read when the tab
first shows and again after each change to them.

The figures are worked out from the snapshot off the UI thread (``work_out``): the budget
sheet, the daily plan and the period's report take tens of milliseconds, a plan with
2,000 events much more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from ecplanner.domain.ops import Changes, Topic
from ecplanner.domain.review.periods import Period
from ecplanner.exchange.plan_snapshot import (
    PlanResults,
    PlanSnapshot,
    compute_results,
    read_snapshot,
)
from ecplanner.exchange.report.data import DayRow, ReportData, day_rows, report_data
from ecplanner.ui.common.feed import Feed
from ecplanner.ui.document import PlanDocument

SHOWN = (Topic.PLAN, Topic.ACTUALS, Topic.BUDGET, Topic.EVENTS)


@dataclass(frozen=True)
class Figures:
    """What the tab shows: every day of the plan's year, and the report of one period."""

    snapshot: PlanSnapshot
    results: PlanResults
    year: tuple[DayRow, ...]
    report: ReportData


def work_out(snapshot: PlanSnapshot, period: Period,
             results: PlanResults | None = None) -> Figures:
    """Pure, for a worker: ``results`` when the snapshot's were worked out already."""
    results = results or compute_results(snapshot)
    year = snapshot.info.year
    rows = day_rows(snapshot, results, date(year, 1, 1), date(year, 12, 31))
    return Figures(snapshot, results, rows, report_data(snapshot, period, results))


class ReviewFeed(Feed):
    """``snapshot``: the plan as last read (None until the tab first shows)."""

    def __init__(self, document: PlanDocument, tab: QWidget) -> None:
        super().__init__(document, tab, lazy=True)
        self.snapshot: PlanSnapshot | None = None

    def read_all(self) -> None:
        self.snapshot = read_snapshot(self.document.store, figures_only=True)

    def read_changes(self, changes: Changes) -> bool:
        if not changes.touches(*SHOWN):
            return False
        self.read_all()
        return True
